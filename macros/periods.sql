{#- What kind of period a start and end date make: month, tertial, half_year, year, ytd,
    rolling_12 or range. -#}
{% macro period_kind(start, stop) -%}
    case
        when {{ trunc_date('month', start) }} = {{ start }} and {{ last_day_of(start) }} = {{ stop }} then 'month'
        when {{ month_of(start) }} = 1 and {{ day_of(start) }} = 1 and {{ month_of(stop) }} = 12 and {{ day_of(stop) }} = 31
            and {{ year_of(start) }} = {{ year_of(stop) }} then 'year'
        when {{ day_of(start) }} = 1 and {{ last_day_of(stop) }} = {{ stop }} and {{ month_of(start) }} in (1, 5, 9)
            and {{ months_between(start, stop) }} = 3 then 'tertial'
        when {{ day_of(start) }} = 1 and {{ last_day_of(stop) }} = {{ stop }} and {{ month_of(start) }} in (1, 7)
            and {{ months_between(start, stop) }} = 5 then 'half_year'
        when {{ month_of(start) }} = 1 and {{ day_of(start) }} = 1 and {{ last_day_of(stop) }} = {{ stop }}
            and {{ year_of(start) }} = {{ year_of(stop) }} then 'ytd'
        when {{ day_of(start) }} = 1 and {{ last_day_of(stop) }} = {{ stop }}
            and {{ months_between(start, stop) }} = 11 then 'rolling_12'
        else 'range'
    end
{%- endmacro %}

{#- The label analysts read: "april 2024", "T1 2024", "jan–apr 2024", "helår 2024", "R12 maj 2023–apr 2024". -#}
{% macro period_label(start, stop) -%}
    {%- set short = "(array['jan','feb','mar','apr','maj','jun','jul','aug','sep','okt','nov','dec'])" -%}
    {%- set long = "(array['januari','februari','mars','april','maj','juni',"
                   ~ "'juli','augusti','september','oktober','november','december'])" -%}
    case {{ period_kind(start, stop) }}
        when 'month' then {{ long }}[{{ month_of(start) }}] || ' ' || {{ year_of(start) }}
        when 'year' then 'helår ' || {{ year_of(start) }}
        when 'tertial' then 'T' || cast({{ int_div('(' ~ month_of(start) ~ ' + 3)', 4) }} as varchar) || ' ' || {{ year_of(start) }}
        when 'half_year' then 'H' || cast({{ int_div('(' ~ month_of(start) ~ ' + 5)', 6) }} as varchar) || ' ' || {{ year_of(start) }}
        when 'ytd' then 'jan–' || {{ short }}[{{ month_of(stop) }}] || ' ' || {{ year_of(stop) }}
        when 'rolling_12' then 'R12 ' || {{ short }}[{{ month_of(start) }}] || ' ' || {{ year_of(start) }}
            || '–' || {{ short }}[{{ month_of(stop) }}] || ' ' || {{ year_of(stop) }}
        else cast({{ start }} as varchar) || '–' || cast({{ stop }} as varchar)
    end
{%- endmacro %}
