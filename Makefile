# zhibiao — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-dev

.PHONY: demo test check lint bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install whenever the project definition changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/zhibiao convert samples -o out

# The review page's browser tests drive Debian's chromium (never a downloaded browser).
.PHONY: chromium
chromium:
	@command -v chromium >/dev/null || { SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $$SUDO apt-get update && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

# pytest exits 5 when it collects nothing; that is a failure here, never a pass.
test: $(STAMP) chromium
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q; status=$$?; \
	  if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	  exit $$status
	$(BIN)/zhibiao check samples

# Parser regressions: every sample against samples/expected/ (golden files).
check: $(STAMP)
	$(BIN)/zhibiao check samples

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	$(BIN)/python bench/values_speed.py

clean:
	rm -rf out .pytest_cache .ruff_cache
