"""The field corpus (tests/field/) is a yardstick only while its annotations hold: each quote is text of its
document, each code a metric of the seeds in its domain, each split the hash rule of the README."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from benchmarks.field import FIELD, match, read_annotations
from benchmarks.flattened import GOLD_KEY, flattened_pages

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"tkr", "pct", "count", "fte", "hours", "days"}


def test_every_annotation_quotes_its_text_names_a_seeded_metric_and_follows_the_split_rule():
    with (ROOT / "seeds" / "metrics.csv").open(encoding="utf-8", newline="") as fh:
        domain_of = {r["metric_code"]: r["domain"] for r in csv.DictReader(fh)}
    rows = read_annotations()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (FIELD / "texts").glob("*.txt")}
    bad = []
    for r in rows:
        doc = r["document"]
        want = "test" if int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 3 == 0 else "dev"
        if doc not in texts or r["source_quote"] not in texts[doc]:
            bad.append(f"{doc}: quote {r['source_quote']!r} is not in the text")
        if domain_of.get(r["metric_code"]) != r["domain"]:
            bad.append(f"{doc}: {r['metric_code']} is no {r['domain']} metric of seeds/metrics.csv")
        if r["split"] != want or r["unit"] not in UNITS:
            bad.append(f"{doc}: split {r['split']!r} (the rule says {want}), unit {r['unit']!r}")
        float(r["value"])
    assert bad == [], "\n".join(bad[:20])
    assert all(t.startswith("# source: ") for t in texts.values())
    assert len(texts) >= 30 and len(rows) >= 400


def test_an_emitted_fact_answers_one_annotation_with_its_key_and_a_close_value():
    ann = [
        {
            "document": "d",
            "metric_code": "resultat",
            "measure": "actual",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "value": "-39000",
            "unit": "tkr",
        },
    ] * 2
    emitted = [dict(ann[0], value=-39000.4), dict(ann[0], value=-39000.0, measure="budget_deviation")]
    found, missed, wrong = match(ann, emitted)
    assert (len(found), len(missed), len(wrong)) == (1, 1, 1)
    assert wrong[0]["measure"] == "budget_deviation"


def test_a_gold_fact_of_a_breakdown_is_not_answered_by_the_total():
    gold = {"document": "d", "metric_code": "lakarbesok", "measure": "actual", "period_start": "2024-01-01"}
    gold |= {"period_end": "2024-04-30", "value": "100", "unit": "count", "breakdown": "women"}
    found, missed, wrong = match([gold], [dict(gold, breakdown="")], GOLD_KEY)
    assert (len(found), len(missed), len(wrong)) == (0, 1, 1)
    assert len(match([gold], [dict(gold)], GOLD_KEY)[0]) == 1


def test_flattened_pages_join_each_page_into_one_line_and_keep_the_source_line():
    text = "# source: https://example.se/a\n" + "\n".join(f"rad {i}   {i} 000" if i % 4 else "" for i in range(1, 8))
    assert flattened_pages(text, page_lines=3).splitlines() == [
        "# source: https://example.se/a",
        "rad 1   1 000 rad 2   2 000 rad 3   3 000",
        "rad 5   5 000 rad 6   6 000",
        "rad 7   7 000",
    ]
