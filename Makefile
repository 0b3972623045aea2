# `make run` and `make test` set themselves up: they create .venv and install the project into it
# (editable, with the test extras) whenever pyproject.toml is newer than the last install.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint smoke-oldest venv examples bench clean docs

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip uninstall -qq --yes snakemake-executor-plugin-slurm snakemake-executor-plugin-slurm-jobstep
	touch $(STAMP)

# Snakemake's Slurm executor for tests/test_cluster_profile.py, outside the venv's site-packages: every
# Snakemake start imports the installed executor plugins, and this one asks scontrol at import (≈ 10 s
# on a host with a Slurm client but no reachable controller). The test puts it on PYTHONPATH.
SLURM_PLUGIN := $(VENV)/slurm-plugin
$(SLURM_PLUGIN)/.installed: $(STAMP) Makefile
	rm -rf $(SLURM_PLUGIN)
	$(BIN)/python -m pip install --quiet --target $(SLURM_PLUGIN) --no-deps \
		"$$(sed -n 's/^slurm = \["\(.*\)"\]/\1/p' pyproject.toml)" 'snakemake-executor-plugin-slurm-jobstep>=0.2' \
		numpy pandas python-dateutil six throttler pytz tzdata
	touch $@

run: $(STAMP)
	$(BIN)/snakemake --cores all --configfile config/config.yaml

# The suite runs in $(TEST_WORKERS) processes (pytest-xdist); a module whose tests share an expensive
# set-up (a Slurm, a wheel, a batch run) is marked xdist_group and runs whole in one of them.
TEST_WORKERS ?= 2
# pytest exits 5 when it collected no test at all: say so plainly and fail, never pass silently.
# No test is known to flake (interrupt tests wait on events; a stop request is prompt): the retry of
# failed tests (--last-failed) is only a guard, and a test that passes on retry is named FLAKY so that
# it gets fixed, not hidden.
test: $(STAMP) $(SLURM_PLUGIN)/.installed
	@$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadgroup; rc=$$?; \
	if [ $$rc -eq 1 ]; then \
		echo "make test: retrying the failed tests once (a guard: a pass on retry is reported as FLAKY)" >&2; \
		$(BIN)/python -m pytest -q --last-failed --last-failed-no-failures none; rc=$$?; \
		[ $$rc -eq 0 ] && echo "make test: FLAKY: the tests above failed once and passed on retry" >&2; \
	fi; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; exit $$rc

# Lint and format: ruff (rule set in pyproject.toml), Snakemake's own linter, snakefmt. .ci/run runs
# this before the tests.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/snakemake --lint --configfile config/config.yaml
	$(BIN)/snakefmt --check Snakefile rules

# The oldest Snakemake that pyproject.toml accepts, in a venv of its own (kept between runs, rebuilt
# when pyproject.toml changes): a short batch through the CLI and through plain Snakemake.
SNAKEMAKE_OLDEST := $(shell sed -n 's/.*"snakemake>=\([0-9.]*\),<10".*/\1/p' pyproject.toml)
OLDEST := .venv-snakemake-oldest
$(OLDEST)/.installed: pyproject.toml
	test -x $(OLDEST)/bin/python || $(PYTHON) -m venv $(OLDEST)
	$(OLDEST)/bin/python -m pip install --quiet --upgrade pip
	$(OLDEST)/bin/python -m pip install --quiet -e '.[test]' 'snakemake==$(SNAKEMAKE_OLDEST)'
	touch $@

smoke-oldest: $(OLDEST)/.installed
	@echo "make smoke-oldest: Snakemake $$($(OLDEST)/bin/python -m snakemake --version)"
	$(OLDEST)/bin/python -m pytest -q -p no:cacheprovider \
		tests/test_cli_parallel.py::test_progress_lines_summary_failure_fix_and_noop_rerun \
		tests/test_batch_workflow.py::test_outputs_mirror_awkward_names_and_reruns_are_incremental

# The user guide: MkDocs with the Material theme, into site/; --strict fails on a broken link, a page
# missing from the nav or a warning of the reference pages' hook (docs/hooks/).
DOCS_STAMP := $(VENV)/.installed-docs
$(DOCS_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	touch $@

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

examples: $(STAMP)
	$(BIN)/python tests/sample_cvs.py

clean:
	rm -rf results .snakemake site
