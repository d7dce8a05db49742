"""Tables of the two samples without shared gold (issue 14, s10): literal excerpts, one per layout rule."""

from __future__ import annotations

from loaders.tables import extract_tables
from tests.excerpts import table_facts_of

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


# a series of captions sharing a stem (`Egenproducerad verksamhet` over the laboratories' table, `Egenproducerad
# verk-/samhet IVA` over the next): the word that sets a caption apart from its sibling names the unit whose figures
# the table holds, as Västmanland's `Produktionsdata – Tandvård` / `– Privata vårdgivare` do with a dash
CAPTION_SERIES_HEAD = """Region Jämtland Härjedalen
Hälso- och sjukvårdsnämnden
Tertialrapport 1 2024

främst av efterfrågan, vilken har ökat jämfört med föregående år. Det ständiga behovet av att

fylla på lagret har fungerat väl under perioden.

"""

CAPTION_STEM_TABLE = """Egenproducerad
verksamhet

Utfall 22 jan-april
Utfall 23 jan

- april
Utfall 24 jan-april

Procentuell
förändring
2023–2024

Klin kem lab (analyser) 927 131 1 003 869 1 024 557 2,1%

Plasma/trombocyter 336 386 414 7,3%

Blod antal tappningar 1 252 1 267 1 205 -4,9%

"""

CAPTION_UNIT_TABLE = """Egenproducerad verk-
samhet IVA

Tom
april -21

Tom
april -22

Tom
april -23

Tom
april -24

Föränd-
ring

Procen-
tuell för-
ändring

Vårdtimmar IVA 18 905 14 485 15 760 12 987 -2 773 -18%

Antal patienter IVA 498 477 534 680 146 27%
"""


def _org_units_of(text: str) -> dict[tuple, str]:
    return {
        (r["metric_code"], r["measure"], str(r["period_end"]), r["value"]): r["org_unit_name"]
        for r in table_facts_of(text)
    }


def test_the_word_a_caption_adds_to_its_siblings_stem_is_the_tables_unit():
    units = _org_units_of(CAPTION_SERIES_HEAD + CAPTION_STEM_TABLE + CAPTION_UNIT_TABLE)
    assert units[("vardtimmar_iva", "actual", "2024-04-30", 12987)] == "IVA"
    assert units[("ivapatienter", "change_pct", "2024-04-30", 27)] == "IVA"
    assert units[("undersokningar", "actual", "2024-04-30", 1024557)] == "Klin kem lab"  # (the row's own unit)
    # alone, the caption is no series: its last word may be any word of a title, the report's unit holds
    alone = _org_units_of(CAPTION_SERIES_HEAD + CAPTION_UNIT_TABLE)
    assert alone[("vardtimmar_iva", "actual", "2024-04-30", 12987)] == "Region Jämtland Härjedalen"
    # a word naming the whole, a part of it or a month is no unit
    for word in ("Totalt", "Kvinnor", "April"):
        table = CAPTION_UNIT_TABLE.replace("samhet IVA", "samhet " + word)
        other = _org_units_of(CAPTION_SERIES_HEAD + CAPTION_STEM_TABLE + table)
        assert other[("vardtimmar_iva", "actual", "2024-04-30", 12987)] == "Region Jämtland Härjedalen", word


def test_a_column_restating_a_cost_in_arsarbetare_holds_the_sibling_metric_in_that_unit():
    # `Motsvarar antal åa 2024` beside the hired staff's cost in mkr: the same quantity (`Inhyrd personal kostnad`,
    # `Inhyrd personal årsarbetare` in seeds/metrics.csv: names differing only by their unit word) in årsarbetare
    facts = {
        (r["metric_code"], r["measure"], str(r["period_end"]), r["value"], r["unit"])
        for r in table_facts_of(CAPTION_SERIES_HEAD + STACKED_HEADER)
    }
    assert ("inhyrda_arsarbetare", "actual", "2023-04-30", 145.1, "fte") in facts
    assert ("inhyrda_arsarbetare", "actual", "2024-04-30", 169.6, "fte") in facts
    assert ("inhyrda_arsarbetare", "change_abs", "2024-04-30", 24.5, "fte") in facts
    assert ("inhyrd_personal_kostnad", "actual", "2024-04-30", 113000, "tkr") in facts
    # the årsarbetare are never read as money, nor the money as årsarbetare
    assert not {f for f in facts if f[0] == "inhyrd_personal_kostnad" and f[3] in (145.1, 169.6, 24.5)}
    assert not {f for f in facts if f[0] == "inhyrda_arsarbetare" and f[3] not in (145.1, 169.6, 24.5)}
