with source as (
    select * from {{ source('reports', 'numbers_seen') }}
),

final as (
    select
        report_file || ':' || cast(line as varchar) || ':' || cast(seq as varchar) as number_id,
        report_file,
        cast(line as integer) as line,
        cast(seq as integer) as seq,
        text as number_text,
        disposition,
        nullif(reason, '') as reason,
        nullif(note, '') as note,
        context
    from source
)

select * from final
