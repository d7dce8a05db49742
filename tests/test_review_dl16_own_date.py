"""Review DL16 (stop 16, issue 14): a text's own date as the weakest evidence of its year. A web copy of a news item
or a press release often carries nothing but its own date (a dateline 'date 2023-08', 'Publicerad: 2020-03-10'); when
the text speaks of 'i år' and nothing stronger dates it (a heading, a title, months, a year spoken of), that date's
year is the text's. The clauses are verbatim (shortened to the sentences that matter) and read as the documents give
them (no title added)."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.document import detect_period
from tests.review_cases import read

Y2016 = (date(2016, 1, 1), date(2016, 12, 31))
Y2023 = (date(2023, 1, 1), date(2023, 12, 31))

# /work/review16nw dalarna_dalademokraten_2023: the regions' deficits 'i år' under the dateline 'date 2023-08'
# (its figures were emitted undated before)
DALADEMOKRATEN = (
    " date 2023-08 På onsdagen (16/8) rapporterade Sveriges Radio Ekot att regionernas (före detta landstingens) "
    "underskott ser ut att bli större än under 90-talskrisen. Prognosen för deras underskott skrivs upp, från "
    "sammanlagt 14 miljarder kronor i våras till 20 miljarder. Störst underskott per invånare i år ser regionen "
    "Sörmland ut att få, 4 000 kronor. Uppåt 15 regioner, av 21, får ett underskott på runt 2 000 per invånare. Så "
    "om Dalarnas underskott blir drygt en halv miljard kronor på knappt 290 000 invånare blir Region Dalarnas "
    "underskott per invånare samma som nästan alla andra regioner."
)
# /work/review16pd gavleborg_hela_2016: what the region has spent 'i år' on hired staff, under 'date 2016-09'
HELA = (
    " date 2016-09 Under hela förra året la regionen totalt 1 795 615 kronor på inhyrd personal.\n\n"
    "I år har regionen lagt över fyra miljoner kronor på att hyra in personal. Och den siffran gäller endast fram "
    "till juli. Det visar siffror som P4 Gävleborg har tagit del av."
)


@pytest.mark.parametrize("text, year", [(DALADEMOKRATEN, Y2023), (HELA, Y2016)], ids=["daladem_2023", "hela_2016"])
def test_a_dateline_dates_the_year_of_a_text_that_speaks_of_i_ar(text, year):
    start, end, evidence = detect_period(text.split("\n"))
    assert (start, end) == year
    assert evidence.startswith("the text's own date: date ")


def test_a_deficit_i_ar_takes_the_year_of_the_dateline():
    # ('en halv miljard' is read as an actual, not the forecast the annotation has: the measure is another matter)
    assert {(f.metric_code, f.value, (f.period_start, f.period_end)) for f in read(DALADEMOKRATEN)} == {
        ("resultat", -0.5, Y2023)
    }


# /work/review12h norrbotten_press_2020: a sick-leave rate that the annotation leaves undated (the year before the
# release's, or the twelve months to it); a text that never speaks of its year is not dated by its own date
def test_an_own_date_alone_dates_nothing():
    lines = [
        "Lägst sjukfrånvaro i landet - igen",
        "",
        "  • Publicerad: 2020-03-10",
        "  •  Källa: Region Norrbotten",
        "",
        "I Region Norrbotten ligger sjukfrånvaron på 4,5 procent. Det är 1,2 procentenhet lägre än genomsnittet för "
        "riket och innebär att Region Norrbotten för andra året i rad har lägst sjukfrånvaro bland alla regioner i "
        "landet.",
    ]
    assert detect_period(lines) == (None, None, "")


# field dev gotland_pressmeddelande_2022: a committee's forecast for the year ('prognosticerar ett årsresultat')
# under 'Publicerad 2022-04-20 13:34', annotated 2022; the text never says 'i år'. A forecast is made during the
# year it forecasts (stop 20 PE20: so is vgr_underskott_2009 of review 17im written in the year 2009 it forecasts,
# whose 'förra året' is 2008), so a dated text that forecasts and names no other year is of its date's year
def test_a_forecast_of_the_year_under_the_publication_date():
    lines = [
        "Hälso- och sjukvårdsnämnden 20 april 2022",
        "",
        "Publicerad 2022-04-20 13:34",
        "Hälso- och sjukvårdsnämnden avhandlade på dagens sammanträde bland annat delårsrapport 1 som prognosticerar "
        "ett årsresultat på minus 10 miljoner kronor för nämnden.",
    ]
    assert detect_period(lines)[:2] == (date(2022, 1, 1), date(2022, 12, 31))
