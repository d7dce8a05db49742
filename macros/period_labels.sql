{#- "jan–apr 2024" for a month-aligned range inside one year, "dec 2023–nov 2024" across years;
    the plain dates otherwise. -#}
{% macro period_range_label(start, stop) -%}
    {%- set short = "['jan','feb','mar','apr','maj','jun','jul','aug','sep','okt','nov','dec']" -%}
    case
        when day({{ start }}) <> 1 or last_day({{ stop }}) <> {{ stop }}
            then cast({{ start }} as varchar) || '–' || cast({{ stop }} as varchar)
        when date_trunc('month', {{ start }}) = date_trunc('month', {{ stop }})
            then {{ short }}[month({{ start }})] || ' ' || year({{ start }})
        when year({{ start }}) = year({{ stop }})
            then {{ short }}[month({{ start }})] || '–' || {{ short }}[month({{ stop }})] || ' ' || year({{ stop }})
        else {{ short }}[month({{ start }})] || ' ' || year({{ start }}) || '–'
            || {{ short }}[month({{ stop }})] || ' ' || year({{ stop }})
    end
{%- endmacro %}
