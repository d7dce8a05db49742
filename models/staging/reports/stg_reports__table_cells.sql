with source as (
    select * from {{ source('reports', 'table_cells') }}
),

final as (
    select
        -- the row as well as the line: a table flattened onto one line (a web copy's page) holds all its rows there
        report_file || ':' || table_id || ':' || cast(line as varchar) || ':' || cast(row_index as varchar) || ':'
            || cast(column_index as varchar) as cell_id,
        report_file,
        table_id,
        caption,
        lower(trim(unit_raw)) as unit_raw,
        trim(row_group) as row_group,
        trim(row_label) as row_label,
        {{ normalize_label('row_label') }} as row_label_key,
        trim(column_header) as column_header,
        column_index,
        text as cell_text,
        cast(value as {{ double_type() }}) as value,
        cast(line as integer) as line,
        is_verified,
        "check" as verification,
        trim(label_header) as label_header,
        row_index,
        nullif(label_metric, '') as label_metric_code
    from source
)

select * from final
