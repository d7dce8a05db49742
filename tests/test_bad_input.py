"""Bad input: every file gets read or gets one reason; nothing is guessed silently; good files still load.

Unit tests on decode_report / read_report_bytes / extract_all with literal bytes, then the end-to-end view
(stderr lines, raw.extraction_issues, exit status) from the next build of tests/scheduled_night.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from scheduled_night import ENCODINGS, ROOT, cut_mid_table

from loaders import extract as extract_module
from loaders.extract import extract_text, read_report_bytes
from loaders.textio import UnreadableReport, decode_report
from vardlager.pipeline import build, extract_all, report_paths

SV = (
    "Region Västmanland\nDelårsrapport 1 2024\n\n"
    "Läkarbesök ökade med 1 235 jämfört med föregående år, en förändring på 3,2 %.\n"
)
REPORT = """Region Västmanland
Delårsrapport 1 2024
Hälso- och sjukvårdsförvaltningen

Tabell 1. Produktion januari-april
                          Utfall 2024   Utfall 2023   Förändring
Läkarbesök                     12 345        12 000          345
Sjukvårdande behandling         8 100         8 000          100
Vårdtillfällen                  2 050         2 000           50
Summa                          22 495        22 000          495

Antalet läkarbesök ökade med 345 jämfört med föregående år.
"""


def kinds(extraction) -> list[str]:
    return [i.kind for i in extraction.issues]


class Recorder:
    """A `say` that keeps the stderr lines."""

    def __init__(self):
        self.lines: list[str] = []

    def __call__(self, message: str) -> None:
        self.lines.append(message)

    def about(self, name: str) -> list[str]:
        return [line for line in self.lines if line.split("]", 1)[-1].startswith(f"{name}:")]


# ---------------------------------------------------------------- decoding


def test_utf8_is_read_without_any_note():
    decoded = decode_report(SV.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.notes) == (SV, "utf-8", ())


def test_utf8_bom_and_crlf_are_read_and_normalised():
    decoded = decode_report(b"\xef\xbb\xbf" + SV.replace("\n", "\r\n").encode("utf-8"))
    assert decoded.text == SV
    assert decoded.encoding == "utf-8 (BOM)"
    assert decoded.notes == ()


def test_old_mac_cr_line_ends_are_line_ends():
    assert decode_report(b"rad 1\rrad 2\r").text == "rad 1\nrad 2\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_or_without_bom(encoding):
    decoded = decode_report(SV.replace("\n", "\r\n").encode(encoding))
    assert decoded.text == SV
    if encoding in ("utf-16", "utf-32"):  # Python writes a BOM for these
        assert decoded.encoding.endswith("(BOM)") and decoded.notes == ()
    else:  # without a BOM the byte order is detected from the NUL bytes, and said
        assert decoded.encoding == encoding
        assert [kind for kind, _ in decoded.notes] == ["encoding_fallback"]
        assert "without a BOM" in decoded.note


def test_cp1252_is_told_from_latin1_by_its_punctuation_bytes():
    text = "Kostnader – 1 235 mnkr, ”oförändrat” mot 2023\n"  # en dash and quotes: 0x96, 0x94 in cp1252
    decoded = decode_report(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.notes[0][0] == "encoding_fallback"
    assert "cp1252" in decoded.note and "0x96" in decoded.note


def test_latin1_without_cp1252_bytes_is_named_latin1_and_said():
    text = "Läkarbesök 12 345, vårdtillfällen -3,2 % jämfört med år 2023\n"
    decoded = decode_report(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding == "latin-1"
    assert "cp1252 would read it the same" in decoded.note


@pytest.mark.parametrize("encoding", ["cp850", "mac_roman"])
def test_dos_and_mac_single_byte_text_is_not_read_as_cp1252(encoding):
    text = "Läkarbesök på vårdcentral ökade, öppenvård för äldre minskade\n"
    decoded = decode_report(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.notes[0][0] == "encoding_fallback"


def test_utf8_with_a_stray_cp1252_minus_keeps_the_minus():
    data = "Läkarbesök ökade, avvikelse ".encode() + "–5 mnkr\n".encode("cp1252")
    decoded = decode_report(data)
    assert decoded.text == "Läkarbesök ökade, avvikelse –5 mnkr\n"  # not U+FFFD, which would drop the sign
    assert decoded.encoding == "utf-8"
    assert "1 byte(s) that are not UTF-8" in decoded.note


def test_utf8_cut_in_the_middle_of_a_character():
    data = "Läkarbesök 12 345\nVårdtillfällen 2 0".encode() + "ö".encode()[:1]
    decoded = decode_report(data)
    assert decoded.text == "Läkarbesök 12 345\nVårdtillfällen 2 0"
    assert "ends in the middle of a UTF-8 character" in decoded.note
    assert decoded.ends_mid_line


def test_nul_padding_after_the_text_is_ignored_and_said():
    decoded = decode_report("Läkarbesök 12 345\n".encode() + b"\x00" * 4096)
    assert decoded.text == "Läkarbesök 12 345\n"
    assert decoded.notes == (
        ("possibly_truncated", "4096 NUL bytes after the text (a file not fully written?); ignored"),
    )


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b" \n\r\n\t", "empty file (only white space)"),
        (b"\xff\xfe", "empty file (no text in it as utf-16 (BOM))"),
        (bytes(range(256)) * 8, "binary content (NUL bytes), not report text"),
        (bytes(range(1, 32)) * 40 + b"text", "binary content, not report text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file, not text; convert it to text first (e.g. pdftotext -layout)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP/Office (docx, xlsx) file, not text"),
    ],
)
def test_not_text_raises_with_one_reason(data, reason):
    with pytest.raises(UnreadableReport) as exc:
        decode_report(data)
    assert str(exc.value) == reason
    assert "\n" not in str(exc.value)


@pytest.mark.slow  # an input of megabytes; its speed is make bench's (extraction decodes every report)
def test_decoding_50_mb_keeps_every_line_and_the_encoding():
    data = "Läkarbesök – 12 345 12 000 345\r\n".encode("cp1252") * 1_700_000
    assert len(data) > 50_000_000
    decoded = decode_report(data)
    assert decoded.encoding == "cp1252" and decoded.text.count("\n") == 1_700_000


# ---------------------------------------------------------------- reading files


def test_a_directory_is_reported_not_read(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(UnreadableReport, match="^is a directory, not a report file$"):
        read_report_bytes(tmp_path / "folder.txt")


def test_a_pipe_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the build for ever
    with pytest.raises(UnreadableReport, match="not a regular file"):
        read_report_bytes(tmp_path / "pipe.txt")


def test_a_file_that_cannot_be_opened(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(SV, encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # chmod 000 does not stop root
    with pytest.raises(UnreadableReport, match="^cannot be read: Permission denied$"):
        read_report_bytes(path)


def test_a_file_that_keeps_changing_while_read(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_text(SV, encoding="utf-8")
    real_open = Path.open

    def open_and_append(self, *args, **kwargs):
        fh = real_open(self, *args, **kwargs)
        with real_open(self, "ab") as writer:  # another process is still writing the file
            writer.write(b"mer text\n")
        return fh

    monkeypatch.setattr(Path, "open", open_and_append)
    with pytest.raises(UnreadableReport, match="changed while it was being read"):
        read_report_bytes(path)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("VARDLAGER_MAX_REPORT_MB", "0.001")
    (tmp_path / "big.txt").write_bytes(b"x" * 1001 + b"\n")
    (tmp_path / "small.txt").write_bytes(b"x" * 900 + b"\n")
    with pytest.raises(UnreadableReport, match="over the 0.001 MB limit"):
        read_report_bytes(tmp_path / "big.txt")
    assert len(read_report_bytes(tmp_path / "small.txt")) == 901


# ---------------------------------------------------------------- extraction of odd reports


def test_cp1252_report_is_extracted_and_the_fallback_is_an_issue():
    text = REPORT.replace("föregående år.", "föregående år – en ökning.")  # '–' is 0x96 in cp1252
    extraction = extract_text("r.txt", text.encode("cp1252"))
    assert extraction.document.encoding == "cp1252"
    assert extraction.issues[0].kind == "encoding_fallback"
    assert any(c.text == "12 345" and c.value == 12345 for c in extraction.cells)


def test_the_same_report_in_utf16_is_the_same_text_as_in_utf8():
    utf8 = extract_text("a.txt", REPORT.encode("utf-8"))
    utf16 = extract_text("b.txt", REPORT.replace("\n", "\r\n").encode("utf-16"))
    assert utf8.text_sha256 == utf16.text_sha256
    assert [(c.line, c.text, c.value) for c in utf8.cells] == [(c.line, c.text, c.value) for c in utf16.cells]


def test_report_cut_mid_table_keeps_the_rows_before_the_cut_and_loads_none_of_the_cut_row():
    cut = REPORT[: REPORT.index("Vårdtillfällen") + 60]  # 'Vårdtillfällen  2 050  2 000   ' and no line end
    extraction = extract_text("cut.txt", cut.encode("utf-8"))
    assert {(c.line, c.text) for c in extraction.cells} >= {(7, "12 345"), (8, "8 100")}
    assert not [c for c in extraction.cells if c.line == 9]
    truncated = [i for i in extraction.issues if i.kind == "possibly_truncated"]
    assert len(truncated) == 1 and truncated[0].line == 9
    set_aside = [i.text for i in extraction.issues if i.kind == "unplaced_number" and i.line == 9]
    assert set_aside and set(set_aside) <= {"2 050", "2 000"}


def test_a_complete_report_is_not_called_truncated():
    assert "possibly_truncated" not in kinds(extract_text("r.txt", REPORT.encode("utf-8")))
    assert "possibly_truncated" not in kinds(extract_text("r.txt", (REPORT + " \f").encode("utf-8")))


def test_report_without_region_or_period_loads_with_two_issues():
    text = "Kvartalsrapport\n\nBesök     12 345    12 000    345\nOperationer  2 050   2 000   50\n"
    extraction = extract_text("x.txt", text.encode("utf-8"))
    assert extraction.document.region_code == "" and extraction.document.period_end is None
    assert {"no_region", "no_period"} <= set(kinds(extraction))


def test_cut_mid_table_helper_cuts_inside_a_table_row():
    text = sorted((ROOT / "data" / "reports").glob("*.txt"))[0].read_text(encoding="utf-8")
    cut, line_start = cut_mid_table(text)
    assert text.startswith(cut) and cut.endswith(line_start) and line_start[-1].isdigit()


# ---------------------------------------------------------------- extract_all: one line and one issue per bad file


def test_extract_all_reports_each_bad_file_once_and_loads_the_good_ones(tmp_path):
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "good_again.txt").write_bytes(REPORT.replace("\n", "\r\n").encode("utf-16"))
    (tmp_path / "latin.txt").write_bytes(REPORT.replace("495", "496").encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "odd [red]name.txt").write_bytes(b"")
    say = Recorder()
    extractions, issues, bad = extract_all(report_paths(tmp_path), say)

    assert [e.document.report_file for e in extractions] == ["good.txt", "latin.txt"]
    assert sorted(bad) == ["binary.txt", "dir.txt", "empty.txt", "notes.docx", "odd [red]name.txt"]
    expected = {
        "binary.txt": "binary content (NUL bytes)",
        "dir.txt": "is a directory",
        "empty.txt": "empty file",
        "notes.docx": "not a text report (.docx)",
        "odd \\[red]name.txt": "empty file",
        "good_again.txt": "same text as good.txt",
        "latin.txt": "decoded as latin-1",
    }
    for name, reason in expected.items():
        lines = say.about(name)
        assert len(lines) == 1 and reason in lines[0], (name, say.lines)
    assert not say.about("good.txt")
    by_file = {(i.report_file, i.kind) for i in issues}
    assert by_file == {
        ("binary.txt", "unreadable_file"),
        ("dir.txt", "unreadable_file"),
        ("empty.txt", "unreadable_file"),
        ("notes.docx", "unreadable_file"),
        ("odd [red]name.txt", "unreadable_file"),
        ("good_again.txt", "duplicate_content"),
    }
    assert ("latin.txt", "encoding_fallback") in {
        (i["report_file"], i["kind"]) for e in extractions for i in e.tables["extraction_issues"].to_pylist()
    }


def test_a_file_name_that_is_not_utf8_is_reported_not_loaded(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (Path(os.fsdecode(bytes(tmp_path) + b"/rapport_\xe5r.txt"))).write_text(REPORT.replace("345", "346"))
    say = Recorder()
    extractions, issues, bad = extract_all(report_paths(tmp_path), say)
    assert [e.document.report_file for e in extractions] == ["a.txt"]
    assert bad == ["rapport_\ufffdr.txt"]
    assert say.lines == ["[red]rapport_\ufffdr.txt: the file name is not valid UTF-8; rename the file[/]"]


def test_a_file_that_disappears_between_listing_and_reading(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("12 345", "12 346"), encoding="utf-8")
    paths = report_paths(tmp_path)
    (tmp_path / "b.txt").unlink()  # moved away by someone else after the folder was listed
    say = Recorder()
    extractions, issues, bad = extract_all(paths, say)
    assert [e.document.report_file for e in extractions] == ["a.txt"]
    assert bad == ["b.txt"]
    assert say.about("b.txt") == ["[red]b.txt: file disappeared before it could be read (listed, then gone)[/]"]
    assert [(i.report_file, i.kind) for i in issues] == [("b.txt", "unreadable_file")]


def test_a_loader_crash_on_one_file_is_an_issue_not_a_stop(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("Summa", "Totalt"), encoding="utf-8")
    real = extract_module.extract_tables

    def crash_on_b(report_file, lines):
        if report_file == "b.txt":
            raise IndexError("list index out of range")
        return real(report_file, lines)

    monkeypatch.setattr(extract_module, "extract_tables", crash_on_b)
    say = Recorder()
    extractions, issues, bad = extract_all(report_paths(tmp_path), say)
    assert [e.document.report_file for e in extractions] == ["a.txt"]
    assert [(i.report_file, i.kind) for i in issues] == [("b.txt", "extraction_failed")]
    assert "extraction failed: IndexError: list index out of range (at test_bad_input.py:" in say.about("b.txt")[0]


def test_a_50_mb_file_is_refused_unread_and_the_others_load(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.write("Läkarbesök   12 345   12 000   345\n".encode() * 1_400_000)
    say = Recorder()
    extractions, issues, bad = extract_all(report_paths(tmp_path), say)
    assert [e.document.report_file for e in extractions] == ["a.txt"]
    assert bad == ["huge.txt"] and issues[0].text == "51800000 bytes"
    assert "51.8 MB, over the 20 MB limit for one report" in say.about("huge.txt")[0]


# ---------------------------------------------------------------- exit status


def test_nothing_readable_means_nothing_published_and_exit_1(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "empty.txt").write_bytes(b"")
    (reports / "scan.txt").write_bytes(b"%PDF-1.4\n")
    db = tmp_path / "v.duckdb"
    db.write_bytes(b"previous warehouse")
    proc = subprocess.run(
        [sys.executable, "-m", "vardlager", "build", "--reports", str(reports), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "empty.txt: empty file" in proc.stderr and "scan.txt: a PDF file" in proc.stderr
    assert "no readable reports" in proc.stderr
    assert db.read_bytes() == b"previous warehouse"
    assert not list(tmp_path.glob("v.duckdb.tmp-*"))


def test_nothing_readable_fails_before_dbt_or_great_expectations_start(tmp_path, monkeypatch):
    # a folder of an empty file and a PDF, and one of files that are not reports at all: the build
    # fails at once with its one line, and the user does not wait for dbt's parse or the GX worker
    from vardlager import pipeline

    def never(*args, **kwargs):
        raise AssertionError("started for a build that has nothing to load")

    monkeypatch.setattr(pipeline, "parse_in_background", never)
    monkeypatch.setattr(pipeline, "Validator", never)
    for name, files in {"bad": {"empty.txt": b"", "scan.txt": b"%PDF-1.4\n"}, "other": {"a.csv": b"x,y"}}.items():
        reports = tmp_path / name
        reports.mkdir()
        for file, data in files.items():
            (reports / file).write_bytes(data)
        lines = []
        result = build(reports, tmp_path / f"{name}.duckdb", say=lines.append)
        assert not result.published and result.errors == [f"{reports}: no readable reports"]
        assert len(result.bad_files) == len(files) and len(lines) == len(files) + 2  # + the summary and timing
        assert not (tmp_path / f"{name}.duckdb").exists()


def test_a_missing_reports_folder_publishes_nothing(tmp_path):
    result = build(tmp_path / "nowhere", tmp_path / "v.duckdb")
    assert not result.published and "not a folder of reports" in result.errors[0]
    assert not (tmp_path / "v.duckdb").exists()


# ---------------------------------------------------------------- end to end: the next build of the bad night


@pytest.mark.slow
def test_build_with_bad_files_publishes_and_exits_0(night):
    assert night.next_returncode == 0, night.next_stderr
    assert f"published {night.db}" in night.next_stderr


@pytest.mark.slow
def test_each_bad_file_gets_exactly_one_stderr_line_naming_it_and_the_problem(night):
    lines = night.next_stderr.splitlines()
    for name, reason in night.bad.items():
        mine = [line for line in lines if line.startswith(f"{name}:")]
        assert len(mine) == 1, (name, lines)
        assert reason in mine[0], (name, mine)


@pytest.mark.slow
def test_each_bad_file_has_a_row_in_raw_extraction_issues(night):
    con = duckdb.connect(str(night.db), read_only=True)
    try:
        rows = con.execute("select report_file, kind, message from raw.extraction_issues").fetchall()
    finally:
        con.close()
    for name, reason in night.bad.items():
        assert any(f == name and reason in message for f, kind, message in rows), name
    fallbacks = {f for f, kind, _ in rows if kind == "encoding_fallback"}
    assert {name for name, enc in night.good.items() if enc.startswith(("cp1252", "utf-16-le"))} <= fallbacks
    assert not {name for name, enc in night.good.items() if enc.startswith(("utf-8", "utf-16 "))} & fallbacks


@pytest.mark.slow
def test_reports_in_every_encoding_load_with_their_encoding_and_facts(night):
    con = duckdb.connect(str(night.db), read_only=True)
    try:
        documents = dict(con.execute("select report_file, encoding from raw.documents").fetchall())
        facts = dict(con.execute("select report_file, count(*) from marts.fct_report_facts group by 1").fetchall())
    finally:
        con.close()
    expected = {
        "cp1252": "cp1252",
        "utf-8-sig": "utf-8 (BOM)",
        "utf-16-le": "utf-16-le",
        "utf-16": "utf-16 (BOM)",
        "utf-8": "utf-8",
    }
    for name, encoding in night.good.items():
        assert documents[name] == expected[encoding.split()[0]], name
        assert facts.get(name, 0) > 0, name
    assert {enc.split()[0] for enc in night.good.values()} >= {"cp1252", "utf-16-le", "utf-16", "utf-8-sig"}


@pytest.mark.parametrize("report", sorted((ROOT / "data" / "reports").glob("*.txt")), ids=lambda p: p.name[:20])
def test_every_bundled_report_decodes_to_the_same_text_in_every_encoding(report):
    text = report.read_text(encoding="utf-8")
    for encoding, newline in ENCODINGS + (("latin-1", "\n"), ("cp850", "\r\n")):
        try:
            data = text.replace("\n", newline).encode(encoding)
        except UnicodeEncodeError:  # the report has characters this encoding lacks
            continue
        decoded = decode_report(data)
        assert decoded.text == text.replace("\f", ""), (encoding, decoded.encoding, decoded.note)


@pytest.mark.slow  # the build waits for its dbt parse before it gives up
def test_an_interrupted_build_leaves_no_tmp_file_and_the_warehouse_unchanged(tmp_path, monkeypatch):
    import vardlager.pipeline as pipeline

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "r.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "v.duckdb"
    db.write_bytes(b"previous warehouse")

    def interrupted(con, layer, schema=None):
        assert list(tmp_path.glob("v.duckdb.tmp-*"))  # the half-built file exists at this point
        raise KeyboardInterrupt  # Ctrl-C while the checks read the raw tables

    monkeypatch.setattr(pipeline, "frames_for_layer", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(reports, db)
    assert db.read_bytes() == b"previous warehouse"
    assert not list(tmp_path.glob("v.duckdb.tmp-*"))
