{#- Regular expressions written for DuckDB (RE2), run the same on PostgreSQL (ARE): see README.md. -#}

{#- RE2's ASCII \w and \b in ARE syntax -#}
{% macro _ascii_word() %}[0-9A-Za-z_]{% endmacro %}
{% macro _ascii_boundary() -%}
    (?:(?<!{{ _ascii_word() }})(?={{ _ascii_word() }})|(?<={{ _ascii_word() }})(?!{{ _ascii_word() }}))
{%- endmacro %}

{#- A pattern (SQL: a literal or a column) as ARE: literals translated here, columns by the server. -#}
{% macro _are_pattern(pattern) -%}
    {%- set p = pattern | trim -%}
    {%- if p.startswith("'") and p.endswith("'") -%}
        {{ p | replace('(?i)', '') | replace('\\b', _ascii_boundary()) | replace('\\w', _ascii_word()) }}
    {%- else -%}
        replace(replace({{ p }}, '\b', '{{ _ascii_boundary() }}'), '\w', '{{ _ascii_word() }}')
    {%- endif -%}
{%- endmacro %}

{#- ARE flags for a pattern: an inline (?i) of a literal becomes the i flag -#}
{% macro _are_flags(pattern, flags) -%}
    {{- flags or '' }}{% if '(?i)' in pattern %}i{% endif -%}
{%- endmacro %}

{#- Whether expr contains a match of pattern; flags 'i' = case-insensitive. -#}
{% macro re_matches(expr, pattern, flags=none) -%}
    {{ return(adapter.dispatch('re_matches')(expr, pattern, flags)) }}
{%- endmacro %}
{% macro default__re_matches(expr, pattern, flags=none) -%}
    regexp_matches({{ expr }}, {{ pattern }}{% if flags %}, '{{ flags }}'{% endif %})
{%- endmacro %}
{% macro postgres__re_matches(expr, pattern, flags=none) -%}
    (({{ expr }}) {{ '~*' if 'i' in _are_flags(pattern, flags) else '~' }} ({{ _are_pattern(pattern) }}))
{%- endmacro %}

{#- The text of capture group `group` (0: the whole match) of the first match; '' when none, null for null. -#}
{% macro re_extract(expr, pattern, group=0) -%}
    {{ return(adapter.dispatch('re_extract')(expr, pattern, group)) }}
{%- endmacro %}
{% macro default__re_extract(expr, pattern, group=0) -%}
    regexp_extract({{ expr }}, {{ pattern }}, {{ group }})
{%- endmacro %}
{% macro postgres__re_extract(expr, pattern, group=0) -%}
    {%- set p = pattern | trim -%}
    {%- set wrapped = "'(" ~ p[1:-1] ~ ")'" if p.startswith("'") else "'(' || " ~ p ~ " || ')'" -%}
    case when ({{ expr }}) is not null
        then coalesce((regexp_match({{ expr }}, {{ _are_pattern(wrapped) }}{% if '(?i)' in p %}, 'i'{% endif %}))[{{ group + 1 }}], '') end
{%- endmacro %}

{#- regexp_replace: flags 'g' (every match), 'i' (case-insensitive) -#}
{% macro re_replace(expr, pattern, replacement, flags=none) -%}
    {{ return(adapter.dispatch('re_replace')(expr, pattern, replacement, flags)) }}
{%- endmacro %}
{% macro default__re_replace(expr, pattern, replacement, flags=none) -%}
    regexp_replace({{ expr }}, {{ pattern }}, {{ replacement }}{% if flags %}, '{{ flags }}'{% endif %})
{%- endmacro %}
{% macro postgres__re_replace(expr, pattern, replacement, flags=none) -%}
    {%- set f = _are_flags(pattern, flags) -%}
    regexp_replace({{ expr }}, {{ _are_pattern(pattern) }}, {{ replacement }}{% if f %}, '{{ f }}'{% endif %})
{%- endmacro %}
