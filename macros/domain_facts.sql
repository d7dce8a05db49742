{#- The facts of one domain from fct_report_facts, keyed to the dimensions
    (region, org unit, period, metric, report): the body of fct_production,
    fct_worked_time and fct_costs. Built incrementally as fct_report_facts is
    (macros/changed_reports.sql delete_reports_that_differ). -#}
{% macro domain_facts(domain) -%}
{{ config(
    materialized="incremental",
    incremental_strategy="append",
    pre_hook="{{ delete_reports_that_differ(ref('fct_report_facts'), \"domain = '" ~ domain ~ "'\") }}",
    post_hook="{{ update_cross_report_columns(ref('fct_report_facts')) }}"
) }}

with facts as (
    select * from {{ ref('fct_report_facts') }}
    where {{ report_without_rows('report_file') }}
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
