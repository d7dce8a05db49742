"""Rebuild running-text sentences from report lines, keeping each character's source line.

PDF text breaks sentences across lines, hyphenates words (`budgetavvi-`/`kelse`), double-spaces
paragraphs, and lets table rows, page footers and headings cut a sentence in two. This module
joins the prose lines back into sentences and keeps, for every character of a sentence, the
1-based line it came from, so a fact can name the line where its number stands.

Pure functions, no I/O: `lines_to_blocks` (prose runs between hard breaks) and
`blocks_to_sentences`; the words they decide by are read from seeds/reader_words.csv once, at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.factlists import list_line_indexes
from loaders.lexicon import alternation, load_reader_lists, load_reader_words, load_unit_words
from loaders.numbers import NUMBER_RE

READER_WORDS = load_reader_words()  # the word lists (seeds/reader_words.csv), read once at import
READER_LISTS = load_reader_lists()

# a line that is only a page marker, a placeholder or a form field
PAGE_RE = re.compile(
    r"^\s*(?:" + alternation(READER_LISTS["page_word"]) + r")\s+\d+(?:\s*\(\d+\)|\s+av\s+\d+)?\s*$", re.I
)
PLACEHOLDER_RE = re.compile(r"^\s*\[[^\]]*\]")
# a page mark opening a page that a copy flattened onto one line: the page counter, then the document's own
# 'sida 1 (3)', '1(3)' ('3 1 (1) Tjänsteutlåtande Datum ...', '1 1 (36) Rapport ...'): page furniture, whose
# numbers side by side do not make the line a table row
PAGE_MARK = r"(?:\d+\s+)?(?:(?:" + alternation(READER_LISTS["page_word"]) + r")\s+)?(\d+)\s?\((\d+)\)\s+"
PAGE_MARK_START_RE = re.compile(r"^\s*" + PAGE_MARK + r"(?=\S)", re.I)
# a line that is only a web address (a web copy's source, 'Källa: https://...'): its words are no sentence's
URL_LINE_RE = re.compile(r"^\s*(?:#\s*source:|källa:)?\s*(?:https?://|www\.)\S+\s*$", re.I)
# a numbered heading: "5.1.2 Antal anställda", " 4 Produktion och tillgänglighet"
NUMBERED_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-ZÅÄÖ][^.!?]*$")
# a cell made only of numbers / percent / comparators (a table cell printed beside prose)
NUMERIC_CELL_RE = re.compile(r"^[<>≤≥]?\s*[-–−+]?\s?\d[\d ,.]*\s*%?$")
# a year as a cell or a line of its own ('2023.'): the last word of a wrapped sentence, matched whole
YEAR_RE = re.compile(r"(?:19|20)\d\d[.,;:)]?")
EMPTY_CELLS_RE = re.compile(r"\s-\s+-\s")  # two '-' (no value) cells side by side
LONG_WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöé]{3,}")
DIGIT_RE = re.compile(r"\d")  # (what NUMBER_RE needs at least once)
ASCII_LOWERCASE = bytes(range(ord("a"), ord("z") + 1))
# a cell of a line: from a non-space over single spaces up to 2+ spaces or the line's end. A cell of one
# character takes the next cell along ('1  Tabell' is one cell), as the lazy pattern this replaces did.
LINE_CELL_RE = re.compile(r"\S(?:\s*\S+(?:\s\S+)*)?")
TERMINAL = ".!?:;"
# a label and its one value, no sentence around them ('Vårdplatser 345', 'Slutenvård: 54 000', 'Operationer Ca 7800'):
# in a run of such lines (a fact box, a two-column table as text) each line is a statement of its own
LABEL_VALUE_RE = re.compile(
    r"^\s*[A-ZÅÄÖ][^\d.!?]*?[a-zåäö][^\d.!?]*?[\s:]\s*(?:(?:"
    + alternation(READER_LISTS["label_value_approximation"])
    + r")\.?\s+)?"
    r"\d+(?:[ \u00a0]\d{3})*(?:,\d+)?\s*%?\s*$",
    re.I,
)
# a key figure (bulleted or not): a label, its value with a unit word (seeds/unit_factors.csv, in any case: 'Mkr' as
# 'mkr') and, in parentheses, the same figure a year earlier ('Resultat januari – februari -3 mnkr (-28 mnkr)',
# 'Nettokostnadsökning 2,9 % (4,1 %)')
_KEY_VALUE = (
    r"[-–−+]?\s?\d+(?:[ \u00a0]\d{3})*(?:,\d+)?\s*(?i:"
    + alternation(sorted((u.word for u in load_unit_words()), key=len, reverse=True))
    + r")"
)
KEY_FIGURE_RE = re.compile(
    r"^\s*(?:[•\uf0b7▪·–-]\s*)?[A-ZÅÄÖ][^\d.!?()]*?[a-zåäö][^\d.!?()]*?\s"
    + _KEY_VALUE
    + r"\s*\(\s*"
    + _KEY_VALUE
    + r"\s*\)\s*$"
)
# a sentence's year after its word, then its figure ('hade den 31 december 2017 4 942 medarbetare.', 'var för
# 2021 6,4 %.'): the two numbers stand side by side, yet they are no cells of a table row
WORD_BEFORE_YEAR_RE = re.compile(r"[a-zåäö]{2,}\s+$")
TABLE_MARK = "\x00table"  # a table stood here: a unit heading above it does not reach past it
# a scorecard row: a number followed by a status cell ('94 % Positiv', '-75,2 Negativ')
STATUS_CELL_RE = re.compile(r"\d\s*%?\s+(?:" + alternation(READER_LISTS["status_cell_word"]) + r")\b")
# words that continue a suspended compound ("barn- och ungdomspsykiatrin"): keep the hyphen and space
SUSPENDED_NEXT = READER_WORDS["suspended_next"]
# abbreviations whose full stop ends no sentence
ABBREVIATIONS = READER_WORDS["abbreviation"]
# a word broken with a hyphen inside a line of text flattened from a page ('visar ett under- skott med 168 miljoner
# kronor', 'ett överskott om 429 miljo- ner kronor'): lower-case letters, a hyphen, one space, lower-case letters
INLINE_HYPHEN_RE = re.compile(r"(?<=[a-zåäö]{2})- (?=(?P<next>[a-zåäö]+))")


def join_inline_hyphens(part: str) -> str:
    """`part` with its words broken by a hyphen and a space joined, as a line-end hyphen is joined; a suspended
    compound ('hälso- och sjukvården', 'barn- eller') keeps its hyphen."""
    if "- " not in part:
        return part
    return INLINE_HYPHEN_RE.sub(lambda m: "- " if m.group("next") in SUSPENDED_NEXT else "", part)


@dataclass(frozen=True)
class Sentence:
    """One rebuilt sentence; `lines[i]` is the source line of `text[i]`."""

    text: str
    lines: tuple[int, ...]
    bullet: bool = False  # the sentence opens a bullet point
    block: int = 0  # index of the run of prose (between headings/tables) it belongs to
    heading: str = ""  # the heading(s) the text stands under
    section: tuple[tuple[int, str], ...] = ()  # (line, text) of headings since the last numbered one

    def line_at(self, pos: int) -> int:
        return self.lines[min(max(pos, 0), len(self.lines) - 1)]


def _adjacent_numbers(text: str, matches: list[re.Match[str]] | None = None) -> bool:
    """True when two numbers stand side by side with only spaces / % between (a table row).
    `matches` are NUMBER_RE's matches in `text`, when the caller has them already."""
    if matches is None:
        matches = list(NUMBER_RE.finditer(text))
    # (str.strip drops what \s matches)
    return any(not text[a.end() : b.start()].replace("%", "").strip() for a, b in zip(matches, matches[1:]))


def _year_then_figure(text: str, matches: list[re.Match[str]]) -> bool:
    """True when the line is a sentence (a capital first, a full stop last, words) whose only numbers side by
    side are a year a word stands before and the number right after it."""
    if not (text[0].isupper() and text.endswith(".") and len(LONG_WORD_RE.findall(text)) >= 6):
        return False
    pairs = [(a, b) for a, b in zip(matches, matches[1:]) if not text[a.end() : b.start()].replace("%", "").strip()]
    return all(
        YEAR_RE.fullmatch(a.group(0)) is not None
        and not YEAR_RE.fullmatch(b.group(0))
        and WORD_BEFORE_YEAR_RE.search(text, 0, a.start()) is not None
        for a, b in pairs
    )


HEADING_MAX = 60  # characters of a heading; a line of running text is longer


def heading_shape(s: str, has_digit: bool = True) -> bool:
    """What a heading looks like by itself (stripped `s`, not ending a clause): a short capitalised run of words with
    no figure but a year ('Delårsrapport januari-augusti 2019', 'Ekonomi'). One definition for a heading on a line of
    its own and one run into the sentence after it on a page flattened onto one line (run_in_heading_end)."""
    if has_digit and len(s) <= 90 and NUMBERED_HEADING_RE.match(s):
        return True  # a numbered heading: '5.1.2 Antal anställda', '2 Uppdrag och styrning'
    if not s or len(s) > HEADING_MAX or not s[0].isupper() or s.endswith("-"):
        return False
    return not (has_digit and any(not YEAR_RE.fullmatch(m.group(0)) for m in NUMBER_RE.finditer(s)))


def _is_heading(
    line: str, prev: str | None, nxt: str | None, prev_heading: bool = False, gap: int = 1, has_digit: bool = True
) -> bool:
    """`has_digit`: False when the caller knows the line holds no digit (then no number pattern can match)."""
    s = line.strip()
    if not s or s[-1] in TERMINAL or s.endswith(","):
        return False
    if has_digit and len(s) <= 90 and NUMBERED_HEADING_RE.match(line):
        return True
    # a short capitalised line between a finished sentence (or nothing) and a capitalised start
    if not heading_shape(s, has_digit):
        return False
    prev_done = prev_heading or gap > 2 or prev is None or not prev.strip() or prev.strip()[-1] in TERMINAL
    # (a list item ends without a stop: a blank line after it ends the list, 'En genomsnittlig dag' after a list
    # of the region's units heads what follows)
    prev_done = prev_done or (gap >= 2 and prev is not None and prev.strip()[:1] in ("•", "-", "–"))
    nxt_s = (nxt or "").strip()
    next_starts = not nxt_s or nxt_s[0].isupper() or nxt_s[0] in "•-–"
    return prev_done and next_starts


def _ascii_lowercase_count(s: str) -> int:
    """How many characters of `s` are a-z, counted in C (UTF-8 uses no ASCII byte inside another character)."""
    b = s.encode("utf-8", "surrogatepass")
    return len(b) - len(b.translate(None, ASCII_LOWERCASE))


def _in_capitals(s: str) -> bool:
    """8 letters or more, over 80 % of them capitals, in two words or more: A FORM HEADER IN CAPITALS."""
    if _ascii_lowercase_count(s) * 5 >= len(s):
        return False  # a fifth of the characters are a-z, so a fifth of the letters at least are small
    letters = sum(map(str.isalpha, s))
    # (an upper bound by map first; the exact count only for lines that may be in capitals)
    return (
        letters >= 8
        and sum(map(str.isupper, s)) / letters > 0.8
        and sum(ch.isupper() for ch in s if ch.isalpha()) / letters > 0.8
        and len(s.split()) >= 2
    )


# a sentence that counts a list of things: 'På sjukhuset finns 3 800 anställda varav 500 läkare, 1300 sjuksköterskor
# och 80 fysioterapeuter.' (a capitalised word first, a full stop last, a word after every number)
COUNTED_ITEM_RE = re.compile(r"\d\s+[a-zåäöé]{3,}")


def _counted_list_sentence(s: str) -> bool:
    """Many numbers in a line, but a sentence: it opens with a capitalised word, ends with a full stop and has
    a lower-case word after each of its numbers (no chart labels' units or percent signs)."""
    return (
        PARAGRAPH_START_RE.match(s) is not None
        and s.endswith(".")
        and "%" not in s
        and len(COUNTED_ITEM_RE.findall(s)) >= len(NUMBER_RE.findall(s))
    )


def _without_page_mark(s: str) -> str:
    """The line without the page mark that opens it (PAGE_MARK_START_RE: the page's number not above the count)."""
    m = PAGE_MARK_START_RE.match(s)
    return s[m.end() :] if m and 0 < int(m.group(1)) <= int(m.group(2)) else s


def classify_line(
    line: str, prev: str | None = None, nxt: str | None = None, prev_heading: bool = False, gap: int = 1
) -> str:
    """'blank' | 'noise' | 'heading' | 'table' | 'prose'."""
    s = line.strip()
    if not s:
        return "blank"
    has_digit = DIGIT_RE.search(s) is not None  # (most lines have none, and the page and table tests need one)
    if (
        (has_digit and PAGE_RE.match(s))
        or PLACEHOLDER_RE.match(s)
        or _in_capitals(s)
        or (("://" in s or "www." in s) and URL_LINE_RE.match(s))
    ):
        return "noise"
    if _is_heading(line, prev, nxt, prev_heading, gap, has_digit):
        return "heading"
    if not has_digit:
        return "table" if "-" in s and EMPTY_CELLS_RE.search(s) else "prose"
    if YEAR_RE.fullmatch(s):
        return "prose"  # a sentence wrapped before its last word: '... samma period' / '2023.'
    s = _without_page_mark(s)
    numbers = list(NUMBER_RE.finditer(s))
    if (
        (_adjacent_numbers(s, numbers) and not _year_then_figure(s, numbers))
        or STATUS_CELL_RE.search(s)
        or ("-" in s and EMPTY_CELLS_RE.search(s))
    ):
        return "table"
    if NUMERIC_CELL_RE.match(s):
        return "table"
    # (a year a word stands before is the sentence's, no chart label: '... 30 (8,8 %) fler än motsvarande period 2014.')
    figures = [
        m for m in numbers if not (YEAR_RE.fullmatch(m.group(0)) and WORD_BEFORE_YEAR_RE.search(s, 0, m.start()))
    ]
    if len(figures) >= 4 and len(figures) * 2 >= len(LONG_WORD_RE.findall(s)) and not _counted_list_sentence(s):
        return "table"  # chart labels: 'Jan-april: -502 tkr, -38% Jan-april: -3 072 tkr, -22%'
    return "prose"


def _prose_parts(line: str) -> list[tuple[int, str]]:
    """Split a line into its cells (LINE_CELL_RE); purely numeric cells become "" (a hard break).
    Returns (offset, text) parts."""
    parts: list[tuple[int, str]] = []
    for m in LINE_CELL_RE.finditer(line):
        cell = m.group(0)
        # (a cell that starts with a letter is never numeric: skip the pattern for most cells)
        numeric = not cell[0].isalpha() and NUMERIC_CELL_RE.match(cell) and not YEAR_RE.fullmatch(cell)
        parts.append((m.start(), "" if numeric else cell))
    return parts


WORD_RE = re.compile(r"\w+")


def _hyphenated_tail(buf: list[str]) -> str:
    """The word before a hyphen that ends the text so far (`re.search(r"(\\w+)-$", text)`, without
    joining the whole buffer for every line: that made long paragraphs quadratic)."""
    if not buf or buf[-1] != "-":
        return ""
    k = len(buf) - 1
    while k > 0 and (buf[k - 1].isalnum() or buf[k - 1] == "_"):
        k -= 1
    return "".join(buf[k:-1])


PARAGRAPH_START_RE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäöé]+\b")
# words a sentence does not end on (a clause broken before its object)
OPEN_WORDS = READER_WORDS["open_word"]


def _paragraph_ends(buf: list[str]) -> bool:
    """The text so far may end a paragraph: it ends on a word that can close a clause (no comma,
    hyphen, open parenthesis or preposition)."""
    k = len(buf)
    while k > 0 and buf[k - 1] in " \t":
        k -= 1
    if k == 0 or not (buf[k - 1].isalnum() or buf[k - 1] in ".!?)%"):
        return False
    j = k
    while j > 0 and buf[j - 1].isalnum():
        j -= 1
    return "".join(buf[j:k]).casefold() not in OPEN_WORDS


TITLE_LINE_MAX = 60  # characters of a headline; a line wrapped in running text is longer
# characters of the headline a text opens with: a news or press headline is often longer than a headline inside the
# text ('Ökade skatteintäkter och statsbidrag ger plusresultat för Region Uppsala'), and no running text wraps before
# its first line
OPENING_TITLE_MAX = 110


def _headline(line: str | None, most: int = TITLE_LINE_MAX, figure: bool = False) -> bool:
    """A headline: a short capitalised line of words with no figure that does not end a sentence or a clause
    (a short line with a figure is a label-value statement: 'Sjuksköterska +7 årsarbetare'; one word alone
    is as often a chart's label: 'VO'). Not undated.py own_title_line, a title line that may hold the figure.
    `figure`: the line a text opens with, which may state an amount its unit reports ('Sjukvården visar underskott
    på 278 miljoner – sparplan presenteras i april', 'Karolinska Universitetssjukhuset redovisar överskott på 426
    miljoner kronor'): a news headline, whose words are no part of the first sentence under it."""
    text = (line or "").strip()
    return (
        0 < len(text) <= most
        and len(text.split()) >= 2
        and text[0].isupper()
        and text[-1] not in ".!?:;,-–"
        and (
            not any(map(str.isdigit, text))
            or (figure and AMOUNT_RE.search(text) is not None and REPORT_VERB_RE.search(text) is not None)
        )
    )


# an amount with its unit word ('278 miljoner', 'överskott på 426 miljoner kronor') that a headline's unit reports
# with its verb ('visar', 'redovisar': report_verb): a headline that states a figure, where a report's title
# ('Delårsrapport 2 år 2014') or a dateline ('02 jan 2015 20:00') has only numbers, a label-value line ('Sjuksköterska
# +7 årsarbetare') no verb, and a title of a measure alone ('Prognos på minus 502 miljoner kronor') sums up the
# sentence under it (loaders/prose.py reads the two as one statement)
AMOUNT_RE = re.compile(_KEY_VALUE + r"(?![\wåäö])")
REPORT_VERB_RE = re.compile(r"\b(?:" + alternation(READER_LISTS["report_verb"]) + r")\b", re.I)


FACT_BOX_LINES = 3  # label-value lines in a row that make a fact box (two may be a table's rows under its header)


def _ends_in_value(line: str) -> bool:
    """The line's last non-space character is a digit or '%', as LABEL_VALUE_RE's end requires."""
    s = line.rstrip()  # (str.rstrip drops what \s matches)
    return bool(s) and (s[-1].isdecimal() or s[-1] == "%")


def _fact_box_lines(lines: list[str]) -> list[bool]:
    """For each (non-blank) line: is it one of FACT_BOX_LINES or more label-value (or key figure) lines in a row?"""
    # (a label-value line ends in its value: a cheap test of the last character first, since the pattern's
    # two lazy runs make it slow on a long line of words)
    label_value = [
        _ends_in_value(line)
        and bool(LABEL_VALUE_RE.match(line))
        or line.rstrip().endswith(")")
        and bool(KEY_FIGURE_RE.match(line))
        for line in lines
    ]
    out = [False] * len(lines)
    start = 0
    for k in range(len(lines) + 1):
        if k == len(lines) or not label_value[k]:
            if k - start >= FACT_BOX_LINES:
                out[start:k] = [True] * (k - start)
            start = k + 1
    return out


# On a page flattened onto one line (loaders/reflow.py) headings and fact boxes run into the text after them; these
# find them with the definitions the line-broken reader uses (heading_shape, LABEL_VALUE_RE), so both forms read alike.
# (a capitalised word after a word: where a sentence may open after a heading run into it)
RUN_IN_START_RE = re.compile(r"(?<=[\w)])\s+(?=([A-ZÅÄÖ][a-zåäöé]+)(?![\w-]))")
LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-zåäöé]+(?![\w-])")
MID_CAPITAL_RE = re.compile(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][a-zåäöé]+(?![\w-])")
# a label and its value inside a line (LABEL_VALUE_RE unanchored): a capitalised label in which no word after the
# first is capitalised (a capitalised word before it is a heading: 'Medarbetare Läkare 527'), then its one value with
# no word of a unit after it ('Såld vård till andra landsting: 2,2 miljarder kr' is a sentence's)
LABEL_VALUE_ITEM_RE = re.compile(
    r"(?<!\S)[A-ZÅÄÖ][^\s\d.!?]*(?:\s(?![A-ZÅÄÖ])[^\s\d.!?]+){0,8}:?\s+(?:(?i:"
    + alternation(READER_LISTS["label_value_approximation"])
    + r")\.?\s+)?\d+(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s?%)?(?=\s*$|\s+(?![a-zåäö]))"
)


def common_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case more often than capitalised after a word: common words, which open a
    sentence when capitalised ('Den', 'Resultatet'), not names ('Region Gotland', 'Division Medicin')."""
    capitalised: dict[str, int] = {}
    for word in MID_CAPITAL_RE.findall(text):
        capitalised[word.lower()] = capitalised.get(word.lower(), 0) + 1
    lower: dict[str, int] = {}
    for word in LOWER_WORD_RE.findall(text):
        lower[word] = lower.get(word, 0) + 1
    return frozenset(w for w, n in lower.items() if n > capitalised.get(w, 0))


def run_in_headings(piece: str, common: frozenset[str]) -> list[str]:
    """A piece of a flattened line -> the headings run into its start, each apart, and the rest ('Förvaltningsberättelse
    Översikt över verksamhetens utveckling Den regionala koncernen redovisar ...'): a heading ends where a common word
    opens the sentence after it, with the heading's shape (heading_shape) before it and no open word ('för', 'och')
    right before. An open word ('Ett', 'Den', 'Efter') is a common word whatever a short text's counts say: no name
    ('Delårsrapport pekar mot viss förbättring Ett starkare finansiellt resultat ...', kalmar_delarsrapport_2019;
    'Centralsjukhuset i siffror Verksamheter Ett 20-tal olika specialiteter ...', varmland_csk_sjukhusfakta_odaterad,
    whose title the hospital is read from)."""
    out: list[str] = []
    while True:
        for m in RUN_IN_START_RE.finditer(piece, 0, 2 * HEADING_MAX + 2):
            head = piece[: m.start()].strip()
            rest = piece[m.end() :]
            if (
                (m.group(1).lower() in common or m.group(1).casefold() in OPEN_WORDS)
                and head[-1] not in TERMINAL + ","
                and head.split()[-1].casefold() not in OPEN_WORDS
                and len(rest.split()) >= 3
                and (headings := _heading_run(head))
            ):
                out += headings
                piece = rest
                break
        else:
            return out + [piece]


def _heading_run(head: str) -> list[str]:
    """`head` as one heading, or as two in a row cut before a capitalised word or a heading's number
    ('Förvaltningsberättelse' / 'Översikt över verksamhetens utveckling', '2 FÖRVALTNINGSBERÄTTELSE' / '2.1 Perioden
    som gått'); [] when it is neither."""
    if heading_shape(head):
        return [head]
    for m in re.finditer(r"\s(?=[A-ZÅÄÖ\d])", head):
        first, second = head[: m.start()], head[m.end() :]
        if heading_shape(first) and first[-1] not in TERMINAL + "," and heading_shape(second):
            return [first, second]
    return []


def fact_box_items(piece: str) -> list[str]:
    """A piece of a flattened line -> the text before a fact box in it, the box, the text after it: the box is
    FACT_BOX_LINES or more label-value items in a row, a heading between two allowed ('Lokaler Vårdplatser 345
    Operationssalar 12 ... Medarbetare Läkare 527'), each item and heading a line of its own, with no blank line
    between them (a list under its heading, as loaders/factlists.py reads it); the piece alone when it holds none."""
    items = [m for m in LABEL_VALUE_ITEM_RE.finditer(piece) if re.search("[a-zåäö]", m.group(0))]
    runs: list[list[re.Match[str]]] = []
    for m in items:
        gap = piece[runs[-1][-1].end() : m.start()].strip() if runs else None
        if gap is not None and (not gap or (heading_shape(gap, True) and gap[-1] not in TERMINAL)):
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[str] = []
    last = 0
    for run in (r for r in runs if len(r) >= FACT_BOX_LINES):
        box = [run[0].group(0)]
        for a, b in zip(run, run[1:]):
            box += [piece[a.end() : b.start()].strip(), b.group(0)]
        out += [piece[last : run[0].start()].strip(), "\n".join(line for line in box if line)]
        last = run[-1].end()
    return [p for p in out + [piece[last:].strip()] if p] if out else [piece]


def lines_to_blocks(lines: list[str]) -> list[Sentence]:
    """Join prose lines into blocks of running text, broken at headings, tables, page noise and
    numeric table cells. Each block keeps its per-character source lines (1-based)."""
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]  # (blank lines only measure gaps)
    # documents whose lines end with a space mark a word broken without a hyphen by its absence
    spaced = bool(nonblank) and sum(lines[i].endswith((" ", "\t")) for i in nonblank) / len(nonblank) > 0.7

    fact_box = _fact_box_lines([lines[i] for i in nonblank])
    # a heading-led fact list (loaders/factlists.py): its heading is a heading, each of its lines a statement
    list_heads, list_lines = list_line_indexes(lines)

    blocks: list[Sentence] = []
    buf: list[str] = []
    src: list[int] = []
    prev_open = False  # the previous part ended a raw line that had no trailing space

    headings: list[str] = []
    section: list[tuple[int, str]] = []
    prev_kind = ""

    def flush() -> None:
        nonlocal buf, src
        text = "".join(buf)
        if text.strip():
            blocks.append(Sentence(text, tuple(src), heading=" / ".join(headings), section=tuple(section)))
        buf, src = [], []

    for k, i in enumerate(nonblank):
        line = lines[i]
        prev = lines[nonblank[k - 1]] if k else None
        nxt = lines[nonblank[k + 1]] if k + 1 < len(nonblank) else None
        gap = i - nonblank[k - 1] if k else 99
        kind = classify_line(line, prev, nxt, prev_kind in ("heading", "table", "noise"), gap)
        if i in list_heads:
            kind = "heading"
        prev_kind = kind
        if kind != "prose":
            flush()
            prev_open = False
            if kind == "table" and (not section or section[-1][1] != TABLE_MARK):
                section = section + [(i + 1, TABLE_MARK)]
            if kind == "heading":
                # a numbered heading opens a section; an unnumbered one refines it
                if NUMBERED_HEADING_RE.match(line):
                    headings = [line.strip()]
                    section = [(i + 1, line.strip())]
                else:
                    headings = (headings + [line.strip()])[-2:]
                    section = section + [(i + 1, line.strip())]
            continue
        lineno = i + 1
        if buf and gap >= 3 and _paragraph_ends(buf) and PARAGRAPH_START_RE.match(line):
            # two or more blank lines between a finished clause and a capitalised line: a new paragraph,
            # even when the previous one lacks its full stop ('... jämfört med 2022' / 'Vårdbesök ...')
            flush()
            prev_open = False
        elif (
            buf
            and gap >= 2
            # (the text's opening line alone in the buffer, nothing before it: its headline may be longer)
            and (
                _headline(prev, OPENING_TITLE_MAX, figure=True)
                if not blocks and set(src) == {nonblank[k - 1] + 1}
                else _headline(prev, TITLE_LINE_MAX)
            )
            and _paragraph_ends(buf)
            and PARAGRAPH_START_RE.match(line)
        ):
            # a short line with no full stop, a blank line, then a capitalised line: a headline or a
            # dateline over its text ('Delårsrapport pekar mot viss förbättring' / 'Ett starkare ...'), whose
            # words are no part of the first sentence
            flush()
            prev_open = False
        parts = _prose_parts(line.rstrip("\n"))
        for j, (_, part) in enumerate(parts):
            if not part:
                flush()
                prev_open = False
                continue
            part = join_inline_hyphens(part.replace("\u00ad", ""))
            if buf:
                frag = _hyphenated_tail(buf)
                first_word = WORD_RE.match(part) if frag else None
                if frag and first_word and part[0].islower():
                    if first_word.group(0) in SUSPENDED_NEXT:
                        buf.append(" ")
                        src.append(lineno)
                    elif len(frag) >= 2 and frag.islower() and not frag[-1].isdigit():
                        # a word hyphenated at the line end: budgetavvi- / kelse
                        buf.pop()
                        src.pop()
                    # else keep the hyphen and join: e-tjänster, Öron-näsa
                elif frag and first_word and (frag.isupper() or len(frag) == 1):
                    pass  # an abbreviation's hyphen: VO-Barnsjukvård, MT-utrustning
                elif spaced and prev_open and part[0].islower() and buf[-1].isalpha():
                    pass  # a word broken without a hyphen: kompetensförsörj / ning
                else:
                    buf.append(" ")
                    src.append(lineno)
            buf.extend(part)
            src.extend([lineno] * len(part))
            prev_open = j == len(parts) - 1 and not line.endswith((" ", "\t"))
        if fact_box[k] or i in list_lines:
            flush()  # one line of a fact box: the next line's label is not this value's
            prev_open = False
    flush()
    return blocks


# an item of a list that shares one lead-in, opened by an ellipsis after a finished sentence ('ÅRET I KORTHET –
# UNDER 2017' / '... föddes 1 518 barn.' / '… gjordes 377 842 vårdbesök.'): a sentence of its own
ELLIPSIS_ITEM = r"(?<=[.!?:]\s)(?:\.\.\.|…)(?=\s?[a-zåäö])"
# a full stop glued to the next sentence's capitalised word, as web copies lose the space ('tänkt sig.Årets första
# prognos', 'här i Kronoberg.Inom primärvården'): a sentence end too (not inside an address: 'Lasse.Ahnell@sr.se',
# 'www.Region.se', where the word after runs on into '@' or '.')
GLUED_STOP = r"(?<=[A-Za-zÅÄÖåäö]{3})\.(?=[A-ZÅÄÖ][a-zåäö]+(?![\w@.]))"
SENT_END_RE = re.compile(
    r"[.!?](?=[\s\(\)”\"]+(?:[A-ZÅÄÖ0-9•–(]|-\s?\d))|(?<=(?:19|20)\d\d)\.(?=[A-ZÅÄÖ](?:[a-zåäö]|\s))|(?<=\s)•|;(?=\s)|(?<=[\s:])-(?=\s?[A-ZÅÄÖ][a-zåäö])|"
    + GLUED_STOP
    + "|"
    + ELLIPSIS_ITEM
)

SENT_END_CHAR_RE = re.compile(r"[.!?•;…-]")  # the character each SENT_END_RE match starts with


def _word_before(text: str, pos: int) -> str:
    """The word that ends right before `pos` (what `re.search(r"(\\w+)\\.$", text[:pos + 1])` finds,
    without rescanning the text before it for every full stop)."""
    k = pos
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return text[k:pos]


def blocks_to_sentences(blocks: list[Sentence]) -> list[Sentence]:
    """Split blocks at sentence ends (not after abbreviations like 'p.g.a.' or 'bl a.') and bullets."""
    out: list[Sentence] = []
    for bi, b in enumerate(blocks):
        start = 0
        text = b.text
        for c in SENT_END_CHAR_RE.finditer(text):
            m = SENT_END_RE.match(text, c.start())  # (tried only where it can match: a fast scan finds those)
            if not m:
                continue
            ch = m.group(0) if m.group(0) else ""
            if ch == ".":
                word = _word_before(text, m.start())
                # (a single letter is an abbreviation, 's.', 'm.'; a digit ends a number: '... var 3,2. År 2011 ...')
                if word and (word.casefold() in ABBREVIATIONS or (len(word) == 1 and not word.isdigit())):
                    continue
            end = m.start() + (0 if ch in ("•", "-", "...", "…") else 1)
            _emit(out, b, start, end, bi)
            start = end
        _emit(out, b, start, len(text), bi)
    return out


# a line opening with an ellipsis goes on from an intro that ends with one ('En dag på Akademiska ...' /
# '... opereras 85 patienter.'): an item of that intro's list, as a bullet is
ELLIPSIS_OPENERS = ("...", "…")


def _emit(out: list[Sentence], b: Sentence, start: int, end: int, block: int = 0) -> None:
    seg = b.text[start:end]
    lead = len(seg) - len(seg.lstrip(" •-"))
    seg2 = seg.strip(" •-") if seg.lstrip().startswith(("•", "-")) else seg.strip(" •")
    if seg2:
        s = start + lead
        out.append(
            Sentence(
                seg2,
                b.lines[s : s + len(seg2)],
                "•" in seg[:lead] or "-" in seg[:lead] or seg2.startswith(ELLIPSIS_OPENERS),
                block,
                b.heading,
                b.section,
            )
        )


def lines_to_sentences(lines: list[str]) -> list[Sentence]:
    return blocks_to_sentences(lines_to_blocks(lines))
