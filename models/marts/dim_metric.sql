with metrics as (
    select * from {{ ref('metrics') }}
),

final as (
    select
        metric_code,
        domain,
        name_sv,
        canonical_unit,
        additive as is_additive,
        nullif(amount_kind, '') as amount_kind,
        description
    from metrics
)

select * from final
