"""Review PR22 (stop 22, issue 14): a surplus or deficit whose size a relative clause states, and its owner.

'Försämringen beror på hälso- och sjukvårdens underskott som uppgår till 1 667 miljoner kronor'
(tests/field/texts/ostergotland_bokslut_2023, dev, fresh at this stop) was held blind: 'som' after a plain metric
word narrows it ('besök som covid-19-vaccination'), so the deficit was read as a subset and no metric fitted. A
relative clause whose verb states an outcome (seeds/reader_words.csv outcome_verb: 'som uppgår till', 'som blev')
states the surplus or deficit's size instead (loaders/prose.py SIZE_CLAUSE_AFTER_RE); 'underskott som ska
återställas' and 'underskott som tillsammans uppgår till' stay held. The deficit's owner is the lower-case pair of
unit kinds in the genitive before it ('hälso- och sjukvårdens', UNIT_PAIR_GENITIVE_BEFORE_RE), not the report's
own region, whose result (-1 504 mnkr) the text states apart.
"""

from __future__ import annotations

from loaders.extract import extract_text

TITLE = "Bokslut 2023"


def _facts(text: str) -> list[tuple[str, str, float, str]]:
    result = extract_text("t.txt", (TITLE + "\n\n" + text + "\n").encode())
    return [(f.metric_code, f.measure, f.value, f.org_unit) for f in result.prose_facts]


def test_a_deficit_whose_size_a_relative_clause_states_is_the_units_result():
    text = "Försämringen beror på hälso- och sjukvårdens underskott som uppgår till 1 667 miljoner kronor."
    assert _facts(text) == [("resultat", "actual", -1667.0, "Hälso- och sjukvården")]


def test_a_surplus_with_som_and_a_past_outcome_verb():
    assert _facts("Regionen redovisar ett överskott som uppgick till 300 miljoner kronor.") == [
        ("resultat", "actual", 300.0, "")
    ]


def test_a_relative_clause_that_does_not_state_the_size_still_narrows():
    assert _facts("Regionen har ett underskott som ska återställas på 300 miljoner kronor.") == []
    assert _facts("Flera verksamheter har stora underskott som tillsammans uppgår till 92 miljoner kronor.") == []
