"""The linters (README "Linting"): `make lint` passes on this tree, and fails when any one of its linters
finds something (shown on a small tree of its own with the project's Makefile and configs and one finding).

sqlfluff takes ~14 s over every model and macro, most of the lint's time: the quick tier lints the Python
of the whole tree and the SQL files changed in the working tree (git), `make test` the whole tree."""

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


def make_lint(cwd: Path, *variables: str) -> subprocess.CompletedProcess:
    """`make lint` in cwd with this environment's tools (`-o setup`: nothing is installed)."""
    return subprocess.run(
        ["make", "--no-print-directory", "-o", "setup", "lint", f"BIN={BIN}", *variables],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.mark.slow
def test_make_lint_passes_on_the_tree():
    done = make_lint(ROOT)
    assert done.returncode == 0, (done.stdout + done.stderr)[-8000:]


def changed_sql(root: Path) -> list[str]:
    """The SQL files under models/ and macros/ that differ from the last commit or are new (git); both
    folders when this is no git working tree."""
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--", "models", "macros"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    if status.returncode != 0:
        return ["macros", "models"]
    paths = [line[3:].split(" -> ")[-1] for line in status.stdout.splitlines()]
    return sorted(p for p in paths if p.endswith(".sql") and (root / p).exists())


def test_make_lint_passes_on_the_python_and_the_changed_sql():
    done = make_lint(ROOT, f"SQL_LINT={' '.join(changed_sql(ROOT))}")
    assert done.returncode == 0, (done.stdout + done.stderr)[-8000:]


def test_changed_sql_names_a_changed_model_and_a_new_macro_and_outside_git_every_folder(tmp_path):
    repo, plain = tmp_path / "repo", tmp_path / "plain"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    for folder in ("models", "macros"):
        (repo / folder).mkdir()
    (repo / "models" / "kept.sql").write_text("select 1 as n\n")
    (repo / "models" / "edited.sql").write_text("select 1 as n\n")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "one"], check=True
    )
    (repo / "models" / "edited.sql").write_text("select 2 as n\n")
    (repo / "macros" / "new.sql").write_text("{% macro m() %}1{% endmacro %}\n")
    (repo / "models" / "notes.md").write_text("not SQL\n")
    assert changed_sql(repo) == ["macros/new.sql", "models/edited.sql"]
    plain.mkdir()
    assert changed_sql(plain) == ["macros", "models"]


def test_make_lint_with_no_sql_to_lint_runs_no_sqlfluff_and_still_fails_on_python(small_tree):
    assert make_lint(small_tree, "SQL_LINT=").returncode == 0
    (small_tree / "models" / "shouting.sql").write_text("SELECT 1 AS n\n")
    (small_tree / "loaders" / "unused.py").write_text('"""A loader."""\n\nimport os\n')
    try:
        done = make_lint(small_tree, "SQL_LINT=")
    finally:
        (small_tree / "models" / "shouting.sql").unlink()
        (small_tree / "loaders" / "unused.py").unlink()
    out = done.stdout + done.stderr
    assert done.returncode != 0 and "F401" in out and "CP01" not in out, out[-4000:]


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
