{#- Every period a fact or report uses, with the label analysts read, plus a month calendar
    for the years they span. -#}
with facts as (
    select * from {{ ref('int_report_facts') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

used as (
    select distinct period_start, period_end from facts
    union
    select distinct period_start, period_end from documents where period_start is not null
),

years as (
    select distinct year(period_start) as year from used
    union
    select distinct year(period_end) from used
),

months as (
    select
        make_date(years.year, month_number, 1) as period_start,
        last_day(make_date(years.year, month_number, 1)) as period_end
    from years
    cross join range(1, 13) as months(month_number)
),

periods as (
    select period_start, period_end from used
    union
    select period_start, period_end from months
),

final as (
    select
        cast(period_start as varchar) || '..' || cast(period_end as varchar) as period_key,
        period_start,
        period_end,
        {{ period_kind('period_start', 'period_end') }} as period_kind,
        {{ period_label('period_start', 'period_end') }} as period_label,
        year(period_end) as year,
        date_diff('month', period_start, period_end) + 1 as n_months
    from periods
)

select * from final
