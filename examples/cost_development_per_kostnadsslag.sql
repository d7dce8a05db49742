-- Cost development per kostnadsslag: the actual amount of every cost type (dim_metric.amount_kind
-- = 'cost') per org unit and period, with the change against the same period a year earlier where
-- the report states it. Periods of different length (T1, helår) are separate rows: compare like
-- with like.
-- columns: region_code, org_unit_name, period_start, period_end, period_label, metric_code, kostnadsslag, actual, stated_change_pct, report_file, source_line
with costs as (
    select f.*, m.name_sv
    from marts.fct_costs as f
    join marts.dim_metric as m on m.metric_code = f.metric_code
    where m.amount_kind = 'cost'
      and f.is_current
      and f.breakdown = ''
),

actuals as (
    select * from costs where measure = 'actual'
),

changes as (
    select region_code, org_unit_name, period_key, metric_code, value as change_pct
    from costs
    where measure = 'change_pct'
)

select
    actuals.region_code,
    actuals.org_unit_name,
    actuals.period_start,
    actuals.period_end,
    coalesce(p.period_label, actuals.period_key) as period_label,
    actuals.metric_code,
    actuals.name_sv as kostnadsslag,
    actuals.value as actual,
    changes.change_pct as stated_change_pct,
    actuals.report_file,
    actuals.source_line
from actuals
left join changes
  on changes.region_code is not distinct from actuals.region_code
 and changes.org_unit_name = actuals.org_unit_name
 and changes.period_key = actuals.period_key
 and changes.metric_code = actuals.metric_code
left join marts.dim_period as p on p.period_key = actuals.period_key
order by actuals.region_code, actuals.org_unit_name, actuals.metric_code, actuals.period_end, actuals.period_start
