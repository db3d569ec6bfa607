# Two commands do all setup on a fresh clone:  make demo  |  make test
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kronika demo

test: $(STAMP)
	$(BIN)/ruff check kronika tests benchmarks tools
	$(BIN)/kronika dict check
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check kronika tests benchmarks tools

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_morph.py
	$(BIN)/python benchmarks/bench_actors.py
	$(BIN)/python benchmarks/bench_code.py
	$(BIN)/python benchmarks/bench_code.py --corpus aeb --repeat 1

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
