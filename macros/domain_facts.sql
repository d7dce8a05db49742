{#- The facts of one domain from fct_report_facts, keyed to the dimensions
    (region, org unit, period, metric, report): the body of fct_production,
    fct_worked_time and fct_costs. -#}
{% macro domain_facts(domain) -%}
with facts as (
    select * from {{ ref('fct_report_facts') }}
),

final as (
    select
        facts.fact_key,
        facts.report_file,
        facts.region_code,
        facts.org_unit_key,
        facts.org_unit_name,
        facts.period_key,
        facts.period_start,
        facts.period_end,
        facts.metric_code,
        facts.measure,
        facts.breakdown,
        facts.value,
        facts.unit,
        facts.source_line,
        facts.source_quote,
        facts.is_verified,
        facts.row_label_unresolved,
        facts.has_conflict,
        facts.conflicts_with_fact_key,
        facts.is_current
    from facts
    where facts.domain = '{{ domain }}'
)

select * from final
{%- endmacro %}
