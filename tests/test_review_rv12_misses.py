"""Review s12 (RV12): recall on fresh text of whole reports (delårsrapporter, månads- and bokslutsrapporter of
2015-2022 from Dalarna, Östergötland, Skåne, Stockholm, Gotland and Uppsala, saved under /work/review12r/texts/ and
annotated in /work/review12r/facts.csv before the reader ran; scored by /work/review12r/score.py, a copy of
benchmarks.field pointed at that folder).

Each case is a verbatim clause (shortened to the sentences that matter), read as the document gives it (no title
added, so a clause without a period of its own gives undated facts), and the facts it must give as (metric, measure,
value, period). A miss no two-document rule fixes yet is a strict xfail (MISSED); a fixed one runs as a normal test
(FIXED). Several of the stored pages turned out to be texts earlier reviews had read under the same or another
address (Dalarna 2015 in TR11, Uppsala 2020 in PR11, Uppsala 2021 in HR9 and PR11, Skåne 2022 in HR9c): the stored
pages hold few whole reports that no review has seen, so the two strict xfails those reviews left for the same clauses
are fixed here too.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, cases, emitted

Y2015 = (date(2015, 1, 1), date(2015, 12, 31))
Y2016 = (date(2016, 1, 1), date(2016, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))

# (text, facts that must be among those emitted: (metric, measure, value, period))
FIXED: list[tuple[str, set[tuple]]] = [
    # the bare 'Resultatet' right after a sentence naming the balanskravsresultat refers back to it, also for a
    # deviation and the goal it is measured against: Region Kronoberg's bokslutskommuniké 2019 (one document; the
    # restatement rule covers the same value restated, not another measure); was resultat -18 and 84, fixed
    # by review PR21 (result_subject, with dalarna_resultat_2023 of review 19pr)
    (
        "I den redovisas ett preliminärt balanskravsresultat på 66 miljoner kronor för 2019.\n\nResultatet är en "
        "negativ avvikelse med 18 miljoner kronor mot det uppsatt resultatmålet för 2019 på 84 miljoner kronor.",
        {("balanskravsresultat", "budget_deviation", -18.0, Y2019)},
    ),
    # a percent in parentheses restating an amount stands between it and the comparative that makes it a deviation
    # from the budget, as it already did before a change ('vilket var 30 (8,8 %) fler än motsvarande period 2014',
    # vgr_su_delarsrapport_2015 in the dev corpus): Landstinget Dalarna's delårsrapport of August 2015 (fresh); was
    # the forecast level +365
    (
        "Hälso- och sjukvårdens nettokostnader beräknas bli 365 mkr (6,9 procent) högre än budgeterat.",
        {("nettokostnad", "forecast_deviation", -365.0, NONE)},
    ),
    # the balance requirement as an aside set off by commas between the result and its verb is the clause's
    # measure, as when it stands inside the clause ('Justerat resultat enligt balanskravet uppgår till', the
    # kronoberg_bokslut_2012 dev document): Region Uppsala's board newsletter of November 2020 (fresh), as its
    # newsletter of 2021 writes 'Region Uppsalas årsprognos, enligt balanskravsresultatet, uppgår ... till plus 481'
    # (review HR11); was the resultat and its deviation
    (
        "Det prognostiserade årsresultatet per oktober, enligt balanskravet, uppgår till plus 111 miljoner kronor. "
        "Detta är 65 miljoner kronor bättre än budget.",
        {("balanskravsresultat", "forecast", 111.0, NONE), ("balanskravsresultat", "forecast_deviation", 65.0, NONE)},
    ),
]

MISSED: list[tuple[str, set[tuple]]] = [
    # the unit after a figure of the year before in parentheses is the unit of both ('13 969 (13 715) miljoner
    # kronor'): Stockholms läns landsting's delårsrapport of August 2017; 10 facts of that text, but no dev or other
    # fresh document writes it so (its two siblings on the same site are test documents)
    (
        "Verksamhetens intäkter under perioden uppgick till 13 969 (13 715) miljoner kronor vilket är 1,9 procent "
        "högre än motsvarande period 2016.",
        {("intakter_totalt", "actual", 13969.0, NONE)},
    ),
    # two years paired with two results by 'respektive': Region Skåne's bokslutsrapport 2017 (one document)
    (
        "Det preliminära bokslutet 2017 visar ett positivt resultat om 238 miljoner kronor, vilket är en förbättring i "
        "förhållande till 2015 och 2016 då resultatet var 32 miljoner kronor respektive 103 miljoner kronor.",
        {("resultat", "actual", 32.0, Y2015), ("resultat", "actual", 103.0, Y2016)},
    ),
    # a compound with the head '-nivå' ('Investeringsnivån') names its metric: Landstinget Dalarna 2015 (one
    # document; the dev corpus has 'kostnadsnivåer', 'Produktionsnivån' only without a figure)
    (
        "Investeringsnivån prognostiseras bli cirka 260 mkr lägre än budget.",
        {("investeringar", "forecast_deviation", 260.0, NONE)},
    ),
    # a loss word inside the aside that says what was adjusted for ('för bland annat orealiserade förluster') does
    # not sign the adjusted result: Region Västernorrland's bokslut 2022 (one document); today resultat -313
    (
        "Region Västernorrland redovisar ett preliminärt överskott för 2022 på 32 miljoner. Efter justering, för "
        "bland annat orealiserade förluster, uppgår resultatet till 313 miljoner.",
        {("balanskravsresultat", "actual", 313.0, Y2022)},
    ),
    # 'går back med N' alone, its metric named only in the clause before, is the unit's negative result: Region
    # Västernorrland's bokslut 2019 (one document); today a second value refused
    (
        "Trots att specialistvården gör ett resultat på minus 330 miljoner kronor, och att hälsocentralerna går back "
        "med 25 miljoner, går alltså regionen som helhet inte lika dåligt.",
        {("resultat", "actual", -25.0, NONE)},
    ),
    # a unit as the subject of 'kosta' more than budgeted is its cost's deviation: Landstinget Dalarna 2015
    (
        "Hälso- och sjukvårdens nettokostnader beräknas bli 365 mkr högre än budgeterat och kollektivtrafiken "
        "beräknas kosta 20 mkr mer än budgeterat.",
        {("nettokostnad", "forecast_deviation", -20.0, NONE)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(MISSED, FIXED, "RV12"))
def test_review_rv12_reading(text: str, expected: set[tuple]) -> None:
    assert expected <= emitted(text)


# a verb of giving before a bare 'resultat' is the idiom 'the work had an effect', not the metric
# (seeds/reader_words.csv effect_idiom): Region Sörmland's delårsrapport 2019 read the hired staff's cost cut as
# the result's change; the same idiom stands in vgr_delarsrapport_2014 (dev, 'åtgärder ... gett resultat') and in
# Region Örebro län's news of 2024 (review HR12, 'besparingsåtgärder ... ger resultat'). The number stays an issue:
# 'kostnaderna' alone is narrowed.
def test_gett_resultat_is_an_idiom_not_the_result() -> None:
    text = (
        "Arbetet med att minska beroendet av hyrpersonal i hälso- och sjukvården har gett resultat där kostnaderna "
        "minskat med cirka 26 miljoner kronor jämfört med förra delåret."
    )
    assert not [f for f in emitted(text) if f[0] == "resultat"]


def test_a_result_given_with_an_article_is_still_the_result() -> None:
    assert ("resultat", "actual", 12.0, NONE) in emitted("Kliniken gav ett resultat på 12 miljoner kronor.")
