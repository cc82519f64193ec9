# Two commands set up a fresh machine: `make run` and `make test`. `make help` lists every target.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate demo scheduler test lint check ci clean

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

run: demo ## Install, migrate, load demo content, create the admin user and serve on http://127.0.0.1:$(PORT)
	@$(BIN)/python manage.py ensure_admin_user
	@echo ""
	@echo "  The site:  http://127.0.0.1:$(PORT)/   (Welsh: /cy/, Urdu: /ur/)"
	@echo "  The admin: http://127.0.0.1:$(PORT)/admin/   user: admin"
	@echo "  Scheduled pages are published on time by the scheduler started beside the server."
	@echo ""
	@# DEBUG off by default so visitors see the real 404 and 500 pages; DEBUG=true make run for tracebacks.
	@# The scheduler runs in the background and is stopped with the server (Ctrl-C stops both).
	@$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null; wait $$scheduler 2>/dev/null' EXIT INT TERM; \
	DEBUG=$${DEBUG:-false} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

scheduler: migrate ## Run only the scheduler (publishes scheduled pages every minute) until stopped
	$(BIN)/python manage.py run_scheduler

test: install ## Run every test (SQLite, or the database in DATABASE_URL)
	$(BIN)/python -m pytest

lint: install ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

ci: ## What CI runs: tests on SQLite and PostgreSQL, checks and lint
	bash .ci/run

clean: ## Remove the virtual environment, database and uploaded media
	rm -rf $(VENV) db.sqlite3 media staticfiles
