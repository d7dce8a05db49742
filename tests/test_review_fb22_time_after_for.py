"""Review s22 (FB22): a time after '<metric> för' keeps the whole metric (tests/field norrbotten_pressmeddelande_2021,
a press release of 2021-01-26 on Region Norrbotten's result of 2020). 'för förra året', 'för föregående år' name
the period, as 'för året', 'för perioden' and 'för januari-augusti' do (seeds/reader_words.csv
not_narrowing_after_for): the result was held as 'resultat narrowed by 'för förra'', and the deviation of the next
sentence ('Det är 438 miljoner kronor bättre än budget') with it."""

from __future__ import annotations

from datetime import date

from loaders.prose import _keeps_the_whole
from tests.review_cases import emitted_with_org as emitted

Y2020 = (date(2020, 1, 1), date(2020, 12, 31))

NORRBOTTEN = (
    "Pressmeddelande\n\n2020 – ekonomiskt rekordår för Region Norrbotten\n\n  • Publicerad: 2021-01-26\n"
    "  •  Källa: Region Norrbotten\n\n"
    "Region Norrbottens ekonomiska resultat för förra året är +877 miljoner kroner. Det är 438 miljoner kronor bättre "
    "än budget, den främsta förklaringen är låg nettokostnadsutveckling i verksamheten samt ökade generella bidrag "
    "från staten. Verksamhetens resultat uppgår till +1021 miljoner kronor."
)


def test_last_year_after_for_keeps_the_whole_metric():
    assert _keeps_the_whole("förra") and _keeps_the_whole("föregående")
    assert not _keeps_the_whole("hyrsköterskor")  # (a part still narrows)


def test_the_result_for_last_year_and_its_deviation_are_read_as_the_years():
    facts = emitted(NORRBOTTEN)
    assert ("Region Norrbotten", "resultat", "actual", 877.0, Y2020) in facts
    assert ("", "resultat", "budget_deviation", 438.0, Y2020) in facts
    assert ("", "verksamhetens_resultat", "actual", 1021.0, Y2020) in facts
    assert len(facts) == 3
