{#- Values whose size no report can mean (seeds/plausible_ranges.csv: 10^31 tkr is a misread, not a
    cost): kept in raw, listed here with the range they break, and left out of int_report_facts and the
    marts. The build prints one warning line per row, naming report and line. -#}
with table_facts as (
    select * from {{ ref('int_table_facts') }}
),

prose_facts as (
    select * from {{ ref('int_prose_facts') }}
),

plausible_ranges as (
    select * from {{ ref('plausible_ranges') }}
),

unioned as (
    select fact_source, source_id, report_file, source_line, source_quote, metric_code, measure, value, unit
    from table_facts
    union all
    select fact_source, source_id, report_file, source_line, source_quote, metric_code, measure, value, unit
    from prose_facts
),

bounded as (
    select
        unioned.*,
        {{ plausible_min() }} as min_value,
        {{ plausible_max() }} as max_value,
        coalesce(own_range.why, unit_range.why) as why,
        {{ is_plausible('unioned') }} as is_plausible
    from unioned
    {{ plausible_range_joins('unioned') }}
    where unioned.value is not null
),

final as (
    select
        bounded.fact_source,
        bounded.source_id,
        bounded.report_file,
        bounded.source_line,
        bounded.source_quote,
        bounded.metric_code,
        bounded.measure,
        bounded.value,
        bounded.unit,
        bounded.min_value,
        bounded.max_value,
        'implausible size: ' || cast(bounded.value as varchar) || ' ' || bounded.unit || ' is outside '
            || cast(bounded.min_value as varchar) || '..' || cast(bounded.max_value as varchar)
            || ' (' || bounded.why || ')' as reason
    from bounded
    where not bounded.is_plausible
)

select * from final
