"""Review PD18 (stop 18, issue 14): the period of a figure on unseen text. The clauses are verbatim (shortened to the
sentences that matter) and read as the documents give them (no title added): a text that does not give a figure's
period leaves it undated, and one that does gives that period."""

from __future__ import annotations

from datetime import date

from loaders.undated import title_line
from tests.review_cases import NONE, emitted

Y2003 = (date(2003, 1, 1), date(2003, 12, 31))
Y2016 = (date(2016, 1, 1), date(2016, 12, 31))

# A news item's title states the item's own figure: a year the text names only below it does not leave the title's
# figure undated as a fact page's standing figure above the year is. Both items were read as an undated 'resultat
# actual' for their title.
# /work/review16pt landsting_sr_2004_minus162: the title's figure is the preliminary bokslut's of 2003
MINUS_162 = (
    "# source: https://sverigesradio.se/sida/artikel.aspx?programid=160&artikel=359005\n"
    "Minus på 162 miljoner kronor för landstinget\n\n"
    "Det visar det preliminära bokslutet för 2003. Det är ändå bättre mot det förväntade underskottet på 195 miljoner "
    "kronor."
)
# /work/review18pd jonkoping_sr_2003 (a fresh text of this stop): the title's figure is the forecast the text states
# under it, one fact with it
UNDERSKOTT_235 = (
    "# source: https://sverigesradio.se/artikel/305039\n"
    "Underskott på 235 miljoner i landstinget\n\n"
    "Landstinget i Jönköpings län räknar med att underskottet för 2003 blir lika stort som förra året, ungefär 235 "
    "miljoner kronor."
)
# a fact page's standing figures above the first line naming its year stay undated (the rule the titles are kept out
# of): vgr_skaraborg_sjukhusfakta_2016 in the dev corpus, shortened
FACT_PAGE = (
    "Om Skaraborgs Sjukhus\n\n"
    "Skaraborgs Sjukhus har totalt 673 vårdplatser och omkring 4 400 anställda.\n\n"
    "Vid sjukhuset bedrivs även forskning, utvecklingsarbete och utbildning.\n\n"
    "Det här hände på SkaS 2016:"
)


def test_a_title_is_the_first_line_of_text_when_it_stands_alone():
    assert title_line(MINUS_162.split("\n")) == 2
    assert title_line(UNDERSKOTT_235.split("\n")) == 2
    # (a text that opens on a sentence has no title of its own)
    assert title_line(["# source: x", "Det visar det preliminära bokslutet för 2003.", ""]) is None


def test_a_titles_figure_takes_the_texts_period():
    facts = emitted(MINUS_162)
    assert ("resultat", "actual", -162.0, Y2003) in facts
    assert not any(f[2] == -162.0 and f[3] == NONE for f in facts)


def test_a_titles_figure_stated_again_below_is_that_statement():
    assert {f for f in emitted(UNDERSKOTT_235) if abs(f[2]) == 235.0} == {("resultat", "forecast", -235.0, Y2003)}


def test_a_fact_pages_standing_figures_above_the_year_stay_undated():
    facts = emitted(FACT_PAGE)
    assert ("vardplatser", "actual", 673.0, NONE) in facts
    assert not any(f[3] == Y2016 for f in facts)
