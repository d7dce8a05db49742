{#- The month (1-12) named in a lower-case text (`april`, `apr`, `mars`), null when none. -#}
{% macro month_in(expr) -%}
    case
        when {{ re_matches(expr, "'\\bjan(uari)?\\b'") }} then 1
        when {{ re_matches(expr, "'\\bfeb(ruari)?\\b'") }} then 2
        when {{ re_matches(expr, "'\\bmars?\\b'") }} then 3
        when {{ re_matches(expr, "'\\bapr(il)?\\b'") }} then 4
        when {{ re_matches(expr, "'\\bmaj\\b'") }} then 5
        when {{ re_matches(expr, "'\\bjuni?\\b'") }} then 6
        when {{ re_matches(expr, "'\\bjuli?\\b'") }} then 7
        when {{ re_matches(expr, "'\\baug(usti)?\\b'") }} then 8
        when {{ re_matches(expr, "'\\bsep(t|tember)?\\b'") }} then 9
        when {{ re_matches(expr, "'\\bokt(ober)?\\b'") }} then 10
        when {{ re_matches(expr, "'\\bnov(ember)?\\b'") }} then 11
        when {{ re_matches(expr, "'\\bdec(ember)?\\b'") }} then 12
    end
{%- endmacro %}

{#- A regex group the start of every month's name or abbreviation matches (`jan`, `augusti`: `aug`), for the
    patterns that find a month's place in a header or caption; month_in names the month. -#}
{% macro month_start() -%}
    (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)
{%- endmacro %}
