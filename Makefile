# The two commands: `make demo` and `make test`. Both create .venv and install first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= eventwire.duckdb

.PHONY: demo test lint typecheck unit install clean bench

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	touch $(STAMP)

# The sample corpus and, so that the summary shows rejections, the bad test inputs.
demo: $(STAMP)
	$(BIN)/eventwire run --db $(DB) $(CURDIR)/src/eventwire/data/corpus $(CURDIR)/tests/data/bad-inputs
	@echo
	@echo "Explore: $(BIN)/eventwire query --db $(DB) --type CONSULT"
	@echo "Look:    $(BIN)/eventwire serve --db $(DB)   then open http://127.0.0.1:8000/"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal build dist src/*.egg-info
