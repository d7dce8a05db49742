"""The scaffold the hand-review case files of the ninth stop share (tests/test_review_hr10*_wrong_facts.py): a clause
read as the document gives it (no title added, so a clause without a period of its own gives undated facts), the
facts it gives as (metric, measure, value, period), and the cases parametrized so that a wrong reading no rule fixes
yet is a strict xfail and a fixed one a normal test."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text

NONE = (None, None)  # no period: the clause dates nothing


def read(text: str):
    return extract_text("t.txt", (text + "\n").encode()).prose_facts


def emitted(text: str) -> set[tuple]:
    return {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in read(text)}


def cases(wrong: list[tuple], fixed: list[tuple], review: str) -> list:
    """pytest params of (text, ...) tuples: `wrong` as strict xfails, `fixed` as normal tests, ids the text's start."""
    xfail = pytest.mark.xfail(strict=True, reason=f"review {review}: the reader emits a wrong fact here")
    return [pytest.param(*c, marks=xfail, id=c[0][:60]) for c in wrong] + [
        pytest.param(*c, id=c[0][:60]) for c in fixed
    ]
