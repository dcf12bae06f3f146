# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo-data/demo.sqlite

.PHONY: run test lint typecheck bench demo clean dist translations

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

# Collects the UI's Swedish source strings into the English .ts, then compiles .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -source-language sv_SE -target-language en_GB $$(find lofte_desktop/ui -name '*.py' | sort) -ts resources/translations/lofte_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/lofte_en.ts -qm resources/translations/lofte_en.qm

bench: $(STAMP)
	$(PY) bench/run_all.py $(BENCH)

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
