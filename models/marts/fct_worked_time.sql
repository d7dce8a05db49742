{#- The worked_time facts of fct_report_facts, keyed to the dimensions. -#}
{{ domain_facts('worked_time') }}
