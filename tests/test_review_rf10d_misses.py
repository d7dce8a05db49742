"""Review RF10d (session 10): facts that fresh local news on a region's health care states and the reader missed.

The sentences are literal excerpts (a clause may be shortened) of the review texts in /work/review10d/texts (local
radio and papers on hired staff, results and forecasts) and of the field corpus's dev documents; each case asserts
the fact that must be read, and that the reader emits nothing else for the sentence. Literal strings, no build.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import emitted_under

TITLE = "Delårsrapport januari-augusti 2019"
CUR = (date(2019, 1, 1), date(2019, 8, 31))
YEAR = (date(2019, 1, 1), date(2019, 12, 31))
LAST_YEAR = (date(2018, 1, 1), date(2018, 12, 31))
emitted = emitted_under(TITLE)


CASES = [
    # a holder coordinated after the first with 'och <unit> med' leaves out the verb and the sign word: it has the
    # deviation and the sign of the item before it (Region Kalmar län's interim report 2019 and the same sentence
    # form in a local paper on a later one)
    (
        "Hälso- och sjukvårdsförvaltningen under vilket de tre sjukhusen ligger beräknas förbruka 329 miljoner "
        "kronor mer än budget. Övriga vårdförvaltningar visar också underskott, primärvårdsförvaltningen med drygt "
        "42 miljoner och psykiatrin med 3,2 miljoner.",
        {
            ("resultat", "forecast_deviation", -329.0, YEAR),
            ("resultat", "forecast_deviation", -42.0, YEAR),
            ("resultat", "forecast_deviation", -3.2, YEAR),
        },
    ),
    # the same point of an earlier year after 'än' makes the difference a change (Sveriges Radio on Östergötland)
    (
        "Enligt landstingets delårsrapport gick sjukvårdens enheter minus 94 miljoner kronor, vilket är tio miljoner "
        "sämre än vid den här tiden förra året.",
        {("resultat", "actual", -94.0, CUR), ("resultat", "change_abs", -10.0, CUR)},
    ),
    # hiring care staff is the whole hired-staff cost; what 'kommer' the bill 'att bli' this year is a forecast
    # (Sveriges Radio on Västra Götaland's hired staff)
    (
        "Förra året kostade inhyrning av vårdpersonal 400 miljoner kronor och i år kommer notan att blir som mest "
        "250 miljoner.",
        {
            ("inhyrd_personal_kostnad", "actual", 400.0, LAST_YEAR),
            ("inhyrd_personal_kostnad", "forecast", 250.0, YEAR),
        },
    ),
]


@pytest.mark.parametrize(("text", "facts"), CASES, ids=[c[0][:50] for c in CASES])
def test_fresh_text_fact_is_read(text, facts):
    assert emitted(text) == facts


def test_last_year_between_the_comparative_and_than_is_the_changes_own_time():
    # (Sveriges Radio on Värmland's hired doctors: 'förra året' is the year of the change, 'året dessförinnan' the
    # year it is measured from)
    text = "Hyrläkarna kostade landstinget 18 miljoner kronor mer förra året än året dessförinnan."
    assert emitted(text) == {("inhyrd_personal_kostnad", "change_abs", 18.0, (date(2018, 1, 1), date(2018, 8, 31)))}
