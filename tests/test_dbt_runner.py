"""dbt's parse of the project shared by the builds of every warehouse (vardlager/dbt_runner.py ParseSlot): a
slot is held by one build at a time, builds at the same time take other slots, and when every slot is held a
build parses in its own target folder. The profile names one path for every warehouse, so the published
views must not name a catalog (macros/relations_in_own_catalog.sql)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

import vardlager.dbt_runner as dbt_runner
from vardlager.dbt_runner import PARSE_SLOTS, PROFILE_DB, ParseSlot, _stable_path


@pytest.fixture()
def parse_root(tmp_path, monkeypatch):
    monkeypatch.setattr(dbt_runner, "PARSE_ROOT", tmp_path / "parse")
    return tmp_path / "parse"


def test_builds_at_the_same_time_take_different_slots_and_a_released_slot_is_taken_again(parse_root, tmp_path):
    first = ParseSlot(tmp_path / "target-a")
    second = ParseSlot(tmp_path / "target-b")
    try:
        assert first.shared and second.shared
        assert first.folder == parse_root / "slot-0" and second.folder == parse_root / "slot-1"
        # the profile names the slot's path, the same file name whatever the warehouse is called
        assert first.profile_path == parse_root / "slot-0" / PROFILE_DB
        assert first.parse_args() == [
            "--partial-parse-file-path",
            str(parse_root / "slot-0" / "partial_parse.msgpack"),
        ]
    finally:
        first.release()
    again = ParseSlot(tmp_path / "target-c")  # a build of another warehouse: the same parse
    try:
        assert again.folder == parse_root / "slot-0"
    finally:
        for slot in (second, again):
            slot.release()


def test_when_every_slot_is_held_a_build_parses_in_its_own_target_folder(parse_root, tmp_path):
    held = [ParseSlot(tmp_path / f"t{i}") for i in range(PARSE_SLOTS)]
    try:
        assert all(slot.shared for slot in held)
        alone = ParseSlot(tmp_path / "own")
        assert not alone.shared and alone.parse_args() == []
        assert alone.profile_path == tmp_path / "own" / "build" / PROFILE_DB
    finally:
        for slot in held:
            slot.release()


def test_the_stable_path_links_the_slot_to_this_builds_file_and_drops_a_dead_builds_wal(parse_root, tmp_path):
    build_file = tmp_path / "w.duckdb.tmp-99"
    duckdb.connect(str(build_file)).close()
    slot = ParseSlot(tmp_path / "target")
    try:
        Path(f"{slot.profile_path}.wal").parent.mkdir(parents=True, exist_ok=True)
        Path(f"{slot.profile_path}.wal").write_bytes(b"left by a build that died")
        link = _stable_path(build_file, tmp_path / "target", slot)
        assert link == slot.profile_path and link.samefile(build_file)
        assert not Path(f"{link}.wal").exists()
        # DuckDB names the catalog after the link (the name dbt's parse has), not after the build file
        with duckdb.connect(str(link)) as con:
            assert con.execute("select current_database()").fetchone()[0] == Path(PROFILE_DB).stem
    finally:
        slot.release()


def test_the_parse_a_build_made_becomes_the_slots(parse_root, tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    (target / "partial_parse.msgpack").write_bytes(b"parse")
    slot = ParseSlot(target)
    try:
        slot.keep_parse_of(target)
        assert (slot.folder / "partial_parse.msgpack").read_bytes() == b"parse"
        (target / "partial_parse.msgpack").write_bytes(b"an older parse")  # dbt wrote none this time
        slot.keep_parse_of(target, since=(target / "partial_parse.msgpack").stat().st_mtime + 1)
        assert (slot.folder / "partial_parse.msgpack").read_bytes() == b"parse"
        assert sorted(p.name for p in slot.folder.iterdir()) == ["lock", "partial_parse.msgpack"]
    finally:
        slot.release()


def test_the_published_views_read_their_own_file_under_any_name(built, tmp_path):
    """Built under the profile's catalog name, the warehouse's views name no catalog: a copy under another
    name answers them from its own tables."""
    copy = tmp_path / "another-name.duckdb"
    shutil.copyfile(built[1], copy)
    with duckdb.connect(str(copy), read_only=True) as con:
        views = con.execute("select schema_name, view_name, sql from duckdb_views() where not internal").fetchall()
        assert views and not [name for _, name, sql in views if '"vardlager".' in sql or "vardlager." in sql]
        for schema, name, _ in views:
            con.execute(f"select count(*) from {schema}.{name}").fetchall()
        assert con.execute("select count(*) from staging.stg_reports__documents").fetchone()[0] == 5


def test_the_manifest_stamp_is_current_only_for_the_code_and_selection_that_wrote_the_manifest(tmp_path):
    # a build whose target holds dbt's manifest.json of the same dbt code and selection does not have dbt
    # write it again (vardlager/dbt_runner.py ManifestStamp); any other code, selection or a missing
    # manifest writes it
    stamp = dbt_runner.ManifestStamp(tmp_path, "code-a|None")
    assert not stamp.is_current()  # nothing written yet
    (tmp_path / "manifest.json").write_text("{}")
    stamp.record(since=0.0)
    assert stamp.is_current()
    assert not dbt_runner.ManifestStamp(tmp_path, "code-b|None").is_current()
    assert not dbt_runner.ManifestStamp(tmp_path, "code-a|['fct_costs']").is_current()
    stamp.record(since=(tmp_path / "manifest.json").stat().st_mtime + 60)  # dbt did not write it this run
    assert not stamp.is_current()
    (tmp_path / "manifest.json").unlink()
    assert not dbt_runner.ManifestStamp(tmp_path, "code-a|None").is_current()
