# The two commands of the README: `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test test-fast setup browser clean bench golden field

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

build: setup
	$(BIN)/vardlager build --reports data/reports --db vardlager.duckdb

# headless Chromium for the report test (tests/test_report.py opens report.html in it)
browser:
	@command -v chromium >/dev/null || echo "make test: installing Debian's chromium (headless browser for tests/test_report.py; about a minute)"
	command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

# everything (CI): two test processes, a module's tests in one of them (tests/conftest.py)
test: setup browser
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

# the quick tier: loaders, units, model logic and one small end-to-end build, in about a minute;
# no browser, no builds of their own (tests marked slow)
test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow"

# README "Performance": generated corpora of 5, 50 and 500 reports, timed stage by stage (minutes)
bench: setup
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.worst

# the reader on the field corpus (tests/field): recall and precision per document and per split
field: setup
	$(BIN)/python -m benchmarks.field

# rewrite tests/golden/ from a build of data/reports, on purpose: review the diff and commit it with the change
golden: setup
	$(BIN)/python -m tests.golden_outputs

clean:
	rm -rf target logs vardlager.duckdb vardlager.duckdb.tmp-* vardlager.duckdb.cache vardlager.duckdb.lock
