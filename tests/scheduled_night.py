"""A scheduled build's bad night, run once per test session (test_kill.py, test_bad_input.py and test_bounded.py
share it).

1. A warehouse is published (a copy of the session's build of the bundled reports).
2. `vardlager build` starts as a subprocess over a folder with every bundled report in another
   encoding (cp1252, UTF-8 with BOM and CRLF, UTF-16 with and without BOM, UTF-8) and every kind
   of bad file, and is SIGKILLed while dbt is writing models (dbt has compiled and run at least one
   node: `<target>/run/` has a file), before it finished (no `run_results.json`).
3. The next build runs over the same folder (its extractions come from the cache the killed one wrote), to
   which a report of one row of 250 000 numbers (1 MB) was added after the kill, under a memory limit of 120 MB
   per report (VARDLAGER_REPORT_MEMORY_MB) that stands in for the machine's: that row needs ~250 MB, a sample
   report ~30 MB, so it fails alone (test_bounded.py; a build of its own for it cost ~20 s of CPU more).

Running the three steps once keeps the suite fast: a build costs 15-35 s.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from benchmarks.worst import row_text
from vardlager.dbt_runner import target_dir

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
BUILD_TIMEOUT = 600
NEXT_MEMORY_MB = 120  # the next build's memory limit per report (MB)
LATE_ROW = "flat_row.txt"  # the 1 MB row added after the kill
# each bundled report is re-encoded, in turn, as one of these (encoding, line end); a report the
# encoding cannot hold falls back to UTF-8 with CRLF
ENCODINGS = (("cp1252", "\n"), ("utf-8-sig", "\r\n"), ("utf-16-le", "\n"), ("utf-16", "\r\n"), ("utf-8", "\n"))
NO_REGION_TEXT = """Kvartalsrapport för verksamheten

Tabell 1. Produktion
                          Utfall        Budget     Avvikelse
Besök                      12 345        12 000          345
Operationer                 2 050         2 000           50
"""
# a table row as PDF text shows it: a label, then at least three numbers, the last one of two digits or more
NUMBER_ROW_RE = re.compile(r"^\s*[A-Za-zÅÄÖåäö][^\d\n]*(?:-?\d[\d,]*\s+){2,}-?\d[\d,]*\d\s*$")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cut_mid_table(text: str) -> tuple[str, str]:
    """(text cut in the middle of the first table row after 40 % of the report, the cut line's start)."""
    offset = int(len(text) * 0.4)
    for match in re.finditer(r"[^\n]*\n", text[offset:]):
        line = match.group()
        if NUMBER_ROW_RE.search(line):
            end = offset + match.start() + len(line.rstrip()) - 1  # inside the row's last number
            return text[:end], line[: len(line.rstrip()) - 1]
    raise AssertionError("no table row found to cut")


def write_good_reports(folder: Path) -> dict[str, str]:
    """The bundled reports under their own names, each in another encoding; returns name -> encoding."""
    used = {}
    for i, path in enumerate(sorted(REPORTS.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        encoding, newline = ENCODINGS[i % len(ENCODINGS)]
        try:
            data = text.replace("\n", newline).encode(encoding)
        except UnicodeEncodeError:
            encoding, newline = "utf-8", "\r\n"
            data = text.replace("\n", newline).encode(encoding)
        (folder / path.name).write_bytes(data)
        used[path.name] = f"{encoding}{' CRLF' if newline == chr(13) + chr(10) else ''}"
    return used


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Every kind of bad input; returns file name -> what its one stderr line must say."""
    rng = random.Random(9)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(rng.randbytes(4000))
    (folder / "binary_no_nul.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(4000)))
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    (folder / "folder.txt").mkdir()
    (folder / "vanished.txt").symlink_to(folder / "moved-away.txt")  # listed, but nothing behind it
    with (folder / "huge.txt").open("wb") as fh:  # 50 MB of report-like text
        fh.write("Läkarbesök   12 345   12 000   345\n".encode() * 1_400_000)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    first = sorted(REPORTS.glob("*.txt"))[-1]
    shutil.copyfile(first, folder / f"{first.stem}_copy.txt")
    cut, _ = cut_mid_table(sorted(REPORTS.glob("*.txt"))[0].read_text(encoding="utf-8"))
    (folder / "cut_off.txt").write_text(cut, encoding="utf-8")
    (folder / "no_region.txt").write_text(NO_REGION_TEXT, encoding="utf-8")
    return {
        "empty.txt": "empty file",
        "binary.txt": "binary content",
        "binary_no_nul.txt": "binary content",
        "scan.txt": "a PDF file, not text",
        "folder.txt": "is a directory",
        "vanished.txt": "does not exist",
        "huge.txt": "over the 20 MB limit",
        "report.pdf": "not a text report",
        f"{first.stem}_copy.txt": f"same text as {first.name}",
        "cut_off.txt": "cut off",
        "no_region.txt": "no region named in the text",
    }


def write_late_row(folder: Path) -> dict[str, str]:
    """The report of one row of 250 000 numbers (1 MB) added after the kill; returns name -> what its one
    stderr line must say under the next build's memory limit."""
    (folder / LATE_ROW).write_text(row_text(250_000), encoding="utf-8")
    return {
        LATE_ROW: f"extraction failed: over the memory limit of {NEXT_MEMORY_MB} MB per report "
        "(set VARDLAGER_REPORT_MEMORY_MB to raise it)"
    }


def vardlager(*args: str, limits: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
    # a narrow terminal: a wrapped message would show as two lines
    env = dict(os.environ, COLUMNS="60", **(limits or {}))
    return subprocess.Popen(
        [sys.executable, "-m", "vardlager", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


@dataclass
class Night:
    db: Path
    published_sha: str
    killed_returncode: int | None = None
    dbt_was_running: bool = False  # dbt had run a node when the kill came
    dbt_had_finished: bool = False  # run_results.json existed at the kill: it came too late
    killed_stderr: str = ""
    sha_after_kill: str = ""
    facts_after_kill: int = -1  # rows of marts.fct_report_facts, read from the published file after the kill
    leftovers_after_kill: list[str] = field(default_factory=list)
    next_returncode: int | None = None
    next_stdout: str = ""
    next_stderr: str = ""
    sha_after_next: str = ""
    leftovers_after_next: list[str] = field(default_factory=list)
    good: dict[str, str] = field(default_factory=dict)
    bad: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.glob(db.name + ".tmp-*"))


def kill_during_dbt(db: Path, reports: Path, night: Night) -> None:
    marker = target_dir(db) / "run"
    started = time.monotonic()
    proc = vardlager("build", "--reports", str(reports), "--db", str(db), start_new_session=True)
    try:
        while time.monotonic() - started < BUILD_TIMEOUT:
            if proc.poll() is not None:
                break  # finished (or failed) before dbt ran a node: the test reports it
            if marker.is_dir() and any(p.is_file() for p in marker.rglob("*")):
                night.dbt_was_running = True
                night.dbt_had_finished = (target_dir(db) / "run_results.json").exists()
                os.killpg(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None and not night.dbt_was_running:
            os.killpg(proc.pid, signal.SIGKILL)
        _, night.killed_stderr = proc.communicate(timeout=60)
    night.killed_returncode = proc.returncode
    night.timings["killed build (until the kill)"] = time.monotonic() - started


_NIGHT: Night | None = None


def scheduled_night(tmp_path_factory, built_db: Path) -> Night:
    """Run the night once per session and return what happened."""
    global _NIGHT
    if _NIGHT is not None:
        return _NIGHT
    root = tmp_path_factory.mktemp("night")
    db = root / "published" / "vardlager.duckdb"
    db.parent.mkdir()
    shutil.copyfile(built_db, db)
    night = Night(db=db, published_sha=sha256(db))

    mixed = root / "reports"
    mixed.mkdir()
    night.good = write_good_reports(mixed)
    night.bad = write_bad_inputs(mixed)

    kill_during_dbt(db, mixed, night)
    night.sha_after_kill = sha256(db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        night.facts_after_kill = con.execute("select count(*) from marts.fct_report_facts").fetchone()[0]
    finally:
        con.close()
    night.leftovers_after_kill = leftovers(db)

    night.bad.update(write_late_row(mixed))
    started = time.monotonic()
    limits = {"VARDLAGER_REPORT_MEMORY_MB": str(NEXT_MEMORY_MB)}
    proc = vardlager("build", "--reports", str(mixed), "--db", str(db), limits=limits)
    night.next_stdout, night.next_stderr = proc.communicate(timeout=BUILD_TIMEOUT)
    night.timings["next build"] = time.monotonic() - started
    night.next_returncode = proc.returncode
    night.sha_after_next = sha256(db)
    night.leftovers_after_next = leftovers(db)
    _NIGHT = night
    return night
