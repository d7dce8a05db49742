{#- Schemas are named exactly raw, staging, intermediate, marts: no target prefix. On a server
    (PostgreSQL) a build writes vl_next_raw, vl_next_staging, ... and vardlager/postgres.py renames
    them to the published names in one transaction once every check passed. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ build_schema_prefix() }}{{ (custom_schema_name or target.schema) | trim }}
{%- endmacro %}
