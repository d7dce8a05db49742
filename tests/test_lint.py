"""The linters (README "Linting"): `make lint` passes on this tree, and fails when any one of its linters
finds something (shown on a small tree of its own with the project's Makefile and configs and one finding)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(
    sys.executable
).parent  # this environment's ruff, mypy and sqlfluff (not resolved: a venv's python links out)
CONFIGS = ["Makefile", "pyproject.toml", ".sqlfluff"]
CLEAN_PY = '"""A loader."""\n\n\ndef total(values: list[float]) -> float:\n    return sum(values)\n'
CLEAN_SQL = "with numbers as (\n    select 1 as n\n)\n\nselect n from numbers\n"


def make_lint(cwd: Path) -> subprocess.CompletedProcess:
    """`make lint` in cwd with this environment's tools (`-o setup`: nothing is installed)."""
    return subprocess.run(
        ["make", "--no-print-directory", "-o", "setup", "lint", f"BIN={BIN}"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_make_lint_passes_on_the_tree():
    done = make_lint(ROOT)
    assert done.returncode == 0, (done.stdout + done.stderr)[-8000:]


@pytest.fixture(scope="module")
def small_tree(tmp_path_factory):
    """A tree with the project's Makefile and linter configs, one clean loader and one clean model."""
    tree = tmp_path_factory.mktemp("lint")
    for name in CONFIGS:
        shutil.copy(ROOT / name, tree / name)
    shutil.copytree(
        ROOT / "tests" / "sqlfluff_jinja",
        tree / "tests" / "sqlfluff_jinja",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    for folder in ("loaders", "models", "macros"):
        (tree / folder).mkdir()
    (tree / "loaders" / "__init__.py").write_text("")
    (tree / "loaders" / "clean.py").write_text(CLEAN_PY)
    (tree / "models" / "clean.sql").write_text(CLEAN_SQL)
    done = make_lint(tree)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    return tree


@pytest.mark.parametrize(
    ("path", "text", "says"),
    [
        ("loaders/unused.py", '"""A loader."""\n\nimport os\n', "F401"),  # ruff check
        ("loaders/unformatted.py", '"""A loader."""\n\nSIZES = {"a":1}\n', "would be reformatted"),  # ruff format
        ("loaders/typed.py", '"""A loader."""\n\n\ndef size() -> int:\n    return "1"\n', "[return-value]"),  # mypy
        ("models/shouting.sql", "SELECT 1 AS n\n", "CP01"),  # sqlfluff
    ],
    ids=["ruff-check", "ruff-format", "mypy", "sqlfluff"],
)
def test_make_lint_fails_on_one_finding_of_any_linter(small_tree, path, text, says):
    (small_tree / path).write_text(text)
    try:
        done = make_lint(small_tree)
    finally:
        (small_tree / path).unlink()
    assert done.returncode != 0 and says in done.stdout + done.stderr, (done.stdout + done.stderr)[-4000:]
