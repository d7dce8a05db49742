"""Review s14 (RS14): the result family (överskott, underskott, plus, minus, landa på, saknas till budget) and
metric words the reader did not recognise, on six fresh texts of 2017-2024 from Skåne, Kalmar, Halland, Uppsala and
Norrbotten (saved under /work/review14rs/texts/, annotated in /work/review14rs/facts.csv before the reader ran) and
the dev corpus and the reviews of stop 12 (/work/review12{b,h,r}).

Each case is a verbatim clause (shortened to the sentences that matter), read as the document gives it (no title
added, so a clause without a period of its own gives undated facts), and the facts it must give as (metric, measure,
value, period). A miss no two-document rule fixes yet is a strict xfail (MISSED); a fixed one runs as a normal test
(FIXED).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, cases, emitted

Y2024 = (date(2024, 1, 1), date(2024, 12, 31))

# (text, facts that must be among those emitted: (metric, measure, value, period))
FIXED: list[tuple[str, set[tuple]]] = [
    # a sentence that opens on the deviation in the definite form right after a sentence of the forecast is the
    # forecast's deviation, not the report months': Region Skåne's monthly follow-up of September 2017 (fresh) and
    # its first quarter of 2018 (review 12b, skane_allians_2018_04); were budget deviations of January-September
    # and January-March
    (
        "Tyvärr är det inte tillräckligt: Helårsprognosen pekar mot ett resultat på -242,3 miljoner kronor. "
        "Budgetavvikelsen ligger på -617,3 miljoner kronor.",
        {("resultat", "forecast", -242.3, NONE), ("resultat", "forecast_deviation", -617.3, NONE)},
    ),
    (
        "I stället för att nå det budgeterade resultatet på 394,5 miljoner kronor, spås detta sluta på -892,2 "
        "miljoner. Avvikelsen i förhållande till budget är således hela -1 286,8 miljoner kronor.",
        {("resultat", "forecast_deviation", -1286.8, NONE)},
    ),
    # the budget named right after the amount ('i budget') makes the amount the budget's figure: Region Gävleborg's
    # first quarter 2024 (fresh; was a second forecast, left as an issue) and Landstinget Västmanland's press
    # releases of 2014 and 2015 (review 12h; were refused as planned amounts after 'bättre än planerat')
    (
        "I prognosen beräknar regionen att hela 2024 kommer få ett verksamhetsresultat på -380 miljoner kronor, att "
        "jämföra med tänkta +86 miljoner i budget.",
        {("verksamhetens_resultat", "forecast", -380.0, Y2024), ("verksamhetens_resultat", "budget", 86.0, Y2024)},
    ),
    (
        "Resultatet 2013 blev bättre än planerat (70 Mkr i budget), vilket främst beror på att de satsningar inom "
        "primärvården, psykiatrin och kollektivtrafiken som beslutades i samband med skattehöjningen inte fick fullt "
        "genomslag under året.",
        {("resultat", "budget", 70.0, (date(2013, 1, 1), date(2013, 12, 31)))},
    ),
]

# a waiting word that is a forecast verb ('väntas', 'väntar sig') expects an outcome: it is no waiting list that
# hides the metric word after it: Västra Götalandsregionen in Nya Upplaga (review 12b nu_sr) and Region Uppsala's
# hospitals in Läkartidningen 2020 (fresh); both numbers were left with no metric
FIXED += [
    (
        "Västra Götalandsregionen som helhet väntas göra ett överskott på 350 miljoner kronor i år.",
        {("resultat", "forecast", 350.0, NONE)},
    ),
    (
        "Sjukhusstyrelsen i Region Uppsala, som ansvarar för verksamheten vid Akademiska sjukhuset och Lasarettet i "
        "Enköping, väntar sig ett underskott på 1 034 miljoner kronor i slutet av året, enligt en ny prognos.",
        {("resultat", "forecast", -1034.0, NONE)},
    ),
]

# a deviation from the budget in the paragraph of the forecast, with no time of its own, goes on with the forecast
# as an outcome there does; and a comparative whose object is a clause naming the budget ('än vad det borde vara
# enligt budget') gives a deviation: Region Skåne April 2018 (fresh), whose 921 was refused as a difference from
# another figure; Region Skåne September 2017 (fresh, FIXED above) and Region Uppsala 2023 (review HR11, its strict
# xfail now a normal test) go on with their forecasts the same way; an item's deviation does not (test_prose)
FIXED += [
    (
        "Prognosen visar samtidigt att årsresultatet verkar landa på -525,9 miljoner kronor. Resultatet är alltså 921 "
        "miljoner kronor sämre än vad det borde vara enligt budget (395 mkr).",
        {("resultat", "forecast_deviation", -921.0, NONE), ("resultat", "budget", 395.0, NONE)},
    ),
]

MISSED: list[tuple[str, set[tuple]]] = [
    # the same comparative with a relative clause ('än det underskott som hade budgeterats') is read as a deviation
    # now, but the deficit word before it makes it the result's level, and 'Det nu beräknade' (an adverb inside the
    # forecast participle) is no forecast cue yet: Läkartidningen 2020 on Region Uppsala's hospitals (one document)
    (
        "Det nu beräknade underskottet är 830 miljoner kronor större än det underskott som hade budgeterats.",
        {("resultat", "forecast_deviation", -830.0, NONE)},
    ),
    # a genitive before the indefinite plural makes it definite ('Region Blekinges kostnader' as 'kostnaderna'), but
    # 'kostnader' alone is no alias: blekinge_pressmeddelande_2022_2 (dev, one document); in its document the number
    # is read since stop 14 (AN14) from the sentence before, which names the change, not from this sentence alone
    (
        "Under år 2022 ökade Region Blekinges kostnader med 2,9 procent.",
        {("kostnader_totalt", "change_pct", 2.9, (date(2022, 1, 1), date(2022, 12, 31)))},
    ),
    # a narrowed first mention of the result ('förluster inom tågtrafiken') narrows the 'överskott' of the main clause
    # too (_is_qualified: the metric named again): Sydsvenskan 2020 on Region Skåne (review 12b, one document)
    (
        "Trots stora förluster inom tågtrafiken, folktandvården och kulturen så räknar Region Skåne med att klara ett "
        "överskott på närmare 900 miljoner kronor för 2020.",
        {("resultat", "forecast", 900.0, (date(2020, 1, 1), date(2020, 12, 31)))},
    ),
    # 'saknas till budget' (what is missing to reach the budget) is a negative deviation: the same text (one document)
    (
        "– Då landar vi på plus 840 miljoner kronor, bara 60 miljoner saknas till budget.",
        {("resultat", "forecast_deviation", -60.0, NONE)},
    ),
]


# a waiting list still hides the metric word: 'väntande till första besök' are no visits
def test_a_waiting_list_is_still_no_metric() -> None:
    assert not emitted("Antalet väntande till första besök var 1 200 i augusti.")


# (text, facts that must be among those emitted, facts that must not be)
FIXED_WRONG: list[tuple[str, set[tuple], set[tuple]]] = [
    # a 'vilket' clause after the amount that compares with earlier forecasts signed the deviation ('förbättring'):
    # Landstinget i Kalmar län 2017; the budget was higher than the forecast of 50. Fixed in WV18 (the clause says
    # how the figure moved, not its sign, as after a deficit in kalmar_bokslut_2021 of review 15pr): held back
    (
        "Prognosen är en avvikelse mot budgeten med 95 miljoner kronor, vilket är en förbättring jämfört med tidigare "
        "prognoser i år.",
        set(),
        {("resultat", "forecast_deviation", 95.0, NONE)},
    ),
    # an item with its verb left out after a comma ('psykiatrin med 18 procent') took its sign from the next clause's
    # 'ökning', not from the verb before it ('minskat'); stop 15 (_elliptic_item, with smalanningen_kronoberg of
    # review 12b) gives it the sign of the item before
    (
        "Sjukhusen har minskat kostnaderna för hyrpersonal med 44 procent, psykiatrin med 18 procent medan "
        "primärvården visar en ökning på 4 procent.",
        {("inhyrd_personal_kostnad", "change_pct", -18.0, NONE)},
        {("inhyrd_personal_kostnad", "change_pct", 18.0, NONE)},
    ),
    # a comparative with the budget set apart from the amount, by a colon before it or a dash after it, judges the
    # level the amount states; it is no difference: Region Gävleborg's first quarter 2024 (fresh, Läkartidningen) and
    # Region Skåne's February 2018 (review 12b, skane_nsk_2018); both were read as the forecast's deviation
    (
        "Men för helåret 2024 beräknas resultatet bli betydligt sämre än budget: -825 miljoner kronor i stället för "
        "-367 miljoner.",
        {("resultat", "forecast", -825.0, Y2024)},
        {("resultat", "forecast_deviation", -825.0, Y2024)},
    ),
    (
        "Med de nya siffrorna för årets inledning visar helårsprognosen ett resultat på minus 1,4 miljarder – sämre "
        "än budget.",
        {("resultat", "forecast", -1.4, NONE)},
        {("resultat", "forecast_deviation", -1.4, NONE)},
    ),
]


@pytest.mark.parametrize(("text", "expected", "not_expected"), FIXED_WRONG, ids=[c[0][:60] for c in FIXED_WRONG])
def test_review_rs14_wrong_reading_fixed(text: str, expected: set[tuple], not_expected: set[tuple]) -> None:
    facts = emitted(text)
    assert expected <= facts
    assert not (not_expected & facts)


# the comparative right after the amount still gives its difference
def test_a_comparative_right_after_the_amount_is_the_deviation() -> None:
    facts = emitted("Helårsprognosen visar ett resultat som är 1,4 miljarder sämre än budget.")
    assert ("resultat", "forecast_deviation", -1.4, NONE) in facts


@pytest.mark.parametrize(("text", "expected"), cases(MISSED, FIXED, "RS14"))
def test_review_rs14_reading(text: str, expected: set[tuple]) -> None:
    assert expected <= emitted(text)


# the budget right after the forecast's deviation in its sentence is the year's, as one beside the forecast is: the same
# text of Region Skåne (dated by its address and its months); it was dated January-April once the 921 was read
def test_a_budget_after_the_forecasts_deviation_is_the_years() -> None:
    text = (
        "# source: https://alliansforskane.se/2018/05/22/battre-ekonomi-eller-samre/\n"
        "VÄRNA SKÅNE. Uppföljningen i Region Skåne efter årets första fyra månader är nu klar.\n\n"
        "Prognosen visar samtidigt att årsresultatet verkar landa på -525,9 miljoner kronor. Resultatet är alltså 921 "
        "miljoner kronor sämre än vad det borde vara enligt budget (395 mkr)."
    )
    year = (date(2018, 1, 1), date(2018, 12, 31))
    facts = emitted(text)
    assert {("resultat", "forecast_deviation", -921.0, year), ("resultat", "budget", 395.0, year)} <= facts


# a deviation of the time to date ('hittills i år', 'så här långt', now period words) stays the period's after a
# sentence that speaks of a forecast (a constructed case: it keeps the rule above to deviations of no time of their own)
def test_a_deviation_of_the_time_to_date_stays_the_periods() -> None:
    facts = emitted(
        "Någon helårsprognos har inte tagits fram. Budgetavvikelsen hittills i år är minus 40 miljoner kronor."
    )
    assert ("resultat", "forecast_deviation", -40.0, NONE) not in facts


# the deviation after an outcome of the period stays the period's
def test_a_deviation_after_an_outcome_stays_the_periods() -> None:
    facts = emitted(
        "Resultatet för perioden blev -242,3 miljoner kronor. Budgetavvikelsen ligger på -617,3 miljoner kronor."
    )
    assert ("resultat", "budget_deviation", -617.3, NONE) in facts
