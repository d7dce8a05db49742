"""Swedish number and percent parsing on literal strings."""

import pytest

from loaders.numbers import is_percent, parse_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("108 293", 108293.0),
        ("2,8%", 2.8),
        ("2,8 %", 2.8),
        ("-1,4", -1.4),
        ("- 425", -425.0),
        ("– 1 235", -1235.0),
        ("\u22123", -3.0),
        ("+65", 65.0),
        ("0,0%", 0.0),
        ("1 234 567,5", 1234567.5),
        ("94", 94.0),
        ("306\u00a0598", 306598.0),
    ],
)
def test_parse_number_reads_swedish_formats(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["-", "", "n/a", "1 23", "12 3456", "abc", "1,2,3", "<1"])
def test_parse_number_refuses_what_is_not_one_number(text):
    assert parse_number(text) is None


def test_is_percent():
    assert is_percent("5,3 %") and is_percent("-1,4%") and not is_percent("5,3")
