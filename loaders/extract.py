"""One report file -> all its records. The only loader module that touches the file system."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import stat
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.coverage import load_non_fact_rules, metric_word_regex, numbers_seen
from loaders.document import read_document, seed_regions
from loaders.lexicon import cue_alternation, load_lexicon, load_reader_lists
from loaders.prose import extract_prose, label_metrics
from loaders.records import Document, ExtractionIssue, NumberSeen, ProseFact, TableCell
from loaders.reflow import reflow
from loaders.tables import extract_tables
from loaders.textio import UnreadableReport, decode_report

REPORT_SUFFIXES = (".txt",)


@dataclass
class Extraction:
    document: Document
    cells: list[TableCell] = field(default_factory=list)
    prose_facts: list[ProseFact] = field(default_factory=list)
    issues: list[ExtractionIssue] = field(default_factory=list)
    text_sha256: str = ""  # of the decoded text: the same report in another encoding or line ending is a duplicate
    numbers: list[NumberSeen] = field(default_factory=list)  # every number of the text and what became of it


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    return load_lexicon()


@lru_cache(maxsize=1)
def _coverage_vocabulary():
    return load_non_fact_rules(), metric_word_regex(_lexicon())


MAX_REPORT_MB_ENV = "VARDLAGER_MAX_REPORT_MB"
MAX_REPORT_MB = 20.0  # a report's text is well under 1 MB; a larger file is rarely one report


def max_report_bytes() -> int:
    try:
        return int(float(os.environ.get(MAX_REPORT_MB_ENV, MAX_REPORT_MB)) * 1e6)
    except ValueError:
        return int(MAX_REPORT_MB * 1e6)


def report_name(path: Path) -> str:
    """The file name as text (a name that is not valid UTF-8 shows U+FFFD instead of failing later)."""
    return os.fsencode(path.name).decode("utf-8", errors="replace")


def read_report_bytes(path: Path) -> bytes:
    """The file's bytes, or UnreadableReport naming what is wrong with the path."""
    for _ in range(3):  # a file that changes while it is read is read again
        before = _stat(path)
        try:
            with path.open("rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise UnreadableReport("file disappeared before it could be read (listed, then gone)") from None
        except IsADirectoryError:
            raise UnreadableReport("is a directory, not a report file") from None
        except OSError as exc:
            raise UnreadableReport(f"cannot be read: {exc.strerror or exc}") from None
        after = _stat(path)
        if _same_file_state(before, after) and len(data) == after.st_size:
            return data
    raise UnreadableReport(
        "changed while it was being read (is it still being written?)",
        f"{len(data)} bytes read, {after.st_size} bytes now",
    )


def _stat(path: Path) -> os.stat_result:
    """stat(), or UnreadableReport when the path is no readable regular file of a sensible size."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise UnreadableReport("is a link to a file that does not exist") from None
        raise UnreadableReport("file disappeared before it could be read (listed, then gone)") from None
    except OSError as exc:
        raise UnreadableReport(f"cannot be read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise UnreadableReport("is a directory, not a report file")
    if not stat.S_ISREG(st.st_mode):
        raise UnreadableReport("is not a regular file (a pipe, socket or device); not read")
    limit = max_report_bytes()
    if st.st_size > limit:
        raise UnreadableReport(
            f"{st.st_size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit for one report (a report's text is "
            f"usually under 1 MB); not read: split it, or raise {MAX_REPORT_MB_ENV}",
            f"{st.st_size} bytes",
        )
    return st


def _same_file_state(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_ino, a.st_size, a.st_mtime_ns) == (b.st_ino, b.st_size, b.st_mtime_ns)


def extract_text(report_file: str, data: bytes) -> Extraction:
    """Run every loader on one report's bytes."""
    decoded = decode_report(data)
    lines, origin = reflow(decoded.text.split("\n"), cut_off=decoded.ends_mid_line)
    document = read_document(report_file, data, decoded.text, decoded.encoding, seed_regions(), (lines, origin))
    cells, table_issues = extract_tables(report_file, lines)
    cells = with_label_metrics(cells, _lexicon())
    prose_facts, prose_issues = extract_prose(report_file, lines, document, _lexicon())
    refused_rows = {i.line for i in table_issues if i.kind == "unreadable_row"}
    prose_facts, split_by_table = _drop_numbers_the_table_split(report_file, cells, prose_facts, refused_rows)
    issues = [ExtractionIssue(report_file, None, kind, message, "") for kind, message in decoded.notes]
    issues += table_issues + prose_issues + split_by_table
    if decoded.ends_mid_line:
        cells, prose_facts, set_aside = _set_aside_cut_line(report_file, len(lines), cells, prose_facts)
        issues.append(
            ExtractionIssue(
                report_file,
                len(lines),
                "possibly_truncated",
                "the file ends in the middle of a line: it may have been cut off"
                + (f"; {len(set_aside)} number(s) on that line not loaded" if set_aside else ""),
                lines[-1][-200:],
            )
        )
        issues += set_aside
    if not document.region_code:
        issues.append(ExtractionIssue(report_file, None, "no_region", "no region named in the text", ""))
    if document.period_end is None:
        issues.append(ExtractionIssue(report_file, None, "no_period", "no report period found in the text", ""))
    # the ledger of the lines as read (a flattened page: one sentence a line, so its cost stays linear)
    numbers = numbers_seen(
        report_file, lines, list(range(1, len(lines) + 1)), cells, prose_facts, issues, *_coverage_vocabulary()
    )
    if len(origin) != origin[-1]:  # long lines were split: records name the source line
        cells, prose_facts, issues = (
            [_at_source_line(r, origin) for r in records] for records in (cells, prose_facts, issues)
        )
        numbers = _renumbered([_at_source_line(n, origin) for n in numbers])
    return Extraction(document, cells, prose_facts, issues, text_sha256(decoded.text), numbers)


def _renumbered(numbers: list[NumberSeen]) -> list[NumberSeen]:
    """seq counted again along each source line, over the pieces a long line was split into."""
    seen: dict[int, int] = {}
    out = []
    for n in numbers:
        seen[n.line] = seen.get(n.line, 0) + 1
        out.append(_replaced(n, seq=seen[n.line]))
    return out


# what closes a number's own clause: a sentence end, a semicolon or bracket, a clause opener ('men', 'där'); not
# a comma, after which an apposition may still qualify the number ('341 miljoner kronor, 149 miljoner kronor bät')
CLAUSE_CLOSED_RE = re.compile(
    r"[;!?()]|\.(?!\d)|\b(?:" + cue_alternation(load_reader_lists()["clause_opener"]) + r")\b", re.I
)


def _clause_ends_before_cut(p: ProseFact) -> bool:
    """Whether a sentence number on the cut-off last line has its own clause whole: its unit and a clause
    end follow it before the cut ('balanskravsresultatet 41 mnkr.', '-49,4 mkr men däri ingår ...', '58 mnkr
    (3 procent)'). The cut can then only have taken words after it; '42 mnkr (2,1 procen' loses the 2,1, '64,0 mkr för
    perioden jan-j' the 64,0 (its period words are cut)."""
    at = p.sentence.find(p.quote)
    return at >= 0 and bool(CLAUSE_CLOSED_RE.search(p.sentence, at + len(p.quote)))


def _set_aside_cut_line(report_file: str, last_line: int, cells: list[TableCell], prose_facts: list[ProseFact]):
    """A file cut off mid-line: the numbers on its last line may be cut too, and the row lacks its later
    cells, so the readings there are guesses. They become issues (with the text as printed), not facts,
    except a sentence number whose own clause ends before the cut."""
    set_aside = [
        ExtractionIssue(
            report_file,
            c.line,
            "unplaced_number",
            f"cell on the cut-off last line, not loaded: {c.row_label} / {c.column_header}",
            c.text,
        )
        for c in cells
        if c.line == last_line
    ]
    set_aside += [
        ExtractionIssue(
            report_file,
            p.line,
            "unplaced_number",
            f"number in a sentence on the cut-off last line, not loaded: {p.metric_code}",
            p.quote,
        )
        for p in prose_facts
        if p.line == last_line and not _clause_ends_before_cut(p)
    ]
    kept = [p for p in prose_facts if p.line != last_line or _clause_ends_before_cut(p)]
    return ([c for c in cells if c.line != last_line], kept, set_aside)


def _drop_numbers_the_table_split(
    report_file: str, cells: list[TableCell], prose_facts: list[ProseFact], refused_rows: Collection[int | None] = ()
):
    """'Antal timanställda 408 408' is a row of two columns (2007, 2006) to the table reader, which counted
    the row's columns, and one number 408 408 to the sentence reader, which cannot: a prose number whose
    text is two or more side-by-side cells of its line is those cells, and becomes an issue. So is a prose
    number of several groups on a row the table reader refused (`refused_rows`: its cells could not be placed)."""
    row_texts: dict[int, list[str]] = {}
    for c in sorted(cells, key=lambda c: (c.line, c.column_index)):
        row_texts.setdefault(c.line, []).append(c.text.strip())
    kept, issues = [], []
    for p in prose_facts:
        spanned = _cells_spanned(row_texts.get(p.line, []), p.quote.split())
        if spanned:
            why = f"the table reader read it as {spanned} cells of the row"
        elif p.line in refused_rows and len(p.quote.split()) > 1:
            # ('Operationer 101 100' / '120': '101 100' may be two cells)
            why = "its line is a table row whose cells the table reader could not place"
        else:
            kept.append(p)
            continue
        issues.append(
            ExtractionIssue(
                report_file,
                p.line,
                "unplaced_number",
                f"read as one number in a sentence, but {why}: {p.metric_code} not loaded",
                p.quote,
            )
        )
    return kept, issues


def _cells_spanned(texts: list[str], parts: list[str]) -> int:
    """How many side-by-side cells of a row (their texts in column order) the printed tokens of one number
    are, when they are exactly a run of two or more whole cells (`120 500 110 200` is the cells `120 500` and
    `110 200`, `408 408` the cells `408` and `408`); 0 otherwise."""
    for i in range(len(texts)):
        tokens: list[str] = []
        for j in range(i, len(texts)):
            tokens += texts[j].split()
            if tokens == parts:
                return j - i + 1 if j > i else 0
            if tokens != parts[: len(tokens)]:
                break
    return 0


def with_label_metrics(cells: list[TableCell], lexicon: dict[str, str]) -> list[TableCell]:
    """Each cell with the metric its row label names in any word form (one lookup per distinct label)."""
    metrics = label_metrics({c.row_label for c in cells}, lexicon)
    return [_replaced(c, label_metric=metrics[c.row_label]) if metrics[c.row_label] else c for c in cells]


def _replaced(record, **changes):
    """dataclasses.replace(record, **changes) for a record dataclass without __post_init__ or slots: a copy
    of its fields with the changes, without running the generated __init__ again (a table of 1 000 cells
    is 1 000 replaces)."""
    cls = type(record)
    if hasattr(cls, "__post_init__") or not hasattr(record, "__dict__") or not changes.keys() <= record.__dict__.keys():
        return dataclasses.replace(record, **changes)
    new = object.__new__(cls)
    new.__dict__.update(record.__dict__)
    new.__dict__.update(changes)
    return new


def _at_source_line(record, origin: list[int]):
    return record if record.line is None else _replaced(record, line=origin[record.line - 1])


def text_sha256(text: str) -> str:
    """A hash of the text that ignores trailing white space on lines and blank lines at the ends."""
    canonical = "\n".join(line.rstrip() for line in text.strip("\n").split("\n")).strip()
    return hashlib.sha256(canonical.encode("utf-8", errors="surrogatepass")).hexdigest()


def extract_report(path: Path) -> Extraction:
    return extract_text(report_name(path), read_report_bytes(path))
