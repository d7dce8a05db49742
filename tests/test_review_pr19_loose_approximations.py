"""Review PR19 (stop 19, issue 14): precision on unseen text by kind of reading.

Every fact the reader emitted from dev and the 23 review folders was scored right or wrong and grouped by what the
loader records about its reading (period evidence, sign word, label, approximation, org unit, unit); so were the
facts the reader of each folder's own stop emitted before it was tuned on that folder (the reader blind to it).
One kind was wrong in every case, blind and now: an approximate amount of money placed on the report's own unit,
with no year, months or exact figure of its sentence, dated only by the report's period (7 readings of 7 texts, 0
right; an approximate amount with a unit, a period or an exact figure of its own: 24 of 25 right on dev and the
folders). It is held back: the number stays in raw with the reason, and no fact is emitted.

Literal excerpts of the review texts, read under a title that dates them, each asserting that no fact of the number
is emitted and that its hold's reason stands in raw; and the same kind of figure with an anchor of its own, read.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract_text

REASON = "an approximate amount with no unit, period or exact figure of its own"
# the sentences are read under a title that dates the text, as the review files of earlier stops read theirs
# (tests/review_cases.emitted_under): the figure would take the title's period
TITLE = "Delårsrapport januari-augusti 2019"

HELD = [
    # Läkartidningen on Landstinget Blekinge, February 2018 (review18im): the forecast's deviation, read as the
    # result's budget deviation
    ("Men för närvarande beräknas resultatet i stället bli närmare 70 miljoner kronor sämre än budget.", "70"),
    # Dagens Vimmerby on Region Kalmar län, March 2024 (review14rs): a change over the whole year before, dated to
    # the report's two months
    (
        "En annan kännbar faktor är att regionens pensionskostnader ökat med ytterligare omkring 200 miljoner kronor "
        "från förra årets redan höga nivå.",
        "200",
    ),
    # Läkartidningen on Region Östergötland and Region Sörmland, May 2023 (review15pd): Sörmland's forecast
    # deviation of staff costs, read as the first quarter's budget deviation
    (
        "Bland orsakerna finns inflation, ökade personalkostnader med nästan 600 miljoner kronor jämfört med budget "
        "samt ökade kostnader för utomlänsvård.",
        "600",
    ),
    # Dagens Vimmerby on Region Kalmar län, November 2025 (review12h): the interim report's forecast, stated exactly
    # in the next paragraph (352,3), read as the outcome to August
    ("Delårsrapporten visar ett plus på drygt 350 miljoner kronor.", "350"),
    # Läkartidningen on Karolinska Universitetssjukhuset, 2019 (review12b): a cost above what was reckoned, read as
    # the year's whole pension cost
    (
        "Tidningen skriver vidare att »sjukhuset exempelvis fått en större kostnad för pensionsavsättningar än "
        "beräknat, med drygt 200 miljoner«.",
        "200",
    ),
]


def _read(text: str, title: str = TITLE):
    return extract_text("t.txt", (title + "\n\n" + text + "\n").encode())


@pytest.mark.parametrize(("text", "number"), HELD, ids=[t[:40] for t, _ in HELD])
def test_loose_approximate_amount_is_held_with_its_reason(text, number):
    e = _read(text)
    assert e.document.period_end is not None  # the text has a period: the figure would take it
    assert not [f for f in e.prose_facts if f.quote == number]
    held = [i for i in e.issues if i.kind == "unplaced_number" and REASON in i.message]
    assert held and any(number in i.text for i in held)


KEPT = [
    # the same kind of figure with a year of its own (Jönköpings läns landsting's press release of 2007 on its
    # accounts, review12h; read under an annual report's title of that year)
    (
        "Årsredovisning 2006",
        "Verksamhetens nettokostnad för 2006 hamnar på cirka 6,5 miljarder kronor.",
        ("nettokostnad", "actual", 6.5, date(2006, 1, 1), date(2006, 12, 31)),
    ),
    # ... read from an exact figure before it in its sentence (Region Östergötland's press release on 2016, dev)
    (
        TITLE,
        "Det finansiella nettot blev 256 miljoner kronor, vilket är cirka 51 miljoner kronor högre än budgeterat.",
        ("finansnetto", "budget_deviation", 51.0, date(2019, 1, 1), date(2019, 8, 31)),
    ),
    # ... of a unit the sentence names (Region Sörmland's press release on 2018, dev)
    (
        TITLE,
        "Regionens primärvård visar ett överskott på cirka 10 miljoner kronor.",
        ("resultat", "actual", 10.0, date(2019, 1, 1), date(2019, 8, 31)),
    ),
    # ... and an exact amount in the held sentence's place is read (no approximation word)
    (
        TITLE,
        "Delårsrapporten visar ett plus på 352 miljoner kronor.",
        ("resultat", "actual", 352.0, date(2019, 1, 1), date(2019, 8, 31)),
    ),
]


@pytest.mark.parametrize(("title", "text", "fact"), KEPT, ids=[t[:40] for _, t, _ in KEPT])
def test_approximate_amount_with_its_own_anchor_is_read(title, text, fact):
    e = _read(text, title)
    assert not [i for i in e.issues if REASON in i.message]
    assert fact in {(f.metric_code, f.measure, f.value, f.period_start, f.period_end) for f in e.prose_facts}
