with facts as (
    select * from {{ ref('int_report_facts') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

named as (
    select distinct region_code, org_unit_name from facts
    union
    select distinct region_code, coalesce(org_unit, '') from documents
),

final as (
    select
        md5(coalesce(region_code, '') || '|' || org_unit_name) as org_unit_key,
        region_code,
        org_unit_name
    from named
)

select * from final
