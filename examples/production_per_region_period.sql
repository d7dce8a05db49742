-- Production per region and period: every current actual production figure, per org unit.
-- Org units are not summed: a report may state a whole and its parts (a division and its
-- clinics), and periods of different length (T1, ack augusti, helår) are kept apart.
-- columns: region_code, region_name, org_unit_name, period_start, period_end, period_label, metric_code, metric_name, value, unit, report_file, source_line
select
    f.region_code,
    r.region_name,
    f.org_unit_name,
    f.period_start,
    f.period_end,
    coalesce(p.period_label, f.period_key) as period_label,
    f.metric_code,
    m.name_sv as metric_name,
    f.value,
    f.unit,
    f.report_file,
    f.source_line
from marts.fct_production as f
left join marts.dim_region as r on r.region_code = f.region_code
left join marts.dim_metric as m on m.metric_code = f.metric_code
left join marts.dim_period as p on p.period_key = f.period_key
where f.measure = 'actual'
  and f.is_current
  and f.breakdown = ''
order by f.region_code, f.org_unit_name, f.metric_code, f.period_end, f.period_start
