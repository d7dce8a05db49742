-- Cost per kostnadsslag against budget: actual, budget and the deviation of every cost type
-- (dim_metric.amount_kind = 'cost') for the same org unit and period.
-- computed_deviation is budget minus actual: positive means under budget (better), the sign
-- the warehouse gives stated budget deviations.
-- columns: region_code, org_unit_name, period_start, period_end, metric_code, kostnadsslag, actual, budget, stated_deviation, computed_deviation, actual_pct_of_budget, report_files
with costs as (
    select f.*, m.name_sv
    from marts.fct_costs as f
    join marts.dim_metric as m on m.metric_code = f.metric_code
    where m.amount_kind = 'cost'
      and f.measure in ('actual', 'budget', 'budget_deviation')
      and f.is_current
      and f.breakdown = ''
),

pivoted as (
    select
        region_code,
        org_unit_name,
        period_start,
        period_end,
        metric_code,
        min(name_sv) as kostnadsslag,  -- one name per metric_code
        max(value) filter (where measure = 'actual') as actual,
        max(value) filter (where measure = 'budget') as budget,
        max(value) filter (where measure = 'budget_deviation') as stated_deviation,
        string_agg(distinct report_file, ', ' order by report_file) as report_files
    from costs
    group by region_code, org_unit_name, period_start, period_end, metric_code
)

select
    region_code,
    org_unit_name,
    period_start,
    period_end,
    metric_code,
    kostnadsslag,
    actual,
    budget,
    stated_deviation,
    budget - actual as computed_deviation,
    -- rounded as numeric: the same on DuckDB and PostgreSQL (which has no round(double, n))
    cast(round(cast(100 * actual / nullif(budget, 0) as numeric(18, 6)), 1) as double precision) as actual_pct_of_budget,
    report_files
from pivoted
where budget is not null or stated_deviation is not null
order by region_code, org_unit_name, period_end, metric_code
