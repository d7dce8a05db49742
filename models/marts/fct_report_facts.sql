{#- Every fact of every domain, in the columns of the data contract, keyed to the dimensions. A report's rows are
    its rows of int_report_facts but `is_current`, which compares reports: built incrementally
    (macros/changed_reports.sql delete_reports_that_differ), the reports whose rows differ written again. -#}
{{ config(
    materialized="incremental",
    incremental_strategy="append",
    pre_hook="{{ delete_reports_that_differ(ref('int_report_facts'), 'period_start is not null') }}",
    post_hook="{{ update_cross_report_columns(ref('int_report_facts')) }}"
) }}

with facts as (
    select * from {{ ref('int_report_facts') }}
    where {{ report_without_rows('report_file') }}
),

final as (
    select
        facts.fact_key,
        facts.report_file,
        facts.region_code,
        facts.org_unit_key,
        facts.org_unit_name,
        cast(facts.period_start as varchar) || '..' || cast(facts.period_end as varchar) as period_key,
        facts.period_start,
        facts.period_end,
        facts.domain,
        facts.metric_code,
        facts.measure,
        facts.breakdown,
        facts.value,
        facts.unit,
        facts.rounding,
        facts.source_line,
        facts.source_quote,
        facts.fact_source,
        facts.sources,
        facts.is_verified,
        facts.row_label_unresolved,
        facts.verification,
        facts.has_conflict,
        facts.conflicts_with_fact_key,
        facts.conflict_kind,
        facts.is_current,
        facts.statement_key
    from facts
    where facts.period_start is not null  -- an undated fact (a fact page) stays in int_report_facts
)

-- stored in the order of the reports' text, so every whole build of the same reports reads back the same
-- row order (DuckDB keeps insertion order), whatever order the joins above produced; a build from the
-- published warehouse appends the reports it writes again, in that order
select * from final
order by report_file, source_line, metric_code, measure, breakdown, period_end, fact_key
