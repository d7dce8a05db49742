"""columnwise.sum_rows: which rows are sums of the rows right above or right below them (issue 15 made it
faster; these pin what it finds, including which span wins when several hold)."""

from loaders.tables.columnwise import sum_rows


def test_a_total_above_its_parts_and_below_them():
    # row 0 = rows 1-2; row 5 = rows 3-4
    rows = [[30.0, 3.0], [10.0, 1.0], [20.0, 2.0], [4.0, 1.0], [5.0, 2.0], [9.0, 3.0]]
    assert sum_rows(rows, 0.5) == {0: (1, 2), 5: (3, 4)}


def test_the_spans_above_come_first_the_longest_first():
    # row 2 = rows 0-1 (1 + 2), row 3 = rows 0-2 (1 + 2 + 3), row 4 = rows 2-3 (3 + 6)
    rows = [[1.0], [2.0], [3.0], [6.0], [9.0]]
    assert sum_rows(rows, 0.01) == {2: (0, 1), 3: (0, 2), 4: (2, 3)}
    # row 0 is the sum of rows 1-2 below it, and row 3 of rows 1-2 above it and of rows 4-5 below it: above wins
    rows = [[5.0], [2.0], [3.0], [5.0], [1.0], [4.0]]
    assert sum_rows(rows, 0.01) == {0: (1, 2), 3: (1, 2)}


def test_only_the_first_columns_when_asked():
    rows = [[3.0, 100.0], [1.0, 0.0], [2.0, 0.0]]
    assert sum_rows(rows, 0.1) == {}
    assert sum_rows(rows, 0.1, columns=1) == {0: (1, 2)}


def test_rounding_grows_with_the_parts():
    rows = [[1.4], [0.7], [0.6]]  # 0.7 + 0.6 = 1.3: within 2 x 0.06 of 1.4, not within 2 x 0.04
    assert sum_rows(rows, 0.06) == {0: (1, 2)}
    assert sum_rows(rows, 0.04) == {}
