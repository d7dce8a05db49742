"""Review s22 (FB22): a dateline with the comma of an English date ('Date: 19 januari, 2020', tests/field
uppsala_tidningsartikel_2020, a news page of 2020 on Akademiska sjukhuset; the dev corpus's
vgr_su_arsredovisning_2022 prints its date '13 februari, 2023' the same way) is the text's own date, as 'Publicerad
16 augusti 2023' is. It was not read: the text had no period, and the deficit of 2019 in the sentence under the
dateline was dated by the dateline's year, 2020."""

from __future__ import annotations

from datetime import date

from loaders.document import OWN_DATE_RE, detect_period
from tests.review_cases import emitted

LINES = [
    "Så ska Akademiska nå en ekonomi i balans",
    "",
    "Date: 19 januari, 2020",
    "",
    "2019 gjorde Akademiska sjukhuset ett underskott på 527 miljoner. För att nå balans i ekonomin till 2022 sjösätts "
    "nu ett omfattade åtgärdspaket med omedelbar verkan. Åtgärderna innebär minskande kostnader för hyrpersonal men "
    "också personalminskningar. Anställningsstopp införs för läkare, handläggare och administrativ personal. Kostnader "
    "för resor och utbildningar ska halveras och köpt vård ska ligga kvar på 2019 års nivå under hela perioden "
    "2020-2022.",
    "",
    "Enligt ett tidigare beslut i sjukhusstyrelsen ska sjukhusets underskott minska från minus 527 miljoner i fjol "
    "till minus 204 miljoner i år. Det sjukhusdirektörsbeslut som togs 15 januari omfattar ett flertal åtgärder för "
    "att uppnå en ekonomi i balans, vilka sammanfattas nedan.",
]


def test_a_dateline_with_a_comma_is_the_texts_own_date():
    assert OWN_DATE_RE.search("Date: 19 januari, 2020").group(2) == "2020"
    assert OWN_DATE_RE.search("Publicerad 16 augusti 2023").group(2) == "2023"
    start, end, evidence = detect_period(LINES)
    assert (start, end) == (date(2020, 1, 1), date(2020, 12, 31))
    assert "19 januari, 2020" in evidence


def test_the_year_a_sentence_opens_with_dates_its_figure_under_a_dateline():
    assert emitted("\n".join(LINES)) == {("resultat", "actual", -527.0, (date(2019, 1, 1), date(2019, 12, 31)))}
