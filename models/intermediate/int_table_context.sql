{#- Table reading: what each table as a whole says. Its own metric (ctx_metric_code), named in the
    label-column header, the measure column's header or the caption (the first of these in that order that
    names an alias; the longest alias within it); how many of its top-level rows have a label and how many
    of those name a metric (a table whose labels mostly name none has org units or activities as rows);
    and its largest verified amount (a money table said to be in tkr whose amounts all stay below 1 000). -#}
{{ config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}") }}

with cells as (
    select * from {{ ref('int_table_cell_labels') }}
    where {{ changed_report('report_file') }}
),

columns_ as (
    select * from {{ ref('int_table_columns') }}
    where {{ changed_report('report_file') }}
),

aliases as (
    select * from {{ ref('int_metric_alias_keys') }}
),

table_measure as (
    select distinct report_file, table_id, measure_header
    from columns_
),

-- the texts that may name the table's metric, with their precedence
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

table_rows as (
    select
        report_file,
        table_id,
        -- top-level rows only: `varav` rows break their parent down, they are not org units
        count(distinct row_index) filter (where row_label <> '' and row_group = '') as n_labelled,
        count(distinct row_index) filter (
            where row_label <> '' and row_group = '' and row_metric_code is not null
        ) as n_mapped,
        -- the largest amount the table's arithmetic verified; where it verified none (a table of two years and no
        -- difference column), the largest amount printed: unknown is not small
        coalesce(
            max(abs(value)) filter (where not {{ str_contains("cell_text", "'%'") }} and is_verified),
            max(abs(value)) filter (where not {{ str_contains("cell_text", "'%'") }})
        ) as max_amount
    from cells
    group by report_file, table_id
),

final as (
    select
        table_rows.report_file,
        table_rows.table_id,
        table_metric.ctx_metric_code,
        table_metric.ctx_source,
        table_rows.n_labelled,
        table_rows.n_mapped,
        table_rows.max_amount
    from table_rows
    left join table_metric
        on table_rows.report_file = table_metric.report_file and table_rows.table_id = table_metric.table_id
)

select * from final
