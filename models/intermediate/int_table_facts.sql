{#- Table cells -> facts, from what the steps before read (each a model of its own):
    int_table_cell_labels   the metric a row label names (seeds/metric_aliases.csv), breakdown rows and their parent
    int_table_columns       a column header's measure and period kind (seeds/column_headers.csv), org-unit columns
    int_table_context       the table's own metric and how many of its labels name a metric
    int_table_captions      the org unit a caption names after a dash, or by the word it adds to a sibling caption
    Here the cell is placed: its metric (in a table whose rows are activities or org units, the table's own,
    and the row becomes the org unit), its org unit, its period (relative to the report's period; a year,
    year-month or month in the header or caption overrides; `1 mån släp` in the row label or caption moves the
    end one month back), its sign and its unit (the table's unit through seeds/unit_factors.csv; a money table
    said to be in tkr whose amounts are all below 1 000 sums like mnkr: flagged and kept out of the facts). -#}
{{ config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}") }}

with cells as (
    select * from {{ ref('int_table_cell_labels') }}
    where {{ changed_report('report_file') }}
),

columns_ as (
    select * from {{ ref('int_table_columns') }}
    where {{ changed_report('report_file') }}
),

tables_ as (
    select * from {{ ref('int_table_context') }}
    where {{ changed_report('report_file') }}
),

captions as (
    select * from {{ ref('int_table_captions') }}
    where {{ changed_report('report_file') }}
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

regions as (
    select * from {{ ref('regions') }}
),

metrics as (
    select * from {{ ref('metrics') }}
),

units as (
    select * from {{ ref('unit_factors') }}
),

-- a row naming a kind of the table's own metric (`Slutenvård`, `Dagkirurgi` under `Operationer`): the metric whose
-- alias is the table's metric and the row's words (`Operationer slutenvård`), in the same unit; such a row is a
-- part of the whole, not an org unit (an operations table to September against plan and one per tertial)
kind_metrics as (
    {% call qualify("row_number() over (
        partition by kinds.ctx_metric_code, kinds.row_label_key2 order by kind.metric_code
    ) = 1") %}
    select
        kinds.ctx_metric_code,
        kinds.row_label_key2,
        kind.metric_code as kind_metric_code
    from (
        select distinct tables_.ctx_metric_code, cells.row_label_key2
        from cells
        inner join tables_ on cells.report_file = tables_.report_file and cells.table_id = tables_.table_id
        where tables_.ctx_metric_code is not null and cells.row_metric_code is null and cells.row_label_key2 <> ''
    ) as kinds
    inner join {{ ref('int_metric_alias_keys') }} as whole on kinds.ctx_metric_code = whole.metric_code
    inner join {{ ref('int_metric_alias_keys') }} as kind
        on kind.alias_key = whole.alias_key || ' ' || kinds.row_label_key2
        and kind.metric_code <> whole.metric_code
    inner join metrics as whole_metrics on whole.metric_code = whole_metrics.metric_code
    inner join metrics as kind_metrics_ on kind.metric_code = kind_metrics_.metric_code
    where kind_metrics_.canonical_unit = whole_metrics.canonical_unit
    {% endcall %}
),

resolved as (
    select
        cells.*,
        kind_metrics.kind_metric_code,
        columns_.is_org_column,
        columns_.measure as header_measure,
        columns_.period_kind,
        columns_.measure_text,
        columns_.deviation_order,
        columns_.n_dimension_columns,
        coalesce(columns_.column_metric_code, tables_.ctx_metric_code) as ctx_metric_code,
        columns_.column_metric_code,
        case when columns_.column_metric_code is not null then 'column header'
            else tables_.ctx_source end as ctx_source,
        tables_.max_amount,
        -- rows are org units / activities when few labels (under 30 %) name a metric and the table names one, or
        -- the cell's column does (`Förvaltning  Årsarbetare  Sjukfrånvaro %`: a column per metric, a row per unit)
        coalesce(columns_.column_metric_code, tables_.ctx_metric_code) is not null
            and (tables_.n_labelled = 0 or tables_.n_mapped * 10 < tables_.n_labelled * 3)
            and kind_metrics.kind_metric_code is null
            -- (under columns of metrics a row naming a month or a year is a period, no unit: not read as one)
            and not (tables_.ctx_metric_code is null and columns_.column_metric_code is not null
                and ({{ month_in('lower(cells.row_label)') }} is not null
                    or {{ re_matches('cells.row_label', "'^\\s*(19|20)[0-9]{2}\\s*$'") }}))
            as is_org_rows,
        captions.caption_org_unit,
        -- a label column headed by an org level (`Område diagnostik och MT`, `Enhet`, `Klinik`): rows are units (a
        -- unit may be named like its activity: `Radiologi`); `Verksamhet` names the activity as well as the unit, so
        -- under it rows are units only where most labels name no metric (not `Läkarbesök`, `Vårdtillfällen`)
        ({{ re_matches("lower(cells.label_header)", "'^(område|enhet|klinik|vårdenhet|division|vo)\\b'") }}
            or ({{ re_matches("lower(cells.label_header)", "'^verksamhet\\b'") }}
                and not (tables_.n_labelled > 0 and tables_.n_mapped * 2 > tables_.n_labelled)))
            as is_unit_rows,
        -- a gender or age group breaks the table's unit down; it is no org unit
        cells.breakdown is not null
            or ({{ re_matches("cells.row_label", "'[0-9]'") }}
                and {{ re_matches("lower(cells.row_label)", "'(^|\\s)år(\\s|$|-|–)'") }})
            as is_breakdown_row,
        -- rows of kinds or categories (`Investeringskategori`, `Typ av investering`): a breakdown with no place in
        -- the contract (org unit is the only dimension); only the table's total becomes a fact
        {{ re_matches("lower(cells.label_header || ' ' || cells.caption)", "'kategori|\\btyp av\\b'") }}
            as is_category_table,
        {{ re_matches("cells.row_label", "'^\\s*(totalt|total|summa|samtliga)\\b'", 'i') }} as is_total_row,
        {{ re_matches("cells.row_label", "'^\\s*[-–]?\\s*varav\\b'", 'i') }} as is_varav_row,
        -- `Totalt`, `Summa`, `Totalt utfall` is the whole table; `Summa Akutsjukvård` is a subtotal of one unit
        {{ re_matches("cells.row_label",
            "'^\\s*(totalt|total|summa|samtliga)"
            ~ "(\\s+(totalt|utfall|verksamheten|divisionen|division|förvaltningen|förvaltning))?\\s*:?\\s*$'",
            'i') }}
            as is_grand_total_row
    from cells
    inner join columns_
        on cells.report_file = columns_.report_file
        and cells.table_id = columns_.table_id
        and cells.column_index = columns_.column_index
    inner join tables_
        on cells.report_file = tables_.report_file and cells.table_id = tables_.table_id
    left join captions
        on cells.report_file = captions.report_file and {{ null_safe_equals('cells.caption', 'captions.caption') }}
    left join kind_metrics
        on tables_.ctx_metric_code = kind_metrics.ctx_metric_code
        and cells.row_label_key2 = kind_metrics.row_label_key2
),

-- the period parts of each distinct header / label / caption text, computed once (24 month regexes a cell
-- cost seconds over 500 reports)
period_texts as (
    select
        resolved.measure_text,
        resolved.row_label,
        resolved.caption,
        -- the period: a year / year-month / month in the header or caption wins over the report's
        coalesce(
            -- a change between two years (`Procentuell förändring 2023–2024`, `Diff 2021 - 2020`) is the later one's
            greatest(
                {{ try_cast_to(
                    "nullif(" ~ re_extract(
                        "resolved.measure_text", "'((?:19|20)[0-9]{2})\\s*[-–]\\s*(?:19|20)[0-9]{2}(?:[^0-9]|$)'", 1
                    ) ~ ", '')",
                    'integer'
                ) }},
                {{ try_cast_to(
                    "nullif(" ~ re_extract(
                        "resolved.measure_text", "'(?:19|20)[0-9]{2}\\s*[-–]\\s*((?:19|20)[0-9]{2})(?:[^0-9]|$)'", 1
                    ) ~ ", '')",
                    'integer'
                ) }}
            ),
            {{ try_cast_to(re_extract("resolved.measure_text", "'(?:^|[^0-9])((?:19|20)[0-9]{2})'", 1), 'integer') }},
            -- two digits before or after a month (`Utfall 22 jan-april`, `Tom april -21`) are a year
            2000 + {{ try_cast_to(
                "nullif(" ~ re_extract(
                    "lower(resolved.measure_text)",
                    "'(?:^|\\s)([0-9]{2})\\s+" ~ month_start() ~ "'",
                    1
                ) ~ ", '')",
                'integer'
            ) }},
            2000 + {{ try_cast_to(
                "nullif(" ~ re_extract(
                    "lower(resolved.measure_text)",
                    "'" ~ month_start() ~ "[a-zåäö]*\\s*[-–]\\s*([0-9]{2})\\s*$'",
                    1
                ) ~ ", '')",
                'integer'
            ) }}
        ) as header_year,
        coalesce(
            {{ try_cast_to(
                "nullif(" ~ re_extract("resolved.measure_text", "'(?:19|20)[0-9]{2}[ -]?(0[1-9]|1[0-2])(?:[^0-9]|$)'", 1)
                ~ ", '')",
                'integer'
            ) }},
            -- a range of months (`Utfall 22 jan-april`, `Utfall 23 jan - april`) ends in its last month
            {{ month_in(re_extract("lower(resolved.measure_text)", "'[a-zåäö]+\\s*[-–]\\s*([a-zåäö]+)'", 1)) }},
            {{ month_in('lower(resolved.measure_text)') }},
            {{ month_in("lower(" ~ re_extract("resolved.row_label", "'\\(([^)]*)\\)'", 1) ~ ")") }},
            -- a caption's range of months (`Delårsrapport januari–augusti 2024`) ends in its last month too
            {{ month_in(re_extract(
                "lower(resolved.caption)",
                "'" ~ month_start() ~ "[a-zåäö]*\\s*[-–]\\s*([a-zåäö]+)'",
                1
            )) }},
            {{ month_in('lower(resolved.caption)') }}
        ) as named_month,
        case
            when {{ re_matches("lower(resolved.row_label || ' ' || resolved.caption)", "'1 (mån|månad)\\w* släp'") }}
                then 1
            else 0
        end as lag_months
    from (select distinct measure_text, row_label, caption from resolved) as resolved
),

-- a row label that states a change of its metric: `Procentuell förändring av inhyrda läkartimmar`, a compound
-- closing in a change word (`Nettokostnadsutveckling`; seeds/reader_words.csv change_label_lead, change_label_head)
change_label_pattern as (
    select
        '^\s*(' || string_agg(lower(word), '|') filter (where list = 'change_label_lead') || ')\s'
            || '|[a-zåäö](' || string_agg(lower(word), '|') filter (where list = 'change_label_head')
            || ')\s*(\([^)]*\))?\s*:?\s*$' as pattern
    from {{ ref('reader_words') }}
    where list in ('change_label_lead', 'change_label_head')
),

change_labels as (
    select labels.row_label
    from (select distinct row_label from resolved) as labels
    cross join change_label_pattern
    where {{ re_matches("lower(labels.row_label)", 'change_label_pattern.pattern') }}
),

placed_by_label as (
    select
        resolved.*,
        case
            -- a staff category (`- varav läkare`) is a part of the row above it only: its metric or none (under
            -- `Utförd arbetstid resursenheten`, a unit's row naming no metric, it is no part of the table's whole)
            when {{ re_matches("resolved.breakdown", "'^staff='") }} and resolved.parent_metric_code is not null
                then resolved.parent_metric_code
            -- a staff category with no row above it (`Läkare` heading a table of hired staff): a category of the
            -- table's own metric, a fact only where the vocabulary has that category's sibling (staff_siblings)
            when {{ re_matches("resolved.breakdown", "'^staff='") }} then resolved.ctx_metric_code
            -- a part of a whole (`Kvinnor`, `-män`, `Anställda 30–49 år`): the whole's metric
            when resolved.breakdown is not null
                then coalesce(resolved.parent_metric_code, resolved.row_metric_code, resolved.ctx_metric_code)
            -- an age the breakdown seed does not know (`Under 30 år`): a part, never the whole, so no fact
            when {{ re_matches("lower(resolved.row_label)", "'[0-9]\\s*år\\b'") }} then null
            -- a `varav` row of an org-unit table breaks the parent's metric down: its own metric or none
            when resolved.is_org_rows and resolved.is_varav_row then resolved.row_metric_code
            -- `Antal rehabiliteringsärenden` among units: the row names its own quantity, not a unit of the
            -- table's metric; unless an alias names that quantity it is no fact
            when resolved.is_org_rows and {{ re_matches("lower(resolved.row_label)", "'^\\s*(antal|andel)\\s'") }}
                then resolved.row_metric_code
            when resolved.is_org_rows or resolved.row_label = '' then resolved.ctx_metric_code
            else coalesce(resolved.row_metric_code, resolved.kind_metric_code)
        end as placed_metric_code,
        {{ re_matches("resolved.breakdown", "'^staff='") }} and resolved.parent_metric_code is null
            and resolved.ctx_metric_code is not null as is_staff_of_table,
        case
            when resolved.header_measure = 'change_abs' and {{ str_contains("resolved.cell_text", "'%'") }}
                then 'change_pct'
            -- a percent in a row stating a change: the change in percent in an outcome column; in a target or
            -- budget column a change target, no measure of the contract
            when change_labels.row_label is not null and {{ str_contains("resolved.cell_text", "'%'") }}
                then case when resolved.header_measure = 'actual' then 'change_pct' end
            -- a column named by its metric alone (`Årsarbetare`, `Antal anställda`) states the metric's value
            when coalesce(resolved.header_measure, '') = '' and resolved.column_metric_code is not null then 'actual'
            else resolved.header_measure
        end as column_measure,
        period_texts.header_year,
        period_texts.named_month,
        period_texts.lag_months
    from resolved
    inner join period_texts
        on {{ null_safe_equals('resolved.measure_text', 'period_texts.measure_text') }}
        and {{ null_safe_equals('resolved.row_label', 'period_texts.row_label') }}
        and {{ null_safe_equals('resolved.caption', 'period_texts.caption') }}
    left join change_labels on resolved.row_label = change_labels.row_label
),

-- a metric's Swedish name closing in the unit it counts in (`Inhyrd personal kostnad`, `Inhyrd personal årsarbetare`;
-- seeds/reader_words.csv metric_name_unit_word): the name without that word is the quantity
metric_name_unit_words as (
    select lower(word) as word
    from {{ ref('reader_words') }}
    where list = 'metric_name_unit_word'
),

metric_families as (
    select
        metrics.metric_code,
        metrics.canonical_unit,
        regexp_replace(metrics.metric_code, '_(timmar|kostnad)$', '') as code_stem,
        coalesce(
            trim(left(lower(metrics.name_sv), length(metrics.name_sv) - length(metric_name_unit_words.word))),
            lower(metrics.name_sv)
        ) as name_stem
    from metrics
    left join metric_name_unit_words on lower(metrics.name_sv) like '% ' || metric_name_unit_words.word
),

-- the same quantity in another unit has a sibling code in the metric vocabulary (overtid fte,
-- overtid_timmar hours, overtid_kostnad tkr) or a sibling name (`Inhyrd personal kostnad` tkr, `Inhyrd personal
-- årsarbetare` fte): a label read in a table of the other unit (`varav övertid/mertid` under `Arbetad tid`, hours)
-- or in a column of the other unit (`Motsvarar antal åa 2024` beside hired staff in mkr) is the sibling in that unit
unit_siblings as (
    select distinct
        label_metric.metric_code,
        label_metric.canonical_unit as metric_unit,
        sibling.metric_code as sibling_code,
        sibling.canonical_unit as sibling_unit
    from metric_families as label_metric
    inner join metric_families as sibling
        on (label_metric.code_stem = sibling.code_stem or label_metric.name_stem = sibling.name_stem)
        and label_metric.metric_code <> sibling.metric_code
        and label_metric.canonical_unit <> sibling.canonical_unit
),

-- a staff row of a table whose own metric is counted per staff category: that category's sibling metric
-- (macros/staff_siblings.sql: `inhyrda` + `Läkare` is `Inhyrda läkare`), in the whole's unit
staff_siblings as (
    {{ staff_siblings('select distinct breakdown from placed_by_label where is_staff_of_table') }}
),

-- the unit a row label states in parentheses (`(1 000 tim)`, `(tkr)`, `(%)`), through seeds/unit_factors.csv
label_units as (
    select
        labels.row_label,
        units.canonical_unit as label_unit
    from (select distinct row_label from placed_by_label) as labels
    inner join units
        on units.unit_raw = lower(trim({{ re_extract(
            "labels.row_label", "'\\(\\s*(?:1[  ]?000\\s+)?([^()0-9]+)\\)\\s*$'", 1) }}))
),

-- a column whose header names hours or full-time posts (`Motsvarar antal åa 2023` beside cost columns): the worked-time
-- unit of that column, through seeds/unit_factors.csv
header_words as (
    select distinct
        column_header,
        unnest(regexp_split_to_array(lower(column_header), '[^a-zåäö]+')) as word
    from cells
),

column_units as (
    select
        header_words.column_header,
        max(units.canonical_unit) as column_unit
    from header_words
    inner join units on header_words.word = units.unit_raw and units.canonical_unit in ('hours', 'fte')
    group by header_words.column_header
),

-- a row's two outcomes (this period's first, then the period it is compared with): a change printed under
-- `Förändring %` that is their difference, not their ratio, is a difference
row_outcomes as (
    select
        report_file,
        table_id,
        line,
        row_index,
        {{ arg_min_of('value', 'column_index', "header_measure = 'actual'") }} as first_actual,
        {{ arg_max_of('value', 'column_index', "header_measure = 'actual'") }} as last_actual
    from resolved
    group by report_file, table_id, line, row_index
    having count(*) filter (where header_measure = 'actual') = 2
),

-- the sibling in the unit the column header or the row label states, else in the unit of the table's own metric; a
-- change of a metric stated in percent (`Sjukfrånvaro %` under `Förändring`) is a change in percentage points (the
-- contract's change_pp), also under `Förändring %` when the printed change is the outcomes' difference and not
-- their ratio (`Sjukfrånvaro, % 6,1 6,4 -0,3` in a key-figure table, `7,4 6,8 0,6` in a staff table)
placed as (
    select
        placed_by_label.*,
        label_units.label_unit,
        case
            when placed_by_label.is_staff_of_table then staff_siblings.sibling_code
            else coalesce(unit_siblings.sibling_code, placed_by_label.placed_metric_code)
        end as metric_code,
        case
            when placed_by_label.column_measure = 'change_abs' and placed_metrics.canonical_unit = 'pct'
                then 'change_pp'
            when placed_by_label.column_measure = 'change_pct' and placed_metrics.canonical_unit = 'pct'
                and abs(row_outcomes.first_actual - row_outcomes.last_actual - placed_by_label.value) <= 0.051
                and abs(100 * (row_outcomes.first_actual / nullif(row_outcomes.last_actual, 0) - 1)
                    - placed_by_label.value) > 0.051
                then 'change_pp'
            else placed_by_label.column_measure
        end as measure
    from placed_by_label
    left join metrics as placed_metrics on placed_by_label.placed_metric_code = placed_metrics.metric_code
    left join metrics as ctx_metrics on placed_by_label.ctx_metric_code = ctx_metrics.metric_code
    left join label_units on placed_by_label.row_label = label_units.row_label
    left join row_outcomes
        on placed_by_label.report_file = row_outcomes.report_file
        and placed_by_label.table_id = row_outcomes.table_id
        and placed_by_label.line = row_outcomes.line
        and placed_by_label.row_index = row_outcomes.row_index
    left join column_units on placed_by_label.column_header = column_units.column_header
    left join unit_siblings
        on placed_by_label.placed_metric_code = unit_siblings.metric_code
        and coalesce(column_units.column_unit, label_units.label_unit, ctx_metrics.canonical_unit)
        = unit_siblings.sibling_unit
    left join staff_siblings
        on placed_by_label.is_staff_of_table
        and coalesce(unit_siblings.sibling_code, placed_by_label.placed_metric_code) = staff_siblings.metric_code
        and placed_by_label.breakdown = staff_siblings.breakdown
),

-- an income statement prints costs negative: its rows' amounts are below zero. A row is its line and its
-- row index: a table flattened onto one line holds every row on that line (`Verksamhetens intäkter 1 240 1 210 30
-- Verksamhetens kostnader -3 520 -3 480 -40`), and the income's positive amounts say nothing of the costs' sign
row_signs as (
    select
        report_file,
        table_id,
        line,
        row_index,
        max(value) filter (where header_measure in ('actual', 'budget', 'forecast')) <= 0
            and min(value) filter (where header_measure in ('actual', 'budget', 'forecast')) < 0 as is_printed_negative,
        min(value) filter (where header_measure = 'actual') > 0 as row_has_positive_actual
    from resolved
    group by report_file, table_id, line, row_index
),

-- a table whose every column is headed by a year alone (`2005 2010 2015 2016 2017`): each column is dated by
-- its own year, also in a text that gives no period of its own (a statistics page titled `... 2005-2017`)
year_column_tables as (
    select
        report_file,
        table_id
    from cells
    group by report_file, table_id
    having bool_and({{ re_matches("trim(column_header)", "'^(19|20)[0-9]{2}$'") }})
),

periods as (
    select
        placed.*,
        coalesce(row_signs.is_printed_negative, false) as is_printed_negative,
        coalesce(row_signs.row_has_positive_actual, false) as row_has_positive_actual,
        coalesce(placed.caption_org_unit, documents.org_unit) as report_org_unit,
        coalesce(
            placed.header_year,
            case when placed.period_kind in ('ytd_prev', 'year_prev') then {{ year_of('documents.period_end') }} - 1
                else {{ year_of('documents.period_end') }} end
        ) as fact_year,
        -- (a year column in a text without a period of its own is that whole year)
        greatest(coalesce(placed.named_month, {{ month_of('documents.period_end') }}, 12) - placed.lag_months, 1)
            as fact_month
    from placed
    inner join documents on placed.report_file = documents.report_file
    left join row_signs
        on placed.report_file = row_signs.report_file
        and placed.table_id = row_signs.table_id
        and placed.line = row_signs.line
        and placed.row_index = row_signs.row_index
    left join year_column_tables
        on placed.report_file = year_column_tables.report_file
        and placed.table_id = year_column_tables.table_id
    where placed.metric_code is not null
        -- a row without label names nothing unless its columns are org units (labels printed apart)
        and (placed.row_label <> '' or placed.is_org_column or placed.n_dimension_columns > 0)
        and placed.measure is not null and placed.measure <> ''
        and (documents.period_end is not null or year_column_tables.table_id is not null)
),

-- `Summa Medicinsk diagnostik` closes an area whose first unit has the area's name (`Medicinsk diagnostik
-- Medicinsk diagnostik 63,2 ...`, then `HMC`): with other units between them, that first row is the unit
-- inside the area, not the area (an area with one unit states the same figures twice: one unit)
subtotals as (
    select
        report_file,
        table_id,
        lower(trim(regexp_replace(row_label, '^\s*summa\s+', '', 'i'))) as unit_key,
        min(row_index) as subtotal_index
    from cells
    where {{ re_matches('row_label', "'^\\s*summa\\s+\\S'", 'i') }}
    group by report_file, table_id, unit_key
),

-- a row label `<unit> (<what it counts>)` (`Klin kem lab (analyser)`, `Röntgenavdelning (undersökningar)`):
-- the words in parentheses name the metric (seeds/reader_words.csv, list counted_in_parentheses), the words
-- before them the org unit that counts it, not the report's whole
counted_pattern as (
    select
        '^\(\s*(' || string_agg(lower(word), '|') || ')(\s*/\s*(' || string_agg(lower(word), '|') || '))*\s*\)$'
            as pattern
    from {{ ref('reader_words') }}
    where list = 'counted_in_parentheses'
),

counted_units as (
    select
        labels.row_label,
        trim({{ re_extract('labels.row_label', "'^(.*[^\\s(])\\s*\\([^()]*\\)\\s*$'", 1) }}) as unit_name
    from (select distinct row_label from periods) as labels
    cross join counted_pattern
    where {{ re_matches(
            "lower(" ~ re_extract('labels.row_label', "'(\\([^()]*\\))\\s*$'", 1) ~ ")", 'counted_pattern.pattern'
        ) }}
        and not {{ re_matches(
            "lower(labels.row_label)", "'^\\s*[-–]?\\s*(antal|andel|varav|totalt|total|summa|samtliga)\\b'"
        ) }}
),

dated as (
    select
        periods.*,
        subtotals.subtotal_index is not null as is_first_unit_of_area,
        make_date(periods.fact_year, 1, 1) as fact_period_start,
        case
            when periods.period_kind in ('year', 'year_prev') then make_date(periods.fact_year, 12, 31)
            else {{ last_day_of('make_date(periods.fact_year, periods.fact_month, 1)') }}
        end as fact_period_end,
        case
            when periods.is_org_column and periods.is_total_row then 'Totalt / ' || periods.column_header
            when periods.is_org_column and periods.row_label <> ''
                then periods.row_label || ' / ' || periods.column_header
            -- a row whose label nothing decided (printed apart, in another order): the column's unit, flagged
            when periods.is_org_column then periods.column_header
            when periods.n_dimension_columns > 0 and periods.is_total_row then periods.report_org_unit
            when periods.n_dimension_columns > 0 and periods.row_label <> '' then periods.row_label || ' / Totalt'
            when periods.n_dimension_columns > 0 then periods.report_org_unit
            when periods.is_breakdown_row then periods.report_org_unit
            when counted_units.unit_name <> '' then counted_units.unit_name
            when periods.is_unit_rows and periods.row_label <> '' and not periods.is_total_row
                and periods.row_group = '' then periods.row_label
            when periods.is_org_rows and periods.is_grand_total_row and periods.row_group = ''
                then periods.report_org_unit
            -- `Total sjukfrånvaro` in a table of gender and age rows: the total names the table's metric, not a unit
            when periods.is_org_rows and periods.is_total_row and periods.row_metric_code is not null
                then periods.report_org_unit
            when periods.is_org_rows and periods.is_varav_row then periods.report_org_unit
            when periods.is_org_rows and subtotals.subtotal_index is not null and periods.row_group = ''
                then periods.row_label || ' (verksamhet) / ' || periods.row_label
            when periods.is_org_rows and periods.row_label <> ''
                then regexp_replace(periods.row_label, '^\s*summa\s+', '', 'i')
            else periods.report_org_unit
        end as fact_org_unit,
        -- a count in thousands named in the row label (`Arbetad tid (1 000 tim)`, `Besök (tusental)`)
        case when {{ re_matches('lower(periods.row_label)', "'\\(\\s*1[  ]?000\\b|\\btusental\\b|\\b1000-tal'") }}
            then 1000 else 1 end as label_scale
    from periods
    left join counted_units on periods.row_label = counted_units.row_label
    left join subtotals
        on periods.report_file = subtotals.report_file
        and periods.table_id = subtotals.table_id
        and lower(trim(periods.row_label)) = subtotals.unit_key
        and subtotals.subtotal_index > periods.row_index + 1
),

facts_read as (
    select
        'table' as fact_source,
        dated.cell_id as source_id,
        dated.report_file,
        coalesce(dated.fact_org_unit, '') as org_unit_name,
        cast(dated.fact_period_start as date) as period_start,
        cast(dated.fact_period_end as date) as period_end,
        dated.metric_code,
        dated.measure,
        -- (a staff row read as its category's sibling metric is that metric's whole)
        case when dated.is_staff_of_table then '' else coalesce(dated.breakdown, '') end as breakdown,
        {{ canonical_value(
            'case when metrics.amount_kind = \'cost\' and dated.measure = \'change_abs\' and dated.is_printed_negative'
            ~ ' then -dated.value'
            ~ ' when metrics.amount_kind = \'cost\' and dated.deviation_order = \'budget_last\''
            ~ ' and not dated.is_printed_negative then -dated.value'
            ~ ' when metrics.amount_kind = \'cost\' and dated.deviation_order = \'budget_first\''
            ~ ' and dated.is_printed_negative then -dated.value'
            ~ ' else dated.value end',
            'case when dated.measure in (\'change_pct\', \'change_pp\') then 1'
            ~ ' when metrics.canonical_unit <> \'tkr\' then dated.label_scale else units.factor end',
            'metrics.amount_kind',
            'dated.measure'
        ) }} as value,
        {{ canonical_unit(
            'metrics.canonical_unit', 'dated.measure', "case when " ~ str_contains("dated.cell_text", "'%'") ~ " then 'pct' end"
        ) }} as unit,
        dated.line as source_line,
        -- the row the cell stands in: a page flattened onto one line holds every row of its tables on that line
        dated.table_id || ':' || cast(dated.row_index as varchar) as source_row,
        dated.cell_text as source_quote,
        dated.is_verified and dated.row_label <> '' as is_verified,
        -- the row's label was printed apart and no arithmetic decided which it is: the fact is the column's
        -- unit's, but about an unknown part of it
        dated.row_label = '' and (dated.is_org_column or dated.n_dimension_columns > 0) as row_label_unresolved,
        dated.verification
            || case when dated.row_label = '' and not {{ str_contains("dated.verification", "'printed apart'") }}
                then '; row label printed apart in another order: the activity is unknown' else '' end
            || case
                when dated.is_staff_of_table then '; metric from the table (' || dated.ctx_source || ') and the staff '
                    || 'category of the row (' || dated.row_label || ')'
                when dated.is_breakdown_row then '; row is a breakdown (' || dated.row_label || ') of the table''s unit'
                when dated.is_org_rows then '; metric from the table (' || dated.ctx_source || '), row is the org unit'
                else '' end
            || case when dated.caption_org_unit is not null then '; unit named by the caption' else '' end
            || case when {{ re_matches("lower(dated.row_label)", "'\\((tkr|mnkr)\\)'") }}
                    and {{ re_extract("lower(dated.row_label)", "'\\((tkr|mnkr)\\)'", 1) }} <> dated.unit_raw
                then '; row label says ' || {{ re_extract("lower(dated.row_label)", "'\\((tkr|mnkr)\\)'", 1) }}
                    || ', the table''s unit ' || dated.unit_raw || ' is used (the row adds up with the table)'
                else '' end
            as verification
    from dated
    inner join metrics on dated.metric_code = metrics.metric_code
    left join metrics as ctx_metrics on dated.ctx_metric_code = ctx_metrics.metric_code
    left join units on dated.unit_raw = units.unit_raw
    left join column_units on dated.column_header = column_units.column_header
    -- a zero that stands for a missing value (`0  0,0%` where no budget was set, a zero placed in a
    -- dropped cell's column) is a placeholder, not a fact
    where not (dated.is_category_table and dated.is_org_rows and not dated.is_total_row and dated.row_label <> '')
    and not (dated.value = 0 and not dated.is_verified
        and {{ re_matches("dated.verification", "'placeholder|dropped|placements'") }})
    -- a cell that equally good readings of its row disagree on (`– 9 954`: a minus sign, or an empty cell's dash
    -- and 9 and 954) is not known: it stays a cell, not a fact
    and not {{ str_contains("coalesce(dated.verification, '')", "'ambiguous:'") }}
    -- a row of a table of the regions (`Region Stockholm`, `01L Region Uppsala` in another region's report) states
    -- that region's figure, not one of the report's org units: it stays a cell
    and not (dated.is_org_rows and exists (
        select 1
        from regions
        inner join documents on documents.report_file = dated.report_file
        where regions.region_code <> coalesce(documents.region_code, '')
            and lower(trim(dated.row_label)) like '%' || lower(regions.region_name)
    ))
    -- a target of the opposite sign to the row's amounts is a change target (`-100` årsarbetare), not a level
    and not (dated.measure = 'target' and dated.row_has_positive_actual and dated.value < 0)
    -- a label means another metric in another table: money in a table of hours is not trusted
    -- (`varav övertid/mertid` under `Arbetad tid` is hours, not the overtime cost)
    and not (coalesce(ctx_metrics.canonical_unit, '') in ('hours', 'fte') and metrics.canonical_unit = 'tkr')
    -- (unless the column states that unit: `Motsvarar antal åa 2024` beside the hired staff's cost, or the row does:
    -- `Övertid och mertid, timmar` under `Övertid och mertid, tkr`, `Inhyrd personal, timmar` beside `Inhyrd personal,
    -- mnkr` in a staff table printed on one line)
    and not (coalesce(ctx_metrics.canonical_unit, '') = 'tkr' and metrics.canonical_unit in ('hours', 'fte')
        and coalesce(column_units.column_unit, '') <> metrics.canonical_unit
        and coalesce(dated.label_unit, '') <> metrics.canonical_unit)
    -- a row label stating hours, full-time posts or a count is no amount of money (`inhyrd personal (1 000 tim)`)
    and not (coalesce(dated.label_unit, '') in ('hours', 'fte', 'count') and metrics.canonical_unit = 'tkr')
    -- ... nor is a column headed by hours or full-time posts (`Motsvarar antal åa 2024` beside hired staff in mkr)
    and not (column_units.column_unit is not null and metrics.canonical_unit = 'tkr')
    -- money needs a stated unit; a "tkr" table whose amounts all stay below 1 000 sums like mnkr: not trusted
    and not (metrics.canonical_unit = 'tkr' and dated.measure not in ('change_pct', 'change_pp')
        and (units.factor is null or (dated.unit_raw = 'tkr' and dated.max_amount < 1000)))
),

-- one row cannot state two values of one statement: cells of a row that land on the same org unit, metric,
-- measure, breakdown and period with different values mean its columns were not understood (a header that
-- did not read: `Utfall 22 jan-april` / `Utfall 23 jan` / `- april`); they stay cells, not facts. The row, not
-- the line: two rows of one metric on one line (`Vårddagar - somatik ...` and `Vårddagar - psykiatri ...` of a
-- page flattened onto one line) are two statements, as they are on two printed lines
final as (
    {% call qualify("min(value) over same_statement = max(value) over same_statement") %}
    select *
    from facts_read
    window same_statement as (
        partition by report_file, source_row, org_unit_name, metric_code, measure, breakdown, period_start, period_end
    )
    {% endcall %}
)

select * from final
