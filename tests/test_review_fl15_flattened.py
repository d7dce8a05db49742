"""Stop 15 (FL15, issue 14): pages flattened onto one line, and paragraphs of a web copy written as one long line.
Each excerpt is a page of a field dev text as benchmarks/flattened.py flattens it (50 lines joined by single spaces),
or a line of a fresh text as its source gives it, named in its comment; the facts asserted are the ones the
line-broken text gives."""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text
from loaders.reflow import split_flattened

Y2017 = (date(2017, 1, 1), date(2017, 12, 31))
Y2021 = (date(2021, 1, 1), date(2021, 12, 31))


def facts(text: str) -> set[tuple]:
    prose = extract_text("t.txt", (text + "\n").encode()).prose_facts
    return {(f.org_unit, f.metric_code, f.measure, f.value, (f.period_start, f.period_end)) for f in prose}


# field dev stockholm_capio_sjukhusfakta_odaterad, page 1 flattened: a fact box whose values over a thousands group
# ('Totalt 2 356', 'Akuta slutenvårdstillfällen 30 175') were laid out as a headerless table of two-cell rows, and
# the box's items after them lost (463, 504, 2 356, 30 175, 3,19, 4058, 1,63, 167 220, 7800); uppsala_sjukhusfakta_2015
# (dev) lists its figures so too ('Läkarbesök i öppenvård: 346 000'), and the line-broken reader reads each as one
# number
CAPIO = (
    "Samtidigt har vi ett mycket gott samarbete med de andra sjukhusen i Stockholm. Lokaler Vårdplatser 345 "
    "Operationssalar 12 Pacemakeroperationssal 1 PCI-lab 1 Medarbetare Läkare 527 Sjuksköterskor 862 Usk/Biträden 463 "
    "Övriga 504 Totalt 2 356 Produktion Akuta slutenvårdstillfällen 30 175 Medelvårdtid akut slutenvård 3,19 Elektiva "
    "slutenvårdstillfällen 4058 Medelvårdtid elektiv slutenvård 1,63 Akuta öppenvårdstillfällen 53 575 Elektiva "
    "öppenvårdstillfällen 167 220 Operationer Ca 7800"
)


def test_a_fact_box_of_numbers_over_a_thousands_group_is_no_table():
    lines = split_flattened(CAPIO)
    for item in ("Usk/Biträden 463", "Totalt 2 356", "Akuta slutenvårdstillfällen 30 175", "Operationer Ca 7800"):
        assert item in lines
    read = {(metric, measure, value) for _, metric, measure, value, _ in facts(CAPIO)}
    for fact in (
        ("anstallda", "actual", 463.0),
        ("anstallda", "actual", 2356.0),
        ("vardtillfallen", "actual", 30175.0),
        ("medelvardtid", "actual", 3.19),
        ("vardtillfallen", "actual", 4058.0),
        ("besok_totalt", "actual", 167220.0),
        ("operationer", "actual", 7800.0),
    ):
        assert fact in read


def test_two_numbers_of_a_table_under_its_header_stay_two_cells():
    # a header over the rows: the two numbers are the columns it names
    line = (
        "Verksamheten i korthet under året som gick. Antal 2022 2021 Vårdplatser 345 350 Operationssalar 12 13 "
        "Läkarbesök 2 356 Sjuksköterskebesök 30 175"
    )
    assert "Vårdplatser 345 350" in split_flattened(line, long_line=len(line) - 1)


# fresh kalmar_bokslut_2021 (Region Kalmar's press release of 2022-01-26, review15pr), one line of 518 characters in
# the source: cut into two paragraphs at 400 characters, its last sentence lost the deviation the first names
KALMAR = (
    "Förvaltningarna hade under 2021 en negativ budgetavvikelse med totalt 345 miljoner kronor. Frånräknat "
    "extrakostnader eller ersatt intäktsbortfall som kan kopplas till pandemin rör det sig om 139 miljoner kronor, "
    "vilket är 174 miljoner kronor bättre än föregående år. Hälso- och sjukvårdsförvaltningens underskott uppgick "
    "till 183 miljoner, vilket är en förbättring i förhållande till 2020. Kalmar länstrafik visade underskott på 23 "
    "miljoner, vilket handlar om intäktsbortfall under pandemin som inte ersatts av staten."
)


def test_a_paragraph_on_one_line_stays_one_paragraph():
    assert "" not in split_flattened(KALMAR)
    read = facts(KALMAR)
    assert ("Hälso- och sjukvårdsförvaltningen", "resultat", "budget_deviation", -183.0, Y2021) in read
    assert ("Kalmar länstrafik", "resultat", "budget_deviation", -23.0, Y2021) in read


# field dev halland_manadsrapport_2017_2, page 1 flattened: the bulleted item joined to the paragraph before it,
# whose 'avvikelsen mot budget för helåret' made the health care's forecast deficit of 248 mnkr a forecast deviation
# (jamtland_hsn_manadsrapport_2021, dev: its bulleted items joined so lost the org unit of four figures)
HALLAND = (
    "Den beräknade avvikelsen mot budget för helåret 2017 är för Regionstyrelsens hela ansvarsområde +197,0 mnkr (jfr "
    "190,4 mnkr efter 10 månader). Av detta avser 185,6 mnkr regiongemensamma kostnader och finansiering. • Regionens "
    "ackumulerade resultat efter november uppgår till 35 mnkr, vilket är 15 mnkr bättre än budgeten för motsvarande "
    "period. Resultatet prognostiseras till -10 mnkr vid årets slut, vilket är 27 mnkr sämre än årsbudgeten. "
    "Sammantaget uppvisar hälso- och sjukvården ett fortsatt stort underskott och prognosen på helåret är ett "
    "underskott på 248 mnkr, vilket är i nivå med underskottet för 2016."
)


def test_a_bulleted_item_opens_a_paragraph():
    lines = split_flattened(HALLAND)
    item = lines.index(
        "• Regionens ackumulerade resultat efter november uppgår till 35 mnkr, vilket är 15 mnkr bättre "
        "än budgeten för motsvarande period."
    )
    assert lines[item - 1] == ""
    read = {(metric, measure, value, period) for _, metric, measure, value, period in facts(HALLAND)}
    assert ("resultat", "forecast", -248.0, Y2017) in read
    assert ("resultat", "forecast_deviation", -248.0, Y2017) not in read


# sample jamtland_harjedalen_hsn_tertial_2024-04, page 30 flattened: the header's words hyphenated where a printed line
# wrapped ('Procen- tuell för- ändring') were read as the first row's label, and neither row was a table's
JAMTLAND_IVA = (
    "Tom april -23 Tom april -24 Föränd- ring Procen- tuell för- ändring Vårdtimmar IVA 18 905 14 485 15 760 12 987 "
    "-2 773 -18% Antal patienter IVA 498 477 534 680 146 27% Tillgänglighet Vårdgaranti utfall mars 2023 - mars 2024 "
    "Region Jämtland Härjedalens tillgänglighet har uppnått en klar förbättring jmf 2023, särskilt "
    "tillgängligheten för specialiserade vårdens första besök och till operation/behandling/åtgärd."
)


def test_a_header_word_wrapped_with_a_hyphen_is_joined_again():
    lines = split_flattened(JAMTLAND_IVA)
    assert "Vårdtimmar IVA 18 905 14 485 15 760 12 987 -2 773 -18%" in lines
    assert "Antal patienter IVA 498 477 534 680 146 27%" in lines
    assert not any("Procentuell" in line and "Vårdtimmar" in line for line in lines)
    # a suspended compound keeps its hyphen
    assert any(
        "hälso- och sjukvården" in line for line in split_flattened("Inom hälso- och sjukvården " + JAMTLAND_IVA)
    )
