"""Review s20 (RV20): a regression of the stop's merged reader, guarded. Commit 9ca0bd4 took a first line that holds a
sentence's stop (SENTENCE_TITLE_RE) for the text's first sentence, no title ('Samtliga universitetssjukhus i landet
uppvisar minusresultat i mångmiljonklassen under 2006.', Läkartidningen of February 2007, review 18wv), so that its
'Förra året' is not counted from the year the line names. A report's title holds a stop too, an abbreviation's or one
between its parts ('Årsredovisning 2019 inkl. bokslut ...'), and the text's period was read from that very line: its
'Föregående år' went to the report's own year, beside the report's own figure of that year. A line the period was
read from (the period evidence 'L1: Årsredovisning 2019') is the report's title. No text of the corpus has such a title
over a 'föregående år': the titles are made for the case, the sentences after them in the wording of the samples;
each asserts the reading the reader gave before that commit."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract_text

Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
BODY = "\n\nResultatet blev 50 miljoner kronor. {} var resultatet minus 20 miljoner kronor.\n"


def facts(text: str) -> set[tuple]:
    return {
        (f.metric_code, f.measure, f.value, (f.period_start, f.period_end))
        for f in extract_text("t.txt", text.encode()).prose_facts
    }


@pytest.mark.parametrize(
    "title",
    [
        "Årsredovisning 2019 inkl. bokslut för Region Kronoberg",  # an abbreviation's stop
        "Verksamhetsberättelse 2019 Hälso- och sjukvårdsnämnden, Region Kronoberg. Dnr 2020/15",  # parts set apart
        "Årsredovisning 2019 för Region Kronoberg",  # no stop: the reading the two above must give
    ],
)
@pytest.mark.parametrize("last_year", ["Föregående år", "Förra året"])
def test_last_year_of_a_report_whose_title_holds_a_stop_is_the_year_before_its_own(title, last_year):
    read = facts(title + BODY.format(last_year))
    assert ("resultat", "actual", -20.0, Y2018) in read
    assert ("resultat", "actual", -20.0, Y2019) not in read
