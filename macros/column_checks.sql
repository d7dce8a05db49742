{#- The column checks of one model in one dbt test: what dbt's not_null, unique, accepted_values and
    relationships tests check, one node instead of one per column and check (dbt spends ~25-40 ms of Python
    on every test node of every build; a model has up to 20 such checks). Each failing row names the check
    and the column (failed_check: 'not_null(value)', 'relationships(metric_code -> dim_metric.metric_code)'),
    the offending value as text (failed_value) and the row (the columns of name_rows_by, by default the
    columns of `unique`), so a failure is as plain as the single test's was and says where.

    not_null: [column, ...]                 every row has a value
    unique: [column, ...]                   no two rows share a value (nulls aside); every row with a shared value fails
    accepted_values: {column: [value, ...]} a value is one of these (compared as text, as dbt's quoted
                                            accepted_values; null passes)
    relationships: [{column:, to:, field:, where:}, ...]  a value (null passes) is a `field` of the model `to`
                                            (without `to`: of this model's own rows, e.g. the fact a fact conflicts
                                            with, so models that share one block of checks need not name
                                            themselves); `where` (optional) limits the rows of this model checked
    name_rows_by: [column, ...]             the columns that say which row failed -#}
{% test column_checks(model, not_null=[], unique=[], accepted_values={}, relationships=[], name_rows_by=none) %}
{%- set named = unique if name_rows_by is none else name_rows_by -%}
{#- rows chosen by a filter (a `where`, or a per-report model's changed reports: changed_reports.sql
    get_where_subquery) are chosen once: each check below would otherwise evaluate the filter, and the staging view
    under it, again (at 500 reports the four staging tables' checks 1.2 -> 0.35 s of DuckDB's CPU) -#}
{%- set filtered = model is string -%}
{%- set rows_once = model -%}
{%- if filtered -%}{%- set model = "rows_once" -%}{%- endif -%}
{%- set branches = [] -%}
{%- for column in not_null -%}
    {%- do branches.append(column_check_row("not_null(" ~ column ~ ")", "null", named, "checked")
        ~ "\nfrom " ~ model ~ " as checked\nwhere checked." ~ column ~ " is null") -%}
{%- endfor -%}
{%- for column in unique -%}
    {%- do branches.append(column_check_row("unique(" ~ column ~ ")", "checked." ~ column, named, "checked")
        ~ "\nfrom " ~ model ~ " as checked\nwhere checked." ~ column ~ " in (\n    select shared." ~ column
        ~ " from " ~ model ~ " as shared where shared." ~ column ~ " is not null\n    group by shared." ~ column
        ~ " having count(*) > 1\n)") -%}
{%- endfor -%}
{%- for column, values in accepted_values.items() -%}
    {%- set quoted = [] -%}
    {%- for value in values -%}{%- do quoted.append("'" ~ (value | string | replace("'", "''")) ~ "'") -%}{%- endfor -%}
    {%- do branches.append(column_check_row("accepted_values(" ~ column ~ ")", "checked." ~ column, named, "checked")
        ~ "\nfrom " ~ model ~ " as checked\nwhere cast(checked." ~ column ~ " as " ~ dbt.type_string()
        ~ ") not in (" ~ quoted | join(", ") ~ ")") -%}
{%- endfor -%}
{%- for rule in relationships -%}
    {%- set column, field = rule["column"], rule["field"] -%}
    {%- set parent = rule.get("to") or model -%}
    {%- set check = "relationships(" ~ column ~ " -> " ~ parent.identifier ~ "." ~ field ~ ")" -%}
    {%- set rows = "(select * from " ~ model ~ " where " ~ rule["where"] ~ ")" if rule.get("where") else model -%}
    {%- do branches.append(column_check_row(check, "checked." ~ column, named, "checked")
        ~ "\nfrom " ~ rows ~ " as checked\nleft join " ~ parent ~ " as parent on checked." ~ column
        ~ " = parent." ~ field ~ "\nwhere checked." ~ column ~ " is not null and parent." ~ field ~ " is null") -%}
{%- endfor -%}
{%- if filtered %}
with rows_once as materialized (select * from {{ rows_once }})
{% endif -%}
{{ branches | join("\nunion all\n") }}
{% endtest %}

{#- The select list of one failing row of column_checks: the check, the value as text, the row's names. -#}
{% macro column_check_row(check, value, named, alias) -%}
select '{{ check | replace("'", "''") }}' as failed_check, cast({{ value }} as {{ dbt.type_string() }}) as failed_value
    {%- for column in named %}, {{ alias }}.{{ column }}{% endfor %}
{%- endmacro %}
