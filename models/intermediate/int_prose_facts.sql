{#- Prose facts -> facts: units to canonical (unit_factors), signs per contract, and the
    report's own org unit where the sentence names no other. -#}
{{ config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}") }}

with prose as (
    select * from {{ ref('stg_reports__prose_facts') }}
    where {{ changed_report('report_file') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

metrics as (
    select * from {{ ref('metrics') }}
),

units as (
    select * from {{ ref('unit_factors') }}
),

breakdowns as (
    select * from {{ ref('int_breakdown_labels') }}
),

-- a staff category's figure of a metric counted per category is that category's sibling metric, a whole of its
-- own (`Läkare ... ( -1 åa bemanningsföretag)`: inhyrda_lakare_arsarbetare; macros/staff_siblings.sql)
staff_siblings as (
    {{ staff_siblings('select distinct breakdown from breakdowns') }}
),

final as (
    select
        'prose' as fact_source,
        prose.prose_fact_id as source_id,
        prose.report_file,
        coalesce(prose.org_unit, documents.org_unit, '') as org_unit_name,
        -- a fact above the line where the text first names its year is undated (loaders/undated.py)
        case
            when coalesce(prose.period_evidence, '') not like 'undated%'
                then coalesce(prose.period_start, documents.period_start)
        end as period_start,
        case
            when coalesce(prose.period_evidence, '') not like 'undated%'
                then coalesce(prose.period_end, documents.period_end)
        end as period_end,
        coalesce(staff_siblings.sibling_code, prose.metric_code) as metric_code,
        prose.measure,
        case when staff_siblings.sibling_code is null then coalesce(breakdowns.breakdown, '') else '' end
            as breakdown,
        {{ canonical_value(
            'prose.value',
            'case when prose.measure in (\'change_pct\', \'change_pp\') then 1 else coalesce(units.factor, 1) end',
            'metrics.amount_kind',
            'prose.measure'
        ) }} as value,
        {{ canonical_unit('metrics.canonical_unit', 'prose.measure', 'units.canonical_unit') }} as unit,
        prose.line as source_line,
        prose.quote as source_quote,
        false as is_verified,
        concat_ws('; ',
            case when prose.is_approximate then 'approximate in text' else 'stated in text' end,
            case when prose.sign_word <> '' then 'sign: ' || prose.sign_word end,
            case when prose.carried_metric then 'metric from the previous sentence' end,
            'period: ' || prose.period_evidence
        ) as verification
    from prose
    inner join documents on prose.report_file = documents.report_file
    inner join metrics on prose.metric_code = metrics.metric_code
    left join units on prose.unit_raw = units.unit_raw
    left join breakdowns on prose.breakdown_label = breakdowns.label
    left join staff_siblings
        on prose.metric_code = staff_siblings.metric_code and breakdowns.breakdown = staff_siblings.breakdown
    -- a part the breakdown seed does not know is no fact: never stored as the whole
    where coalesce(prose.breakdown_label, '') = '' or breakdowns.breakdown is not null
)

select * from final
