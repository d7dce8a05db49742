with source as (
    select * from {{ source('reports', 'extraction_issues') }}
),

final as (
    select
        report_file || ':' || coalesce(cast(line as varchar), '-') || ':' || kind || ':' || cast(row_number() over (
            partition by report_file, line, kind order by message, text) as varchar) as issue_id,
        report_file,
        cast(line as integer) as line,
        kind,
        message,
        text
    from source
)

select * from final
