# Two commands on a fresh machine: `make site` and `make test`. Everything else is installed from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve bench lint install clean system-packages site-packages assets

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## Debian packages installed when missing (as root, or through sudo): `make site` needs npm for the vendored
## browser libraries; the browser tests need Chromium (driven by Playwright, never downloaded) and a CJK font,
## without which every Chinese character renders as an empty box.
SITE_PACKAGES := npm
TEST_PACKAGES := chromium fonts-noto-cjk
define install-debian-packages
missing=""; for package in $(1); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

system-packages:
	@$(call install-debian-packages,$(TEST_PACKAGES))

site-packages:
	@command -v npm >/dev/null || { $(call install-debian-packages,$(SITE_PACKAGES)); }

## Browser libraries the site ships (Chart.js for the home page's charts): installed from the npm registry at the
## versions package-lock.json pins, and copied into docs/assets/vendor/, so no page loads anything from a CDN.
VENDOR := docs/assets/vendor
$(VENDOR)/chart.umd.min.js: package.json package-lock.json | site-packages
	npm ci --ignore-scripts --no-audit --no-fund --silent
	mkdir -p $(VENDOR)
	cp node_modules/chart.js/dist/chart.umd.min.js $@
	cp node_modules/chart.js/LICENSE.md $(VENDOR)/chart.js.LICENSE.txt

assets: $(VENDOR)/chart.umd.min.js

install: $(VENV)/.installed assets

## Build site/ from articles/ (the generator runs inside mkdocs through the `digest` plugin).
site: $(VENV)/.installed assets
	$(BIN)/mkdocs build --strict

## Run every test: units, the real MkDocs build, the workflow lint and the browser tests.
test: $(VENV)/.installed-test system-packages assets
	$(BIN)/ruff check generator tests tools bench
	$(BIN)/python -m pytest

## Preview with live reload: edits in articles/, templates/ or docs/ rebuild the served site.
serve: $(VENV)/.installed assets
	$(BIN)/mkdocs serve

## Generated corpora of 1,000 and 10,000 articles: build times, memory, page and search sizes, the ratio to
## plain MkDocs + Material, a profile, and the targets (bench/__main__.py). Long: the 10,000 run takes minutes.
bench: $(VENV)/.installed-test system-packages assets
	$(BIN)/python -m bench $(SIZES)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check generator tests tools bench
	$(BIN)/lint-imports

clean:
	rm -rf site .pytest_cache
	rm -rf docs/index.md docs/articles docs/regions docs/provinces docs/sectors docs/time docs/organizations \
	  docs/destinations docs/report.md docs/report docs/data docs/downloads.md docs/feeds
	rm -f docs/.digest-output.json
