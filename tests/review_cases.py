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


def emitted_with_org(text: str) -> set[tuple]:
    """The facts as (org unit, metric, measure, value, period): for the cases that judge the org unit too."""
    return {(f.org_unit, f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in read(text)}


def emitted_under(title: str):
    """emitted() of a clause read under a title line, as the review files of stops 8 and 10 read theirs (the title
    dates a clause with no period of its own); the function takes another title as its second argument."""

    def emitted_titled(text: str, other_title: str = title) -> set[tuple]:
        return emitted(other_title + "\n\n" + text)

    return emitted_titled


def cases(wrong: list[tuple], fixed: list[tuple], review: str) -> list:
    """pytest params of (text, ...) tuples: `wrong` as strict xfails, `fixed` as normal tests, ids the text's start."""
    xfail = pytest.mark.xfail(strict=True, reason=f"review {review}: the reader emits a wrong fact here")
    return [pytest.param(*c, marks=xfail, id=c[0][:60]) for c in wrong] + [
        pytest.param(*c, id=c[0][:60]) for c in fixed
    ]
