"""Goal tables: a header of target and outcome columns wrapped far above rows of one indicator each."""

from __future__ import annotations

from loaders.tables.headers import _is_fragment, is_page_chrome, names_columns, normalize_header_text
from loaders.tables.layouts import join_wrapped, line_to_row
from loaders.tables.settings import DEFAULT_SETTINGS, TableSettings
from loaders.tables.vocabulary import (
    GOAL_HEADER_END_RE,
    GOAL_HEADER_LAST_WORDS,
    GOAL_OUTCOME_RE,
    GOAL_TARGET_RE,
    SENTENCE_END_RE,
)


def goal_header_above(
    lines: list[str], start: int, settings: TableSettings = DEFAULT_SETTINGS
) -> tuple[list[int], str, tuple[str, str]] | None:
    """The header of a goal table far above a row of its values (`Divisionens` / `mål (fram-` / `gångsfak-` /
    ... / `Mått för` / `måluppfyl-` / `lelse` / `Måluppfyllelse` / `Utveckling`, or `Styrmått Mål Utfall
    Kommentar`): scanning up from the row over short lines only (indicators and goals wrapped in narrow
    columns, earlier rows of the table), the nearest line that ends, with the short pieces right above it,
    in a target column, an outcome column and closing columns (GOAL_HEADER_END_RE). A line of running text,
    page furniture or a header of other columns ends the search. Returns (the header's line indices, the
    names of the text columns before them, the two value columns as printed) or None."""
    i = start - 1
    while i >= 0 and start - i <= settings.max_header_lines:
        t = lines[i].strip()
        if t:
            if len(t) > settings.max_pending_chars or is_page_chrome(t):
                return None
            if t.split()[-1].casefold() in GOAL_HEADER_LAST_WORDS:
                run = [i]
                k = i - 1
                while k >= 0 and len(run) < settings.max_goal_header_pieces:
                    u = lines[k].strip()
                    if u:
                        if not _is_fragment(u, settings):
                            break
                        run.insert(0, k)
                    k -= 1
                for first in range(len(run) - 1, -1, -1):  # the fewest pieces that name both columns
                    text = normalize_header_text(" ".join(lines[x].strip() for x in run[first:]))
                    m = GOAL_HEADER_END_RE.search(text)
                    columns = _two_columns(m.group(1)) if m else None
                    if m and columns:
                        return run[first:], text[: m.start()].strip(), columns
            if names_columns(t, settings):
                return None
        i -= 1
    return None


def goal_row_label(lines: list[str], after: int, start: int, settings: TableSettings = DEFAULT_SETTINGS) -> str:
    """A goal table's indicator above its row of values: of the lines after the header or the table's row above
    (`after`, an index) up to the row (`start`), those from the last that starts a label, wrapped words joined;
    what stands before it is the goal the indicator serves or the comment of the row above (`Våra med-` / ... /
    `plats.` / `Procentuell` / `förändring av` / `inhyrda läkar-` / `timmar`; `Nettokost-` / `nadsut-` /
    `vecklingen` / `ska minska` / `Nettokost-` / `nadsutveckl-` / `ing`). A line starts a label when it starts
    upper case and does not go on with a name the line above ends in (`ner där Region` / `Norrbotten in-`).
    '' when no line is left."""
    first = after + 1
    for k in range(after + 1, start):
        if line_to_row(k, lines[k], settings, False) is not None:
            first = k + 1  # a row of the table above this one
    texts = [lines[k].strip() for k in range(first, start) if lines[k].strip()]
    starts = [x for x, t in enumerate(texts) if t[:1].isupper() and (x == 0 or not _ends_in_a_name(texts[x - 1]))]
    texts = texts[starts[-1] :] if starts else texts
    return join_wrapped(texts) if texts else ""


def _ends_in_a_name(text: str) -> bool:
    """The line ends in a capitalised word that a name on the next line may go on with (`ner där Region`)."""
    return not SENTENCE_END_RE.search(text) and text.split()[-1][:1].isupper()


def _two_columns(text: str) -> tuple[str, str] | None:
    """`Mått för måluppfyllelse Måluppfyllelse`, `Utfall Mål` -> the two column names, in their printed order."""
    words = text.split()
    for k in range(1, len(words)):
        first, second = " ".join(words[:k]), " ".join(words[k:])
        if (GOAL_TARGET_RE.fullmatch(first) and GOAL_OUTCOME_RE.fullmatch(second)) or (
            GOAL_OUTCOME_RE.fullmatch(first) and GOAL_TARGET_RE.fullmatch(second)
        ):
            return first, second
    return None
