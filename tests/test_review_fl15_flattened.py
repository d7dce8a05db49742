"""Stop 15 (FL15, issue 14): pages flattened onto one line, and paragraphs of a web copy written as one long line.
Each excerpt is a page of a field dev text as benchmarks/flattened.py flattens it (50 lines joined by single spaces),
or a line of a fresh text as its source gives it, named in its comment; the facts asserted are the ones the
line-broken text gives."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.reflow import split_flattened


def facts(text: str) -> set[tuple]:
    prose = extract_text("t.txt", (text + "\n").encode()).prose_facts
    return {(f.org_unit, f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in prose}


# field dev stockholm_capio_sjukhusfakta_odaterad, page 1 flattened: a fact box whose values over a thousands group
# ('Totalt 2 356', 'Akuta slutenvårdstillfällen 30 175') were laid out as a headerless table of two-cell rows, and
# the box's items after them lost (463, 504, 2 356, 30 175, 3,19, 4058, 1,63, 167 220, 7800); uppsala_sjukhusfakta_2015
# (dev) lists its figures so too ('Läkarbesök i öppenvård: 346 000'), and the line-broken reader reads each as one
# number
CAPIO = (
    "Samtidigt har vi ett mycket gott samarbete med de andra sjukhusen i Stockholm. Lokaler Vårdplatser 345 "
    "Operationssalar 12 Pacemakeroperationssal 1 PCI-lab 1 Medarbetare Läkare 527 Sjuksköterskor 862 Usk/Biträden 463 "
    "Övriga 504 Totalt 2 356 Produktion Akuta slutenvårdstillfällen 30 175 Medelvårdtid akut slutenvård 3,19 Elektiva "
    "slutenvårdstillfällen 4058 Medelvårdtid elektiv slutenvård 1,63 Akuta öppenvårdstillfällen 53 575 Elektiva "
    "öppenvårdstillfällen 167 220 Operationer Ca 7800"
)


def test_a_fact_box_of_numbers_over_a_thousands_group_is_no_table():
    lines = split_flattened(CAPIO)
    for item in ("Usk/Biträden 463", "Totalt 2 356", "Akuta slutenvårdstillfällen 30 175", "Operationer Ca 7800"):
        assert item in lines
    read = {(metric, measure, value) for _, metric, measure, value, _ in facts(CAPIO)}
    for fact in (
        ("anstallda", "actual", 463.0),
        ("anstallda", "actual", 2356.0),
        ("vardtillfallen", "actual", 30175.0),
        ("medelvardtid", "actual", 3.19),
        ("vardtillfallen", "actual", 4058.0),
        ("besok_totalt", "actual", 167220.0),
        ("operationer", "actual", 7800.0),
    ):
        assert fact in read


def test_two_numbers_of_a_table_under_its_header_stay_two_cells():
    # a header over the rows: the two numbers are the columns it names
    line = (
        "Verksamheten i korthet under året som gick. Antal 2022 2021 Vårdplatser 345 350 Operationssalar 12 13 "
        "Läkarbesök 2 356 Sjuksköterskebesök 30 175"
    )
    assert "Vårdplatser 345 350" in split_flattened(line, long_line=len(line) - 1)
