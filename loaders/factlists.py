"""Fact lists: a short heading that names a metric, then lines of numbers with the parts they count.

Fact pages ("sjukhuset i siffror", "fakta om regionen") print a metric as a heading and the numbers
under it, one line each, with no sentence around them:

    Antal vårdplatser                 Medarbetare              Operationer
    428 medicin/kirurgi/ortopedi      Läkare 527               cirka 19 900 (oplanerade 4 160, planerade 15 760)
    8 intensivvård, 45 uppvakning     Totalt 2 356

The heading gives the metric; a line's label (before or after its number) is the part of the whole the
number counts (a staff group, a sub-unit, planned or unplanned), or the whole itself when the line has no
label or a total word (`Totalt`). A label that names a metric of its own is the sentence reader's to read.

Pure functions, no I/O: `fact_lists` finds the lists (structure only); `list_items` splits a line into its
numbers and labels. The words they decide by (approximation and total words) are read from
seeds/reader_words.csv once, at import.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from loaders.lexicon import SEEDS, alternation, cue_alternation, load_reader_lists, load_unit_words
from loaders.numbers import NUMBER_RE, match_value, parse_number
from loaders.records import Document, ProseFact

READER_LISTS = load_reader_lists()
OPEN_WORDS = frozenset(READER_LISTS["open_word"])
TOTAL_WORDS = frozenset(w.casefold() for w in READER_LISTS["total_label"])
APPROX = r"(?:(?P<approx>" + cue_alternation(READER_LISTS["approximation_word"]) + r")\.?\s+)?"
NUMBER = r"(?:[1-9]\d{0,2}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?"
LABEL = r"[A-Za-zÅÄÖåäöéü][^\d():;,]*?"
BULLET_RE = re.compile(r"^\s*[•\-–*]\s*")
# one item of a list line: 'cirka 19 900', '428 medicin/kirurgi', 'Läkare 527', 'Slutenvård: 54 000'
VALUE_FIRST_RE = re.compile(r"^" + APPROX + r"(?P<num>" + NUMBER + r")(?:\s+(?P<label>" + LABEL + r"))?\s*$", re.I)
LABEL_FIRST_RE = re.compile(r"^(?P<label>" + LABEL + r")\s*:?\s+" + APPROX + r"(?P<num>" + NUMBER + r")\s*$", re.I)
# a line's parts in parentheses after its number: 'cirka 3 800 (bland annat följande yrkesgrupper: läkare 490, ...)'
PARENTHESES_RE = re.compile(r"^(?P<main>[^()]*?)\s*\((?P<inner>[^()]*)\)\s*$")
NO_DIGIT_RE = re.compile(r"^[^\d]*$")
NOTE_RE = re.compile(r"^\s*\([^()\d]*\)\s*$")  # '(siffrorna som följer nedan avser under ett år)'
# the first word of a label that makes it a unit, not a part ('740 miljoner kronor', '32 procent sjuksköterskor')
UNIT_FIRST_WORDS = frozenset(u.word.casefold() for u in load_unit_words() if u.reader_family not in ("", "count"))
# a label that is only a count noun ('527 st', '7286 personer') names no part: the number is the whole
COUNT_NOUNS = frozenset(u.word.casefold() for u in load_unit_words() if u.reader_family == "count")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
HEADING_MAX = 60  # characters
TERMINAL = ".!?;,"


@dataclass(frozen=True)
class Item:
    """One number of a list line: its value, the number as printed, the label beside it ('' for none),
    whether it is approximate, and whether it stood inside the parentheses of another item (a part of it)."""

    value: float
    text: str
    label: str
    approximate: bool
    inner: bool = False


@dataclass(frozen=True)
class FactList:
    """A heading (0-based line index and text) and the list lines under it (0-based index, items)."""

    heading_index: int
    heading: str
    lines: tuple[tuple[int, tuple[Item, ...]], ...]


def _item(text: str, inner: bool = False) -> Item | None:
    s = text.strip()
    m = VALUE_FIRST_RE.match(s) or LABEL_FIRST_RE.match(s)
    if not m:
        return None
    num = NUMBER_RE.search(m.group("num"))
    if num is None or num.group(0) != m.group("num"):
        return None
    label = (m.group("label") or "").strip()
    if YEAR_RE.fullmatch(m.group("num")):
        return None  # 'Budget 2024', 'januari-april 2024': a year, not a count
    if label and label.split()[0].casefold() in UNIT_FIRST_WORDS:
        return None  # '13 mkr potten', '32 procent sjuksköterskor': an amount or a share, no list item
    if label and ("  " in label or label.split()[-1].casefold() in OPEN_WORDS):
        return None  # table cells side by side, or a sentence broken after 'på'
    return Item(match_value(num), m.group("num"), label, bool(m.group("approx")), inner)


def list_items(line: str) -> tuple[Item, ...]:
    """The items of one list line, or () when any part of the line is not a number with at most a label
    (a sentence, a number inside words, a date): such a line is no list line."""
    s = BULLET_RE.sub("", line).strip()
    if not s or s[-1] in ".!?:" or "%" in s:
        return ()
    inner_text = ""
    paren = PARENTHESES_RE.match(s)
    if paren:
        s, inner_text = paren.group("main"), paren.group("inner")
        if NO_DIGIT_RE.match(inner_text):
            inner_text = ""  # '12 Beroendecentrum (som länets kommuner förfogar över)': a note on the label
        inner_text = inner_text.rsplit(":", 1)[-1]  # '(bland annat följande yrkesgrupper: läkare 490, ...)'
    items = [_item(part) for part in s.split(", ")]
    if inner_text:
        if len(items) != 1:
            return ()
        items += [_item(part, inner=True) for part in inner_text.split(", ")]
    if not items or any(i is None for i in items):
        return ()
    return tuple(i for i in items if i is not None)


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not (
        0 < len(s) <= HEADING_MAX
        and s[0].isupper()
        and s[-1] not in TERMINAL
        and not s.endswith("-")  # 'Utfall jan-': a word broken over the line
        and not any(map(str.isdigit, s))
        and not s.startswith(("•", "-", "–", "("))
    ):
        return False  # (most lines: their words are not looked at)
    words = s.casefold().split()
    return (
        words[-1] not in OPEN_WORDS  # 'Antal utlokaliserade patienter per': a sentence broken, no heading
        and not any(w.strip("()") in UNIT_FIRST_WORDS for w in words)  # 'Kostnadskategori Mnkr': a table header
    )


# the last text's lines and lists: one entry, read and replaced whole (threads see one text's pair or another's)
_LAST_FACT_LISTS: list[tuple[tuple[str, ...], tuple[FactList, ...]]] = [((), ())]


def fact_lists(lines: list[str]) -> list[FactList]:
    """The heading-led lists of a text: a heading line (short, capitalised, no digits, no sentence end),
    blank lines or a note in parentheses after it, then one or more list lines in a row. The sentence
    splitter and the list reader both ask for the lists of one report's lines: the second asks the memo
    of the last text (a pure function of the lines; one entry, so no report's memo outlives the next)."""
    key = tuple(lines)
    last_key, last_lists = _LAST_FACT_LISTS[0]
    if last_key == key:
        return list(last_lists)
    out = _fact_lists(lines)
    _LAST_FACT_LISTS[0] = (key, tuple(out))
    return out


def _fact_lists(lines: list[str] | tuple[str, ...]) -> list[FactList]:
    out: list[FactList] = []
    n = len(lines)
    i = 0
    while i < n:
        if not _is_heading(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (not lines[j].strip() or NOTE_RE.match(lines[j])):
            j += 1
        rows: list[tuple[int, tuple[Item, ...]]] = []
        while j < n and lines[j].strip():
            items = list_items(lines[j])
            if not items:
                break
            rows.append((j, items))
            j += 1
        if rows and (j >= n or not lines[j].strip() or _is_heading(lines[j])):
            out.append(FactList(i, lines[i].strip(), tuple(rows)))
            i = j
        else:
            i += 1
    return out


def list_line_indexes(lines: list[str]) -> tuple[set[int], set[int]]:
    """(indexes of the lists' heading lines, indexes of their list lines), 0-based."""
    found = fact_lists(lines)
    return {f.heading_index for f in found}, {k for f in found for k, _ in f.lines}


def breakdown_patterns(path=SEEDS / "breakdown_labels.csv") -> tuple[re.Pattern[str], ...]:
    """The label patterns of seeds/breakdown_labels.csv (RE2 and Python re alike): a label one of them
    matches is a part dbt can store as a breakdown."""
    with path.open(newline="", encoding="utf-8") as fh:
        return tuple(re.compile(row["label_pattern"]) for row in csv.DictReader(fh))


BREAKDOWN_PATTERNS = breakdown_patterns()
# the patterns as one alternation, tried once per label instead of one match per pattern: a branch that fails
# leaves the engine to try the next, so it matches where any of them matches (each is anchored by ^ and $, none
# refers back to a group)
BREAKDOWN_RE = re.compile("|".join(f"(?:{p.pattern})" for p in BREAKDOWN_PATTERNS))


def is_breakdown(label: str) -> bool:
    text = " ".join(label.casefold().split())
    return BREAKDOWN_RE.match(text) is not None


def list_facts(
    report_file: str,
    lines: list[str],
    document: Document,
    heading_metric: Callable[[str], str],
    metrics_of: Callable[[str], list[str]],
    unit_of: Callable[[str], str],
) -> list[ProseFact]:
    """The facts of the text's heading-led lists. `heading_metric(heading)` is the metric a heading is the
    name of ('' for none), `metrics_of(text)` the metrics a text names (the prose lexicon's aliases in any
    word form), `unit_of(metric)` a metric's canonical unit.

    Only a heading that is the name of a metric counted in numbers leads a list ('Antal vårdplatser', not
    'Besök, inskrivningar och vårddagar'). Each number of the list is that metric: the whole when its
    label is empty or a total word (one such number per list at most, else none is taken), a part when
    its label names no metric of its own; a label that names a metric or a unit (`740 miljoner kronor`) is
    left to the sentence reader. A part is stored as a breakdown when seeds/breakdown_labels.csv knows its
    label, or when another part of its list is one (a list's parts are of one kind: dbt keeps a part it
    cannot name out of the facts, never as the whole); otherwise it is a sub-unit, the fact's org unit.
    Under any heading, a label that is a part the seed knows and then a metric (`Akuta
    slutenvårdstillfällen 30 175`, `Elektiva öppenvårdstillfällen 167 220`) is that metric's part, never
    its whole."""
    facts: list[ProseFact] = []
    for found in fact_lists(lines):
        metric = heading_metric(found.heading)
        leads = bool(metric) and unit_of(metric) == "count"
        wholes: list[tuple[int, Item]] = []
        parts: list[tuple[int, Item]] = []
        for k, items in found.lines:
            for item in items:
                label = item.label
                if item.value <= 0:
                    continue
                named = _part_of_a_metric(label, metrics_of, unit_of)
                if named:
                    part, own = named
                    facts.append(_fact(report_file, lines, document, found, k, item, own, "", part))
                    continue
                if not leads or (label and metrics_of(label)):
                    continue
                (parts if label and not _names_the_whole(label) else wholes).append((k, item))
        by_breakdown = any(is_breakdown(item.label) for _, item in parts)
        for k, item in (wholes if len(wholes) == 1 else []) + parts:
            part = "" if _names_the_whole(item.label) else item.label
            org, breakdown = ("", part) if by_breakdown else (part, "")
            facts.append(_fact(report_file, lines, document, found, k, item, metric, org, breakdown))
    return facts


def _names_the_whole(label: str) -> bool:
    """No label, a total word ('Totalt') or only a count noun ('st', 'personer'): the list's whole."""
    return not label or label.casefold() in TOTAL_WORDS or label.casefold() in COUNT_NOUNS


def _part_of_a_metric(
    label: str, metrics_of: Callable[[str], list[str]], unit_of: Callable[[str], str]
) -> tuple[str, str] | None:
    """(part, metric) when the label is a part the breakdown seed knows, then a metric counted in numbers
    ('Akuta slutenvårdstillfällen'); None otherwise, and when the label as a whole names another metric of its own
    ('Övriga öppenvårdsbesök' is besok_ovriga, the sentence reader's, not a part of besok_totalt)."""
    words = label.split(maxsplit=1)
    if len(words) != 2 or not is_breakdown(words[0]) or metrics_of(words[0]):
        return None
    metrics = set(metrics_of(words[1]))
    if len(metrics) != 1 or not set(metrics_of(label)) <= metrics:
        return None
    metric = metrics.pop()
    return (words[0], metric) if unit_of(metric) == "count" else None


def _fact(
    report_file: str,
    lines: list[str],
    document: Document,
    found: FactList,
    k: int,
    item: Item,
    metric: str,
    org: str,
    breakdown: str,
) -> ProseFact:
    return listed_count_fact(
        report_file,
        k + 1,
        (found.heading + " | " + lines[k].strip())[:500],
        item,
        found.heading,
        metric,
        org,
        item.approximate,
        breakdown,
        "report period (fact list)" if document.period_end else "no report period",
    )


def listed_count_fact(
    report_file: str,
    line: int,
    sentence: str,
    item: Item,
    label: str,
    metric: str,
    org: str,
    approximate: bool,
    breakdown: str,
    period_evidence: str,
) -> ProseFact:
    """A listed number read as the actual of its metric (or of a part of it) for the report's own period
    (the period columns stay empty: the models give the report's period), as fact lists and parts in
    parentheses read them."""
    return ProseFact(
        report_file=report_file,
        line=line,
        sentence=sentence,
        quote=item.text,
        label=label,
        metric_code=metric,
        measure="actual",
        value=item.value,
        unit_raw="",
        period_start=None,
        period_end=None,
        org_unit=org,
        is_approximate=approximate,
        period_evidence=period_evidence,
        breakdown_label=breakdown,
    )


# a whole and its parts in parentheses, the noun that names the metric before or after them:
# 'cirka 19 900 (oplanerade 4 160, planerade 15 760) operationer', '19 900 operationer (planerade 15 760)'
PARTS_IN_PARENTHESES_RE = re.compile(
    r"(?<![\d,.])" + APPROX.replace("(?P<approx>", "(?:") + r"(?P<num>" + NUMBER + r")(?:\s+(?P<before>[a-zåäö]+))?"
    r"\s*\((?P<inner>[^()]*\d[^()]*)\)(?:\s+(?P<after>[a-zåäö]+))?",
    re.I,
)


def parts_in_parentheses(text: str, metric_of: Callable[[str], str]) -> list[tuple[int, Item, str, str]]:
    """(offset, item, metric, part) of each whole and part a sentence gives as 'N (label M, label M) noun':
    every item in the parentheses a part the breakdown seed knows, the noun one that `metric_of` names
    (part '' for the whole)."""
    out: list[tuple[int, Item, str, str]] = []
    for m in PARTS_IN_PARENTHESES_RE.finditer(text):
        metric = metric_of(m.group("before") or "") or metric_of(m.group("after") or "")
        if not metric:
            continue
        items = [_item(p, inner=True) for p in re.split(r",\s+|\s+och\s+", m.group("inner").strip())]
        if not items or any(i is None or not is_breakdown(i.label) for i in items):
            continue
        whole = _item(m.group("num"))
        if whole is None:
            continue
        out.append((m.start("num"), whole, metric, ""))
        inner_at = m.start("inner")
        for item in items:
            assert item is not None  # (checked above)
            out.append((text.index(item.text, inner_at), item, metric, item.label))
    return out


# a number, a part word and the noun it is a part of, and more parts of the same noun after it:
# '3 500 planerade operationer och 1 000 akuta', '12 000 akuta besök, 30 000 planerade'
PART_BEFORE_NOUN_RE = re.compile(
    r"(?<![\d,.])(?P<num>" + NUMBER + r")\s+(?P<part>[a-zåäö]+)\s+(?P<noun>[a-zåäö]+)\b", re.I
)
MORE_PARTS_RE = re.compile(
    r"\s*(?:,|\b(?:"
    + alternation(READER_LISTS["and_word"])
    + r")\b)\s*(?P<num>"
    + NUMBER
    + r")\s+(?P<part>[a-zåäö]+)\b",
    re.I,
)


def parts_before_nouns(text: str, metric_of: Callable[[str], str]) -> list[tuple[int, Item, str, str]]:
    """(offset, item, metric, part) of each part a sentence counts as 'N <part> <noun>' ('3 500 planerade
    operationer'), the part a word the breakdown seed knows and the noun one that `metric_of` names, and of
    the parts of the same noun that follow it ('och 1 000 akuta')."""
    out: list[tuple[int, Item, str, str]] = []
    for m in PART_BEFORE_NOUN_RE.finditer(text):
        metric = metric_of(m.group("noun"))
        if not metric or not is_breakdown(m.group("part")) or YEAR_RE.fullmatch(m.group("num")):
            continue
        found = [m]
        while (more := MORE_PARTS_RE.match(text, found[-1].end())) and is_breakdown(more.group("part")):
            found.append(more)
        for f in found:
            value = parse_number(f.group("num"))
            if value is not None:
                out.append(
                    (f.start("num"), Item(value, f.group("num"), f.group("part"), False), metric, f.group("part"))
                )
    return out


# a label-value line: a label, then its first number ('Läkare + 28 årsarbetare', 'Sjuksköterskor: 862')
LINE_LABEL_RE = re.compile(r"^\s*[•*]?\s*(?P<label>[A-Za-zÅÄÖåäöé][^\d:+\-–()]*?)\s*:?\s*(?=[+\-–]?\s?\d)")


PARENTHESIS_RE = re.compile(r"\(([^()]*)\)")


def with_line_label_parts(facts: list[ProseFact], lines: list[str]) -> list[ProseFact]:
    """The facts, each that is the first number of a line whose label is a part the breakdown seed knows
    ('Sjuksköterska +7 årsarbetare' under 'förändringar i personalstrukturen') made that part: a staff
    group's figure is never the whole's."""
    out = []
    for f in facts:
        line = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
        m = LINE_LABEL_RE.match(line) if not f.breakdown_label else None
        first = NUMBER_RE.search(line, m.end()) if m else None
        # ... and so is a figure in a parenthesis after that number ('Läkare + 28 årsarbetare ( -1 åa
        # bemanningsföretag)': the physicians hired in)
        in_parenthesis = first is not None and any(
            f.quote.strip(" +-–−") and f.quote.strip() in p.group(1) for p in PARENTHESIS_RE.finditer(line, first.end())
        )
        if (
            m
            and first
            and is_breakdown(m.group("label"))
            and (first.group(0).lstrip("+-–− ").startswith(f.quote.lstrip("+-–− ")) or in_parenthesis)
        ):
            f = replace(f, breakdown_label=m.group("label").strip(), org_unit="")
        out.append(f)
    return out
