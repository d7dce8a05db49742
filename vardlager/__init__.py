"""vardlager: a DuckDB warehouse of Swedish regional healthcare follow-up reports."""

__version__ = "0.1.0"
