"""The layouts a table row is printed in, each a named reader of one line (or a few lines).

Every reader says in its docstring what text it reads, with a literal example; tests/test_tables.py
holds a test with an excerpt of each. A reader returns a new record or None, and changes nothing."""

from __future__ import annotations

from loaders.tables.headers import is_caption_line, is_header_line
from loaders.tables.numbers import count_numbers, has_number, is_value_token, tokenize
from loaders.tables.records import Row, RowText, Token
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import (
    BARE_YEAR_RE,
    CAPITAL_START_RE,
    CELL_NOUN_RE,
    COMMENT_HEADER_RE,
    CONJUNCTION_START_RE,
    CONTINUED_RE,
    DASH_RE,
    DIGIT_RE,
    FOOTNOTE_MARK_RE,
    GLUED_MINUS_RE,
    LABEL_AFTER_RE,
    LETTER_RE,
    MONTH_NUMBER_RE,
    PAGE_OF_RE,
    SCALED_UNIT_WORDS,
    SENTENCE_GOES_ON_RE,
    TEXT_CELL_RE,
    YEAR_RE,
)


def unglue_minus(line: str) -> str:
    """`-100,00-25 833` -> `-100,00 -25 833`: a minus glued to the decimals of the previous value."""
    return GLUED_MINUS_RE.sub(" ", line) if "," in line else line


def blank_cell_nouns(line: str) -> str:
    """A row that prints each count with its noun (`Nödvändig tandvård 1 789 behandl. 1 809 behandl. -20`,
    `516 st 455 st`): a word that follows two or more of the row's numbers is the cells' noun, no label and
    no number; it is blanked (spaces of its length, so the cells keep their offsets and the gap keeps `1 789`
    and `1 809` apart). A unit with a scale of its own (`0 mnkr 2,2 mnkr`, `%`, `timmar`) is left as printed."""
    if not DIGIT_RE.search(line):
        return line
    found = [m for m in CELL_NOUN_RE.finditer(line) if m.group("word").casefold() not in SCALED_UNIT_WORDS]
    words = [m.group("word").casefold() for m in found]
    nouns = {w for w in words if words.count(w) >= 2}
    if not nouns:
        return line
    blanked = line
    for m in found:
        if m.group("word").casefold() in nouns:
            blanked = blanked[: m.start("word")] + " " * len(m.group("word")) + blanked[m.end("word") :]
    # (every word among the numbers must be such a noun: in `Sjukfrånvaro kvinnor 6,1 män 4,2 kvinnor 6,3 män
    # 4,0` the words name the cells' groups, and blanking 'män' alone would make '6,1 4,2 kvinnor' a label)
    first_digit = DIGIT_RE.search(blanked)
    rest = blanked[first_digit.start() :] if first_digit else ""
    if any(m.group("word").casefold() not in SCALED_UNIT_WORDS for m in CELL_NOUN_RE.finditer(rest)):
        return line
    return blanked


# ---------------------------------------------------------------- one line, one row


def read_label_after_row(line: str) -> RowText | None:
    """Numbers first, then the label glued or spaced after them: `306 598Läkarbesök`,
    `   246 324- Varav somatisk vård` (a lone number needs the indent)."""
    m = LABEL_AFTER_RE.match(line)
    if not m or LETTER_RE.search(m.group("nums")):
        return None
    toks = tokenize(m.group("nums"))
    if not toks or not all(is_value_token(t[0]) for t in toks) or not has_number(toks):
        return None
    lead = line[: len(line) - len(line.lstrip())]
    if not (lead or len(toks) >= 2):
        return None
    return RowText(m.group("label").strip(), tuple(toks), True)


def read_label_then_numbers_row(line: str) -> RowText | None:
    """The usual row: a label, then its numbers to the end of the line:
    `Läkarbesök 108 293 105 371 2,8% 106 519`, `Beläggning 06:00 94   94 0,0% 0  94` (the label may hold
    numbers; the tail of numbers and `-` placeholders is the row's)."""
    last = line.rsplit(None, 1)[-1:]
    if not last or (last[0] != "%" and not is_value_token(last[0])):
        return None  # the line does not end in a number (most lines with a digit are prose)
    toks = tokenize(line)
    k = len(toks)
    while k > 0 and is_value_token(toks[k - 1][0]):
        k -= 1
    if 0 < k < len(toks) - 1 and FOOTNOTE_MARK_RE.match(toks[k][0]):
        k += 1  # `Läkarbesök (1) 1 200 1 100`: the label's footnote mark, no negative amount
    tail = toks[k:]
    # a trailing `-` run that is not followed by a number is still a (placeholder) tail
    if not has_number(tail) or not _parentheses_close(tail) or PAGE_OF_RE.search(line):
        return None
    label = line[: tail[0][1]].strip() if k else ""
    return RowText(label, tuple(tail), False)


def _parentheses_close(tail) -> bool:
    """Every parenthesis the numbers of a tail close they opened (`(4 795)`); `planerade 15 760)` ends a remark in
    parentheses, no negative amount."""
    depth = 0
    for tok, _, _ in tail:
        depth += tok.count("(") - tok.count(")")
        if depth < 0:
            return False
    return depth == 0


def split_row(raw: str) -> RowText | None:
    """(label, numeric tail tokens, label_after) or None when the line holds no number tail: the label
    after the numbers (read_label_after_row) when the line reads so, else the label before them."""
    line = blank_cell_nouns(unglue_minus(raw.rstrip())).rstrip()
    return read_label_after_row(line) or read_label_then_numbers_row(line)


def read_indicator_row(raw: str, settings: TableSettings) -> RowText | None:
    """A row of an indicator table: label, values, then a trend word and a comment
    (`Andel digitala besök 1,6 % 5,0 % 2,0 % Positiv Det förbättrade ...`); a word may stand in a value
    cell (`203,5 Färre 162,5`)."""
    line = unglue_minus(raw.rstrip())
    toks = tokenize(line)
    k = 0
    while k < len(toks) and not is_value_token(toks[k][0]):
        k += 1
    j = k
    run: list[Token] = []
    while j < len(toks) and (is_value_token(toks[j][0]) or (run and TEXT_CELL_RE.match(toks[j][0]))):
        run.append(toks[j])
        j += 1
    if len(run) < 2 or not has_number(run) or j >= len(toks):
        return None
    if not CAPITAL_START_RE.match(toks[j][0]):
        return None  # the trend word or comment starts a new sentence
    label = line[: toks[k][1]].strip() if k else ""
    if label[:1].islower():
        return None
    if DIGIT_RE.search(label) and len(label.split()) > settings.max_comment_label_words:
        return None
    return RowText(label, tuple(run), False)


def opens_indicator_table(line: str, settings: TableSettings) -> bool:
    """A header with a comment column (`Indikator Utfall 2023 Mål 2024 Trend Kommentar`): the rows
    below carry a trend word and a comment after their values (read_indicator_row)."""
    # `"mmentar" in ...`: a cheap test that every line COMMENT_HEADER_RE finds passes
    return (
        "mmentar" in line.lower()
        and COMMENT_HEADER_RE.search(line) is not None
        and is_header_line(line.replace("Kommentar", "").replace("Trend", "") + " %", settings)
    )


def collapse_repeated_label(label: str) -> str:
    """Two label columns printing the same name (`Område` and `Verksamhet`: `Nära vård Nära vård`) name one unit."""
    words = label.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return label


def _is_period_header(toks) -> bool:
    """`2022 2023 2024`, `Vårdtillfällen 202104 202004`, `2021 04`: periods, not values."""
    return all(
        YEAR_RE.match(t[0])
        or DASH_RE.match(t[0])
        or (k > 0 and MONTH_NUMBER_RE.match(t[0]) and YEAR_RE.match(toks[k - 1][0]))
        for k, t in enumerate(toks)
    ) and any(YEAR_RE.match(t[0]) for t in toks)


def line_to_row(i: int, s: str, settings: TableSettings, indicator: bool = False) -> Row | None:
    """Line i (0-based) as a table row, or None when it is text: a title, a header of periods, a sentence
    that ends in numbers. In an indicator table a row may end in a trend word and a comment."""
    if not DIGIT_RE.search(s):
        return None  # a row holds at least one number (most lines of a report are text)
    parsed = split_row(s)
    if indicator and (parsed is None or parsed.label_after or count_numbers(parsed.tokens) < 2):
        parsed = read_indicator_row(s, settings) or parsed
    if parsed is None:
        return None
    label, toks, after = parsed
    if len(toks) < settings.min_cells or not has_number(toks):
        return None
    if len(label) > settings.max_label_chars:
        return None
    if len(toks) <= settings.max_title_tokens and BARE_YEAR_RE.match(toks[-1][0]) and not after:
        return None  # a title or date (`Delårsrapport 1 2024`)
    if _is_period_header(toks):
        return None
    if label.endswith((".", ":")) and not after and len(label) > settings.max_sentence_label_chars:
        return None
    if SENTENCE_GOES_ON_RE.search(label) and len(label.split()) > settings.max_sentence_label_words:
        return None  # a sentence that happens to end with numbers
    return Row(line=i + 1, label=collapse_repeated_label(label), raw=s, tokens=toks, label_after=after, lines=(i + 1,))


# ---------------------------------------------------------------- labels over several lines


def join_wrapped(parts: list[str]) -> str:
    """Join a label wrapped over lines; a hyphen before a lower-case continuation joins the word
    (`Köpt riks- och region-` / `vård` -> `Köpt riks- och regionvård`), unless it follows a letter or an
    abbreviation (`c-` / `op` -> `c-op`, `MT-` / `utrustning` -> `MT-utrustning`)."""
    out = ""
    for p in parts:
        p = p.strip()
        wrapped = out.endswith("-") and p[:1].islower() and not CONJUNCTION_START_RE.match(p)
        stem = out[:-1].split()[-1] if wrapped and out[:-1].split() else ""
        if wrapped and (len(stem) <= 1 or stem.isupper()):
            out = out + p
        elif wrapped:
            out = out[:-1] + p
        else:
            out = (out + " " + p).strip()
    return out


def labels_after_block(
    lines: list[str], end: int, n_rows: int, settings: TableSettings
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int]:
    """Value rows printed first and their labels afterwards, one short line each:
    `12 034 3 201 15 235` / `9 876 1 003 10 879` / ... / `Somatik` / `Psykiatri` / `Totalt`.
    The short non-numeric lines right after a label-less block: (labels, caption lines, last index)."""
    labels: list[tuple[int, str]] = []
    caps: list[tuple[int, str]] = []
    i = end + 1
    while i < len(lines) and len(labels) < n_rows + settings.scrambled_missing_labels:
        t = lines[i].strip()
        if not t:
            i += 1
            continue
        if line_to_row(i, lines[i], settings) is not None:
            break
        if len(t) > settings.max_apart_label_chars or t.endswith("."):
            break
        if is_caption_line(t) or len(t.split()) > settings.max_apart_label_words:
            caps.append((i, t))
        else:
            labels.append((i, t))
        i += 1
    # trailing lines that repeat just below are the next table's wrapped header (`VO` / `Närsjukvård`)
    while labels:
        li, lt = labels[-1]
        ahead = [lines[x].strip() for x in range(li + 1, min(len(lines), li + settings.repeat_lookahead_lines))]
        if ahead.count(lt) >= 1 and len(lt.split()) <= settings.max_next_header_words:
            labels.pop()
        else:
            break
    # a caption printed inside the label list: the line right before a caption line is its first part
    real_caps = list(caps)
    while len(labels) > n_rows and caps:
        moved = False
        for k, (li, _) in enumerate(labels):
            if any(ci > li and all(not lines[x].strip() for x in range(li + 1, ci)) for ci, _ in real_caps):
                caps.append(labels.pop(k))
                caps.sort()
                moved = True
                break
        if not moved:
            break
    labels = labels[:n_rows]  # the rest is the next table's header, not ours
    last = max([x for x, _ in labels + caps] + [end])
    return labels, caps, last


def continues_table(headers: tuple[str, ...], caption: str, prev_headers: tuple[str, ...], prev_caption: str) -> bool:
    """A header repeated after a page break (`Ack utf Inn År ...` again, with no caption, the same one or
    `(forts.)`) continues the table above: same id and caption."""
    return (
        len(headers) >= 2
        and headers == prev_headers
        and (not caption.strip() or caption.strip() == prev_caption.strip() or CONTINUED_RE.search(caption) is not None)
    )
