"""Review RV22 (stop 22): SP22's report workers wrote and published their cache entries themselves (3bb6f7a), inside
the report limits: a worker whose deadline's alarm came after the rename returned Failed (the build fails the report,
extraction_failed) while its entry stood in the cache, so the next build read the report from the cache and passed
it: a cached build no longer equal to a full one. The worker now only stages the entry (a temporary file beside it);
the build's process renames it when the result came back as rows."""

from __future__ import annotations

from vardlager.cache import ENTRY_SUFFIX, ExtractionCache, parse, parse_into_entry, publish_entry

TEXT = "Region Halland årsredovisning 2023\n\nRegionen redovisar ett överskott på 80 miljoner kronor.\n"


def test_a_worker_stages_the_entry_and_does_not_publish_it(tmp_path):
    entry = tmp_path / "cache" / ("k" + ENTRY_SUFFIX)
    blob, staged = parse_into_entry("a.txt", TEXT.encode(), entry)
    assert not entry.exists()  # (a Failed after this point must leave no entry behind)
    assert staged is not None and staged.read_bytes() == blob
    assert publish_entry(staged, entry) and entry.read_bytes() == blob and not staged.exists()
    assert publish_entry(None, entry) is False


def test_prefetch_publishes_the_entries_of_the_reports_that_came_back(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    cache = ExtractionCache(tmp_path / "cache")
    cache.prefetch([path], workers=1)
    assert [e.name.endswith(ENTRY_SUFFIX) for e in cache.folder.iterdir()] == [True]  # (no staged file left)
    again = ExtractionCache(tmp_path / "cache")
    assert again.extract(path) == parse(path.name, path.read_bytes()) and again.hits == [path.name]
