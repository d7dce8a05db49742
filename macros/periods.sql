{#- What kind of period a start and end date make: month, tertial, half_year, year, ytd,
    rolling_12 or range. -#}
{% macro period_kind(start, stop) -%}
    case
        when date_trunc('month', {{ start }}) = {{ start }} and last_day({{ start }}) = {{ stop }} then 'month'
        when month({{ start }}) = 1 and day({{ start }}) = 1 and month({{ stop }}) = 12 and day({{ stop }}) = 31
            and year({{ start }}) = year({{ stop }}) then 'year'
        when day({{ start }}) = 1 and last_day({{ stop }}) = {{ stop }} and month({{ start }}) in (1, 5, 9)
            and date_diff('month', {{ start }}, {{ stop }}) = 3 then 'tertial'
        when day({{ start }}) = 1 and last_day({{ stop }}) = {{ stop }} and month({{ start }}) in (1, 7)
            and date_diff('month', {{ start }}, {{ stop }}) = 5 then 'half_year'
        when month({{ start }}) = 1 and day({{ start }}) = 1 and last_day({{ stop }}) = {{ stop }}
            and year({{ start }}) = year({{ stop }}) then 'ytd'
        when day({{ start }}) = 1 and last_day({{ stop }}) = {{ stop }}
            and date_diff('month', {{ start }}, {{ stop }}) = 11 then 'rolling_12'
        else 'range'
    end
{%- endmacro %}

{#- The label analysts read: "april 2024", "T1 2024", "jan–apr 2024", "helår 2024", "R12 maj 2023–apr 2024". -#}
{% macro period_label(start, stop) -%}
    {%- set short = "['jan','feb','mar','apr','maj','jun','jul','aug','sep','okt','nov','dec']" -%}
    {%- set long = "['januari','februari','mars','april','maj','juni','juli','augusti','september','oktober','november','december']" -%}
    case {{ period_kind(start, stop) }}
        when 'month' then {{ long }}[month({{ start }})] || ' ' || year({{ start }})
        when 'year' then 'helår ' || year({{ start }})
        when 'tertial' then 'T' || cast((month({{ start }}) + 3) // 4 as varchar) || ' ' || year({{ start }})
        when 'half_year' then 'H' || cast((month({{ start }}) + 5) // 6 as varchar) || ' ' || year({{ start }})
        when 'ytd' then 'jan–' || {{ short }}[month({{ stop }})] || ' ' || year({{ stop }})
        when 'rolling_12' then 'R12 ' || {{ short }}[month({{ start }})] || ' ' || year({{ start }})
            || '–' || {{ short }}[month({{ stop }})] || ' ' || year({{ stop }})
        else cast({{ start }} as varchar) || '–' || cast({{ stop }} as varchar)
    end
{%- endmacro %}
