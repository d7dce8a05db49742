"""Review s10 (HR10b): real text on staff, worked time and production nobody tuned on (news, press releases and
report excerpts of 2013-2024 on sick leave, overtime, hired staff, births, bed occupancy, operations and emergency
visits, from Stockholm, Skåne, Halland, Norrbotten and national summaries of SKR, Socialstyrelsen and SPOR, saved
under /work/review10q/texts/), read by the reader and judged by hand (/work/review10q/judgements.md); every clause
it turned into a WRONG fact is a case.

Each case asserts precision only: every fact the reader emits from the clause must be one of the allowed readings
(a miss is fine; a wrong metric, measure, sign, period, value or unit is not). The clauses are verbatim (shortened
to the sentences that matter) and read as the documents give them: no title is added, so a text without a period
of its own gives undated facts. A case the reader still gets wrong is a strict xfail (WRONG); a fixed one runs as a
normal test (FIXED).
"""

from __future__ import annotations

import pytest

from tests.review_cases import NONE, cases, emitted

# (text, allowed facts: (metric, measure, value, period)); the reader's wrong reading in the comment
WRONG: list[tuple[str, set[tuple]]] = []


# A case the reader gets right now is listed in FIXED (no mark); the wrong reading before the fix in the comment
FIXED: list[tuple[str, set[tuple]]] = [
    # a sanction fee for illegal overtime, no cost of overtime: was overtid_kostnad actual 2 (mnkr); the size of
    # 'en sanktionsavgift på' (INDEFINITE_SIZE_BEFORE_RE)
    (
        "Skånes universitetssjukhus (SUS) står för en stor del av den olagliga övertiden och har fått en "
        "sanktionsavgift på drygt två miljoner kronor.",
        set(),
    ),
    # the country's nurses' overtime, and a bound ('över 900'): was overtid_kostnad actual 900
    # (COUNTRY_OWNED_NOUN_RE; the bound after 'till' is left alone: 'räknar man med över 1 600' is read as a
    # forecast, tests/test_review_rf10f_misses.py)
    (
        "2,7 miljoner timmar. Så mycket övertid jobbade landets sjuksköterskor förra året, visar Vårdfokus granskning. "
        "Kostnaden för övertiden uppgår till över 900 miljoner kronor och övertidsarbetet motsvarar 1 523 "
        "helårsanställda sjuksköterskor, enligt tidningen.",
        set(),
    ),
    # 'från drygt 26 000 i februari ... till 108 000': February's level, no change: was distansbesok change_abs
    # 26 000 (FROM_TO_RE takes an approximation word)
    (
        "Antalet distansbesök ökade från drygt 26 000 i februari i år till 108 000 i april.",
        {("distansbesok", "actual", 108000.0, NONE)},
    ),
    # the change of relocations per hundred beds, no change of the beds: was vardplatser change_pct 7 (a rate's
    # denominator after 'per hundra disponibla')
    (
        "För riket som helhet är siffran 1,5 utlokaliseringar per hundra disponibla vårdplatser, vilket är en ökning "
        "med cirka 7 procent från året innan.",
        set(),
    ),
    # over-occupancy per 100 beds, the country's: was vardplatser actual 5,2 (and the region named later as its org)
    (
        "Men på fem år har överbeläggningarna i ett nationellt genomsnitt nära nog fördubblats; från 2,7 per 100 "
        "vårdplatser, till 5,2.",
        set(),
    ),
    # the country's over-occupancy, a bound ('med över 25 procent'): was vardplatser change_pct 25 (and Sörmland,
    # named later, as its region); refused by the denominator rule
    (
        "Genomsnittet för hela riket har det senaste året ökat från tre till fyra patienters överbeläggning per 100 "
        "tillgängliga vårdplatser, vilket innebär en ökad överbeläggning med över 25 procent.",
        set(),
    ),
    # the acute part of the operations, in the country: was operationer change_pct -7 and change_abs -5 000 (of
    # 2019, a year the text names only to compare with)
    (
        "Även antalet akuta operationer minskade under perioden i år jämfört med i fjol – med 7 procent, det vill "
        "säga drygt 5 000 operationer.",
        set(),
    ),
    # visits to the country's emergency departments: was besok_totalt actual 1 822 244 and change_pct 2 of 2023,
    # given to Region Stockholm (named two lines later)
    (
        "Antalet besök på landets akutmottagningar ökade under förra året. År 2023 gjordes 1 822 244 besök, vilket är "
        "en ökning med 2 procent jämfört med 2022.",
        set(),
    ),
]

CASES = cases(WRONG, FIXED, "s10 (HR10b)")


@pytest.mark.parametrize("text,allowed", CASES)
def test_no_wrong_fact(text, allowed):
    assert emitted(text) <= allowed
