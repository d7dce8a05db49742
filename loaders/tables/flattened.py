"""A table flattened into a line of text, as web copies of PDFs give it: `... visar följande. Mnkr Budget Prognos
Avvik Årets resultat 51 55 4 Nettokostnad 3 255 3 325 -70 Personalkostnader 1 818 1 839 -21 Kommentar: ...`.

The line is laid out again as the table it was: the text before it, its header (the run of header words right
before the first row), one line per row, the text after it. A row is a short label and the run of numbers after
it (`Nettokostnad 3 255 3 325 -70`), or, in a table that prints its labels after the values, the run of numbers
and the label glued to its last one (`306 598Läkarbesök - Distans`). The table reader then reads those lines as
any other table, with the same segmentation and arithmetic as line-broken text: a row keeps its spacing as
printed, so a flattened row is exactly as ambiguous as the printed one. Every record keeps its source line
(origin). Nothing is guessed here: fewer than min_flat_rows rows of at least min_cells numbers stay text, but for one
row that names a metric under a header naming exactly its cells (_one_row_table)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from loaders.tables.headers import header_words, is_header_line, split_header, strip_label_header
from loaders.tables.layouts import join_wrapped
from loaders.tables.numbers import segmentations, token_kind
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import (
    BARE_YEAR_RE,
    HEADER_WORD_RE,
    METRIC_NAME_RE,
    SENTENCE_END_RE,
    UNIT_RE,
    VARAV_RE,
    YEAR_RE,
)

WORD_RE = re.compile(r"\S+")
WRAPPED_WORD_RE = re.compile(r"(?<=[^\W\d]-)\s+")  # the break after a word hyphenated at a printed line's end
# a label glued to the number before it (`306 598Läkarbesök`, `246 324- Varav somatisk vård`): the row's label is
# printed after its values
GLUED_LABEL_RE = re.compile(r"^([-–]?\d{1,3}(?:,\d+)?%?)([A-ZÅÄÖ]\S*|-)$")
# two values that read as one number over a thousands group (`2 356`, `30 175`): a fact box's value as readily as two
# cells
ONE_GROUPED_NUMBER_RE = re.compile(r"[-–+]?\d{1,3} \d{3}")


class Word(NamedTuple):
    text: str
    start: int
    end: int
    value: bool  # a number or a dash standing for no value
    glued: bool = False  # a label's first word glued to the number before it


TEXT, HEADER, ROW = "text", "header", "row"


class Piece(NamedTuple):
    text: str
    kind: str  # TEXT (running text), or a line of a laid-out table's HEADER or a ROW, kept as it is


def blank_between(before: str, after: str) -> bool:
    """Whether a blank line goes between a piece of kind `before` and one of kind `after`: not between the
    header lines and rows of one table; before the next table's header, so that it does not run on."""
    return not (after == ROW and before in (HEADER, ROW) or after == before == HEADER)


def _bare(word: str) -> str:
    return word.strip("(),:")


def _is_header_word(word: str) -> bool:
    w = _bare(word)
    return bool(w) and (w[:1].isupper() or w[:1].isdigit()) and bool(HEADER_WORD_RE.match(w))


def _words(line: str) -> list[Word]:
    """The line's words, a label glued to a number split off it; a dash before a word opens a label (`- Varav`)."""
    raw = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(line)]
    out: list[Word] = []
    for k, (text, a, b) in enumerate(raw):
        if (
            text == "%"
            and out
            and out[-1].value
            and not out[-1].text.endswith("%")
            and not BARE_YEAR_RE.match(out[-1].text)
            and a - out[-1].end == 1
        ):
            # a percent sign printed apart from its number (`1,6 % 5,0 % 2,0 %`): the number's, as a row reads it;
            # not a year's, whose sign is its column's unit (a header `Förvaltning 2023 % 2024 % Förändring`)
            out[-1] = out[-1]._replace(text=f"{out[-1].text} %", end=b)
            continue
        if text[0].isalpha():  # (most words: one that opens with a letter is no number, nor a number glued to a label)
            out.append(Word(text, a, b, False))
            continue
        glued = GLUED_LABEL_RE.match(text)
        after = raw[k + 1][0] if k + 1 < len(raw) else ""
        if glued and (glued.group(2) != "-" or after[:1].isupper()):
            cut = a + glued.end(1)
            out += [Word(glued.group(1), a, cut, True), Word(text[cut - a :], cut, b, False, glued=True)]
            continue
        kind = token_kind(text)
        out.append(Word(text, a, b, kind.number or (kind.dash and not after[:1].isalpha())))
    return out


def _runs(words: list[Word], settings: TableSettings) -> list[tuple[int, int, bool]]:
    """(first, past-last word index, holds values) of each run of values or of words, in order. Fewer than
    min_cells numbers among words are part of them (`DRG-poäng totalt (1 månads släp)`, `Beläggning 06:00`), and
    so are years alone (`Utfall 2024 2023 Förändring`: a header's) and numbers in parentheses closed by a word
    (`Arbetad tid (1 000 tim)`)."""
    runs: list[tuple[int, int, bool]] = []
    for k, w in enumerate(words):
        if runs and runs[-1][2] == w.value and not w.glued:
            runs[-1] = (runs[-1][0], k + 1, w.value)
        else:
            runs.append((k, k + 1, w.value))
    merged: list[tuple[int, int, bool]] = []
    for a, b, value in runs:
        value = value and (b - a >= settings.min_cells or b == len(words) or words[b].glued)
        value = value and not all(BARE_YEAR_RE.match(w.text) for w in words[a:b])  # `2024 2023`: column years
        # `(1 000 tim)`: a unit in parentheses, part of a label
        value = value and not (words[a].text.startswith("(") and b < len(words) and words[b].text.endswith(")"))
        if merged and not merged[-1][2] and not value and not words[a].glued:
            merged[-1] = (merged[-1][0], b, False)
        else:
            merged.append((a, b, value))
    return merged


def _counts(word: Word) -> bool:
    """A word that counts toward a label's length: not a dash (`Läkarbesök - Distans`)."""
    return any(c.isalnum() for c in word.text)


def _is_label(words: list[Word], settings: TableSettings, max_words: int = 0) -> bool:
    """A row's label: a few words, starting upper case, with a dash or with a part marker (`varav`), no sentence
    ending in it."""
    return (
        0 < sum(map(_counts, words)) <= (max_words or settings.max_flat_label_words)
        and (words[0].text[:1].isupper() or words[0].text[:1] in "-–(" or bool(VARAV_RE.match(words[0].text)))
        and not any(SENTENCE_END_RE.search(w.text) or w.text.endswith(":") for w in words)
        and not words[-1].text.endswith(",")  # `Personalkostnader, 1 557 tkr`: a list in running text
    )


def _in_capitals(word: str) -> bool:
    """A word printed in capitals (`ARBETAD`, `TID`, `IVA`)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _label_tail(words: list[Word], settings: TableSettings) -> int:
    """How many of the last words are the first row's label: the words after the header words, any sentence end
    and a heading before them (a word starting upper case before the label's capitalised first word), at most
    max_flat_label_words, from the first one that starts upper case or with a dash."""
    k, counted = len(words), 0
    while k > 0 and counted < settings.max_flat_label_words:
        w = words[k - 1].text
        if _is_header_word(w) or SENTENCE_END_RE.search(w) or w.endswith(":"):
            break
        if k < len(words) and w[:1].isupper() and words[k].text[:1].isupper() and not _in_capitals(words[k].text):
            break  # a heading, then the label (`ARBETAD TID Arbetad tid`, `Intäkter Patientavgifter`); not `Akut IVA`
        k -= 1
        counted += _counts(words[k])
    while k < len(words) and not _is_label(words[k:], settings):
        k += 1
    return len(words) - k


def _is_header_run(text: str) -> bool:
    """Header words, at least half of the words (is_header_line's test without its length, which a flattened
    header that holds all its columns passes with two header words among any number); a period of years
    (`Procentuell förändring 2023–2024`, wrapped over lines where printed) is a header's too."""
    number, hits, n_words = header_words(" ".join("2000" if YEAR_RE.match(_bare(w)) else w for w in text.split()))
    return not number and hits >= 1 and hits * 2 >= n_words


def _header_start(line: str, words: list[Word], settings: TableSettings) -> int:
    """The index of the word that opens the header ending at the end of `words`, or len(words): the longest tail
    of at most max_flat_header_chars that opens with a header word and is header words (no number but years)."""
    best = len(words)
    for k in range(len(words) - 1, -1, -1):
        if words[-1].end - words[k].start > settings.max_flat_header_chars or SENTENCE_END_RE.search(words[k].text):
            break
        if _is_header_word(words[k].text) and _is_header_run(line[words[k].start : words[-1].end]):
            best = k
    return best


def _value_columns(header: str) -> tuple[int, int, int]:
    """(the value columns a flattened header names, the words of its value columns that are neither header words nor
    lower case, the words of the label column's name it opens with)."""
    label, columns = strip_label_header(split_header(header))
    foreign = sum(w[:1].isupper() and not _is_header_word(w) for c in columns for w in c.split())
    return len(columns), foreign, len(label.split())


def _rows_read_as(words: list[Word], rows: list[tuple[int, int]], n: int, settings: TableSettings) -> bool:
    """Whether every row's numbers read as exactly n cells (as the table reader segments a row)."""
    return n > 0 and all(
        any(
            len(s) == n
            for s in segmentations(
                tuple((w.text, w.start, w.end) for w in words[a:b] if w.value), settings.probe_segmentations, settings
            )
        )
        for a, b in rows
    )


def _header_fitting_rows(
    line: str, words: list[Word], head: int, first: int, rows: list[tuple[int, int]], settings: TableSettings
) -> int:
    """Where a flattened table's header starts: at head (_header_start: the longest run of header words before the
    first row) when the header from there names as many value columns as every row holds numbers, its value columns
    of header words and lower-case qualifiers only; else at the start from which it does, with the fewest words of
    a label column's name, then the longest (`Resultatförändring mellan åren 2021 Apr / 2020 Apr (Tkr) Akut omhänd
    An/Op/IVA Kostnadsslag 202104 Mnkr Förändring 202104- 202004 ...` over rows of 14 numbers: the caption and the
    labels of the table before run into the header, which is `202104 Mnkr Förändring 202104- 202004 ...`, fourteen
    columns); head when none does (a column holding other capitalised words, `Prognos 2024 Motsvarar antal åa
    2023`, leaves the header's split unsure: a count that fits is no evidence then). A table's own count of numbers
    per row is what its header must name, as the table reader's segmentation asks of it."""
    if first <= head:
        return head
    fitting = []
    for k in range(head, first):
        header = line[words[k].start : words[first - 1].end]
        if k > head and not (_is_header_word(words[k].text) and _is_header_run(header)):
            continue
        n, foreign, label_words = _value_columns(header)
        if not foreign and _rows_read_as(words, rows, n, settings):
            if k == head:
                return head
            fitting.append((label_words, k))
    return min(fitting)[1] if fitting else head


def _one_row_table(
    line: str, words: list[Word], head: int, first: int, rows: list[tuple[int, int]], settings: TableSettings
) -> bool:
    """Whether a single row is a table of one row: its label names a metric and the header before it names as many
    value columns as it holds numbers, of header words and lower-case qualifiers only (`Antal månadsavlönade 2021-04
    2022-04 2023-04 2024-04 Förändring mot fg år Totalt antal anställda 3393 3427 3503 3693 190`, a goal table's
    `Indikator Utfall 2023 Mål 2024 Utfall 2024 Trend Kommentar Sjukfrånvaro (ack mars) 8,1 % 6,0 % 8,1% ...`)."""
    if len(rows) != 1:
        return False
    a, b = rows[0]
    label = _unwrapped(" ".join(w.text for w in words[a:b] if not w.value))
    n, foreign, _ = _value_columns(line[words[head].start : words[first - 1].end])
    return bool(METRIC_NAME_RE.search(label)) and not foreign and _rows_read_as(words, rows, n, settings)


def _opens_caption(word: str) -> bool:
    """A word a caption opens with: upper case, or a parenthesis (`(1 mån släp, inget vid årsbokslut)`)."""
    return word[:1].isupper() or word[:1] == "(" and word[1:2].isalnum()


def _caption_start(words: list[Word], settings: TableSettings) -> int:
    """The index of the word that opens the table's caption at the end of the text before its header
    (`... – 475 mnkr Resultaträkning Belopp i mnkr`, `Förenklad resultaträkning (Mnkr) Motpart 1,2`): the longest
    tail after the last sentence end of at most max_caption_chars that opens as a caption, not with a number's unit;
    len(words) when there is none."""
    k = len(words)
    while (
        k > 0
        and words[-1].end - words[k - 1].start <= settings.max_caption_chars
        and not SENTENCE_END_RE.search(words[k - 1].text)
    ):
        k -= 1
    while k < len(words) and (UNIT_RE.fullmatch(_bare(words[k].text)) or not _opens_caption(words[k].text)):
        k += 1
    return k


def _label_header(words: list[Word], settings: TableSettings) -> int:
    """How many of the last words before a header's first column name the label column, printed on the header's
    first line (`Produktionsdata – Privata vårdgivare` / `Kontakt med privat vårdgivare Ack utf ...`): the last
    phrase, one word upper case and the rest lower case, after the lower-case end of another phrase; 0 when none."""
    k = len(words)
    while k > 0 and len(words) - k < settings.max_flat_label_words and words[k - 1].text[:1].islower():
        k -= 1
    if k < 2 or k == len(words) or not words[k - 1].text[:1].isupper() or words[k - 1].value:
        return 0
    before = words[k - 2].text
    return len(words) - k + 1 if before[:1].islower() or before.endswith(")") else 0


def _header_lines(header: str, settings: TableSettings) -> list[str]:
    """A flattened header wrapped again into lines the table reader takes for a header's: its columns
    (split_header) kept whole on lines of at most max_header_region_chars that read as header lines (a label
    column's name that does not, on the line of the columns after it: `Kontakt med privat vårdgivare Ack utf`), a
    column that does not on its own (`Procentuell förändring 2023–2024`) in short pieces, as a wrapped cell is
    printed; the years it ends in on a line of their own, as the reader knows a header's years (header_columns)."""
    words = header.split()
    k = len(words)
    while k > 0 and BARE_YEAR_RE.match(words[k - 1]):
        k -= 1
    if 0 < k <= len(words) - 2:  # `Period: Januari - December Bokslut 2007 2006`: the years on a line of their own
        return _header_lines(" ".join(words[:k]), settings) + [" ".join(words[k:])]
    lines: list[str] = []
    for column in split_header(header):
        joined = f"{lines[-1]} {column}" if lines else column
        if (
            lines
            and len(joined) <= settings.max_header_region_chars
            and (is_header_line(joined, settings) or not is_header_line(lines[-1], settings))
        ):
            lines[-1] = joined
        else:
            lines.append(column)
    return [
        piece
        for line in lines
        for piece in (
            [line]
            if is_header_line(line, settings) or len(line) <= settings.max_fragment_chars
            else _fragments(line, settings)
        )
    ]


def _fragments(column: str, settings: TableSettings) -> list[str]:
    """A header cell in pieces as short as a wrapped cell's (max_fragment_words words, max_fragment_chars)."""
    out: list[str] = []
    for w in column.split():
        if (
            out
            and len(out[-1].split()) < settings.max_fragment_words
            and len(out[-1]) + 1 + len(w) <= (settings.max_fragment_chars)
        ):
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def _unwrapped(row: str) -> str:
    """A row with the words of its label wrapped over printed lines joined again (`Röntgenavdelning (undersök-
    ningar)`, as join_wrapped joins a label's lines); its numbers keep their spacing."""
    return join_wrapped(WRAPPED_WORD_RE.split(row)) if "- " in row else row


def _one_grouped_number(row: list[Word]) -> bool:
    """Whether a row's values are two that read as one number over a thousands group (ONE_GROUPED_NUMBER_RE): a
    label and its value, as a fact box lists them (`Läkare 527 Sjuksköterskor 862 Totalt 2 356 Produktion Akuta
    slutenvårdstillfällen 30 175`), which the line-broken reader reads as one number; under no header, rows of such
    values only are no table's."""
    k = len(row)
    while k > 0 and row[k - 1].value:
        k -= 1
    return len(row) - k == 2 and bool(ONE_GROUPED_NUMBER_RE.fullmatch(" ".join(w.text for w in row[k:])))


def line_chars(words: list[Word]) -> int:
    return words[-1].end - words[0].start if words else 0


def _rows(
    words: list[Word], runs: list[tuple[int, int, bool]], r: int, settings: TableSettings
) -> list[tuple[int, int]]:
    """The rows of a table whose first row's values are the run r: each row's first and past-last word index.
    Labels before the values, or, when the first values end in a glued label, after them."""
    rows: list[tuple[int, int]] = []
    after = r + 1 < len(runs) and words[runs[r + 1][0]].glued
    while r < len(runs) and runs[r][2] and runs[r][1] - runs[r][0] >= settings.min_cells:
        a, b, _ = runs[r]
        if after:
            if r + 1 >= len(runs) or not words[runs[r + 1][0]].glued:
                break
            la, lb, _ = runs[r + 1]
            lb = min(lb, la + settings.max_flat_label_words + sum(not _counts(w) for w in words[la:lb]))
            ends = next((k + 1 for k in range(la, lb) if SENTENCE_END_RE.search(words[k].text)), lb)
            rows.append((a, ends))
            if ends < runs[r + 1][1]:
                break  # the label's words go on as text
            r += 2
            continue
        if rows:
            la = runs[r - 1][0]
            if not _is_label(words[la:a], settings):
                # a heading between rows (`Utförd arbetstid` / `Externt inhyrd personal ... 70 076 ...`): a short
                # line of its own in the table, then the row's label
                head = a - _label_tail(words[la:a], settings)
                if (
                    head == a
                    or line_chars(words[la:head]) > settings.max_pending_chars
                    or not _is_label(words[la:head], settings, max_words=len(words))
                    or any(w.value for w in words[la:head])
                ):
                    break
                rows.append((la, head))
                la = head
        else:
            la = a - _label_tail(words[runs[r - 1][0] : a], settings) if r > 0 else a
        rows.append((la, b))
        r += 2
    return rows


def _table_pieces(
    line: str, words: list[Word], done: int, head: int, first: int, settings: TableSettings
) -> list[Piece]:
    """The text words[done:first] before a table's first row (or before the end of the line) as pieces: the text,
    its caption, its header words[head:first] wrapped again."""
    pieces: list[Piece] = []
    if first > head:
        head -= _label_header(words[done:head], settings)
    caption = done + _caption_start(words[done:head], settings) if first > head else head
    if caption > done:
        pieces.append(Piece(line[words[done].start : words[caption - 1].end], TEXT))
    if head > caption:
        pieces.append(Piece(line[words[caption].start : words[head - 1].end], TEXT))
    if first > head:
        heading = first  # a heading between the header and the first row: a line of its own
        while heading > head + 1 and not _is_header_word(words[heading - 1].text.capitalize()):
            heading -= 1
        heading = first if heading in (first, head) else heading
        pieces += [Piece(h, HEADER) for h in _header_lines(line[words[head].start : words[heading - 1].end], settings)]
        if heading < first:
            pieces.append(Piece(line[words[heading].start : words[first - 1].end], TEXT))
    return pieces


@lru_cache(maxsize=1024)  # a pure function of its arguments: reflow lays a line out, then unflatten asks again
def lay_out_tables(line: str, settings: TableSettings, need_header: bool = False) -> tuple[Piece, ...] | None:
    """The line as text pieces and the lines of the tables flattened into it (header, one line per row), in
    order; None when it holds no such table. With need_header, a table counts only under a header of at least
    min_flat_header_words header words. A header of as many header words that ends the line is laid out too: a
    page's end can cut a table between its header and its rows."""
    words = _words(line)
    runs = _runs(words, settings)
    pieces: list[Piece] = []
    done = 0  # words before this index are laid out
    r = 0
    while r < len(runs):
        if not runs[r][2]:
            r += 1
            continue
        rows = _rows(words, runs, r, settings)
        # a table under its header that the line's end cuts after its first row goes on on the next line
        cut = not need_header and len(rows) == 1 and rows[0][1] == len(words)
        first = rows[0][0] if rows else 0
        head = first
        if rows:
            head = _header_start(line, words[done:first], settings) + done
            head = _header_fitting_rows(line, words, head, first, rows, settings)
        headed = sum(_is_header_word(w.text) for w in words[head:first]) >= settings.min_flat_header_words
        fact_box = not headed and all(_one_grouped_number(words[a:b]) for a, b in rows)
        few = len(rows) < settings.min_flat_rows and not (cut and headed)
        if few and headed and _one_row_table(line, words, head, first, rows, settings):
            few = False
        if few or need_header and not headed or fact_box:
            # no table here, nor from any of these rows on (each row's label stands before the next one's values)
            end = rows[-1][1] if len(rows) > 1 else 0
            r += 1
            while r < len(runs) and runs[r][0] < end:
                r += 1
            continue
        pieces += _table_pieces(line, words, done, head, first, settings)
        # a row keeps its spacing as printed: the gap between `1    472` is two cells, not the number 1 472
        pieces += [Piece(_unwrapped(line[words[a].start : words[b - 1].end]), ROW) for a, b in rows]
        done = rows[-1][1]
        while r < len(runs) and runs[r][0] < done:
            r += 1
    head = _header_start(line, words[done:], settings) + done
    if sum(_is_header_word(w.text) for w in words[head:]) >= settings.min_flat_header_words:
        pieces += _table_pieces(line, words, done, head, len(words), settings)
        done = len(words)
    if not pieces:
        return None
    if done < len(words):
        pieces.append(Piece(line[words[done].start :], TEXT))
    return tuple(pieces)  # (immutable: the memo hands the same pieces to every caller)


def unflatten_line(line: str, settings: TableSettings) -> list[str] | None:
    """The lines of a table flattened into `line` under its header (text before, header, rows, text after, blank
    lines between the parts), or None when the line holds no such table."""
    pieces = lay_out_tables(line, settings, need_header=True)
    if pieces is None:
        return None
    out: list[str] = []
    for k, piece in enumerate(pieces):
        if out and blank_between(pieces[k - 1].kind, piece.kind):
            out.append("")
        out.append(piece.text.strip())
    return out


def unflatten(lines: list[str], settings: TableSettings) -> tuple[list[str], list[int]]:
    """(the lines with every flattened table laid out again, the index of each one's source line)."""
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        laid_out = unflatten_line(line, settings) if len(line) >= settings.min_flat_line_chars else None
        for part in laid_out or [line]:
            out.append(part)
            origin.append(k)
    return out, origin
