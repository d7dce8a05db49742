"""Property-based tests: the number parser and the table row segmenter never crash, and every value they
return can be traced to digits present in the input (same digits, same order, a minus only where one is printed).
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from loaders.numbers import MINUS_CHARS, NUMBER_RE, parse_number
from loaders.tables import extract_tables, segmentations, split_row

MINUS = set(MINUS_CHARS)
# a row of many 3-digit groups once took exponential time in loaders/tables.py (12 groups: ~9 s; fixed in
# 3afa8fe, see test_a_row_of_many_three_digit_groups_is_read_quickly); generated rows stay within 14 groups
MAX_DIGIT_GROUPS = 14
SPACES = [" ", "  ", "   ", "\u00a0", "\t"]
WORDS = [
    "Läkarbesök",
    "Vårdtillfällen",
    "Summa",
    "Totalt",
    "varav",
    "- Varav somatisk vård",
    "Utfall",
    "Budget",
    "Avvikelse",
    "Förändring",
    "Ack",
    "2024",
    "2023",
    "jan-apr",
    "mnkr",
    "tkr",
    "%",
    "(%)",
    "Prognos",
    "Helår",
    "Personal­kostnader",
    "Köpt vård",
]


def digits(text: str) -> str:
    """The decimal digits of a text, as ASCII, in order (Unicode digits count: \\d matches them)."""
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def traceable(value: float, text: str) -> bool:
    """value is what the digits of text say, read as integer part [, decimals], with a sign only if printed."""
    printed = digits(text)
    integer, _, decimals = text.partition(",")
    expected = float(digits(integer) + ("." + digits(decimals) if digits(decimals) else "")) if printed else None
    if expected is None:
        return False
    signed = any(ch in MINUS for ch in text)
    return value == (-expected if signed and expected else expected) or (value == expected == 0)


# ---------------------------------------------------------------- parse_number

swedish_number = st.from_regex(NUMBER_RE, fullmatch=True)
noise = st.text(alphabet=st.sampled_from(list("0123456789 ,.-–−+%\u00a0\u202fabcÅ€()/\t\n")), max_size=25)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), noise, swedish_number))
@example("– 1 235")
@example("- 0")
@example("1 234 567,5")
@example("٣")  # an Arabic-Indic digit: \d matches it
def test_parse_number_never_crashes_and_every_value_is_in_the_digits(text):
    value = parse_number(text)
    if value is not None:
        assert traceable(value, text.strip()), (text, value)


@settings(max_examples=300, deadline=None)
@given(swedish_number)
def test_parse_number_reads_every_number_its_own_pattern_matches(text):
    value = parse_number(text)
    assert value is not None and traceable(value, text), (text, value)


# ---------------------------------------------------------------- table rows

number_token = st.one_of(
    st.integers(min_value=-99_999_999, max_value=99_999_999).map(
        lambda n: ("-" if n < 0 else "") + f"{abs(n):,}".replace(",", " ")
    ),
    st.decimals(min_value=-9999, max_value=9999, places=1, allow_nan=False, allow_infinity=False).map(
        lambda d: str(d).replace(".", ",")
    ),
    st.sampled_from(["-", "–", "− 3", "- 425", "2,8%", "2,8 %", "0", "0,0", "100,0%", "12,5-3", "4,29-36 779"]),
    # any number NUMBER_RE matches, in ASCII digits and at most three groups (see the slow-row test below)
    st.from_regex(re.compile(NUMBER_RE.pattern, re.ASCII), fullmatch=True).filter(lambda t: len(t.split()) <= 3),
)
row_text = st.builds(
    lambda label, nums, seps, after: (
        (" " + "".join(n + s for n, s in zip(nums, seps)) + label)
        if after
        else label + "".join(s + n for n, s in zip(nums, seps))
    ),
    st.sampled_from(WORDS + [""]),
    st.lists(number_token, min_size=0, max_size=7),
    st.lists(st.sampled_from(SPACES), min_size=7, max_size=7),
    st.booleans(),
).filter(lambda row: len(re.findall(r"\d+", row)) <= MAX_DIGIT_GROUPS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(row_text, st.text(max_size=60)))
@example("Avdrag arbetad tid under jour/beredskap -38 355 -1 576  4,29-36 779")
@example(" 306 598Läkarbesök")
def test_row_segmenter_never_crashes_and_every_cell_is_digits_of_the_row(raw):
    split = split_row(raw)
    if split is None:
        return
    label, tokens, _ = split
    readings = segmentations(tokens, limit=200)
    row_digits = digits(raw)
    tail_digits = "".join(digits(t[0]) for t in tokens)
    assert tail_digits in row_digits  # the tail is made of the row's own digits
    for cells in readings:
        # a reading uses every token of the tail once, in order: no digit is dropped or made up
        assert "".join(digits(c.text) for c in cells) == tail_digits, (raw, [c.text for c in cells])
        for cell in cells:
            if cell.value is not None:
                assert traceable(cell.value, cell.text.replace("\u00a0", " ").strip()), (raw, cell)


table_line = st.one_of(
    row_text,
    st.sampled_from(
        ["", "Tabell 1. Produktion", "Utfall 2024 Budget 2024 Avvikelse", "Ack utfall  Ack budget  Avv  Helår", "mnkr"]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(table_line, min_size=1, max_size=14))
def test_table_extraction_never_crashes_and_every_cell_is_printed_on_its_line(lines):
    cells, issues = extract_tables("prop.txt", lines)
    for cell in cells:
        assert 1 <= cell.line <= len(lines)
        line = lines[cell.line - 1]
        if cell.value is None:  # a placeholder (`-`) or a cell that could not be read: printed as it is
            assert cell.text.strip() in line, (lines, cell)
            continue
        assert digits(cell.text) in digits(line), (lines, cell)
        assert traceable(cell.value, cell.text.replace("\u00a0", " ").strip()), (lines, cell)
    for issue in issues:
        assert issue.report_file == "prop.txt" and issue.kind


def test_a_row_of_many_three_digit_groups_reads_only_its_own_digits():
    # (its speed, and rows of up to 100 000 such numbers, are benchmarks.worst's `row-N` cases)
    row = "Vårdtillfällen 1 2 3 206 000 767 262 019 801 009 043 055 188 770 595"
    lines = ["Tabell 1. Produktion", row, "mnkr", "Utfall 2024 Budget 2024 Avvikelse", ""]
    cells, _ = extract_tables("slow.txt", lines)
    assert "".join(digits(c.text) for c in cells) in digits(row)


def test_traceable_is_strict():
    assert traceable(-1235.0, "– 1 235") and traceable(2.8, "2,8%") and traceable(0.0, "-0")
    assert not traceable(1235.0, "– 1 235")  # a dropped minus
    assert not traceable(-12.0, "12")  # an invented minus
    assert not traceable(123.0, "1 235")  # a dropped digit
    assert not traceable(1.235, "1 235")  # a moved decimal mark
    assert re.fullmatch(NUMBER_RE, "1 235")
