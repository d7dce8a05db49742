"""Review s15 (PD15): the period of fresh report text nobody tuned on (press releases and news items of 2019-2023
from Jämtland Härjedalen, Östergötland, Sörmland, Stockholm, Kalmar and national summaries, saved under
/work/review15pd/texts/ and annotated blind in /work/review15pd/facts.csv before the reader ran on them).

Each case reads a verbatim excerpt (shortened to the sentences that matter) as the document gives it, no title
added, and asserts the facts it gives with their periods: a fixed reading runs as a normal test, a wrong one no
two-document rule fixes yet is a strict xfail.
"""

from __future__ import annotations

from datetime import date

from tests.review_cases import emitted

JAN_OCT_2019 = (date(2019, 1, 1), date(2019, 10, 31))
JAN_FEB_2023 = (date(2023, 1, 1), date(2023, 2, 28))

# a press release under a forecast heading whose figures are the outcome up to October: each was the whole of 2019
# (the heading's forecast), as the 'till och med oktober' after the number, the 'samma period 2018' it compares
# with, or the sentence before in its paragraph that named the months says they are not
JAMTLAND_2019 = (
    "Ekonomiska prognosen för helår står kvar\n\n"
    "Regionstyrelsen tog vid dagens sammanträde del av den ekonomiska rapporten per sista oktober, inklusive "
    "prognosen för helåret 2019.\n\n"
    "Region Jämtland Härjedalens ackumulerade resultat per oktober var -148 miljoner kronor, justerat från finansiella "
    "intäkter (exempelvis intäkter som inte är realiserade från värdepapper). Bruttokostnaderna har ökat med 2,1 "
    "procent, motsvarande 85 miljoner kronor jämfört med samma period 2018. Ökningstakten har dock stannat av "
    "något.\n\n"
    "På kostnadssidan sticker personalkostnaderna ut negativt med en ökning på 2 procent till och med oktober, "
    "motsvarande 44 miljoner kronor. Här räknas inte kostnader från bemanningsföretag in. Även kostnader för "
    "läkemedel har ökat, och det med 22 miljoner kronor jämfört med föregående år.\n\n"
    "Positivt är att kostnaden för bemanningsföretag har minskat med 8,7 miljoner kronor till och med oktober, "
    "främst på läkarsidan men även när det gäller sjuksköterskor.\n\n"
    "Verksamhetens intäkter har minskat med 21 miljoner kronor jämfört med samma period 2018."
)


def test_figures_up_to_october_under_a_forecast_heading_are_of_those_months() -> None:
    # Region Jämtland Härjedalen's press release of 2019 (fresh, review15pd): the outcome of January to October
    got = emitted(JAMTLAND_2019)
    assert {
        ("resultat", "actual", -148.0, JAN_OCT_2019),
        ("kostnader_totalt", "change_pct", 2.1, JAN_OCT_2019),
        ("kostnader_totalt", "change_abs", 85.0, JAN_OCT_2019),
        ("personalkostnader", "change_pct", 2.0, JAN_OCT_2019),
        ("personalkostnader", "change_abs", 44.0, JAN_OCT_2019),
        ("lakemedel", "change_abs", 22.0, JAN_OCT_2019),
        ("inhyrd_personal_kostnad", "change_abs", -8.7, JAN_OCT_2019),
        ("intakter_totalt", "change_abs", -21.0, JAN_OCT_2019),
    } <= got
    assert not {f for f in got if f[3] != JAN_OCT_2019}


def test_a_sentence_going_on_from_counted_months_is_of_those_months() -> None:
    # Region Jämtland Härjedalen's press release of 2023 (tests/test_review_hr10_wrong_facts.py): the medicines'
    # change of the sentence after 'till och med februari' was the whole of 2023, the heading's forecast
    got = emitted(
        "Oroväckande helårsprognos\n\nOroväckande ekonomisk helårsprognos för 2023 i region Jämtland/Härjedalen.\n\n"
        "Bruttokostnaderna till och med februari var 66 miljoner kronor högre jämfört med föregående år vilket "
        "motsvarar 6,5 procent. Kostnaden för läkemedel har ökat med 11 miljoner kronor."
    )
    assert got == {
        ("kostnader_totalt", "change_abs", 66.0, JAN_FEB_2023),
        ("kostnader_totalt", "change_pct", 6.5, JAN_FEB_2023),
        ("lakemedel", "change_abs", 11.0, JAN_FEB_2023),
    }


Y2018 = (date(2018, 1, 1), date(2018, 12, 31))


def test_a_budget_beside_a_figure_of_the_whole_year_is_the_years() -> None:
    # Region Västernorrland, a news item of 2019 that also names January to April 2018 (fresh, review15wr): the
    # budgeted result, compared with the year's result, was dated January to April 2018
    got = emitted(
        "Regionens samlade resultat landade på 16 miljoner kronor 2018. Det är en försämring med 99 miljoner jämfört "
        "med 2017, och 59 miljoner lägre än det budgeterade resultatet på 75 miljoner kronor.\n\n"
        "Då hade specialistvårdens kostnader ökat med 107 miljoner kronor under perioden januari – april 2018 jämfört "
        "med samma period 2017."
    )
    assert ("resultat", "budget", 75.0, Y2018) in got
    assert not {f for f in got if f[1] == "budget" and f[3] != Y2018}


def test_a_budget_the_forecast_after_it_in_its_sentence_misses_is_the_years() -> None:
    # Region Skåne after the first quarter of 2018 (review12b): the budget the forecast will miss was dated January
    # to March
    got = emitted(
        "Den ekonomiska uppföljningen i Region Skåne efter första kvartalet 2018 uppvisar märkliga siffror.\n\n"
        "Å andra sidan: Läser man helårsprognoserna för 2018 ser det omedelbart mycket mörkare ut. I stället för att "
        "nå det budgeterade resultatet på 394,5 miljoner kronor, spås detta sluta på -892,2 miljoner."
    )
    assert ("resultat", "budget", 394.5, Y2018) in got
    assert not {f for f in got if f[1] == "budget" and f[3] != Y2018}
