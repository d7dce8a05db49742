{#- The parts a fact can be about (`breakdown` of the facts): '' is the whole (the total), otherwise
    `dimension=value` (`sex=kvinnor`, `age=30-49`) as seeds/breakdown_labels.csv reads the reports' labels. -#}
with facts as (
    select distinct breakdown from {{ ref('int_report_facts') }}
),

final as (
    select
        facts.breakdown,
        case when facts.breakdown = '' then 'total' else split_part(facts.breakdown, '=', 1) end as dimension,
        case when facts.breakdown = '' then '' else substr(facts.breakdown, strpos(facts.breakdown, '=') + 1) end
            as dimension_value,
        facts.breakdown = '' as is_total
    from facts
)

select * from final
order by breakdown
