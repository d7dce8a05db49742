"""dbt's parse of the project shared by the builds of warehouses of one file name (vardlager/dbt_runner.py
ParseSlot): a slot is held by one build at a time, builds at the same time take other slots, and when every
slot is held a build parses in its own target folder as before."""

from __future__ import annotations

from pathlib import Path

import pytest

import vardlager.dbt_runner as dbt_runner
from vardlager.dbt_runner import PARSE_SLOTS, ParseSlot, _stable_path


@pytest.fixture()
def parse_root(tmp_path, monkeypatch):
    monkeypatch.setattr(dbt_runner, "PARSE_ROOT", tmp_path / "parse")
    return tmp_path / "parse"


def test_builds_at_the_same_time_take_different_slots_and_a_released_slot_is_taken_again(parse_root, tmp_path):
    first = ParseSlot("w.duckdb.tmp-12", tmp_path / "target-a")
    second = ParseSlot("w.duckdb", tmp_path / "target-b")
    try:
        assert first.shared and second.shared
        assert first.folder == parse_root / "w.duckdb-0" and second.folder == parse_root / "w.duckdb-1"
        # the profile names the slot's path, named like the warehouse (DuckDB's catalog name)
        assert first.profile_path == parse_root / "w.duckdb-0" / "w.duckdb"
        assert first.parse_args() == [
            "--partial-parse-file-path",
            str(parse_root / "w.duckdb-0" / "partial_parse.msgpack"),
        ]
    finally:
        first.release()
    again = ParseSlot("w.duckdb", tmp_path / "target-c")
    other_name = ParseSlot("v.duckdb", tmp_path / "target-d")
    try:
        assert again.folder == parse_root / "w.duckdb-0"
        assert other_name.folder == parse_root / "v.duckdb-0"
    finally:
        for slot in (second, again, other_name):
            slot.release()


def test_when_every_slot_is_held_a_build_parses_in_its_own_target_folder(parse_root, tmp_path):
    held = [ParseSlot("w.duckdb", tmp_path / f"t{i}") for i in range(PARSE_SLOTS)]
    try:
        assert all(slot.shared for slot in held)
        alone = ParseSlot("w.duckdb", tmp_path / "own")
        assert not alone.shared and alone.parse_args() == []
        assert alone.profile_path == tmp_path / "own" / "build" / "w.duckdb"
    finally:
        for slot in held:
            slot.release()


def test_the_stable_path_links_the_slot_to_this_builds_file_and_drops_a_dead_builds_wal(parse_root, tmp_path):
    build_file = tmp_path / "w.duckdb.tmp-99"
    build_file.write_bytes(b"")
    slot = ParseSlot(build_file.name, tmp_path / "target")
    try:
        Path(f"{slot.profile_path}.wal").parent.mkdir(parents=True, exist_ok=True)
        Path(f"{slot.profile_path}.wal").write_bytes(b"left by a build that died")
        link = _stable_path(build_file, tmp_path / "target", slot)
        assert link == slot.profile_path and link.resolve() == build_file.resolve()
        assert not Path(f"{link}.wal").exists()
    finally:
        slot.release()


def test_the_parse_a_build_made_becomes_the_slots(parse_root, tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    (target / "partial_parse.msgpack").write_bytes(b"parse")
    slot = ParseSlot("w.duckdb", target)
    try:
        slot.keep_parse_of(target)
        assert (slot.folder / "partial_parse.msgpack").read_bytes() == b"parse"
        (target / "partial_parse.msgpack").write_bytes(b"an older parse")  # dbt wrote none this time
        slot.keep_parse_of(target, since=(target / "partial_parse.msgpack").stat().st_mtime + 1)
        assert (slot.folder / "partial_parse.msgpack").read_bytes() == b"parse"
        assert sorted(p.name for p in slot.folder.iterdir()) == ["lock", "partial_parse.msgpack"]
    finally:
        slot.release()
