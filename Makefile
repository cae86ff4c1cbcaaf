# Integration Portal. `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MESSAGES := locale/.compiled
HOST ?= 127.0.0.1
PORT ?= 8000
# Development defaults; production sets its own environment.
export DEBUG ?= true

.DEFAULT_GOAL := help
.PHONY: help install run test check cache-payoff soak import-benchmark record-counts readme-screenshots relevance benchmark loadtest observatory lighthouse perf mutation map lint format messages migrate demo stop-db reset-db clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is needed: install Python 3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the pinned requirements

messages: $(MESSAGES) ## Compile the interface translations (locale/*/LC_MESSAGES/django.po; Babel, no system gettext needed)

# Compiled only when a catalogue changed: a process already serving (CI's fuzzing beside its second test pass) must
# never read a .mo file that pybabel is rewriting.
$(MESSAGES): $(STAMP) $(wildcard locale/*/LC_MESSAGES/*.po locale/_django/*/LC_MESSAGES/*.po)
	$(VENV)/bin/pybabel --quiet compile --directory locale --domain django
	$(VENV)/bin/pybabel --quiet compile --directory locale/_django --domain "django djangojs"
	touch $(MESSAGES)

migrate: $(STAMP) ## Check the database is reachable, then apply migrations
	@$(PY) manage.py check_database
	$(PY) manage.py migrate --no-input --verbosity 0

demo: migrate ## Load the demo content (safe to run again)
	$(PY) manage.py load_demo

run: migrate messages ## Set up everything and serve http://127.0.0.1:8000 (demo content and admin on first run)
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py rebuild_search_index --if-empty
	$(PY) manage.py ensure_demo_admin --url http://$(HOST):$(PORT)/admin/
	@# A task worker beside the server (search upkeep after a rename), stopped with it.
	$(PY) manage.py db_worker --interval 1 --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# The suite runs in parallel, one pytest-xdist worker per core, each with its own database.
TEST_WORKERS ?= auto
# The whole suite reports its coverage and fails below the floor in pyproject.toml; a partial run
# (PYTEST_ARGS given) would fall short of it, so it only reports when asked.
COVERAGE_ARGS ?= $(if $(PYTEST_ARGS),,--cov --cov-report=term)

test: $(STAMP) messages ## Run the test suite (DATABASE_URL if set, else a throwaway embedded PostgreSQL)
	DEBUG=false DEV_TOOLS=true MEMORY_CACHE=true TASKS_IMMEDIATE=true HTTPS=false SECRET_KEY=insecure-key-for-tests-only $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(COVERAGE_ARGS) $(PYTEST_ARGS)

readme-screenshots: $(STAMP) messages ## Refresh docs/screenshots/ from the browser tests
	UPDATE_README_SCREENSHOTS=1 DEBUG=false DEV_TOOLS=true HTTPS=false SECRET_KEY=insecure-key-for-tests-only $(PY) -m pytest tests/browser -k readme

relevance: migrate ## Search relevance (nDCG@10, P@5 per language vs. icontains) over the demo; writes docs/measurements/relevance.md
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py search_relevance --write

benchmark: migrate ## Search benchmark on 30,000 synthetic articles in a throwaway database; writes docs/measurements/benchmark.md
	$(PY) manage.py search_benchmark --write

loadtest: $(STAMP) messages ## Load test of the production setup on loopback (gunicorn, local PostgreSQL and Redis, wrk; restarts PostgreSQL once); writes docs/measurements/load-test.md
	@command -v wrk >/dev/null || apt-get install -y -qq wrk || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(PY) manage.py load_test --write $(LOADTEST_ARGS)

soak: $(STAMP) messages ## Readers, an editor, a translator and imports at once for 3 minutes against the production setup (local PostgreSQL; loopback); writes docs/measurements/soak.md
	$(PY) manage.py soak --write $(SOAK_ARGS)

record-counts: migrate ## The record per bloc (periods, events, sources, share sourced); writes docs/measurements/record-counts.md and docs/record.md
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py record_counts --write

import-benchmark: $(STAMP) messages ## A 500-row CSV import of events, preview and confirm, against per-row upkeep, in a throwaway database; writes docs/measurements/import-benchmark.md
	DEBUG=true $(PY) manage.py import_benchmark --write

cache-payoff: migrate messages ## CPU per uncached page with each per-process cache and without it, in one process; writes docs/measurements/cache-payoff.md
	$(PY) manage.py load_demo --if-empty
	DEBUG=false DEV_TOOLS=true HTTPS=false SECRET_KEY=benchmark-only $(PY) manage.py cache_payoff --write

perf: $(STAMP) messages ## Page benchmark: CPU per request of each page at the demo, 10k and 100k articles, against hello-world (PostgreSQL); writes docs/measurements/perf.md
	$(PY) manage.py perf --write

# A maintainer's command, not a CI gate: about 85 minutes on two cores (docs/mutation.md). MODULE=core/dates.py runs one.
mutation: $(STAMP) messages ## Mutation testing (mutmut) of publishing, dates, translation, caches, roles, cells, imports, on-date queries; prints the score per module (needs DATABASE_URL)
	@test -n "$$DATABASE_URL" || { echo "make mutation needs DATABASE_URL=postgres://…/name (one test database per runner is made from it)"; exit 1; }
	DEBUG=false DEV_TOOLS=true MEMORY_CACHE=true TASKS_IMMEDIATE=true HTTPS=false SECRET_KEY=insecure-key-for-tests-only $(PY) -m ops.mutation $(MODULE) $(MUTATION_ARGS)


lighthouse: $(STAMP) messages ## Score every kind of page with Lighthouse against the production configuration (node, Chromium, PostgreSQL); writes docs/measurements/lighthouse.md
	$(PY) manage.py lighthouse --write

observatory: $(STAMP) messages ## Grade the production headers with the MDN HTTP Observatory's scanner, locally (root, node; ports 80/443); writes docs/measurements/observatory.md
	$(PY) manage.py observatory --write

map: $(STAMP) ## Rebuild blocs/mapdata/americas.json from world-atlas (npm)
	DEV_TOOLS=true $(PY) manage.py build_map

lint: $(STAMP) ## ruff check and format check, template indentation, the layer rule
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check -t 2 templates
	$(VENV)/bin/lint-imports --no-cache

check: lint messages ## Every gate but the suite: lint, layers, types, migrations, catalogues in step with the code
	DEBUG=true $(VENV)/bin/mypy
	DEBUG=true $(PY) manage.py makemigrations --check --dry-run
	DEBUG=true $(PY) manage.py check_catalogues

.PHONY: docs docs-serve
# Not --quiet: it hides the warnings that --strict counts, and the build would pass with a broken link. The
# banner NO_MKDOCS_2_WARNING silences is Material's notice of its end of life (docs/dependencies.md).
docs: $(STAMP) ## Build the documentation site from docs/ into var/site/ (mkdocs build --strict: any warning fails)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

docs-serve: $(STAMP) ## Serve the documentation at http://127.0.0.1:8001, rebuilt on every change
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8001

format: $(STAMP) ## Apply ruff's fixes and formatting, and indent the templates
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml -t 2 templates

stop-db: $(STAMP) ## Stop the embedded PostgreSQL server (its data stays in var/pgdata)
	$(PY) -m integration_portal.embedded_postgresql stop

reset-db: stop-db ## Delete the embedded database (var/pgdata) for a clean start
	rm -rf var/pgdata

clean: ## Remove .venv and caches (keeps var/)
	rm -rf $(VENV) $(MESSAGES) .pytest_cache .ruff_cache
