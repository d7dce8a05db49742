{#- A metric counted per staff category has a sibling per category in the vocabulary, named by an alias of the
    metric and the category together (`inhyrda` + `läkare` is `Inhyrda läkare`: inhyrda_arsarbetare of staff=läkare
    is inhyrda_lakare_arsarbetare, a whole of its own), in the same unit. The rows (metric_code, breakdown,
    sibling_code) for the staff breakdowns (`staff=<category>`, seeds/breakdown_labels.csv) that `breakdowns_sql`
    selects (one column, breakdown); table and prose facts read the same map. -#}
{% macro staff_siblings(breakdowns_sql) -%}
    select distinct
        whole.metric_code,
        staff.breakdown,
        sibling.metric_code as sibling_code
    from ({{ breakdowns_sql }}) as staff
    cross join {{ ref('int_metric_alias_keys') }} as whole
    inner join {{ ref('int_metric_alias_keys') }} as sibling
        on sibling.alias_key = whole.alias_key || ' ' || substr(staff.breakdown, 7)
        and sibling.metric_code <> whole.metric_code
    inner join {{ ref('metrics') }} as whole_metrics on whole.metric_code = whole_metrics.metric_code
    inner join {{ ref('metrics') }} as sibling_metrics
        on sibling.metric_code = sibling_metrics.metric_code
        and sibling_metrics.canonical_unit = whole_metrics.canonical_unit
    where staff.breakdown like 'staff=%'
{%- endmacro %}
