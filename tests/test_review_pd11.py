"""Review PD11 (session 11): the period of a fact on fresh text. The period-wrong facts of review HR11
(/work/review11h/judged.csv) and 13 more texts annotated for it (/work/review11d: facts.csv, texts/) grouped by
mechanism; a mechanism at least two texts share is fixed here, and a fixed case runs as a normal test. The clauses
are verbatim (shortened to the sentences that matter) and read as the documents give them (no title added)."""

from __future__ import annotations

from datetime import date

from loaders.document import detect_period
from tests.review_cases import read

Y2022 = (date(2022, 1, 1), date(2022, 12, 31))


def periods(text: str) -> set[tuple]:
    return {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in read(text)}


# A date after a weekday or 'i dag' is the day of a meeting, never the end of the report's period: 'Under tisdagen
# den 31 januari fick regionstyrelsen en rapport ... för helåret 2022' (Region Jönköpings län's press release of
# 2023, review HR11: every fact dated January 2022) and 'I dag, den 31 oktober 2023, har regionstyrelsen haft
# sammanträde' (Region Gotland's decisions in brief of 2023, review GR11's texts: the document dated January-October)
def test_a_meeting_day_after_a_weekday_is_no_period_end():
    text = (
        "Region Jönköpings län har en stabil ekonomi och statsbidrag har täckt kostnader för provtagning, "
        "covid-vaccination och insatser för uppskjuten vård under 2022.\n\n"
        "Under tisdagen den 31 januari fick regionstyrelsen en rapport om det övergripande ekonomiska läget i Region "
        "Jönköpings län för helåret 2022.\n\nVerksamheten visar ett plusresultat på 1,037 miljarder kronor, vilket är "
        "482 miljoner kronor mer än budgeten."
    )
    assert detect_period(text.split("\n"))[:2] == Y2022
    assert {p for *_, p in periods(text)} == {Y2022}


def test_a_date_after_i_dag_is_no_period_end():
    lines = [
        "Publicerad 2023-10-31 15:28",
        "I dag, den 31 oktober 2023, har regionstyrelsen haft sammanträde. Mötet behandlade bland annat "
        "delårsrapport 2023/2, budget 2024-2025, Almedalsveckan.",
    ]
    assert detect_period(lines)[1] != date(2023, 10, 31)
