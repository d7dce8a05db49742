"""`target` for sqlfluff's jinja templater (.sqlfluff library_path): the DuckDB target of profiles.yml."""

type = "duckdb"
name = "dev"
schema = "main"
database = "vardlager"
