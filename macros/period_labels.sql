{#- "jan–apr 2024" for a month-aligned range inside one year, "dec 2023–nov 2024" across years;
    the plain dates otherwise. -#}
{% macro period_range_label(start, stop) -%}
    {%- set short = "(array['jan','feb','mar','apr','maj','jun','jul','aug','sep','okt','nov','dec'])" -%}
    case
        when {{ day_of(start) }} <> 1 or {{ last_day_of(stop) }} <> {{ stop }}
            then cast({{ start }} as varchar) || '–' || cast({{ stop }} as varchar)
        when {{ trunc_date('month', start) }} = {{ trunc_date('month', stop) }}
            then {{ short }}[{{ month_of(start) }}] || ' ' || {{ year_of(start) }}
        when {{ year_of(start) }} = {{ year_of(stop) }}
            then {{ short }}[{{ month_of(start) }}] || '–' || {{ short }}[{{ month_of(stop) }}] || ' ' || {{ year_of(stop) }}
        else {{ short }}[{{ month_of(start) }}] || ' ' || {{ year_of(start) }} || '–'
            || {{ short }}[{{ month_of(stop) }}] || ' ' || {{ year_of(stop) }}
    end
{%- endmacro %}
