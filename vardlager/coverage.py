"""`vardlager coverage`: every number of every report accounted for, from the published warehouse.

raw.numbers_seen (loaders/coverage.py) says what the loaders did with each number printed in a report.
Here the numbers they read (a table cell, a prose fact) are split into those that became facts of
marts.fct_report_facts and those that did not, with why; the rest are explained as no fact, left as an
issue, or unexplained. seen = facts + read_not_published + issues + explained + unexplained.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

STATUSES = ("fact", "read_not_published", "issue", "explained", "unexplained")
SOURCE_OF = {"table_cell": "table", "prose_fact": "prose"}  # ledger disposition -> fct_report_facts.fact_source
# why a number that was read is not a fact (the first that holds)
NO_PERIOD = "no report period"
HEADER_MISMATCH = "table columns not named (table_header_mismatch)"
NO_VALUE = "no value read"
NO_METRIC = "row label names no metric"
NOT_MAPPED = "not mapped to a fact (measure, unit or table context)"
UNKNOWN_METRIC = "metric not in seeds/metrics.csv"
NO_CANONICAL = "no canonical value or period"
DEDUPED_AWAY = "reached the facts but in no fact's sources"


class CoverageError(Exception):
    """The warehouse cannot say (missing, or built before raw.numbers_seen existed)."""


@dataclass
class ReportCoverage:
    report_file: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))

    @property
    def seen(self) -> int:
        return sum(self.counts.values())

    def share(self, status: str) -> float:
        return self.counts[status] / self.seen if self.seen else 0.0


@dataclass(frozen=True)
class Number:
    """One number of raw.numbers_seen with its final status and why."""

    report_file: str
    line: int
    seq: int
    text: str
    status: str  # one of STATUSES
    why: str  # fact: the fact's metric and measure; read_not_published: why not; issue: its kind;
    #           explained: the reason code; unexplained: ''
    note: str  # what the loaders said (issue message, the words that explained it, issues on its line)
    context: str


@dataclass(frozen=True)
class Lookups:
    """What the warehouse knows about the records behind the numbers read."""

    published: dict[tuple[str, str, int, str], str]  # (report, source, line, quote) -> 'metric measure'
    reached: dict[tuple[str, str, int, str], bool]  # int_*_facts rows: -> value and period known
    cells: dict[
        tuple[str, int, str, str], tuple
    ]  # (report, line, table_id, text) -> (header, label_metric, alias?, value)
    no_period: frozenset[str]  # reports without a period


def final_status(row: tuple, look: Lookups) -> Number:
    """A ledger row (report_file, line, seq, text, disposition, reason, note, context) with its final status."""
    report, line, seq, text, disposition, reason, note, context = row
    if (
        disposition == "explained"
        and reason == "table_out_of_domain"
        and (report, "table", line, text) in look.published
    ):  # a cell of such a table became a fact after all
        disposition = "table_cell"
    if disposition not in SOURCE_OF:
        status = {"explained": "explained", "issue": "issue"}.get(disposition, "unexplained")
        return Number(report, line, seq, text, status, reason or "", note or "", context)
    key = (report, SOURCE_OF[disposition], line, text)
    other = (report, SOURCE_OF["prose_fact" if disposition == "table_cell" else "table_cell"], line, text)
    for k in (key, other):  # (a number read both as a cell and in a sentence is one number of the ledger)
        if k in look.published:
            return Number(report, line, seq, text, "fact", look.published[k], "", context)
    return Number(
        report,
        line,
        seq,
        text,
        "read_not_published",
        why_not_published(disposition, reason, key, look),
        f"{disposition} {reason}",
        context,
    )


def why_not_published(disposition: str, reason: str, key: tuple[str, str, int, str], look: Lookups) -> str:
    report, _, line, text = key
    if report in look.no_period:
        return NO_PERIOD
    if key in look.reached:
        return DEDUPED_AWAY if look.reached[key] else NO_CANONICAL
    if disposition == "prose_fact":
        return UNKNOWN_METRIC
    header, label_metric, label_is_alias, value = look.cells.get((report, line, reason, text), ("", "", False, None))
    if value is None:
        return NO_VALUE
    if not header:
        return HEADER_MISMATCH
    if not label_metric and not label_is_alias:
        return NO_METRIC
    return NOT_MAPPED


def load_coverage(db: Path) -> list[Number]:
    """Every number of every report in the published warehouse, with its final status."""
    if not db.exists():
        raise CoverageError(f"{db}: no warehouse; run `vardlager build` first")
    con = duckdb.connect(str(db), read_only=True)
    try:
        try:
            rows = con.execute("""
                select report_file, line, seq, text, disposition, reason, note, context
                from raw.numbers_seen order by report_file, line, seq""").fetchall()
        except duckdb.CatalogException:
            raise CoverageError(f"{db}: no raw.numbers_seen (built by an older vardlager); build again") from None
        look = _lookups(con)
        return [final_status(row, look) for row in rows]
    finally:
        con.close()


def _lookups(con: duckdb.DuckDBPyConnection) -> Lookups:
    published: dict[tuple[str, str, int, str], str] = {}
    reached: dict[tuple[str, str, int, str], bool] = {}
    for report, source, line, quote, ok, metric, measure, in_fact in con.execute("""
            with statements as (
                select report_file, fact_source, source_line, source_quote, metric_code, measure,
                    value is not null and period_start is not null as ok
                from intermediate.int_table_facts
                union all
                select report_file, fact_source, source_line, source_quote, metric_code, measure,
                    value is not null and period_start is not null as ok
                from intermediate.int_prose_facts
            ),
            refs as (
                select distinct report_file, trim(ref) as ref
                from marts.fct_report_facts, unnest(string_split(sources, ';')) as t(ref)
            )
            select statements.report_file, statements.fact_source, statements.source_line,
                statements.source_quote, statements.ok, statements.metric_code, statements.measure,
                refs.ref is not null as in_fact
            from statements
            left join refs on statements.report_file = refs.report_file
                and refs.ref = statements.fact_source || ' L' || cast(statements.source_line as varchar)
            """).fetchall():
        key = (report, source, line, quote)
        reached[key] = reached.get(key, False) or bool(ok)
        if ok and in_fact:
            published.setdefault(key, f"{metric} {measure}")
    cells = {
        (r, line, t, text): (header, label_metric, bool(is_alias), value)
        for r, line, t, text, header, label_metric, is_alias, value in con.execute("""
                select cells.report_file, cells.line, cells.table_id, cells.text, cells.column_header,
                    cells.label_metric, aliases.alias is not null, cells.value
                from raw.table_cells as cells
                left join (select distinct lower(trim(alias)) as alias from raw.metric_aliases) as aliases
                    on lower(trim(cells.row_label)) = aliases.alias""").fetchall()
    }
    no_period = frozenset(
        r for (r,) in con.execute("select report_file from raw.documents where period_end is null").fetchall()
    )
    return Lookups(published, reached, cells, no_period)


def summarise(numbers: list[Number]) -> list[ReportCoverage]:
    """Counts per report, in report order."""
    out: dict[str, ReportCoverage] = {}
    for n in numbers:
        out.setdefault(n.report_file, ReportCoverage(n.report_file)).counts[n.status] += 1
    return list(out.values())


def total(reports: list[ReportCoverage]) -> ReportCoverage:
    t = ReportCoverage("total")
    for r in reports:
        for status, n in r.counts.items():
            t.counts[status] += n
    return t


def top_reasons(numbers: list[Number], status: str, limit: int = 10) -> list[tuple[str, int]]:
    """The most frequent `why` (or, for unexplained numbers, what the loaders said about their line)."""
    counts: dict[str, int] = {}
    for n in numbers:
        if n.status == status:
            key = n.why or (n.note.split(":", 1)[0] if n.note else "nothing said")
            counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
