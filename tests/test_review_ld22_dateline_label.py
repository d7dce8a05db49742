"""Review s22 (lead): a dateline's label is no org unit. uppsala_tidningsartikel_2020 (field corpus, dev, fresh this
stop) opens with 'Date: 19 januari, 2020', which FB22's rule reads as the text's own date; its label was also taken
as the colon name of the paragraph under it, so both its facts had the org unit 'Date'. Region Halland's press
release of 2022 (review OR14's strict xfail, 'Publicerad: 2022-10-12') is the second document: the words that label
a text's own date (seeds own_date_word: 'Date', 'Publicerad') name no unit after a colon, as a generic heading does
not. The excerpt is the document's first lines, verbatim; the facts are those the build publishes (tests.excerpts).
"""

from __future__ import annotations

from tests.excerpts import report_facts
from tests.review_cases import emitted_with_org

ARTICLE = (
    "# source: https://www.uppsalanytt.se/nyheter/akademiska-sjukhuset/sa-ska-akademiska-na-en-ekonomi-i-balans/\n"
    "Så ska Akademiska nå en ekonomi i balans\n\n{label}: 19 januari, 2020\n\n"
    "2019 gjorde Akademiska sjukhuset ett underskott på 527 miljoner. För att nå balans i ekonomin till 2022 "
    "sjösätts nu ett omfattade åtgärdspaket med omedelbar verkan."
)


def test_the_label_of_a_dateline_is_not_the_org_unit_of_the_paragraph_under_it():
    for label in ("Date", "Publicerad"):
        facts = report_facts(ARTICLE.format(label=label))
        assert [f["org_unit_name"] for f in facts if f["value"] == -527000.0] == ["Akademiska sjukhuset"], label


def test_a_colon_name_of_a_unit_still_names_the_unit():
    facts = emitted_with_org(
        "Delårsrapport 2020\n\nPsykiatri: verksamheten redovisar ett underskott på 12 miljoner kronor."
    )
    assert [f[0] for f in facts if f[3] == -12.0] == ["Psykiatri"]
