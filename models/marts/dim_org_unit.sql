{#- The org unit hierarchy: region -> förvaltning/nämnd -> division -> område/VO -> klinik/enhet.
    One row per canonical unit (int_org_units), plus one root row per region and every parent
    named only as a parent. A unit's parent is the one most reports give it. The flattened
    columns (forvaltning_name .. enhet_name) walk up the parents for BI tools. -#}
with names as (
    select
        *,
        count(*) over (partition by org_unit_key, org_level) as level_votes,
        count(*) over (partition by org_unit_key, parent_name) as parent_votes
    from {{ ref('int_org_units') }}
),

regions as (
    select * from {{ ref('regions') }}
),

aliases as (
    {{ org_unit_alias_rows() }}
),

named_units as (
    select
        names.org_unit_key,
        names.region_code,
        -- every choice ordered to the end, so two builds of the same reports give the same row
        -- (any_value and mode break ties by chance)
        {{ first_of('names.canonical_name', 'names.canonical_name') }} as org_unit_name,
        {{ first_of('names.unit_name', 'names.unit_name') }} as unit_name,
        {{ first_of('names.org_level', 'names.org_level is null, names.level_votes desc, names.org_level') }}
            as org_level,
        {{ first_of('names.parent_name', 'names.parent_name is null, names.parent_votes desc, names.parent_name') }}
            as parent_name,
        string_agg(distinct names.org_unit_name, ' | ' order by names.org_unit_name) as names_seen,
        count(distinct names.report_file) as n_reports
    from names
    group by names.org_unit_key, names.region_code
),

-- a parent that no report names as a unit of its own
parent_only as (
    select distinct
        {{ org_unit_key('named_units.region_code', 'named_units.parent_name') }} as org_unit_key,
        named_units.region_code,
        named_units.parent_name as org_unit_name,
        named_units.parent_name as unit_name,
        coalesce(aliases.org_level, {{ org_level_of('named_units.parent_name') }}) as org_level,
        aliases.parent_name,
        named_units.parent_name as names_seen,
        0 as n_reports
    from named_units
    left join aliases
        on {{ normalize_label('named_units.parent_name') }} = aliases.alias_key
        and aliases.region_code in (named_units.region_code, '')
    where named_units.parent_name is not null
        and {{ org_unit_key('named_units.region_code', 'named_units.parent_name') }} not in (
            select known_units.org_unit_key from named_units as known_units)
),

-- every region of the seed, and one root for reports whose region the text does not say
root_regions as (
    select region_code, region_name from regions
    union
    select distinct named_units.region_code, 'Okänd region' as region_name
    from named_units
    where named_units.region_code not in (select regions.region_code from regions)
),

region_roots as (
    select
        {{ org_unit_key('root_regions.region_code', "''") }} as org_unit_key,
        root_regions.region_code,
        root_regions.region_name as org_unit_name,
        root_regions.region_name as unit_name,
        'region' as org_level,
        null as parent_name,
        root_regions.region_name as names_seen,
        0 as n_reports
    from root_regions
),

units as (
    select * from named_units where org_unit_key not in (select region_roots.org_unit_key from region_roots)
    {{ union_all_by_name() }}
    select * from parent_only
    {{ union_all_by_name() }}
    select * from region_roots
),

-- the key the named parent would have (computed once per unit: an equality join on it is a hash join, where
-- the expression inside the join condition made DuckDB compare every unit with every other, 0.7 s at 500 reports)
units_keyed as (
    select
        units.*,
        case when units.parent_name is not null
            then {{ org_unit_key('units.region_code', 'units.parent_name') }} end as parent_key
    from units
),

-- a parent that is not a unit of the dimension (a seed parent of a seed parent) falls back to the region
parented as (
    select
        units_keyed.org_unit_key,
        units_keyed.region_code,
        units_keyed.org_unit_name,
        units_keyed.unit_name,
        units_keyed.org_level,
        units_keyed.names_seen,
        units_keyed.n_reports,
        case when parents.org_unit_key is not null then units_keyed.parent_name end as parent_name,
        case
            when units_keyed.org_level = 'region' then null
            when parents.org_unit_key is not null then parents.org_unit_key
            else {{ org_unit_key('units_keyed.region_code', "''") }}
        end as parent_org_unit_key
    from units_keyed
    left join units as parents on units_keyed.parent_key = parents.org_unit_key
),

walked as (
    select
        u0.*,
        u1.org_level as level_1, u1.unit_name as name_1,
        u2.org_level as level_2, u2.unit_name as name_2,
        u3.org_level as level_3, u3.unit_name as name_3,
        u4.org_level as level_4, u4.unit_name as name_4
    from parented as u0
    left join parented as u1 on u0.parent_org_unit_key = u1.org_unit_key
    left join parented as u2 on u1.parent_org_unit_key = u2.org_unit_key
    left join parented as u3 on u2.parent_org_unit_key = u3.org_unit_key
    left join parented as u4 on u3.parent_org_unit_key = u4.org_unit_key
),

final as (
    select
        walked.org_unit_key,
        walked.region_code,
        regions.region_name,
        walked.org_unit_name,
        walked.unit_name,
        walked.org_level,
        {{ org_level_rank('walked.org_level') }} as level_rank,
        walked.parent_org_unit_key,
        walked.parent_name as parent_org_unit_name,
        {% for level in ['forvaltning', 'division', 'omrade', 'enhet'] -%}
        case
            when walked.org_level = '{{ level }}' then walked.unit_name
            when walked.level_1 = '{{ level }}' then walked.name_1
            when walked.level_2 = '{{ level }}' then walked.name_2
            when walked.level_3 = '{{ level }}' then walked.name_3
            when walked.level_4 = '{{ level }}' then walked.name_4
        end as {{ level }}_name,
        {% endfor -%}
        walked.names_seen,
        walked.n_reports
    from walked
    left join regions on walked.region_code = regions.region_code
)

select * from final
