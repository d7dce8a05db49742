"""Review s16 (CN16): the metric a number's own noun names when that noun is a compound.

The alias regex finds a metric word only where a word starts, so a count noun compounded with a lead ('månads-',
'sjuk-') left its number unplaced ("counts 'månadsanställda', not a metric of the sentence"). A compound right after
the number whose last part opens an alias of a metric that counts (count, days, fte, hours) names that metric; a
compound that an alias holds as a word of its own ('timanställda', 'deltidsanställda', 'nyanställda') does not, nor
a lead of fewer than three letters. The clauses are verbatim excerpts of the documents named beside them.
"""

from __future__ import annotations

import pytest

from tests.review_cases import NONE, emitted

FIXED = [
    # review12b su_spanaren_2023_10: was "counts 'månadsanställda'"
    (
        "Problemet: Sjukhuset har för många anställda (17 839 månadsanställda) och även kostnaderna för material och "
        "tjänster är för höga.",
        {("anstallda", "actual", 17839.0, NONE)},
    ),
    # review12b skane_sr_sjukdagar: 'sjukdagar per anställd' is the alias 'dagar per anställd' with a lead
    (
        "Om man räknar bort sjukhuset i Simrishamn så var det förra året i genomsnitt 27 sjukdagar per anställd i "
        "Region Skåne.",
        {("sjukdagar_per_anstalld", "actual", 27.0, NONE)},
    ),
]

NOT_THE_HEAD = [  # (constructed guards, no document excerpts)
    # compounds an alias holds as a word: metrics of their own (or parts), not the staff count
    "Under året tillkom 40 timanställda och 30 deltidsanställda.",
    "Under perioden kom 20 nyanställda till kliniken.",
]


@pytest.mark.parametrize("text,expected", FIXED, ids=[c[0][:50] for c in FIXED])
def test_a_compound_count_noun_names_its_metric(text: str, expected: set[tuple]) -> None:
    assert emitted(text) == expected


@pytest.mark.parametrize("text", NOT_THE_HEAD, ids=[c[:50] for c in NOT_THE_HEAD])
def test_a_compound_that_names_a_metric_of_its_own_is_not_its_head(text: str) -> None:
    assert not {f for f in emitted(text) if f[0] == "anstallda"}
