"""Plain records the loaders emit; one dataclass per raw table.

Each record type becomes one table in the `raw` schema (`Document` -> raw.documents,
`TableCell` -> raw.table_cells, ...). The loader that produces a record owns its
fields; the pipeline loads whatever fields a record has, so adding a field here
adds a column to raw (and the staging model must follow).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

LOADER_VERSION = "0.1.0"


@dataclass(frozen=True)
class Document:
    """One report file and what its text says about itself."""

    report_file: str
    sha256: str
    n_lines: int
    n_bytes: int
    encoding: str
    title: str
    report_type: str  # delarsrapport | tertialrapport | arsrapport | manadsrapport | ''
    region_code: str  # SCB county code, '' when the text does not say
    org_unit: str  # the report's own unit, '' when unknown
    period_start: date | None
    period_end: date | None
    period_evidence: str  # the text that set the period, with its line
    loader_version: str = LOADER_VERSION


@dataclass(frozen=True)
class TableCell:
    """One numeric cell of a table, as printed, with the reading that placed it."""

    report_file: str
    table_id: str  # t001, t002 ... in document order
    caption: str  # caption / section heading above the table
    unit_raw: str  # unit as printed in caption or header ('mnkr', 'tkr', '')
    row_group: str  # enclosing row group (a section row, or the activity in a VO table), '' if none
    row_label: str
    column_header: str  # the joined header of the cell's column
    column_index: int
    text: str  # the cell exactly as printed
    value: float | None
    line: int
    is_verified: bool
    check: str  # the arithmetic that verified it, or why it is unverified
    label_header: str = ""  # header of the row-label column (`Vårdtillfällen`, `Kostnadsslag`)
    row_index: int = 0  # 1-based position of the row in its table
    label_metric: str = ""  # the metric the row label names in any word form (seeds), '' when none


@dataclass(frozen=True)
class ProseFact:
    """One number stated in running text, placed on a metric, measure, period and org unit."""

    report_file: str
    line: int
    sentence: str
    quote: str
    label: str  # the lexicon phrase that named the metric
    metric_code: str
    measure: str
    value: float
    unit_raw: str  # unit as written ('mnkr', 'procent', 'årsarbetare', ...)
    period_start: date | None
    period_end: date | None
    org_unit: str  # '' means the report's own unit
    is_approximate: bool
    sign_word: str = ""  # what set the sign: '-' / '+' as printed, or the word (underskott, minskat)
    period_evidence: str = ""  # what set the period ('report period', 'full year', 'tertial 1', ...)
    carried_metric: bool = False  # metric named in the previous sentence, not this one
    breakdown_label: str = ""  # the part of the whole the number is about, as written ('kvinnor'); '' = the whole


@dataclass(frozen=True)
class ReportFile:
    """One loaded report file as the build found it on disk (not cached: copying or editing a file changes it).
    Its modification time orders two reports of the same period: the later file is the newer report."""

    report_file: str
    file_mtime: float  # seconds since the epoch


@dataclass(frozen=True)
class ExtractionIssue:
    """Something the loaders saw but could not read or place: kept, never dropped."""

    report_file: str
    line: int | None
    kind: str  # unreadable_file | unplaced_number | unreadable_row | ...
    message: str
    text: str


@dataclass(frozen=True)
class NumberSeen:
    """One number as printed in the text and what became of it (loaders/coverage.py): every number is
    read (a table cell or a prose fact), left as an issue, explained as no fact, or unexplained."""

    report_file: str
    line: int
    seq: int  # 1-based position among the numbers of its line
    text: str  # the number as written
    disposition: str  # table_cell | prose_fact | issue | explained | unexplained
    reason: str  # table_cell: table id; prose_fact: metric; issue: its kind; explained: reason code; else ''
    note: str  # issue: its message; explained: the words that explain it; unexplained: issues on its line
    context: str  # the text around the number


def field_names(record_type: type) -> list[str]:
    return [f.name for f in fields(record_type)]
