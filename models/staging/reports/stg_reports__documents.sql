with source as (
    select * from {{ source('reports', 'documents') }}
),

files as (
    select * from {{ source('reports', 'report_files') }}
),

final as (
    select
        source.report_file,
        source.sha256,
        source.n_lines,
        source.n_bytes,
        source.encoding,
        source.title,
        nullif(source.report_type, '') as report_type,
        nullif(source.region_code, '') as region_code,
        nullif(source.org_unit, '') as org_unit,
        cast(source.period_start as date) as period_start,
        cast(source.period_end as date) as period_end,
        source.period_evidence,
        source.loader_version,
        -- which of two reports of one period is newer when their texts say the same period
        to_timestamp(files.file_mtime) as file_modified_at
    from source
    left join files on source.report_file = files.report_file
)

select * from final
