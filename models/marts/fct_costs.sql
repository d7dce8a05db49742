{#- The costs facts of fct_report_facts, keyed to the dimensions. -#}
{{ domain_facts('costs') }}
