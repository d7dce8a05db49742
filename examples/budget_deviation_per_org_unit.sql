-- Budget deviation per org unit: the result (resultat) against budget for every org unit and
-- period. budget_deviation is the deviation the report states, else actual minus budget
-- (deviation_source says which); positive is better than budget (överskott).
-- columns: region_code, region_name, org_unit_name, period_start, period_end, actual, budget, budget_deviation, deviation_source, report_files
with results as (
    select *
    from marts.fct_costs
    where metric_code = 'resultat'
      and measure in ('actual', 'budget', 'budget_deviation')
      and is_current
      and breakdown = ''  -- the wholes; a part (sex=kvinnor) is not a unit's total
),

pivoted as (
    select
        region_code,
        org_unit_name,
        period_start,
        period_end,
        max(value) filter (where measure = 'actual') as actual,
        max(value) filter (where measure = 'budget') as budget,
        max(value) filter (where measure = 'budget_deviation') as stated_deviation,
        string_agg(distinct report_file, ', ' order by report_file) as report_files
    from results
    group by region_code, org_unit_name, period_start, period_end
)

select
    pivoted.region_code,
    r.region_name,
    pivoted.org_unit_name,
    pivoted.period_start,
    pivoted.period_end,
    pivoted.actual,
    pivoted.budget,
    coalesce(pivoted.stated_deviation, pivoted.actual - pivoted.budget) as budget_deviation,
    case when pivoted.stated_deviation is not null then 'stated' else 'computed' end as deviation_source,
    pivoted.report_files
from pivoted
left join marts.dim_region as r on r.region_code = pivoted.region_code
where pivoted.stated_deviation is not null
   or (pivoted.actual is not null and pivoted.budget is not null)
order by pivoted.region_code, pivoted.period_end, budget_deviation
