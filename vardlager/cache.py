"""The extraction cache: a report whose bytes did not change is not parsed again.

An entry is one report's extraction as the raw tables get it (`vardlager.raw.ReportRows`: an
Arrow table per raw table, quick to load: 500 reports in ~0.2 s), pickled under a key made of

- the sha256 of the report's bytes,
- the report's file name (the loaders write it into every record, and a loader may
  one day read something from it; a renamed report is simply parsed again), and
- the *loader fingerprint*: LOADER_VERSION plus a hash of the source of every
  `loaders/**/*.py`, every `seeds/*.csv` (the lexicon and the regions the loaders
  read) and `vardlager/raw.py` (which turns records into rows). Editing a loader or a
  seed invalidates the cache even when nobody bumps LOADER_VERSION.

The cache lives beside the warehouse (`vardlager.duckdb` -> `vardlager.duckdb.cache/`),
one folder per fingerprint, so entries written by other loader code are never read.
It only ever saves time: a missing, stale or unreadable entry means the report is
parsed, exactly as without a cache. Writes are atomic (temporary file + rename).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import resource
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from loaders.extract import REPORT_SUFFIXES, extract_text, read_report_bytes
from loaders.records import LOADER_VERSION
from loaders.textio import UnreadableReport, check_not_plainly_unreadable
from vardlager.raw import KeptRows, ReportRows, convert_before_forking, report_rows

PROJECT_DIR = Path(__file__).resolve().parent.parent
# what the cached rows depend on besides the report itself
FINGERPRINT_GLOBS = ("loaders/**/*.py", "seeds/*.csv", "vardlager/raw.py")
ENTRY_SUFFIX = ".pickle"


def loader_fingerprint(root: Path = PROJECT_DIR) -> str:
    """A hash of LOADER_VERSION and of every file the cached rows depend on."""
    digest = hashlib.sha256(f"loader_version={LOADER_VERSION}\n".encode())
    for pattern in FINGERPRINT_GLOBS:
        for path in sorted(root.glob(pattern)):
            digest.update(f"{path.relative_to(root).as_posix()}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _current_fingerprint() -> str:
    return loader_fingerprint()


def cache_dir_for(db_path: Path) -> Path:
    """The cache folder of a warehouse file: `<db>.cache` beside it."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".cache")


def _children_cpu() -> float:
    """User + system seconds of the children of this process that have ended (a pool's workers, once it shut down)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def entry_key(report_file: str, sha256: str) -> str:
    name = hashlib.sha256(report_file.encode()).hexdigest()[:12]
    return f"{sha256}-{name}"


def parse(report_file: str, data: bytes) -> ReportRows:
    """Run every loader on one report's bytes (loaders.extract.extract_text) and keep its rows."""
    return report_rows(extract_text(report_file, data))


def parse_into_entry(report_file: str, data: bytes, entry: Path) -> tuple[bytes, Path | None]:
    """(parse() pickled as a cache entry is, the temporary file it was written to beside `entry`, None when the disk
    refused it): a report worker's part of the prefetch. The rows are pickled once, in the worker, for the file and
    for the way back; the build's process only loads them, where it used to pickle every report's rows again to
    store them (0.27 of the 0.58 s the extract stage took after the parse of 100 reports). The worker does not
    publish the entry: its limits may still fail the report after the write (the deadline's alarm), and a report
    that failed must not be read from the cache by the next build; the build's process renames it on success
    (publish_entry)."""
    blob = pickle.dumps(parse(report_file, data), protocol=pickle.HIGHEST_PROTOCOL)
    return blob, stage_entry(entry, blob)


def stage_entry(entry: Path, blob: bytes) -> Path | None:
    """Write a cache entry's bytes to a temporary file beside it; None when the disk refused it (read-only, full:
    that costs time, not correctness)."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.tmp-{os.getpid()}")
        tmp.write_bytes(blob)
    except OSError:
        return None
    return tmp


def publish_entry(staged: Path | None, entry: Path) -> bool:
    """Rename a staged entry into place (atomic); False when there is none or the disk refused it."""
    if staged is None:
        return False
    try:
        os.replace(staged, entry)
    except OSError:
        return False
    return True


def write_entry(entry: Path, blob: bytes) -> bool:
    """Write a cache entry atomically (temporary file + rename); False when the disk refused it."""
    return publish_entry(stage_entry(entry, blob), entry)


@dataclass
class ExtractionCache:
    """Look up or parse one report at a time; counts hits and misses for the build summary."""

    root: Path
    fingerprint: str = field(default_factory=_current_fingerprint)
    hits: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    prefetched: dict[str, ReportRows] = field(default_factory=dict, repr=False)  # parsed by prefetch()
    stored: set[str] = field(default_factory=set)  # keys whose entry prefetch()'s worker wrote (not stored again)
    failed: dict = field(default_factory=dict)  # key -> why its worker could not read it (a parallel.Failed)
    readings: int = 0  # files prefetch() found a reading of (parsed by it or in the cache): 0 = none can load
    # reading key -> a report whose rows the warehouse the build starts from holds (vardlager/pipeline.py
    # published_readings): extract() gives it without loading the reading, prefetch() does not parse it
    published: dict[str, KeptRows] = field(default_factory=dict, repr=False)
    keys: dict[str, str] = field(default_factory=dict)  # report file -> the key of the reading extract() gave
    # what prefetch()'s parse cost: its wall seconds, the CPU seconds of its workers, how many workers ran (the
    # extract stage's time is this wall plus extract()'s; the workers' CPU over their count is the least it can be)
    parse_cost: dict[str, float] = field(default_factory=dict)

    @classmethod
    def for_warehouse(cls, db_path: Path) -> ExtractionCache:
        return cls(cache_dir_for(db_path))

    @property
    def folder(self) -> Path:
        return self.root / self.fingerprint[:16]

    def extract(self, path: Path) -> ReportRows | KeptRows:
        """The rows of extract_report(path), from the cache when these bytes were parsed by this loader
        code before; KeptRows when the warehouse the build starts from holds them (`published`)."""
        data = read_report_bytes(path)
        key = entry_key(path.name, hashlib.sha256(data).hexdigest())
        self.used.add(key)
        self.keys[path.name] = key
        if key in self.published:
            self.hits.append(path.name)
            return self.published[key]
        entry = self.folder / (key + ENTRY_SUFFIX)
        cached = None if key in self.prefetched else self._load(entry)
        if cached is not None:
            self.hits.append(path.name)
            return cached
        if key in self.failed:
            failed = self.failed.pop(key)
            raise UnreadableReport(failed.message, failed.evidence, failed.kind)
        rows = self.prefetched.pop(key, None)
        if rows is None:  # not parsed by prefetch (it appeared later): alone, under the same limits
            from vardlager.parallel import Failed, map_limited

            rows = map_limited(parse, [(path.name, data)], 1, start_method="spawn")[0]
            if isinstance(rows, Failed):
                raise UnreadableReport(rows.message, rows.evidence, rows.kind)
        self.misses.append(path.name)
        if key not in self.stored:
            self._store(entry, rows)
        return rows

    def prefetch(self, paths: list[Path], workers: int, forked: Callable[[], None] | None = None) -> None:
        """Parse the reports this cache lacks in `workers` processes at once, each under the report
        limits (vardlager.parallel.map_limited), each worker writing its report's cache entry; extract() then
        takes them from memory (still counted as parsed), or raises UnreadableReport (extraction_failed) for a
        report whose worker passed a limit, raised or died. Reports that cannot be read, or are plainly no text, are
        left to extract().
        forked: called once the workers exist, while they parse (none when there is nothing to parse)."""
        from vardlager.parallel import Failed, map_limited

        todo = []
        for path in paths:
            if not path.is_file() or path.suffix.lower() not in REPORT_SUFFIXES:
                continue
            try:
                data = read_report_bytes(path)
                check_not_plainly_unreadable(data)  # an empty file or a PDF starts no worker
            except UnreadableReport:
                continue
            key = entry_key(path.name, hashlib.sha256(data).hexdigest())
            if key in self.prefetched or key in self.published or (self.folder / (key + ENTRY_SUFFIX)).exists():
                self.readings += 1
            else:
                todo.append((key, path.name, data))
        todo.sort(key=lambda item: -len(item[2]))  # largest first: no core waits alone on a big report at the end
        if todo:
            convert_before_forking()
        started, cpu_before = time.perf_counter(), _children_cpu()
        entries = [(name, data, self.folder / (key + ENTRY_SUFFIX)) for key, name, data in todo]
        parsed = map_limited(parse_into_entry, entries, workers, forked=forked)
        if todo:
            self.parse_cost = {
                "wall_s": time.perf_counter() - started,
                "workers_cpu_s": _children_cpu() - cpu_before,  # (the pool's workers are reaped when it shuts down)
                "workers": min(workers, len(todo)),
                "bytes": sum(len(data) for _, _, data in todo),
            }
        for (key, _, _), done in zip(todo, parsed):
            if isinstance(done, Failed):
                self.failed[key] = done
            elif done is not None:
                blob, staged = done
                self.prefetched[key] = pickle.loads(blob)
                if publish_entry(staged, self.folder / (key + ENTRY_SUFFIX)):
                    self.stored.add(key)
                self.readings += 1

    def _load(self, entry: Path) -> ReportRows | None:
        try:
            with entry.open("rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:  # a truncated or foreign file: parse again, never fail the build
            return None
        return value if isinstance(value, ReportRows) else None

    def _store(self, entry: Path, rows: ReportRows) -> None:
        write_entry(entry, pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self) -> int:
        """Drop entries of other loader code and of reports this build did not see; returns how many."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for child in self.root.iterdir():
            if child.is_dir() and child != self.folder:
                shutil.rmtree(child, ignore_errors=True)
                removed += 1
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name.removesuffix(ENTRY_SUFFIX) not in self.used:
                    entry.unlink(missing_ok=True)
                    removed += 1
        return removed

    def summary(self) -> str:
        return f"{len(self.hits)} from cache, {len(self.misses)} parsed"


# --- the whole build: `vardlager build --if-changed` -----------------------------------------------

# every file of the project whose change can change what a build publishes
PROJECT_GLOBS = (
    "loaders/**/*.py",
    "vardlager/*.py",
    "gx/*.py",
    "models/**/*",
    "macros/**/*",
    "seeds/*.csv",
    "seeds/*.yml",
    "tests/dbt/**/*",
    "dbt_project.yml",
    "profiles.yml",
)
PACKAGES = ("dbt-core", "dbt-duckdb", "duckdb", "great-expectations")
# everything the results of dbt's unit tests depend on: the SQL, its macros and seeds, dbt and DuckDB
DBT_GLOBS = (
    "models/**/*",
    "macros/**/*",
    "seeds/*.csv",
    "seeds/*.yml",  # the seeds' column types, tests and descriptions
    "tests/dbt/**/*",
    "dbt_project.yml",
    "profiles.yml",
)
DBT_PACKAGES = ("dbt-core", "dbt-duckdb", "duckdb")
STAMP_FILE = "build_stamp.json"


def project_fingerprint(root: Path = PROJECT_DIR, globs=PROJECT_GLOBS, packages=PACKAGES) -> str:
    """A hash of the project's build code, models, seeds and checks, and of the versions of the tools that run them."""
    digest = hashlib.sha256()
    for pattern in globs:
        for path in sorted(p for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(f"{path.relative_to(root).as_posix()}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for package in packages:
        installed = _installed_version(package)
        digest.update((f"{package}=={installed}\n" if installed else f"{package} missing\n").encode())
    return digest.hexdigest()


@cache
def _installed_version(package: str) -> str | None:
    """The installed version of a package, read once per process (the code a process has loaded does not change
    under it; each lookup parses the package's metadata file: about 6 ms of CPU, three per extract of a text)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def dbt_fingerprint(root: Path = PROJECT_DIR) -> str:
    """A hash of the dbt project (models, macros, seeds, settings) and of the dbt and DuckDB versions:
    equal fingerprints, equal unit test results."""
    return project_fingerprint(root, DBT_GLOBS, DBT_PACKAGES)


def folder_fingerprint(paths: list[Path]) -> str:
    """A hash of the names and bytes of the entries of a reports folder."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"not a file")
        except OSError as exc:
            digest.update(f"unreadable {exc.errno}".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class BuildStamp:
    """What a published warehouse was built from: the reports, the project, and the file itself.

    Recorded beside the warehouse after each publish; `--if-changed` skips a build when the
    reports and the project are what the published file was built from and the file is still
    the one that build wrote (same size and modification time).
    """

    inputs: str

    @classmethod
    def of(cls, paths: list[Path], options: str = "") -> BuildStamp:
        return cls(
            hashlib.sha256(f"{folder_fingerprint(paths)}|{project_fingerprint()}|{options}".encode()).hexdigest()
        )

    @staticmethod
    def _file(db_path: Path) -> Path:
        return cache_dir_for(db_path) / STAMP_FILE

    @staticmethod
    def _identity(db_path: Path) -> list[int]:
        stat = Path(db_path).stat()
        return [stat.st_size, stat.st_mtime_ns, stat.st_ino]

    def is_current(self, db_path: Path) -> bool:
        return self.wrote(db_path) and self._recorded(db_path).get("inputs") == self.inputs

    @classmethod
    def wrote(cls, db_path: Path) -> bool:
        """True when db_path is still the file the last published build wrote (size, modification time and
        inode as recorded): nothing has written to it since, so a build may start from a copy of it."""
        try:
            return cls._recorded(db_path).get("warehouse") == cls._identity(db_path)
        except OSError:
            return False

    @classmethod
    def _recorded(cls, db_path: Path) -> dict:
        import json

        try:
            recorded = json.loads(cls._file(db_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return recorded if isinstance(recorded, dict) else {}

    def record(self, db_path: Path) -> None:
        import json

        stamp = self._file(db_path)
        try:
            stamp.parent.mkdir(parents=True, exist_ok=True)
            tmp = stamp.with_name(f"{stamp.name}.tmp-{os.getpid()}")
            tmp.write_text(json.dumps({"inputs": self.inputs, "warehouse": self._identity(db_path)}), encoding="utf-8")
            os.replace(tmp, stamp)
        except OSError:
            pass  # the next --if-changed build simply builds

    @classmethod
    def forget(cls, db_path: Path) -> None:
        cls._file(db_path).unlink(missing_ok=True)
