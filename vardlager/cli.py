"""The command line: build, extract, check."""
from __future__ import annotations

import csv
import dataclasses
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="vardlager: healthcare follow-up reports -> DuckDB.")
err = Console(stderr=True)
out = Console()

DEFAULT_DB = Path("vardlager.duckdb")
DEFAULT_REPORTS = Path("data/reports")


@app.command()
def build(reports: Path = typer.Option(DEFAULT_REPORTS, help="Folder of report text files."),
          db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
          wait: float = typer.Option(0.0, help="Seconds to wait when another build is writing the same "
                                                "warehouse; 0 gives up at once (exit status 75).")) -> None:
    """Extract every report, check, transform with dbt, check again, and publish atomically."""
    from vardlager.pipeline import build as run_build

    result = run_build(reports, db, say=err.print, wait=wait)
    if result.busy:
        err.print(f"[red]{result.errors[0]}[/]")
        raise typer.Exit(75)  # EX_TEMPFAIL: try again later
    _print_summary(result)
    raise typer.Exit(0 if result.published else 1)


def _print_summary(result) -> None:
    facts = ", ".join(f"{domain} {n}" for domain, n in result.facts_by_domain.items()) or "none"
    err.print(f"reports {result.reports} loaded, {len(result.bad_files)} unreadable; facts: {facts}")
    err.print(f"checks: {result.count('passed')} passed, {result.count('warned')} warned, "
              f"{result.count('failed')} failed; total {sum(result.timings.values()):.1f} s")
    for check in result.checks:
        if check.status == "failed":
            err.print(f"[red]FAILED {check.check}: {check.failing_rows} rows {check.sample}[/]")
    for error in result.errors:
        err.print(f"[red]{error}[/]")
    if result.published:
        err.print(f"[green]published {result.db_path}[/]")
    else:
        err.print(f"[red]not published; {result.db_path} is unchanged[/]")


FACT_COLUMNS = ["report_file", "region_code", "org_unit_name", "period_start", "period_end", "domain",
                "metric_code", "measure", "value", "unit", "source_line", "source_quote", "is_verified"]


@app.command()
def extract(file: Path, format: str = typer.Option("csv", help="csv or json")) -> None:
    """Print one report's facts with the columns of marts.fct_report_facts; no warehouse is touched."""
    from loaders.textio import UnreadableReport
    from vardlager.single import facts_of_report

    if format not in ("csv", "json"):
        err.print(f"unknown format {format!r}: use csv or json")
        raise typer.Exit(2)
    try:
        rows = facts_of_report(file)
    except UnreadableReport as exc:
        err.print(f"{file}: {exc}")
        raise typer.Exit(1)
    if format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=FACT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


@app.command()
def check(db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file.")) -> None:
    """Show the latest build's data-quality results; exit non-zero when a hard check failed."""
    import duckdb

    if not db.exists():
        err.print(f"{db}: no warehouse; run `vardlager build` first")
        raise typer.Exit(2)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("""
        select layer, check_name, severity, status, failing_rows, sample from audit.dq_results
        where build_id = (select build_id from audit.dq_results order by checked_at desc limit 1)
        order by case status when 'failed' then 0 when 'warned' then 1 else 2 end, layer, check_name""").fetchall()
    con.close()
    table = Table("layer", "check", "severity", "status", "failing rows", "sample")
    for layer, name, severity, status, failing, sample in rows:
        colour = {"failed": "red", "warned": "yellow"}.get(status, "green")
        table.add_row(layer, name, severity, f"[{colour}]{status}[/]", str(failing), (sample or "")[:80])
    out.print(table)
    raise typer.Exit(1 if any(r[3] == "failed" for r in rows) else 0)
