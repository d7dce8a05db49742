{#- A stated number in the metric's canonical unit and sign (contract README: Signs).
    Costs are positive amounts wherever an income statement prints them negative;
    deviations, changes and results keep the sign they carry. -#}
{% macro canonical_value(value, factor, amount_kind, measure) -%}
    {#- rounded to 6 decimals: -1 033,1 mnkr is -1033100 tkr, not the float -1033099.9999999999 -#}
    round(case
        when {{ amount_kind }} = 'cost' and {{ measure }} in ('actual', 'budget', 'forecast', 'target')
            then abs({{ value }} * {{ factor }})
        else {{ value }} * {{ factor }}
    end, 6)
{%- endmacro %}

{#- The unit a measure is stated in: shares and changes in percent are pct whatever the metric. -#}
{% macro canonical_unit(metric_unit, measure, stated_unit) -%}
    case
        when {{ measure }} in ('change_pct', 'change_pp') then 'pct'
        when {{ stated_unit }} = 'pct' then 'pct'
        else {{ metric_unit }}
    end
{%- endmacro %}
