"""Tables of the two samples without shared gold (issue 14, s10): literal excerpts, one per layout rule."""

from __future__ import annotations

from loaders.tables import extract_tables

# a header printed one cell at a time: each cell's words stacked over short lines (`Pro-` / `gnos` / `2024`), the
# cells set apart by blank lines, a cell's own words sometimes split by a blank line too (`i mkr` / `mot fg` / blank /
# `år`); the rows read eight values
STACKED_HEADER = """Bemanningsföretag

Kostnad beman-
ningsföretag i mkr

2022-
04

2023-
04

2024-
04

För-
änd-
ring

i mkr
mot fg

år

Pro-
gnos
2024

Motsva-
rar an-
tal åa
2023

Motsva-
rar an-
tal åa
2024

Föränd-
ring i an-

tal åa
mot fg år

Läkare 39,5 54,6 60,7 6,1 158,5 52,9 55,3 2,4

Sjuksköterskor 17,3 49,8 51,1 1,3 135,5 89,5 112,1 22,6

Totalt 56,8 106,0 113,0 7,0 297,1 145,1 169,6 24,5
"""


def test_header_cells_stacked_between_blank_lines_are_one_column_each():
    cells, issues = extract_tables("x.txt", STACKED_HEADER.split("\n"))
    totals = sorted((c for c in cells if c.row_label == "Totalt"), key=lambda c: c.column_index)
    assert [(c.column_header, c.text) for c in totals] == [
        ("2022-04", "56,8"),
        ("2023-04", "106,0"),
        ("2024-04", "113,0"),
        ("Förändring i mkr mot fg år", "7,0"),
        ("Prognos 2024", "297,1"),
        ("Motsvarar antal åa 2023", "145,1"),
        ("Motsvarar antal åa 2024", "169,6"),
        ("Förändring i antal åa mot fg år", "24,5"),
    ]
    assert all(c.label_header == "" for c in totals)  # `2022-04` is a column, not the label column's header
    assert not [i for i in issues if i.kind == "table_header_mismatch"]


# the same layout where every line stands apart (a converter that puts a blank line after each): no group of lines
# shows a cell, so the blank lines bound nothing and the label wrapped above the values stays a label
EVERY_LINE_APART = """Mål

Mått för måluppfyllelse

Måluppfyllelse

Ekonomisk

handlingsplan,

uppdrag i

mnkr

- procentuell

måluppfyllelse

100% 29 %
"""


def test_blank_lines_after_every_line_bound_no_header_cells():
    cells, _ = extract_tables("x.txt", EVERY_LINE_APART.split("\n"))
    assert {c.column_header for c in cells} != {"mnkr", "- procentuell måluppfyllelse"}


def test_a_caption_wrapped_with_a_hyphen_is_joined_into_its_words():
    cells, _ = extract_tables("x.txt", STACKED_HEADER.split("\n"))
    assert {c.caption for c in cells} == {"Bemanningsföretag Kostnad bemanningsföretag i mkr"}
