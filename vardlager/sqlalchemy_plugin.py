"""A SQLAlchemy plugin that puts the marts on the search path of every duckdb-engine connection.

DuckDB's search_path is a per-connection setting, and duckdb-engine passes the URL's query
parameters to duckdb.connect() as database-wide configuration, which DuckDB refuses for it
("Could not set option search_path as a global option"). With this plugin (installed with
vardlager, entry point `sqlalchemy.plugins: vardlager`) the URL

    duckdb:////abs/path/vardlager.duckdb?access_mode=read_only&plugin=vardlager

runs `SET search_path = 'marts,main'` on each new connection, so `select * from fct_costs` works
as in `vardlager query`; `&search_path=marts,audit` chooses another path. Qualified names
(`marts.fct_costs`, `audit.dq_results`) keep working either way.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import URL, CreateEnginePlugin, Engine

DEFAULT_SEARCH_PATH = "marts,main"  # the same as vardlager.query.SEARCH_PATH


class SearchPathPlugin(CreateEnginePlugin):
    def __init__(self, url: URL, kwargs: dict):
        super().__init__(url, kwargs)
        self.search_path = url.query.get("search_path", DEFAULT_SEARCH_PATH)
        if isinstance(self.search_path, tuple):  # the parameter given twice: the last one counts
            self.search_path = self.search_path[-1]

    def update_url(self, url: URL) -> URL:
        return url.difference_update_query(["search_path"])

    def engine_created(self, engine: Engine) -> None:
        literal = "'" + self.search_path.replace("'", "''") + "'"

        @event.listens_for(engine, "connect")
        def set_search_path(dbapi_connection, _connection_record) -> None:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute(f"set search_path = {literal}")
            finally:
                cursor.close()
