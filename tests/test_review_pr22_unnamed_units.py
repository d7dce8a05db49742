"""Review PR22 (stop 22, issue 14): a figure of units the text leaves unnamed is held, not given to a named unit.

Two dev documents gave the reader a wrong fact of one kind: the subject of the number's clause is units or
activities that a word leaves unnamed, and a verb of reporting follows; the reader gave the figure to the unit
named before it or to the report's own unit.

- ostergotland_pressmeddelande_2024: '... och berörda enheter redovisar ett överskott på 100 miljoner, vilket är i
  nivå med budget' was read as the result (100 mnkr) of Hälso- och sjukvården, named in the sentence before.
- kronoberg_bokslut_2012: 'Det innebär att den ordinarie verksamheten istället har ett resultat på minus 147
  miljoner kronor' (the result without one-off income) was read as Landstinget Kronoberg's result.

The qualifier and the unit noun are vocabulary (seeds/reader_words.csv unnamed_part_qualifier, unnamed_part_noun),
the verb a report_verb; the number stays in raw with the reason (loaders/prose.py UNNAMED_PART_SUBJECT_RE).
"""

from __future__ import annotations

from loaders.extract import extract_text

TITLE = "Bokslut 2024"
REASON = "units the text does not name, not of a unit it names"


def _read(text: str):
    return extract_text("t.txt", (TITLE + "\n\n" + text + "\n").encode())


def _held(text: str, number: str) -> list[str]:
    return [n.note for n in _read(text).numbers if n.text == number and n.disposition == "issue"]


def test_the_surplus_of_the_units_concerned_is_held():
    text = (
        "Hälso- och sjukvården visar ett resultat på minus 1 075 miljoner kronor. Arbetet med minskad "
        "administration har gett effekt och berörda enheter redovisar ett överskott på 100 miljoner, vilket är i "
        "nivå med budget."
    )
    result = _read(text)
    assert [(f.quote, f.org_unit) for f in result.prose_facts] == [("1 075", "Hälso- och sjukvården")]
    assert [n.note for n in result.numbers if n.text == "100"] == [f"the figure of 'berörda enheter', {REASON}"]


def test_the_result_of_the_ordinary_activities_is_held():
    text = (
        "I resultatet ingår engångsintäkter på 94 miljoner kronor. Det innebär att den ordinarie verksamheten "
        "istället har ett resultat på minus 147 miljoner kronor."
    )
    assert [f.quote for f in _read(text).prose_facts] == []
    assert _held(text, "147") == [f"the figure of 'den ordinarie verksamheten', {REASON}"]


def test_a_named_or_definite_unit_keeps_its_figure():
    assert [
        (f.metric_code, f.value)
        for f in _read("Verksamheten redovisar ett överskott på 20 miljoner kronor.").prose_facts
    ] == [("resultat", 20.0)]
    assert [
        (f.metric_code, f.value, f.org_unit)
        for f in _read("Hälso- och sjukvården redovisar ett överskott på 20 miljoner kronor.").prose_facts
    ] == [("resultat", 20.0, "Hälso- och sjukvården")]
