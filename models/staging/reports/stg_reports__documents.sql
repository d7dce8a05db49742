with source as (
    select * from {{ source('reports', 'documents') }}
),

final as (
    select
        report_file,
        sha256,
        n_lines,
        n_bytes,
        encoding,
        title,
        nullif(report_type, '') as report_type,
        nullif(region_code, '') as region_code,
        nullif(org_unit, '') as org_unit,
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end,
        period_evidence,
        loader_version
    from source
)

select * from final
