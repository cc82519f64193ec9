# Two commands set up a fresh machine: `make run` and `make test`. `make help` lists every target.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Test processes (pytest-xdist): two fit the 2-core CI machines; `make test TEST_WORKERS=4` on a bigger one.
TEST_WORKERS ?= 2
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate demo scheduler worker test browser lint check bench soak ci clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the site with its development tools

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --no-input

demo: migrate ## Load the demo content (safe to run again: it changes nothing the second time)
	$(BIN)/python manage.py load_demo_content

run: demo ## Install, migrate, load demo content, then serve on http://127.0.0.1:$(PORT) with the worker and scheduler
	@$(BIN)/python manage.py ensure_admin_user
	@$(BIN)/python manage.py ensure_demo_users
	@# Links in emails and feeds use the Site record's address: make it the address served here.
	@$(BIN)/python manage.py set_site_address 127.0.0.1 $(PORT)
	@echo ""
	@echo "  The site:  http://127.0.0.1:$(PORT)/   (Welsh: /cy/, Urdu: /ur/)"
	@echo "  The admin: http://127.0.0.1:$(PORT)/admin/   user: admin"
	@echo "  Demo users, one per role: editor, moderator, translator, newsletter (passwords shown when created)"
	@echo "  Scheduled pages are published on time by the scheduler; emails are sent by the worker."
	@if [ -z "$$EMAIL_HOST" ]; then echo "  Emails are written to $(CURDIR)/sent-emails/ (open the .html in a browser, the .eml in a mail program)."; fi
	@echo ""
	@# DEBUG off by default so visitors see the real 404 and 500 pages; DEBUG=true make run for tracebacks.
	@# The workers (email and the rest; reading documents) and the scheduler run in the background and stop
	@# with the server (Ctrl-C stops them all).
	@# Links in admin emails (review requests, consent warnings) point at the address served here too.
	@export WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}; \
	$(BIN)/python manage.py db_worker --no-reload --interval 2 --queue-name default & worker=$$!; \
	$(BIN)/python manage.py db_worker --no-reload --interval 2 --queue-name documents & reader=$$!; \
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$reader $$scheduler 2>/dev/null; wait $$worker $$reader $$scheduler 2>/dev/null' EXIT INT TERM; \
	DEBUG=$${DEBUG:-false} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

worker: migrate ## Run only the background workers until stopped: email and the rest (queue default), documents (queue documents)
	@# Reading documents has its own worker, so email never waits behind a slow file (docs/deploy.md).
	@$(BIN)/python manage.py db_worker --no-reload --queue-name documents & reader=$$!; \
	trap 'kill $$reader 2>/dev/null; wait $$reader 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py db_worker --no-reload --queue-name default

scheduler: migrate ## Run only the scheduler (publishes scheduled pages every minute) until stopped
	$(BIN)/python manage.py run_scheduler

test: install ## Run every test, browser tests too (SQLite, or the database in DATABASE_URL), in TEST_WORKERS processes
	@# loadgroup: the browser tests stay together in one process, around one served demo site (tests/conftest.py).
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

browser: install ## Run only the browser tests (needs Chromium: apt-get install chromium); screenshots in tests/browser/screenshots/
	$(BIN)/python -m pytest tests/browser

lint: install ## Check style with ruff, and that apps import only downward (import-linter; docs/architecture.md)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

check: install ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

bench: install ## Benchmarks on PostgreSQL (newsletter delivery, site search, pages over HTTP); writes docs/benchmarks.md
	$(BIN)/python -m bench.newsletter_delivery
	$(BIN)/python -m bench.search
	$(BIN)/python -m bench.http $(BENCH_HTTP_ARGS)

soak: install ## 16 clients for 60 s with one PostgreSQL restart: errors, recovery, lost sign-ups; writes docs/benchmarks.md
	$(BIN)/python -m bench.soak

ci: ## What CI runs: tests on SQLite and PostgreSQL, checks and lint
	bash .ci/run

clean: ## Remove the virtual environment, database, development key, uploaded media, the page cache and browser-test screenshots
	rm -rf $(VENV) db.sqlite3 .secret-key media staticfiles .page-cache tests/browser/screenshots
