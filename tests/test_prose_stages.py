"""The sentence reader's stages one by one (loaders/prose.py sentence_facts): gates and unit, measure,
metric, its corrections, sign, period, org unit. Literal sentences; each test shows what one stage decides
and that a later stage can still correct it."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import _lexicon
from loaders.prose import (
    _corrected_metric,
    _Ctx,
    _half_unit,
    _measure_of,
    _metric_of,
    _org_of_number,
    _period_of_number,
    _prepared_lexicon,
    _reject_misread,
    _Rejected,
    _signed_value,
    _unit_family,
    number_at,
    scan_of,
    with_sign_of_its_parts,
)
from loaders.records import ProseFact
from loaders.sentences import lines_to_sentences
from tests.test_prose import doc

LEX, RX = _prepared_lexicon(_lexicon())
T1_2024 = doc(date(2024, 1, 1), date(2024, 4, 30))  # a first tertial's report (tests/test_prose.py)


def stages(text: str, k: int = 0) -> dict:
    """What each stage makes of the k-th number of the sentence, up to the stage that rejects it."""
    s = scan_of(lines_to_sentences([text])[0], T1_2024, LEX, RX, _Ctx())
    at = number_at(s, k, s.nums[k - 1].unit_end if k else 0)
    out: dict = {}
    try:
        out["family"], list_kind = _unit_family(s, at)
        m = _measure_of(s, at, out["family"], list_kind)
        out["measure"] = m.measure
        pick = _metric_of(s, at, out["family"], m)
        out["metric"] = (pick.metric, pick.measure)
        pick = _reject_misread(s, at, out["family"], _corrected_metric(s, at, out["family"], m, pick))
        out["corrected"] = (pick.metric, pick.measure)
        out["value"], _ = _signed_value(s, at, pick)
        out["period"] = _period_of_number(s, at, m, pick)[:2]
        out["org"], _ = _org_of_number(s, at, pick)
    except _Rejected as rejected:
        out["rejected"] = rejected.why
    return out


def test_the_unit_stage_rejects_amounts_in_kronor():
    assert stages("Besöket kostar 350 kronor i patientavgift.") == {
        "rejected": "amount in kronor (not tkr/mnkr): unit too uncertain"
    }


def test_the_measure_stage_reads_change_words_and_the_metric_stage_keeps_them():
    got = stages("Nettokostnaden har ökat med 4,2 procent.")
    assert got["family"] == "pct" and got["measure"] == "change_pct"
    assert got["corrected"] == ("nettokostnad", "change_pct") and got["value"] == 4.2
    assert got["period"] == (date(2024, 1, 1), date(2024, 4, 30))


def test_a_surplus_is_a_deviation_to_the_measure_stage_until_the_metric_says_it_is_the_result():
    got = stages("Resultatet visar ett överskott på 39 mkr.")
    assert got["measure"] == "budget_deviation" and got["metric"] == ("resultat", "budget_deviation")
    assert got["corrected"] == ("resultat", "actual") and got["value"] == 39


def test_a_full_year_forecast_of_a_deficit_is_negative_and_covers_the_year():
    got = stages("Prognosen för helåret är ett underskott på 90 mkr.")
    assert got["corrected"] == ("resultat", "forecast") and got["value"] == -90
    assert got["period"] == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    "text, why",
    [
        ("Personalkostnaderna, varav 12 mnkr avser övertid, ökade.", "a 'varav' part whose own label is not a metric"),
        (
            "Kostnaden för läkemedel och för hjälpmedel uppgick tillsammans till 80 mkr.",
            "a combined, extra or referenced amount (tillsammans/merkostnad/ingår/den siffran)",
        ),
    ],
)
def test_the_metric_stages_reject_parts_and_combined_amounts(text, why):
    assert stages(text)["rejected"] == why


def test_the_org_stage_takes_the_unit_that_is_the_subject_of_the_clause():
    got = stages("VO Barn har ökat sina vårdtillfällen med 8,8 procent.")
    assert got["corrected"] == ("vardtillfallen", "change_pct") and got["org"] == "VO Barn"


def test_a_signed_cost_item_is_a_deviation_from_budget():
    got = stages("Personalkostnader -17,5 mnkr.")
    assert got["measure"] == "actual" and got["corrected"] == ("personalkostnader", "budget_deviation")
    assert got["value"] == -17.5  # in the unit printed (mnkr); dbt scales it to tkr


def _deviation(metric: str, value: float, quote: str) -> ProseFact:
    return ProseFact(
        report_file="t.txt",
        line=1,
        sentence="",
        quote=quote,
        label=metric,
        metric_code=metric,
        measure="budget_deviation",
        value=value,
        unit_raw="mkr",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 4, 30),
        org_unit="",
        is_approximate=False,
    )


def test_an_unsigned_deviation_takes_the_sign_of_its_parts_only_when_they_add_up_to_it():
    whole = _deviation("nettokostnad", 10.9, "10,9")
    assert _half_unit("10,9") == pytest.approx(0.05) and _half_unit("212") == 0.5
    revenue, costs = _deviation("intakter_totalt", 16.1, "16,1"), _deviation("kostnader_totalt", -26.9, "26,9")
    signed = with_sign_of_its_parts(whole, [revenue, costs])
    assert signed is not None and signed.value == -10.9 and signed.sign_word == "(the sum of its parts)"
    # one part is no split; parts of another measure, or that do not add up within their rounding, give no sign
    assert with_sign_of_its_parts(whole, [costs]) is None
    assert with_sign_of_its_parts(whole, [revenue, _deviation("kostnader_totalt", -28.0, "28,0")]) is None
    other = [revenue, ProseFact(**{**vars(costs), "measure": "actual"})]
    assert with_sign_of_its_parts(whole, other) is None
