# zhibiao — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-dev
#: Exact versions (and hashes) of everything the two commands and CI install: `make lock`.
LOCK    = requirements.lock
#: `make lock` takes the newest versions; LOCK_FLAGS="--upgrade-package pyarrow" bumps one.
LOCK_FLAGS ?= --upgrade
#: Debian packages the commands install themselves: a CJK font, so pages drawn for OCR show
#: Chinese text in fonts a PDF does not embed (reading never uses it: ingest/pdf_fonts.py);
#: chromium for the review page's browser tests (never a downloaded browser).
DEMO_PACKAGES = fonts-wqy-microhei
TEST_PACKAGES = fonts-wqy-microhei chromium

.PHONY: demo test check lint bench install clean fuzz lock system-demo system-test score

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The lock first (no resolver, hashes checked), then zhibiao itself on top of it; pip check
# fails when pyproject.toml asks for something the lock lacks (run `make lock`).
$(STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

install: $(STAMP)

# Refresh the lock (CPython 3.11 on Linux, as CI runs it) from pyproject.toml's ranges.
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml tools/lock.in --extra dev --generate-hashes \
	  --python-version 3.11 $(LOCK_FLAGS) -o $(LOCK)

# apt-get install of the packages not yet installed (sudo when not root). A new machine may
# be running apt itself (unattended upgrades at boot): apt-get update does not wait for its
# lock, so each step is tried again for up to two minutes before the command fails.
APT_RETRY = for attempt in 1 2 3 4 5 6 7 8 9 10 11 12; do $(1) && break; \
	  [ $$attempt -lt 12 ] || exit 1; echo "apt-get failed (busy?): again in 10 s" >&2; \
	  sleep 10; done
APT_INSTALL = missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	  | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $(call APT_RETRY,$$SUDO apt-get update); \
	  $(call APT_RETRY,$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing); \
	fi

system-demo:
	@if command -v apt-get >/dev/null; then $(call APT_INSTALL,$(DEMO_PACKAGES)); \
	else echo "no apt-get: install a CJK font yourself for OCR of non-embedded fonts" >&2; fi

system-test:
	@$(call APT_INSTALL,$(TEST_PACKAGES))

demo: $(STAMP) system-demo
	$(BIN)/zhibiao convert samples -o out

# pytest exits 5 when it collects nothing; that is a failure here, never a pass.
PYTEST = status=0; $(1) $(BIN)/python -m pytest -q $(2) || status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status
#: Run twice: as the machine is, and with its fonts hidden (the output must not change).
FONT_TESTS = tests/ingest/test_pdf.py tests/ingest/test_pdf_fonts.py

test: $(STAMP) system-test
	$(BIN)/ruff check src tests bench fuzz tools
	$(BIN)/mypy
	$(call PYTEST,,)
	$(BIN)/zhibiao check samples
	$(MAKE) --no-print-directory score
	@echo "== the PDF tests and the samples again, with the machine's fonts hidden"
	$(call PYTEST,tests/without_fonts.sh,-p no:cacheprovider $(FONT_TESTS))
	tests/without_fonts.sh $(BIN)/zhibiao check samples

# Accuracy on the labelled real corpus (corpus/README.md), its test part: the floors are
# today's figures less a margin, so a parser change that loses real-document accuracy
# fails; raise them as parsing improves. `make score SCORE_PART=dev` for the dev part.
SCORE_PART   ?= test
SCORE_FLOORS ?= --min-value-recall 0.94 --min-role-recall 0.93 \
	--min-role-indicator-recall 0.79 --min-precision 0.93
score: $(STAMP)
	@rm -rf .score/$(SCORE_PART)
	$(BIN)/zhibiao score .score/$(SCORE_PART) corpus/real/$(SCORE_PART) --convert $(SCORE_FLOORS)

# Parser regressions: every sample against samples/expected/ (golden files).
check: $(STAMP)
	$(BIN)/zhibiao check samples

# mypy checks src/ as the package zhibiao ([tool.mypy] in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check src tests bench fuzz tools
	$(BIN)/mypy

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
	rm -rf out .pytest_cache .ruff_cache .mypy_cache .fuzz .score
