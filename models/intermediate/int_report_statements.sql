{#- Each report's statements on canonical org units, one per report, org unit, metric, measure, breakdown, period
    and value (the per-report part of int_report_facts, which ranks them across reports):
    - Dedup: one statement read in several places of one report (a table and a sentence, or the same table
      twice) is one fact; `sources` lists every place, the kept line is the best reading (verified first, then
      the most decimals, then tables before prose, then the first line).
    - Conflicts: different values for the same report, org unit, metric, measure and period are all kept, each
      counted (`n_values`) with the smallest and largest key and value of its group.
    Every window and group partitions by report_file: a report's rows are a function of its own facts and of
    the org unit keys int_org_units gives its names. Built incrementally (macros/changed_reports.sql): the
    pre-hook deletes the rows of the changed reports and of the reports whose names int_org_units now keys or
    names otherwise (a unit another report named anew: "Barnpsykiatrin" becomes "VO Barnpsykiatri"); the
    reports then without rows here are read again. -#}
{{ config(
    materialized="incremental",
    incremental_strategy="append",
    pre_hook=["{{ delete_changed_reports() }}", "{{ delete_reports_whose_org_units_moved(ref('int_org_units')) }}"]
) }}

with table_facts as (
    select * from {{ ref('int_table_facts') }}
    where {{ report_without_rows('report_file') }}
),

prose_facts as (
    select * from {{ ref('int_prose_facts') }}
    where {{ report_without_rows('report_file') }}
),

org_units as (
    select * from {{ ref('int_org_units') }}
    where {{ report_without_rows('report_file') }}
),

plausible_ranges as (
    select * from {{ ref('plausible_ranges') }}
),

unioned as (
    {{ union_models_by_name(['table_facts', 'prose_facts'], ['int_table_facts', 'int_prose_facts'], 'intermediate') }}
),

keyed as (
    select
        unioned.*,
        org_units.org_unit_key,
        org_units.canonical_name as org_unit_canonical_name,
        {{ round_double('unioned.value', 3) }} as value_key,
        coalesce(length({{ re_extract("unioned.source_quote", "'\\d,(\\d+)'", 1) }}), 0) as quote_decimals,
        unioned.fact_source || ' L' || cast(unioned.source_line as varchar) as source_ref
    from unioned
    inner join org_units
        on unioned.report_file = org_units.report_file
        and coalesce(unioned.org_unit_name, '') = org_units.org_unit_name
    {{ plausible_range_joins('unioned') }}
    where unioned.value is not null
        and {{ is_plausible('unioned') }}  -- an implausible size stays in raw (int_implausible_values says why)
),

statements as (
    select
        keyed.*,
        row_number() over (
            partition by keyed.report_file, keyed.org_unit_key, keyed.metric_code, keyed.measure,
                keyed.breakdown, keyed.period_start, keyed.period_end, keyed.value_key
            order by coalesce(keyed.row_label_unresolved, false) asc, keyed.is_verified desc, keyed.quote_decimals desc,
                case keyed.fact_source when 'table' then 0 else 1 end asc, keyed.source_line asc, keyed.source_id asc
        ) as statement_rank,
        -- list + list_sort, not string_agg(... order by ...) over: same text, 10x faster in DuckDB at 500 reports
        {{ sorted_join_over('keyed.source_ref', 'same_value', "'; '") }} as sources,
        bool_or(keyed.is_verified) over same_value as any_verified
    from keyed
    window same_value as (
        partition by keyed.report_file, keyed.org_unit_key, keyed.metric_code, keyed.measure,
            keyed.breakdown, keyed.period_start, keyed.period_end, keyed.value_key
    )
),

facts as (
    select
        md5(concat_ws('|', statements.report_file, statements.org_unit_key, statements.metric_code,
            statements.measure, statements.period_start, statements.period_end,
            {{ double_as_text('statements.value_key') }},
            -- concat_ws skips nulls: a total keeps the key it had before breakdowns existed
            nullif(statements.breakdown, ''))) as fact_key,
        statements.*
    from statements
    where statements.statement_rank = 1
),

with_conflicts as (
    select
        facts.*,
        count(*) over same_fact as n_values,
        min(facts.fact_key) over same_fact as min_fact_key,
        max(facts.fact_key) over same_fact as max_fact_key,
        min(facts.value) over same_fact as min_value,
        max(facts.value) over same_fact as max_value
    from facts
    window same_fact as (
        partition by facts.report_file, facts.org_unit_key, facts.metric_code, facts.measure,
            facts.breakdown, facts.period_start, facts.period_end
    )
),

-- what the ranking across reports (int_report_facts) reads of each statement, computed once per report
final as (
    select
        with_conflicts.*,
        coalesce(with_conflicts.row_label_unresolved, false) as is_row_unresolved,
        {{ round_double(fact_half_ulp('with_conflicts.value', 'with_conflicts.source_quote'), 6) }} as rounding,
        -- the statement across reports (concat_ws skips nulls: an undated fact's key has no period)
        md5(concat_ws('|', with_conflicts.org_unit_key, with_conflicts.metric_code, with_conflicts.measure,
            coalesce(with_conflicts.breakdown, ''), with_conflicts.period_start, with_conflicts.period_end))
            as statement_key
    from with_conflicts
)

select * from final
