"""Review s20 (RV20): a regression of the stop's merged reader, guarded. Commit 9ca0bd4 made a year the text names only
in sentences that forecast it (loaders/document.py _only_forecast_of: 'Västra Götalandsregionens underskott för 2009
väntas bli minus 900 miljoner kronor', review 17im) the text's present, so that its 'Förra året' is the year before.
Its forecast cue was any forecast word of the sentence, also the forecast an outcome is compared with ('bättre än
prognosen'): a text on a year's outcome was read as written during that year, and its 'Förra året' (the year it reports
on, as the text is written after it) went a year back. A forecast named after a comparison word (seeds/reader_words.csv
compared_with_word) is no forecast of the sentence's own (COMPARED_FORECAST_RE). No text of the corpus compares an
outcome so in the sentence that names its year: the sentences are made for the case, and assert the reading the
reader gave before that commit; the forecast of review 17im keeps its reading."""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text


def read(text: str):
    result = extract_text("t.txt", text.encode())
    facts = {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in result.prose_facts}
    return result.document.period_evidence, facts


def test_an_outcome_compared_with_the_forecast_is_no_forecast_of_its_year():
    evidence, facts = read(
        "Regionen\n\nResultatet för 2019 blev minus 120 miljoner kronor, 30 miljoner kronor bättre än prognosen. "
        "Förra året ökade antalet besök i primärvården med 4 procent.\n"
    )
    assert "forecasts" not in evidence
    assert ("besok_totalt", "change_pct", 4.0, (date(2019, 1, 1), date(2019, 12, 31))) in facts


def test_a_forecast_of_the_year_still_makes_it_the_texts_present():
    evidence, facts = read(
        "Regionen\n\nUnderskottet för 2009 väntas bli minus 900 miljoner kronor. Förra året hade regionen ett "
        "överskott på 777 miljoner kronor.\n"
    )
    assert evidence.endswith("the year it forecasts")
    assert ("resultat", "actual", 777.0, (date(2008, 1, 1), date(2008, 12, 31))) in facts
