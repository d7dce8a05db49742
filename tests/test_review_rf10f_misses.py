"""Review RF10f (session 10): facts of hospital and clinic year summaries that fresh text states and the reader
missed.

The sentences are literal excerpts (a clause may be shortened) of the review texts in /work/review10f/texts; each
case asserts the fact that must be read, and that the reader emits nothing else for the sentence. Literal strings,
no build.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted_under

TITLE = "Delårsrapport januari-augusti 2019"
CUR = (date(2019, 1, 1), date(2019, 8, 31))
YEAR = (date(2019, 1, 1), date(2019, 12, 31))
emitted = emitted_under(TITLE)


CASES = [
    # 'nära' after a preposition is 'nearly', the amount itself (not 'vi var nära ett nollresultat'); 'förlust' is
    # the result, negative (Spanaren on Sahlgrenska 2019: the improvement after it is the result's change too)
    (
        "Sjukhuset redovisar en förlust på nära -72 miljoner kronor, Mnkr, en förbättring med 140 Mnkr från "
        "föregående år.",
        {("resultat", "actual", -72.0, CUR), ("resultat", "change_abs", 140.0, CUR)},
    ),
    # (Läkartidningen on Västra Götaland's hospitals 2022)
    (
        "Totalt redovisade sjukhusen ett negativt resultat på nära 767 miljoner kronor.",
        {("resultat", "actual", -767.0, CUR)},
    ),
    # 'förlust' as the result (Sveriges Radio on Västra Götalandsregionen 2004, session-9 review text)
    ("Regionen gick med förlust på 363 miljoner kronor.", {("resultat", "actual", -363.0, CUR)}),
    # 'räknar [subject] med' is an expectation: a forecast (Sveriges Radio on Ryhov; on Halmstad's hospital 2007)
    (
        "På länssjukhuset Ryhov räknar man med över 1 600 förlossningar i år och det är minst 100 fler än i fjol.",
        {("forlossningar", "forecast", 1600.0, YEAR)},
    ),
    (
        "Under hela 2019 räknar sjuksledningen med att underskottet blir omkring 90 miljoner.",
        {("resultat", "forecast", -90.0, YEAR)},
    ),
    # an appositive ', en ökning med N procent' right after a change restates it in percent: the previous number's
    # metric, not the count noun 'besök' (Spanaren on Sahlgrenska 2019)
    (
        "Besöken på akutmottagningarna har ökat med drygt 9 300 besök jämfört med föregående år, en ökning med 4 "
        "procent.",
        {("akutbesok", "change_abs", 9300.0, CUR), ("akutbesok", "change_pct", 4.0, CUR)},
    ),
    # the genitive 'procents' is the unit procent: '13 procents sjukfrånvaro' (Läkartidningen on the university
    # hospitals 2014)
    (
        "Karolinska är också är det sjukhus som hade högst sjukfrånvaro, 18 procent, medan Örebro låg lägst med 13 "
        "procents sjukfrånvaro.",
        {("sjukfranvaro", "actual", 18.0, CUR), ("sjukfranvaro", "actual", 13.0, CUR)},
    ),
    # 'gå med N plus' is the result, positive, as 'gå N back' / 'N miljoner minus' is negative (Sveriges Radio on
    # Södra Älvsborgs Sjukhus 2004; 'kollektivtrafiken går med 15 miljoner kronor plus', uppsala_pressmeddelande_2014)
    (
        "SÄS, Södra Älvsborgs Sjukhus, gick med nära 18 miljoner kronor plus under året, visar bokslutet.",
        {("resultat", "actual", 18.0, CUR)},
    ),
    # a word broken by a hyphen and a space inside a flattened page line is one word: 'under- skott' keeps the
    # deficit's sign (Stockholm's hälso- och sjukvårdsnämnd, tertial report April 2013)
    (
        "Periodens ackumulerade resultat till och med april 2019 visar ett under- skott med 168 miljoner kronor.",
        {("resultat", "actual", -168.0, (date(2019, 1, 1), date(2019, 4, 30)))},
    ),
    # 'bättre än periodbudgeten': a compound that ends in 'budget' is the budget (norrbotten_manadsrapport_2018,
    # 'periodbudge- ten' joined by the rule above)
    (
        "Region Norrbotten redovisar ett positivt resultat för perioden med 47 mnkr, vilket är 8 mnkr sämre än "
        "föregående år men 46 mnkr bättre än periodbudgeten.",
        {
            ("resultat", "actual", 47.0, CUR),
            ("resultat", "change_abs", -8.0, CUR),
            ("resultat", "budget_deviation", 46.0, CUR),
        },
    ),
    # 'motsvarande period' is the period compared with, no conversion of the number before (Stockholm's hälso- och
    # sjukvårdsnämnd 2013: the 27 is the result of the same months a year earlier)
    (
        "Det är 195 miljoner kronor lägre än mot- svarande period 2018 då resultatet efter de första fyra månaderna "
        "visade ett överskott med 27 miljoner kronor.",
        {("resultat", "actual", 27.0, (date(2018, 1, 1), date(2018, 4, 30)))},
    ),
    (
        "Nettokostnaden minskade med 1,2 procent, motsvarande 353 miljoner kronor.",
        {("nettokostnad", "change_pct", -1.2, CUR), ("nettokostnad", "change_abs", -353.0, CUR)},
    ),
    # 'helårsresultatet för <an earlier year>' is that year's outcome, not a forecast of this one
    (
        "Helårsresultatet för 2018 var ett överskott om 429 miljoner kronor.",
        {("resultat", "actual", 429.0, (date(2018, 1, 1), date(2018, 12, 31)))},
    ),
]


@pytest.mark.parametrize(("text", "facts"), CASES, ids=[c[0][:50] for c in CASES])
def test_fresh_text_fact_is_read(text, facts):
    assert emitted(text) == facts


def test_near_after_a_copula_stays_a_value_come_close_to():
    # 'vi var nära ett nollresultat' / 'hamnar ... nära 1 procent': what the outcome came close to, not read
    assert emitted("I fjol var vi nära 5 miljoner kronor i överskott.") == set()


def test_plus_after_an_amount_without_a_go_verb_names_no_result():
    # only the idiom 'gå med N plus': a bare 'N plus' says nothing of what it is
    assert emitted("Kostnaden blev 18 miljoner kronor plus moms.") == set()


def test_suspended_compound_keeps_its_hyphen():
    # 'hälso- och sjukvården': a hyphen before 'och' stays (seeds list suspended_next)
    from loaders.sentences import join_inline_hyphens

    assert (
        join_inline_hyphens("hälso- och sjukvården visar ett under- skott")
        == "hälso- och sjukvården visar ett underskott"
    )


def test_full_year_of_an_earlier_year_in_a_forecast_sentence_is_refused():
    # (Stockholm's hälso- och sjukvårdsnämnd 2013) the forecast is of this year; the number is the full year 2012's,
    # beside it as a comparison: not the forecast, and which of that year's figures it is the reader does not guess
    assert (
        emitted(
            "Prognosen visar på ett resultat i nivå med budget, att jämföra med helårsresultatet för 2018 som var "
            "ett överskott om 429 miljo- ner kronor."
        )
        == set()
    )
