"""Review s20 (PE20): the period of a figure whose clause is 'förra året' in a text whose own period is a year it
names (no title, no months). 'Förra året' is the year before the text's present: that is the year before the
period when the text forecasts that year (it is written during it), and the period itself when the year is one
the text's first sentence reports on (written after it). Literal excerpts of the texts (the sentences that
matter); each asserts the period of the figure named, and that no other reading of it is emitted."""

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
