{#- The metric vocabulary as the table reader looks it up: each alias of seeds/metric_aliases.csv normalised
    (normalize_label), one metric per normalised alias (the first code when two aliases collide). -#}
with aliases as (
    select * from {{ ref('metric_aliases') }}
),

final as (
    {% call qualify("row_number() over (partition by " ~ normalize_label('aliases.alias') ~ " order by aliases.metric_code) = 1") %}
    select
        {{ normalize_label('aliases.alias') }} as alias_key,
        aliases.metric_code
    from aliases
    {% endcall %}
)

select * from final
