"""Header lines -> column names: a table's header wraps over lines and its cells join into one text."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.tables.records import RawBlock, Relation, Row
from loaders.tables.settings import DEFAULT_SETTINGS, TableSettings
from loaders.tables.vocabulary import (
    BARE_YEAR_RE,
    CHILD_LABEL_RE,
    CLOSING_WORDS,
    COLUMN_START_RE,
    CUR_HEADER_RE,
    DEV_HEADER_RE,
    DEVIATION_PAIR_RE,
    FORECAST_WORDS,
    GLUED_PERCENT_RE,
    GLUED_WORDS_RE,
    HEADER_WORD_RE,
    HYPHENATED_HEADER_RE,
    JOINING_WORDS,
    MEASURE_CONTINUES_AFTER,
    MEASURE_OPENERS,
    MEASURE_WORD_RE,
    METRIC_NAME_RE,
    MONTH_RANGE_RE,
    MONTH_RE,
    OUTCOME_WORDS,
    PAGE_CHROME_RE,
    PREV_HEADER_RE,
    QUAL_WORD_RE,
    QUALIFIER_ONLY_RE,
    REPORT_WORD_RE,
    SENTENCE_END_RE,
    SHORT_YEAR_RE,
    STARTS_NUMBER_RE,
    TEXT_COLUMN_RE,
    UNIT_RE,
    VARAV_RE,
    WRAPPED_PERIOD_RE,
    YEAR_DASH_RE,
    YEAR_IN_TEXT_RE,
    YEAR_LINE_RE,
    YEAR_RE,
    YEAR_SIDE_OPENS_AFTER_RE,
    YEAR_SIDE_RE,
)

COLUMN_GAP_RE = re.compile(r"(?<=\S)\s{2,}(?=\S)")  # two or more spaces inside a header line: a column boundary
COLUMN_GAP = "\u2016"  # ... as header_columns marks it for split_header
# a line that ends in its unit in parentheses ('Prognos helår (mnkr)'): set off by a blank line, a caption
CAPTION_UNIT_END_RE = re.compile(r"\(\s*" + UNIT_RE.pattern + r"\s*\)$", re.I)


def _bare(word: str) -> str:
    return word.strip("(),:")


@lru_cache(maxsize=1024)  # a pure function of the text: the goal reader joins the same pieces for each block below
def normalize_header_text(text: str) -> str:
    """Undo what text extraction does to a header: text columns dropped, `Budget- avvikelse` joined,
    `2024- 04` joined, `ÅrInnevarande` and `%Föregående` split."""
    text = TEXT_COLUMN_RE.sub(" ", text)
    text = HYPHENATED_HEADER_RE.sub(r"\1", text)
    text = WRAPPED_PERIOD_RE.sub(r"\1-", text)
    text = GLUED_WORDS_RE.sub(" ", text)
    return GLUED_PERCENT_RE.sub("% ", text)


def _opens_column(cur: list[str], t: str) -> bool:
    """Does the word t open a new column after the words cur of the column being read?"""
    bare = _bare(t)
    if YEAR_RE.match(bare):
        has_year = any(YEAR_RE.match(_bare(x)) for x in cur)
        return has_year and not cur[-1].endswith(("-", "–")) and not YEAR_DASH_RE.match(cur[-1])
    if bare.lower() == "diff" and any("-" in x for x in cur):
        return False  # `Bud-Utf Diff`, `Ack utf- Ack fg år Diff`
    if DEVIATION_PAIR_RE.match(bare):
        return True  # `Bud-Utf`: a deviation column
    if YEAR_SIDE_RE.match(bare):
        return bool(YEAR_SIDE_OPENS_AFTER_RE.search(" ".join(cur).lower()))
    if MONTH_RANGE_RE.match(bare.lower()):
        # `Jan–aug 2024 Jan–aug 2023`: a range opens a column after a column that names its months and year
        # (`2023 jan-apr` is one column: the range qualifies the year before it)
        months = any(MONTH_RE.match(_bare(x).lower()) or MONTH_RANGE_RE.match(_bare(x).lower()) for x in cur)
        return months and any(YEAR_RE.match(_bare(x)) for x in cur) and not cur[-1].endswith("-")
    if not COLUMN_START_RE.match(bare):
        return False
    low = bare.lower()
    prev = _bare(cur[-1]).lower()
    if low in MEASURE_OPENERS:
        # measure words continue a column of qualifiers only (`Helår Prognos`, `Ack Bud`, `Summa utfall`)
        has_measure = any(MEASURE_WORD_RE.match(_bare(x)) for x in cur)
        has_year = any(YEAR_RE.match(_bare(x)) for x in cur)
        only_qual = all(QUAL_WORD_RE.match(_bare(x)) for x in cur)
        start = (has_measure or has_year or not only_qual) and prev not in MEASURE_CONTINUES_AFTER
        if low in OUTCOME_WORDS and prev in FORECAST_WORDS:
            start = False  # `Prognos utfall 2024`
        if low == "utf" and prev in CLOSING_WORDS:
            start = False
    elif MONTH_RE.match(low):
        start = any(YEAR_RE.match(_bare(x)) or MONTH_RE.match(x.lower()) for x in cur)
    else:
        start = True
    if prev in JOINING_WORDS or cur[-1].endswith("-"):
        start = False
    return start


def split_header(text: str) -> list[str]:
    """Split a joined header into column names: `Ack utf Inn År Ack Bud Inn År` -> two columns. A gap that
    header_columns marked (COLUMN_GAP: two or more spaces inside one header line, a converter that keeps the page's
    layout) always ends a column (`Prognos helår  Avv mot budget`, `Utfall ack  Budget ack`): the words between two
    gaps are one column, or several where the words open them (`2019 2018`), a lower-case word (`ack`, `helår`)
    never opening one."""
    pieces = [p for p in text.split(COLUMN_GAP) if p.strip()]
    if len(pieces) > 1:
        return [c for p in pieces for c in _lower_case_goes_on(_split_words(p))]
    return _split_words(text.replace(COLUMN_GAP, " "))


def _lower_case_goes_on(cols: list[str]) -> list[str]:
    out: list[str] = []
    for c in cols:
        if out and c[:1].islower():
            out[-1] = out[-1] + " " + c
        else:
            out.append(c)
    return out


def _split_words(text: str) -> list[str]:
    """The columns of a header read word by word (split_header)."""
    cols: list[list[str]] = []
    for t in normalize_header_text(text).split():
        if not cols or _opens_column(cols[-1], t):
            cols.append([t])
        else:
            cols[-1].append(t)
    # a column of qualifiers only (`Helår`, `Apr`) belongs to the column before it; so do qualifiers and then the
    # year (`Budget helår 2024`: `helår 2024`) after a bare measure (`Budget`)
    merged: list[list[str]] = []
    for c in cols:
        qualifies = merged and (
            all(QUALIFIER_ONLY_RE.match(_bare(x).lower()) for x in c)
            or (_qualified_year(c) and all(MEASURE_WORD_RE.match(_bare(x)) for x in merged[-1]))
        )
        if qualifies:
            merged[-1] = merged[-1] + c
        else:
            merged.append(c)
    return [" ".join(c) for c in _qualifiers_after(merged)]


def _qualified_year(col: list[str]) -> bool:
    """`helår 2024`: qualifier words, then years only."""
    lead = 0
    while lead < len(col) and QUALIFIER_ONLY_RE.match(_bare(col[lead]).lower()):
        lead += 1
    return 0 < lead < len(col) and all(YEAR_RE.match(_bare(x)) for x in col[lead:])


def _qualifiers_after(cols: list[list[str]]) -> list[list[str]]:
    """A header that puts its qualifier after the measure (`Budget helår Prognos helår`, the last column ending in
    a qualifier): the qualifiers that open a column belong to the bare measure before them."""
    if len(cols) < 2 or not QUALIFIER_ONLY_RE.match(_bare(cols[-1][-1]).lower()):
        return cols
    out = [list(cols[0])]
    for c in cols[1:]:
        lead = 0
        while lead < len(c) and QUALIFIER_ONLY_RE.match(_bare(c[lead]).lower()):
            lead += 1
        prev = out[-1]
        if 0 < lead < len(c) and all(MEASURE_WORD_RE.match(_bare(x)) for x in prev):
            out[-1], c = prev + c[:lead], c[lead:]
        out.append(list(c))
    return out


def _is_short_year(words: list[str], k: int) -> bool:
    """`Tom april -21`, `Utfall 22 jan-april`: two digits right after or before a month are a year."""
    if not SHORT_YEAR_RE.match(words[k]):
        return False
    before = words[k - 1].lower() if k > 0 else ""
    after = words[k + 1].lower().split("-")[0] if k + 1 < len(words) else ""
    return bool(MONTH_RE.match(before) or MONTH_RE.match(after))


@lru_cache(maxsize=8192)  # a pure function of the line: find_blocks, header_above and the goal reader ask again
def header_words(t: str) -> tuple[bool, int, int]:
    """(the line holds a number that is not a year, how many of its words are header words, how many words)."""
    words = [_bare(w) for w in t.split()]
    if any(
        STARTS_NUMBER_RE.match(w)
        and not HEADER_WORD_RE.match(w)
        and not w.endswith("%")
        and not _is_short_year(words, k)
        for k, w in enumerate(words)
    ):
        return True, 0, len(words)  # a number that is not a year: text, not a header
    hits = sum(1 for k, w in enumerate(words) if HEADER_WORD_RE.match(w) or w.endswith("%") or _is_short_year(words, k))
    return False, hits, len(words)


def is_header_line(s: str, settings: TableSettings) -> bool:
    t = s.strip()
    if not t or len(t) > settings.max_header_chars:
        return False
    number, hits, n_words = header_words(t)
    return not number and (
        hits >= settings.header_line_words or (hits >= 1 and hits * 2 >= n_words) or _two_cells_name_metrics(t)
    )


def names_metric_columns(t: str) -> bool:
    """A header whose cells, set apart by gaps, name metrics: a column per metric over a row per unit
    (`Förvaltning   Årsarbetare   Sjukfrånvaro %   Övertid, timmar`; a table of the regions, `Landsting/Region
    Antal anställda   Antal årsarbetare   Folkmängd 2019`). Two cells at least name a metric, no cell holds a number but
    a year."""
    return _two_cells_name_metrics(t) and not header_words(t)[0]


def _two_cells_name_metrics(t: str) -> bool:
    # (checked on every line a table block might start at: a line with no column gap is never searched)
    named = 0
    if COLUMN_GAP_RE.search(t):
        for cell in COLUMN_GAP_RE.split(t):
            named += bool(METRIC_NAME_RE.search(cell))
            if named == 2:
                return True
    return False


def years_after_caption(s: str) -> list[str]:
    """The column years a caption line ends in (`Andel prio 1 larm med responstid 2022 2023 2024` -> 2022, 2023,
    2024): two or more bare years after words that start upper case; [] for any other line."""
    words = s.split()
    k = len(words)
    while k > 0 and BARE_YEAR_RE.match(words[k - 1]):
        k -= 1
    if k == 0 or len(words) - k < 2 or not words[0][:1].isupper():
        return []
    return words[k:]


def opens_header_columns(text: str, settings: TableSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the text is header words that open a column (`Budget 2019  Prognos helår`, `Bokslut`): what stands
    beside a column's heading in a table's header, never a title's or a sentence's words."""
    words = text.split()
    return bool(words) and bool(COLUMN_START_RE.match(_bare(words[0]))) and is_header_line(text, settings)


def is_report_title(t: str) -> bool:
    """A line naming the report once (`Delårsrapport 2019`, `Verksamhetsberättelse 2022`, `Tertialrapport 1 2023`): its
    year and month are the report's period, no column of a table below it."""
    return len(REPORT_WORD_RE.findall(t)) == 1


def names_columns(s: str, settings: TableSettings) -> bool:
    """A header line that names at least header_line_words columns (`Utfall 2017 2016 Förändring`,
    `Föregående år Innevarande år`), not a label that only holds a header word (`Sjukfrånvaro, %`) nor the
    lower-case end of a label wrapped over lines (`timmar (ack mars)`). A caption that ends in the years of
    its columns (`Andel prio 1 larm med responstid 2022 2023 2024`) names them too."""
    if s.strip()[:1].islower():
        return False
    if years_after_caption(s):
        return True
    return is_header_line(s, settings) and header_words(s.strip())[1] >= settings.header_line_words


def is_page_chrome(t: str) -> bool:
    return bool(PAGE_CHROME_RE.match(t.strip()))


def _is_fragment(t: str, settings: TableSettings) -> bool:
    """A short piece of a wrapped header cell (`mot`, `Inn År`, `(Budget-`)."""
    return (
        len(t) <= settings.max_fragment_chars
        and len(t.split()) <= settings.max_fragment_words
        and not SENTENCE_END_RE.search(t)
    )


def _lines_above(lines: list[str], start: int, stop: int, settings: TableSettings) -> list[int]:
    """Indices of the non-blank lines above a block (nearest first), up to running text or page chrome."""
    cand: list[int] = []
    i = start - 1
    while i > stop and start - i <= settings.max_header_lines:
        t = lines[i].strip()
        if t:
            if len(t) > settings.max_header_region_chars or t.endswith(".") or is_page_chrome(t):
                break
            cand.append(i)
        i -= 1
    return cand


def header_above(lines: list[str], start: int, stop: int, settings: TableSettings) -> tuple[list[int], list[int]]:
    """(header line indices, caption line indices) above a block, not crossing `stop`.

    The header is the run of header-like lines and short fragments (a wrapped header cell
    per line) right above the first row; the caption is up to three lines above that."""
    cand = _lines_above(lines, start, stop, settings)
    region: list[int] = []
    hl: list[int] = []  # the header lines of the region
    hl_words: list[int] = []  # ... that are header lines by their words (not captions ending in years)
    k = 0
    while k < len(cand):
        t = lines[cand[k]].strip()
        if (
            k
            and cand[k - 1] in hl_words
            and len(t.split()) >= 3
            and CAPTION_UNIT_END_RE.search(t)
            and any(not lines[i].strip() for i in range(cand[k] + 1, cand[k - 1]))
        ):
            break  # 'Prognos helår (mnkr)', a blank line, then a header line: the table's caption, not its header
        if is_report_title(t):
            break  # `Delårsrapport 2019`, `Delårsbokslut per augusti 2023`: the report's title, above any table header
        if is_header_line(t, settings):
            hl.append(cand[k])
            hl_words.append(cand[k])
        elif years_after_caption(t):
            hl.append(cand[k])
        elif not _is_fragment(t, settings):
            break
        region.append(cand[k])
        k += 1
    # the region must hold a real header line; drop fragments above its topmost header line
    if not hl:
        return [], sorted(cand[: settings.max_caption_lines])  # (top down, as printed)
    top = min(hl)
    hdr = [x for x in region if x >= top] + _year_column_name(lines, region, top, settings)
    above = [x for x in region if x not in hdr]
    # a lone section row right above the first row (`Intäkter`) is not part of the header
    if (
        hdr
        and max(hdr) not in hl
        and len(lines[max(hdr)].split()) == 1
        and max(hdr) == max(region)
        and lines[max(hdr)].strip()[:1].isupper()
    ):
        hdr.remove(max(hdr))
    # fragments above the first header line belong to it when they are wrapped column names
    # (`VO` / `Närsjukvård` / `gemensamt`), i.e. when they repeat with the header's rhythm
    if above and len(above) >= settings.min_wrapped_header_fragments:
        words = [lines[x].strip() for x in above]
        if len(set(words)) < len(words):  # repeated fragments: column names split over lines
            above = sorted(above)
            texts = [lines[x].strip() for x in above]
            first = min(k for k, w in enumerate(texts) if texts.count(w) >= 2)
            hdr = above[first:] + hdr
            above = above[:first]
    rest = sorted(above, reverse=True) + cand[k:]
    cap = []
    for x in rest[: settings.max_caption_lines]:
        if len(lines[x].strip()) > settings.max_caption_chars:
            break  # running text, not a caption
        cap.append(x)
    # a caption that ends in its columns' years (no header line by its words) is the caption and the header at once
    cap += [x for x in hdr if x not in hl_words and years_after_caption(lines[x].strip())]
    return sorted(hdr), sorted(cap)


def _year_column_name(lines: list[str], region: list[int], top: int, settings: TableSettings) -> list[int]:
    """The words of the first column wrapped above its year, one piece a line (`Bedömd` / `effekt` / `2024` /
    `Ack ut-` / `fall april` / `2024`): when the topmost header line is a bare year and the header below it
    names its other columns in words, the fragments right above the year (at most max_wrapped_label_lines,
    no header lines, none a sentence or a label with a colon) name that year's column; a year alone names
    none. [] when the header does not start so."""
    t = lines[top].strip()
    if not BARE_YEAR_RE.match(t) or not any(x > top and not BARE_YEAR_RE.match(lines[x].strip()) for x in region):
        return []
    above = sorted((x for x in region if x < top), reverse=True)[: settings.max_wrapped_label_lines]
    out: list[int] = []
    for x in above:
        piece = lines[x].strip()
        if is_header_line(piece, settings) or piece.endswith(":") or not _is_fragment(piece, settings):
            break
        if any(lines[k].strip() for k in range(x + 1, (out[-1] if out else top)) if k not in region):
            break  # (only blank lines between the pieces)
        out.append(x)
    return out if out and lines[out[-1]].strip()[:1].isupper() else []


def label_goes_on(text: str) -> bool:
    """A label line that stops short of its end: hyphenated (`Röntgenavdelning (undersök-`) or ending in a joining
    word (`Antal operationer dagkirurgi och`)."""
    words = text.split()
    return bool(words) and (text.endswith("-") or words[-1].lower() in JOINING_WORDS)


def continues_label(label: str) -> bool:
    """A row label that is the end of a label wrapped above it: it starts lower case or with a parenthesis
    (`specialiserad vård 103 411 ...` under `Läkarbesök, öppen`), and is no part row (`varav`, `-män`)."""
    t = label.strip()
    return bool(t) and (t[0].islower() or t[0] == "(") and not VARAV_RE.match(t) and not CHILD_LABEL_RE.match(t)


def labels_printed_above(rows: tuple[Row, ...]) -> bool:
    """Whether the rows are at least two labelled rows, each with its label printed on its own line(s) above its
    values (blocks.with_wrapped_label), none with its label on the line of its values."""
    return len(rows) >= 2 and all(r.label and r.lines and r.lines[0] < r.line for r in rows)


def first_label_above(lines: list[str], block: RawBlock, stop: int, settings: TableSettings) -> list[int]:
    """The lines right above a block that are its first row's label wrapped above its values
    (`Röntgenavdelning (undersök-` / `ningar)` / `29 658 31 254 ...`, `Antal operationstimmar c-` / `op`), or [].
    Only when the first row has no label and a later one has, at most max_wrapped_label_lines short lines that
    are no header lines, the upper one stopping short of its end (label_goes_on), and a header above them; or when
    the first row's own label continues a label (continues_label: `Läkarbesök, öppen` / `specialiserad vård 103 411`),
    the lines above it starting upper case; or when every later row prints its label on the line(s) above its
    values (labels_printed_above: a converter's `Verksamhetens kostnader` / `– 12 444 – 12 245 ...`), the table's
    own row shape: the first row's label is then the line(s) right above its values too (no blank line between),
    starting upper case."""
    rows = block.rows
    going_on = bool(rows[0].label) and continues_label(rows[0].label)
    if (rows[0].label and not going_on) or not any(r.label for r in rows[1:]):
        return []
    shaped = not rows[0].label and labels_printed_above(rows[1:])
    cand = _lines_above(lines, block.start, stop, settings)[: settings.max_wrapped_label_lines]
    for n in range(len(cand), 0, -1):
        part = sorted(cand[:n])
        texts = [lines[i].strip() for i in part]
        if (
            (texts[0][:1].isupper() if going_on or shaped else label_goes_on(texts[0]))
            and not (shaped and any(not lines[k].strip() for k in range(part[0], block.start)))
            and all(len(t) < settings.wrapped_label_chars_below and not is_header_line(t, settings) for t in texts)
            and header_above(lines, part[0], stop, settings)[0]
        ):
            return part
    return []


def labels_below_header(lines: list[str], block: RawBlock, stop: int, settings: TableSettings) -> list[list[int]]:
    """The candidate labels of a label-less first row wrapped over the lines right above it, between it and
    its header, longest first: at most max_label_lines_below_header short lines that are no header lines,
    the topmost starting upper case (a label, not the end of a wrapped header cell), with a header above them
    and evidence they are one label (_label_evidence). Checked against the rows by the caller (tables.read_block)."""
    rows = block.rows
    if rows[0].label:
        return []
    cand = _lines_above(lines, block.start, stop, settings)
    out: list[list[int]] = []
    for n in range(min(len(cand), settings.max_label_lines_below_header), 0, -1):
        part = sorted(cand[:n])
        texts = [lines[i].strip() for i in part]
        if (
            texts[0][:1].isupper()
            and not SENTENCE_END_RE.search(texts[-1])
            and all(len(t) < settings.wrapped_label_chars_below and not is_header_line(t, settings) for t in texts)
            and _label_evidence(lines, texts, header_above(lines, part[0], stop, settings)[0], settings)
        ):
            out.append(part)
    return out


def _label_evidence(lines: list[str], texts: list[str], hdr_idx: list[int], settings: TableSettings) -> bool:
    """Whether the lines `texts` under the header lines hdr_idx are surely a label: a word hyphenated at a
    line's end joins them (`Totalt antal an-` / `ställda`), or the header is one line that names its columns
    (`Styrmått Mål Utfall Kommentar`), no fragments wrapped over lines that a label below could belong to."""
    if not hdr_idx:
        return False
    if len(texts) > 1 and any(t.endswith("-") for t in texts[:-1]):
        return True
    if len(texts) > 1 and _parenthesis_spans_lines(texts):
        return True
    return len(hdr_idx) == 1 and names_columns(lines[hdr_idx[0]], settings)


def _parenthesis_spans_lines(texts: list[str]) -> bool:
    """A parenthesis opened on one line and closed on the last (`Restriktiv policy för resor (minska kostnaden` /
    `jmft med 2023)`): the lines are one label."""
    depth = 0
    for k, t in enumerate(texts):
        for ch in t:
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            if depth < 0:
                return False
        if depth == 0 and k < len(texts) - 1:
            return False
    return depth == 0 and "(" in texts[0]


PIECE_RE = re.compile(r"\S+(?: \S+)*")  # the words of a header line between its gaps, with their offsets


def _stacked_columns(lines: list[str], hdr_idx: list[int], settings: TableSettings) -> list[str] | None:
    """A header whose cells are stacked over two or more lines that a layout-keeping converter printed with gaps
    (`Utfall      Utfall      Förändring` / `2023        2022        %`): each line's pieces joined, top down, to
    the piece of the line with most pieces whose span they overlap; words left of every column (a caption printed
    in the label column) head the label column. None unless every line of the header is a header line and every
    other piece overlaps exactly one column."""
    if len(hdr_idx) < 2 or not all(is_header_line(lines[k], settings) for k in hdr_idx):
        return None
    pieces = {k: [(m.start(), m.end(), m.group()) for m in PIECE_RE.finditer(lines[k])] for k in hdr_idx}
    if sum(len(p) > 1 for p in pieces.values()) < 2:
        return None
    base = max(hdr_idx, key=lambda k: len(pieces[k]))
    spans = [(a, b) for a, b, _ in pieces[base]]
    cols: list[list[str]] = [[] for _ in spans]
    lead: list[str] = []  # words left of every column (`Kostnader, mnkr`): the label column's header
    for k in hdr_idx:
        for a, b, text in pieces[k]:
            hits = [j for j, (x, y) in enumerate(spans) if a < y and x < b]
            if not hits and b <= spans[0][0] and k != base:
                lead.append(text)
                continue
            if len(hits) != 1:
                return None
            cols[hits[0]].append(text)
    return ([" ".join(lead)] if lead else []) + [" ".join(c) for c in cols]


def _gap_line(lines: list[str], hdr_idx: list[int], settings: TableSettings) -> int | None:
    """The one header line that sets its columns apart by gaps (COLUMN_GAP_RE), or None: with two or more such
    lines the header's cells are stacked over lines (`Utfall   Utfall` / `2023     2022`) and a line's gaps alone
    do not bound its columns."""
    gapped = [k for k in hdr_idx if is_header_line(lines[k], settings) and COLUMN_GAP_RE.search(lines[k].strip())]
    return gapped[0] if len(gapped) == 1 else None


def header_columns(lines: list[str], hdr_idx: list[int], settings: TableSettings = DEFAULT_SETTINGS) -> list[str]:
    """The header's column names. When the joined header lines do not split into as many columns as a
    line of years among them holds (`Period: / Januari - December / Bokslut / 2007 2006`: the lines
    above the years qualify them all), the years are the columns."""
    stacked = _stacked_columns(lines, hdr_idx, settings)
    if stacked:
        return stacked
    gapped = _gap_line(lines, hdr_idx, settings)
    text = " ".join(
        COLUMN_GAP_RE.sub(COLUMN_GAP, lines[k].strip()) if k == gapped else lines[k].strip() for k in hdr_idx
    )
    cols = split_header(text)
    year_lines = [lines[k].split() for k in hdr_idx if YEAR_LINE_RE.match(lines[k].strip())]
    if len(year_lines) == 1 and len(cols) != len(year_lines[0]):
        return year_lines[0]
    if len(hdr_idx) == 1 and not is_header_line(lines[hdr_idx[0]], settings):
        years = years_after_caption(lines[hdr_idx[0]].strip())
        if years:
            return years  # a caption ending in its columns' years: its words are no column
    return cols


def strip_label_header(cols: list[str]) -> tuple[str, list[str]]:
    """The first header column often carries the row-label header (`Område diagnostik och MT Ack utf`):
    (label header, value column headers)."""
    if not cols:
        return "", cols
    first = cols[0].split()
    k = 0
    while (
        k < len(first)
        and not COLUMN_START_RE.match(_bare(first[k]))
        and not YEAR_RE.match(first[k])
        and not MONTH_RANGE_RE.match(_bare(first[k]).lower())  # `Jan–aug 2024` opens a value column
    ):
        k += 1
    if 0 < k < len(first):
        return " ".join(first[:k]), [" ".join(first[k:])] + cols[1:]
    if k == len(first) and len(cols) > 1:
        return cols[0], cols[1:]
    return "", cols


def columns_on_caption_line(
    lines: list[str], cap_idx: list[int], hdr_idx: list[int], missing: int, settings: TableSettings = DEFAULT_SETTINGS
) -> tuple[int, str, list[str]] | None:
    """The first line of a header read as a caption: the row-label header and the first column names on a
    short line of their own above the rest of the header (`Tandvård Antal` / `Antal fg år Avv fg år ...`).
    When the header lacks `missing` columns and the caption line right above it (blank lines between) is a
    label header followed by exactly that many column names, each opened by a header word:
    (its index, the label header, the column names); else None."""
    if missing <= 0 or not cap_idx or not hdr_idx:
        return None
    k = max(cap_idx)
    if k > min(hdr_idx) or any(lines[i].strip() for i in range(k + 1, min(hdr_idx))):
        return None
    text = lines[k].strip()
    if len(text.split()) > settings.max_fragment_words or SENTENCE_END_RE.search(text):
        return None
    label_header, cols = strip_label_header(split_header(text))
    if not label_header or len(cols) != missing or not all(COLUMN_START_RE.match(_bare(c.split()[0])) for c in cols):
        return None
    return k, label_header, cols


def headers_by_arithmetic(headers: tuple[str, ...], n: int, relations: tuple[Relation, ...]) -> tuple[str, ...]:
    """Headers printed in another order than the values: deviation headers put on the columns the
    arithmetic shows to be deviations, and current/previous on the right side of a difference."""
    h = headers
    if len(h) != n or not relations:
        return h
    dev_d = sorted({rel[1] for rel in relations if rel[0] in ("diff", "pct", "pctabs")})
    dev_h = [i for i in range(n) if DEV_HEADER_RE.search(h[i])]
    new = list(h)
    if dev_d and len(dev_d) == len(dev_h) and dev_d != dev_h:
        non_d = [i for i in range(n) if i not in dev_d]
        non_h = [i for i in range(n) if i not in dev_h]
        for src, dst in zip(dev_h, dev_d):
            new[dst] = h[src]
        for src, dst in zip(non_h, non_d):
            new[dst] = h[src]
    for rel in relations:
        if rel[0] == "diff":
            _, j, a, b = rel
            if (
                PREV_HEADER_RE.search(new[a])
                and CUR_HEADER_RE.search(new[b])
                and not DEV_HEADER_RE.search(new[a] + new[b])
            ):
                new[a], new[b] = new[b], new[a]
    return tuple(new)


def is_caption_line(t: str) -> bool:
    """A line after a label-less block that names the table rather than a row: a unit or a year in it."""
    return bool(UNIT_RE.search(t) or YEAR_IN_TEXT_RE.search(t))


def blank_separated_cells(lines: list[str], hdr_idx: list[int], n: int) -> list[str] | None:
    """A header printed one cell at a time, each cell's words stacked over short lines and the cells set apart
    by blank lines (`2022-` / `04` / blank / `För-` / `änd-` / `ring` / blank / `i mkr` / `mot fg` / blank / `år`):
    the cells as its blank-separated groups of lines, a group that starts lower case continuing the cell above
    it and a group that ends in a hyphen continuing into the next. None unless that gives exactly the n value
    columns the rows read, at least one group is two or more lines (a text that sets every line apart by blank
    lines shows no cells by them) and every cell holds a header word or a year (a label wrapped above its values
    is no header). The layout shows what the word-by-word split of the joined header cannot: `Prognos 2024` /
    blank / `Motsvarar antal åa 2023` are two cells."""
    if len(hdr_idx) < 2:
        return None
    groups: list[list[int]] = [[hdr_idx[0]]]
    for k in hdr_idx[1:]:
        if any(not lines[i].strip() for i in range(groups[-1][-1] + 1, k)):
            groups.append([k])
        else:
            groups[-1].append(k)
    cells: list[list[int]] = []
    for g in groups:
        first = lines[g[0]].strip()
        if cells and (first[:1].islower() or lines[cells[-1][-1]].strip().endswith("-")):
            cells[-1] += g
        else:
            cells.append(list(g))
    if len(cells) != n or len(cells) < 2 or not any(len(g) > 1 for g in groups):
        return None
    texts = [normalize_header_text(" ".join(lines[k].strip() for k in c)) for c in cells]
    return texts if all(not number and hits for number, hits, _ in map(header_words, texts)) else None
