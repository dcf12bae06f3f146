# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo-data/demo.sqlite

.PHONY: run test lint typecheck bench demo clean dist

$(STAMP): pyproject.toml
	@bash build/ensure-system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

$(DEMO_DB): | $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	$(VENV)/bin/lofte --db $(DEMO_DB) init --demo

demo: $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(VENV)/bin/lofte-desktop --db $(DEMO_DB)

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check lofte_desktop tests bench db
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) bench/run_all.py $(BENCH)

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
