# Two commands set everything up on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint check bench package deb icons translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/reservations-app

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy reservations_app

check: lint test

# The one-folder build for workstations, then dist/reservations-app-<version>-<platform>.tar.gz.
package: $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/reservations.spec
	$(BIN)/python packaging/archive.py dist/reservations-app dist

# The Debian package of that build, dist/reservations-app_<version>_<arch>.deb, linted
# (desktop entry, AppStream metadata, lintian). Installs the Debian tools it needs when missing.
deb: package
	bash packaging/deb_tools.sh
	$(BIN)/python packaging/build_deb.py
	bash packaging/lint_deb.sh dist/reservations-app_$$($(BIN)/python -c \
		'import reservations_app; print(reservations_app.__version__)')_$$(dpkg --print-architecture).deb

# Refresh resources/translations/*.ts from the GUI's tr() calls and compile the .qm files the
# app loads; then translate what is unfinished (Qt Linguist: .venv/bin/pyside6-linguist FILE).
translations: $(VENV)/.installed-run
	$(BIN)/python packaging/translations.py

# Re-render the committed bitmaps after changing resources/icons/app.svg.
icons: $(VENV)/.installed-run
	$(BIN)/python packaging/render_icons.py

# Builds the benchmark clinic once (cached in benchmarks/out/), then prints the figures table.
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
