{#- Reconciliation tests: the tables' own arithmetic, checked on every build. Each failing row
    names report_file and source_line so audit.dq_results can point at the offender.
    Written as generic tests here because `dbt deps` cannot reach the package hub (no dbt_utils). -#}

{#- A row label that means "of which" (varav, -Varav, - varav). -#}
{% macro is_varav_label(label) -%}
    {{ re_matches("lower(coalesce(" ~ label ~ ", ''))", "'^[\\s\\-–]*varav\\b'") }}
{%- endmacro %}

{#- A row label that is a total (Summa ..., Totalt, Total). -#}
{% macro is_total_label(label) -%}
    {{ re_matches("lower(coalesce(" ~ label ~ ", ''))", "'^[\\s\\-–]*(summa|totalt|total)\\b'") }}
{%- endmacro %}

{#- A column or cell that is a share, a change or a deviation, where parts do not add up. -#}
{% macro is_ratio_cell(header, text) -%}
    ({{ re_matches("lower(coalesce(" ~ header ~ ", ''))", "'avv|diff|förändr|utv|%|procent|andel|snitt|medel'") }}
     or {{ str_contains("coalesce(" ~ text ~ ", '')", "'%'") }})
{%- endmacro %}

{#- Half a unit of the last printed digit of a cell ('1 723,4' -> 0.05, '44' -> 0.5). -#}
{% macro rounding_half_ulp(text) -%}
    0.5 * power(10, -coalesce(length({{ re_extract(text, "'\\d,(\\d+)'", 1) }}), 0))
{%- endmacro %}

{#- Half a unit of the last printed digit of a fact, in the fact's canonical unit: the quote's
    last digit scaled by value / printed number ('-1 723,4' for 1723400 tkr -> 50 tkr). -#}
{% macro fact_half_ulp(value, quote) -%}
    0.5 * power(10, -coalesce(length({{ re_extract(quote, "'\\d,(\\d+)'", 1) }}), 0))
        * coalesce(abs({{ value }}) / nullif(abs({{ try_cast_to("replace(replace(
            " ~ re_extract(quote, "'\\d[\\d ]*(,\\d+)?'", 0) ~ ", ' ', ''), ',', '.')", 'double') }}), 0), 1)
{%- endmacro %}

{#- Totals equal the sum of their parts within rounding: in each table and column, a total row
    (Summa/Totalt) equals the non-varav, non-total rows since the previous total row. Needs at
    least two parts; shares and deviation columns are skipped. Rows are ordered by their place in the
    table (row_index), not their line: a table flattened onto one line holds all its rows on it. -#}
{% test parts_reconcile_to_total(model) %}
with cells as (
    select * from {{ model }}
    where value is not null and not {{ is_ratio_cell('column_header', 'cell_text') }}
),

totals as (
    select
        cells.*,
        lag(cells.row_index) over (
            partition by cells.report_file, cells.table_id, cells.column_index order by cells.row_index
        ) as previous_total_row
    from cells
    where {{ is_total_label('cells.row_label') }}
),

parts as (
    select * from cells
    where not {{ is_total_label('row_label') }} and not {{ is_varav_label('row_label') }}
),

sums as (
    select
        totals.report_file,
        totals.table_id,
        totals.line as source_line,
        totals.row_label,
        totals.column_header,
        totals.cell_text,
        totals.value as total_value,
        sum(parts.value) as parts_sum,
        count(*) as n_parts,
        string_agg(cast(parts.line as varchar), ',' order by parts.row_index) as part_lines,
        (count(*) + 1) * max({{ rounding_half_ulp('parts.cell_text') }}) + 1e-9 as tolerance
    from totals
    inner join parts
        on parts.report_file = totals.report_file
        and parts.table_id = totals.table_id
        and parts.column_index = totals.column_index
        and parts.row_index < totals.row_index
        and parts.row_index > coalesce(totals.previous_total_row, -1)
    group by totals.report_file, totals.table_id, totals.line, totals.row_label, totals.column_header,
        totals.cell_text, totals.value
)

select * from sums
where n_parts >= 2 and abs(parts_sum - total_value) > tolerance
{% endtest %}

{#- A varav row ("of which") is not larger than the row it belongs to: its row_group, or else the
    nearest row above it (by row_index: a flattened table's rows share a line) that is not a varav row, in the
    same table and column. -#}
{% test varav_within_total(model) %}
with cells as (
    select * from {{ model }}
    where value is not null and not {{ is_ratio_cell('column_header', 'cell_text') }}
),

varav as (
    select * from cells where {{ is_varav_label('row_label') }}
),

parents as (
    select * from cells where not {{ is_varav_label('row_label') }}
),

matched as (
    {% call qualify("row_number() over (partition by varav.cell_id order by parents.row_index desc) = 1") %}
    select
        varav.report_file,
        varav.table_id,
        varav.line as source_line,
        varav.row_label,
        varav.column_header,
        varav.cell_text,
        varav.value,
        parents.row_label as total_label,
        parents.line as total_line,
        parents.value as total_value
    from varav
    inner join parents
        on parents.report_file = varav.report_file
        and parents.table_id = varav.table_id
        and parents.column_index = varav.column_index
        and parents.row_index < varav.row_index
        and (coalesce(varav.row_group, '') = '' or {{ normalize_label('parents.row_label') }} = {{ normalize_label('varav.row_group') }})
    {% endcall %}
)

select * from matched
where sign(value) * sign(total_value) >= 0
    and abs(value) > abs(total_value) + {{ rounding_half_ulp('cell_text') }}
{% endtest %}

{#- A deviation equals the actual minus the budget where all three are stated in one report for one
    org unit, metric and period (for costs, positive amounts: budget minus actual, so a positive
    deviation is better than budget). Rounded statements of the same figure are all tried; the
    check fails when no combination agrees within the rounding of the three printed numbers. -#}
{% test deviation_equals_difference(model, deviation_measure='budget_deviation', actual_measure='actual',
        budget_measure='budget') %}
with facts as (
    select * from {{ model }}
),

metrics as (
    select metric_code, amount_kind from {{ ref('metrics') }}
),

combos as (
    select
        deviation.fact_key,
        deviation.report_file,
        deviation.source_line,
        deviation.source_quote,
        deviation.metric_code,
        deviation.value as deviation_value,
        case when metrics.amount_kind = 'cost' then budget.value - actual.value
            else actual.value - budget.value end as expected_value,
        greatest(1, {{ fact_half_ulp('deviation.value', 'deviation.source_quote') }}
            + {{ fact_half_ulp('actual.value', 'actual.source_quote') }}
            + {{ fact_half_ulp('budget.value', 'budget.source_quote') }}) + 1e-6 as tolerance
    from facts as deviation
    inner join facts as actual
        on actual.report_file = deviation.report_file
        and actual.org_unit_key = deviation.org_unit_key
        and actual.metric_code = deviation.metric_code
        and actual.period_start = deviation.period_start
        and actual.period_end = deviation.period_end
        and actual.unit = deviation.unit
        and actual.measure = '{{ actual_measure }}'
    inner join facts as budget
        on budget.report_file = deviation.report_file
        and budget.org_unit_key = deviation.org_unit_key
        and budget.metric_code = deviation.metric_code
        and budget.period_start = deviation.period_start
        and budget.period_end = deviation.period_end
        and budget.unit = deviation.unit
        and budget.measure = '{{ budget_measure }}'
    left join metrics on deviation.metric_code = metrics.metric_code
    where deviation.measure = '{{ deviation_measure }}'
),

judged as (
    select
        fact_key,
        report_file,
        source_line,
        source_quote,
        metric_code,
        deviation_value,
        {{ arg_min_of('expected_value', 'abs(deviation_value - expected_value)') }} as closest_expected_value,
        min(abs(deviation_value - expected_value)) as smallest_difference,
        max(tolerance) as tolerance
    from combos
    group by fact_key, report_file, source_line, source_quote, metric_code, deviation_value
)

select * from judged where smallest_difference > tolerance
{% endtest %}
