"""Review s10 (HR10e): real production and care-capacity text nobody tuned on (news on births in Stockholm 2017,
2019 and 2021, on summer-closed beds in Kalmar 2019, on the annual report of Gävleborg 2022, on emergency-department
waits in the whole country 2014, on beds at Karolinska 2021, in Västerbotten 2024 and in Norrbotten 2017, and two
monthly production and access reports of 2021, saved under /work/review10u/texts/), read by the reader and judged
by hand (/work/review10u/judgements.md); every clause it turned into a WRONG fact is a case.

Each case asserts precision only: every fact the reader emits from the clause must be one of the allowed readings
(a miss is fine; a wrong metric, measure, sign, period, value or org unit is not). The clauses are verbatim
(shortened to the sentences that matter) and read as the documents give them: no title is added. A case the reader
still gets wrong is a strict xfail (WRONG); a fixed one runs as a normal test (FIXED).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import NONE, cases, emitted

JAN2021 = (date(2021, 1, 1), date(2021, 1, 31))
APR2019 = (date(2019, 4, 1), date(2019, 4, 30))
Y2000 = (date(2000, 1, 1), date(2000, 12, 31))
Y2015 = (date(2015, 1, 1), date(2015, 12, 31))
Y2023 = (date(2023, 1, 1), date(2023, 12, 31))

# (text, allowed facts: (metric, measure, value, period)); the reader's wrong reading in the comment
WRONG: list[tuple[str, set[tuple]]] = [
    # the change in apposition (', en ökning med 1,3 procent') restates the change of the figure before it, the
    # visits of the whole country's emergency departments ('landets akutmottagningar'), which the reader refuses as
    # the country's; the change is left to the document's region and to all visits: today besok_totalt change_pct
    # 1.3 of the first half of 2014 (a candidate rule, refuse a change in apposition to a figure that was not
    # placed, changes nothing else in the dev documents, the samples or the earlier review texts: one text only)
    (
        "Sammanlagt hade landets akutmottagningar 1,22 miljoner besök det första halvåret 2014, en ökning med 1,3 "
        "procent sedan 2013.",
        set(),
    ),
    # a figure caption's year ('Figur 2 ... per hälsocentral, år 2020') dates that figure, not the report: the
    # change of 'samma period föregående år' is of the report's own period, which its title gives as '2021-01' (a
    # year and a month; read as no period today): today besok_totalt change_pct -23.4 of the whole of 2020 (the
    # document period is chosen in loaders/document.py, outside this review's files)
    (
        "Produktion och tillgänglighet 2021-01 Tillgänglighet\n\nFigur 2 Andel vårdkontakter med medicinsk "
        "bedömning inom 3 dagar per hälsocentral, år 2020\n\nTotala antalet besök har minskat med 23,4 procent "
        "jämfört med samma period föregående år.",
        {("besok_totalt", "change_pct", -23.4, NONE), ("besok_totalt", "change_pct", -23.4, JAN2021)},
    ),
    # a month opening the sentence ('I april') is the time of its whole main clause, also of the number after the
    # comma: April's bed count is not the figure of a whole year; today vardplatser actual 1235 of 2019 (the month
    # is looked for only in the number's own clause, 'hela 1235 stycken'). A candidate rule (prefix the opening
    # month to the own clause when that clause names no time) changes nothing in the dev documents, the samples or
    # the earlier review texts: one text only, kept as a case
    (
        "Årsredovisning 2019\n\nI april nådde antalet ordinarie vårdplatser vid Karolinska en rekordhög siffra, "
        "hela 1235 stycken.",
        {("vardplatser", "actual", 1235.0, APR2019)},
    ),
    # a year after 'sedan' ('ökat antalet vårdplatser sedan 2017') starts a span running to the time of writing:
    # it is not the report's period; today the April count is dated the whole of 2017 (the document period is
    # chosen in loaders/document.py, outside this review's files)
    (
        "Nya siffror visar att Karolinska Universitetssjukhuset är det enda av Sveriges sju universitetssjukhus som "
        "ökat antalet vårdplatser sedan 2017.\n\nI april nådde antalet ordinarie vårdplatser vid Karolinska en "
        "rekordhög siffra, hela 1235 stycken.",
        {("vardplatser", "actual", 1235.0, NONE)},
    ),
    # the number after 'mer än den nationella minskningen på' is the country's decrease the region's is set against
    # (and, like the 43 percent the reader refuses, one since 2008, not of the year): today vardplatser change_pct
    # -24 of 2023 given to the region (the 8,8 percent of 2023 is the region's and is missed)
    (
        "Under 2023 genomförde Region Västerbotten den största minskningen av vårdplatser i hela Sverige, med en "
        "neddragning på 8,8 procent.\n\nSedan 2008 har antalet vårdplatser i Västerbotten minskat med hela 43 "
        "procent, vilket är betydligt mer än den nationella minskningen på 24 procent.",
        {("vardplatser", "change_pct", -8.8, Y2023)},
    ),
]

FIXED: list[tuple[str, set[tuple]]] = [
    # two years in one run-on sentence: 'år 2015' right before the number dates it, not the year opening the
    # sentence (which the document period also takes); fixed on s11-pw11: 'i Norrbottens län' after the 1 140
    # is the whole region (WHOLE_ORG_AFTER_RE, county word), so the year opening the sentence dates it and the
    # 669 is no fact of 2000
    (
        "År 2000 fanns det 1 140 vårdplatser i Norrbottens län år 2015 hade det sjunkit till 669, enligt statistik "
        "från Sveriges Kommuner och Landsting (SKL).",
        {
            ("vardplatser", "actual", 1140.0, Y2000),
            ("vardplatser", "actual", 669.0, Y2015),
            ("vardplatser", "actual", 669.0, NONE),
        },
    ),
]

CASES = cases(WRONG, FIXED, "s10 (HR10e)")


@pytest.mark.parametrize("text,allowed", CASES)
def test_no_wrong_fact(text, allowed):
    assert emitted(text) <= allowed
