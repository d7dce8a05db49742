{#- Every fact of every source in one place. One statement read from both a table and a
    sentence is one fact (sources lists both); different values for the same report, org
    unit, metric, measure and period are kept and flagged as a conflict; the newest report's
    statement of a period is current. -#}
with table_facts as (
    select * from {{ ref('int_table_facts') }}
),

prose_facts as (
    select * from {{ ref('int_prose_facts') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

metrics as (
    select * from {{ ref('metrics') }}
),

unioned as (
    select * from table_facts
    union all by name
    select * from prose_facts
),

keyed as (
    select
        unioned.*,
        round(unioned.value, 3) as value_key,
        unioned.fact_source || ' L' || cast(unioned.source_line as varchar) as source_ref
    from unioned
    where unioned.value is not null and unioned.period_start is not null
),

statements as (
    select
        keyed.*,
        row_number() over statement_window as statement_rank,
        string_agg(keyed.source_ref, '; ' order by keyed.source_ref) over (
            partition by keyed.report_file, keyed.org_unit_name, keyed.metric_code, keyed.measure,
                keyed.period_start, keyed.period_end, keyed.value_key
        ) as sources,
        bool_or(keyed.is_verified) over (
            partition by keyed.report_file, keyed.org_unit_name, keyed.metric_code, keyed.measure,
                keyed.period_start, keyed.period_end, keyed.value_key
        ) as any_verified
    from keyed
    window statement_window as (
        partition by keyed.report_file, keyed.org_unit_name, keyed.metric_code, keyed.measure,
            keyed.period_start, keyed.period_end, keyed.value_key
        order by keyed.is_verified desc, case keyed.fact_source when 'table' then 0 else 1 end,
            keyed.source_line, keyed.source_id
    )
),

facts as (
    select
        md5(concat_ws('|', statements.report_file, statements.org_unit_name, statements.metric_code,
            statements.measure, statements.period_start, statements.period_end, statements.value_key)) as fact_key,
        statements.*
    from statements
    where statements.statement_rank = 1
),

with_conflicts as (
    select
        facts.*,
        count(*) over same_fact > 1 as has_conflict,
        min(facts.fact_key) over same_fact as min_fact_key,
        max(facts.fact_key) over same_fact as max_fact_key
    from facts
    window same_fact as (
        partition by facts.report_file, facts.org_unit_name, facts.metric_code, facts.measure,
            facts.period_start, facts.period_end
    )
),

final as (
    select
        with_conflicts.fact_key,
        with_conflicts.report_file,
        documents.region_code,
        with_conflicts.org_unit_name,
        with_conflicts.period_start,
        with_conflicts.period_end,
        metrics.domain,
        with_conflicts.metric_code,
        with_conflicts.measure,
        with_conflicts.value,
        with_conflicts.unit,
        with_conflicts.source_line,
        with_conflicts.source_quote,
        with_conflicts.fact_source,
        with_conflicts.sources,
        with_conflicts.any_verified as is_verified,
        with_conflicts.verification,
        with_conflicts.has_conflict,
        case
            when not with_conflicts.has_conflict then null
            when with_conflicts.fact_key = with_conflicts.min_fact_key then with_conflicts.max_fact_key
            else with_conflicts.min_fact_key
        end as conflicts_with_fact_key,
        row_number() over (
            partition by documents.region_code, with_conflicts.org_unit_name, with_conflicts.metric_code,
                with_conflicts.measure, with_conflicts.period_start, with_conflicts.period_end
            order by documents.period_end desc, with_conflicts.report_file desc, with_conflicts.fact_key
        ) = 1 as is_current
    from with_conflicts
    inner join documents on with_conflicts.report_file = documents.report_file
    inner join metrics on with_conflicts.metric_code = metrics.metric_code
)

select * from final
