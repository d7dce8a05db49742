"""Review s11 (TR11): excerpts of real report text from regions the reader was not written against (Region Örebro
län, Stockholm's hälso- och sjukvårdsnämnd, Kalmar, Dalarna, Gävleborg, Västra Götaland, Kronoberg, Norrbotten,
Västernorrland; 2005-2024), saved as the search tool returned them under /work/review11t/texts/ and annotated by
hand before the reader ran (/work/review11t/facts.csv). The stored copies were mostly prose with few tables: the
one key-figure list ('Resultat januari – mars -9 mnkr (30 mnkr)', 'Nettokostnadsökning 6,2 % (2,5 %)') was read
right in full, so the cases here are the prose failures the set showed.

The clauses are verbatim, shortened to the sentences that matter, read as the documents give them (no title added
unless the case says so). FIXED runs as a normal test; a wrong reading (WRONG) or a lost right one (MISSED) that no
general rule fixes yet is a strict xfail.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, cases, emitted, read

Y2010 = (date(2010, 1, 1), date(2010, 12, 31))
JAN_AUG_2022 = (date(2022, 1, 1), date(2022, 8, 31))
Q1_2024 = (date(2024, 1, 1), date(2024, 3, 31))

# 'det så kallade <term>' introduces the term itself; only 'så kallade' without a definite determiner names a subset
# ('kostnadskrävande vårdtillfällen, så kallade ytterfall'). Two texts needed it: a news report on Region Örebro
# län's periodrapport for the first quarter of 2024 and Region Gotland's delårsrapport 2018 (field corpus, dev).
# Before: no metric phrase fitted the number (the alias read as a named subset).
SO_CALLED_TERM: list[tuple[str, set[tuple]]] = [
    (
        "Det så kallade balanskravsresultatet för perioden fram till 31 mars visar minus 152 miljoner kronor vilket "
        "kan jämföras med minus 274 miljoner kronor för motsvarande period i fjol.",
        {("balanskravsresultat", "actual", -152.0, NONE)},
    ),
    (
        # (the present 'blir' of a sentence of no year or period is what the year will come to, a forecast, as
        # gotland_delarsrapport_2018 of the dev corpus annotates this figure: MS17's future_copula)
        "Efter att reavinster räknats bort blir det så kallade balanskravsresultatet 41 mnkr.",
        {("balanskravsresultat", "forecast", 41.0, NONE)},
    ),
]


@pytest.mark.parametrize("text,expected", SO_CALLED_TERM, ids=[t[:60] for t, _ in SO_CALLED_TERM])
def test_a_term_introduced_as_det_sa_kallade_is_read(text, expected):
    assert expected <= emitted(text)


def test_sa_kallade_after_a_comma_still_names_a_subset():
    # (the subset reading stays where no determiner stands before 'så kallade')
    assert not emitted("Antalet kostnadskrävande vårdtillfällen, så kallade ytterfall, har minskat med 4,9 procent.")


# (text, allowed facts: (metric, measure, value, period)): every emitted fact must be one of them
WRONG: list[tuple[str, set[tuple]]] = [
    # the comparative 'lägre än tidigare år' belongs to its own clause; 'och beräknas stanna på 3,6 procent' states
    # the growth rate itself: today nettokostnad change_pct -3.6 (Västra Götalandsregionen, delårsrapport 2010)
    (
        "Nettokostnaderna ökade jämfört med samma period förra året, men ökningstakten är lägre än tidigare år och "
        "beräknas stanna på 3,6 procent för 2010.",
        {("nettokostnad", "change_pct", 3.6, Y2010)},
    ),
]
FIXED: list[tuple[str, set[tuple]]] = [
    # an aside in parentheses between the amount and its comparative ('365 mkr (6,9 procent) högre än budgeterat')
    # hid the comparison: was nettokostnad forecast 365, a level (Landstinget Dalarna, delårsrapport 2015); fixed in
    # review RV12 as the percent in parentheses before a change's comparative ('30 (8,8 %) fler än motsvarande
    # period', vgr_su_delarsrapport_2015 in the dev corpus; tests/test_review_rv12_misses.py)
    (
        "Hälso- och sjukvårdens nettokostnader beräknas bli 365 mkr (6,9 procent) högre än budgeterat.",
        {("nettokostnad", "forecast_deviation", -365.0, NONE)},
    ),
    # a heading that names a forecast over a sentence stating the months elapsed ('för perioden januari-augusti'):
    # the sentence's own period is the outcome's; was verksamhetens_resultat forecast 415 for 2022 (Region
    # Gävleborg, delårsrapport 2022); fixed in review XF11a with Region Jämtland Härjedalen's 'till och med
    # februari' under 'Oroväckande helårsprognos' (2023, tests/test_review_hr10_wrong_facts.py)
    (
        "Region Gävleborg 2022\n\nPrognos pekar på ett negativt resultat\n\nVerksamhetens resultat för perioden "
        "januari-augusti är 415 miljoner kronor, vilket avviker positivt mot budget.",
        {("verksamhetens_resultat", "actual", 415.0, JAN_AUG_2022)},
    ),
]
CASES = cases(WRONG, FIXED, "s11 (TR11)")


@pytest.mark.parametrize("text,allowed", CASES)
def test_no_wrong_fact(text, allowed):
    assert emitted(text) <= allowed


# (text, facts that must be among the emitted ones): right readings the reader loses
MISSED: list[tuple[str, set[tuple]]] = []
KEPT: list[tuple[str, set[tuple]]] = [
    # a spaced dash between two amounts is a clause break, not the second amount's minus: was no fact ('a run of
    # amounts with no words between them') (Region Norrbotten, delårsrapport 2017); fixed in review XF11a with a
    # news article's 'där Västernorrland hade högst sjukfrånvaro – 7,9 procent' (Dagens Arena 2016,
    # tests/test_review_sm11.py) and two press releases of Region Kalmar län (2020, 2022; field dev): a thought dash
    # after a clause of words
    (
        "Men prognosen säger att resultatet för helåret landar på 197,8 miljoner – 113,9 miljoner sämre än budgeterat "
        "resultat.",
        {("resultat", "forecast", 197.8, NONE), ("resultat", "forecast_deviation", -113.9, NONE)},
    ),
    # 'alltså' (that is) before the deviation is a word that links its clause to the one before, not the number's
    # own label (seeds clause_link_word, as 'men' in Västra Götalandsregionen's delårsrapport 2018:
    # tests/test_review_pr11_misses.py): was unplaced, and the forecast before it dropped as 'a part set against
    # the part the next clause names' (Region Västernorrland, 2019)
    (
        "Den senaste prognosen pekar i stället på ett minusresultat på 158 miljoner kronor, alltså 255 miljoner "
        "kronor sämre än budget.",
        {("resultat", "forecast", -158.0, NONE), ("resultat", "forecast_deviation", -255.0, NONE)},
    ),
    # 'för perioden fram till 31 mars' closes the period at the end of March ('till och med' does already): was no
    # period for the quarter's figure (Region Örebro län, periodrapport 2024); fixed in review PD11 with Region
    # Värmland's 'perioden 1 januari till 31 augusti i år' (tests/test_review_pd11.py)
    (
        "Region Örebro län 2024\n\nDet så kallade balanskravsresultatet för perioden fram till 31 mars visar minus 152 "
        "miljoner kronor.",
        {("balanskravsresultat", "actual", -152.0, Q1_2024)},
    ),
]
MISSED_CASES = [
    pytest.param(
        *c, marks=pytest.mark.xfail(strict=True, reason="review s11 (TR11): the reader misses it"), id=c[0][:60]
    )
    for c in MISSED
] + [pytest.param(*c, id=c[0][:60]) for c in KEPT]


@pytest.mark.parametrize("text,expected", MISSED_CASES)
def test_right_reading_kept(text, expected):
    assert expected <= emitted(text)


# (text, value of the figure, the org unit it is of): a nämnd that is the subject of a forecast verb other than the
# report verbs ('beräknar att gå med ett underskott'): was no unit, the region's (Region Örebro län, delårsrapport
# 2019); fixed by review HR11's 'beräknar' as a report verb (tests/test_review_hr11_wrong_facts.py)
FIXED_ORG: list[tuple[str, float, str]] = [
    (
        "Hälso- och sjukvårdsnämnden beräknar att gå med ett underskott på 500 miljoner under innevarande år.",
        -500.0,
        "Hälso- och sjukvårdsnämnden",
    ),
]
ORG_CASES = cases([], FIXED_ORG, "s11 (TR11)")


@pytest.mark.parametrize("text,value,org", ORG_CASES)
def test_no_wrong_org_unit(text, value, org):
    assert {f.org_unit for f in read(text) if f.value == value} <= {org}
