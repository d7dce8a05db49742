{#- The level of an org unit name when the alias seed does not say: region, forvaltning
    (förvaltning or nämnd), division, omrade (område / verksamhetsområde / VO) or enhet. -#}
{% macro org_level_of(name) -%}
    case
        when coalesce({{ name }}, '') = '' then 'region'
        when {{ re_matches('lower(' ~ name ~ ')', "'^(region|landstinget)\\b'") }} then 'region'
        when {{ re_matches('lower(' ~ name ~ ')', "'förvaltning|nämnd|^hsf$|^hsn$'") }} then 'forvaltning'
        when {{ re_matches('lower(' ~ name ~ ')', "'^(division|div\\.?)\\s'") }} then 'division'
        when {{ re_matches('lower(' ~ name ~ ')', "'^(vo|verksamhetsområde|resultatområde)\\b|område\\b|^närsjukvård'") }}
            then 'omrade'
        else 'enhet'
    end
{%- endmacro %}

{#- The rank of a level: 0 region (top) .. 4 enhet. -#}
{% macro org_level_rank(level) -%}
    case {{ level }} when 'region' then 0 when 'forvaltning' then 1 when 'division' then 2
        when 'omrade' then 3 else 4 end
{%- endmacro %}

{#- Whether a name part means "all of the other part" (a total row or column). -#}
{% macro is_total_part(part) -%}
    ({{ normalize_label(part) }} in ('totalt', 'total', 'summa', 'totalt utfall', 'samtliga', 'summa totalt'))
{%- endmacro %}

{#- A stable key of a unit: region and canonical names, case-insensitive. -#}
{% macro org_unit_key(region_code, canonical_name, parent_name=none) -%}
    md5(coalesce({{ region_code }}, '') || '|' || lower(coalesce({{ canonical_name }}, ''))
        {%- if parent_name %} || coalesce('|' || lower({{ parent_name }}), ''){% endif %})
{%- endmacro %}
