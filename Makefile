# The two commands of the README: `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --quiet
# uv installs the locked packages (about five times faster than pip), compiled to bytecode as pip does
UV := $(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode
# requirements.lock pins every package of the main dependencies, requirements-test.lock those plus the
# test extra (pytest, polars, dagster): both made by `make lock` from pyproject.toml, so two clones get
# the same versions. `make build` installs the main ones only; `make setup` and `make test` add the tests'.
LOCK := requirements.lock
TEST_LOCK := requirements-test.lock
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PARSE_STAMP := $(VENV)/.parsed

.PHONY: build test test-fast setup bytecode browser clean bench golden field flattened holds lock lint

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install pip==26.3 uv==0.13.9
	$(UV) -r $(LOCK)
	$(UV) --no-deps -e .
	touch $(STAMP)

# the install ends with dbt's parse of the project for the builds of every warehouse and a run of the dbt unit
# tests on empty tables (vardlager/pipeline.py prepare_for_builds): the first build after it neither parses
# (~5 s of CPU) nor runs the unit tests (~5 s of CPU), and the first `vardlager extract` finds the models compiled
# (vardlager/single.py compiled_models, ~4 s of CPU); builds parse later changes and run the unit tests of changed code.
# It needs the main dependencies only, so `make setup` runs it beside the install of the test ones (two
# processes: about 10 s less on a fresh clone)
$(PARSE_STAMP): $(STAMP)
	-$(BIN)/python -m vardlager.dbt_runner parse
	touch $(PARSE_STAMP)

$(TEST_STAMP): $(STAMP) $(TEST_LOCK)
	$(UV) -r $(TEST_LOCK)
	touch $(TEST_STAMP)

# two jobs: the test dependencies install while dbt parses the project and Python compiles it to bytecode
SETUP := $(TEST_STAMP) $(PARSE_STAMP) bytecode
setup:
	@$(MAKE) --no-print-directory -j2 $(SETUP)

# the project's modules compiled to bytecode, as pip does for installed packages: where PYTHONDONTWRITEBYTECODE
# is set, every process (test workers, `vardlager` subprocesses, report workers) would otherwise compile them
# from source again, about 0.2 s of CPU each; a file edited later is compiled from source until the next make
bytecode: $(STAMP)
	-@$(BIN)/python -m compileall -q loaders vardlager gx benchmarks tests

build: $(STAMP) $(PARSE_STAMP) bytecode
	$(BIN)/vardlager build --whole --reports data/reports --db vardlager.duckdb

# after a change to the dependencies in pyproject.toml (needs PyPI; uv in a throwaway venv)
lock:
	test -x .lockenv/bin/uv || ($(PYTHON) -m venv .lockenv && .lockenv/bin/python -m pip --quiet install uv==0.13.9)
	.lockenv/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --quiet \
		--custom-compile-command "make lock" -o $(LOCK)
	.lockenv/bin/uv pip compile pyproject.toml --extra test -c $(LOCK) --universal --python-version 3.11 --quiet \
		--custom-compile-command "make lock" -o $(TEST_LOCK)

# headless Chromium for the report test (tests/test_report.py opens report.html in it)
browser:
	@command -v chromium >/dev/null || echo "make test: installing Debian's chromium (headless browser for tests/test_report.py; about a minute)"
	command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

# everything (CI): two test processes, a module's tests in one of them, modules taken in the order
# tests/conftest.py gives (loadscope: pytest-xdist 3.8's loadgroup does not group under pytest 9)
XDIST := -n 2 --dist loadscope --no-loadscope-reorder
# pytest keeps the test modules it rewrote (assertion messages) in __pycache__ even where PYTHONDONTWRITEBYTECODE
# is set: about 1.7 s of CPU less per test process on every later run
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest
# the install of the dependencies (CPU: pip, dbt's parse) and of Chromium (apt: mostly downloads and disk) run
# side by side before the tests
test:
	@$(MAKE) --no-print-directory -j2 $(SETUP) browser
	$(PYTEST) -q $(XDIST)

# the quick tier: loaders, units, model logic and one small end-to-end build, in about a minute;
# no browser, no builds of their own (tests marked slow)
test-fast: setup
	$(PYTEST) -q -m "not slow" $(XDIST)

# the linters (README "Linting"), each run even when one before it fails: ruff (lint and format check) on
# every Python file, mypy on loaders/, sqlfluff on models/ and macros/ (.sqlfluff); the quick tier runs
# this too (tests/test_lint.py)
# SQL_LINT: what sqlfluff lints (the quick tier's check gives only the SQL files changed in the working tree)
SQL_LINT ?= models macros
lint: setup
	@status=0; \
	$(BIN)/ruff check --output-format concise . || status=1; \
	$(BIN)/ruff format --check . || status=1; \
	$(BIN)/mypy || status=1; \
	test -z "$(strip $(SQL_LINT))" || $(BIN)/sqlfluff lint --disable-progress-bar $(SQL_LINT) || status=1; \
	exit $$status

# README "Performance": generated corpora of 5, 50 and 500 reports, timed stage by stage (minutes)
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.worst

# the reader on the field corpus (tests/field): recall and precision per document and per split
field: setup
	$(BIN)/python -m benchmarks.field

# the same reading with every page flattened onto one line, as web copies of PDFs give it (the samples
# against ../shared/gold and tests/annotated, the field corpus's dev split)
flattened: setup
	$(BIN)/python -m benchmarks.flattened

# what each guard of the reader holds back on the field corpus's dev split, and how many of those are facts
holds: setup
	$(BIN)/python -m benchmarks.holds

# rewrite tests/golden/ from a build of data/reports, on purpose: review the diff and commit it with the change
golden: setup
	$(BIN)/python -m tests.golden_outputs

clean:
	rm -rf target logs vardlager.duckdb vardlager.duckdb.tmp-* vardlager.duckdb.cache vardlager.duckdb.lock
