-- Where two reports disagree: the same org unit, metric, measure, breakdown and period stated by two
-- reports with different values (a later report restating, or correcting, an earlier one). Each report
-- speaks with its most precise statement (a rounded figure printed elsewhere in it is the same statement);
-- a pair is listed once, and only where the two differ by more than the rounding of the less precise one.
-- columns: region_code, org_unit_name, period_start, period_end, metric_code, measure, breakdown, unit, report_a, value_a, line_a, report_b, value_b, line_b, difference, current_report
-- Only keys stated by two reports or more can disagree: ranking those alone keeps the window small. The mart's
-- statement_key stands for the six columns of the key (org unit, metric, measure, breakdown, period): grouping,
-- ranking and joining on one column instead of six (at 500 reports, best of 7 at a load of 6-8: 182-211 ->
-- 154-156 ms of CPU, the same rows; benchmarks/README.md, session 20).
with keys as (
    select statement_key
    from marts.fct_report_facts
    where not row_label_unresolved
    group by statement_key
    having count(distinct report_file) > 1
),

ranked as (
    select
        f.statement_key, f.region_code, f.org_unit_key, f.metric_code, f.measure, f.breakdown, f.period_start, f.period_end,
        f.unit, f.report_file, f.value, f.source_line, f.rounding, f.is_current,
        row_number() over (
            partition by f.report_file, f.statement_key
            order by f.is_current desc, f.rounding, f.is_verified desc, f.source_line, f.fact_key
        ) as statement_rank
    from marts.fct_report_facts as f
    join keys using (statement_key)
    where not f.row_label_unresolved
),

-- (a subquery, not qualify: the same SQL runs on DuckDB and PostgreSQL)
best as (
    select * from ranked where statement_rank = 1
)

select
    a.region_code,
    u.org_unit_name,
    a.period_start,
    a.period_end,
    a.metric_code,
    a.measure,
    a.breakdown,
    a.unit,
    a.report_file as report_a,
    a.value as value_a,
    a.source_line as line_a,
    b.report_file as report_b,
    b.value as value_b,
    b.source_line as line_b,
    b.value - a.value as difference,
    case when b.is_current then b.report_file when a.is_current then a.report_file end as current_report
from best as a
join best as b
  on a.statement_key = b.statement_key
 and a.report_file < b.report_file
left join marts.dim_org_unit as u on u.org_unit_key = a.org_unit_key
where abs(a.value - b.value) > greatest(a.rounding, b.rounding) + 1e-9
order by a.region_code, u.org_unit_name, a.metric_code, a.measure, a.period_end
