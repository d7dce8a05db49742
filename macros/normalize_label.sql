{#- A label as matched against seeds: lower case, dashes and punctuation to spaces, one space. -#}
{% macro normalize_label(expr) -%}
    trim(regexp_replace(regexp_replace(lower({{ expr }}), '[^0-9a-zåäöéü%]+', ' ', 'g'), '\s+', ' ', 'g'))
{%- endmacro %}
