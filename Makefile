# entente — see README.md. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev
BENCH_STAMP := $(VENV)/.installed-bench
DEMO_DB := demo.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test bench bench-api screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/entente ingest --db $(DEMO_DB) src/entente/samples
	$(BIN)/entente docs --db $(DEMO_DB)
	$(BIN)/entente events --db $(DEMO_DB)
	$(BIN)/entente serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

test: $(STAMP)
	scripts/run_tests.sh $(BIN)/python

bench: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.run

bench-api: $(STAMP)
	$(BIN)/python -m benchmarks.api

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py screenshots

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache bench-out screenshots
