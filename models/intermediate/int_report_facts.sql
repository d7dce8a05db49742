{#- Every fact of every source in one place, on its canonical org unit.
    - Dedup: one statement read in several places of one report (a table and a sentence, or the
      same table twice) is one fact; `sources` lists every place, the kept line is the best
      reading (verified first, then the most decimals, then tables before prose, then the first line).
    - Conflicts: different values for the same report, org unit, metric, measure and period are all
      kept; each is flagged (`has_conflict`) with the key of another statement
      (`conflicts_with_fact_key`) and `conflict_kind` says whether they differ only by rounding.
      Both are each report's own (int_report_statements, built for the changed reports only); the
      ranking across reports below is built whole.
    - Restatements: a period stated by several reports keeps one fact per report; `is_current` marks
      exactly one statement per org unit, metric, measure, breakdown and period: the newest report's
      (latest report period, then latest file modification time, then file name), and inside that
      report its most precise reading; an older report's more precise figure that the newest one only
      rounds stays current (README: Restatements).
    - Undated facts: a text that gives no period at all (a hospital's fact page) keeps its facts here with
      an empty period; the marts require a period and leave them out, `vardlager extract` prints them.
    - Plausible sizes: a value outside its unit's range (seeds/plausible_ranges.csv) is left out; it
      stays in raw and int_implausible_values lists it with the reason. -#}
-- each report's statements, deduplicated and with their conflicts counted (built per report, incrementally)
with with_conflicts as (
    select * from {{ ref('int_report_statements') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

metrics as (
    select * from {{ ref('metrics') }}
),

-- restatements: the statements of one org unit, metric, measure, breakdown and period across reports, with
-- the reports ranked newest first (the report period's end, then the file's modification time, then name);
-- only the columns the choice of the current statement reads (a window sorts every column it carries)
ranked as (
    select
        with_conflicts.statement_key,
        with_conflicts.fact_key,
        with_conflicts.value,
        with_conflicts.rounding,
        with_conflicts.is_row_unresolved,
        with_conflicts.any_verified,
        with_conflicts.fact_source,
        with_conflicts.source_line,
        dense_rank() over (
            partition by with_conflicts.statement_key
            order by documents.period_end desc nulls last, documents.file_modified_at desc nulls last,
                with_conflicts.report_file desc
        ) as report_rank
    from with_conflicts
    inner join documents on with_conflicts.report_file = documents.report_file
),

-- the newest report's best statement: a resolved row, the most precise figure (a rounded one printed
-- elsewhere in the same report never wins over it), verified, from a table, the first line
newest_best as (
    {% call qualify("row_number() over (
        partition by statement_key
        order by is_row_unresolved, rounding, any_verified desc,
            case fact_source when 'table' then 0 else 1 end, source_line, fact_key
    ) = 1") %}
    select statement_key, fact_key, value, rounding
    from ranked
    where report_rank = 1
    {% endcall %}
),

-- an older report's more precise figure that the newest one only rounds (401,8 then 402 mnkr) stays current:
-- a precise figure is never replaced by a rounded statement of it
precise_older as (
    {% call qualify("row_number() over (
        partition by ranked.statement_key
        order by ranked.report_rank, ranked.rounding, ranked.any_verified desc, ranked.source_line, ranked.fact_key
    ) = 1") %}
    select ranked.statement_key, ranked.fact_key
    from ranked
    inner join newest_best on ranked.statement_key = newest_best.statement_key
    where ranked.report_rank > 1
        and not ranked.is_row_unresolved
        and ranked.rounding < newest_best.rounding
        and abs(ranked.value - newest_best.value) <= newest_best.rounding + 1e-9
    {% endcall %}
),

current_facts as (
    select coalesce(precise_older.fact_key, newest_best.fact_key) as fact_key
    from newest_best
    left join precise_older on newest_best.statement_key = precise_older.statement_key
),

final as (
    select
        statements.fact_key,
        statements.report_file,
        documents.region_code,
        statements.org_unit_key,
        -- a fact of the report as a whole whose text names no unit of its own: the region's name (the
        -- contract's "the report's own unit"); a text with no region keeps the name empty
        case when statements.org_unit_name = '' and documents.region_code <> '' then statements.org_unit_canonical_name
            else statements.org_unit_name end as org_unit_name,
        statements.period_start,
        statements.period_end,
        metrics.domain,
        statements.metric_code,
        statements.measure,
        statements.breakdown,
        statements.value,
        statements.unit,
        statements.rounding,
        statements.source_line,
        statements.source_quote,
        statements.fact_source,
        statements.sources,
        statements.any_verified as is_verified,
        statements.is_row_unresolved as row_label_unresolved,
        statements.verification,
        statements.n_values > 1 as has_conflict,
        case
            when statements.n_values = 1 then null
            when statements.fact_key = statements.min_fact_key then statements.max_fact_key
            else statements.min_fact_key
        end as conflicts_with_fact_key,
        case
            when statements.n_values = 1 then null
            when statements.max_value - statements.min_value
                <= 0.005 * greatest(abs(statements.max_value), abs(statements.min_value)) then 'rounding'
            else 'disagreement'
        end as conflict_kind,
        current_facts.fact_key is not null as is_current,
        -- the statement across reports (org unit, metric, measure, breakdown, period): what is_current is one of
        statements.statement_key
    from with_conflicts as statements
    inner join documents on statements.report_file = documents.report_file
    inner join metrics on statements.metric_code = metrics.metric_code
    left join current_facts on statements.fact_key = current_facts.fact_key
)

select * from final
