{#- A combination of columns is a key: no two rows share it and none of its columns is null. -#}
{% test unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n_rows
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1 or {% for column in columns %}{{ column }} is null{% if not loop.last %} or {% endif %}{% endfor %}
{% endtest %}

{#- Exactly one statement is current per org unit, metric, measure, breakdown and period. -#}
{% test one_current_statement(model) %}
select
    org_unit_key, metric_code, measure, breakdown, period_start, period_end,
    count(*) filter (where is_current) as n_current,
    {{ any_value_of('report_file') }} as report_file,
    {{ any_value_of('source_line') }} as source_line
from {{ model }}
group by org_unit_key, metric_code, measure, breakdown, period_start, period_end
having count(*) filter (where is_current) <> 1
{% endtest %}

{#- Every value of the column is the `field` of a row of the same model (a statement's pointer to another
    statement, e.g. the fact it conflicts with): dbt's relationships test with the model as its own parent,
    written without naming the model, so the fact tables share one column block (models/marts/_marts.yml). -#}
{% test refers_to_own_rows(model, column_name, field) %}
select child.{{ column_name }}
from {{ model }} as child
left join {{ model }} as parent on child.{{ column_name }} = parent.{{ field }}
where child.{{ column_name }} is not null and parent.{{ field }} is null
{% endtest %}
