"""Every number accounted for: a ledger of each number printed in a report and what became of it.

One NumberSeen per number as printed (NUMBER_RE of loaders/numbers.py, years and all, plus numbers the
readers took in words), with its source line and one disposition, decided in this order:

  table_cell   read as a cell of a table (raw.table_cells; reason = the table id); a cell of a table
               that names no metric anywhere is explained instead (table_out_of_domain)
  prose_fact   read as a fact stated in running text (raw.prose_facts; reason = the metric)
  explained    no fact, for one reason of the closed list REASONS; the words that decide
               (page words, goal words, the words of things outside the three domains, ...) are
               rows of seeds/non_fact_words.csv
  issue        left by a loader as an issue on its line (raw.extraction_issues; reason = its kind)
  unexplained  none of the above; `note` carries what the loaders said about its line, if anything

`vardlager coverage` splits the read ones into those that became facts and those that did not.
Pure functions; the only file read is the seed.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from loaders.lexicon import SEEDS, alternation, load_number_words, load_reader_lists, load_unit_words
from loaders.numbers import NUMBER_RE
from loaders.prefilter import all_matches, finditer_by_lines, folded, needed_words
from loaders.prose import word_numbers
from loaders.records import ExtractionIssue, NumberSeen, ProseFact, TableCell
from loaders.tables.settings import DEFAULT_SETTINGS

NON_FACT_WORDS = SEEDS / "non_fact_words.csv"

# the closed list of reasons a number is no fact (seeds/non_fact_words.csv may use no other)
REASONS = {
    "year": "a year",
    "date": "a date or a month",
    "time": "a time of day or a clock reading",
    "page": "a page number or page furniture",
    "footnote": "a footnote mark",
    "heading_number": "the number of a heading, section, list item or figure",
    "age": "an age or an age band",
    "duration": "a length of time (24 månader, de senaste 3 åren, 30 min)",
    "goal_count": "a count of goals, uppdrag, nyckeltal, indikatorer or measures, or how far goals are met",
    "reference": "a phone, id, reference, diary or version number",
    "name_or_label": "part of a name or a label (Covid-19, R12, 1177, Nivå 2)",
    "threshold": "a limit in a target, an indicator or a waiting time (inom 90 dagar, minst 75 %, <3,0 %)",
    "out_of_domain": "a number about something outside production, worked time and costs",
    "table_out_of_domain": "a table cell in a table whose rows are outside the three domains",
    "range": "a bound of a spread or range of values (spannet 4,1-6,0 %, varierat mellan 64 och 100 %)",
    "rate": "a price, wage or tax per unit (3 000 kronor i månaden, 11,40 kronor per hundralapp, 58 öre), no cost",
    "item_below_org_unit": "a number about an item below the org unit (an investment object, a project), no fact",
    "planned_effect": "the planned or realised effect of an action (a savings action's beräknad årseffekt), no measure",
}
DISPOSITIONS = ("table_cell", "prose_fact", "explained", "issue", "unexplained")
# issue kinds that stand for one number each, and for every number of their line
ONE_NUMBER_ISSUES = ("unplaced_number",)
WHOLE_LINE_ISSUES = ("unreadable_row",)
CONTEXT = 60  # characters of text on each side of a number in `context`
REACH = 120  # characters before / after a number that a seed pattern sees (an indicator's words wrapped
# over the narrow lines of a table stand more than 80 characters above its share)
NEAR_REACH = 100  # characters before / after a number where `near` words and metric words count
MASK = "\x00"  # stands where a read number was, so that what is left is matched alone
DIGIT_RE = re.compile(r"\d")
# a word the PDF broke at a hyphen (`investe- ringar`), not a suspended compound (`Hälso- och sjukvård`: the
# words of seeds/reader_words.csv suspended_next)
WRAPPED_WORD_RE = re.compile(
    r"(?<=[a-zåäö])-\s+(?!(?:" + alternation(load_reader_lists()["suspended_next"]) + r")\b)(?=[a-zåäö])"
)
DIGIT_TO_LINE_END_RE = re.compile(r"\d[^\n]*")
DIGITS_COMMA = "0123456789,"
SIGNS = "+-\u2013\u2212\u2012\u2014"
# the shares of one indicator printed one per line, short labels between them (`58,3%` / `Utfall` / `ack` /
# `62 %`): at most this many label lines between them (blank lines aside), each at most this long
SHARE_RUN_LABELS = 3
SHARE_LABEL_CHARS = 20
# lines below a table row that may hold the rest of its values (loaders/tables/blocks.with_values_below)
VALUES_BELOW_LINES = DEFAULT_SETTINGS.max_values_below_lines


@dataclass(frozen=True)
class NonFactRule:
    """One row of seeds/non_fact_words.csv: a number is no fact for `reason` when it stands inside a match
    of `span` (a date, a reference, ...), or, for a row without `span`, when every non-empty pattern
    holds: `before` ends the text before it, `number` is the whole number, `after` starts the text after
    it, `near` occurs around it; `no_metric` rows hold only when no metric word stands around it."""

    reason: str
    span: re.Pattern[str] | None
    before: re.Pattern[str] | None
    number: re.Pattern[str] | None
    after: re.Pattern[str] | None
    near: re.Pattern[str] | None
    no_metric: bool


def load_non_fact_rules(path: Path = NON_FACT_WORDS) -> tuple[NonFactRule, ...]:
    """The seed's rows, in order (the first that holds gives the reason); a reason outside REASONS is an error."""

    def rx(pattern: str, fmt: str = "{}", flags: int = re.I) -> re.Pattern[str] | None:
        return re.compile(fmt.format(pattern), flags) if pattern.strip() else None

    rules = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            reason = row["reason"].strip()
            if None in row or None in row.values():
                raise ValueError(
                    f"{path.name}: a row with more or fewer fields than the header (a comma unquoted?): {row}"
                )
            if reason not in REASONS:
                raise ValueError(f"{path.name}: reason {reason!r} is not one of {', '.join(REASONS)}")
            rules.append(
                NonFactRule(
                    reason,
                    rx(row["span"], flags=re.I | re.M),
                    rx(row["before"], r"(?:{})\Z"),
                    rx(row["number"]),
                    rx(row["after"]),
                    rx(row["near"]),
                    row["no_metric"].strip().lower() in ("true", "yes", "1"),
                )
            )
    return tuple(rules)


def metric_word_regex(aliases: dict[str, str] | list[str]) -> re.Pattern[str]:
    """A metric alias (seeds/metric_aliases.csv) at the start of a word, in any ending or compound. The
    callers ask only whether one stands in a text, so the aliases are one prefix tree that ends at the first
    alias (`besök` stands wherever `besöken` does): 278 aliases tried one by one at every word start cost
    ten times the search of the tree."""
    words = sorted({a.strip() for a in aliases if len(a.strip()) >= 3}, key=len, reverse=True)
    if not words:
        return re.compile(r"(?<![\wåäöÅÄÖ])(?:)", re.I)
    # (the lookahead for the words' first characters, which every match starts with, rejects most places of
    # a scan before the lookbehind and the tree are tried: about a fifth less time)
    first = "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"
    return re.compile(first + r"(?<![\wåäöÅÄÖ])" + _prefix_tree(words), re.I)


def _prefix_tree(words: list[str]) -> str:
    """An alternation that matches where one of the words does (a word that another one starts with is
    left out: where it stands, the shorter one does)."""
    root: dict[str, dict] = {}
    for word in sorted(words, key=len):
        node = root
        for ch in word:
            if "" in node:  # a shorter word ends here
                break
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


class SpanIndex:
    """The matches of every `span` rule over some lines of a text (those that hold numbers to explain and
    the lines next to them), found in one pass per rule and looked up per number by position."""

    SEPARATOR = "\n\x00\n"  # between runs of lines that are not next to each other: no match crosses it

    def __init__(self, texts: list[str], keep: set[int], rules: tuple[NonFactRule, ...]):
        parts: list[str] = []
        self.starts: list[int] = []  # offset in the whole text (lines joined by newlines) of each kept line
        self.shift: list[int] = []  # offset of the same line in the joined kept lines, minus the above
        at = pos = 0
        prev = None
        for k, t in enumerate(texts, start=1):
            if k in keep:
                if parts:
                    glue = "\n" if prev == k - 1 else self.SEPARATOR
                    parts.append(glue)
                    pos += len(glue)
                self.starts.append(at)
                self.shift.append(pos - at)
                parts.append(t)
                pos += len(t)
                prev = k
            at += len(t) + 1
        text = "".join(parts)
        words = folded(text)  # (a rule whose needed words the text lacks is not tried: it matches nowhere)
        plan = _rule_plan(rules)
        tried = [k for k, needs in plan.spans if needs is None or any(map(words.__contains__, needs))]
        matches = all_matches([rules[k].span for k in tried], text, words)  # type: ignore[misc]
        found = [(m.start(), m.end(), k, m) for k, ms in zip(tried, matches) for m in ms]
        found.sort(key=lambda f: f[0])
        self.found = found  # (start, end, rule index, match) of every match, by start
        self.match_starts = [f[0] for f in found]
        self.longest = max((f[1] - f[0] for f in found), default=0)
        self.sections = section_spans(texts, rules)
        self.rules = rules
        self.words = plan.words
        self._folded: tuple[str, str] = ("", "")  # (text, folded(text)) of the text explain asked about last
        self._numbered: dict[str, tuple[int, ...]] = {}  # memo of rules_for_number (one report's numbers)

    def folded(self, text: str) -> str:
        """folded(text), worked out once for the whole report rather than for each number's surroundings
        (folded is one character for one, so a slice of it is the slice folded)."""
        if self._folded[0] is not text:
            self._folded = (text, folded(text))
        return self._folded[1]

    def rules_for_number(self, number: str) -> tuple[int, ...]:
        """The indexes of the rules without `span` whose `number` pattern (if any) takes this number, in
        the seed's order: a report prints the same numbers (years, small counts) many times."""
        found = self._numbered.get(number)
        if found is None:
            found = self._numbered[number] = _rules_for_number(self.rules, number)
        return found

    def first(self, start: int, end: int) -> tuple[int, re.Match[str] | None]:
        """(index, match) of the first rule (in the seed's order) with a match that overlaps [start, end) of
        the whole text, or (len-of-nothing: a large index, None); the number must stand on a kept line."""
        best: tuple[int, re.Match[str] | None] = (1 << 30, None)
        for s, e, k, m in self.sections:  # (few: a report has a handful of tables of items)
            if s < end and e > start and k < best[0]:
                best = (k, m)
        line = bisect.bisect_right(self.starts, start) - 1
        shift = self.shift[line] if line >= 0 else 0
        start, end = start + shift, end + shift
        lo = bisect.bisect_left(self.match_starts, start - self.longest)
        hi = bisect.bisect_left(self.match_starts, end)
        for _, e, k, m in self.found[lo:hi]:
            if e > start and k < best[0]:
                best = (k, m)
        return best


class _RulePlan(NamedTuple):
    """What the coverage readers ask of a rule set, worked out once per set (the seed's rules are the same
    for every report) rather than once per report."""

    spans: tuple[tuple[int, tuple[str, ...] | None], ...]  # (index, needed words) of each span rule not a section
    sections: tuple[tuple[int, tuple[str, ...] | None], ...]  # the same of each section rule
    words: tuple[tuple[tuple[str, ...] | None, tuple[str, ...] | None], ...]  # rule_words(rules)


_RULE_PLANS: list[tuple[tuple[NonFactRule, ...], _RulePlan]] = []  # (rules, plan): the last few sets, by identity


def _rule_plan(rules: tuple[NonFactRule, ...]) -> _RulePlan:
    for known, plan in _RULE_PLANS:
        if known is rules:
            return plan
    plan = _RulePlan(
        tuple((k, needed_words(r.span)) for k, r in enumerate(rules) if r.span and not is_section(r)),
        tuple((k, needed_words(r.span)) for k, r in enumerate(rules) if is_section(r)),
        rule_words(rules),
    )
    _RULE_PLANS[:] = [(rules, plan)] + _RULE_PLANS[:3]
    return plan


def is_section(rule: NonFactRule) -> bool:
    """A `span` rule flagged (?s) is a section: from a table's caption or header words over the rows below
    it, sought in the whole report rather than in the lines next to a number (the caption of a long table
    stands far above most of its rows)."""
    return rule.span is not None and bool(rule.span.flags & re.S)


def section_spans(texts: list[str], rules: tuple[NonFactRule, ...]) -> list[tuple[int, int, int, re.Match[str]]]:
    """(start, end, rule index, match) of every match of a section rule in the whole text (the lines
    joined by newlines)."""
    sections = _rule_plan(rules).sections
    if not sections:
        return []
    text = "\n".join(texts)
    words = folded(text)
    return [
        (m.start(), m.end(), k, m)
        for k, needs in sections
        if needs is None or any(map(words.__contains__, needs))  # (may_match)
        for m in finditer_by_lines(rules[k].span, text, words)  # type: ignore[arg-type]
    ]


def rule_words(rules: tuple[NonFactRule, ...]) -> tuple[tuple[tuple[str, ...] | None, tuple[str, ...] | None], ...]:
    """Per rule, the folded words one of which a match of its `before` and of its `near` pattern needs
    (loaders/prefilter.py): a rule whose words do not stand around a number is not tried there."""
    return tuple(
        (needed_words(r.before) if r.before else None, needed_words(r.near) if r.near else None) for r in rules
    )


def explain(
    text: str,
    start: int,
    end: int,
    rules: tuple[NonFactRule, ...],
    metric_rx: re.Pattern[str] | None = None,
    spans: SpanIndex | None = None,
) -> tuple[str, str]:
    """(reason, the text that decided it) for the number at text[start:end], or ('', '') when no rule holds.
    `text` is a line or a whole report (lines joined by newlines): a table header or a sentence wrapped
    over lines (`jan-april` / `24`) is read across them, and `near` and `no_metric` look NEAR_REACH
    characters on either side (a sentence or an indicator's label wraps too). `spans`: the SpanIndex of
    `text`, when the caller has one."""
    number = text[start:end].strip()
    before = text[max(0, start - REACH) : start]
    after = text[end : end + REACH]
    around = text[max(0, start - NEAR_REACH) : end + NEAR_REACH]
    has_metric: bool | None = None
    if spans is None:
        lines = text.split("\n")
        spans = SpanIndex(lines, set(range(1, len(lines) + 1)), rules)
    first_span, hit = spans.first(start, end)
    if spans.rules is rules:
        candidates, needs = spans.rules_for_number(number), spans.words
    else:
        candidates, needs = _rules_for_number(rules, number), rule_words(rules)
    low: str | None = None  # the text folded (loaders/prefilter.py), asked for when a rule has words
    folded_before = folded_around = ""
    # the rules in the seed's order: the span rule first_span, else the first other rule that holds
    for k in candidates:
        if k > first_span:
            break
        rule = rules[k]
        a = rule.after.match(after) if rule.after else None  # (a match at one place: tried before the searches)
        if rule.after and not a:
            continue
        before_words, near_words = needs[k]
        if before_words or near_words:
            if low is None:
                low = spans.folded(text)
                folded_before = low[max(0, start - REACH) : start]
                folded_around = low[max(0, start - NEAR_REACH) : end + NEAR_REACH]
            if before_words and not any(map(folded_before.__contains__, before_words)):
                continue
            if near_words and not any(map(folded_around.__contains__, near_words)):
                continue
        b = rule.before.search(before) if rule.before else None
        if rule.before and not b:
            continue
        n = rule.near.search(around) if rule.near else None
        if rule.near and not n:
            continue
        if rule.no_metric:
            if has_metric is None:
                has_metric = bool(metric_rx and metric_rx.search(around))
            if has_metric:
                continue
        words = " ".join(" ".join(x.group(0).split()) for x in (b, a, n) if x and x.group(0).strip())
        return rule.reason, (words + " | " if words else "") + number
    if hit is not None:
        said = hit.group(0)[:REACH] if is_section(rules[first_span]) else hit.group(0)  # (a section: its caption)
        return rules[first_span].reason, " ".join(said.split())
    return "", ""


def _rules_for_number(rules: tuple[NonFactRule, ...], number: str) -> tuple[int, ...]:
    # (rules share their number patterns, `\d{1,3}` a dozen of them: each pattern is tried once per number)
    takes: dict[re.Pattern[str], bool] = {}
    out = []
    for k, rule in enumerate(rules):
        if rule.span:
            continue
        if rule.number is not None:
            if rule.number not in takes:
                takes[rule.number] = rule.number.fullmatch(number) is not None
            if not takes[rule.number]:
                continue
        out.append(k)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _number_pattern(text: str) -> re.Pattern[str]:
    """The number as a record prints it, found in its line whatever the spaces (`- 425`, `5,0 %`)."""
    parts = [re.escape(ch) for ch in re.sub(r"\s+", "", text)]
    return re.compile(("" if text[:1] in SIGNS else r"(?<![\d,])") + r"\s?".join(parts) + r"(?![\d])")


def _claim(
    text: str, claimed: list[tuple[int, int]], quote: str, numbers_only: bool, resume: dict[str, int] | None = None
) -> tuple[int, int] | None:
    """Where `quote` stands in `text` apart from the spans already claimed: the first such place. `resume`
    remembers, per quote printed as is, where the previous search for it found its place: the places
    before it are claimed for good (claims only grow), so a row that repeats a number is searched once."""
    if numbers_only and not DIGIT_RE.search(quote):  # a number in words: where the prose reader takes one
        for n in word_numbers(text, _number_words()):
            if n.text.casefold() == quote.strip().casefold() and not _overlaps(claimed, n.start, n.end):
                return n.start, n.end
    if numbers_only:  # a prose quote is a number as NUMBER_RE sees it ('3,7' of '3,7 %', '+275')
        want = re.sub(r"[\s%]", "", quote).lstrip("+-\u2013\u2212")
        for m in NUMBER_RE.finditer(text):
            s, e = m.start("int"), m.end("dec") if m.group("dec") else m.end("int")
            if re.sub(r"\s", "", text[s:e]) == want and not _overlaps(claimed, m.start(), m.end()):
                return m.start(), e if not quote.rstrip().endswith("%") else m.end()
    quote = quote.strip()
    at = text.find(quote, resume.get(quote, 0) if resume is not None else 0)
    while at >= 0:  # the number as printed (most cells): no pattern needed
        end = at + len(quote)
        glued = quote[0] in SIGNS  # '-100,00-25 833': a minus glued to the number before it
        if (
            (glued or not (at and text[at - 1] in DIGITS_COMMA))
            and not (end < len(text) and text[end].isdigit())
            and not _overlaps(claimed, at, end)
        ):
            if resume is not None:
                resume[quote] = at + 1
            return at, end
        at = text.find(quote, at + 1)
    if resume is not None:
        resume[quote] = len(text)  # no free place as printed: none will come
    if DIGIT_RE.search(quote):
        rx = _number_pattern(quote)
    else:  # a number written as a word ('fyra procent')
        rx = re.compile(r"(?<![\wåäöÅÄÖ])" + re.escape(quote) + r"(?![\wåäöÅÄÖ])", re.I)
    for m in rx.finditer(text):
        if not _overlaps(claimed, m.start(), m.end()):
            return m.start(), m.end()
    return None


def _bare(number: str) -> str:
    """A number without its spaces, sign and percent sign ('- 40 %' -> '40')."""
    return "".join(ch for ch in number if ch.isalnum() or ch == ",")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) meets one of `spans`, which are sorted and disjoint: only the last span that
    starts before `end` can meet it (a row of 20 000 cells claims its numbers in n log n, not n²)."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        chars[s:e] = MASK * (e - s)
    return "".join(chars)


def _context(text: str, start: int, end: int) -> str:
    """The text around text[start:end], the number in brackets, line breaks as ⏎."""
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    around = (
        ("…" if start > CONTEXT else "")
        + left
        + "["
        + text[start:end]
        + "]"
        + right
        + ("…" if end + CONTEXT < len(text) else "")
    )
    if "\n" not in around:
        return " ".join(around.split())
    # (what `" ".join(re.sub(r"\s*\n\s*", " ⏎ ", around).split())` gives, without a regex scan of every
    # context: one ⏎ for each run of white space that holds a line break, every other run one space)
    words: list[str] = []
    broken = False
    for k, part in enumerate(around.split("\n")):
        broken = broken or k > 0
        piece = part.split()
        if piece:
            if broken:
                words.append("⏎")
                broken = False
            words += piece
    if broken:
        words.append("⏎")
    return " ".join(words)


class WordNumber(NamedTuple):
    """A number written as words that the prose reader takes as a number ('fyra' of 'fyra procent', 'femhundra'
    of 'femhundra miljoner kronor'), where the ledger has the matches of NUMBER_RE: start(), end(), group()."""

    at: int
    to: int
    text: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, _: int = 0) -> str:
        return self.text


@functools.cache
def _number_words() -> dict[str, float]:
    return load_number_words()


def numbers_left(masked: str) -> list[re.Match[str] | WordNumber]:
    """The numbers of a line that no record read, in the order they stand: those in digits and those in words
    that the prose reader would take (loaders/prose.word_numbers: a number word right before a unit, so an
    article 'en' or 'ett' elsewhere is no number), so that a number word it held carries its reason too."""
    found: list[re.Match[str] | WordNumber] = list(NUMBER_RE.finditer(masked))
    words = [WordNumber(n.start, n.end, n.text) for n in word_numbers(masked, _number_words())]
    return sorted([*found, *words], key=lambda m: m.start()) if words else found


@dataclass
class _Claims:
    """What the records of one line take of it: the numbers read, the records not found, the rest masked."""

    found: list[tuple[int, int, str, str, str, str]]  # (start, end, disposition, reason, note, text as read)
    unplaced: list[tuple[str, str, str]]  # (quote, disposition, reason) of records not found in the line
    masked: str  # the line with the numbers read blanked
    left: list[re.Match[str] | WordNumber]  # the numbers of `masked`: those no record read (numbers_left)
    unnamed: list[int] = dataclasses.field(default_factory=list)  # indexes in `found` of cells of tables
    #                                          whose columns no header names (asked why before kept as read)


def _claim_line(
    text: str,
    cells: list[TableCell],
    prose: list[ProseFact],
    other_tables: frozenset[str],
    unnamed_tables: frozenset[str] = frozenset(),
) -> _Claims:
    found: list[tuple[int, int, str, str, str, str]] = []
    claimed: list[tuple[int, int]] = []  # sorted, disjoint
    unplaced: list[tuple[str, str, str]] = []
    unnamed: list[int] = []
    resume: dict[str, int] = {}
    for cell in sorted(cells, key=lambda c: c.column_index):
        span = _claim(text, claimed, cell.text, numbers_only=False, resume=resume)
        if span is None:
            unplaced.append((cell.text, "table_cell", cell.table_id))
            continue
        bisect.insort(claimed, span)
        if cell.table_id in other_tables:  # read, in a table about something else
            found.append(
                (
                    *span,
                    "explained",
                    "table_out_of_domain",
                    f"{cell.table_id}: no metric word in its caption, headers or row labels",
                    cell.text,
                )
            )
        else:
            if cell.table_id in unnamed_tables:
                unnamed.append(len(found))
            found.append((*span, "table_cell", cell.table_id, "", cell.text))
    for fact in prose:
        span = _claim(text, claimed, fact.quote, numbers_only=True)
        if span is None:
            if not any(_bare(f[5]) == _bare(fact.quote) for f in found):
                unplaced.append((fact.quote, "prose_fact", fact.metric_code))
            continue  # (a number read twice, as a cell and a fact or as two facts, is one number)
        bisect.insort(claimed, span)
        found.append((*span, "prose_fact", fact.metric_code, "", fact.quote))
    masked = _masked(text, claimed)
    return _Claims(found, unplaced, masked, numbers_left(masked), unnamed)


def line_ledger(
    report_file: str,
    line_no: int,
    text: str,
    cells: list[TableCell],
    prose: list[ProseFact],
    issues: list[ExtractionIssue],
    rules: tuple[NonFactRule, ...],
    metric_rx: re.Pattern[str] | None = None,
    full: str | None = None,
    offset: int = 0,
    other_tables: frozenset[str] = frozenset(),
    spans: SpanIndex | None = None,
) -> list[NumberSeen]:
    """The numbers of one source line (`text`; the pieces of a split line joined by newlines) with their
    dispositions, given the records and issues the loaders left on that line. `full` is the whole report
    (the lines joined by newlines; `text` at `offset`) and `spans` its SpanIndex, when the caller has them;
    the cells of `other_tables` (tables_out_of_domain) are explained as table_out_of_domain."""
    return _line_ledger(
        report_file,
        line_no,
        text,
        _claim_line(text, cells, prose, other_tables),
        issues,
        rules,
        metric_rx,
        full,
        offset,
        spans,
    )


def _line_ledger(
    report_file: str,
    line_no: int,
    text: str,
    claims: _Claims,
    issues: list[ExtractionIssue],
    rules: tuple[NonFactRule, ...],
    metric_rx: re.Pattern[str] | None,
    full: str | None,
    offset: int,
    spans: SpanIndex | None,
) -> list[NumberSeen]:
    if full is None:
        full, offset = text, 0
    found = list(claims.found)
    for k in claims.unnamed:  # a cell no column name makes a fact: a rule that says what it is tells more
        s, e, _, table_id, _, read = found[k]
        reason, evidence = explain(full, offset + s, offset + e, rules, metric_rx, spans)
        if reason and evidence != full[offset + s : offset + e].strip():  # (words said it, not the shape alone)
            found[k] = (s, e, "explained", reason, f"{table_id} (columns not named): {evidence}", read)
    one = [i for i in issues if i.kind in ONE_NUMBER_ISSUES]
    whole = [i for i in issues if i.kind in WHOLE_LINE_ISSUES]
    said = "; ".join(f"{i.kind}: {i.message}" for i in issues)
    sentences = [_sentence_span(text, i.text) for i in one]  # (located once: a flattened page has many)
    for m in claims.left:
        reason, evidence = explain(full, offset + m.start(), offset + m.end(), rules, metric_rx, spans)
        if reason:
            found.append((m.start(), m.end(), "explained", reason, evidence, ""))
        elif whole:
            found.append((m.start(), m.end(), "issue", whole[0].kind, whole[0].message, ""))
        elif one and (own := _issue_of(sentences, m.start())) is not None:
            issue, _ = one.pop(own), sentences.pop(own)
            found.append((m.start(), m.end(), "issue", issue.kind, issue.message, ""))
        else:
            found.append((m.start(), m.end(), "unexplained", "", said, ""))
    found.sort(key=lambda f: f[0])
    # a number read keeps the text its record has (what raw.table_cells / raw.prose_facts and the facts quote)
    out = [
        NumberSeen(
            report_file,
            line_no,
            k,
            read or text[s:e].strip(),
            disposition,
            reason,
            note,
            _context(full, offset + s, offset + e),
        )
        for k, (s, e, disposition, reason, note, read) in enumerate(found, start=1)
    ]
    for k, (quote, disposition, reason) in enumerate(claims.unplaced, start=len(out) + 1):
        # read, though not where the line prints it (kept: the record is a reading)
        out.append(
            NumberSeen(
                report_file,
                line_no,
                k,
                quote,
                disposition,
                reason,
                "number not found in its line",
                " ".join(text.split())[: 2 * CONTEXT],
            )
        )
    return out


def _sentence_span(text: str, sentence: str) -> tuple[int, int] | None:
    """Where an issue's sentence (its text) stands in the line, or None when it is not there as printed (wrapped
    over lines, clipped)."""
    start = text.find(sentence) if sentence else -1
    return (start, start + len(sentence)) if start >= 0 else None


def _issue_of(sentences: list[tuple[int, int] | None], at: int) -> int | None:
    """Which of a line's one-number issues (in the order the reader left them; `sentences` where each one's sentence
    stands, _sentence_span) is the number's at `at`: the first whose sentence holds it. A sentence not found may be
    any number's: the first such issue then, or None when every sentence is found and none holds the number (its
    sentence left no issue: 'med 1000 personer. ... upp emot en miljard', Sveriges Radio on Region Skåne 2007, gave
    the issue of 'en miljard' to 1000)."""
    unfound = None
    for k, span in enumerate(sentences):
        if span is None:
            unfound = k if unfound is None else unfound
        elif span[0] <= at < span[1]:
            return k
    return unfound


def _claim_values_below(src: int, claims: dict[int, _Claims]) -> None:
    """The cells of the row on line src that its line does not print in full: the rest of the row's values
    stands on the lines below it (`Minskad hyrbemanning 70 000 -113` / `362` / `-106` / `185`: the cell
    `-113 362`; loaders/tables/blocks.with_values_below). Each such cell takes, in the row's order, the next
    numbers left unread on its line and the lines below whose digits together are its digits; they are
    marked read (table_cell) on the lines they stand on. A cell whose digits no run of them gives stays
    unplaced."""
    seq = [
        (line, m)
        for line in range(src, src + VALUES_BELOW_LINES + 1)
        if line in claims
        for m in claims[line].left
        if not isinstance(m, WordNumber)  # (a table's digits are not written as words)
    ]
    taken: list[int] = []
    placed: list[int] = []
    at = 0
    for k, (quote, disposition, reason) in enumerate(claims[src].unplaced):
        if disposition != "table_cell":
            continue
        want = re.sub(r"\D", "", quote)
        for a in range(at, len(seq)):
            digits, b = "", a
            while b < len(seq) and len(digits) < len(want):
                digits += re.sub(r"\D", "", seq[b][1].group(0))
                b += 1
            if digits == want:
                for line, m in seq[a:b]:
                    note = "" if line == src and b - a == 1 else f"part of the cell {quote!r} of the row on line {src}"
                    claims[line].found.append((m.start(), m.end(), "table_cell", reason, note, ""))
                taken += range(a, b)
                placed.append(k)
                at = b
                break
    if not placed:
        return
    gone = {id(seq[x][1]) for x in taken}
    for line in range(src, src + VALUES_BELOW_LINES + 1):
        if line in claims:
            claims[line].left[:] = [m for m in claims[line].left if id(m) not in gone]
    claims[src].unplaced[:] = [u for k, u in enumerate(claims[src].unplaced) if k not in placed]


def tables_out_of_domain(cells: list[TableCell], metric_rx: re.Pattern[str] | None) -> frozenset[str]:
    """The tables (ids) in whose caption, headers, row groups and row labels no metric word stands: a table
    of quality indicators, waiting times or ages, whose cells are no facts of the three domains. A table in
    a unit of money (`Kostnad bemanningsföretag i mkr`, `Budgetram ... (Tkr)`) is about costs, whatever its rows."""
    if metric_rx is None:
        return frozenset()
    words: dict[str, set[str]] = {}
    money: set[str] = set()
    for c in cells:
        words.setdefault(c.table_id, set()).update(
            (c.caption, c.column_header, c.label_header, c.row_group, c.row_label)
        )
        if c.unit_raw and c.unit_raw.casefold() in _money_units():
            money.add(c.table_id)
    return frozenset(
        t for t, texts in words.items() if t not in money and not metric_rx.search(_unhyphenated("\n".join(texts)))
    )


def tables_without_column_names(cells: list[TableCell]) -> frozenset[str]:
    """The tables (ids) none of whose cells has a column name (table_header_mismatch): their cells can make no
    fact, so the non-fact rules are asked about them first (a waiting-time share, a table of investment
    objects or of planned effects), and only what no rule explains stays a cell read but not published."""
    named = {c.table_id for c in cells if c.column_header}
    return frozenset(c.table_id for c in cells if c.table_id not in named)


@functools.lru_cache(maxsize=1)
def _money_units() -> frozenset[str]:
    """The unit words of money (seeds/unit_factors.csv, canonical unit tkr: 'mkr', 'tusen kronor', 'miljoner')."""
    return frozenset(w.word.casefold() for w in load_unit_words() if w.canonical_unit == "tkr")


def _unhyphenated(text: str) -> str:
    """A word the PDF broke at a hyphen (`Nettokost- nadsutveckling`, `investe- ringar`) joined again."""
    return WRAPPED_WORD_RE.sub("", text) if "-" in text else text


def numbers_seen(
    report_file: str,
    lines: list[str],
    origin: list[int],
    cells: list[TableCell],
    prose: list[ProseFact],
    issues: list[ExtractionIssue],
    rules: tuple[NonFactRule, ...],
    metric_rx: re.Pattern[str] | None = None,
) -> list[NumberSeen]:
    """The ledger of a report: `lines` as the readers saw them (reflowed), `origin[i]` the source line of
    lines[i], and the records and issues with source line numbers."""
    pieces: dict[int, list[str]] = {}
    for text, src in zip(lines, origin):
        pieces.setdefault(src, []).append(text)
    by_line: dict[int, tuple[list, list, list]] = {}
    for attr, records in ((0, cells), (1, prose), (2, issues)):
        for r in records:
            if r.line is not None:
                by_line.setdefault(r.line, ([], [], []))[attr].append(r)
    texts = [""] * (max(pieces) if pieces else 0)
    for src, parts in pieces.items():
        texts[src - 1] = "\n".join(parts)
    full = "\n".join(texts)
    offsets = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))
    other_tables = tables_out_of_domain(cells, metric_rx)
    unnamed_tables = tables_without_column_names(cells)
    # the lines that print a digit, in one scan of the text (a match: a line's first digit and the rest of it)
    with_digits = {bisect.bisect_right(offsets, m.start()) for m in DIGIT_TO_LINE_END_RE.finditer(full)}
    # (and the lines where a reader left a number unplaced: it may be written in words, with no digit on its line)
    held = {i.line for i in issues if i.kind in ONE_NUMBER_ISSUES}
    claims: dict[int, _Claims] = {}
    for src in sorted(set(range(1, len(texts) + 1)) | set(by_line)):
        text = texts[src - 1] if src <= len(texts) else ""
        c, p, _ = by_line.get(src, ([], [], []))
        if c or p or src in with_digits or src in held:
            claims[src] = _claim_line(text, c, p, other_tables, unnamed_tables)
    for src in sorted(claims):
        if any(u[1] == "table_cell" for u in claims[src].unplaced):
            _claim_values_below(src, claims)
    # the span rules see the lines with numbers left to explain and the lines next to them (a wrapped header)
    left = {src for src, claim in claims.items() if claim.left or claim.unnamed}
    spans = SpanIndex(texts, {k for src in left for k in range(src - 1, src + 2)}, rules)
    out: list[NumberSeen] = []
    for src, claim in claims.items():
        inside = src <= len(texts)
        out += _line_ledger(
            report_file,
            src,
            texts[src - 1] if inside else "",
            claim,
            by_line.get(src, ((), (), []))[2],
            rules,
            metric_rx,
            full if inside else None,
            offsets[src - 1] if inside else 0,
            spans if inside else None,
        )
    return next_shares_explained(out, texts)


def next_shares_explained(out: list[NumberSeen], texts: list[str]) -> list[NumberSeen]:
    """An indicator's shares printed one per line with short labels between them (`58,3%` / `Utfall` / `ack`
    / `62 %`, `Inskrivning` / `62 %` / `Utskrivning` / `55 %`): a share left unexplained right after a share
    explained as out_of_domain, with nothing but short labels (no digit) between them and around it, is the
    same indicator's next share and explained for the same reason. Only out_of_domain passes on: a target
    (`100% Utfall 58,3%`) says nothing of the outcome after it."""
    result = list(out)
    prev: int | None = None  # index in result of the previous number, in reading order
    for k in sorted(range(len(result)), key=lambda x: (result[x].line, result[x].seq)):
        n = result[k]
        if (
            n.disposition == "unexplained"
            and n.text.rstrip().endswith("%")
            and prev is not None
            and _share_follows(result[prev], n, texts)
        ):
            p = result[prev]
            result[k] = dataclasses.replace(
                n, disposition="explained", reason=p.reason, note=f"the next share of the indicator on line {p.line}"
            )
        prev = k
    return result


def _share_follows(p: NumberSeen, n: NumberSeen, texts: list[str]) -> bool:
    """Whether n is a share printed alone on its line after the share p (explained out_of_domain), only short
    label lines between them."""
    if not (
        p.disposition == "explained"
        and p.reason == "out_of_domain"
        and p.text.rstrip().endswith("%")
        and p.line < n.line
        and n.seq == 1
        and n.line <= len(texts)
    ):
        return False
    between = [t for t in texts[p.line : n.line - 1] if t.strip()]
    if len(between) > SHARE_RUN_LABELS:
        return False
    own = texts[n.line - 1].replace(n.text, "", 1)
    return all(not DIGIT_RE.search(t) and len(t.strip()) <= SHARE_LABEL_CHARS for t in between + [own])
