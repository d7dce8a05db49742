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

{#- `select * from a union all by name select * from b` for CTEs that read whole models (ctes and the
    models they read, in the same order, all in one custom schema): on PostgreSQL the columns of the
    built models, by name, with null where a model lacks one (as DuckDB fills them). -#}
{% macro union_models_by_name(ctes, models, schema) -%}
    {{ return(adapter.dispatch('union_models_by_name')(ctes, models, schema)) }}
{%- endmacro %}
{% macro default__union_models_by_name(ctes, models, schema) -%}
    {%- for cte in ctes %}select * from {{ cte }}{% if not loop.last %}
    union all by name
    {% endif %}{% endfor -%}
{%- endmacro %}
{% macro postgres__union_models_by_name(ctes, models, schema) -%}
    {%- set columns_of = [] -%}
    {%- set names = [] -%}
    {%- for model in models -%}
        {%- set columns = [] -%}
        {%- if execute -%}
            {#- by name in the schema the build writes (in a unit test, ref() is a fixture; its columns are the
                model's) -#}
            {%- set relation = adapter.get_relation(database=target.database,
                                                    schema=generate_schema_name(schema, none) | trim, identifier=model) -%}
            {%- if relation is not none -%}
                {%- for column in adapter.get_columns_in_relation(relation) -%}
                    {%- do columns.append(column.name) -%}
                {%- endfor -%}
            {%- endif -%}
        {%- endif -%}
        {%- do columns_of.append(columns) -%}
        {%- for name in columns if name not in names and name != 'qualify_keep' -%}
            {%- do names.append(name) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- if not names -%}
        {%- for cte in ctes %}select * from {{ cte }}{% if not loop.last %} union all {% endif %}{% endfor -%}
    {%- else -%}
        {%- for cte in ctes -%}
            {%- set i = loop.index0 %}
    select {% for name in names %}{% if name in columns_of[i] %}{{ cte }}.{{ adapter.quote(name) }}{% else %}null{% endif %} as {{ adapter.quote(name) }}{% if not loop.last %}, {% endif %}{% endfor %}
    from {{ cte }}{% if not loop.last %}
    union all{% endif %}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}
