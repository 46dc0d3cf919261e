# The only entry points. `make demo` and `make test` set everything up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
export PATH := $(CURDIR)/$(BIN):$(PATH)

GEN_PKG := generated/openrouter_api
# scripts/template_patches.py applies our patches (scripts/templates/patches/) to the pinned
# generator's own templates in a temporary directory, then runs `openapi-python-client
# generate --custom-template-path <that directory>` with these arguments; a patch that no
# longer applies fails before anything is generated.
GENERATE = $(PY) scripts/template_patches.py generate --path openapi.yaml --config scripts/generator.yaml \
	--meta none --fail-on-warning --output-path

.PHONY: venv demo test static lint typecheck typecheck-mypy typecheck-pyright typecheck-docs unit regen check-generated operations check-operations unasync check-unasync coverage check-coverage spec spec-sync check-spec spec-report bench soak docs clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) scripts/demo.py

## regen: delete and regenerate the low-level client from openapi.yaml (pinned generator)
# (generated into a temporary directory first: a failure leaves generated/ as it was)
regen: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
	  && $(GENERATE) $$tmp/openrouter_api && touch $$tmp/openrouter_api/py.typed \
	  && rm -rf $(GEN_PKG) && mv $$tmp/openrouter_api $(GEN_PKG) && echo "regenerated $(GEN_PKG)"

## check-generated: fail when regeneration would change a single byte (drift gate)
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
	  && $(GENERATE) $$tmp/openrouter_api >/dev/null && touch $$tmp/openrouter_api/py.typed \
	  && find $$tmp -name __pycache__ -prune -exec rm -rf {} + \
	  && if diff -r -x __pycache__ $$tmp/openrouter_api $(GEN_PKG); then echo "generated/ is up to date"; \
	     else echo "generated/ drifted from openapi.yaml: run 'make regen' and commit" >&2; exit 1; fi

## operations: regenerate the operation table, model names and plain methods (scripts/operations.yaml)
operations: $(STAMP)
	$(PY) scripts/gen_operations.py
	$(PY) scripts/unasync.py
	$(PY) scripts/gen_coverage.py

## coverage: write docs/api-coverage.md (every operation of the spec and its client method)
coverage: $(STAMP)
	$(PY) scripts/gen_coverage.py

## check-coverage: fail when docs/api-coverage.md is stale
check-coverage: $(STAMP)
	$(PY) scripts/gen_coverage.py --check

## check-operations: fail when the generated operation files are stale
check-operations: $(STAMP)
	$(PY) scripts/gen_operations.py --check

## unasync: write the sync twins (_sync/) from the async sources (_async/)
unasync: $(STAMP)
	$(PY) scripts/unasync.py

## check-unasync: fail when a sync twin differs from what its async source gives
check-unasync: $(STAMP)
	$(PY) scripts/unasync.py --check

lint: $(STAMP)
	ruff check .
	ruff format --check .

typecheck: typecheck-mypy typecheck-pyright

typecheck-mypy: $(STAMP)
	mypy --strict openrouter_ext tests/typing

typecheck-pyright: $(STAMP)
	$(BIN)/pyright

## typecheck-docs: every python block of README.md and docs/*.md, each alone, under mypy --strict and pyright strict
typecheck-docs: $(STAMP)
	$(PY) -m tests.docs.typecheck

## unit: the suite on PYTEST_WORKERS processes (pytest-xdist, tests handed out as workers free
## up), coverage combined over the workers. Hypothesis also draws on the constants of the local
## modules a worker has loaded, so its examples vary with the split: a property must hold for
## every example (the two it found false were fixed, not pinned).
PYTEST_WORKERS ?= 2
unit: $(STAMP)
	$(PY) -m pytest -q -p no:randomly -n $(PYTEST_WORKERS) --dist worksteal \
	  --cov=openrouter_ext --cov-branch --cov-report=term --cov-fail-under=90

## static: every gate but the tests, two at a time (2 cores); typecheck-docs last, so that its
## mypy finds the cache typecheck-mypy wrote instead of analysing openrouter_ext a second time
static: $(STAMP)
	$(MAKE) --no-print-directory -j2 --output-sync=target typecheck-mypy typecheck-pyright lint \
	  check-spec check-generated check-operations check-unasync check-coverage
	$(MAKE) --no-print-directory typecheck-docs

## test: everything CI checks (static gates: lint typecheck typecheck-docs check-spec
## check-generated check-operations check-unasync check-coverage; then unit)
test: $(STAMP)
	$(MAKE) --no-print-directory static
	$(MAKE) --no-print-directory unit

## spec: derive openapi.yaml from the committed upstream snapshot (scripts/spec/upstream/),
## our overlay (scripts/spec/overlay.yaml) and the normalisations; never edit it by hand
spec: $(STAMP)
	$(PY) scripts/spec/derive.py -o openapi.yaml

## spec-sync: take a newer upstream snapshot (UPSTREAM=path or URL; it is stored as the committed
## snapshot), derive openapi.yaml from it, then regenerate everything that follows from the spec
UPSTREAM ?= ../shared/reference/openrouter-openapi.upstream.yaml
spec-sync: $(STAMP)
	$(PY) scripts/spec/derive.py $(UPSTREAM) --store -o openapi.yaml
	$(MAKE) regen operations

## check-spec: fail when openapi.yaml is not exactly the derivation of the committed snapshot
check-spec: $(STAMP)
	$(PY) scripts/spec/derive.py --check openapi.yaml

## spec-report: what our spec changes in upstream's, and why (every overlay action, and the
## facts read from upstream's prose)
spec-report: $(STAMP)
	$(PY) scripts/spec/derive.py --report

## bench: openrouter_ext vs raw httpx / httpx-sse / openai on the mock (BENCH_ARGS=--quick for a smoke run)
bench: $(STAMP)
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) -m benchmarks.run $(BENCH_ARGS)

## docs: build the documentation site into site/ (mkdocs + mkdocstrings); any warning fails
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## soak: 10,000 calls with random faults through one client, then leak checks (SOAK_ARGS=--sync)
soak: $(STAMP)
	$(PY) scripts/soak.py $(SOAK_ARGS)

clean:
	rm -rf $(VENV) .coverage htmlcov dist build
