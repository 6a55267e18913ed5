# The two commands the README opens with: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test setup clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test,bench]'
	touch $@

setup: $(BIN)/.installed

demo: setup
	$(BIN)/khabar digest examples/seeds --html khabar-report.html --json khabar-digest.json

# pytest exits 5 when it collects no test: that is a failure here, never a pass.
test: setup
	$(BIN)/python -m pytest 2>&1 | tee .pytest-last.log; exit $${PIPESTATUS[0]}

clean:
	rm -rf $(VENV) build *.egg-info khabar-report.html khabar-digest.json
