"""One report file -> all its records. The only loader module that touches the file system."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.document import load_regions, read_document
from loaders.lexicon import load_lexicon
from loaders.prose import extract_prose
from loaders.records import Document, ExtractionIssue, ProseFact, TableCell
from loaders.tables import extract_tables
from loaders.textio import UnreadableReport, decode_report

REPORT_SUFFIXES = (".txt",)


@dataclass
class Extraction:
    document: Document
    cells: list[TableCell] = field(default_factory=list)
    prose_facts: list[ProseFact] = field(default_factory=list)
    issues: list[ExtractionIssue] = field(default_factory=list)


@lru_cache(maxsize=1)
def _regions() -> list[dict[str, str]]:
    return load_regions()


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    return load_lexicon()


def read_report_bytes(path: Path) -> bytes:
    """The file's bytes, or UnreadableReport naming what is wrong with the path."""
    if path.is_dir():
        raise UnreadableReport("is a directory, not a report file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableReport("file disappeared before it could be read") from None
    except OSError as exc:
        raise UnreadableReport(f"cannot be read: {exc.strerror or exc}") from None


def extract_text(report_file: str, data: bytes) -> Extraction:
    """Run every loader on one report's bytes."""
    decoded = decode_report(data)
    lines = decoded.text.split("\n")
    document = read_document(report_file, data, decoded.text, decoded.encoding, _regions())
    cells, table_issues = extract_tables(report_file, lines)
    prose_facts, prose_issues = extract_prose(report_file, lines, document, _lexicon())
    issues = table_issues + prose_issues
    if decoded.note:
        issues.insert(0, ExtractionIssue(report_file, None, "encoding_fallback", decoded.note, ""))
    if not document.region_code:
        issues.append(ExtractionIssue(report_file, None, "no_region", "no region named in the text", ""))
    if document.period_end is None:
        issues.append(ExtractionIssue(report_file, None, "no_period", "no report period found in the text", ""))
    return Extraction(document, cells, prose_facts, issues)


def extract_report(path: Path) -> Extraction:
    return extract_text(path.name, read_report_bytes(path))
