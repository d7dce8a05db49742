"""Review DP12 (session 12): readings of the field corpus's dev split fixed by a rule that two documents need, each a
verbatim excerpt (shortened to the sentences that matter) of the documents named in its comment; the expected facts
are those tests/field/facts.csv annotates."""

from __future__ import annotations

import pytest

from tests.review_cases import read


def facts_with_org(text: str) -> set[tuple]:
    return {(f.org_unit, f.metric_code, f.value) for f in read(text)}


# Counts listed in one clause ('X vårdplatser och omkring Y anställda') are of the unit the clause names once, before
# the first: the second count is that unit's too, not the report's. Two documents (three): the fact sheets of
# Skaraborgs sjukhus of 2016 and 2017 (vgr_skaraborg_sjukhusfakta_2016/2017) and the hospital director's blog of
# Karolinska of 2022 (stockholm_sjukhusblogg_2022, where the second count was read as Region Stockholm's).
LISTED_COUNTS = [
    (
        "Skaraborgs Sjukhus har totalt 673 vårdplatser och omkring 4 400 anställda.",
        {("Skaraborgs Sjukhus", "vardplatser", 673.0), ("Skaraborgs Sjukhus", "anstallda", 4400.0)},
    ),
    (
        "Skaraborgs Sjukhus har totalt 654 vårdplatser och omkring 4 500 anställda.",
        {("Skaraborgs Sjukhus", "vardplatser", 654.0), ("Skaraborgs Sjukhus", "anstallda", 4500.0)},
    ),
    (
        "Under 2022 erbjöd vi på Karolinska våra patienter 1 390 519 öppenvårdsbesök och 85 908 slutenvårdstillfällen.",
        {("Karolinska", "besok_totalt", 1390519.0), ("Karolinska", "vardtillfallen", 85908.0)},
    ),
]


@pytest.mark.parametrize(("text", "facts"), [pytest.param(*c, id=c[0][:40]) for c in LISTED_COUNTS])
def test_counts_listed_in_one_clause_are_of_one_unit(text: str, facts: set[tuple]) -> None:
    assert facts_with_org(text) == facts


def test_a_count_with_its_own_unit_in_the_list_keeps_it() -> None:
    # (a list item that names its own unit is that unit's: the carried unit is only for a bare count)
    got = facts_with_org("Region Skåne har 33 435 anställda och Region Stockholm har 45 000 anställda.")
    assert ("Region Stockholm", "anstallda", 45000.0) in got
