"""Review PD17 (stop 17, issue 14): the period of a figure on unseen text. The clauses are verbatim (shortened to the
sentences that matter) and read as the documents give them (no title added): a text that does not give a figure's
period leaves it undated, and one that does gives that period."""

from __future__ import annotations

from loaders.document import detect_period
from tests.review_cases import NONE, emitted

# Months named without a year ('till och med november', 'månadsrapport för oktober') take the year the text names;
# a year the text names only as the time of something else is none of theirs: 'redan 2017' (already then), 'sedan
# 2014' (since then), 'för åren 2007 och 2008' (several years, each of the list). Both texts were dated by that
# year before; the annotation leaves their figures undated (neither text names the year of its months).
# /work/review12b smalanningen_kronoberg: a preliminary result 'fram till och med november' of no year
SMALANNINGEN = (
    'Det finns dock några "negativa budgetavvikelser" som gäller främst kostnader för hyrpersonal på 131 miljoner '
    "samt köpt vård på 22 miljoner.\n\n"
    "Smålänningen har tidigare berättat om hur Region Kronoberg sedan september försökt få ner kostnader för "
    "hyrläkare, de dessa redan 2017 kostade 115 miljoner kronor mer än vad anställda sjuksköterskor och läkare skulle "
    "ha kostat.\n\n"
    "Fram till och med november har Region Kronoberg nyanställt och återanställt fler sjuksköterskor än under samma "
    "period förra året."
)
# /work/review15wr stockholm_mitti_oktober: the landsting's monthly report 'för oktober' and AFA's premiums 'för åren
# 2007 och 2008'
MITTI = (
    "Bra ekonomi i landstinget\n\n"
    "LÄNET Det blev ett fortsatt positivt resultat i landstingets månadsrapport för oktober. I prognosen för hela "
    "året räknas med ett större överskott än budgeterat, prognosen nu är plus 1 058 miljoner kronor.\n\n"
    "Det är 881 miljoner mer än beräknat. Det beror bland annat på att AFA-Försäkring beslutat att återbetala 560 "
    "miljoner kronor i premier för åren 2007 och 2008."
)


def test_a_year_of_another_time_does_not_date_the_months():
    assert detect_period(SMALANNINGEN.split("\n")) == (None, None, "")
    assert detect_period(MITTI.split("\n")) == (None, None, "")


def test_figures_of_months_with_no_year_stay_undated():
    assert emitted(SMALANNINGEN) == {
        ("inhyrd_personal_kostnad", "budget_deviation", -131.0, NONE),
        ("kopt_vard", "budget_deviation", -22.0, NONE),
    }
    assert ("resultat", "forecast", 1058.0, NONE) in emitted(MITTI)
