{#- Per-report models built incrementally. A build that starts from a copy of the published warehouse
    (vardlager/pipeline.py published_readings: the same code) replaces the raw rows of the reports whose bytes
    changed, came or went, and lists them in raw.changed_reports; a model whose SQL reads one report at a time
    then deletes those reports' rows (delete_changed_reports, its pre-hook) and appends their new rows, reading
    only them ({{ changed_report('report_file') }} in the filter of each of its inputs). A whole build starts from
    a fresh file (or fresh schemas on a server): the model's table does not exist, is_incremental() is false and
    it is built from every report. Config of such a model:
    config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}")
    A model that compares reports (int_org_units, int_report_facts) is built whole every time; int_report_facts
    reads each report's statements from int_report_statements, built per report (below). -#}

{#- the build's list of changed reports: raw.changed_reports (DuckDB only: a server build always builds whole) -#}
{% macro changed_reports_relation() -%}
    raw.changed_reports
{%- endmacro %}

{#- a predicate on `column` (a report file): true for every row in a whole build, for the changed reports'
    rows in an incremental one -#}
{% macro changed_report(column) -%}
    {#- a unit test has no relation of its own (`this`): its fixtures are every report -#}
    {%- if this is not none and is_incremental() -%}
        {{ column }} in (select changed.report_file from {{ changed_reports_relation() }} as changed)
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro delete_changed_reports() -%}
    {%- if this is not none and is_incremental() -%}
        delete from {{ this }} where {{ changed_report('report_file') }}
    {%- endif -%}
{%- endmacro %}

{#- A model whose rows of a report also depend on what int_org_units makes of that report's org unit names
    (int_report_statements: a name another report's unit takes in, "Barnpsykiatrin" after a report names
    "VO Barnpsykiatri") deletes, besides the changed reports, the reports one of whose rows int_org_units now
    keys or names otherwise, and reads again every report it then holds no rows of (report_without_rows). -#}
{% macro delete_reports_whose_org_units_moved(org_units) -%}
    {%- if this is not none and is_incremental() -%}
        delete from {{ this }} where report_file in (
            select kept.report_file
            from {{ this }} as kept
            left join {{ org_units }} as org_units
                on kept.report_file = org_units.report_file
                and coalesce(kept.org_unit_name, '') = org_units.org_unit_name
            where org_units.org_unit_key is distinct from kept.org_unit_key
                or org_units.canonical_name is distinct from kept.org_unit_canonical_name
        )
    {%- endif -%}
{%- endmacro %}

{#- a predicate on `column` (a report file): true for every row in a whole build; in an incremental one, for
    the reports the model holds no rows of (its pre-hooks deleted them, or they have none) -#}
{% macro report_without_rows(column) -%}
    {%- if this is not none and is_incremental() -%}
        {{ column }} not in (select kept.report_file from {{ this }} as kept)
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{#- The rows a data test checks, when it checks a per-report model's rows one at a time (not null, unique ids
    that begin with their report's file name, accepted values, a relationship to a parent every build keeps) and
    says so (config: {meta: {rows: changed_reports}}): every row but those of the reports the build kept (in
    raw.documents, not in raw.changed_reports). A build from the published warehouse (the same code) keeps those
    reports' rows as that build checked them; a whole build lists every loaded report as changed, so it checks
    every row. A row of no kept report is checked, also one of no report at all (an empty report_file, a report
    with no document row): the rows that not_null(report_file) and the relationship to the documents exist to
    find, which a filter on the changed reports would leave out. Tests whose rows compare reports, the
    marts' and the warn-severity ones (their warnings describe the whole warehouse) stay whole. A server build
    has no raw.changed_reports: every row. dbt's own `where` config, which this extends, takes no macro. -#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- if (config.get('meta') or {}).get('rows') == 'changed_reports' and target.type == 'duckdb' -%}
        {%- set where = "not exists (select 1 from raw.documents as kept where kept.report_file = rows_checked.report_file"
            ~ " and kept.report_file not in (select changed.report_file from " ~ changed_reports_relation()
            ~ " as changed))" ~ (" and (" ~ where ~ ")" if where else "") -%}
        {#- no outer alias: the test names the relation itself (column_checks: `as checked`), DuckDB needs none -#}
        {%- do return("(select * from " ~ relation ~ " as rows_checked where " ~ where ~ ")") -%}
    {%- elif where -%}
        {%- do return("(select * from " ~ relation ~ " where " ~ where ~ ") dbt_subquery") -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}

{#- A mart whose rows are those of one upstream relation, report by report (fct_report_facts of int_report_facts,
    a domain's mart of fct_report_facts), but for columns that compare reports (`is_current`: the newest report's
    statement). Built incrementally: the pre-hook deletes the reports one of whose rows the upstream now holds
    otherwise, or not at all, or holds a row of that the mart does not (a changed report, a removed or added one,
    a report whose org units int_org_units keys anew), each row compared by its columns but the cross-report ones;
    the model appends the reports it then holds no rows of (report_without_rows), and the post-hook
    (update_cross_report_columns) sets the cross-report columns of the rows it kept. A whole build is unchanged.
    upstream_rows: the filter of the upstream's rows the model reads. -#}
{% macro delete_reports_that_differ(upstream, upstream_rows='true', cross_report=['is_current']) -%}
    {%- if this is not none and is_incremental() -%}
        {%- set upstream_names = adapter.get_columns_in_relation(upstream) | map(attribute='name') | list -%}
        {#- the mart's columns the upstream also has; one computed from them (period_key) follows them -#}
        {%- set compared = [] -%}
        {%- for column in adapter.get_columns_in_relation(this) -%}
            {%- if column.name in upstream_names and column.name not in cross_report -%}
                {%- do compared.append(column.name) -%}
            {%- endif -%}
        {%- endfor -%}
        delete from {{ this }} where report_file in (
            select coalesce(kept.report_file, built.report_file)
            from (select report_file, fact_key, hash({{ compared | join(', ') }}) as row_hash from {{ this }}) as kept
            full join (
                select report_file, fact_key, hash({{ compared | join(', ') }}) as row_hash
                from {{ upstream }}
                where {{ upstream_rows }}
            ) as built
                on kept.report_file = built.report_file
                and kept.fact_key = built.fact_key
                and kept.row_hash = built.row_hash
            where kept.row_hash is null or built.row_hash is null
        )
    {%- endif -%}
{%- endmacro %}

{#- the cross-report columns of the rows delete_reports_that_differ kept, as the upstream now has them (by fact_key) -#}
{% macro update_cross_report_columns(upstream, cross_report=['is_current']) -%}
    {%- if this is not none and is_incremental() -%}
        update {{ this }} as kept
        set {% for column in cross_report %}{{ column }} = built.{{ column }}{{ ", " if not loop.last }}{% endfor %}
        from {{ upstream }} as built
        where kept.fact_key = built.fact_key
            and ({% for column in cross_report -%}
                kept.{{ column }} is distinct from built.{{ column }}{{ " or " if not loop.last }}
            {%- endfor %})
    {%- endif -%}
{%- endmacro %}
