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

# What only the tests need, installed when missing: a throwaway PostgreSQL server;
# chromium and nodejs, where axe-core checks the published web page (tests/web/);
# LibreOffice, which opens the exported .xlsx. npm comes with some nodejs builds
# (NodeSource), so Debian's npm is added only when the command is missing.
TEST_APT := postgresql postgresql-client chromium nodejs libreoffice-calc-nogui

test: $(STAMP)
	@LOFTE_EXTRA_APT="$(TEST_APT)" bash build/ensure-system-deps.sh
	@command -v npm >/dev/null || LOFTE_EXTRA_APT="npm" bash build/ensure-system-deps.sh
	@test -d tests/web/node_modules || (cd tests/web && npm ci --no-audit --no-fund)
	$(PY) -m pytest -q

# lint-imports: the layering contracts in pyproject.toml ([tool.importlinter]).
lint: $(STAMP)
	$(VENV)/bin/ruff check lofte_desktop tests bench db
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

# Collects the UI's Swedish source strings into the English .ts, then compiles .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -source-language sv_SE -target-language en_GB $$(find lofte_desktop/ui -name '*.py' | sort) -ts resources/translations/lofte_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/lofte_en.ts -qm resources/translations/lofte_en.qm
	msgfmt --check-format -o resources/translations/argparse_sv.mo resources/translations/argparse_sv.po

bench: $(STAMP)
	$(PY) bench/run_all.py $(BENCH)

# The installable one-folder bundle, dist/lofte-desktop/ (app.spec, docs/packaging.md).
# PyInstaller works in .pyinstaller/ and writes to dist/: build/ holds our scripts.
# POSTGRES=1 also bundles the shared-store driver (a larger coordinator bundle).
DIST_DIR := dist/lofte-desktop
DIST_STAMP := $(VENV)/.dist-installed
POSTGRES ?= 0

$(DIST_STAMP): $(STAMP) pyproject.toml
	@LOFTE_EXTRA_APT="binutils icu-devtools" bash build/ensure-system-deps.sh
	$(PY) -m pip install --quiet -e '.[dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(if $(filter 1,$(POSTGRES)),$(PY) -m pip install --quiet -e '.[postgres]')
	LOFTE_DIST_POSTGRES=$(POSTGRES) $(VENV)/bin/pyinstaller --noconfirm --log-level WARN \
		--workpath .pyinstaller --distpath dist app.spec
	@$(PY) build/bundle_size.py $(DIST_DIR)
	@touch .pyinstaller/checked
	$(DIST_DIR)/lofte-desktop --self-test
	$(DIST_DIR)/lofte --help > /dev/null
	@test -z "$$(find $(DIST_DIR) -newer .pyinstaller/checked)" \
		|| { echo "Paketet skrev i sin egen mapp:"; find $(DIST_DIR) -newer .pyinstaller/checked; exit 1; }
	@echo "Klart: $(DIST_DIR)/lofte-desktop och $(DIST_DIR)/lofte"

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
