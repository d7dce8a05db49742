with regions as (
    select * from {{ ref('regions') }}
),

final as (
    select
        region_code,
        region_name,
        short_name,
        sjukvardsregion
    from regions
)

select * from final
