{#- Which labels name a part of a whole (seeds/breakdown_labels.csv): a table row label or a prose word
    (`Kvinnor`, `-män`, `Anställda 30–49 år`, `kvinnor`) -> the breakdown `dimension=value`
    (`sex=kvinnor`, `sex=man`, `age=30-49`). The first pattern by priority that matches the whole label
    (lower case, spaces collapsed) decides; its value is the template with the pattern's groups filled in. -#}
with cells as (
    select * from {{ ref('stg_reports__table_cells') }}
),

prose as (
    select * from {{ ref('stg_reports__prose_facts') }}
),

patterns as (
    select
        cast(dimension as varchar) as dimension,
        cast(label_pattern as varchar) as label_pattern,
        cast(value_template as varchar) as value_template,
        cast(priority as integer) as priority
    from {{ ref('breakdown_labels') }}
),

labels as (
    select distinct row_label as label from cells where row_label <> ''
    union
    select distinct breakdown_label as label from prose where breakdown_label <> ''
),

texts as (
    select
        label,
        trim(regexp_replace(lower(label), '\s+', ' ', 'g')) as label_text
    from labels
),

final as (
    {% call qualify("row_number() over (
        partition by texts.label order by patterns.priority, patterns.dimension
    ) = 1") %}
    select
        texts.label,
        patterns.dimension,
        {{ re_replace('texts.label_text', 'patterns.label_pattern', 'patterns.value_template') }} as breakdown_value,
        patterns.dimension || '=' || {{ re_replace('texts.label_text', 'patterns.label_pattern', 'patterns.value_template') }}
            as breakdown
    from texts
    inner join patterns on {{ re_matches('texts.label_text', 'patterns.label_pattern') }}
    {% endcall %}
)

select * from final
