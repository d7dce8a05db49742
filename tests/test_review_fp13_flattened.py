"""Stop 13 (FP13, issue 14): prose, headings and the document's metadata on a page flattened onto one line, as web
copies of PDFs and old converters give it. Each excerpt is the start of a page of a sample or a field dev text as
benchmarks/flattened.py flattens it (50 lines joined by single spaces), named in its comment; the facts asserted are
the ones the line-broken text gives."""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text
from loaders.reflow import split_flattened
from loaders.sentences import common_words, fact_box_items, heading_shape, run_in_headings

Y2015 = (date(2015, 1, 1), date(2015, 12, 31))
Y2020 = (date(2020, 1, 1), date(2020, 12, 31))


def read(text: str):
    return extract_text("t.txt", (text + "\n").encode())


def facts(text: str) -> set[tuple]:
    return {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in read(text).prose_facts}


# field dev halland_arsredovisning_2020, page 1 flattened (halland_arsredovisning_2019 opens the same way): two
# headings run into the first sentence; their 'utveckling' made the result a change (change_abs 930)
HALLAND_2020 = (
    "Förvaltningsberättelse Översikt över verksamhetens utveckling Den regionala koncernen redovisar ett resultat på "
    "930 mnkr för verksamhetsåret 2020. Den stora resultatförbättringen under 2020 förklaras främst av de extra "
    "statsbidrag som regionen har fått under den rådande pandemin. Koncernens soliditet inklusive "
    "pensionsförpliktelser, uppvisar en positiv trend och har under den senaste femårsperioden stärkts med 18,3 "
    "procentenheter. Regionen har under 2020 höjt skatten med 58 öre till 11,40 kronor per beskattningsbar "
    "hundralapp. Regionen har efter skattehöjningen den sjunde lägsta utdebiteringen i riket."
)


def test_headings_run_into_a_sentence_stand_apart_and_its_result_is_the_years():
    assert [line for line in split_flattened(HALLAND_2020) if line][:3] == [
        "Förvaltningsberättelse",
        "Översikt över verksamhetens utveckling",
        "Den regionala koncernen redovisar ett resultat på 930 mnkr för verksamhetsåret 2020.",
    ]
    assert ("resultat", "actual", 930.0, Y2020) in facts(HALLAND_2020)
    assert not any(f[0] == "resultat" and f[1] == "change_abs" for f in facts(HALLAND_2020))


def test_a_name_is_no_sentence_start():
    # a capitalised word the text never writes in lower case is a name, not the start of a sentence after a heading
    common = common_words("Region Gotland redovisar ett resultat. Resultatet för regionen och den är bra.")
    assert run_in_headings("Region Gotlands resultat uppgår till 253 miljoner kronor.", common) == [
        "Region Gotlands resultat uppgår till 253 miljoner kronor."
    ]
    # ... nor a word the text writes capitalised after a word more often than in lower case ('Division Medicin')
    common = common_words("inom Division Medicin och Division Medicin, akut medicin")
    assert run_in_headings("Division Medicin redovisar ett underskott på 12 miljoner kronor.", common) == [
        "Division Medicin redovisar ett underskott på 12 miljoner kronor."
    ]


def test_a_numbered_heading_is_a_heading_in_both_forms():
    assert heading_shape("2 Uppdrag och styrning")
    assert heading_shape("Ekonomi")
    assert not heading_shape("Resultatet uppgår till 253")


# field dev uppsala_sjukhusfakta_2015, page 1 flattened: a fact box of label-value lines run together under its
# heading; the first label took the heading, the others read nothing
UPPSALA_2015 = (
    "Korta fakta Läkarbesök i öppenvård: 346 000 Övriga öppenvårdsbesök: 318 000 Slutenvård: 54 000 Dagsjukvård: "
    "44 000 Operationer: 31 000 Vårdplatser: 1000 Såld vård till andra landsting: 2,2 miljarder kr Antal anställda "
    "8 122, varav 1 317 läkare och 2 643 sjuksköterskor och barnmorskor. (Siffror från 2015) En dag på Akademiska "
    "... ... föds 11 barn. ... får 150 patienter vård på akutmottagningen. ... kommer 906 patienter till ett "
    "läkarbesök. ... opereras 85 patienter."
)


def test_a_flattened_fact_box_gives_each_label_its_value():
    got = facts(UPPSALA_2015)
    for fact in [
        ("lakarbesok", "actual", 346000.0, Y2015),
        ("besok_ovriga", "actual", 318000.0, Y2015),
        ("dagsjukvard", "actual", 44000.0, Y2015),
        ("operationer", "actual", 31000.0, Y2015),
        ("vardplatser", "actual", 1000.0, Y2015),
    ]:
        assert fact in got
    assert not any(f[0] == "besok_totalt" for f in got)  # (was: besok_totalt 346 000)


# field dev stockholm_capio_sjukhusfakta_odaterad, page 1 flattened: fact boxes with a heading between their items
CAPIO = (
    "Samtidigt har vi ett mycket gott samarbete med de andra sjukhusen i Stockholm. Lokaler Vårdplatser 345 "
    "Operationssalar 12 Pacemakeroperationssal 1 PCI-lab 1 Medarbetare Läkare 527 Sjuksköterskor 862 Usk/Biträden "
    "463 Övriga 504 Totalt 2 356 Produktion Akuta slutenvårdstillfällen 30 175 Medelvårdtid akut slutenvård 3,19 "
    "Elektiva slutenvårdstillfällen 4058 Medelvårdtid elektiv slutenvård 1,63 Akuta öppenvårdstillfällen 53 575 "
    "Elektiva öppenvårdstillfällen 167 220 Operationer Ca 7800 Specialiteter: Internmedicin, neurologi och strokevård."
)


def test_fact_box_items_stand_apart_with_the_headings_between_them():
    before, box, after = fact_box_items(CAPIO)
    assert before == "Samtidigt har vi ett mycket gott samarbete med de andra sjukhusen i Stockholm. Lokaler"
    assert box.split("\n")[:6] == [
        "Vårdplatser 345",
        "Operationssalar 12",
        "Pacemakeroperationssal 1",
        "PCI-lab 1",
        "Medarbetare",
        "Läkare 527",
    ]
    assert box.endswith("\nOperationer Ca 7800") and after.startswith("Specialiteter:")


def test_a_flattened_fact_box_is_read_item_by_item():
    got = {(f.metric_code, f.measure, f.value) for f in read(CAPIO).prose_facts}
    assert {("vardplatser", "actual", 345.0), ("anstallda", "actual", 527.0), ("anstallda", "actual", 862.0)} <= got


def test_a_fact_box_after_a_table_like_run_is_read_item_by_item():
    # (a strict xfail until stop 15: the flattened table layout took the box's items over a thousands group, 'Totalt
    # 2 356', for a headerless table's two-cell rows; tests/test_review_fl15_flattened.py)
    got = {(f.metric_code, f.measure, f.value) for f in read(CAPIO).prose_facts}
    assert {("medelvardtid", "actual", 3.19), ("medelvardtid", "actual", 1.63)} <= got
    assert not any(f[2] in (3.19, 1.63) and f[0] != "medelvardtid" for f in got)


def test_a_sentence_with_three_figures_is_no_fact_box():
    sentence = "Antalet besök ökade med 345 jämfört med 2016 och antalet vårdtillfällen med 12 och operationer 7."
    assert fact_box_items(sentence) == [sentence]


# sample vasterbotten_hsn_arsrapport_2023, page 1 flattened: the report names itself in its first statements, not
# anywhere on the page ('delårsrapport per april' further on); was delarsrapport (and the sample
# norrbotten_lanssjukvard1_delar_2023-08's first page, a tertial report, was delarsrapport too)
VASTERBOTTEN_P1 = (
    "Bilaga 1: Bilaga. Tillgänglighet till primär- och specialiserad vård Årsrapport 2023 1 Sammanfattning Hälso- och "
    "sjukvårdens verksamheter har under hela året 2023 beskrivit ett ansträngt läge med personalbrist, och som följd "
    "av det, en negativ påverkan på vårdplatser och tillgänglighet. Året har präglats av reducerade vårdplatser och "
    "bemanningsproblematik. Hälso- och sjukvårdsnämnden redovisar för året en negativ budgetavvikelse på 973 miljoner "
    "kronor och en nettokostnadsutveckling på 19,7 procent. Jämfört med föregående år har intäkterna minskat med 2,6 "
    "procent medan kostnaderna ökat med 9,9 procent I samband med fastställande av delårsrapport per april "
    "uppmärksammade Hälso- och sjukvårds-nämnden regionfullmäktige på att nämnden inte skulle klara uppdraget."
)


def test_a_flattened_page_names_its_report_in_its_first_statements():
    document = read(VASTERBOTTEN_P1).document
    assert document.report_type == "arsrapport"
    assert document.title == "Bilaga 1: Bilaga."
    assert (document.period_start, document.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


# field dev gotland_delarsrapport_2018, page 1 flattened: a dateline ('Publicerad 2018-10-03 08:30') run into the
# first sentence; its numbers beside the address's made the sentence a table row, and the result was lost
GOTLAND_2018 = (
    "Region Gotland Reception och regionupplysning Visborgsallén 19 621 81  Visby Telefon: 0498-26 90 00 E-post: "
    "regiongotland@gotland.se Lämna dina synpunkter Starkt delår trots underskott i nämnderna Publicerad 2018-10-03 "
    "08:30 Region Gotlands resultat efter årets första åtta månader uppgår till 253 miljoner kronor. Nämndernas "
    "verksamheter har dock fortsatta svårigheter att hålla budget. Den andra delårsrapporten för 2018 innehåller både "
    "positiva och negativa besked. Prognosen för helåret är ett överskott på 204 miljoner kronor, 53 mnkr mer än "
    "fjolårsresultatet."
)
# field dev uppsala_arsredovisning_2017, page 1 flattened: 'Uppsnabbat regionfullmäktige 25 april 2018 2018-04-25'
# before the first sentence (was: no fact of it)
UPPSALA_2017 = (
    "Uppsnabbat regionfullmäktige 25 april 2018 2018-04-25 Årsredovisning för 2017 godkänd Region Uppsala gjorde "
    "under 2017 ett plusresultat på 235 miljoner kronor, vilket är 35 miljoner kronor bättre än budgeterat. Det "
    "framgår av årsredovisningen. Det förbättrade resultatet jämfört med budget förklaras främst av ökade "
    "skatteintäkter och generella statsbidrag. Förvaltningar som gjorde plusresultat var bland annat Lasarettet i "
    "Enköping (11,5 miljoner kronor) och Folktandvården (3,9 miljoner kronor)."
)


def test_a_dateline_run_into_a_sentence_ends_before_it():
    assert ("resultat", "actual", 253.0, (date(2018, 1, 1), date(2018, 8, 31))) in facts(GOTLAND_2018)
    y2017 = (date(2017, 1, 1), date(2017, 12, 31))
    got = facts(UPPSALA_2017)
    assert {("resultat", "actual", 235.0, y2017), ("resultat", "budget_deviation", 35.0, y2017)} <= got


# field dev kalmar_pressmeddelande_2022_2, page 1 flattened: the sentences of a flattened line are read in paragraphs
# of a printed line's length (loaders/reflow.py LONG_LINE), so a sentence reads in the context of the one before it,
# as on a line of the line-broken text (jamtland_hsn_manadsrapport_2022_2 too: 'Denna avvikelse beror ...' after the
# sentence naming Hälso- och sjukvårdsförvaltningen); each sentence a paragraph of its own, the deficits were
# results (actual -340 and -94) and '36 miljoner mer än 2021' a change
KALMAR_2022 = (
    "Förvaltningarna hade under 2022 en negativ budgetavvikelse med totalt 350 miljoner kronor, vilket är en ökning "
    "med fem miljoner kronor mot föregående år. Hälso- och sjukvårdsförvaltningens underskott uppgick till 340 "
    "miljoner, vilket är drygt 36 miljoner mer än 2021. Kalmar länstrafik visade underskott på 94 miljoner, då "
    "resandet under året ännu inte nått upp till siffrorna före pandemin. Kostnaderna för inhyrd personal ökade med "
    "6,8 procent eller med 16,6 miljoner kronor. Ökningen gäller både läkare, sjuksköterskor och psykologer."
)


def test_a_flattened_sentence_reads_in_the_context_of_the_one_before():
    got = {(f.org_unit, f.metric_code, f.measure, f.value) for f in read(KALMAR_2022).prose_facts}
    assert {
        ("Hälso- och sjukvårdsförvaltningen", "resultat", "budget_deviation", -340.0),
        ("Kalmar länstrafik", "resultat", "budget_deviation", -94.0),
    } <= got
    assert not any(f[2] in ("actual", "change_abs") and f[1] == "resultat" for f in got)


# field dev stockholm_sjukhusfakta_2021, page 1 flattened (shortened): a bulleted list run together ('• 85 900
# vårdtillfällen per år • 1,4 miljoner patientbesök per år ... • 740 miljoner kronor, 2021'), each bullet a line of
# its own in the line-broken text; as one piece the year at its foot dated the standing figures above it (2021,
# not undated as on a fact page: loaders/undated.py), and orebro_periodrapport_2019's bullets ran together too
KAROLINSKA = (
    "Fakta om sjukhuset Karolinska Universitetssjukhuset har 15 200 medarbetare. Mer statistik samt årsberättelser "
    "hittar du här. Medarbetare Här arbetar 15 200 medarbetare inom cirka 150 olika yrkeskategorier: • 32 procent "
    "sjuksköterskor • 19 procent undersköterskor • 17 procent läkare Patientbesök i vården och behandling • 85 900 "
    "vårdtillfällen per år • 1,4 miljoner patientbesök per år • 6 600 vårdtillfällen av utomläns- eller "
    "utlandspatienter Ekonomiskt resultat • 740 miljoner kronor, 2021 Under 2021 har sjukhuset uppfyllt 102,1  "
    "procent av vårduppdraget från Region Strockholm."
)


def test_a_bullet_run_into_the_next_is_a_statement_of_its_own():
    got = facts(KAROLINSKA)
    assert {
        ("vardtillfallen", "actual", 85900.0, (None, None)),
        ("besok_totalt", "actual", 1400000.0, (None, None)),
    } <= got
    assert not any(f[0] in ("vardtillfallen", "besok_totalt") and f[3] != (None, None) for f in got)
