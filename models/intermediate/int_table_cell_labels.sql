{#- Label reading: each table cell with a value, and the metric its row label names.
    * The label is looked up as printed, without (parentheses) and without a leading `varav`; last, the longest
      alias the label starts with when the rest only qualifies it (`exkl jour/beredskap`).
    * A breakdown row (seeds/breakdown_labels.csv: `-män` under `Läkarbesök`) is a part of the nearest row
      above it that is neither a part nor a `varav` row: that row's metric is its parent_metric_code. -#}
{#- Built per report (macros/changed_reports.sql): a build from the published warehouse labels the cells of the
    changed reports only. A table, not a view read by each of the two models that use it (int_table_context,
    int_table_facts), so that they read the changed reports' labels without labelling every report again. -#}
{{ config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}") }}

with cells as (
    select * from {{ ref('stg_reports__table_cells') }}
    where value is not null and {{ changed_report('report_file') }}
),

aliases as (
    select * from {{ ref('int_metric_alias_keys') }}
),

breakdowns as (
    select * from {{ ref('int_breakdown_labels') }}
),

-- label variants, once per distinct label: as printed, without (parentheses), without a leading `varav`
-- (a footnote mark closing a label, `Läkarbesök 1)`, `Besök övriga vårdgivare 2)`, goes with the parentheses)
label_variants as (
    select
        labels.row_label,
        {{ normalize_label("regexp_replace(regexp_replace(labels.row_label, '\\s+[0-9]{1,2}\\)\\s*$', ''), "
                           ~ "'\\([^)]*\\)', '', 'g')") }} as row_label_key2,
        {{ normalize_label("regexp_replace(regexp_replace(regexp_replace(labels.row_label, "
                           ~ "'\\s+[0-9]{1,2}\\)\\s*$', ''), '\\([^)]*\\)', '', 'g'), "
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

-- `Fysiologen (undersökningar)`, `Klin mikrobiologi (prover/analyser)`: a unit or activity and, in parentheses, what
-- it counts (seeds/reader_words.csv counted_in_parentheses; int_table_facts takes the words before as the org unit):
-- the counted noun names the row's metric, the first of its '/' parts that an alias names (a noun on its own is no
-- alias of running text: `akuta DT-undersökningar från 2,2 timmar` counts no examinations)
counted_pattern as (
    select
        '^(' || string_agg(lower(word), '|') || ')(\s*/\s*(' || string_agg(lower(word), '|') || '))*$' as pattern
    from {{ ref('reader_words') }}
    where list = 'counted_in_parentheses'
),

counted_nouns as (
    select distinct
        labels.row_label,
        trim(lower({{ re_extract('labels.row_label', "'\\(([^()]*)\\)\\s*$'", 1) }})) as counted
    from (select distinct row_label from keyed) as labels
    where {{ re_matches('labels.row_label', "'[^\\s(]\\s*\\([^()]*\\)\\s*$'") }}
),

counted_metric as (
    {% call qualify(
        "row_number() over (partition by counted_nouns.row_label order by strpos(counted_nouns.counted, parts.part)) = 1"
    ) %}
    select
        counted_nouns.row_label,
        aliases.metric_code
    from counted_nouns
    cross join counted_pattern
    -- the parts in their printed order: strpos of a part (both engines; no ordinality needed)
    cross join lateral (
        select unnest(regexp_split_to_array(counted_nouns.counted, '/')) as part  -- noqa: RF03
    ) as parts
    -- the noun is an alias or one side of an alias joined by `och` (`analyser`: `Undersökningar och analyser`)
    inner join aliases
        on aliases.alias_key = {{ normalize_label('parts.part') }}
        or starts_with(aliases.alias_key, {{ normalize_label('parts.part') }} || ' och ')
        or right(aliases.alias_key, length(' och ' || {{ normalize_label('parts.part') }}))
        = ' och ' || {{ normalize_label('parts.part') }}
    where {{ re_matches('counted_nouns.counted', 'counted_pattern.pattern') }}
    {% endcall %}
),

row_metrics_labelled as (
    select
        keyed.*,
        coalesce(
            a1.metric_code, a2.metric_code, a3.metric_code, prefixed.metric_code, counted_metric.metric_code,
            keyed.label_metric_code
        ) as row_metric_code
    from keyed
    left join aliases as a1 on keyed.row_label_key = a1.alias_key
    left join aliases as a2 on keyed.row_label_key2 = a2.alias_key
    left join aliases as a3 on keyed.row_label_key3 = a3.alias_key
    left join prefixed on keyed.row_label_key3 = prefixed.row_label_key3
    left join counted_metric on keyed.row_label = counted_metric.row_label
),

-- a breakdown row is a part of the nearest row above it that is neither a part nor a `varav` row: it takes
-- that row's metric
final as (
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
)

select * from final
