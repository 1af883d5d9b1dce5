# zhibiao — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-dev

.PHONY: demo test check lint bench install clean fuzz

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
	$(BIN)/ruff check src tests bench fuzz tools
	$(BIN)/python -m pytest -q; status=$$?; \
	  if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	  exit $$status
	$(BIN)/zhibiao check samples

# Parser regressions: every sample against samples/expected/ (golden files).
check: $(STAMP)
	$(BIN)/zhibiao check samples

lint: $(STAMP)
	$(BIN)/ruff check src tests bench fuzz tools

# Fuzzing (issue 12): the atheris harnesses in fuzz/, FUZZ_SECONDS each, on a working copy
# of the seeds in .fuzz/ (crash files land there too). atheris is installed here only; if
# it cannot be installed, the hypothesis fuzz tests run with many more examples instead.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   ?= -timeout=60 -rss_limit_mb=4096 -print_final_stats=1
fuzz: $(STAMP)
	@mkdir -p .fuzz
	@if $(BIN)/python -m pip install --quiet atheris; then \
	  for harness in pdf html; do \
	    echo "== fuzz/fuzz_$$harness.py for $(FUZZ_SECONDS) s"; \
	    $(BIN)/python fuzz/fuzz_$$harness.py .fuzz/$$harness -max_total_time=$(FUZZ_SECONDS) \
	      -artifact_prefix=.fuzz/ $(FUZZ_FLAGS) || exit 1; \
	  done; \
	else \
	  echo "atheris cannot be installed here: hypothesis fallback" >&2; \
	  ZHIBIAO_FUZZ_EXAMPLES=$$(( $(FUZZ_SECONDS) * 20 )) $(BIN)/python -m pytest -q \
	    -p no:cacheprovider tests/ingest/test_fuzz.py; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/values_speed.py

clean:
	rm -rf out .pytest_cache .ruff_cache .fuzz
