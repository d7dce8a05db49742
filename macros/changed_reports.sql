{#- Per-report models built incrementally. A build that starts from a copy of the published warehouse
    (vardlager/pipeline.py published_readings: the same code) replaces the raw rows of the reports whose bytes
    changed, came or went, and lists them in raw.changed_reports; a model whose SQL reads one report at a time
    then deletes those reports' rows (delete_changed_reports, its pre-hook) and appends their new rows, reading
    only them ({{ changed_report('report_file') }} in the filter of each of its inputs). A whole build starts from
    a fresh file (or fresh schemas on a server): the model's table does not exist, is_incremental() is false and
    it is built from every report. Config of such a model:
    config(materialized="incremental", incremental_strategy="append", pre_hook="{{ delete_changed_reports() }}")
    A model that compares reports (int_org_units, int_report_facts) is built whole every time. -#}

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
