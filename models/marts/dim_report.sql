with documents as (
    select * from {{ ref('stg_reports__documents') }}
),

regions as (
    select * from {{ ref('regions') }}
),

final as (
    select
        documents.report_file,
        documents.sha256,
        documents.region_code,
        regions.region_name,
        documents.org_unit as org_unit_name,
        documents.report_type,
        documents.period_start,
        documents.period_end,
        documents.period_evidence,
        documents.title,
        documents.encoding,
        documents.n_lines,
        documents.n_bytes,
        documents.loader_version
    from documents
    left join regions on documents.region_code = regions.region_code
)

select * from final
