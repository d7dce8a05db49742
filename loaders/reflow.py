"""Text as web copies of reports give it, made into lines the readers know. Markup left in (`<strong>12</strong>`,
`<br />`, `&nbsp;`) is taken out; a page flattened onto one line (a web copy of a PDF, an old converter: a
whole page, tables included, on one line) is broken back into one sentence a line, with a run of numbers
apart from the words around it. Every piece keeps the number of the source line it came from."""

from __future__ import annotations

import re

from loaders.lexicon import load_non_fact_cues
from loaders.sentences import PAGE_MARK, common_words, fact_box_items, join_inline_hyphens, run_in_headings
from loaders.tables.flattened import HEADER, TEXT, Piece, blank_between, lay_out_tables
from loaders.tables.settings import DEFAULT_SETTINGS

TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")  # an HTML tag, not a '<' between numbers
ENTITIES = {
    "&nbsp;": " ",
    "&amp;": "&",
    "&lt;": "<",
    "&gt;": ">",
    "&quot;": '"',
    "&#39;": "'",
    "&ndash;": "–",
    "&minus;": "−",
}
ENTITY_RE = re.compile("|".join(map(re.escape, ENTITIES)))
# a Markdown table (a web copy's converter): `Label | 1 | 2 |` rows under a header and a rule line `---|---|`
MARKDOWN_ROW_PIPES = 2  # pipes a row has at least (`Publiceringsår: 2021 | Utgivare: Region Skåne` has one)
MARKDOWN_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
MARKDOWN_CELL_MAX = 120  # characters of a cell; a longer piece is running text
MARKDOWN_CELL_GAP = "   "  # between two cells: wider than the space inside a number
LONG_LINE = 400  # characters; a printed line is rarely over 200, a flattened page is thousands
# a sentence ends: `. ` (or ! ?) before a capital letter, after a word or a number ('... 2009. Resultatet');
# not after a lone capital or digit ('t.ex. E', 'kl. 8')
SENTENCE_END_RE = re.compile(r"(?:(?<=[a-zåäö%)][.!?])|(?<=\d\d[.!?]))\s+(?=[A-ZÅÄÖ])")
# a numbered heading after a sentence's end ('... uppnås ej. 2 Uppdrag och styrning Regionfullmäktige har'): where a
# new statement opens, as at a capital letter (the number a heading opens with, as sentences.NUMBERED_HEADING_RE)
NUMBERED_HEADING_START_RE = re.compile(r"(?<=[a-zåäö%)][.!?])\s+(?=\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-ZÅÄÖ]\w)")
# a dateline: a date written YYYY-MM-DD, a time after it or not, before a capitalised word ('Publicerad 2018-10-03
# 08:30 Region Gotlands resultat ...', 'Uppsnabbat regionfullmäktige 25 april 2018 2018-04-25 Årsredovisning för
# 2017 godkänd'): page furniture that a line of its own ends; run into the text, its numbers beside the text's made
# the sentence a table row. A time may be glued to the word after it, as web copies run a newsroom page's dateline
# and label ('2019-01-24 11:46Pressmeddelande Positivt resultat för regionen Region Västmanland redovisar ett resultat
# på 215 miljoner kronor', review12h vastmanland_press_2019; '2020-02-05 14:00Pressmeddelande', review15wr
# halland_press_2019): the sentence after it read none of its figures
DATELINE_RE = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d(?:\s+[0-2]?\d[:.][0-5]\d(?=\s*[A-ZÅÄÖ])|(?=\s+[A-ZÅÄÖ]))")
# a page mark run into the text (the page counter, then the document's own 'sida 2 (15)', '2(15)', before a capitalised
# word: '... uppgår till -17 mnkr. 2 2(15) Historik RESULTATUTVECKLING', halland_manadsrapport_2017; '... Transkript
# 1 1 (1) Datum Diarienummer', vgr_hsn_dalsland_delarsrapport_2014): a page opened there, and the mark opens a
# statement, as sentences.PAGE_MARK_START_RE knows it at a line's start; run into the sentence before it, its words
# and numbers were that sentence's, which read no figure
PAGE_MARK_RE = re.compile(r"(?:(?<=\s)|^)" + PAGE_MARK + r"(?=[A-ZÅÄÖ])", re.I)
# a letterhead's or contact block's field (seeds/non_fact_cues.csv, the cues of a line: 'Telefon', 'E-post') that a
# web copy left empty, its colon right before a sentence's capitalised common word ('Kontaktperson , Telefon: E-post:
# Resultatet för första tertialet 2017 är +90 mkr', norrbotten_delarsrapport_2017; 'Handläggare: Lars-Erik Hansson
# Telefon: E-post: Till hälso- och sjukvårdsnämnden Dalsland', vgr_hsn_dalsland_delarsrapport_2014): the sentence
# opens after it; run into it, the page furniture's cue held the sentence's figures
LINE_CUES = tuple(cue for cue, scope, _ in load_non_fact_cues() if scope == "line")
EMPTY_FIELD_END_RE = re.compile(r"\s*:\s+(?=([A-ZÅÄÖ][a-zåäöé]+)(?![\w-]))")
# a bullet that opens a list's item (' • 32 procent sjuksköterskor • 19 procent ...'): a line of its own in the
# line-broken text, a statement of its own here
BULLET_RE = re.compile(r"[•\uf0b7▪]\s")  # a statement that opens with a bullet: a list's item
BULLET_START_RE = re.compile(r"\s+(?=" + BULLET_RE.pattern + ")")
# three or more numbers in a row (`573 -5 067 -2 741 ...`): a table's values, not a sentence's
NUMBER_RUN_RE = re.compile(
    r"(?:(?<=\s)|^)(?:[-–+]?\s?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?%?\s+){3,}[-–+]?\s?\d[\d  ]*(?:,\d+)?%?(?=\s|$)"
)


def without_markup(line: str) -> str:
    """`<strong>2007</strong> 2006<br />` -> `2007 2006`; entities become their characters; a Markdown table's
    row (`Primärvård | 47 610 | 49 451 |`) its cells set apart by wide gaps, its rule line (`---|---|`) blank."""
    if "<" in line:
        line = TAG_RE.sub("", line)
    if "&" in line:
        line = ENTITY_RE.sub(lambda m: ENTITIES[m.group(0)], line)
    if line.count("|") >= MARKDOWN_ROW_PIPES:
        line = markdown_row_cells(line)
    return line


def markdown_row_cells(line: str) -> str:
    """A web copy's Markdown table row -> its cells as a printed table row shows them: apart by a wide gap (the
    table reader's cell boundary: `250 846   260 661` is two numbers, never 250 | 846 260 | 661); the rule line
    under the header (`---|---|---|`) -> a blank line. SCB's statistics pages and Region Värmland's annual
    report of 2024 print their tables so. A piece longer than a cell is running text: the line is kept."""
    if MARKDOWN_RULE_RE.match(line):
        return ""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if any(len(c) > MARKDOWN_CELL_MAX for c in cells):
        return line
    while cells and not cells[-1]:
        cells.pop()
    return MARKDOWN_CELL_GAP.join(cells)


def _sentences_and_runs(text: str, common: frozenset[str], paragraph_chars: int) -> list[str]:
    """Running text -> its sentences, with runs of numbers, headings run into a sentence and the items of a fact box
    apart. Sentences that follow one another come as one piece, a line each (joined by a newline), up to
    `paragraph_chars` characters: a paragraph, whose sentences the prose reader reads in context ('Förvaltningarna
    hade ... en negativ budgetavvikelse ... Kalmar länstrafik visade underskott på 23 miljoner': a deviation too), as
    it reads the sentences of a line. A bulleted item opens a paragraph of its own, as it opens a printed line: the
    item after '... avvikelsen mot budget för helåret 2017 ... 185,6 mnkr' is no deviation of it."""
    pieces: list[str] = []
    running = 0  # characters of the paragraph the last piece is (0: it is none)
    for statement, is_sentence in _statements(text, common):
        last = 0
        for m in NUMBER_RUN_RE.finditer(statement):
            pieces += [statement[last : m.start()].strip(), m.group(0).strip()]
            last, running = m.end(), 0
        rest = statement[last:].strip()
        if not rest:
            continue
        if (
            running
            and is_sentence
            and last == 0
            and running + len(rest) <= paragraph_chars
            and not BULLET_RE.match(rest)
        ):
            pieces[-1] += "\n" + rest
            running += len(rest)
        else:
            pieces.append(rest)
            running = len(rest) if is_sentence and last == 0 else 0
    return [p for p in pieces if p]


def _statements(line: str, common: frozenset[str]) -> list[tuple[str, bool]]:
    """A flattened line's statements, each apart: sentences (True), and the headings run into them and fact boxes
    (False)."""
    out: list[tuple[str, bool]] = []
    for sentence in SENTENCE_END_RE.split(line):
        for dated in (d for item in BULLET_START_RE.split(sentence) for d in _at_page_furniture(item, common)):
            for statement in NUMBERED_HEADING_START_RE.split(dated):
                for item in fact_box_items(statement):
                    *headings, rest = run_in_headings(item, common)
                    out += [(h, False) for h in headings] + [(rest, "\n" not in rest)]
    return out


def _at_page_furniture(sentence: str, common: frozenset[str]) -> list[str]:
    """The sentence cut after each dateline in it (DATELINE_RE), before each page mark (PAGE_MARK_RE: the page's
    number not above the count, so not '2013 (2)') and after each empty field of a contact block (LINE_CUES, then a
    colon and a capitalised word of the text's `common` words)."""
    cuts = sorted(
        [m.end() for m in DATELINE_RE.finditer(sentence)]
        + [m.start() for m in PAGE_MARK_RE.finditer(sentence) if int(m.group(1)) <= int(m.group(2))]
        + [
            end.end()
            for cue in LINE_CUES
            for m in cue.finditer(sentence)
            if (end := EMPTY_FIELD_END_RE.match(sentence, m.end())) and end.group(1).lower() in common
        ]
    )
    return [sentence[a:b] for a, b in zip([0] + cuts, cuts + [len(sentence)]) if sentence[a:b].strip()]


def split_flattened(line: str, long_line: int = LONG_LINE, common: frozenset[str] | None = None) -> list[str]:
    """One long line -> its lines (see split_with_cut_header)."""
    return split_with_cut_header(line, long_line, common)[0]


def split_with_cut_header(
    line: str, long_line: int = LONG_LINE, common: frozenset[str] | None = None
) -> tuple[list[str], str]:
    """One long line -> its lines: a table flattened into it laid out again (loaders/tables/flattened.py: its
    header and one line per row), the rest one sentence a line (_sentences_and_runs: in paragraphs, headings, fact
    boxes and runs of numbers apart); a blank line between any two pieces but the lines of one table or of one
    paragraph. A line of a paragraph's length (a short page, a paragraph run together) has its tables laid out
    when they stand under a header, its text kept whole. `common`: the text's common words (loaders/sentences.py
    common_words; the line's own when not given). Also the header of a table that the line's end cuts (the line's
    last pieces, a header's lines, and the caption right before them: the table goes on on the next page), as one
    text, '' when none: its lines are the last ones of the lines returned."""
    flat = len(line) > long_line
    if not flat and len(line) < DEFAULT_SETTINGS.min_flat_line_chars:
        return [line], ""
    if not flat:
        pieces = lay_out_tables(line, DEFAULT_SETTINGS, need_header=True)
        if pieces is None:
            return [line], ""
    else:
        # a word hyphenated where a printed line wrapped ('Procen- tuell för- ändring', a header's) joined, as the prose
        # reader joins it: a header word again, not a row's label
        line = join_inline_hyphens(line)
        pieces = lay_out_tables(line, DEFAULT_SETTINGS) or (Piece(line, TEXT),)
        common = common_words(line) if common is None else common
    out: list[str] = []
    last = TEXT  # the kind of the last piece out
    for piece in pieces:
        for part in (
            # (a paragraph of a web copy, one line of 400 to 800 characters, stays one paragraph: cut into two, its
            # second half lost the first's context)
            _sentences_and_runs(piece.text, common or frozenset(), 2 * long_line)
            if flat and piece.kind == TEXT
            else [piece.text.strip()]
        ):
            if out and blank_between(last, piece.kind):
                out.append("")
            out += part.split("\n")  # (a paragraph's or a fact box's lines, with no blank line between)
            last = piece.kind
    cut = len(pieces)
    while cut > 0 and pieces[cut - 1].kind == HEADER:
        cut -= 1
    if 0 < cut < len(pieces) and _is_caption(pieces[cut - 1].text):
        cut -= 1  # (the header's caption, `Produktionsdata – Privata vårdgivare`, goes with it)
    return out or [line], " ".join(p.text.strip() for p in pieces[cut:]) if cut < len(pieces) else ""


def _is_caption(text: str) -> bool:
    """A piece of text short enough to be a table's caption, with no sentence's end in it."""
    return len(text) <= DEFAULT_SETTINGS.max_caption_chars and not SENTENCE_END_RE.search(text.strip())


def reflow(lines: list[str], cut_off: bool = False) -> tuple[list[str], list[int]]:
    """(lines without markup and with every long line split, the 1-based source line of each). Text of
    ordinary length comes back as it was, with origin[i] == i + 1. The last line of a text that was
    `cut_off` in the middle of it is split into sentences whatever its length: only its last sentence
    is cut."""
    # the tables laid out for the previous report are let go (the table reader's unflatten asks for this one's again)
    lay_out_tables.cache_clear()
    out: list[str] = []
    origin: list[int] = []
    common: frozenset[str] | None = None  # the text's common words, counted when a line is long
    carried = ""  # the header of a table that the end of the line before cut, laid out with its rows on this line
    for number, line in enumerate(lines, start=1):
        long_line = 0 if cut_off and number == len(lines) else LONG_LINE
        if common is None and len(line) > long_line:
            common = common_words("\n".join(lines))
        line = without_markup(line)
        if carried:
            line = f"{carried} {line}"
        # a blank line between the pieces of a split line: no sentence spans two
        parts, header = split_with_cut_header(line, long_line, common)
        carried = ""
        if header and number < len(lines) and len(lines[number]) > LONG_LINE:
            # a header cut by a page's end, the next page flattened too: the header goes on there, maybe on
            # its first words (`... Förändring 202011- 201911 Förändring` / `202010- 201910 Förändring ...
            # Summa verksamhetens kostnader 741 5,3% ...`), and is laid out with the rows it names
            carried = header
            parts = parts[: _lines_before_header(parts, header)]
        out += parts
        origin += [number] * len(parts)
    return out, origin


def _lines_before_header(parts: list[str], header: str) -> int:
    """How many of a split line's lines come before its last lines, which are the lines of `header`, and the
    blank line before them."""
    words = header.split()
    k, seen = len(parts), 0
    while k > 0 and seen < len(words):
        seen += len(parts[k - 1].split())
        k -= 1
    while k > 0 and not parts[k - 1].strip():
        k -= 1
    return k
