"""Review s20 (PE20): a text's present, the year it is written in. A forecast is made during the year it forecasts:
a text that names its year only in forecasts, or names no year but its own date and forecasts, is of that year.
'Förra året' is the year before the text's present: the year before the period when the text forecasts that year,
and the period itself when the year is one the text's first sentence reports on (written after it). Literal
excerpts of the texts (the sentences that matter); each asserts the period of the figure named, and that no other
reading of it is emitted."""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted


def year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


CASES = [
    # a year the text only forecasts is its present: 'förra året' is the year before it (a news item on Västra
    # Götalandsregionen of 2009, review 17im): was 2009's
    (
        "Regionen nära miljardunderskott\n\n"
        "Västra Götalandsregionens underskott för 2009 väntas bli minus 900 miljoner kronor, vilket är betydligt mer "
        "än beräknat.\n\n"
        "– Prognoserna är oroväckande, säger ekonomidirektör Mats Friberg. Det här är den största "
        "resultatförsämringen hittills i regionens historia. Förra året hade vi ett överskott på 777 miljoner kronor. "
        "I relation till årets beräknade underskott försämras resultatet med nästan 1,7 miljarder kronor.",
        777.0,
        ("resultat", "actual", year(2008)),
    ),
    # a year the text's first sentence reports on is no title's: 'förra året' of a text written after it may be
    # that year itself (Läkartidningen of February 2007 on the universitetssjukhus' bokslut for 2006, review 18wv):
    # was 2005's
    (
        "Samtliga universitetssjukhus i landet uppvisar minusresultat i mångmiljonklassen under 2006. Läkartidningen "
        "har tittat närmare på ekonomin på de tre sjukhus som hade störst underskott.\n"
        "– Förra året hade vi ett underskott med 191 miljoner kronor. 76 miljoner av dem beror på överproduktion och "
        "den större delen finns i slutenvården, säger Lagercrantz.",
        -191.0,
        ("resultat", "actual", year(2006)),
    ),
    # a text dated by its own date that forecasts and names no other year is of the year of that date (a press
    # release of Region Gotland, dev corpus): was undated
    (
        "Hälso- och sjukvårdsnämnden 20 april 2022\n\nPublicerad 2022-04-20 13:34\n"
        "Hälso- och sjukvårdsnämnden avhandlade på dagens sammanträde bland annat delårsrapport 1 som prognosticerar "
        "ett årsresultat på minus 10 miljoner kronor för nämnden.",
        -10.0,
        ("resultat", "forecast", year(2022)),
    ),
    # (unchanged) a text dated early in a year that names the year before reports on that one (a news item on
    # Skaraborgs sjukhus dated 'date 2020-01', review 12b): its own date is no evidence of its period
    (
        " date 2020-01 Skaraborgs sjukhus avvikelse från budget 2019 blir minus 154 miljoner kronor, enligt förslaget "
        "till årsredovisningen som sjukhusets styrelse ska ta ställning till nästa vecka. Ett underskott i "
        "storleksordningen 150 miljoner kronor har förutspåtts en längre tid. Sjukhusets kostnader respektive intäkter "
        "uppgår till runt 4,5 miljarder kronor.",
        4.5,
        ("intakter_totalt", "actual", year(2019)),
    ),
    # (unchanged) a year reported on, under a dateline of the year after: 'förra året' is that year (a news item on
    # Skaraborgs sjukhus of January 2015, dev corpus)
    (
        "02 jan 2015 20:00\n\nFler födslar i Skaraborg\n\n"
        "Under 2014 föddes 2 587 barn på Skaraborgs sjukhus i Skövde, vilket innebar en ökning för tredje året i "
        "rad.\n\n"
        "Under förra året genomfördes 2 551 förlossningar vid Skaraborgs sjukhus.",
        2551.0,
        ("forlossningar", "actual", year(2014)),
    ),
]


@pytest.mark.parametrize(("text", "value", "reading"), CASES, ids=[c[0][:50] for c in CASES])
def test_last_year_counts_from_the_texts_present(text: str, value: float, reading: tuple) -> None:
    of_value = {(metric, measure, period) for metric, measure, v, period in emitted(text) if v == value}
    assert of_value == {reading}


def test_a_dated_text_on_a_bokslut_is_of_the_year_gone_by() -> None:
    # (a text dated early in a year that speaks of a bokslut and compares its outcome with 'prognosen' reports on
    # the year gone by: the forecast does not make its date's year its own)
    from loaders.document import detect_period

    lines = [
        "Publicerad 2020-02-10",
        "Regionen redovisar ett resultat på 170 miljoner kronor i bokslutet, vilket är bättre än prognosen.",
    ]
    assert detect_period(lines)[:2] == year(2019)
    # (nor later in the year: a text that speaks of a bokslut and names no year stays undated)
    lines[0] = "Publicerad 2020-09-10"
    assert detect_period(lines)[:2] == (None, None)
