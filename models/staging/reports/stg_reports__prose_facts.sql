with source as (
    select * from {{ source('reports', 'prose_facts') }}
),

final as (
    select
        report_file || ':' || cast(line as varchar) || ':' || cast(row_number() over (
            partition by report_file, line order by quote, metric_code, measure) as varchar) as prose_fact_id,
        report_file,
        cast(line as integer) as line,
        sentence,
        quote,
        label,
        metric_code,
        measure,
        cast(value as {{ double_type() }}) as value,
        lower(trim(unit_raw)) as unit_raw,
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end,
        nullif(trim(org_unit), '') as org_unit,
        is_approximate,
        sign_word,
        period_evidence,
        carried_metric,
        coalesce(trim(breakdown_label), '') as breakdown_label
    from source
)

select * from final
