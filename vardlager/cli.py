"""The command line: build, extract, check."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

LOG_DIR_ENV = "VARDLAGER_LOG_DIR"


class _App(typer.Typer):
    """The Typer app; an unexpected error in any command gives one line on stderr and the path of a
    log file with the traceback (./logs, or VARDLAGER_LOG_DIR, or the temporary folder), never a traceback."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except Exception as exc:  # (SystemExit and Ctrl-C pass: click has said what they mean)
            log = write_error_log(exc)
            err.print(
                f"[red]vardlager: unexpected error: {type(exc).__name__}: {_one_line(str(exc))} (details in {log})[/]",
                markup=True,
                highlight=False,
            )
            sys.exit(1)


def write_error_log(exc: BaseException) -> str:
    """Write the traceback of exc to a new log file and return its path."""
    import os
    import tempfile
    import traceback
    from datetime import datetime

    name = f"vardlager-error-{datetime.now():%Y%m%dT%H%M%S}-{os.getpid()}.log"
    text = f"vardlager {' '.join(sys.argv[1:])}\n\n" + "".join(traceback.format_exception(exc))
    for folder in (os.environ.get(LOG_DIR_ENV, ""), "logs", tempfile.gettempdir()):
        if not folder:
            continue
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            return str(path.resolve())
        except OSError:
            continue
    return "(no writable folder for a log)"


def _one_line(text: str) -> str:
    from rich.markup import escape

    return escape(" ".join(text.split()))[:300]


# rich_markup_mode=None: click's plain help, which shows flags as flags (typer's rich panel prints
# `--all <bool>` as if the flag took a value)
app = _App(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="vardlager: healthcare follow-up reports -> DuckDB.",
)
err = Console(stderr=True, soft_wrap=True)  # one message, one line (logs are grepped)
out = Console()

DEFAULT_DB = Path("vardlager.duckdb")
DEFAULT_REPORTS = Path("data/reports")


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("vardlager")
        except PackageNotFoundError:  # run from a checkout that was not installed
            from vardlager import __version__ as number
        out.print(f"vardlager {number}", highlight=False)
        raise typer.Exit(0)


@app.callback()
def main(
    show_version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """vardlager: healthcare follow-up reports -> DuckDB."""


@app.command()
def build(
    reports: Path = typer.Option(DEFAULT_REPORTS, help="Folder of report text files."),
    db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
    wait: float = typer.Option(
        0.0,
        help="Seconds to wait when another build is writing the same warehouse; 0 gives up at once (exit status 75).",
    ),
    if_changed: bool = typer.Option(
        False,
        "--if-changed",
        help="Do nothing when neither the reports nor the project changed since the published build (for cron).",
    ),
    whole: bool = typer.Option(
        False,
        "--whole",
        help="Build every report and model anew, not from the published warehouse "
        "(by default a build of the same code replaces the rows of the changed reports only).",
    ),
    target: str = typer.Option(
        "duckdb",
        help="duckdb: the file --db; postgres: the server of the PG* variables or --pg-dsn (README: Shared server).",
    ),
    pg_dsn: str = typer.Option(
        None,
        "--pg-dsn",
        help="libpq connection string for --target postgres "
        "(host=... port=... dbname=... user=...); a password is better in PGPASSWORD "
        "or ~/.pgpass.",
    ),
) -> None:
    """Extract every report, check, transform with dbt, check again, and publish atomically."""
    from vardlager.pipeline import build as run_build

    if target not in ("duckdb", "postgres"):
        err.print(f"unknown target {target!r}: use duckdb or postgres")
        raise typer.Exit(2)
    if target == "postgres":
        if if_changed:
            err.print("--if-changed is for the duckdb target; a server build always builds")
            raise typer.Exit(2)
        from vardlager.postgres import build as build_on_server
        from vardlager.postgres import dsn_environment, environment, server_name

        result = build_on_server(reports, db, say=err.print, dsn=pg_dsn, wait=wait)
        try:
            with environment(dsn_environment(pg_dsn)):
                result.db_path = f"PostgreSQL {server_name()} (schemas raw, staging, intermediate, marts, audit)"
        except Exception:  # a bad DSN: the build said so
            result.db_path = "PostgreSQL"
    else:
        result = run_build(reports, db, say=err.print, wait=wait, if_changed=if_changed, whole=whole)
    if result.busy:
        err.print(f"[red]{result.errors[0]}[/]")
        raise typer.Exit(75)  # EX_TEMPFAIL: try again later
    if result.up_to_date:
        raise typer.Exit(0)
    _print_summary(result)
    raise typer.Exit(0 if result.published else 1)


def _print_summary(result) -> None:
    facts = ", ".join(f"{domain} {n}" for domain, n in result.facts_by_domain.items()) or "none"
    err.print(f"reports {result.reports} loaded, {len(result.bad_files)} unreadable; facts: {facts}")
    err.print(
        f"checks: {result.count('passed')} passed, {result.count('warned')} warned, "
        f"{result.count('failed')} failed; total {sum(result.timings.values()):.1f} s"
    )
    for check in result.checks:
        if check.status == "failed":
            err.print(f"[red]FAILED {check.check}: {check.failing_rows} rows {check.sample}[/]")
    for error in result.errors:
        err.print(f"[red]{error}[/]")
    if result.published:
        err.print(f"[green]published {result.db_path}[/]")
    else:
        err.print(f"[red]not published; {result.db_path} is unchanged[/]")


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., metavar="FILE", help="Report text files, or folders of them."),
    format: str = typer.Option("csv", help="csv or json"),
) -> None:
    """Print the facts of reports with every column of marts.fct_report_facts, through the same loaders
    and models as a build (in memory, in seconds); no warehouse is touched."""
    from rich.markup import escape

    from vardlager.single import ExtractError, extract_facts

    if format not in ("csv", "json"):
        err.print(f"unknown format {format!r}: use csv or json")
        raise typer.Exit(2)
    try:
        columns, rows = extract_facts(files, say=err.print)
    except ExtractError as exc:
        if not exc.said:  # else each file's own line said why
            err.print(f"[red]extract: {escape(str(exc))}[/]", highlight=False)
        raise typer.Exit(1) from None
    if format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


@app.command()
def check(
    db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
    all_checks: bool = typer.Option(False, "--all", help="List passed checks too."),
) -> None:
    """Show the latest build's data-quality results; exit non-zero when a hard check failed.

    The latest build is the published warehouse's (audit.dq_results), unless a later build was not
    published: then its checks (kept beside the warehouse) are shown and the exit status is 1."""
    from datetime import datetime

    import duckdb
    from rich.markup import escape

    failed_build = _failed_build(db)
    if not db.exists() and not failed_build:
        err.print(f"{db}: no warehouse; run `vardlager build` first")
        raise typer.Exit(2)
    title, checked_at, rows = "", None, []
    if db.exists():
        con = duckdb.connect(str(db), read_only=True)
        try:
            build_id, checked_at = con.execute(
                "select build_id, max(checked_at) from audit.dq_results group by build_id "
                "order by max(checked_at) desc limit 1"
            ).fetchone()
            rows = con.execute(
                """
                select layer, check_name, severity, status, failing_rows, sample from audit.dq_results
                where build_id = ?""",
                [build_id],
            ).fetchall()
            title = f"build {build_id} at {checked_at:%Y-%m-%d %H:%M:%S %Z}"
        except (duckdb.Error, TypeError):
            if not failed_build:
                err.print(f"{db}: no data-quality results (audit.dq_results)")
                raise typer.Exit(2) from None
        finally:
            con.close()
    not_published = bool(failed_build) and (
        checked_at is None or datetime.fromisoformat(failed_build["checked_at"]) > checked_at
    )
    if not_published:
        rows = [
            (c["layer"], c["check_name"], c["severity"], c["status"], c["failing_rows"], c["sample"])
            for c in failed_build["checks"]
        ]
        title = f"build {failed_build['build_id']} at {failed_build['checked_at'][:19]} UTC, NOT PUBLISHED"
        for error in failed_build["errors"]:
            err.print(f"[red]{escape(error)}[/]")
    rows.sort(key=lambda r: ({"failed": 0, "warned": 1}.get(r[3], 2), r[0], r[1]))
    counts = {s: sum(1 for r in rows if r[3] == s) for s in ("passed", "warned", "failed")}
    table = Table(
        "layer",
        "check",
        "severity",
        "status",
        "failing rows",
        "sample (report, line)",
        title=f"{title}: {counts['passed']} passed, {counts['warned']} warned, {counts['failed']} failed",
    )
    for layer, name, severity, status, failing, sample in rows:
        if status == "passed" and not all_checks:
            continue
        colour = {"failed": "red", "warned": "yellow"}.get(status, "green")
        table.add_row(
            layer, escape(name), severity, f"[{colour}]{status}[/]", str(failing), escape((sample or "")[:300])
        )
    Console(width=max(out.width, 200)).print(table)
    raise typer.Exit(1 if counts["failed"] or not_published else 0)


@app.command()
def coverage(
    db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
    format: str = typer.Option("table", help="table, csv or json"),
    limit: int = typer.Option(0, help="List at most this many unexplained numbers (0: all)."),
) -> None:
    """Every number of every report accounted for: became a fact, read but not published, left as an
    issue, explained as no fact (year, date, page, ...), or unexplained; the unexplained ones listed."""
    import dataclasses

    from rich.markup import escape

    from vardlager.coverage import STATUSES, CoverageError, load_coverage, summarise, top_reasons, total

    if format not in ("table", "csv", "json"):
        err.print(f"unknown format {format!r}: use table, csv or json")
        raise typer.Exit(2)
    try:
        numbers = load_coverage(db)
    except CoverageError as exc:
        err.print(str(exc), markup=False)
        raise typer.Exit(2) from None
    reports = summarise(numbers)
    everything = total(reports)
    unexplained = [n for n in numbers if n.status == "unexplained"]
    shown = unexplained[:limit] if limit else unexplained
    if format in ("csv", "json"):
        summary = [
            {
                "report_file": r.report_file,
                "seen": r.seen,
                **r.counts,
                "unexplained_pct": round(100 * r.share("unexplained"), 2),
            }
            for r in reports + [everything]
        ]
        if format == "json":
            json.dump(
                {
                    "reports": summary,
                    "unexplained": [dataclasses.asdict(n) for n in shown],
                    "top_reasons": {s: top_reasons(numbers, s) for s in STATUSES if s != "fact"},
                },
                sys.stdout,
                ensure_ascii=False,
                indent=1,
            )
            sys.stdout.write("\n")
        else:
            writer = csv.DictWriter(
                sys.stdout, fieldnames=list(summary[0]) if summary else ["report_file", "seen", *STATUSES]
            )
            writer.writeheader()
            writer.writerows(summary)
        raise typer.Exit(0)
    wide = Console(width=max(out.width, 200))
    table = Table(
        "report",
        "seen",
        "facts",
        "read, not published",
        "issues",
        "explained",
        "unexplained",
        "unexplained %",
        title="Every number accounted for (raw.numbers_seen, marts.fct_report_facts)",
    )
    for r in reports + [everything]:
        table.add_row(
            escape(r.report_file),
            *(str(x) for x in (r.seen, *r.counts.values())),
            f"{100 * r.share('unexplained'):.1f}",
            end_section=r is reports[-1],
        )
    wide.print(table)
    for status, label in (
        ("read_not_published", "read, not published"),
        ("issue", "issues"),
        ("explained", "explained"),
        ("unexplained", "unexplained (what the loaders said)"),
    ):
        reasons = top_reasons(numbers, status)
        if reasons:
            wide.print(f"{label}: " + "; ".join(f"{escape(why)} {n}" for why, n in reasons), highlight=False)
    if shown:
        listing = Table(
            "report",
            "line",
            "number",
            "text around it",
            "what the loaders said",
            title=f"Unexplained numbers ({len(shown)} of {len(unexplained)})",
        )
        for n in shown:
            listing.add_row(escape(n.report_file), str(n.line), escape(n.text), escape(n.context), escape(n.note[:200]))
        wide.print(listing)


def _failed_build(db: Path) -> dict | None:
    from vardlager.pipeline import failed_build_path

    path = failed_build_path(db.resolve())
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, ValueError):
        return None


# --- analysts and BI tools: query, export, docs, report -------------------------------------------


@app.command()
def query(
    sql: str = typer.Argument(None, help="SQL (marts is on the search path); - reads it from stdin."),
    file: Path = typer.Option(None, "--file", "-f", help="Read the SQL from this file (e.g. examples/*.sql)."),
    format: str = typer.Option("table", help="table, csv or json"),
    db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
    target: str = typer.Option(
        "duckdb", help="duckdb (the file --db) or postgres (the server of the PG* variables or --pg-dsn)."
    ),
    pg_dsn: str = typer.Option(None, "--pg-dsn", help="libpq connection string for --target postgres."),
) -> None:
    """Run SQL read-only against the published warehouse and print the result."""
    from vardlager.query import QueryError, run_query, to_csv, to_json, to_rich_table

    if target not in ("duckdb", "postgres"):
        err.print(f"unknown target {target!r}: use duckdb or postgres")
        raise typer.Exit(2)
    if target == "postgres":
        from vardlager.postgres import run_query as run_on_server

        run_query = lambda _db, text: run_on_server(text, pg_dsn)  # noqa: E731

    if format not in ("table", "csv", "json"):
        err.print(f"unknown format {format!r}: use table, csv or json")
        raise typer.Exit(2)
    if (sql is None) == (file is None):
        err.print("give the SQL either as an argument or with --file")
        raise typer.Exit(2)
    if file is not None:
        sql = file.read_text(encoding="utf-8")
    elif sql == "-":
        sql = sys.stdin.read()
    try:
        result = run_query(db, sql)
    except QueryError as exc:
        err.print(f"query failed: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if format == "csv":
        sys.stdout.write(to_csv(result))
    elif format == "json":
        sys.stdout.write(to_json(result))
    else:
        # fitted to the terminal as it is now (a console made at import keeps the COLUMNS of that moment)
        terminal = Console()
        terminal.print(to_rich_table(result, terminal.width))  # a table, or one block per row


@app.command()
def export(
    out_dir: Path = typer.Argument(..., metavar="DIR", help="Folder to write (replaced if an earlier export)."),
    format: str = typer.Option("parquet", help="parquet"),
    db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
) -> None:
    """Write every mart as Parquet (facts partitioned by region_code) plus schema.json."""
    from vardlager.export import ExportError, export_parquet

    if format != "parquet":
        err.print(f"unknown format {format!r}: only parquet")
        raise typer.Exit(2)
    try:
        schema = export_parquet(db, out_dir)
    except ExportError as exc:
        err.print(f"export failed: {exc}", markup=False)
        raise typer.Exit(1) from None
    for entry in schema.values():
        err.print(f"{out_dir / entry['path']}  ({len(entry['columns'])} columns)", markup=False)


@app.command()
def docs(
    out_dir: Path = typer.Argument(..., metavar="DIR", help="Folder for the static documentation site."),
    db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
) -> None:
    """dbt docs (catalog and lineage) and Great Expectations data docs as one static site."""
    from vardlager.docs import DocsError, build_docs

    try:
        index = build_docs(db, out_dir, say=err.print)
    except DocsError as exc:
        err.print(f"docs failed: {exc}", markup=False)
        raise typer.Exit(1) from None
    err.print(f"open {index}", markup=False)


@app.command()
def report(
    out: Path = typer.Option(Path("report.html"), help="The HTML page to write."),
    db: Path = typer.Option(DEFAULT_DB, help="The published warehouse file."),
) -> None:
    """One self-contained HTML page with charts of the warehouse (works offline)."""
    from vardlager.report import ReportError, write_report

    try:
        write_report(db, out)
    except ReportError as exc:
        err.print(f"report failed: {exc}", markup=False)
        raise typer.Exit(1) from None
    err.print(f"wrote {out}", markup=False)
