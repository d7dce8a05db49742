{#- On DuckDB, ref() and source() name a relation by schema and table only, without the catalog (the
    database: DuckDB's name for the file, its stem). A view then reads the tables of the file it is stored
    in, whatever the file is called when it is opened (DuckDB resolves a view's schema.table in the view's
    own catalog), so the published warehouse does not depend on the name dbt's profile gave the file
    during the build. That is what lets every build share one parse of the project
    (vardlager/dbt_runner.py ParseSlot): dbt re-parses the whole project when the profile's path
    changes, and the path no longer has to be the warehouse's name. The relations dbt itself creates
    ({{ this }}) keep their catalog: they are written while the build file is open under the profile's
    name. PostgreSQL keeps dbt's three-part names. -#}
{% macro ref() %}
    {%- set relation = builtins.ref(*varargs, **kwargs) -%}
    {%- if target.type == 'duckdb' and relation.include is defined -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{% endmacro %}

{% macro source() %}
    {%- set relation = builtins.source(*varargs, **kwargs) -%}
    {%- if target.type == 'duckdb' and relation.include is defined -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{% endmacro %}
