"""Review RF10a (session 10): facts on economy that fresh report text states and the reader missed.

The sentences are literal excerpts (a clause may be shortened) of the review texts in /work/review10a/texts and of
the session-9 review texts (/work/review9all/misses.csv); each case asserts the fact that must be read, and that
the reader emits nothing else for the sentence. Literal strings, no build.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract_text

TITLE = "Delårsrapport januari-augusti 2019"
CUR = (date(2019, 1, 1), date(2019, 8, 31))
YEAR = (date(2019, 1, 1), date(2019, 12, 31))


def emitted(text: str, title: str = TITLE) -> set[tuple]:
    found = extract_text("t.txt", (title + "\n\n" + text + "\n").encode()).prose_facts
    return {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in found}


CASES = [
    # a surplus or deficit named after the amount with 'i' is the result, its sign the word's
    # (Sveriges Radio on Landstinget Blekinge's accounts for 2004)
    ("Bokslutet för 2019 visar på 22,6 miljoner kronor i överskott.", {("resultat", "actual", 22.6, YEAR)}),
    # (Sveriges Radio on Västernorrland's hospitals 2007)
    ("Länssjukhuset i Sundsvall gick med 99 miljoner kronor i underskott.", {("resultat", "actual", -99.0, CUR)}),
    ("En ljusglimt är iallafall primärvården som gick med 6 miljoner i överskott.", {("resultat", "actual", 6.0, CUR)}),
    # (Region Jönköpings län on its accounts for 2022)
    (
        "När även kostnaden för värdeförändringen inkluderas hamnar det slutliga resultatet på 193 miljoner kronor i "
        "överskott.",
        {("resultat", "actual", 193.0, CUR)},
    ),
    # a budget in the clause keeps it a deviation; another item before it keeps its own metric
    ("Förvaltningen visar 12 mnkr i underskott mot budget.", {("resultat", "budget_deviation", -12.0, CUR)}),
]


@pytest.mark.parametrize(("text", "facts"), CASES, ids=[c[0][:50] for c in CASES])
def test_fresh_text_fact_is_read(text, facts):
    assert emitted(text) == facts
