"""`adapter` for sqlfluff's jinja templater (.sqlfluff library_path): the models call the portable macros
through `adapter.dispatch`, which here picks the DuckDB implementation as dbt-duckdb does, so sqlfluff
lints the SQL a DuckDB build runs."""

from __future__ import annotations

from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

ADAPTER_TYPE = "duckdb"


def dispatch(macro_name: str, macro_namespace: str | None = None) -> Any:  # noqa: ARG001 (dbt's signature)
    """The macro dbt would call: `duckdb__<name>`, else `default__<name>`."""

    @pass_context
    def call(context: Context, *args: Any, **kwargs: Any) -> Any:
        for prefix in (f"{ADAPTER_TYPE}__", "default__"):
            macro = context.get(prefix + macro_name)
            if macro is not None:
                return macro(*args, **kwargs)
        raise LookupError(f"no {ADAPTER_TYPE}__ or default__ implementation of macro {macro_name!r}")

    return call


def quote(name: str) -> str:
    return f'"{name}"'
