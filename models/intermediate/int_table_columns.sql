{#- Header reading: each column of each table (its header and caption) -> measure and period kind through
    seeds/column_headers.csv (regex, first by priority; a pattern with a caption_pattern only under a caption
    that matches it), and a metric the header itself names (`Resultat 2021 04`).
    A header that names no measure and no period (`VO Närsjukvård Kalix`) is an org unit: such a column
    takes the measure of the table's measure column, its last column that names a measure.
    Where a header leaves open which difference a column is (`Diff`, `Avvikelse`, `Avv mot budget`; the seed's
    arithmetic_decides), the table's own arithmetic decides: a column the loader verified to be column a minus
    column b is the difference the contract defines for their measures (differences), and a bare `Budget` that a
    budget deviation compares with an outcome is the budget of the outcome's period. -#}
{%- set year_pattern = "'(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)'" %}  {#- a header's year #}
{{ config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}") }}

with cells as (
    select * from {{ ref('stg_reports__table_cells') }}
    where value is not null and {{ changed_report('report_file') }}
),

aliases as (
    select * from {{ ref('int_metric_alias_keys') }}
),

-- `<month>` in a header pattern stands for any month's name or abbreviation (seeds/month_names.csv)
month_words as (
    select '(' || string_agg(cast(word as varchar), '|' order by length(cast(word as varchar)) desc, word) || ')'
        as alternation
    from {{ ref('month_names') }}
),

headers as (
    select
        replace(cast(seed.pattern as varchar), '<month>', month_words.alternation) as pattern,
        coalesce(cast(seed.caption_pattern as varchar), '') as caption_pattern,
        coalesce(cast(seed.measure as varchar), '') as measure,
        coalesce(cast(seed.period_kind as varchar), '') as period_kind,
        cast(seed.priority as integer) as priority,
        -- the header names a difference without saying of what (`Diff`, `Avvikelse`, `Avv mot budget`), or a
        -- budget without its period (`Budget`): a difference the table's arithmetic verifies decides (differences)
        lower(cast(seed.arithmetic_decides as varchar)) = 'true' as arithmetic_decides
    from {{ ref('column_headers') }} as seed
    cross join month_words
),

columns_ as (
    select distinct report_file, table_id, column_index, column_header, caption
    from cells
),

-- each distinct header and caption text is matched once: a regex from a column compiles per row pair,
-- which over every column of 500 reports cost half a minute. Headers and captions are matched apart
-- (distinct headers x header patterns, distinct captions x caption patterns), then paired.
header_texts as (
    select texts.*, row_number() over () as text_id
    from (select distinct column_header, caption from columns_) as texts
),

header_hits as (
    select
        texts.column_header,
        headers.*
    from (select distinct column_header from header_texts) as texts
    inner join headers on {{ re_matches("lower(texts.column_header)", "headers.pattern") }}
),

caption_texts as (
    select distinct caption from header_texts
),

caption_patterns as (
    select distinct caption_pattern from headers where caption_pattern <> ''
),

caption_hits as (
    select
        texts.caption,
        patterns.caption_pattern
    from caption_texts as texts
    inner join caption_patterns as patterns
        on {{ re_matches("lower(texts.caption)", "patterns.caption_pattern") }}
),

-- the patterns a header and caption pair matches: its header's, when the pattern names no caption or
-- the caption matches it
header_candidates as (
    select
        header_texts.text_id,
        header_hits.measure,
        header_hits.period_kind,
        header_hits.priority,
        header_hits.arithmetic_decides
    from header_texts
    inner join header_hits on header_texts.column_header = header_hits.column_header
    left join caption_hits
        on header_texts.caption = caption_hits.caption
        and header_hits.caption_pattern = caption_hits.caption_pattern
    where header_hits.caption_pattern = '' or caption_hits.caption is not null
),

header_match as (
    {% call qualify("row_number() over (
        partition by header_texts.column_header, header_texts.caption
        order by header_candidates.priority nulls last, header_candidates.measure, header_candidates.period_kind
    ) = 1") %}
    select
        header_texts.column_header,
        header_texts.caption,
        header_candidates.text_id is not null as is_matched,
        header_candidates.measure,
        header_candidates.period_kind,
        coalesce(header_candidates.arithmetic_decides, false) as arithmetic_decides
    from header_texts
    left join header_candidates on header_texts.text_id = header_candidates.text_id
    {% endcall %}
),

-- a metric named in a column's own header (`Resultat 2021 04`, `Prognos årsresultat 2021`)
column_header_keys as (
    select distinct
        column_header,
        ' ' || {{ normalize_label('column_header') }} || ' ' as header_key
    from columns_
),

column_header_metric as (
    {% call qualify("row_number() over (
        partition by column_header_keys.column_header
        order by length(aliases.alias_key) desc, aliases.metric_code
    ) = 1") %}
    select
        column_header_keys.column_header,
        aliases.metric_code
    from column_header_keys
    inner join aliases on position(' ' || aliases.alias_key in column_header_keys.header_key) > 0
    {% endcall %}
),

column_match as (
    select
        columns_.*,
        header_match.is_matched,
        header_match.measure,
        header_match.period_kind,
        header_match.arithmetic_decides,
        -- a header that names no measure and no period, a year, a percent or an outcome/budget word
        -- (nor a metric: `Årsarbetare` heads a column of that metric, no org unit)
        not header_match.is_matched and columns_.column_header <> ''
            and not {{ re_matches("lower(columns_.column_header)",
                "'(19|20)[0-9]{2}|%|\\b(utf|utfall|bud|budget|prognos|bokslut|mål|avv|avvikelse|förändring|diff|ack|helår)\\b'") }}
            and named_metric.metric_code is null
            as names_no_measure
    from columns_
    inner join header_match
        on {{ null_safe_equals('columns_.column_header', 'header_match.column_header') }}
        and {{ null_safe_equals('columns_.caption', 'header_match.caption') }}
    left join column_header_metric as named_metric on columns_.column_header = named_metric.column_header
),

-- the measure column of a table with org-unit columns: its last column that names a measure
table_measure as (
    select
        report_file,
        table_id,
        {{ arg_max_of('column_header', 'column_index', "is_matched and measure <> ''") }} as measure_header,
        {{ arg_max_of('measure', 'column_index', "is_matched and measure <> ''") }} as table_measure,
        {{ arg_max_of('period_kind', 'column_index', "is_matched and measure <> ''") }} as table_period_kind,
        count(*) filter (where names_no_measure) as n_dimension_columns
    from column_match
    group by report_file, table_id
),

-- two columns under the same outcome header that names no year (`Ack utfall Ack utfall Avvikelse mot budget`, the
-- period codes under them flattened out of order): a Swedish result statement prints this year's outcome first,
-- then the same period a year before; the second of exactly two such columns is the year before. A table where
-- any other header repeats (`Utfall Budget Avvikelse Utfall Budget Avvikelse`: two panels, month and year to date)
-- is no such statement, nor is a table with a column of a forecast, a target or the full year (`Utfall Budget Utfall
-- Prognos`: a month panel, then the year to date and its forecast)
panel_tables as (
    select distinct report_file, table_id
    from column_match
    where is_matched and (measure in ('forecast', 'forecast_deviation', 'target') or period_kind = 'year')
),

header_counts as (
    select
        report_file,
        table_id,
        lower(trim(column_header)) as header_key,
        count(*) as n_columns,
        max(column_index) as second_index
    from columns_
    where column_header <> '' and not {{ re_matches("column_header", "'(19|20)[0-9]{2}'") }}
    group by report_file, table_id, lower(trim(column_header))
),

repeated_headers as (
    select
        report_file,
        table_id,
        max(header_key) as header_key,
        max(second_index) as second_index
    from header_counts
    where n_columns > 1
        and not exists (
            select 1 from panel_tables
            where panel_tables.report_file = header_counts.report_file
                and panel_tables.table_id = header_counts.table_id
        )
    group by report_file, table_id
    having count(*) = 1 and max(n_columns) = 2
),

-- the table's arithmetic: column j is column a minus column b (the loader's check `c3 = c1-c2` on the cells of
-- column j; a cell's check names at most one relation with the cell's column as its result, among up to three)
cell_differences as (
    {%- for skipped in range(3) %}
    {%- set relation = "'^(?:[^;]*; ){" ~ skipped ~ "}(?:row reading chosen by )?"
        ~ "c([0-9]+) = c([0-9]+)-c([0-9]+)(?:;|$)'" %}
    {% if not loop.first %}union all{% endif %}
    select
        report_file,
        table_id,
        column_index,
        line,
        {{ try_cast_to(re_extract("verification", relation, 2), 'integer') }} - 1 as a_index,
        {{ try_cast_to(re_extract("verification", relation, 3), 'integer') }} - 1 as b_index
    from cells
    where {{ try_cast_to(re_extract("verification", relation, 1), 'integer') }}
        = column_index + 1
    {%- endfor %}
),

column_rows as (
    select report_file, table_id, column_index, count(distinct line) as n_rows
    from cells
    group by report_file, table_id, column_index
),

-- a difference that holds on more than half of the rows of its column
verified_differences as (
    select
        cell_differences.report_file,
        cell_differences.table_id,
        cell_differences.column_index,
        cell_differences.a_index,
        cell_differences.b_index
    from cell_differences
    inner join column_rows
        on cell_differences.report_file = column_rows.report_file
        and cell_differences.table_id = column_rows.table_id
        and cell_differences.column_index = column_rows.column_index
    group by
        cell_differences.report_file, cell_differences.table_id, cell_differences.column_index,
        cell_differences.a_index, cell_differences.b_index, column_rows.n_rows
    having count(distinct cell_differences.line) * 2 > column_rows.n_rows
),

-- what the difference of two columns is, by the contract's definitions, from what their headers name: outcome and
-- budget of one period (in either order: a cost table prints budget minus outcome, better than budget positive) a
-- budget deviation of that period; forecast and budget a forecast deviation of the year; an outcome minus the
-- outcome of the period before (`fg år`, or a header year one less) a change of the later period.
-- `dated_period_kind`, `dated_header`: the period and header of the part whose period the difference covers. Parts
-- of no such pair decide nothing.
differences as (
    select
        verified_differences.*,
        case
            when a_col.measure = 'actual' and b_col.measure = 'budget' then 'budget_deviation'
            when a_col.measure = 'budget' and b_col.measure = 'actual' then 'budget_deviation'
            when a_col.measure = 'forecast' and b_col.measure = 'budget' then 'forecast_deviation'
            when a_col.measure = 'budget' and b_col.measure = 'forecast' then 'forecast_deviation'
            when a_col.measure = 'actual' and b_col.measure = 'actual'
                and (
                    (a_col.period_kind in ('ytd', 'year') and b_col.period_kind = a_col.period_kind || '_prev')
                    or (a_col.period_kind = b_col.period_kind
                        and {{ try_cast_to(re_extract("a_col.column_header", year_pattern, 1), 'integer') }}
                        = {{ try_cast_to(re_extract("b_col.column_header", year_pattern, 1), 'integer') }} + 1)
                )
                then 'change_abs'
        end as measure,
        case
            when b_col.measure in ('actual', 'forecast') and a_col.measure = 'budget' then b_col.period_kind
            else a_col.period_kind
        end as dated_period_kind,
        case
            when b_col.measure in ('actual', 'forecast') and a_col.measure = 'budget' then b_col.column_header
            else a_col.column_header
        end as dated_header,
        case
            when a_col.measure = 'budget' then a_col.column_index
            when b_col.measure = 'budget' then b_col.column_index
        end as budget_index,
        -- which way the deviation was taken: the budget subtracted (`Utfall - Budget`) or subtracted from
        case
            when b_col.measure = 'budget' then 'budget_last'
            when a_col.measure = 'budget' then 'budget_first'
        end as deviation_order
    from verified_differences
    inner join column_match as a_col
        on verified_differences.report_file = a_col.report_file
        and verified_differences.table_id = a_col.table_id
        and verified_differences.a_index = a_col.column_index
    inner join column_match as b_col
        on verified_differences.report_file = b_col.report_file
        and verified_differences.table_id = b_col.table_id
        and verified_differences.b_index = b_col.column_index
),

-- a difference column whose header leaves open what it is takes the measure and period its parts define; a budget
-- column whose header names no period of its own takes the period of the part a budget deviation compares it with
-- (`Utfall  Budget  Diff`: the budget of the outcome's months, not the year's)
decided as (
    select
        differences.report_file,
        differences.table_id,
        differences.column_index,
        differences.measure,
        case when differences.measure = 'forecast_deviation' then 'year' else differences.dated_period_kind end
            as period_kind,
        differences.dated_header as measure_text,
        differences.deviation_order
    from differences
    inner join column_match as own
        on differences.report_file = own.report_file
        and differences.table_id = own.table_id
        and differences.column_index = own.column_index
    where differences.measure is not null and own.arithmetic_decides
    union all
    select
        differences.report_file,
        differences.table_id,
        differences.budget_index as column_index,
        'budget' as measure,
        differences.dated_period_kind as period_kind,
        null as measure_text,
        null as deviation_order
    from differences
    inner join column_match as budget_col
        on differences.report_file = budget_col.report_file
        and differences.table_id = budget_col.table_id
        and differences.budget_index = budget_col.column_index
    where differences.measure = 'budget_deviation' and budget_col.arithmetic_decides
        and differences.dated_period_kind in ('ytd', 'year')
),

-- one decision a column (a column that is the budget of two deviations of different periods is left as its header says)
decided_once as (
    select report_file, table_id, column_index, max(measure) as measure, max(period_kind) as period_kind,
        max(measure_text) as measure_text,
        max(deviation_order) as deviation_order
    from decided
    group by report_file, table_id, column_index
    having count(distinct measure || '/' || period_kind) = 1
),

-- the outcome a change compares: the table's outcome column (not last year's) with the latest year in its header
-- (`Jan-apr 2024` of `Jan-apr 2024  Jan-apr 2023  Förändring %`); of two with that year (`Utfall 2021 04  Utfall
-- 2020 04  Nettokostnadsutveckling (%)  Resultat 2021 04`) the first, so every build picks the same one
table_outcome as (
    select
        report_file,
        table_id,
        {{ arg_max_of('column_header',
            try_cast_to(re_extract("column_header", year_pattern, 1), 'integer') ~ ' * 1000 - column_index',
            "is_matched and measure = 'actual' and period_kind in ('ytd', 'year') and "
            ~ re_matches("column_header", year_pattern)) }} as outcome_header
    from column_match
    group by report_file, table_id
),

final as (
    select
        column_match.report_file,
        column_match.table_id,
        column_match.column_index,
        -- a header that names no measure and no period (`VO Närsjukvård Kalix`) is an org unit
        column_match.names_no_measure and table_measure.table_measure is not null as is_org_column,
        -- a header that names a measure word no pattern knows (`Avvikelse` alone) takes no measure: the table's
        -- measure is for org-unit columns only, never a guess for a column of its own
        case
            when decided_once.measure is not null then decided_once.measure
            when column_match.is_matched then column_match.measure
            when column_match.names_no_measure then table_measure.table_measure
        end as measure,
        case
            when decided_once.measure is not null then decided_once.period_kind
            when column_match.is_matched and repeated_headers.second_index = column_match.column_index
                and column_match.measure = 'actual' and column_match.period_kind in ('ytd', 'year')
                then column_match.period_kind || '_prev'
            when column_match.is_matched then column_match.period_kind
            when column_match.names_no_measure then table_measure.table_period_kind
        end as period_kind,
        case
            when decided_once.measure_text is not null then decided_once.measure_text
            -- a change whose header names no year (`Förändring %`) is the change of the outcome it compares: its
            -- period is that outcome's, not the report's (a table of January-April in an annual report)
            when column_match.is_matched and column_match.measure in ('change_abs', 'change_pct', 'change_pp')
                and not {{ re_matches("column_match.column_header", year_pattern) }}
                and table_outcome.outcome_header is not null
                then table_outcome.outcome_header
            when column_match.is_matched then column_match.column_header
            else table_measure.measure_header
        end as measure_text,
        table_measure.measure_header,
        -- a deviation the arithmetic decided: 'budget_last' (outcome or forecast minus budget) or 'budget_first'
        decided_once.deviation_order,
        table_measure.n_dimension_columns,
        column_header_metric.metric_code as column_metric_code
    from column_match
    inner join table_measure
        on column_match.report_file = table_measure.report_file
        and column_match.table_id = table_measure.table_id
    left join table_outcome
        on column_match.report_file = table_outcome.report_file
        and column_match.table_id = table_outcome.table_id
    left join column_header_metric on column_match.column_header = column_header_metric.column_header
    left join repeated_headers
        on column_match.report_file = repeated_headers.report_file
        and column_match.table_id = repeated_headers.table_id
        and lower(trim(column_match.column_header)) = repeated_headers.header_key
    left join decided_once
        on column_match.report_file = decided_once.report_file
        and column_match.table_id = decided_once.table_id
        and column_match.column_index = decided_once.column_index
)

select * from final
