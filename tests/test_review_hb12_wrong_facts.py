"""Review s12 (HB12): precision on fresh report text nobody tuned on (27 press releases, news items and opinion pieces
of 2005-2025 on Stockholm, Skåne, Västra Götaland, Uppsala, Sörmland, Östergötland and Kronoberg and their hospitals,
saved under /work/review12b/texts/ and annotated before the reader ran), every emitted fact judged by hand.

Each case asserts precision only, with the org unit: every fact the reader emits from the clause must be one of the
allowed readings (org unit, metric, measure, value, period); a miss is fine, a wrong org unit, metric, measure, sign,
period or value is not. The clauses are verbatim (shortened to the sentences that matter) and read as the documents
give them: no title is added ('' is the report's own unit). A case the reader still gets wrong is a strict xfail
(WRONG); a fixed one runs as a normal test (FIXED).
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract_text
from tests.review_cases import NONE
from tests.review_cases import emitted_with_org as emitted

Y2013 = (date(2013, 1, 1), date(2013, 12, 31))
Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
Y2021 = (date(2021, 1, 1), date(2021, 12, 31))
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))
Y2023 = (date(2023, 1, 1), date(2023, 12, 31))
Q1_2018 = (date(2018, 1, 1), date(2018, 3, 31))
SU = "Sahlgrenska Universitetssjukhuset"


# (text, allowed facts: (org unit, metric, measure, value, period)); the reader's wrong reading in the comment
FIXED: list[tuple[str, set[tuple]]] = [
    # (fixed in WV18: a result with no sign word right after a negative figure of it is held back,
    # tests/test_review_wv18_wrong_facts.py)
    # a result restated without a sign after a deficit of the same result in the sentence before: read as a surplus
    # (Region Sörmland's result of 2023 in a news item of 2024)
    (
        "Prognosen för Region Sörmlands resultat för 2023 var ett underskott på cirka 1,2 miljarder kronor. "
        "Resultatet blev nu i stället cirka 1,1 miljard, cirka hundra miljoner bättre än prognosen.",
        {
            ("Region Sörmland", "resultat", "forecast", -1200.0, Y2023),
            ("", "resultat", "actual", -1100.0, Y2023),
            ("Region Sörmland", "resultat", "actual", -1100.0, Y2023),
        },
    ),
    # money a decision gives to a part ('beslöt sig för att ... ge sjukvården ytterligare över 1 miljard kronor') is
    # a plan, no fact of the contract (Region Skåne, a radio news item; stop 15, seeds/non_fact_cues.csv, with
    # jamtland_news_2018 of review 14gu): was resultat budget_deviation -1 000 000
    (
        "När Region Skåne i våras beslöt sig för att öka budgetunderskottet och ge sjukvården ytterligare över 1 "
        "miljard kronor, så var budskapet från regionledningen klart.",
        set(),
    ),
    # negative budget deviations listed after 'som gäller främst' (Region Kronoberg's preliminary result, a news
    # item): the second item leaves out the cue, so it has the first one's measure and sign (stop 15, _elliptic_item,
    # with kalmar_delarsrapport_2017 of review 14rs): was read as a cost
    (
        'Det finns dock några "negativa budgetavvikelser" som gäller främst kostnader för hyrpersonal på 131 miljoner '
        "samt köpt vård på 22 miljoner.",
        {
            ("", "inhyrd_personal_kostnad", "budget_deviation", -131.0, NONE),
            ("", "kopt_vard", "budget_deviation", -22.0, NONE),
        },
    ),
    # the parts of a sum of extra costs for covid-19 (Region Skåne 2020), the largest items of a whole: parts, not a
    # metric's total (stop 15, seeds/non_fact_cues.csv, with gavleborg_hsn_resultatredovisning_2020 of dev): was
    # personalkostnader 374
    (
        "De största posterna är personlig skyddsutrustning (433 miljoner), personalkostnader (374 miljoner) och "
        "anpassning av lokaler till smittsäker vård (198 miljoner).",
        set(),
    ),
    # a parenthesis that opens right before a number to hold it gives the amount of the phrase before it and opens
    # no clause of its own, so the phrase's cues are the number's: 'Förra året' dates it to the year before (a news
    # item on Västra Götalandsregionen of 2014: was the report's months of 2014) and an attributive 'budgeterade'
    # makes it the budget (a debate article on Region Skåne of 2018: was the result itself)
    (
        "Samtliga stora sjukhusgrupper i regionen hade ett negativt resultat per augusti 2014. Förra året var "
        "resultatet positivt (24,4 miljoner kronor).",
        {("", "resultat", "actual", 24.4, Y2013)},
    ),
    (
        "Det är mer än en halv miljard under det budgeterade resultatet (395 miljoner kronor), som var i linje med "
        "det kortsiktiga resultatmålet om en procents överskott varje enskilt år.",
        {("", "resultat", "budget", 395.0, NONE)},
    ),
    # a budget of a zero result as a compound ('budgeterat nollresultat') was read as a result of zero (Region
    # Östergötland's press release of 2022; review XF12, with review HR10c's: BUDGETED_COMPOUND_BEFORE_RE)
    (
        "Av totalresultatet på 523 miljoner kronor svarar verksamhetens resultat för 83 miljoner kronor, vilket kan "
        "jämföras med budgeterat nollresultat.",
        {
            ("", "resultat", "actual", 523.0, NONE),
            ("", "verksamhetens_resultat", "actual", 83.0, NONE),
            ("", "verksamhetens_resultat", "budget", 0.0, NONE),
        },
    ),
    # a deficit after a headcount in its sentence was read as a budget deviation, as if the deficit were the
    # deviation of an item before it (a news item of 2020 on the university hospitals' results of 2019): the
    # headcount's noun is the unit of the number placed before, no item of the deficit (PE14)
    (
        "Sahlgrenska Universitetssjukhuset, med 16 862 anställda, hade ett underskott på -72 miljoner kronor för "
        "verksamhetsåret 2019.",
        {(SU, "anstallda", "actual", 16862.0, Y2019), (SU, "resultat", "actual", -72.0, Y2019)},
    ),
    # an amount restated in parentheses ('nästan två miljarder kronor ( 1 867 miljoner kronor)') was read as the year
    # before's (Karolinska Universitetssjukhuset's loss of 2019, a news item of 2020): an approximate figure, then
    # itself in exact digits, is one fact of its period, kept exact (WR16, with Region Kalmar län's rounded title)
    (
        "Karolinska Universitetssjukhuset, KU, i Solna gjorde en förlust 2019 på nästan två miljarder kronor ( 1 867 "
        "miljoner kronor).",
        {(name, "resultat", "actual", -1867.0, Y2019) for name in ("", "Karolinska Universitetssjukhuset")},
    ),
    # a budget missed by an amount ('budgeten missas med') is read as a positive result (Region Skåne, first quarter
    # of 2018)
    # (fixed in WR16, seeds/reader_words.csv: tests/test_review_wr16_wrong_facts.py)
    (
        "Den ekonomiska uppföljningen i Region Skåne efter första kvartalet 2018 uppvisar märkliga siffror. Å ena "
        "sidan är utfallet efter tre månader tämligen positivt, budgeten missas ”bara” med 70,8 miljoner kronor.",
        {
            ("Region Skåne", "resultat", "budget_deviation", -70.8, Q1_2018),
            ("", "resultat", "budget_deviation", -70.8, Q1_2018),
        },
    ),
    # a forecast's change against the forecast before is no fact of the contract (Region Skåne, a radio news item)
    # (fixed in WV18: a forecast's change that names no earlier period, tests/test_review_wv18_wrong_facts.py)
    (
        "För Region Skåne i stort pekar är den preliminära prognosen på det underskott på 1 750 miljoner. Det är en "
        "liten förbättring med 50 miljoner.",
        {("Region Skåne", "resultat", "forecast", -1750.0, NONE), ("", "resultat", "forecast", -1750.0, NONE)},
    ),
    # a budget whose value follows a sign word ('budgeten för året låg på minus 14 miljoner') was read as the result
    # (Skaraborgs sjukhus 2013, a news item of 2014); fixed in stop 20 (BL20: BUDGET_VALUE_BEFORE_RE, the year's
    # budget as its clause's subject, with a news item on Region Västernorrland of 2020)
    (
        "Samtliga stora sjukhusgrupper i regionen hade ett negativt resultat per augusti 2014. Förra året var "
        "resultatet positivt (24,4 miljoner kronor) men budgeten för året låg på minus 14 miljoner.",
        {("", "resultat", "actual", 24.4, Y2013), ("", "resultat", "budget", -14.0, Y2013)},
    ),
]

WRONG: list[tuple[str, set[tuple]]] = [
    # a forecast stated as where the year lands ('Då landar vi på'), or what the result 'lutar åt' or 'har
    # förutspåtts': read as the months' outcome or as a deviation (Region Skåne 2020, Skaraborgs sjukhus 2014 and
    # 2020)
    (
        "– Då landar vi på plus 840 miljoner kronor, bara 60 miljoner saknas till budget.",
        {("", "resultat", "forecast", 840.0, NONE), ("", "resultat", "forecast_deviation", -60.0, NONE)},
    ),
    (
        "För Skaraborgs sjukhus del lutar det åt ett underskott på 40 miljoner kronor.",
        {("Skaraborgs sjukhus", "resultat", "forecast", -40.0, NONE)},
    ),
    (
        "Ett underskott i storleksordningen 150 miljoner kronor har förutspåtts en längre tid.",
        {("", "resultat", "forecast", -150.0, NONE)},
    ),
    # a full-year forecast 'sämre än budget' is read as the forecast's deviation, with the forecast's own value
    # (Region Skåne's health care, 2018)
    (
        "Med de nya siffrorna för årets inledning visar helårsprognosen ett resultat på minus 1,4 miljarder – sämre "
        "än budget.",
        {("", "resultat", "forecast", -1400.0, NONE)},
    ),
    # a cost a forecast foresees is no fact of the contract (Region Skåne, a radio news item)
    (
        "När sjukhusens prognoser trots detta pekade på att vården skulle kosta över 200 miljoner kronor till, fick "
        "sjukhusen order om att spara.",
        set(),
    ),
    # a cost larger than calculated ('en större kostnad ... än beräknat, med drygt 200 miljoner') is read as the cost
    # (Karolinska Universitetssjukhuset's pensions 2018, a news item of 2019)
    (
        "Tidningen skriver vidare att »sjukhuset exempelvis fått en större kostnad för pensionsavsättningar än "
        "beräknat, med drygt 200 miljoner«.",
        {("", "pensionskostnader", "budget_deviation", -200.0, NONE)},
    ),
    # the contacts of patients from other regions, a part of all contacts, are read as all contacts and dated to the
    # year of the other figure (Karolinska Universitetssjukhuset's press release of 2023)
    (
        "Parallellt med den höga leveransen av vård till stockholmare har antalet patienter från övriga regioner och "
        "andra länder ökat, från 64 397 vårdkontakter 2021 till 75 029 under 2022, en uppgång med 16 procent.",
        set(),
    ),
]


@pytest.mark.parametrize(
    "text, allowed",
    [
        pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="review HB12: a wrong fact"), id=c[0][:60])
        for c in WRONG
    ]
    + [pytest.param(*c, id=c[0][:60]) for c in FIXED],
)
def test_every_fact_read_is_allowed(text: str, allowed: set[tuple]) -> None:
    assert emitted(text) <= allowed, emitted(text) - allowed


# a text that names several hospitals is about the one its opening sentence names, when it speaks of itself as
# 'sjukhuset' (two news items of 2023 on Sahlgrenska Universitetssjukhuset, one of 2020 on Karolinska
# Universitetssjukhuset): was Västra Götalandsregionen or 'Regionen', the report's unit its figures were given to
OPENED_BY_HOSPITAL = [
    (
        "Den ekonomiska utvecklingen fortsätter åt fel håll för Sahlgrenska Universitetssjukhuset.\n"
        "Prognosen efter augusti månad uppgår till minus 1 230 miljoner kronor för år 2023.\n"
        "Sjukhuset har ansvar för att genomföra de åtgärder som styrelsen fattat beslut om.\n"
        "Sjukhusets ekonomiska läge har successivt försämrats sedan hösten 2022.\n"
        "Av dessa transplantationer är 84 utförda på patienter från Västra Götalandsregionen.\n"
        "Vid Mölndals sjukhus har för första gången tre donationsoperationer genomförts.\n",
        SU,
    ),
    (
        "Sahlgrenska Universitetssjukhusets kostnader fortsätter att öka. Budgetavvikelsen för perioden ackumulerat "
        "till och med september uppgick till minus 999 miljoner kronor.\n"
        "Det visar månadsrapporten per september, som sjukhusets styrelse antog vid sammanträdet på Sahlgrenska "
        "sjukhuset.\nSjukhuset har för många anställda. De upptagna vårdplatserna gör att sjukhuset inte kan ta emot "
        "nya patienter, enligt Västra Götalandsregionen, VGR.\n",
        SU,
    ),
]


@pytest.mark.parametrize("text, unit", OPENED_BY_HOSPITAL, ids=[t[:40] for t, _ in OPENED_BY_HOSPITAL])
def test_the_hospital_the_opening_sentence_names_is_the_report_unit(text: str, unit: str) -> None:
    assert extract_text("t.txt", text.encode()).document.org_unit == unit
