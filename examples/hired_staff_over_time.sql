-- Hired staff (inhyrd personal) over time: its cost, its årsarbetare (all, physicians, nurses),
-- its hours and its share of staff cost, as stated actuals per org unit and period.
-- columns: region_code, org_unit_name, period_start, period_end, period_label, domain, metric_code, metric_name, value, unit, report_file, source_line
select
    f.region_code,
    f.org_unit_name,
    f.period_start,
    f.period_end,
    coalesce(p.period_label, f.period_key) as period_label,
    f.domain,
    f.metric_code,
    m.name_sv as metric_name,
    f.value,
    f.unit,
    f.report_file,
    f.source_line
from marts.fct_report_facts as f
left join marts.dim_metric as m on m.metric_code = f.metric_code
left join marts.dim_period as p on p.period_key = f.period_key
where f.metric_code in ('inhyrd_personal_kostnad', 'inhyrd_personal_andel', 'inhyrda_arsarbetare',
                        'inhyrda_lakare_arsarbetare', 'inhyrda_sjukskoterskor_arsarbetare', 'arbetad_tid_inhyrd')
  and f.measure = 'actual'
  and f.is_current
  and f.breakdown = ''
order by f.region_code, f.org_unit_name, f.metric_code, f.period_end, f.period_start
