{#- DuckDB syntax PostgreSQL lacks: see README.md. -#}

{#- `union all by name`; on PostgreSQL `union all`, so the two selects must list their columns in the same order. -#}
{% macro union_all_by_name() %}{{ return(adapter.dispatch('union_all_by_name')()) }}{% endmacro %}
{% macro default__union_all_by_name() %}union all by name{% endmacro %}
{% macro postgres__union_all_by_name() %}union all{% endmacro %}

{#- A select filtered on a window condition (DuckDB `qualify`), as a call block around one select:
        {% call qualify("row_number() over (partition by a order by b) = 1") %} select ... {% endcall %}
    On PostgreSQL the select is wrapped and gets one more leading column, qualify_keep (always true). -#}
{% macro qualify(condition) %}{{ return(adapter.dispatch('qualify')(condition, caller())) }}{% endmacro %}
{% macro default__qualify(condition, body) %}{{ body | trim }}
    qualify {{ condition }}{% endmacro %}
{% macro postgres__qualify(condition, body) -%}
    {%- set body = body | trim -%}
    {%- if not body.lower().startswith('select') or body.lower().startswith('select distinct') -%}
        {{ exceptions.raise_compiler_error("qualify: the body must start with a plain select") }}
    {%- endif -%}
    select * from (
    select ({{ condition }}) as qualify_keep, {{ body[6:] }}
    ) as qualified where qualify_keep
{%- endmacro %}

{#- the prefix of the schemas a build writes: none in a DuckDB file (built beside the published one),
    vl_next_ on a server (vardlager/postgres.py swaps them in) -#}
{% macro build_schema_prefix() %}{{ return(adapter.dispatch('build_schema_prefix')()) }}{% endmacro %}
{% macro default__build_schema_prefix() %}{% endmacro %}
{% macro postgres__build_schema_prefix() %}vl_next_{% endmacro %}
