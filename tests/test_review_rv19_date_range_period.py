"""Review RV19 (stop 19): the from-side rule of DP19 (loaders/document.py FROM_FIGURE_LEAD_RE) read the day of a date
range's first date as the figure a change starts from, and set the range's end aside as the date of that figure: in
'från och med 4 mars till och med 31 december 2024' the time phrase 'till och med 31 december 2024' follows 'från ...
4 mars' and holds 'till' and a digit, so the only year of the line no longer dated the text (the text's period was
None; before DP19 it was 2024). A day before a month's name is the first date of a range, not a figure.

The excerpt is verbatim: data/reports/jamtland_harjedalen_hsn_tertial_2024-04.txt line 1904 (the decision on hiring,
valid March to December 2024). The DP19 cases (tests/test_review_dp19_from_side_period.py) still set their from-side
years aside."""

from __future__ import annotations

from loaders.document import _from_side_of_change, detect_period

JAMTLAND = "- Beslutet gäller från och med 4 mars till och med 31 december 2024."


def test_a_date_range_is_no_change():
    at = JAMTLAND.index("till och med 31")
    assert not _from_side_of_change(JAMTLAND[:at], JAMTLAND[at:])


def test_the_end_of_a_date_range_keeps_its_year():
    start, end, _ = detect_period([JAMTLAND])
    assert start is not None and end is not None
    assert (start.year, end.year) == (2024, 2024)


def test_a_figure_before_its_unit_is_still_the_from_side():
    # /work/review14rs gavleborg_bokslutsrapport_2019 (as in the DP19 tests): 'från 5,0 procent år 2018' is a figure
    text = "Kostnadsökningen har minskat från 5,0 procent år 2018 till 3,1 procent år 2019."
    at = text.index("år 2018")
    assert _from_side_of_change(text[:at], text[at:])
