"""Review s14 (AN14): a number whose own clause names no metric but states a change, a deviation or a figure it is
compared with, and so takes the metric of the number or sentence before it (issue 14). The clauses are verbatim
(shortened to the sentences that matter) from the dev split of the field corpus, the annotated review texts of stop
12 (/work/review12{b,h,r}) and the fresh texts of this stop (/work/review14an/texts/, annotated before the reader
ran on them), read as the documents give them (no title added, so a clause without a period of its own gives
undated facts), with the facts they must give as (metric, measure, value, period). A miss no two-document rule fixes
yet is a strict xfail (MISSED); a fixed one runs as a normal test (FIXED).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.review_cases import cases, emitted

JAN_AUG_2017 = (date(2017, 1, 1), date(2017, 8, 31))
JAN_AUG_2023 = (date(2023, 1, 1), date(2023, 8, 31))

# (text, facts that must be among those emitted: (metric, measure, value, period))
FIXED: list[tuple[str, set[tuple]]] = [
    # 'motsvarande period' after a comparative is the same months a year before, as 'samma period' was: the
    # difference is the change of the figure before it. Sahlgrenska's Spanaren of September 2023 (review12b) and
    # Stockholms läns landsting's delårsrapport 2017 (review12r, where the figure before it is not read yet); was
    # 'a difference from another figure ('högre än beräknat'), not a level'
    (
        "Kostnaden för inhyrd personal uppgick under januari – augusti 2023 till 109 miljoner kronor, vilket är 6 "
        "miljoner kronor högre jämfört med motsvarande period föregående år.",
        {
            ("inhyrd_personal_kostnad", "actual", 109.0, JAN_AUG_2023),
            ("inhyrd_personal_kostnad", "change_abs", 6.0, JAN_AUG_2023),
        },
    ),
    (  # (under the report's title, which dates it; the text prints last year's figure in parentheses too)
        "Delårsrapport januari-augusti 2017\n\nVerksamhetens intäkter under perioden uppgick till 13 969 miljoner "
        "kronor vilket är 1,9 procent högre än motsvarande period 2016.",
        {("intakter_totalt", "actual", 13969.0, JAN_AUG_2017), ("intakter_totalt", "change_pct", 1.9, JAN_AUG_2017)},
    ),
]

MISSED: list[tuple[str, set[tuple]]] = []


@pytest.mark.parametrize(("text", "expected"), cases(MISSED, FIXED, "AN14"))
def test_review_an14_reading(text: str, expected: set[tuple]) -> None:
    assert expected <= emitted(text)
