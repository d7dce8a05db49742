"""Review RF10a (session 10): facts on economy that fresh report text states and the reader missed.

The sentences are literal excerpts (a clause may be shortened) of the review texts in /work/review10a/texts and of
the session-9 review texts (/work/review9all/misses.csv); each case asserts the fact that must be read, and that
the reader emits nothing else for the sentence. Literal strings, no build.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract_text
from tests.review_cases import emitted_under

TITLE = "Delårsrapport januari-augusti 2019"
CUR = (date(2019, 1, 1), date(2019, 8, 31))
YEAR = (date(2019, 1, 1), date(2019, 12, 31))
emitted = emitted_under(TITLE)


CASES = [
    # a surplus or deficit named after the amount with 'i' is the result, its sign the word's
    # (Sveriges Radio on Landstinget Blekinge's accounts for 2004)
    ("Bokslutet för 2019 visar på 22,6 miljoner kronor i överskott.", {("resultat", "actual", 22.6, YEAR)}),
    # (Sveriges Radio on Västernorrland's hospitals 2007)
    ("Länssjukhuset i Sundsvall gick med 99 miljoner kronor i underskott.", {("resultat", "actual", -99.0, CUR)}),
    ("En ljusglimt är iallafall primärvården som gick med 6 miljoner i överskott.", {("resultat", "actual", 6.0, CUR)}),
    # (Region Jönköpings län on its accounts for 2022)
    (
        "När även kostnaden för värdeförändringen inkluderas hamnar det slutliga resultatet på 193 miljoner kronor i "
        "överskott.",
        {("resultat", "actual", 193.0, CUR)},
    ),
    # a budget in the clause keeps it a deviation; another item before it keeps its own metric
    ("Förvaltningen visar 12 mnkr i underskott mot budget.", {("resultat", "budget_deviation", -12.0, CUR)}),
    # a relative clause about the budget gives the budget's value; 'verksamhetsresultat' is verksamhetens resultat;
    # 'Det kan jämföras med' speaks of the previous figure (Läkartidningen on Region Gävleborg, Q1 2024)
    (
        "När rapporten över Region Gävleborgs ekonomi i januari–mars är klar, visar den ett verksamhetsresultat på "
        "-372 miljoner kronor. Det kan jämföras med budget som låg på -203 miljoner.",
        {
            ("verksamhetens_resultat", "actual", -372.0, (date(2019, 1, 1), date(2019, 3, 31))),
            ("verksamhetens_resultat", "budget", -203.0, CUR),
        },
    ),
    (
        "I prognosen beräknar regionen att hela 2019 kommer få ett verksamhetsresultat på -380 miljoner kronor.",
        {("verksamhetens_resultat", "forecast", -380.0, YEAR)},
    ),
    # (Region Gävleborg on its annual report 2023)
    (
        "Årsredovisningen visade ett underskott på 362 miljoner kronor. Det är en försämring jämfört med budgeten, "
        "som beräknade ett överskott på 173 miljoner kronor.",
        {("resultat", "actual", -362.0, CUR), ("resultat", "budget", 173.0, CUR)},
    ),
    # a cost of a worked-time phrase of staff hired in is the hired staff's cost (Region Stockholm on 2023)
    (
        "Jämfört med 2018 har kostnaderna för den inhyrda bemanningen inom hälso- och sjukvården minskat med cirka "
        "29 procent eller 338 miljoner kronor.",
        {("inhyrd_personal_kostnad", "change_pct", -29.0, CUR), ("inhyrd_personal_kostnad", "change_abs", -338.0, CUR)},
    ),
    # (a change compound is no cost noun governing the phrase: a national quarter's figure in Vårdfokus stays refused)
    ("Jämfört med samma kvartal 2016 är kostnadsökningen för inhyrda sjuksköterskor 70 procent.", set()),
    # (the count of hired staff beside a cost word stays refused: the cost governs no hired-staff phrase)
    ("Antalet inhyrda årsarbetare ökade med 10 procent medan kostnaderna steg.", set()),
    # 'ett minus' / 'ett plus' before an amount is a deficit or surplus: the result (Läkartidningen on the university
    # hospitals 2006; Region Örebro län's nämnder 2019). Since stop 19 the first is held back: 'UMAS' is no unit the
    # reader knows, so the approximate deficit was the report's own with no period of its own, a kind of reading
    # more often wrong than right (tests/test_review_pr19_loose_approximations.py)
    ("Från UMAS kommer liknande signaler, och UMAS har ett minus på nästan 80 miljoner kronor.", set()),
    ("Samhällsbyggnadsnämnden räknar med ett minus på 16,4 miljoner kronor.", {("resultat", "forecast", -16.4, YEAR)}),
    # (a level only: the cause of a deficit after a change is no change of the result; Läkartidningen 2006)
    (
        "Produktionen inom akutsjukvården har ökat under året, vilket är en av orsakerna till ett minus på nästan 80 "
        "miljoner kronor.",
        set(),
    ),
    # 'Budgeten låg på ett plus på 110 miljoner kronor' is the budget (Östra Småland on Landstinget i Kalmar län 2013)
    (
        "Man tvingas redovisa ett minus på 120 miljoner kronor för 2019. Budgeten låg på ett plus på 110 miljoner "
        "kronor.",
        {("resultat", "forecast", -120.0, YEAR), ("resultat", "budget", 110.0, YEAR)},
    ),
    # (a percent or a count keeps its own reading)
    ("Procentuellt så ökade Karlskoga lasarett mest, med ett plus på 20 procent.", set()),
    # a deficit within a unit is that unit's result, the unit no narrowing of the metric (Region Stockholm 2023)
    (
        "Till följd av detta redovisas ett större underskott inom hälso- och sjukvården om 2,3 miljarder kronor.",
        {("resultat", "actual", -2.3, CUR)},
    ),
    # (a deficit for a cost item stays that item's deviation)
    (
        "Regionen redovisar ett underskott för läkemedel på 20 miljoner kronor.",
        {("lakemedel", "budget_deviation", -20.0, CUR)},
    ),
    # what is missing is a shortfall, no outcome; the forecast beside it stays (a party's notice on Region Skåne
    # after September 2016; Läkartidningen on Stockholm's hospitals 2015)
    (
        "Prognosen för helårsresultatet (-55 mkr) visar att det saknas 407 miljoner kronor för att det budgeterade "
        "resultatet ska nås.",
        {("resultat", "forecast", -55.0, YEAR)},
    ),
    (
        "Totalt saknar sjukhusen enligt landstinget 800 miljoner kronor för att klara ett balanserat resultat i år.",
        set(),
    ),
    # a budget word before an adversative clause is not the number's: ', men' states the outcome against it
    # (Region Gävleborg's accounts for 2019; the same form in its interim report of 2020, read already)
    (
        "Verksamhetens resultat hade budgeterats till 162 miljoner kronor, men landar trots det på ett underskott på "
        "- 85 miljoner kronor.",
        {("verksamhetens_resultat", "budget", 162.0, CUR), ("verksamhetens_resultat", "actual", -85.0, CUR)},
    ),
    (
        "Resultatet var 50 mnkr, men ett underskott mot budget på 20 mnkr.",
        {("resultat", "actual", 50.0, CUR), ("resultat", "budget_deviation", -20.0, CUR)},
    ),
    # a loss word after the amount names the deficit ('gå N back'); 'i år' right after it in an interim report is
    # the whole year, not yet ended: a forecast (Göteborgs-Posten on VGR's hospitals after March; Sveriges Radio on
    # Västernorrland's hospitals 2007 'gick tillsammans 146 miljoner kronor back', refused as a sum)
    (
        "Enligt en sammanställning av detta bedömer sjukhusen i regionen att de går 670 miljoner kronor back i år, "
        "innan åtgärder satts in.",
        {("resultat", "forecast", -670.0, YEAR)},
    ),
    # (no form of 'gå' before the loss word: a headline or an apposition says no more; '7, 7' is one number broken)
    ("Landstinget 110 miljoner back", set()),
    ("Bokslutet för Sollefteå sjukhus visar på 7, 7 miljoner minus.", set()),
    # the active voice of an expectation verb with 'att' ('beräknar att', 'bedömer att') is a forecast, and 'under
    # innevarande år' after the amount the whole year (Region Örebro län after August 2019)
    (
        "Hälso- och sjukvårdsnämnden beräknar att gå med ett underskott på 500 miljoner under innevarande år.",
        {("resultat", "forecast", -500.0, YEAR)},
    ),
    # one sentence states a key once, whatever unit word its money is in: a second value for the result is refused
    # (Centerpartiet Kronoberg on the region's accounts 2019; Läkartidningen on Region Gävleborg, Q1 2024)
    (
        "Annars var han relativt nöjd med utfallet för 2019 som blev plus 66 miljoner kronor i en total budget på "
        "8,1 miljarder kronor.",
        {("resultat", "actual", 66.0, CUR)},
    ),
    # what a unit is allowed ('får uppgå till högst') is a limit, no outcome (regionfullmaktige.nu on VGR 2015)
    (
        "Fullmäktige beslutade även att underskotten i resultaten för Skaraborgs sjukhus, Södra Älvsborgs Sjukhus och "
        "NU-sjukvården får uppgå till högst minus 50, 45 respektive minus 60 miljoner kronor för helåret.",
        set(),
    ),
    # 'prognos' in the indefinite, as 'prognosen', beside an amount is the result's forecast (Region Uppsala after
    # July 2021; the dev text uppsala_ekonomirapport_2012; the sample Västmanland HSF delår 1 2024 'Prognos – 1 235')
    (
        "Regionstyrelsens verksamheter däremot har en prognos på plus 557 miljoner kronor, vilket är 78 miljoner "
        "kronor bättre än budgeterat resultat.",
        {("resultat", "forecast", 557.0, YEAR), ("resultat", "forecast_deviation", 78.0, YEAR)},
    ),
    (
        "Detta till trots att förvaltningarna lämnar en samlad prognos på minus 115 miljoner kronor jämfört med "
        "budget.",
        {("resultat", "forecast_deviation", -115.0, YEAR)},
    ),
    # (a cost item named keeps its own forecast)
    ("Regionen har en prognos för läkemedel på 400 miljoner kronor.", {("lakemedel", "forecast", 400.0, YEAR)}),
    # an attributive 'budgeterade' with a time phrase of two words and 'ligger på' (Region Östergötland, Q1 2023)
    (
        "Det budgeterade resultatet för hela 2019 ligger på minus 1 050 miljoner kronor.",
        {("resultat", "budget", -1050.0, YEAR)},
    ),
]


@pytest.mark.parametrize(("text", "facts"), CASES, ids=[c[0][:50] for c in CASES])
def test_fresh_text_fact_is_read(text, facts):
    assert emitted(text) == facts


def test_hired_staff_group_is_a_part_of_the_hired_staff_cost():
    text = TITLE + "\n\nKostnaderna för inhyrda läkare ökade med 10 procent.\n"
    facts = extract_text("t.txt", text.encode()).prose_facts
    assert [(f.metric_code, f.measure, f.value, f.breakdown_label) for f in facts] == [
        ("inhyrd_personal_kostnad", "change_pct", 10.0, "läkare")
    ]


def test_an_undated_reading_of_a_dated_figure_is_the_same_statement():
    # (Sveriges Radio on the county councils' accounts for 2005: the headline's figure, undated, and the paragraph's)
    text = (
        "239 miljoner kr i överskott för landstinget\n\n"
        "Det visar den sammanställning av landstingens bokslut för 2005 som Sveriges Kommuner och Landsting gjort.\n\n"
        "Västerbotten kommer på tredje plats med ett överskott på 239 miljoner kronor under 2005.\n"
    )
    facts = extract_text("t.txt", text.encode()).prose_facts
    # (the title's figure takes the reading of the sentence that states it again, stop 18: one key, which the
    # warehouse keeps as one fact with both lines as its sources)
    assert {(f.metric_code, f.measure, f.value, f.period_start) for f in facts} == {
        ("resultat", "actual", 239.0, date(2005, 1, 1))
    }


def test_this_year_after_the_amount_in_a_text_with_no_period_is_a_forecast():
    # (Göteborgs-Posten on VGR's hospitals: a text that names no period of its own)
    text = "Enligt en sammanställning bedömer sjukhusen i regionen att de går 670 miljoner kronor back i år.\n"
    facts = extract_text("t.txt", text.encode()).prose_facts
    assert [(f.metric_code, f.measure, f.value, f.period_start) for f in facts] == [
        ("resultat", "forecast", -670.0, None)
    ]
