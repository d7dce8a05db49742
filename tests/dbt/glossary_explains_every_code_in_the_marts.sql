-- Every org level, measure, unit, domain, period kind and metric the marts use has a row in
-- marts.glossary, so a BI user can look up any code they see. Returns the codes without one.
with used as (
    select distinct 'org_level' as topic, org_level as term from {{ ref('dim_org_unit') }}
    union select distinct 'measure', measure from {{ ref('fct_report_facts') }}
    union select distinct 'unit', unit from {{ ref('fct_report_facts') }}
    union select distinct 'domain', domain from {{ ref('fct_report_facts') }}
    union select distinct 'period_kind', period_kind from {{ ref('dim_period') }}
    union select distinct 'metric', metric_code from {{ ref('fct_report_facts') }}
),

glossary as (
    select * from {{ ref('glossary') }}
),

final as (
    select used.topic, used.term
    from used
    left join glossary on glossary.topic = used.topic and glossary.term = used.term
    where used.term is not null and glossary.term is null
)

select * from final
