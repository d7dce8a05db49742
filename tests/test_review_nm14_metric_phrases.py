"""Review s14 (NM14): numbers held back as 'no metric phrase fits a number in {} ({})' (loaders/prose.py _metric_of)
although the text names the metric in a form the aliases did not reach. `make holds --list 'no metric phrase fits'`
lists them on dev and on the annotated review texts. Each case is a verbatim clause of a real text, read as the
document gives it; FIXED a reading a seed now gives, WRONG a held fact no two-document rule reaches yet (strict xfail).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import cases, emitted

Y2012 = (date(2012, 1, 1), date(2012, 12, 31))
Y2015 = (date(2015, 1, 1), date(2015, 12, 31))
Y2017 = (date(2017, 1, 1), date(2017, 12, 31))

# (text, the facts it gives)
FIXED: list[tuple[str, set[tuple]]] = [
    # the verb 'investera' names the investments in its supine as in its past ('investerade', dev
    # skane_bokslutsrapport_2019 and blekinge_pressmeddelande_2022_2): kalmar_press_2018 of review 14an
    (
        "Landstinget har investerat för 373 miljoner under 2017.",
        {("investeringar", "actual", 373.0, Y2017)},
    ),
]

FIXED += [
    # 'N bättre än beräknat' compares with what was expected (halland_press_2013 of review 12b); as budget words
    # everywhere 'beräknat' and 'väntat' made two wrong ('underskottet blev åtta miljoner större än beräknat',
    # gotland_sr_554529 of review 12h; a headline 'resultat ... bättre än väntat', dalarna_mynewsdesk_2024), so IM17
    # reads them so only where the clause's subject is the economy itself: a 'Det var' right after the outcome, or
    # an impersonal 'har det gått' (jamtland_lakartidningen_2019 of review 16nw; tests/test_review_im17_*)
    (
        "Region Halland 2012. Ekonomiskt slutade 2012 med ett överskott på 85 miljoner kronor. Det var 116 miljoner "
        "kronor bättre än beräknat.",
        {("resultat", "actual", 85.0, Y2012), ("resultat", "budget_deviation", 116.0, Y2012)},
    ),
]

WRONG: list[tuple[str, set[tuple]]] = [
    # a compound whose head is 'nivå' names the level of its metric ('Investeringsnivån'); dalarna_delarsrapport_2015
    # of review 12r is the only text with a number to it ('kostnadsnivån' of kalmar_prognos_2024 and su_spanaren
    # has none), so the head waits for a second document
    (
        "Landstinget Dalarna 2015. Investeringsnivån prognostiseras bli cirka 260 mkr lägre än budget.",
        {("investeringar", "forecast_deviation", 260.0, Y2015)},
    ),
]


@pytest.mark.parametrize(("text", "facts"), cases(WRONG, FIXED, "NM14"))
def test_metric_phrase_cases(text, facts):
    assert emitted(text) == facts
