# The two commands a newcomer needs:
#   make serve   set up, build the embedded demo model on first run, serve it
#   make test    set up and run the test suite (what CI runs)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
REPO   ?= model_repository
HOST   ?= 127.0.0.1
PORT   ?= 8000

DEMO_DENSE := runs/demo-dense/model.safetensors
DEMO_FTWT  := runs/demo-ftwt/model.safetensors
DEMO_ENTRY := $(REPO)/digits-resnet56/1/manifest.json

.PHONY: setup test stack-tools browser-tools serve demo clean-demo kernels

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

test: setup stack-tools browser-tools
	$(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; rc=0; fi; exit $$rc

# tests/test_stack.py runs a real Prometheus next to the server. Install Debian's package when it
# is missing and we can (root with apt-get); otherwise that test skips and says why.
stack-tools:
	@command -v prometheus >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing prometheus (apt-get) for tests/test_stack.py"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus; } \
	      >/dev/null 2>&1 || echo "prometheus could not be installed; tests/test_stack.py will skip"; \
	  else \
	    echo "prometheus not found (and not root with apt-get); tests/test_stack.py will skip"; \
	  fi; }

# The native engine's GEMM micro-kernels, runtime/ftwt/native/kernels.h, are generated: edit
# tools/gen_kernels.py and run this, then rebuild the engine (pip install -e .). The generated
# file is committed; tests/test_native_codegen.py fails when it is not what the script writes.
kernels:
	$(PYTHON) tools/gen_kernels.py

# tests/test_ui_browser.py drives the page in headless Chromium: Debian's chromium and its
# chromedriver (nothing is downloaded at run time). Installed like Prometheus when missing.
browser-tools:
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium and chromium-driver (apt-get) for tests/test_ui_browser.py"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	        chromium chromium-driver; } >/dev/null 2>&1 || echo "chromium could not be installed; tests/test_ui_browser.py will skip"; \
	  else \
	    echo "chromium not found (and not root with apt-get); tests/test_ui_browser.py will skip"; \
	  fi; }

# The embedded demo: FTWT ResNet-56 on scikit-learn's digits (about 5 minutes on 2 cores).
$(DEMO_DENSE): | setup
	$(BIN)/dynaprune train --arch resnet56 --data digits --epochs 60 --batch-size 32 --out runs/demo-dense --force

$(DEMO_FTWT): $(DEMO_DENSE)
	$(BIN)/dynaprune train --method ftwt --from runs/demo-dense --r 0.7 --epochs 40 --batch-size 32 \
		--out runs/demo-ftwt --force

$(DEMO_ENTRY): $(DEMO_FTWT)
	$(BIN)/dynaprune export runs/demo-ftwt --repo $(REPO) --name digits-resnet56 --version 1 --verify --force

demo: $(DEMO_FTWT)
	$(BIN)/dynaprune evaluate runs/demo-ftwt

serve: setup $(DEMO_ENTRY)
	$(BIN)/dynaprune serve --repo $(REPO) --host $(HOST) --port $(PORT)

clean-demo:
	rm -rf runs/demo-dense runs/demo-ftwt $(REPO)/digits-resnet56
