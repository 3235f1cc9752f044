# newskb — set-up and everyday commands. `make run` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/data/prefect

.PHONY: install run test lint typecheck pytest bench eval eval-real eval-probe browser clean-venv bytecode

$(BIN)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

## install: create .venv and install the pinned dependencies (once; again when pyproject/constraints change)
install: $(BIN)/.installed

# Our modules' bytecode, compiled ahead (only the changed ones; ~0.2 s when nothing changed). An editable
# install leaves them as source, and where PYTHONDONTWRITEBYTECODE is set Python never caches what it compiles,
# so every process compiled them again: ~0.2 s of CPU in the fork server's preload alone, which the first
# page workers wait for (issue #13), and more in the coordinator and every `newskb` command.
bytecode: $(BIN)/.installed
	$(BIN)/python -m compileall -q flows extractors warehouse schema

## run: one ingestion of sources.toml into ./data/newskb.duckdb (./run does the same and keeps newskb's
## exit code: make turns any failure, including a partial run's 1, into its own 2)
run: bytecode
	$(BIN)/newskb ingest

## test: lint, type-check and run the whole test suite (installs Chromium for the browser test if missing)
test: $(BIN)/.installed browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(BIN)/.installed
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy

pytest: $(BIN)/.installed
	$(BIN)/python -m pytest -q

browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "installing Debian's chromium for the review-page browser test"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO="sudo -n"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

## bench: speed figures (extraction pages/s vs trafilatura, NLP words/s, re-run speed-up, sql start-up)
bench: bytecode
	$(BIN)/python bench/run.py

## eval: the shared dev-set evaluation, end to end
eval: $(BIN)/.installed
	NEWSKB=$(BIN)/newskb PYTHON=$(BIN)/python ../shared/eval/run.sh

## eval-real: the real development corpus (bench/real: rebuilt texts, committed gold) end to end through the
## shared scorer, plus claims; PART=unseen|all for the quarter kept unseen or everything, V=-v for every miss,
## BATCH=N for one batch of articles only
PART ?= dev
eval-real: $(BIN)/.installed
	BATCH=$(BATCH) NEWSKB=$(BIN)/newskb PYTHON=$(BIN)/python bench/real/eval.sh $(PART) $(V)

## eval-probe: how much extraction leans on names it knows: the real dev part as written, with every family
## version moved up by 3 (new members), with every family and lab renamed (new makers) and with every gold
## benchmark renamed (new benchmarks); bench/real/probe.py
PROBE_DIR ?= /tmp/newskb-probe
eval-probe: $(BIN)/.installed
	rm -rf $(PROBE_DIR) && $(BIN)/python bench/real/corpus.py layout $(PART) $(PROBE_DIR)/asis $(if $(BATCH),--batch $(BATCH))
	$(BIN)/python bench/real/probe.py versions $(PROBE_DIR)/asis $(PROBE_DIR)/versions
	$(BIN)/python bench/real/probe.py families $(PROBE_DIR)/asis $(PROBE_DIR)/families
	$(BIN)/python bench/real/probe.py benchmarks $(PROBE_DIR)/asis $(PROBE_DIR)/benchmarks
	@for k in asis versions families benchmarks; do printf '%-10s ' $$k; $(BIN)/python -m bench.evaluation $(PROBE_DIR)/$$k/corpus $(PROBE_DIR)/$$k/gold | tail -1; done

clean-venv:
	rm -rf $(VENV)
