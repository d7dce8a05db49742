"""vardlager/raw.py: the raw tables reach DuckDB in row-group chunks, with every row, in order."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from loaders.records import NumberSeen
from vardlager.raw import ROW_GROUP_ROWS, in_row_groups, records_to_arrow, write_raw


def _numbers(n: int) -> pa.Table:
    return records_to_arrow(
        NumberSeen,
        [NumberSeen(f"r{i % 7}.txt", i, 1, str(i), "explained", "year", "", f"år {i}") for i in range(n)],
    )


def test_a_large_table_is_handed_over_in_row_groups_with_every_row_in_order():
    many = pa.concat_tables([_numbers(ROW_GROUP_ROWS // 2)] * 5)  # one chunk per "report", as concat gives
    chunked = in_row_groups(many)
    assert [len(b) for b in chunked.to_batches()] == [ROW_GROUP_ROWS, ROW_GROUP_ROWS, ROW_GROUP_ROWS // 2]
    assert chunked.equals(many) and chunked.schema == many.schema
    small = _numbers(10)
    assert in_row_groups(small) is small


def test_write_raw_loads_every_row_of_a_chunked_table_in_order(tmp_path):
    numbers = pa.concat_tables([_numbers(ROW_GROUP_ROWS + 5), _numbers(3)])
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    counts = write_raw(con, {"numbers_seen": numbers})
    assert counts["numbers_seen"] == numbers.num_rows
    loaded = con.execute("select * from raw.numbers_seen").to_arrow_table()
    assert loaded.equals(numbers.combine_chunks())
    assert counts["table_cells"] == 0 and con.execute("select count(*) from raw.table_cells").fetchone() == (0,)
