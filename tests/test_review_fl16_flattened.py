"""Stop 16 (FL16, issue 14): pages flattened onto one line. Each excerpt is a piece of a field dev text as
benchmarks/flattened.py flattens it (50 lines joined by single spaces), named in its comment; the facts asserted are
the ones the line-broken text gives."""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text
from loaders.reflow import split_flattened


def facts(text: str) -> set[tuple]:
    read = extract_text("t.txt", (text + "\n").encode())
    return {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in read.prose_facts}


# field dev halland_manadsrapport_2017, page 1 flattened (its opening shortened): the page mark '2 2(15)' of the next
# page ran into the sentence that ends the page, with the heading and caption after it; that sentence read no figure
HALLAND_2017 = (
    "Månadsrapport januari september 2017 Region Halland: januari september 2017 Sammanfattning Regionens "
    "ackumulerade resultat efter september uppgår till 139 mnkr, vilket är 64 mnkr bättre än budgeten för motsvarande "
    "period. Ett negativt balanskravsresultat ska återställas inom tre år enligt kommunallagen års "
    "balanskravsresultat uppgick till -29,4 mnkr och har återställts i och med 2016 års balanskravsresultat (31 mnkr). "
    "Årets prognostiserade balanskravsresultat efter september uppgår till -17 mnkr. 2 2(15) Historik "
    "RESULTATUTVECKLING (mnkr) Snitt 5 år Sum 5 år"
)

# field dev vgr_hsn_dalsland_delarsrapport_2014, page 1 flattened (shortened): a web copy's pages, each opened by
# its mark ('1 1 (1) Datum ...', '3 1 (1) Tjänsteutlåtande ...'), run together; the result was read with the words
# and numbers of the page furniture before it
DALSLAND_2014 = (
    'Delårsrapport per den 31 augusti 2014 Storlek: px Starta visningen från sidan: Download "Delårsrapport per den '
    '31 augusti 2014" Transkript 1 1 (1) Datum Diarienummer HSN Hälso- och sjukvårdsnämnden Dalsland Delårsrapport '
    "per den 31 augusti 2014 Hej, översänder kompletterande handling till HSN Dalsland Hälsningar Jörgen Andersson "
    "Nämndsekreterare Hälso- och sjukvårdsnämndernas kansli Telefonnummer: E-post: 2 ÄRENDE 3 3 1 (1) "
    "Tjänsteutlåtande Datum Diarienummer HSN Hälso- och sjukvårdsnämndernas kansli Handläggare: Lars-Erik Hansson "
    "Telefon: E-post: Till hälso- och sjukvårdsnämnden Dalsland Delårsrapport augusti 2014 Förslag till beslut 1. "
    "Hälso- och sjukvårdsnämnden godkänner nämndens delårsrapport per den 31 augusti Sammanfattning av ärendet "
    "Nämnden har ett resultat för perioden på 23,2 mnkr vilket ger 17,3 mnkr i avvikelse mot budget. Överskott "
    "jämfört med budget finns inom länssjukvård och primärvård."
)


def test_a_page_mark_run_into_the_text_opens_a_statement():
    # the two dev documents of the rule (reflow.PAGE_MARK_RE): halland_manadsrapport_2017, vgr_hsn_dalsland_2014
    lines = [line for line in split_flattened(HALLAND_2017) if line]
    assert "Årets prognostiserade balanskravsresultat efter september uppgår till -17 mnkr." in lines
    assert any(line.startswith("2 2(15) Historik") for line in lines)
    assert any(line.startswith("1 1 (1) Datum") for line in split_flattened(DALSLAND_2014))
    assert any(line.startswith("3 1 (1) Tjänsteutlåtande") for line in split_flattened(DALSLAND_2014))


def test_the_sentence_before_a_page_mark_reads_its_figure():
    assert ("balanskravsresultat", "forecast", -17.0, (date(2017, 1, 1), date(2017, 12, 31))) in facts(HALLAND_2017)
    assert ("resultat", "actual", 23.2, (date(2014, 1, 1), date(2014, 8, 31))) in facts(DALSLAND_2014)


def test_a_year_before_parentheses_is_no_page_mark():
    # a page's number is not above the count: '2013 (2)' is a year and a note's number, not page 2013 of 2
    # (kronoberg_bokslut_2012, dev: '... landstingsfullmäktige den 23 april 2013 (2) Ökad efterfrågan på vård')
    text = (
        "Årsredovisningen för 2012 behandlas av landstingsfullmäktige den 23 april 2013 (2) Ökad efterfrågan på vård "
        "och nya behandlingsmetoder gjorde att kostnaderna ökade. " * 3
    )
    assert not any(line.startswith("2013 (2)") or line.startswith("(2) Ökad") for line in split_flattened(text))


# field dev norrbotten_delarsrapport_2017, page 1 flattened (its cookie notice left out, a sentence of its page 2
# added: the text writes 'resultatet' in lower case): the contact block a web copy left empty ran into the first
# sentence, whose figures its cue ('Telefon', 'E-post': page furniture, no fact on its line) held
NORRBOTTEN_2017 = (
    "Delårsrapport Region Norrbotten april 2017 Kontaktperson , Telefon: E-post: Resultatet för första tertialet 2017 "
    "är +90 mkr vilket är 69 mkr bättre än periodbudgeten. Förklaringen är lägre kostnader för riks- och "
    "regionsjukvård samt låga ökningar för personalkostnader. Årsprognosen pekar på ett överskott med 206 mkr vilket "
    "betyder att regionen även på årsbasis uppnår ett resultat som överstiger 2 procent. Däremot uppnås inte det "
    "budgeterade resultatet 312 mkr."
)
T1_2017 = (date(2017, 1, 1), date(2017, 4, 30))


def test_a_sentence_opens_after_an_empty_field_of_a_contact_block():
    # the two dev documents of the rule (reflow.LINE_CUES): norrbotten_delarsrapport_2017, vgr_hsn_dalsland_2014
    lines = [line for line in split_flattened(NORRBOTTEN_2017) if line]
    assert "Delårsrapport Region Norrbotten april 2017 Kontaktperson , Telefon: E-post:" in lines
    assert any(line.startswith("Resultatet för första tertialet 2017 är +90 mkr") for line in lines)
    assert any(line.startswith("Till hälso- och sjukvårdsnämnden Dalsland") for line in split_flattened(DALSLAND_2014))
    assert {("resultat", "actual", 90.0, T1_2017), ("resultat", "budget_deviation", 69.0, T1_2017)} <= facts(
        NORRBOTTEN_2017
    )


def test_a_field_with_its_value_is_no_empty_field():
    # an address is the field's value ('Besöksadress: Ekenäsgatan 15'), a name the text never writes in lower case
    text = (
        "Postadress: Regionens Hus Göteborg Besöksadress: Ekenäsgatan 15, Borås Lillhagsparken 5, Göteborg "
        "Drottninggatan 1, Mariestad Kilbäcksgatan 32, Uddevalla Telefon: 010-441 00 00 Webbplats: www.vgregion.se. "
    ) * 3
    assert not any(line.startswith("Ekenäsgatan") for line in split_flattened(text))


# field dev kalmar_delarsrapport_2019, page 1 flattened (shortened): its headline ran into the first sentence, whose
# 'Ett' the short text writes capitalised as often as in lower case
KALMAR_2019 = (
    "Sedlar av olika valörer Pressmeddelande 2019-10-31 Delårsrapport pekar mot viss förbättring Ett starkare "
    "finansiellt resultat innebär att årsprognosen i delårsrapporten efter åtta månader hamnar på minus 31 miljoner "
    "kronor för Region Kalmar län. Det är en förbättring mot prognosen efter juli månad med 15 miljoner. Både när det "
    "gäller kostnaderna och finansieringen har förbättringar skett. Totalt pekar prognosen på en avvikelse mot budget "
    "med 153 miljoner kronor."
)


def test_an_open_word_opens_a_sentence_after_a_run_in_heading():
    # the two dev documents of the rule (sentences.run_in_headings): kalmar_delarsrapport_2019 and
    # varmland_csk_sjukhusfakta_odaterad ('Centralsjukhuset i siffror Verksamheter' / 'Ett 20-tal olika ...')
    lines = [line for line in split_flattened(KALMAR_2019) if line]
    assert "Delårsrapport pekar mot viss förbättring" in lines
    assert ("resultat", "forecast", -31.0, (date(2019, 1, 1), date(2019, 12, 31))) in facts(KALMAR_2019)
    varmland = (
        "Centralsjukhuset i siffror Verksamheter Ett 20-tal olika specialiteter, bland annat för ögon, hud, "
        "gynekologi, njurmedicin, barnmedicin, kirurgi, PCI samt onkologi. Antal vårdplatser 428 "
        "medicin/kirurgi/ortopedi samt övriga specialiteter 8 intensivvård, 45 uppvakning 13 neonatal "
        "(barnintensivvård) 73 psykiatri 12 Beroendecentrum (som länets kommuner förfogar över) Besök, inskrivningar "
        "och vårddagar (siffrorna som följer nedan avser under ett år) cirka 56 500 besök vid akutmottagningen"
    )
    assert [line for line in split_flattened(varmland) if line][0] == "Centralsjukhuset i siffror Verksamheter"
