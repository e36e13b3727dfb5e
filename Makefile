# AuditDesk developer commands. Quick start: `make run` (the app on the demo
# database) and `make test` (the whole suite, headless). Both create .venv when
# it is missing, install the project into it, and do nothing more when
# pyproject.toml has not changed since the last install.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.auditdesk-installed

.PHONY: run test venv translations bench bundle clean-venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) scripts/check_python.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

run: $(STAMP)
	@sh scripts/ensure-qt-libs.sh gui
	$(BIN)/auditdesk gui --demo

test: $(STAMP)
	@sh scripts/ensure-qt-libs.sh test
	$(BIN)/python -m pytest -q -p no:cacheprovider

translations: $(STAMP)
	$(BIN)/python scripts/i18n.py update

bench: $(STAMP)
	@sh scripts/ensure-qt-libs.sh offscreen
	$(BIN)/python bench/run_all.py

# The one-folder PyInstaller bundle in dist/AuditDesk (installer/README.md).
bundle: $(STAMP)
	$(BIN)/python installer/build.py

clean-venv:
	rm -rf $(VENV)
