"""Stop 17, issue 15 (extraction throughput): the shortcuts taken for speed give what the slower code gave.

Each change of PF17 left every output of extract_text byte-identical over the samples, the field corpus's dev texts,
the review folders and their flattened variants; these tests keep the shortcuts honest on literal excerpts."""

from __future__ import annotations

import pytest

from loaders.prose import FIRST_MONTHS_RE, TERTIAL_RE, UNTIL_MONTH_RE, _months_counted
from loaders.reflow import reflow
from loaders.tables.flattened import _words, lay_out_tables
from loaders.tables.numbers import token_kind
from loaders.tables.settings import DEFAULT_SETTINGS

MONTH_SENTENCES = [
    "Resultatet till och med februari var 66 miljoner kronor.",  # a month the figure counts up to
    "Nettokostnaden januari-augusti 2019 ökade med 4,1 procent.",
    "Under tertial 2 gjordes 12 000 besök.",  # a tertial
    "Under andra tertialet ökade besöken.",
    "Under årets första sex månader ökade kostnaden.",  # the year's first months
    "Kostnaden ökade med 22 miljoner kronor i oktober.",  # a month alone: no months counted
    "Antalet besök ökade med 8 procent.",
]


@pytest.mark.parametrize("text", MONTH_SENTENCES, ids=lambda t: t[:30])
def test_months_counted_is_any_of_its_three_patterns(text):
    # one alternation scans the sentence once; it finds a match where one of the three patterns does
    for end in (len(text), len(text) // 2):
        expected = any(rx.search(text, 0, end) for rx in (UNTIL_MONTH_RE, TERTIAL_RE, FIRST_MONTHS_RE))
        assert _months_counted(text, end) == expected


def test_words_of_a_flattened_row_as_before():
    # a word that opens with a letter is no value, whatever the token tests would say of it; a number glued to a
    # label still splits off it, and a dash before a word opens a label
    line = "Läkarbesök 306 598Vårdtillfällen 12 034 - Varav somatik 3 201 -"
    words = _words(line)
    assert [(w.text, w.value, w.glued) for w in words] == [
        ("Läkarbesök", False, False),
        ("306", True, False),
        ("598", True, False),
        ("Vårdtillfällen", False, True),
        ("12", True, False),
        ("034", True, False),
        ("-", False, False),
        ("Varav", False, False),
        ("somatik", False, False),
        ("3", True, False),
        ("201", True, False),
        ("-", True, False),
    ]
    assert all(not (token_kind(w.text).number or token_kind(w.text).dash) for w in words if w.text[0].isalpha())


FLATTENED_PAGE = (
    "Verksamhetens kostnader ökade under perioden. Budget Utfall Avvikelse Läkarbesök 12 000 11 500 -500 "
    "Sjukvårdande behandlingar 20 000 21 000 1 000 Vårdtillfällen 3 000 2 900 -100 Därefter följer text om "
    "personalen, som ökade med 40 årsarbetare jämfört med samma period föregående år och mer text så att raden blir "
    "lång nog att läsas som en sida som lagts på en enda rad, vilket en webbkopia av en PDF ofta gör med tabellerna."
)


def test_laid_out_tables_are_kept_for_one_report_only():
    # reflow lays a line out and the table reader's unflatten asks again: the memo answers the second time, and it
    # is let go when the next report's reflow starts (a report costs what it costs on its own)
    lines, _ = reflow([FLATTENED_PAGE])
    assert "Läkarbesök 12 000 11 500 -500" in lines
    assert lay_out_tables.cache_info().currsize > 0
    pieces = lay_out_tables(lines[0], DEFAULT_SETTINGS, need_header=True)
    assert pieces is None or isinstance(pieces, tuple)  # immutable: every caller gets the same pieces
    again, _ = reflow([FLATTENED_PAGE])
    assert again == lines
    reflow(["En kort rad."])
    assert lay_out_tables.cache_info().currsize == 0
