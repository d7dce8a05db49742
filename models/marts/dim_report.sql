{#- One row per loaded report: region, own org unit, report type, period reported, file and sha256. -#}
with documents as (
    select * from {{ ref('stg_reports__documents') }}
),

regions as (
    select * from {{ ref('regions') }}
),

org_units as (
    select * from {{ ref('int_org_units') }}
),

final as (
    select
        documents.report_file,
        documents.sha256,
        documents.region_code,
        regions.region_name,
        org_units.org_unit_key,
        documents.org_unit as org_unit_name,
        documents.report_type,
        cast(documents.period_start as varchar) || '..' || cast(documents.period_end as varchar) as period_key,
        documents.period_start,
        documents.period_end,
        {{ period_label('documents.period_start', 'documents.period_end') }} as period_label,
        documents.period_evidence,
        documents.title,
        documents.encoding,
        documents.n_lines,
        documents.n_bytes,
        documents.loader_version
    from documents
    left join regions on documents.region_code = regions.region_code
    left join org_units
        on documents.report_file = org_units.report_file
        and coalesce(documents.org_unit, '') = org_units.org_unit_name
)

select * from final
