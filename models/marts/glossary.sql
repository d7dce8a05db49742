with terms as (
    select * from {{ ref('glossary_terms') }}
),

metrics as (
    select * from {{ ref('dim_metric') }}
),

metric_terms as (
    select
        'metric' as topic,
        metrics.metric_code as term,
        'metric_code' as applies_to,
        metrics.name_sv || ' (' || metrics.domain || ', in ' || metrics.canonical_unit || '): '
            || coalesce(metrics.description, '') as meaning
    from metrics
),

final as (
    select topic, term, applies_to, meaning from terms
    union all
    select topic, term, applies_to, meaning from metric_terms
)

select * from final
order by topic, term
