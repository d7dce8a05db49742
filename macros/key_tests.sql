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
