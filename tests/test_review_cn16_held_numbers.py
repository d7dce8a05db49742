"""Review s16 (CN16): every number of a sentence leaves the reader as a fact or with a reason.

The sentence reader rejected numbers with a reason ("counts 'färre', not a metric of the sentence", "no metric
phrase fits a number in patienter") but kept the reason only when the sentence named a metric or the number was an
amount, share or time; a count in a sentence with no metric word, and a number of a sentence with no metric and none
carried from the sentence before, left no trace: the ledger (loaders/coverage.py) called them unexplained. Now each
is an unplaced_number issue with its reason. The clauses are verbatim excerpts of the documents named beside them.
"""

from __future__ import annotations

import pytest

from loaders.extract import extract_text


def dispositions(text: str) -> dict[str, tuple[str, str]]:
    """number as printed -> (disposition, note) of the coverage ledger, for the numbers of a clause."""
    ex = extract_text("t.txt", (text + "\n").encode())
    return {n.text: (n.disposition, n.note) for n in ex.numbers}


HELD = [
    # a count whose noun is no metric word ('110 färre'; review12b skas_slt_2020)
    ("Antalet nettoårsarbetare har under hösten i medeltal varit 110 färre än under hösten 2018.", "110"),
    # a count whose noun is a compound no alias finds (review15fs vgr_vardproduktion_2020)
    (
        "Den somatiska slutenvården hade 2011 nästan 235 000 sjukhusvårdstillfällen, år 2019 var produktionen drygt "
        "200 000 sjukhusvårdstillfällen.",
        "235 000",
    ),
    # patients counted in a sentence with no metric word (dev stockholm_sjukhusfakta_2016)
    (
        "Till Södersjukhuset kommer ungefär 130 000 patienter varje år för att få akut hjälp med alltifrån benbrott "
        "till hjärtinfarkt.",
        "130 000",
    ),
    # a head count narrowed by a restrictive clause after its phrase (vasterbotten_hsn_arsrapport_2023 of the samples;
    # the whole head count of dev ostergotland_hjartcentrum_arsredovisning_2004, 'Antal medarbetare på Hjärtcentrum var
    # vid årets slut 487', held here until IM18's alias, is read: tests/test_review_im18_implicit_metric.py)
    (
        "Antal medarbetare som gått katastrofmedicinsk utbildning är totalt 104 personer vara 54 st från det vi "
        "betecknar som traumavårdkedja.",
        "104",
    ),
]


@pytest.mark.parametrize("text,number", HELD, ids=[c[0][:50] for c in HELD])
def test_a_number_the_reader_does_not_place_is_held_with_its_reason(text: str, number: str) -> None:
    disposition, note = dispositions(text)[number]
    assert disposition == "issue", (disposition, note)
    assert note  # the reason the reader gave


def unplaced_issues(text: str) -> list[str]:
    ex = extract_text("t.txt", (text + "\n").encode())
    return [i.message for i in ex.issues if i.kind == "unplaced_number"]


PLACED_LATER = [
    # the sentence reader finds no metric phrase for the count; the count reader after it reads the staff: the
    # number is a fact, and no issue says it was left unplaced (dev jonkoping_regionfakta_2017,
    # dev stockholm_sjukhusfakta_2016)
    ("Vi har ungefär 10 100 medarbetare.", 10100.0),
    ("Vi är 4631 medarbetare.", 4631.0),
]


@pytest.mark.parametrize("text,value", PLACED_LATER, ids=[c[0][:50] for c in PLACED_LATER])
def test_a_number_a_later_reader_places_keeps_no_unplaced_issue(text: str, value: float) -> None:
    ex = extract_text("t.txt", (text + "\n").encode())
    assert [(f.metric_code, f.value) for f in ex.prose_facts] == [("anstallda", value)]
    assert unplaced_issues(text) == []
