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


Y2018 = (date(2018, 1, 1), date(2018, 12, 31))

# A figure of the day of writing ('i dag', 'för närvarande') in a text on a year gone by (an annual report's) is not
# that year's: both were dated by the bokslut's year and are annotated undated.
# /work/review12b karolinska_lakartidningen_2019: 'i dag' in a news item on the bokslut for 2018
KAROLINSKA_I_DAG = (
    "Enligt Dagens Nyheter visar bokslutet för 2018 ett minusresultat på 822 miljoner kronor.\n\n"
    "Tidningen konstaterar att »Styrelsen har gått igenom alla funktioner och teman för att se över bemanningen och nu "
    "lagt ett sparprogram på 420 miljoner kronor, vilket betyder att 400 tjänster på årsbasis ska bort. Karolinska har "
    "i dag 16.000 anställda.«"
)
# /work/review12b karolinska_spanaren_2020: 'för närvarande' in one on the boksluten for 2019
KAROLINSKA_FOR_NARVARANDE = (
    "Karolinska Universitetssjukhuset, KU, i Solna gjorde en förlust 2019 på nästan två miljarder kronor "
    "( 1 867 miljoner kronor). Det framgår  av styrelsematerial som offentliggjorts hos sjukhuset.\n\n"
    "Samtliga landets universitetssjukhus redovisar därmed underskott i boksluten för 2019.\n\nKU har "
    "därmed det i särklass största underskottet av landets sju universitetssjukhus.\n\nKarolinska "
    "Universitetssjukhusets ledning anför ett antal kostnadsposter av engångskaraktär, som belastar "
    "resultatet.\n\nFrån verksamheterna rapporterades att antalet vårdplatser ökat och uppgår till ca 1100 "
    "och att det för närvarande inte finns några cancerköer. Akutmottagningarna däremot har långa "
    "väntetider och ledningen har uttalat ambitionen att korta väntan."
)


def test_a_figure_of_the_day_of_writing_is_not_the_annual_reports_year():
    facts = emitted(KAROLINSKA_I_DAG)
    assert ("resultat", "actual", -822.0, Y2018) in facts
    assert ("anstallda", "actual", 16000.0, NONE) in facts
    assert ("vardplatser", "actual", 1100.0, NONE) in emitted(KAROLINSKA_FOR_NARVARANDE)


def test_a_forecast_made_today_keeps_its_year():
    # (a forecast is made on the day of writing for the year; 'nu' alone is no day of writing: 'Nu blir resultatet
    # något sämre', review15pd jamtland_ltz_2019)
    text = "Bokslutet för 2018 visar ett överskott. Landstinget räknar i dag med ett överskott på 50 miljoner kronor."
    assert not any(f[3] == NONE for f in emitted(text))


def test_the_day_of_writing_of_another_clause_leaves_the_figure_its_year():
    # (the stop's review: 'i dag' anywhere in the sentence undated the result of the clause before it too)
    text = (
        "Årsredovisning 2018\n\nÅrets resultat blev ett överskott på 120 miljoner kronor, och i dag har regionen "
        "6 000 anställda."
    )
    facts = emitted(text)
    assert ("resultat", "actual", 120.0, Y2018) in facts
    assert ("anstallda", "actual", 6000.0, NONE) in facts
