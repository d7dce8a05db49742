-- Worked time (årsarbetare) against production: for each org unit and period that states both,
-- every actual production count beside the årsarbetare, and production per årsarbetare.
-- columns: region_code, org_unit_name, period_start, period_end, metric_code, production, unit, arsarbetare, production_per_arsarbetare, production_report, arsarbetare_report
with fte as (
    select region_code, org_unit_name, period_start, period_end, value, report_file
    from marts.fct_worked_time
    where metric_code = 'arsarbetare' and measure = 'actual' and is_current and breakdown = ''
),

production as (
    select region_code, org_unit_name, period_start, period_end, metric_code, value, unit, report_file
    from marts.fct_production
    where measure = 'actual' and unit in ('count', 'hours') and is_current and breakdown = ''
)

select
    production.region_code,
    production.org_unit_name,
    production.period_start,
    production.period_end,
    production.metric_code,
    production.value as production,
    production.unit,
    fte.value as arsarbetare,
    cast(round(cast(production.value / nullif(fte.value, 0) as numeric(18, 6)), 2) as double precision)
        as production_per_arsarbetare,
    production.report_file as production_report,
    fte.report_file as arsarbetare_report
from production
join fte
  on fte.region_code is not distinct from production.region_code
 and fte.org_unit_name = production.org_unit_name
 and fte.period_start = production.period_start
 and fte.period_end = production.period_end
order by production.region_code, production.org_unit_name, production.period_end, production.metric_code
