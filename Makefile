# Policy Tracker: `make run` sets everything up and serves; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
STAMP := $(VENV)/.installed
SECRET_KEY_FILE := .secret_key
# The site as its users see it: DEBUG off (the project's own error pages, hashed static files),
# a secret key generated once into an untracked file, plain HTTP on this machine.
SITE_ENV := DJANGO_DEBUG=0 DJANGO_HTTPS=0 DJANGO_ALLOWED_HOSTS=$(HOST),localhost

.PHONY: run dev serve setup install migrate directory import test test-postgres lint format bench bench-export bench-directory bench-web bench-faults clean

# gunicorn and, next to it, the worker that runs background tasks (admin uploads' imports);
# the worker is stopped when gunicorn stops (Ctrl-C, or a signal to make).
run: setup
	@echo "Policy Tracker: http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/$${DJANGO_ADMIN_URL:-admin/})"
	$(SITE_ENV) $(BIN)/python manage.py db_worker --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(SITE_ENV) $(BIN)/gunicorn tracker.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile -

# For developers: Django's auto-reloading server with DEBUG on.
dev: install migrate import
	DJANGO_DEBUG=1 $(BIN)/python manage.py db_worker --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

setup: install migrate import $(SECRET_KEY_FILE)
	$(SITE_ENV) $(BIN)/python manage.py collectstatic --noinput -v0

$(SECRET_KEY_FILE):
	umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when pyproject.toml changes, so re-running `make run` is quick.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput -v0

# Every country, subdivision, US county and census place, and city of 15,000 or more; adds only
# what is missing, so a re-run takes a few seconds and changes nothing staff edited.
directory: migrate
	$(BIN)/python manage.py load_directory

import: directory
	$(BIN)/python manage.py import_seeds

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The same suite against PostgreSQL (the server on 127.0.0.1:5432 unless DATABASE_URL says otherwise).
test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/policy_tracker} $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python bench/bench_import.py

# Memory and time of the streamed CSV/JSON exports at 5,000 and 20,000 actions.
bench-export: install
	$(BIN)/python bench/bench_export.py --sizes 5000,20000

# Time and row counts of loading the directory of places into a fresh database.
bench-directory: install
	$(BIN)/python bench/bench_directory.py

# Every public page at scale (the full directory, 20,000 actions, 100,000 articles) served by
# gunicorn and loaded with wrk, on SQLite and PostgreSQL; the data sets are built once and kept
# in bench/.web-data/. BENCH_WEB_ARGS="--quick --database sqlite" for a shorter run.
bench-web: install
	$(BIN)/python bench/bench_web.py $(BENCH_WEB_ARGS)

# kill -9 imports at 15 moments and compare with a clean import, on SQLite and PostgreSQL; kill the
# web or task worker handling an admin upload at 5 moments; kill a gunicorn worker during requests;
# load the site while an import writes. BENCH_FAULTS_ARGS=--quick for a short run.
bench-faults: install
	$(BIN)/python bench/bench_faults.py $(BENCH_FAULTS_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache *.egg-info
	@echo "Kept $(SECRET_KEY_FILE) and the database; delete them by hand to start afresh."
