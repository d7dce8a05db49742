"""Installing: every version is locked (two clones get the same packages), Dagster comes only with its
extra, and installing the project prints no setuptools warning box."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _pins(lock: str) -> dict[str, str]:
    """{normalized name: version} of a lock file's `name==version` lines."""
    pins = {}
    for line in (ROOT / lock).read_text(encoding="utf-8").splitlines():
        found = re.match(r"([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if found:
            pins[re.sub(r"[-_.]+", "-", found.group(1)).lower()] = found.group(2)
    return pins


def _name(requirement: Requirement) -> str:
    return re.sub(r"[-_.]+", "-", requirement.name).lower()


def test_the_locks_pin_every_dependency_within_pyproject_and_dagster_only_with_its_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    main, test = _pins("requirements.lock"), _pins("requirements-test.lock")
    for spec in project["dependencies"]:
        requirement = Requirement(spec)
        assert _name(requirement) in main, spec
        assert requirement.specifier.contains(main[_name(requirement)]), (spec, main[_name(requirement)])
    assert main["dbt-postgres"].startswith("1.11.") and main["duckdb"] == "1.5.6"
    # the test lock is the main lock plus the test extra, at the same versions
    assert all(test[name] == pinned for name, pinned in main.items() if name in test)
    assert set(main) - set(test) <= {"pywin32", "pyreadline3"}  # platform-only pins may differ
    assert "dagster" not in main and "dagster-dbt" not in main and "pytest" not in main
    assert {"dagster", "dagster-dbt", "pytest", "polars"} <= set(test)


def test_this_environment_has_exactly_the_locked_versions():
    wrong = {}
    for name, pinned in _pins("requirements-test.lock").items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            continue  # a pin for another platform (pywin32, ...)
        if installed != pinned:
            wrong[name] = (installed, pinned)
    assert wrong == {}, "run `make setup` (installs requirements-test.lock)"


@pytest.mark.slow  # installs the project into a venv of its own (setuptools builds it): ~10 s
def test_installing_the_project_prints_no_warning_box(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # this environment's pip (the one `make setup` pins) installs into the throwaway venv
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "-e",
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    output = done.stdout + done.stderr
    assert "!!" not in output and "*****" not in output and "BuildBackendWarning" not in output, output[-3000:]
