"""Review s16 (NW16): numbers written as words. Swedish news and report prose write figures as words (`två procent`,
`en miljon`, `femhundra miljoner kronor`); the prose reader takes a number word right before a unit word
(loaders/prose.word_numbers). These cases, literal excerpts of the review folders and of fresh texts, check that
a number word written as one word of several (`femhundra`) has its value, and that the coverage ledger accounts
for the number words the reader takes: a held one carries its reason, the issue of one number goes to no other,
and an article (`en ökning`) is no number."""

from __future__ import annotations

import pytest

from loaders.lexicon import compose_number_word, load_number_words
from loaders.prose import word_numbers

WORDS = load_number_words()


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("femhundra", 500.0),  # 'femhundra miljoner kronor bättre än budgeterat' (review15pd sormland_press_2019)
        ("tvåhundrafemtio", 250.0),
        ("tretusen", 3000.0),  # 'Drygt tretusen barn' (dev sormland_quiz_2018)
        ("tjugofem", 25.0),
        ("sextio", 60.0),  # (the longest part first: not 'sex' + 'tio')
        ("fyra", 4.0),
        ("tjugotolv", None),
        ("nolltre", None),
        ("entusiasm", None),
    ],
)
def test_a_number_word_of_several_parts_has_their_value(word, value):
    assert compose_number_word(word, WORDS) == value


def test_a_compound_number_word_before_a_unit_is_a_number():
    # review15pd sormland_press_2019
    nums = word_numbers("det totala resultatet i regionens bokslut blev femhundra miljoner kronor bättre", WORDS)
    assert [(n.text, n.value, n.unit) for n in nums] == [("femhundra", 500.0, "miljoner kronor")]
