"""Stop 21 (RV21): review of the tables printed one cell a line (TA21, loaders/tables/celllines.py).

Two defects reproduced on literal excerpts built from the page TA21 reads (review20tb regionfakta_lakare_2019), as a
web copy gives it without the blank lines between its cells:

- a header cell wrapped onto two lines (`Antal anställda` / `(december)`) made the header one line longer than the
  column count; the n + 1 lines right above the first label were taken as the label column's name and the column
  names, every column left of the wrap took its neighbour's name, and a count of årsarbetare was published as the
  count of anställda. A header is the count's only when nothing above it could be one more header cell.
- a block of rows that the one-cell-a-line table shared with rows printed under it (`Antal vårdtillfällen 2019
  12 345 12 000`) was dropped whole: those rows gave no cell and no issue. Only the rows on the table's own lines
  are its; the block's other rows are read as before.
"""

from __future__ import annotations

from loaders.tables import extract_tables

# the regionfakta page's columns, one wrapped; no blank line between cells
WRAPPED_HEADER = (
    "Region Uppsala\n"
    "Årsredovisning 2019\n"
    "Läkare per region 2019\n"
    "Landsting/Region\n"
    "Antal årsarbetare\n"
    "Antal anställda\n"
    "(december)\n"
    "Folkmängd 2019\n"
    "Region Stockholm\n"
    "5 271\n"
    "6 515\n"
    "2 377 081\n"
    "Region Uppsala\n"
    "1 526\n"
    "1 810\n"
    "383 713\n"
)

# the regionfakta page's rows, its header set apart by a blank line, a table of ordinary rows under them
ROWS_UNDER = (
    "Region Uppsala\n"
    "Årsredovisning 2019\n"
    "\n"
    "Landsting/Region\n"
    "Antal anställda\n"
    "Antal årsarbetare\n"
    "Region Stockholm\n"
    "6 515\n"
    "5 271\n"
    "Region Uppsala\n"
    "1 810\n"
    "1 526\n"
    "Antal vårdtillfällen 2019  12 345  12 000\n"
    "Antal operationer 2019  2 345  2 000\n"
)


def test_a_header_cell_wrapped_onto_two_lines_gives_no_column_its_neighbours_name():
    cells, _ = extract_tables("t.txt", WRAPPED_HEADER.splitlines())
    read = {(c.row_label, c.column_header, c.text) for c in cells}
    assert ("Region Uppsala", "Antal anställda", "1 526") not in read
    assert ("Region Stockholm", "Antal anställda", "5 271") not in read


def test_the_header_of_a_table_printed_one_cell_a_line_still_reads_when_set_apart_from_what_stands_above():
    cells, _ = extract_tables("t.txt", ROWS_UNDER.splitlines())
    read = {(c.row_label, c.column_header, c.text) for c in cells}
    assert ("Region Uppsala", "Antal anställda", "1 810") in read
    assert ("Region Uppsala", "Antal årsarbetare", "1 526") in read


def test_rows_printed_under_a_table_of_one_cell_a_line_keep_their_numbers():
    cells, issues = extract_tables("t.txt", ROWS_UNDER.splitlines())
    placed = {c.line for c in cells} | {i.line for i in issues}
    assert {13, 14} <= placed


# TC21 (loaders/tables/flattened.py _words) glues a percent sign printed apart to the number before it. A year's
# sign is its column's unit, not a cell's: glued, `2023 %` was a value inside the header and the flattened table
# under it lost every cell (read whole before TC21). The excerpt is a sick-leave table of the shape of the goal tables
# TC21 reads (sample vastmanland_hsf_delar1_2024), its unit printed after each year.
FLATTENED_YEAR_PERCENT = (
    "Region Västmanland\n"
    "Delårsrapport januari-april 2024\n"
    "Sjukfrånvaro per förvaltning Andelen har minskat något Förvaltning 2023 % 2024 % Förändring Hälso- och sjukvård "
    "8,1 7,9 -0,2 Primärvård 6,5 6,1 -0,4 Psykiatri 7,0 7,2 0,2 Sjukfrånvaron är fortsatt hög i förvaltningarna.\n"
)


def test_a_percent_sign_after_a_year_in_a_flattened_header_is_the_columns_unit():
    cells, _ = extract_tables("t.txt", FLATTENED_YEAR_PERCENT.splitlines())
    read = {(c.row_label, c.column_header): c.text for c in cells}
    assert read[("Primärvård", "2023 %")] == "6,5"
    assert read[("Psykiatri", "2024 %")] == "7,2"
    assert read[("Psykiatri", "Förändring")] == "0,2"
