{#- persist_docs (dbt_project.yml) in one pass on DuckDB. dbt's own persist_docs runs per model and per seed
    three queries (the relation's comment, its column list twice: default__persist_docs and
    duckdb__alter_column_comment each ask), about 25 ms of dbt overhead per node, most of a second per build.
    Here a model or seed only says it was built; persist_built_docs (on-run-end) writes the comments of every
    node this run built with one query for the column lists and one script of COMMENT ON statements: the same
    comments on the same relations and columns, with the same warning for a documented column that is not
    in the database. PostgreSQL keeps dbt's per-model way (postgres__persist_docs is not overridden). -#}
{% macro duckdb__persist_docs(relation, model, for_relation, for_columns) -%}
{%- endmacro %}

{% macro persist_built_docs() %}
    {%- if execute and target.type == 'duckdb' -%}
        {%- set built = [] -%}
        {%- for result in results
                if result.node.resource_type in ('model', 'seed') and result.status == 'success' -%}
            {%- set node = result.node -%}
            {%- set persist = node.config.persist_docs or {} -%}
            {%- set relation = adapter.get_relation(database=node.database, schema=node.schema,
                                                    identifier=node.alias) -%}
            {%- if relation is not none and (persist.get('relation') or persist.get('columns')) -%}
                {%- do built.append((node, persist, relation)) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if built -%}
            {%- set schemas = built | map(attribute=2) | map(attribute='schema') | unique | list -%}
            {#- every column of the built relations' schemas, in one row: schema.table.column separated by newlines -#}
            {%- set listed = run_query(
                "select string_agg(schema_name || '.' || table_name || '.' || column_name, chr(10)) "
                ~ "from duckdb_columns() where database_name = '" ~ built[0][2].database ~ "' and schema_name in ('"
                ~ schemas | join("', '") ~ "')") -%}
            {%- set columns_of = {} -%}
            {%- for line in (listed.columns[0].values()[0] or '').split('\n') if line -%}
                {%- set part = line.split('.', 2) -%}
                {%- do columns_of.setdefault(part[0] ~ '.' ~ part[1], []).append(part[2]) -%}
            {%- endfor -%}
            {%- set statements = [] -%}
            {%- for node, persist, relation in built -%}
                {%- if persist.get('relation') and node.description -%}
                    {%- do statements.append(alter_relation_comment(relation, node.description) | trim) -%}
                {%- endif -%}
                {%- if persist.get('columns') and node.columns -%}
                    {%- set names = columns_of.get(relation.schema ~ '.' ~ relation.identifier, []) -%}
                    {%- set present = validate_doc_columns(relation, node.columns, names) -%}
                    {%- for column_name in present if column_name in names -%}
                        {%- set column = node.columns[column_name] -%}
                        {%- do statements.append('comment on column ' ~ relation ~ '.'
                            ~ (adapter.quote(column_name) if column['quote'] else column_name)
                            ~ ' is ' ~ (duckdb_escape_comment(column['description']) | trim) ~ ';') -%}
                    {%- endfor -%}
                {%- endif -%}
            {%- endfor -%}
            {%- if statements -%}
                {#- in one transaction: hooks run outside one, and ~430 COMMENT ON statements each committed on its
                    own took 1.2-1.5 s of a build's wall time (a commit each), 0.15 s in one transaction -#}
                {%- do run_query("begin;\n" ~ statements | join("\n") ~ "\ncommit;") -%}
            {%- endif -%}
        {%- endif -%}
    {%- endif -%}
    select 1
{% endmacro %}
