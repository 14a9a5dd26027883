# Arka: the two commands a newcomer needs.
#   make demo   installs what is missing, builds, and builds the demo books
#   make test   installs what is missing, builds, and runs every test
# `make bench` runs the benchmarks against ledger-cli and hledger (not part of `make test`).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libsqlite3-dev libxlsxwriter-dev
# Independent tools the tests cross-check against (the journal export is recomputed by hledger).
PEER_PACKAGES := hledger ledger sqlite3 time

.PHONY: demo test deps peers pydeps build bench clean

# install_missing PACKAGES, FALLBACK: installs the Debian packages not yet installed (with
# sudo when not root; one retry, as a download sometimes fails once), then runs FALLBACK
# when that fails. An empty FALLBACK makes the failure stop make.
define install_missing
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		( $(SUDO) apt-get update -qq && \
		  ( DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing || \
		    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing ) ) $(2); \
	fi
endef

deps:
	$(call install_missing,$(APT_PACKAGES),)

# openpyxl reads the workbooks back in the tests.
pydeps:
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install --quiet openpyxl || \
		python3 -m pip install --quiet --break-system-packages openpyxl || \
		( $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-openpyxl )

peers:
	$(call install_missing,$(PEER_PACKAGES),|| echo "could not install$$missing: the cross-checks against them are skipped (they fail when CI is set)")

build: deps
	$(SWIFT) build --product arka

demo: build
	.build/debug/arka demo --out demo

test: deps peers pydeps
	$(SWIFT) build --product arka
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps peers
	bash bench/run.sh

clean:
	rm -rf .build demo bench-out
