{#- Table cells -> facts.
    * metric: the row label through metric_aliases; in a table whose rows are activities or org units
      (most row labels name no metric) the metric is the table's own: named by the label-column header,
      the measure column's header or the caption, and the row becomes the org unit.
    * measure and period: the column header through seeds/column_headers.csv (regex, first by priority),
      relative to the report's period; a year, year-month or month in the header or caption overrides;
      `1 mån släp` in the row label or caption moves the end one month back. Columns whose header names
      no measure (`VO Närsjukvård Kalix`) are org units; they take the measure of the table's measure column.
    * unit: the table's unit through unit_factors; a money table said to be in tkr whose amounts are all
      below 1 000 sums like mnkr: flagged and kept out of the facts. -#}
with cells as (
    select * from {{ ref('stg_reports__table_cells') }}
    where value is not null
),

documents as (
    select * from {{ ref('stg_reports__documents') }}
),

aliases as (
    {% call qualify("row_number() over (partition by " ~ normalize_label('alias') ~ " order by metric_code) = 1") %}
    select {{ normalize_label('alias') }} as alias_key, metric_code
    from {{ ref('metric_aliases') }}
    {% endcall %}
),

metrics as (
    select * from {{ ref('metrics') }}
),

breakdowns as (
    select * from {{ ref('int_breakdown_labels') }}
),

headers as (
    select
        cast(pattern as varchar) as pattern,
        coalesce(cast(caption_pattern as varchar), '') as caption_pattern,
        coalesce(cast(measure as varchar), '') as measure,
        coalesce(cast(period_kind as varchar), '') as period_kind,
        cast(priority as integer) as priority
    from {{ ref('column_headers') }}
),

units as (
    select * from {{ ref('unit_factors') }}
),

org_aliases as (
    select distinct {{ normalize_label('alias') }} as alias_key from {{ ref('org_unit_aliases') }}
),

-- a caption naming the unit after a dash (`Produktionsdata – Privata vårdgivare`, `Sammanställning produktion -
-- Privata och regiondrivna vårdcentraler (Släp enligt Privera)`): the table's unit, when the text after the
-- dash is an org-unit-like noun phrase (vårdcentraler, vårdgivare, klinik, sjukhus, VO, division, område,
-- primärvård, hälsocentral) or a known org-unit alias; `Egen produktion`, `mars`, `475 mnkr` name no unit
caption_tails as (
    select
        caption,
        trim(regexp_replace(
            {{ re_extract("split_part(caption, ' | ', 1)", "'.*\\s[–-]\\s+(.+)$'", 1) }}, '\s*\([^)]*\)\s*', ' ', 'g'
        )) as tail
    from (select distinct caption from cells) as captions
),

caption_orgs as (
    select
        caption_tails.caption,
        case
            when length(caption_tails.tail) between 3 and 60
                and not {{ re_matches("caption_tails.tail", "'[0-9%]'") }}
                and {{ re_matches("caption_tails.tail", "'^[A-ZÅÄÖ]'") }}
                and ({{ re_matches("lower(caption_tails.tail)",
                        "'(^|\\s)(vårdcentral\\w*|vårdgivare\\w*|klinik\\w*|\\w*kliniken|sjukhus\\w*|vo|division\\w*|område\\w*|'
                        || 'primärvård\\w*|hälsocentral\\w*|närsjukvård\\w*|länssjukvård\\w*)(\\s|$)'") }}
                    or org_aliases.alias_key is not null)
                then caption_tails.tail
        end as caption_org_unit
    from caption_tails
    left join org_aliases on {{ normalize_label('caption_tails.tail') }} = org_aliases.alias_key
),

-- label variants: as printed, without (parentheses), without a leading `varav`
-- label variants, once per distinct label: as printed, without (parentheses), without a leading `varav`
label_variants as (
    select
        labels.row_label,
        {{ normalize_label("regexp_replace(labels.row_label, '\\([^)]*\\)', '', 'g')") }} as row_label_key2,
        {{ normalize_label("regexp_replace(regexp_replace(labels.row_label, '\\([^)]*\\)', '', 'g'), "
                           ~ "'^\\s*[-–]?\\s*varav\\s+', '', 'i')") }}
            as row_label_key3
    from (select distinct row_label from cells) as labels
),

keyed as (
    select
        cells.*,
        label_variants.row_label_key2,
        label_variants.row_label_key3
    from cells
    inner join label_variants on {{ null_safe_equals('cells.row_label', 'label_variants.row_label') }}
),

-- last resort: the longest alias the label starts with when the rest only qualifies it
-- (`Antal årsarbetare utifrån arbetad tid` + ` exkl jour/beredskap`), not when it names something
-- else (`Anställda` + ` 30-49 år`, `Försäljning` + ` av tjänster`)
prefixed as (
    {% call qualify("row_number() over (
        partition by label_keys.row_label_key3 order by length(aliases.alias_key) desc
    ) = 1") %}
    select label_keys.row_label_key3, aliases.metric_code
    from (select distinct row_label_key3 from keyed) as label_keys
    inner join aliases
        on length(aliases.alias_key) >= 8
        and starts_with(label_keys.row_label_key3 || ' ', aliases.alias_key || ' ')
        and {{ re_matches("substr(label_keys.row_label_key3, length(aliases.alias_key) + 1)", "'^ (exkl|inkl|exklusive|inklusive|utifrån|enligt|totalt|ack|ackumulerat)\\b'") }}
    {% endcall %}
),

row_metrics_labelled as (
    select
        keyed.*,
        coalesce(a1.metric_code, a2.metric_code, a3.metric_code, prefixed.metric_code, keyed.label_metric_code)
            as row_metric_code
    from keyed
    left join aliases as a1 on keyed.row_label_key = a1.alias_key
    left join aliases as a2 on keyed.row_label_key2 = a2.alias_key
    left join aliases as a3 on keyed.row_label_key3 = a3.alias_key
    left join prefixed on keyed.row_label_key3 = prefixed.row_label_key3
),

-- a breakdown row (seeds/breakdown_labels.csv: `-män` under `Läkarbesök`, `Kvinnor` under `Total sjukfrånvaro`)
-- is a part of the nearest row above it that is neither a part nor a `varav` row: it takes that row's metric
row_metrics as (
    select
        row_metrics_labelled.*,
        breakdowns.breakdown,
        nullif({{ last_value_ignore_nulls("
            case when breakdowns.breakdown is null and row_metrics_labelled.row_label <> ''
                and not " ~ re_matches('row_metrics_labelled.row_label', "'^\\s*[-–]?\\s*varav\\b'", 'i') ~ "
                then coalesce(row_metrics_labelled.row_metric_code, '') end", "
            partition by row_metrics_labelled.report_file, row_metrics_labelled.table_id
            order by row_metrics_labelled.row_index, row_metrics_labelled.column_index
            rows between unbounded preceding and current row") }}, '') as parent_metric_code
    from row_metrics_labelled
    left join breakdowns on row_metrics_labelled.row_label = breakdowns.label
),

-- each column's header against the seed
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
        header_hits.priority
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
        order by header_candidates.priority nulls last
    ) = 1") %}
    select
        header_texts.column_header,
        header_texts.caption,
        header_candidates.text_id is not null as is_matched,
        header_candidates.measure,
        header_candidates.period_kind
    from header_texts
    left join header_candidates on header_texts.text_id = header_candidates.text_id
    {% endcall %}
),

column_match as (
    select
        columns_.*,
        header_match.is_matched,
        header_match.measure,
        header_match.period_kind
    from columns_
    inner join header_match
        on {{ null_safe_equals('columns_.column_header', 'header_match.column_header') }}
        and {{ null_safe_equals('columns_.caption', 'header_match.caption') }}
),

-- the measure column of a table with org-unit columns: its last column that names a measure
table_measure as (
    select
        report_file,
        table_id,
        {{ arg_max_of('column_header', 'column_index', "is_matched and measure <> ''") }} as measure_header,
        {{ arg_max_of('measure', 'column_index', "is_matched and measure <> ''") }} as table_measure,
        {{ arg_max_of('period_kind', 'column_index', "is_matched and measure <> ''") }} as table_period_kind,
        count(*) filter (
            where not is_matched and column_header <> ''
            and not {{ re_matches("lower(column_header)",
                "'(19|20)[0-9]{2}|%|\\b(utf|utfall|bud|budget|prognos|bokslut|mål|avv|förändring|diff|ack|helår)\\b'") }}
        ) as n_dimension_columns
    from column_match
    group by report_file, table_id
),

columns_resolved as (
    select
        column_match.report_file,
        column_match.table_id,
        column_match.column_index,
        -- a header that names no measure and no period (`VO Närsjukvård Kalix`) is an org unit
        not column_match.is_matched and column_match.column_header <> ''
            and not {{ re_matches("lower(column_match.column_header)",
                "'(19|20)[0-9]{2}|%|\\b(utf|utfall|bud|budget|prognos|bokslut|mål|avv|förändring|diff|ack|helår)\\b'") }}
            and table_measure.table_measure is not null as is_org_column,
        case when column_match.is_matched then column_match.measure else table_measure.table_measure end
            as measure,
        case when column_match.is_matched then column_match.period_kind else table_measure.table_period_kind end
            as period_kind,
        case when column_match.is_matched then column_match.column_header else table_measure.measure_header end
            as measure_text,
        table_measure.measure_header,
        table_measure.n_dimension_columns
    from column_match
    inner join table_measure
        on column_match.report_file = table_measure.report_file
        and column_match.table_id = table_measure.table_id
),

-- the table's own metric: named in the label-column header, the measure header or the caption
table_texts_printed as (
    select distinct
        cells.report_file,
        cells.table_id,
        t.src,
        t.prio,
        t.txt
    from cells
    inner join table_measure
        on cells.report_file = table_measure.report_file and cells.table_id = table_measure.table_id
    -- sqlfluff reads the lateral subquery as a select of its own (cells.* are the outer row's) and v as an
    -- unused alias (it names the columns)
    cross join lateral (
        select * from (values
            (cells.label_header, 1, 'label header'),  -- noqa: RF03
            (coalesce(table_measure.measure_header, ''), 2, 'measure header'),
            (split_part(cells.caption, ' | ', 2), 3, 'caption'),
            (cells.caption, 4, 'caption')
        ) as v (txt, prio, src)  -- noqa: AL05
    ) as t
),

-- each distinct text normalised once (not once per cell)
table_texts as (
    select distinct
        report_file,
        table_id,
        src,
        prio,
        ' ' || {{ normalize_label('txt') }} || ' ' as txt
    from table_texts_printed
),

-- the aliases each distinct table text names, searched once per text
text_aliases as (
    select
        texts.txt,
        aliases.alias_key,
        aliases.metric_code
    from (select distinct txt from table_texts) as texts
    inner join aliases on position(' ' || aliases.alias_key in texts.txt) > 0
),

table_metric as (
    {% call qualify("row_number() over (
        partition by table_texts.report_file, table_texts.table_id
        order by table_texts.prio, length(text_aliases.alias_key) desc
    ) = 1") %}
    select
        table_texts.report_file,
        table_texts.table_id,
        text_aliases.metric_code as ctx_metric_code,
        table_texts.src as ctx_source
    from table_texts
    inner join text_aliases on table_texts.txt = text_aliases.txt
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
        order by length(aliases.alias_key) desc
    ) = 1") %}
    select
        column_header_keys.column_header,
        aliases.metric_code
    from column_header_keys
    inner join aliases on position(' ' || aliases.alias_key in column_header_keys.header_key) > 0
    {% endcall %}
),

column_metric as (
    select
        columns_.report_file,
        columns_.table_id,
        columns_.column_index,
        column_header_metric.metric_code as column_metric_code
    from columns_
    inner join column_header_metric on columns_.column_header = column_header_metric.column_header
),

table_rows as (
    select
        report_file,
        table_id,
        -- top-level rows only: `varav` rows break their parent down, they are not org units
        count(distinct row_index) filter (where row_label <> '' and row_group = '') as n_labelled,
        count(distinct row_index) filter (
            where row_label <> '' and row_group = '' and row_metric_code is not null
        ) as n_mapped,
        max(abs(value)) filter (where not {{ str_contains("cell_text", "'%'") }} and is_verified) as max_amount
    from row_metrics
    group by report_file, table_id
),

resolved as (
    select
        row_metrics.*,
        columns_resolved.is_org_column,
        columns_resolved.measure as header_measure,
        columns_resolved.period_kind,
        columns_resolved.measure_text,
        columns_resolved.n_dimension_columns,
        coalesce(column_metric.column_metric_code, table_metric.ctx_metric_code) as ctx_metric_code,
        case when column_metric.column_metric_code is not null then 'column header'
            else table_metric.ctx_source end as ctx_source,
        table_rows.max_amount,
        -- rows are org units / activities when few labels (under 30 %) name a metric and the table names one
        table_metric.ctx_metric_code is not null
            and (table_rows.n_labelled = 0 or table_rows.n_mapped * 10 < table_rows.n_labelled * 3)
            as is_org_rows,
        caption_orgs.caption_org_unit,
        -- a label column headed by an org level (`Område diagnostik och MT`, `Enhet`, `Klinik`): rows are units
        {{ re_matches("lower(row_metrics.label_header)",
            "'^(område|enhet|klinik|verksamhet|vårdenhet|division|vo)\\b'") }}
            as is_unit_rows,
        -- a gender or age group breaks the table's unit down; it is no org unit
        row_metrics.breakdown is not null
            or ({{ re_matches("row_metrics.row_label", "'[0-9]'") }}
                and {{ re_matches("lower(row_metrics.row_label)", "'(^|\\s)år(\\s|$|-|–)'") }})
            as is_breakdown_row,
        -- rows of kinds or categories (`Investeringskategori`, `Typ av investering`): a breakdown with no place in
        -- the contract (org unit is the only dimension); only the table's total becomes a fact
        {{ re_matches("lower(row_metrics.label_header || ' ' || row_metrics.caption)", "'kategori|\\btyp av\\b'") }}
            as is_category_table,
        {{ re_matches("row_metrics.row_label", "'^\\s*(totalt|total|summa|samtliga)\\b'", 'i') }} as is_total_row,
        {{ re_matches("row_metrics.row_label", "'^\\s*[-–]?\\s*varav\\b'", 'i') }} as is_varav_row,
        -- `Totalt`, `Summa`, `Totalt utfall` is the whole table; `Summa Akutsjukvård` is a subtotal of one unit
        {{ re_matches("row_metrics.row_label",
            "'^\\s*(totalt|total|summa|samtliga)"
            ~ "(\\s+(totalt|utfall|verksamheten|divisionen|division|förvaltningen|förvaltning))?\\s*:?\\s*$'",
            'i') }}
            as is_grand_total_row
    from row_metrics
    inner join columns_resolved
        on row_metrics.report_file = columns_resolved.report_file
        and row_metrics.table_id = columns_resolved.table_id
        and row_metrics.column_index = columns_resolved.column_index
    inner join table_rows
        on row_metrics.report_file = table_rows.report_file and row_metrics.table_id = table_rows.table_id
    left join table_metric
        on row_metrics.report_file = table_metric.report_file and row_metrics.table_id = table_metric.table_id
    left join caption_orgs on {{ null_safe_equals('row_metrics.caption', 'caption_orgs.caption') }}
    left join column_metric
        on row_metrics.report_file = column_metric.report_file
        and row_metrics.table_id = column_metric.table_id
        and row_metrics.column_index = column_metric.column_index
),

-- the period parts of each distinct header / label / caption text, computed once (24 month regexes a cell
-- cost seconds over 500 reports)
period_texts as (
    select
        resolved.measure_text,
        resolved.row_label,
        resolved.caption,
        -- the period: a year / year-month / month in the header or caption wins over the report's
        {{ try_cast_to(re_extract("resolved.measure_text", "'(?:^|[^0-9])((?:19|20)[0-9]{2})'", 1), 'integer') }}
            as header_year,
        coalesce(
            {{ try_cast_to(
                "nullif(" ~ re_extract("resolved.measure_text", "'(?:19|20)[0-9]{2}[ -]?(0[1-9]|1[0-2])(?:[^0-9]|$)'", 1)
                ~ ", '')",
                'integer'
            ) }},
            {{ month_in('lower(resolved.measure_text)') }},
            {{ month_in("lower(" ~ re_extract("resolved.row_label", "'\\(([^)]*)\\)'", 1) ~ ")") }},
            {{ month_in('lower(resolved.caption)') }}
        ) as named_month,
        case
            when {{ re_matches("lower(resolved.row_label || ' ' || resolved.caption)", "'1 (mån|månad)\\w* släp'") }}
                then 1
            else 0
        end as lag_months
    from (select distinct measure_text, row_label, caption from resolved) as resolved
),

placed_by_label as (
    select
        resolved.*,
        case
            -- a part of a whole (`Kvinnor`, `-män`, `Anställda 30–49 år`): the whole's metric
            when resolved.breakdown is not null
                then coalesce(resolved.parent_metric_code, resolved.row_metric_code, resolved.ctx_metric_code)
            -- a `varav` row of an org-unit table breaks the parent's metric down: its own metric or none
            when resolved.is_org_rows and resolved.is_varav_row then resolved.row_metric_code
            -- `Antal rehabiliteringsärenden` among units: the row names its own quantity, not a unit of the
            -- table's metric; unless an alias names that quantity it is no fact
            when resolved.is_org_rows and {{ re_matches("lower(resolved.row_label)", "'^\\s*(antal|andel)\\s'") }}
                then resolved.row_metric_code
            when resolved.is_org_rows or resolved.row_label = '' then resolved.ctx_metric_code
            else resolved.row_metric_code
        end as placed_metric_code,
        case
            when resolved.header_measure = 'change_abs' and {{ str_contains("resolved.cell_text", "'%'") }}
                then 'change_pct'
            else resolved.header_measure
        end as measure,
        period_texts.header_year,
        period_texts.named_month,
        period_texts.lag_months
    from resolved
    inner join period_texts
        on {{ null_safe_equals('resolved.measure_text', 'period_texts.measure_text') }}
        and {{ null_safe_equals('resolved.row_label', 'period_texts.row_label') }}
        and {{ null_safe_equals('resolved.caption', 'period_texts.caption') }}
),

-- the same quantity in another unit has a sibling code in the metric vocabulary (overtid fte,
-- overtid_timmar hours, overtid_kostnad tkr): a label read in a table of the other unit
-- (`varav övertid/mertid` under `Arbetad tid`, hours) is the sibling in the table's unit
unit_siblings as (
    select
        label_metric.metric_code,
        label_metric.canonical_unit as metric_unit,
        sibling.metric_code as sibling_code,
        sibling.canonical_unit as sibling_unit
    from metrics as label_metric
    inner join metrics as sibling
        on regexp_replace(label_metric.metric_code, '_(timmar|kostnad)$', '')
            = regexp_replace(sibling.metric_code, '_(timmar|kostnad)$', '')
        and label_metric.metric_code <> sibling.metric_code
        and label_metric.canonical_unit <> sibling.canonical_unit
),

placed as (
    select
        placed_by_label.*,
        coalesce(unit_siblings.sibling_code, placed_by_label.placed_metric_code) as metric_code
    from placed_by_label
    left join metrics as ctx_metrics on placed_by_label.ctx_metric_code = ctx_metrics.metric_code
    left join unit_siblings
        on placed_by_label.placed_metric_code = unit_siblings.metric_code
        and ctx_metrics.canonical_unit = unit_siblings.sibling_unit
),

-- an income statement prints costs negative: its rows' amounts are below zero
row_signs as (
    select
        report_file,
        table_id,
        line,
        max(value) filter (where header_measure in ('actual', 'budget', 'forecast')) <= 0
            and min(value) filter (where header_measure in ('actual', 'budget', 'forecast')) < 0 as is_printed_negative,
        min(value) filter (where header_measure = 'actual') > 0 as row_has_positive_actual
    from resolved
    group by report_file, table_id, line
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
        greatest(coalesce(placed.named_month, {{ month_of('documents.period_end') }}) - placed.lag_months, 1)
            as fact_month
    from placed
    inner join documents on placed.report_file = documents.report_file
    left join row_signs
        on placed.report_file = row_signs.report_file
        and placed.table_id = row_signs.table_id
        and placed.line = row_signs.line
    where placed.metric_code is not null
        -- a row without label names nothing unless its columns are org units (labels printed apart)
        and (placed.row_label <> '' or placed.is_org_column or placed.n_dimension_columns > 0)
        and placed.measure is not null and placed.measure <> ''
        and documents.period_end is not null
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
        coalesce(dated.breakdown, '') as breakdown,
        {{ canonical_value(
            'case when metrics.amount_kind = \'cost\' and dated.measure = \'change_abs\' and dated.is_printed_negative'
            ~ ' then -dated.value else dated.value end',
            'case when dated.measure in (\'change_pct\', \'change_pp\') then 1'
            ~ ' when metrics.canonical_unit <> \'tkr\' then dated.label_scale else units.factor end',
            'metrics.amount_kind',
            'dated.measure'
        ) }} as value,
        {{ canonical_unit(
            'metrics.canonical_unit', 'dated.measure', "case when " ~ str_contains("dated.cell_text", "'%'") ~ " then 'pct' end"
        ) }} as unit,
        dated.line as source_line,
        dated.cell_text as source_quote,
        dated.is_verified and dated.row_label <> '' as is_verified,
        -- the row's label was printed apart and no arithmetic decided which it is: the fact is the column's
        -- unit's, but about an unknown part of it
        dated.row_label = '' and (dated.is_org_column or dated.n_dimension_columns > 0) as row_label_unresolved,
        dated.verification
            || case when dated.row_label = '' and not {{ str_contains("dated.verification", "'printed apart'") }}
                then '; row label printed apart in another order: the activity is unknown' else '' end
            || case
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
    -- a zero that stands for a missing value (`0  0,0%` where no budget was set, a zero placed in a
    -- dropped cell's column) is a placeholder, not a fact
    where not (dated.is_category_table and dated.is_org_rows and not dated.is_total_row and dated.row_label <> '')
    and not (dated.value = 0 and not dated.is_verified
        and {{ re_matches("dated.verification", "'placeholder|dropped|placements'") }})
    -- a target of the opposite sign to the row's amounts is a change target (`-100` årsarbetare), not a level
    and not (dated.measure = 'target' and dated.row_has_positive_actual and dated.value < 0)
    -- a label means another metric in another table: money in a table of hours is not trusted
    -- (`varav övertid/mertid` under `Arbetad tid` is hours, not the overtime cost)
    and not (coalesce(ctx_metrics.canonical_unit, '') in ('hours', 'fte') and metrics.canonical_unit = 'tkr')
    and not (coalesce(ctx_metrics.canonical_unit, '') = 'tkr' and metrics.canonical_unit in ('hours', 'fte'))
    -- money needs a stated unit; a "tkr" table whose amounts all stay below 1 000 sums like mnkr: not trusted
    and not (metrics.canonical_unit = 'tkr' and dated.measure not in ('change_pct', 'change_pp')
        and (units.factor is null or (dated.unit_raw = 'tkr' and dated.max_amount < 1000)))
),

-- one row cannot state two values of one statement: cells of a row that land on the same org unit, metric,
-- measure, breakdown and period with different values mean its columns were not understood (a header that
-- did not read: `Utfall 22 jan-april` / `Utfall 23 jan` / `- april`); they stay cells, not facts
final as (
    {% call qualify("min(value) over same_statement = max(value) over same_statement") %}
    select *
    from facts_read
    window same_statement as (
        partition by report_file, source_line, org_unit_name, metric_code, measure, breakdown, period_start, period_end
    )
    {% endcall %}
)

select * from final
