{#- Every org unit name a report or a fact uses, resolved to one canonical unit of its region.
    Names are matched against seeds/org_unit_aliases.csv (region_code, alias, canonical_name,
    org_level, parent_name) after normalize_label, so spelling variants are one unit. A composite
    name "activity / VO" (a cell of an activity x VO table) is the activity inside that VO; a
    "Totalt" part means the other part as a whole. A leading "Summa" is dropped. When neither the
    name nor the seed gives a parent, the report's own unit is the parent if it is a higher level. -#}
with table_facts as (
    select report_file, org_unit_name from {{ ref('int_table_facts') }}
),

prose_facts as (
    select report_file, org_unit_name from {{ ref('int_prose_facts') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

regions as (
    select * from {{ ref('regions') }}
),

aliases as (
    {{ org_unit_alias_rows() }}
),

named as (
    select report_file, coalesce(org_unit_name, '') as org_unit_name from table_facts
    union
    select report_file, coalesce(org_unit_name, '') as org_unit_name from prose_facts
    union
    select report_file, coalesce(org_unit, '') as org_unit_name from documents
),

split as (
    select
        named.report_file,
        coalesce(documents.region_code, '') as region_code,
        named.org_unit_name,
        coalesce(documents.org_unit, '') as report_unit_raw,
        trim(split_part(named.org_unit_name, ' / ', 1)) as part_1,
        case when {{ str_contains("named.org_unit_name", "' / '") }}
            then trim(substr(named.org_unit_name, strpos(named.org_unit_name, ' / ') + 3)) end as part_2
    from named
    inner join documents on named.report_file = documents.report_file
),

parts as (
    select
        split.*,
        {{ re_replace("case
            when split.part_2 is null then split.part_1
            when " ~ is_total_part('split.part_1') ~ " then split.part_2
            else split.part_1
        end", "'^(?i)summa\\s+'", "''") }} as leaf_raw,
        case
            when split.part_2 is null or {{ is_total_part('split.part_1') }} or {{ is_total_part('split.part_2') }}
                then null
            else split.part_2
        end as composite_parent_raw
    from split
),

resolved as (
    {% call qualify("row_number() over (
        partition by parts.report_file, parts.org_unit_name
        order by leaf_alias.region_code desc nulls last, parent_alias.region_code desc nulls last,
            report_alias.region_code desc nulls last
    ) = 1") %}
    select
        parts.report_file,
        parts.region_code,
        parts.org_unit_name,
        coalesce(leaf_alias.canonical_name, nullif(parts.leaf_raw, ''), regions.region_name, 'Okänd region')
            as unit_name,
        coalesce(leaf_alias.org_level, {{ org_level_of('parts.leaf_raw') }}) as leaf_level,
        leaf_alias.parent_name as alias_parent_name,
        coalesce(parent_alias.canonical_name, parts.composite_parent_raw) as composite_parent_name,
        coalesce(report_alias.canonical_name, nullif(parts.report_unit_raw, '')) as report_unit_name,
        coalesce(report_alias.org_level, {{ org_level_of('parts.report_unit_raw') }}) as report_unit_level
    from parts
    left join regions on parts.region_code = regions.region_code
    left join aliases as leaf_alias
        on {{ normalize_label('parts.leaf_raw') }} = leaf_alias.alias_key
        and leaf_alias.region_code in (parts.region_code, '')
    left join aliases as parent_alias
        on {{ normalize_label('parts.composite_parent_raw') }} = parent_alias.alias_key
        and parent_alias.region_code in (parts.region_code, '')
    left join aliases as report_alias
        on {{ normalize_label('parts.report_unit_raw') }} = report_alias.alias_key
        and report_alias.region_code in (parts.region_code, '')
    {% endcall %}
),

names_in_region as (
    select distinct region_code, unit_name as name from resolved
    union
    select distinct region_code, composite_parent_name from resolved where composite_parent_name is not null
    union
    select distinct region_code, report_unit_name from resolved where report_unit_name is not null
),

-- "Sjukhusvård" and "Sjukhusvården" in one region are one unit: named by its definite form, as a
-- report names its units (a suffix -en, -n or -et on a name of five letters or more)
definite_forms as (
    {% call qualify("row_number() over (partition by base.region_code, base.name order by definite.name) = 1") %}
    select base.region_code, base.name as base_name, definite.name as definite_name
    from names_in_region as base
    inner join names_in_region as definite
        on base.region_code = definite.region_code
        and length(base.name) >= 5
        and definite.name in (base.name || 'en', base.name || 'n', base.name || 'et')
    {% endcall %}
),

named_definite as (
    select
        resolved.report_file,
        resolved.region_code,
        resolved.org_unit_name,
        coalesce(unit_form.definite_name, resolved.unit_name) as unit_name,
        resolved.leaf_level,
        resolved.alias_parent_name,
        coalesce(parent_form.definite_name, resolved.composite_parent_name) as composite_parent_name,
        coalesce(report_form.definite_name, resolved.report_unit_name) as report_unit_name,
        resolved.report_unit_level
    from resolved
    left join definite_forms as unit_form
        on resolved.region_code = unit_form.region_code and resolved.unit_name = unit_form.base_name
    left join definite_forms as parent_form
        on resolved.region_code = parent_form.region_code
        and resolved.composite_parent_name = parent_form.base_name
    left join definite_forms as report_form
        on resolved.region_code = report_form.region_code and resolved.report_unit_name = report_form.base_name
),

-- "Hjärtsjukvård", "Hjärtsjukvården" and "Verksamheten Hjärtsjukvård" in a region that also names
-- "VO Hjärtsjukvård" are that VO: the VO prefix, a `Verksamheten` prefix and the definite form do not
-- make another unit (a longer name, "VO Barnsjukvård barnpsykiatrin", stays its own unit)
vo_names as (
    select distinct region_code, unit_name as vo_name, lower(substr(unit_name, 4)) as vo_base
    from named_definite
    where {{ re_matches('unit_name', "'^VO\\s'") }}
),

unit_names as (
    select distinct region_code, unit_name as name from named_definite
    union
    select distinct region_code, composite_parent_name from named_definite where composite_parent_name is not null
    union
    select distinct region_code, report_unit_name from named_definite where report_unit_name is not null
),

vo_forms as (
    {% call qualify("row_number() over (
        partition by unit_names.region_code, unit_names.name order by vo_names.vo_name
    ) = 1") %}
    select unit_names.region_code, unit_names.name, vo_names.vo_name
    from unit_names
    inner join vo_names
        on unit_names.region_code = vo_names.region_code
        and unit_names.name <> vo_names.vo_name
        and length(vo_names.vo_base) >= 4
        and lower({{ re_replace('unit_names.name', "'^(?i)(vo|verksamhetsområde|verksamheten|verksamhet)\\s+'", "''") }})
            in (vo_names.vo_base, vo_names.vo_base || 'en', vo_names.vo_base || 'n', vo_names.vo_base || 'et')
    {% endcall %}
),

named_vo as (
    select
        named_definite.report_file,
        named_definite.region_code,
        named_definite.org_unit_name,
        coalesce(unit_form.vo_name, named_definite.unit_name) as unit_name,
        named_definite.leaf_level,
        named_definite.alias_parent_name,
        coalesce(parent_form.vo_name, named_definite.composite_parent_name) as composite_parent_name,
        coalesce(report_form.vo_name, named_definite.report_unit_name) as report_unit_name,
        named_definite.report_unit_level,
        unit_form.vo_name is not null as is_vo_form
    from named_definite
    left join vo_forms as unit_form
        on named_definite.region_code = unit_form.region_code and named_definite.unit_name = unit_form.name
    left join vo_forms as parent_form
        on named_definite.region_code = parent_form.region_code
        and named_definite.composite_parent_name = parent_form.name
    left join vo_forms as report_form
        on named_definite.region_code = report_form.region_code
        and named_definite.report_unit_name = report_form.name
),

final as (
    select
        resolved.report_file,
        resolved.region_code,
        resolved.org_unit_name,
        case when resolved.composite_parent_name is not null
            then resolved.unit_name || ' / ' || resolved.composite_parent_name
            else resolved.unit_name end as canonical_name,
        resolved.unit_name,
        case
            when resolved.composite_parent_name is not null then 'enhet'
            when resolved.is_vo_form then 'omrade'
            else resolved.leaf_level
        end as org_level,
        case
            when resolved.composite_parent_name is not null then resolved.composite_parent_name
            when resolved.leaf_level = 'region' then null
            when resolved.alias_parent_name is not null then resolved.alias_parent_name
            when {{ org_level_rank('resolved.report_unit_level') }} < {{ org_level_rank('resolved.leaf_level') }}
                then resolved.report_unit_name
        end as parent_name,
        case
            when resolved.leaf_level = 'region' and resolved.composite_parent_name is null
                then {{ org_unit_key('resolved.region_code', "''") }}
            else {{ org_unit_key('resolved.region_code', 'resolved.unit_name', 'resolved.composite_parent_name') }}
        end as org_unit_key
    from named_vo as resolved
)

select * from final
