{#- The month (1-12) named in a lower-case text (`april`, `apr`, `mars`), null when none. -#}
{% macro month_in(expr) -%}
    case
        when regexp_matches({{ expr }}, '\bjan(uari)?\b') then 1
        when regexp_matches({{ expr }}, '\bfeb(ruari)?\b') then 2
        when regexp_matches({{ expr }}, '\bmars?\b') then 3
        when regexp_matches({{ expr }}, '\bapr(il)?\b') then 4
        when regexp_matches({{ expr }}, '\bmaj\b') then 5
        when regexp_matches({{ expr }}, '\bjuni?\b') then 6
        when regexp_matches({{ expr }}, '\bjuli?\b') then 7
        when regexp_matches({{ expr }}, '\baug(usti)?\b') then 8
        when regexp_matches({{ expr }}, '\bsep(t|tember)?\b') then 9
        when regexp_matches({{ expr }}, '\bokt(ober)?\b') then 10
        when regexp_matches({{ expr }}, '\bnov(ember)?\b') then 11
        when regexp_matches({{ expr }}, '\bdec(ember)?\b') then 12
    end
{%- endmacro %}
