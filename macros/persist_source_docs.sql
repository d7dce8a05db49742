{#- Table comments on the sources (raw.documents, raw.table_cells, ...: loaded by Python, not built by
    dbt) from their descriptions in models/staging/*/_*__sources.yml. persist_docs covers models and
    seeds only; this runs on-run-end (dbt_project.yml) through the adapter's own COMMENT ON macro. -#}
{% macro persist_source_docs() %}
    {%- if execute -%}
        {%- set statements = [] -%}
        {%- for source in graph.sources.values() if source.description -%}
            {%- set relation = adapter.get_relation(database=source.database, schema=source.schema,
                                                    identifier=source.identifier) -%}
            {%- if relation is not none -%}
                {%- do statements.append(alter_relation_comment(relation, source.description) | trim) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if statements and target.type == 'duckdb' -%}
            {#- in one transaction, as persist_built_docs: a commit per statement costs more than the comments -#}
            {%- do run_query("begin;\n" ~ statements | join("\n") ~ "\ncommit;") -%}
        {%- else -%}
            {%- for statement in statements -%}
                {%- do run_query(statement) -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endif -%}
    select 1
{% endmacro %}
