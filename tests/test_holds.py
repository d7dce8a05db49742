"""benchmarks/holds.py: the yardstick of the guards counts what each holds back and which of those are facts."""

from benchmarks.holds import held_numbers, quote_holds_number, stable_reason, tally
from loaders.extract import extract_text

TEXT = (
    "Region Kalmar län\nDelårsrapport augusti 2015\n\n"
    "I resultatet ingår engångsintäkter på 94 miljoner kronor. "
    "Exklusive jämförelsestörande poster är resultatet 201 miljoner kronor. Resultatet är 250 miljoner kronor.\n"
)
ANNOTATIONS = [
    # (annotated here as if it were a fact: the counting is under test, not the guard)
    {"document": "t", "value": "94000", "source_quote": "ingår engångsintäkter på 94 miljoner kronor"},
    {"document": "t", "value": "250000", "source_quote": "Resultatet är 250 miljoner kronor"},
]


def test_held_numbers_and_the_facts_among_them():
    held = held_numbers("t", extract_text("t.txt", TEXT.encode()).numbers, ANNOTATIONS)
    by_text = {h.text: h for h in held}
    assert by_text["94"].reason.startswith("issue: a combined, extra or referenced amount")
    assert by_text["94"].annotation is ANNOTATIONS[0]
    assert by_text["201"].reason.startswith("issue: an adjusted figure")
    assert by_text["201"].annotation is None
    assert by_text["2015"].reason == "explained: year" and by_text["2015"].annotation is None
    assert "250" not in by_text  # read: no guard held it
    rows = {reason: counts for reason, *counts in tally(held, missed=[ANNOTATIONS[0]])}
    assert rows[by_text["94"].reason] == [1, 1, 1]
    assert rows[by_text["201"].reason] == [1, 0, 0]


def test_a_reason_is_the_template_its_message_was_made_from():
    message = "the number belongs to 'sjukhusen', another subject than resultat"
    assert stable_reason(message) == "the number belongs to '{}', another subject than {}"
    assert stable_reason("a daily average, not the period's total") == "a daily average, not the period's total"


def test_the_quote_must_hold_the_number_where_the_ledger_saw_it():
    context = "…visar ett resultat på [62] miljoner kronor för 2015, 72 miljoner sämre…"
    assert quote_holds_number("resultat på 62 miljoner kronor", "62", context)
    assert not quote_holds_number("med 62 procent", "62", context)  # the same digits elsewhere
    assert not quote_holds_number("resultat på 162 miljoner kronor", "62", context)
