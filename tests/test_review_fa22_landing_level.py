"""Review FA22 (stop 22, issue 14): 'landade på', the past tense of the level phrase 'landar på'.

`level_phrase` (seeds/reader_words.csv) held 'landar på' but not its past tense, so in a clause where a change verb
comes first ('underskottet ... ökade i stället kraftigt ... och landade på 233 miljoner kronor', Läkartidningen on
Region Jämtland Härjedalen, March 2018, field corpus jamtland_lakartidningen_2018) the change verb decided the
measure and the year's deficit was read as a change of 233 million. The level phrase after the change verb gives
the level: the deficit itself. A change stated with 'med' keeps its measure, and a level with no change verb
('Resultatet landade på –736 miljoner kronor', Karolinska 2023, stockholm_arsberattelse_2023) stays the outcome.
"""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text

TITLE = "Region Jämtland Härjedalen årsredovisning 2017"


def _facts(sentence: str):
    return extract_text("t.txt", (TITLE + "\n\n" + sentence + "\n").encode()).prose_facts


def test_a_deficit_that_grew_and_landed_on_an_amount_is_that_years_deficit():
    (fact,) = _facts(
        "Under 2017 skulle underskottet minska – men ökade i stället kraftigt jämfört med året dessförinnan "
        "och landade på 233 miljoner kronor."
    )
    assert (fact.metric_code, fact.measure, fact.value) == ("resultat", "actual", -233.0)
    assert (fact.period_start, fact.period_end) == (date(2017, 1, 1), date(2017, 12, 31))


def test_a_change_stated_with_med_stays_a_change():
    (fact,) = _facts("Underskottet ökade kraftigt jämfört med året dessförinnan, med 233 miljoner kronor.")
    assert (fact.metric_code, fact.measure, fact.value) == ("resultat", "change_abs", -233.0)


def test_a_result_that_landed_with_no_change_verb_is_the_outcome():
    (fact,) = _facts("Resultatet landade på –736 miljoner kronor.")
    assert (fact.metric_code, fact.measure, fact.value) == ("resultat", "actual", -736.0)
