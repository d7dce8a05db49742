"""Swedish number and percent parsing.

A space is the thousands separator (a point in some web copies: `270.754`), a comma the decimal mark (a point before
a percent sign in some web copies: `8.4 %`), and a minus comes in several kinds (`-5`, `- 425`, `– 1 235`, `−3`).
A lone `-` means "no value".
"""

from __future__ import annotations

import re

MINUS_CHARS = "-\u2013\u2212\u2012\u2014"
# one number as printed: optional minus (maybe spaced), digit groups of three after a
# leading group of 1-3 separated by a single (no-break) space, optional decimals, optional %
NUMBER_RE = re.compile(
    # (the lookahead first: a sign or a digit opens every match, and the engine tests that one class at each
    # character before the look back, which asks for the character class of the character before)
    r"(?=[" + MINUS_CHARS + r"+\d])(?<![\w,])(?P<sign>[" + MINUS_CHARS + r"+]\s?)?"
    r"(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)|\d+)"
    # a comma is the decimal mark; a point only before a percent sign, where no thousands group or section
    # number stands ('uppgick till 8.4 % under'; '5.1 Anställda' and '07.30' stay apart)
    r"(?:(?:,|\.(?=\d{1,2}\s?%))(?P<dec>\d+))?"
    r"(?P<pct>\s?%)?"
)


def parse_number(text: str) -> float | None:
    """'108 293' -> 108293.0, '-1,4' -> -1.4, '– 1 235' -> -1235.0, '2,8%' -> 2.8; None if not one number."""
    s = text.strip()
    m = NUMBER_RE.fullmatch(s)
    return match_value(m) if m else None


_GROUP_SEPARATORS = str.maketrans("", "", " \u00a0\u202f.")  # (all the int group holds besides digits)


def match_value(m: re.Match[str]) -> float:
    """The signed value of one NUMBER_RE match (its percent sign aside): what parse_number returns for
    the number's text, without matching that text again."""
    sign, digits, dec = m.group("sign", "int", "dec")
    value = float(digits.translate(_GROUP_SEPARATORS) + ("." + dec if dec else ""))
    return -value if sign and sign[0] != "+" else value


def is_percent(text: str) -> bool:
    return text.strip().endswith("%")
