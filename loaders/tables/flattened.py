"""A table flattened into a line of text, as web copies of PDFs give it: `... visar följande. Mnkr Budget Prognos
Avvik Årets resultat 51 55 4 Nettokostnad 3 255 3 325 -70 Personalkostnader 1 818 1 839 -21 Kommentar: ...`.

The line is laid out again as the table it was: the text before it, its caption (unit words), its header (a run
of at least min_flat_header_words header words), one line per row (a label, then its numbers), the text after
it. The table reader then reads those lines as any other table; every record keeps its source line (origin).
Nothing is guessed here: a run of header words that no two labelled rows of numbers follow stays text."""

from __future__ import annotations

import re

from loaders.tables.numbers import token_kind
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import HEADER_WORD_RE, SENTENCE_END_RE, UNIT_RE


def _bare(word: str) -> str:
    return word.strip("(),:")


def _is_header_word(word: str) -> bool:
    w = _bare(word)
    return bool(w) and (w[:1].isupper() or w[:1].isdigit()) and bool(HEADER_WORD_RE.match(w))


def _is_value(word: str) -> bool:
    kind = token_kind(word)
    return kind.number or kind.dash


def _rows_after(words: list[str], k: int, settings: TableSettings) -> tuple[list[tuple[int, int]], int]:
    """The rows that follow the header ending before words[k]: (each row's first and past-last word index, index
    after the last row). A row is a label of at most max_flat_label_words words that starts upper case, then at
    least one number."""
    rows: list[tuple[int, int]] = []
    while k < len(words):
        j = k
        while j < len(words) and not _is_value(words[j]):
            j += 1
        label = words[k:j]
        m = j
        while m < len(words) and _is_value(words[m]):
            m += 1
        if (
            not label
            or m == j
            or len(label) > settings.max_flat_label_words
            or not label[0][:1].isupper()
            or any(SENTENCE_END_RE.search(w) or w.endswith(":") for w in label)
        ):
            break
        rows.append((k, m))
        k = m
    return rows, k


def unflatten_line(line: str, settings: TableSettings) -> list[str] | None:
    """The lines of a table flattened into `line` (text before, caption, header, rows, text after, blank lines
    between the parts), or None when the line holds no such table."""
    spans = [m.span() for m in re.finditer(r"\S+", line)]
    words = [line[a:b] for a, b in spans]
    i = 0
    while i < len(words):
        if not _is_header_word(words[i]):
            i += 1
            continue
        j = i
        while j < len(words) and _is_header_word(words[j]):
            j += 1
        units = 0
        while i + units < j and UNIT_RE.fullmatch(_bare(words[i + units]).lower() or " "):
            units += 1
        rows, end = _rows_after(words, j, settings)
        if j - i - units >= settings.min_flat_header_words and len(rows) >= settings.min_flat_rows:
            before, after = " ".join(words[:i]), " ".join(words[end:])
            out = [before, ""] if before else []
            if units:
                out += [" ".join(words[i : i + units]), ""]
            # a row keeps its spacing as printed: the gap between `1    472` is two cells, not the number 1 472
            out += [" ".join(words[i + units : j])] + [line[spans[a][0] : spans[b - 1][1]] for a, b in rows]
            return out + (["", after] if after else [])
        i = j
    return None


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
