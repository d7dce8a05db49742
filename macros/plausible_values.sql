{#- Plausible sizes of a value (seeds/plausible_ranges.csv): the range of its unit and measure, else the
    range of its unit for any measure (measure `any`). Join both ranges with
    plausible_range_joins(facts) and test with is_plausible(facts): a value outside is kept in raw,
    listed with its reason in int_implausible_values, and does not reach the marts (issue 18). -#}
{% macro plausible_range_joins(facts) -%}
    left join plausible_ranges as own_range
        on {{ facts }}.unit = own_range.unit and {{ facts }}.measure = own_range.measure
    left join plausible_ranges as unit_range
        on {{ facts }}.unit = unit_range.unit and unit_range.measure = 'any'
{%- endmacro %}

{% macro plausible_min() -%} coalesce(own_range.min_value, unit_range.min_value) {%- endmacro %}
{% macro plausible_max() -%} coalesce(own_range.max_value, unit_range.max_value) {%- endmacro %}

{% macro is_plausible(facts) -%}
    coalesce({{ facts }}.value between {{ plausible_min() }} and {{ plausible_max() }}, true)
{%- endmacro %}
