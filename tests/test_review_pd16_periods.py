"""Review s16 (PD16): the period of a figure in news text whose own year the text gives only by what it compares
with (fresh texts of 2008-2022 from Norrbotten, Värmland, Västerbotten and Stockholm saved under
/work/review16pd/texts/ and annotated blind in /work/review16pd/facts.csv before the reader ran on them, with the
dev documents and review folders that share each construction).

Each case reads a verbatim excerpt (shortened to the sentences that matter) as the document gives it, no title
added, and asserts the period the text gives.
"""

from __future__ import annotations

from datetime import date

from loaders.document import detect_period
from tests.review_cases import emitted


def year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


# 'förra året ... mer än under 2012': the year compared with is the one before 'förra året'
VARMLAND_2013 = (
    "Kostnaderna för hyrläkare fortsätter att öka i Värmland\n\n"
    "Landstingets mål var att kostnaderna för inhyrda läkare skulle halveras under förra året, men istället har "
    "kostnaderna fortsatta att öka. Totalt sett blev notan förra året 88 miljoner kronor vilket är 14 procent mer "
    "än under 2012 då hyrläkarna kostade landstinget 77 miljoner kronor."
)
KAROLINSKA_2022 = (
    "Vi har under året också ökat våra insatser för patienter från andra delar av landet och från utlandet. I fjol "
    "erbjöd vi 75 029 vårdtillfällen till dessa patienter, vilket är 10 632 fler vårdtillfällen än under 2021."
)


def test_last_year_is_the_year_after_the_one_it_is_more_than() -> None:
    # a radio news item on Landstinget i Värmland's hired doctors (fresh, review16pd: 'förra året' is 2013) and the
    # Karolinska hospital director's blog on 2022 (dev stockholm_sjukhusblogg_2022: 'I fjol' is 2022)
    assert detect_period(VARMLAND_2013.split("\n"))[:2] == year(2013)
    assert detect_period(KAROLINSKA_2022.split("\n"))[:2] == year(2022)
    # (and a review case of stop 10 on Stockholms läns landsting, tests/test_review_hr10c_wrong_facts.py: 2004)
    stockholm = "Stockholms läns landsting gick med 905 miljoner kronor i överskott förra året. Det är 2,6 miljarder "
    assert detect_period((stockholm + "bättre än under 2003.").split("\n"))[:2] == year(2004)


def test_a_compared_year_taken_up_by_a_clause_of_that_time_dates_the_clause() -> None:
    # the 77 million of 'än under 2012 då hyrläkarna kostade landstinget 77 miljoner' are 2012's, not the text's
    # year's (fresh Värmland, review16pd); as 'jämföras med 2021 när Region Norrbotten gjorde ett ekonomiskt
    # resultat på 1 693 miljoner kronor' is 2021's (review14rs norrbotten_resultat_2022)
    assert ("inhyrd_personal_kostnad", "actual", 77.0, year(2012)) in emitted(VARMLAND_2013)
    norrbotten = (
        "Region Norrbotten gjorde ett ekonomiskt resultat 2022 på 272 miljoner kronor.\n\n"
        "Det kan jämföras med 2021 när Region Norrbotten gjorde ett ekonomiskt resultat på 1 693 miljoner kronor "
        "vilket var 1 184 miljoner kronor bättre än budget."
    )
    assert ("resultat", "actual", 1693.0, year(2021)) in emitted(norrbotten)


# a text that speaks of 'i fjol' and names one year only to set it apart from 'i år'
RIKET_2015 = (
    "I fjol gick landsting och regioner med 3,3 miljarder kronor plus. I år pekar prognosen på mer än en halvering "
    "av resultatet, ner till 1,46 miljarder. Allra mest dramatiska försämringar noterar landstingen i Uppsala och "
    "Stockholm.\n"
    "Värsta bakslaget drabbar Stockholms läns landsting. För 2014 redovisar Stockholm plus 656 miljoner kronor, men "
    "i år pekar prognosen på en förlust på 709 miljoner kronor.\n"
    "Region Skåne är också illa ute. Västernorrland tappade 223 miljoner förra året och ser ut att gå ännu sämre i "
    "år, minus 270 miljoner kronor."
)
KALMAR_2024 = (
    "Skälen till det förväntat stora minusresultatet uppges vara flera. Under 2023 minskade skatteunderlaget med 1,5 "
    "procent och minskningen beräknas bli på samma nivå i år.\n"
    "Kollektivtrafiknämnden tog under förra året också beslut om anpassningar i tåg- och busstrafiken för att "
    "minska kostnaderna."
)


def test_the_year_set_apart_from_this_year_is_last_year() -> None:
    # a blog on the landsting's forecasts (review14pe riket_blogg_2015: 'För 2014 ..., men i år': 2015, whose six
    # forecasts were undated) and a news item on Region Kalmar län's forecast after February 2024 (review14rs
    # kalmar_prognos_2024: 'Under 2023 ... i år': 2024, the year its months give)
    assert detect_period(RIKET_2015.split("\n"))[:2] == year(2015)
    assert detect_period(KALMAR_2024.split("\n"))[:2] == year(2024)
    got = emitted(RIKET_2015)
    assert {
        ("resultat", "forecast", 1.46, year(2015)),
        ("resultat", "actual", 656.0, year(2014)),
        ("resultat", "forecast", -709.0, year(2015)),
        ("resultat", "forecast", -270.0, year(2015)),
    } <= got
