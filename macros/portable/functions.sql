{#- Scalar and aggregate functions DuckDB has and PostgreSQL 15 does not (or has otherwise): see README.md. -#}

{#- Whether text contains part (both text). -#}
{% macro str_contains(text, part) %}{{ return(adapter.dispatch('str_contains')(text, part)) }}{% endmacro %}
{% macro default__str_contains(text, part) %}contains({{ text }}, {{ part }}){% endmacro %}
{% macro postgres__str_contains(text, part) %}(strpos({{ text }}, {{ part }}) > 0){% endmacro %}

{#- The 8-byte floating point type. -#}
{% macro double_type() %}{{ return(adapter.dispatch('double_type')()) }}{% endmacro %}
{% macro default__double_type() %}double{% endmacro %}
{% macro postgres__double_type() %}double precision{% endmacro %}

{#- cast(expr as integer | double), null where the text is no such number. -#}
{% macro try_cast_to(expr, type) %}{{ return(adapter.dispatch('try_cast_to')(expr, type)) }}{% endmacro %}
{% macro default__try_cast_to(expr, type) %}try_cast({{ expr }} as {{ type }}){% endmacro %}
{% macro postgres__try_cast_to(expr, type) -%}
    {%- if type == 'integer' -%}
    case when trim({{ expr }}) ~ '^[-+]?[0-9]{1,9}$' then cast({{ expr }} as integer) end
    {%- else -%}
    case when trim({{ expr }}) ~ '^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$'
        then cast({{ expr }} as {{ double_type() }}) end
    {%- endif -%}
{%- endmacro %}

{#- round a double to n decimals, still a double -#}
{% macro round_double(expr, n) %}{{ return(adapter.dispatch('round_double')(expr, n)) }}{% endmacro %}
{% macro default__round_double(expr, n) %}round({{ expr }}, {{ n }}){% endmacro %}
{% macro postgres__round_double(expr, n) %}cast(round(cast({{ expr }} as numeric), {{ n }}) as double precision){% endmacro %}

{#- A double as DuckDB writes it in text (1234.0, 0.5), for keys hashed from text: the same key on both engines. -#}
{% macro double_as_text(expr) %}{{ return(adapter.dispatch('double_as_text')(expr)) }}{% endmacro %}
{% macro default__double_as_text(expr) %}{{ expr }}{% endmacro %}
{% macro postgres__double_as_text(expr) -%}
    case when {{ expr }} = trunc({{ expr }}) and abs({{ expr }}) < 1e15
        then cast(cast({{ expr }} as bigint) as text) || '.0' else cast({{ expr }} as text) end
{%- endmacro %}

{#- integer division (floor towards zero for the positive numbers used here) -#}
{% macro int_div(a, b) %}{{ return(adapter.dispatch('int_div')(a, b)) }}{% endmacro %}
{% macro default__int_div(a, b) %}{{ a }} // {{ b }}{% endmacro %}
{% macro postgres__int_div(a, b) %}div({{ a }}, {{ b }}){% endmacro %}

{#- year, month, day of a date, as integers -#}
{% macro year_of(d) %}{{ return(adapter.dispatch('year_of')(d)) }}{% endmacro %}
{% macro default__year_of(d) %}year({{ d }}){% endmacro %}
{% macro postgres__year_of(d) %}cast(extract(year from {{ d }}) as integer){% endmacro %}
{% macro month_of(d) %}{{ return(adapter.dispatch('month_of')(d)) }}{% endmacro %}
{% macro default__month_of(d) %}month({{ d }}){% endmacro %}
{% macro postgres__month_of(d) %}cast(extract(month from {{ d }}) as integer){% endmacro %}
{% macro day_of(d) %}{{ return(adapter.dispatch('day_of')(d)) }}{% endmacro %}
{% macro default__day_of(d) %}day({{ d }}){% endmacro %}
{% macro postgres__day_of(d) %}cast(extract(day from {{ d }}) as integer){% endmacro %}

{#- the last day of the month of a date (or timestamp), as a date -#}
{% macro last_day_of(d) %}{{ return(adapter.dispatch('last_day_of')(d)) }}{% endmacro %}
{% macro default__last_day_of(d) %}last_day({{ d }}){% endmacro %}
{% macro postgres__last_day_of(d) %}cast(date_trunc('month', {{ d }}) + interval '1 month' - interval '1 day' as date){% endmacro %}

{#- the first day of the month / year of a date, as a date -#}
{% macro trunc_date(part, d) %}{{ return(adapter.dispatch('trunc_date')(part, d)) }}{% endmacro %}
{% macro default__trunc_date(part, d) %}date_trunc('{{ part }}', {{ d }}){% endmacro %}
{% macro postgres__trunc_date(part, d) %}cast(date_trunc('{{ part }}', {{ d }}) as date){% endmacro %}

{#- month boundaries between two dates (DuckDB date_diff('month', a, b)) -#}
{% macro months_between(a, b) %}{{ return(adapter.dispatch('months_between')(a, b)) }}{% endmacro %}
{% macro default__months_between(a, b) %}date_diff('month', {{ a }}, {{ b }}){% endmacro %}
{% macro postgres__months_between(a, b) -%}
    ((cast(extract(year from {{ b }}) as integer) - cast(extract(year from {{ a }}) as integer)) * 12
        + cast(extract(month from {{ b }}) as integer) - cast(extract(month from {{ a }}) as integer))
{%- endmacro %}

{#- aggregates -#}
{% macro any_value_of(expr) %}{{ return(adapter.dispatch('any_value_of')(expr)) }}{% endmacro %}
{% macro default__any_value_of(expr) %}any_value({{ expr }}){% endmacro %}
{% macro postgres__any_value_of(expr) %}min({{ expr }}){% endmacro %}

{#- arg of the row with the largest / smallest val (rows with a null arg or val skipped), optionally filtered -#}
{% macro arg_max_of(arg, val, where=none) %}{{ return(adapter.dispatch('arg_max_of')(arg, val, where)) }}{% endmacro %}
{% macro default__arg_max_of(arg, val, where=none) -%}
    arg_max({{ arg }}, {{ val }}){% if where %} filter (where {{ where }}){% endif %}
{%- endmacro %}
{% macro postgres__arg_max_of(arg, val, where=none) -%}
    (array_agg({{ arg }} order by {{ val }} desc) filter (where {{ arg }} is not null and {{ val }} is not null{% if where %} and ({{ where }}){% endif %}))[1]
{%- endmacro %}
{% macro arg_min_of(arg, val, where=none) %}{{ return(adapter.dispatch('arg_min_of')(arg, val, where)) }}{% endmacro %}
{% macro default__arg_min_of(arg, val, where=none) -%}
    arg_min({{ arg }}, {{ val }}){% if where %} filter (where {{ where }}){% endif %}
{%- endmacro %}
{% macro postgres__arg_min_of(arg, val, where=none) -%}
    (array_agg({{ arg }} order by {{ val }}) filter (where {{ arg }} is not null and {{ val }} is not null{% if where %} and ({{ where }}){% endif %}))[1]
{%- endmacro %}

{#- the first value (null or not) in an order: first(x order by ...) -#}
{% macro first_of(expr, order_by) %}{{ return(adapter.dispatch('first_of')(expr, order_by)) }}{% endmacro %}
{% macro default__first_of(expr, order_by) %}first({{ expr }} order by {{ order_by }}){% endmacro %}
{% macro postgres__first_of(expr, order_by) %}(array_agg({{ expr }} order by {{ order_by }}))[1]{% endmacro %}

{#- the values of expr over a named window, sorted and joined by sep -#}
{% macro sorted_join_over(expr, window, sep) -%}
    {{ return(adapter.dispatch('sorted_join_over')(expr, window, sep)) }}
{%- endmacro %}
{% macro default__sorted_join_over(expr, window, sep) %}array_to_string(list_sort(list({{ expr }}) over {{ window }}), {{ sep }}){% endmacro %}
{% macro postgres__sorted_join_over(expr, window, sep) -%}
    array_to_string(array_agg({{ expr }}) over ({{ window }} order by {{ expr }}
        rows between unbounded preceding and unbounded following), {{ sep }})
{%- endmacro %}

{#- a = b where two nulls are equal too (is not distinct from), as a join condition PostgreSQL can hash
    (its planner loops over both sides for `is not distinct from`, and guesses one row from it) -#}
{% macro null_safe_equals(a, b) %}{{ return(adapter.dispatch('null_safe_equals')(a, b)) }}{% endmacro %}
{% macro default__null_safe_equals(a, b) %}{{ a }} is not distinct from {{ b }}{% endmacro %}
{% macro postgres__null_safe_equals(a, b) %}coalesce({{ a }}, chr(1)) = coalesce({{ b }}, chr(1)){% endmacro %}

{#- the last non-null value of expr in a window (DuckDB last_value(expr ignore nulls) over (...)) -#}
{% macro last_value_ignore_nulls(expr, window) -%}
    {{ return(adapter.dispatch('last_value_ignore_nulls')(expr, window)) }}
{%- endmacro %}
{% macro default__last_value_ignore_nulls(expr, window) %}last_value({{ expr }} ignore nulls) over ({{ window }}){% endmacro %}
{% macro postgres__last_value_ignore_nulls(expr, window) -%}
    (array_agg({{ expr }}) filter (where ({{ expr }}) is not null) over ({{ window }}))[count({{ expr }}) over ({{ window }})]
{%- endmacro %}
