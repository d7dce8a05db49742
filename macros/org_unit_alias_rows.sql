{#- seeds/org_unit_aliases.csv as matched against names: region ('' = any), alias key
    (normalize_label), canonical name, level and parent. Used by int_org_units and dim_org_unit. -#}
{% macro org_unit_alias_rows() -%}
    select
        coalesce(region_code, '') as region_code,
        {{ normalize_label('alias') }} as alias_key,
        trim(canonical_name) as canonical_name,
        nullif(trim(org_level), '') as org_level,
        nullif(trim(parent_name), '') as parent_name
    from {{ ref('org_unit_aliases') }}
{%- endmacro %}
