{#- Every period a fact or report uses, plus the standard ranges of every year they touch: months,
    year-to-date through each month, tertials, half years, the full year and rolling 12 months.
    period_label is the name analysts use ("T1 2024", "april 2024", "helår 2024"), range_label the
    months ("jan–apr 2024"). -#}
with facts as (
    select * from {{ ref('int_report_facts') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

used as (
    select distinct period_start, period_end from facts
    where period_start is not null
    union
    select distinct period_start, period_end from documents
    where period_start is not null and period_end is not null
),

years as (
    select distinct {{ year_of('period_start') }} as year from used
    union
    select distinct {{ year_of('period_end') }} from used
),

month_starts as (
    select make_date(years.year, month_numbers.month_number, 1) as month_start
    from years
    cross join generate_series(1, 12) as month_numbers (month_number)
),

standard as (
    -- months
    select month_start as period_start, {{ last_day_of('month_start') }} as period_end from month_starts
    union
    -- year to date through each month
    select {{ trunc_date('year', 'month_start') }} as period_start, {{ last_day_of('month_start') }} as period_end
    from month_starts
    union
    -- rolling 12 months ending each month
    select
        cast(month_start - interval '11 month' as date) as period_start,
        {{ last_day_of('month_start') }} as period_end
    from month_starts
    union
    -- tertials
    select month_start as period_start, {{ last_day_of("month_start + interval '3 month'") }} as period_end
    from month_starts
    where {{ month_of('month_start') }} in (1, 5, 9)
    union
    -- half years
    select month_start as period_start, {{ last_day_of("month_start + interval '5 month'") }} as period_end
    from month_starts
    where {{ month_of('month_start') }} in (1, 7)
),

periods as (
    select period_start, period_end, true as is_used from used
    union all
    select period_start, period_end, false as is_used from standard
),

distinct_periods as (
    select
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end,
        bool_or(is_used) as is_used_by_facts
    from periods
    group by cast(period_start as date), cast(period_end as date)
),

final as (
    select
        cast(period_start as varchar) || '..' || cast(period_end as varchar) as period_key,
        period_start,
        period_end,
        {{ period_kind('period_start', 'period_end') }} as period_kind,
        {{ period_label('period_start', 'period_end') }} as period_label,
        {{ period_range_label('period_start', 'period_end') }} as range_label,
        {{ month_of('period_start') }} = 1 and {{ day_of('period_start') }} = 1
        and {{ year_of('period_start') }} = {{ year_of('period_end') }}
            as is_year_to_date,
        {{ year_of('period_end') }} as year,
        {{ months_between('period_start', 'period_end') }} + 1 as n_months,
        is_used_by_facts
    from distinct_periods
)

select * from final
