"""Stop 21 (TC21, issue 14): tables of a region's own report pages whose row shares a line with its cells, flattened
onto one line with the page, read as the line-broken page reads them. Each excerpt is a piece of a page of a sample as
benchmarks/flattened.py flattens it (50 lines joined by single spaces), named in its comment; the cells asserted are
the ones the line-broken text gives."""

from __future__ import annotations

from loaders.extract import extract_text


def cells(*lines: str) -> dict[tuple[str, str], str]:
    """(row label, column header) -> the cell as printed, of every table the loaders read in the lines."""
    read = extract_text("t.txt", ("\n".join(lines) + "\n").encode()).cells
    return {(c.row_label, c.column_header): c.text for c in read}


# A table of one row (loaders/tables/flattened.py _one_row_table): a flattened table needed two rows, so a header and
# the one row under it stayed text and none of its cells was read. One row whose label names a metric, under a header
# that names as many value columns as the row holds numbers, is a table. Sample jamtland_harjedalen_hsn_tertial_2024-04
# page 43 (the staff count of four years and its change, 4 facts lost) and sample vastmanland_hsf_delar1_2024 pages 3
# and 6 (goal tables whose second row's label is longer than a row label: `Andel digitala besök` and `Sjukfrånvaro
# (ack mars)`, their outcome of two years and their target).
JAMTLAND_PAGE_43 = (
    "Justering gjord från fö- regående månad, beror delvis på tre delbetalda fakturor från 2021-2022 gentemot Region "
    "Västerbotten, total summa 3,9 mkr. Väsentliga personalförhållanden Antal anställda Antal må- nadsavlönade "
    "2021-04 2022-04 2023-04 2024-04 Förändring mot fg år Totalt antal an- ställda 3393 3427 3503 3693 190 Vi "
    "fortsätter att öka antalet egna anställda inom regionen. Det är flera vakanta tjänster som kunnat tillsättas "
    "sedan samma period föregående år."
)
VASTMANLAND_PAGE_6 = (
    "Medarbetare stannar och utvecklas i förvaltningen Indikator Utfall 2023 Mål 2024 Utfall 2024 Trend Kommentar "
    "Sjukfrånvaro (ack mars) 8,1 % 6,0 % 8,1% Positiv I nivå med föregående år. Trenden utifrån rullande 12 månader "
    "är lägre än motsvarande period föregående år."
)


def test_one_row_under_a_header_that_names_its_cells_is_a_table():
    read = cells(JAMTLAND_PAGE_43)
    assert read[("Totalt antal anställda", "2022-04")] == "3427"
    assert read[("Totalt antal anställda", "2024-04")] == "3693"
    assert read[("Totalt antal anställda", "Förändring mot fg år")] == "190"
    read = cells(VASTMANLAND_PAGE_6)
    assert read[("Sjukfrånvaro (ack mars)", "Mål 2024")] == "6,0 %"
    assert read[("Sjukfrånvaro (ack mars)", "Utfall 2024")] == "8,1%"


# A row that names no metric stays text under a header that fits it: sample jamtland_harjedalen_hsn_tertial_2024-04
# page 41, `Anställningsstopp gällande administrativ personal (RS/215/2024) 256 247 9` under `Antal anställda
# (administrativ personal) per apr 2024 per feb 2024 Förändring jmft feb 2024`: its label is a decision's name, not
# an org unit's nor a metric's, and the line-broken page reads no fact of it either.
JAMTLAND_PAGE_41_PIECE = (
    "Totalt 135 450 Antal anställda (administrativ personal) per apr 2024 per feb 2024 Förändring jmft feb 2024 "
    "Anställningsstopp gällande administrativ personal (RS/215/2024) 256 247 9 Förtroendemannabudget Utfall per "
    "april 2024 i nivå med budget - avvikelse mindre än 1 tkr."
)


def test_one_row_whose_label_names_no_metric_stays_text():
    assert not any(label.startswith("Anställningsstopp") for label, _ in cells(JAMTLAND_PAGE_41_PIECE))


# A percent sign printed apart from its number (`1,6 % 5,0 % 2,0 %`) is the number's, as the line-broken row reads it
# (NUM_TOKEN_RE): flattened, the sign stood between the numbers as a word, no two numbers ran together, and no row of
# the goal tables of sample vastmanland_hsf_delar1_2024 was found (pages 2, 3 and 6: `Beläggningsgrad (ack mars) 94 %
# 87 % 94 %`, `Andel digitala besök 1,6 % 5,0 % 2,0 %`); sample norrbotten_lanssjukvard1_delar_2023-08 prints its
# goal tables so too (`40 %  20%`, `<7,4 % 18,6%`).
VASTMANLAND_PAGE_2 = (
    "Förvaltningens verksamhet ska bedrivas på rätt nivå Indikator Utfall 2023 Mål 2024 Utfall 2024 Trend Kommentar "
    "Andel digitala besök 1,6 % 5,0 % 2,0 % Positiv Det förbättrade värdet kan framför allt härledas till psykiatrin "
    "Andel oplanerade återinskrivningar inom 30 dagar för patienter 65 år och äldre 13,5 % 13,0 % 13,3 % Neutral I "
    "stort oförändrat utfall jämfört med föregående år under tertialet"
)
VASTMANLAND_PAGE_3 = (
    "Förvaltningens verksamhet ska bedrivas med god tillgänglighet Indikator Utfall 2023 Mål 2024 Utfall 2024 Trend "
    "Kommentar Primärvård telefon 87,9 % 100 % 87,5 % Neutral Tillgänglighet i nivå med föregående år Primärvård "
    "medicinsk bedömning 80,3 % 85 % 81,3 % Positiv Något förbättrat värde. Specialistsjukvård besök 80,9 % 95 % "
    "78,7 % Negativ Successiv förbättring av värdet under året, 81,5% i april. Specialistvård åtgärd 66,5 % 90 % "
    "73,1 % Positiv Förbättrat värde detta år, Ögonkliniken starkt bidragande. BUP, besök 51,3 % 90 % 20,2 % Negativ "
    "Högt inflöde ger lägre tillgänglighet, trots ökad produktion BUP, utredning 20,2 % 80 % 13,5 % Negativ Köp av "
    "externa utredningar pågår för att korta väntetiderna BUP, behandling 48,3 % 80 % 31,4 % Negativ Lägre än "
    "inledning föregående år på grund av högt inflöde Beläggningsgrad (ack mars) 94 % 87 % 94 % Neutral Färre "
    "vårdplatser skapar fortsatt högt tryck inom slutenvården."
)


def test_a_percent_sign_apart_from_its_number_is_the_numbers():
    read = cells(VASTMANLAND_PAGE_2)
    assert read[("Andel digitala besök", "Utfall 2023")] == "1,6 %"
    assert read[("Andel digitala besök", "Mål 2024")] == "5,0 %"
    assert read[("Andel digitala besök", "Utfall 2024")] == "2,0 %"
    read = cells(VASTMANLAND_PAGE_3)
    assert read[("Primärvård telefon", "Mål 2024")] == "100 %"
    assert read[("BUP, behandling", "Utfall 2024")] == "31,4 %"
    assert read[("Beläggningsgrad (ack mars)", "Mål 2024")] == "87 %"
