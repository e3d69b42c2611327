# Two entry points for a fresh machine: `make run` and `make test`. Everything else is set-up.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-stamp
PORT ?= 5000
FLASK = $(BIN)/flask --app recupere_don

.PHONY: run test lint chromium tools translations bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## The English catalogue is compiled here, not committed (.mo files are build products).
translations: $(STAMP)
	$(BIN)/pybabel compile -d translations

## Serve the map on http://127.0.0.1:$(PORT) with an SQLite database and the demo places.
run: $(STAMP) translations
	$(FLASK) init-db --with-demo
	$(FLASK) run --port $(PORT)

## Browser tests drive Debian's Chromium; install it when it is missing and we may.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "Chromium est requis pour les tests de navigateur : sudo apt-get install chromium" >&2; exit 1; fi; }

## The deploy/ tests check the files with the tools that will read them: Caddy, systemd-analyze.
tools:
	@{ command -v caddy && command -v systemd-analyze; } >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends caddy systemd >/dev/null; \
		else echo "Caddy et systemd-analyze servent aux tests de deploy/ : sudo apt-get install caddy systemd" >&2; exit 1; fi; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## Lint, type-check, then the whole suite (SQLite; PostgreSQL too when TEST_POSTGRES_URL is set).
test: $(STAMP) translations chromium tools lint
	$(BIN)/pytest

bench: $(STAMP) translations
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script; done
