# Arka: the two commands a newcomer needs.
#   make demo   installs what is missing, builds, and builds the demo books
#   make test   installs what is missing, builds, and runs every test
# `make bench` runs the benchmarks against ledger-cli and hledger (not part of `make test`).
# `make install` builds a release arka and installs it with its templates and demo books under
# PREFIX (default /usr/local; DESTDIR is honoured); `make uninstall` removes them.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libsqlite3-dev libxlsxwriter-dev
# Independent tools the tests cross-check against (the journal export is recomputed by hledger;
# the workbooks are printed by LibreOffice, which .ci/run installs, and read back by poppler's
# pdftotext, with Carlito, Calibri's metric twin, to set them in).
PEER_PACKAGES := hledger ledger sqlite3 time poppler-utils fonts-crosextra-carlito

PREFIX ?= /usr/local
# What arka finds beside its executable, under PREFIX/share/arka (see ShippedFiles.swift).
SHIPPED := templates/workbooks templates/scoring templates/profiles ledgers/mallakaster ledgers/social-business

.PHONY: demo test deps peers pydeps build bench clean release install install-files uninstall

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

# openpyxl reads the workbooks back in the tests; Selenium drives Chromium in the pages' browser
# test (below 4.52, with the driver's path given: Debian's chromium-driver, which .ci/run installs).
pydeps:
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install --quiet openpyxl || \
		python3 -m pip install --quiet --break-system-packages openpyxl || \
		( $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-openpyxl )
	@python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet "selenium<4.52" || \
		python3 -m pip install --quiet --break-system-packages "selenium<4.52" || \
		echo "could not install Selenium: the browser test is skipped (it fails when CI is set)"

peers:
	$(call install_missing,$(PEER_PACKAGES),|| echo "could not install$$missing: the cross-checks against them are skipped (they fail when CI is set)")

build: deps
	$(SWIFT) build --product arka

# The demo books, and their demo users for `arka serve` (the password of each is demo- and its name).
DEMO_USERS_PROJECT := admin:admin officer:officer committee:committee auditor:viewer
DEMO_USERS_SHOP := clerk:clerk officer:officer auditor:viewer

demo: build
	.build/debug/arka demo --out demo
	@for user in $(DEMO_USERS_PROJECT); do printf 'demo-%s\n' "$${user%%:*}" | \
		.build/debug/arka user add --ledger demo/mallakaster.arka "$${user%%:*}" --role "$${user##*:}" --user demo || exit 1; done
	@for user in $(DEMO_USERS_SHOP); do printf 'demo-%s\n' "$${user%%:*}" | \
		.build/debug/arka user add --ledger demo/social-business.arka "$${user%%:*}" --role "$${user##*:}" --user demo || exit 1; done
	@echo
	@echo "Serve the demo books to a browser:"
	@echo "  .build/debug/arka serve --ledger project=demo/mallakaster.arka --ledger shop=demo/social-business.arka"
	@echo "then open http://127.0.0.1:8080/ and sign in: on the project's books as officer, committee, auditor"
	@echo "(a viewer) or admin; on the shop's as clerk, officer or auditor. Each password is demo- and the name"
	@echo "(demo-clerk, demo-officer, ...)."

# The scripts CI and the benchmarks run are read for their syntax first: a broken script fails here.
# The tests run with a throwaway PostgreSQL cluster for the centre's (Tests/central-cluster.sh).
test: deps peers pydeps
	@for script in .ci/run bench/*.sh Tests/*.sh; do bash -n "$$script" || exit 1; done
	$(SWIFT) build --product arka
	$(SWIFT) build --build-tests
	bash Tests/central-cluster.sh run $(SWIFT) test --skip-build

# The installed arka carries the Swift runtime (it runs without the toolchain); it is built in
# its own folder so that it never relinks the release build the benchmarks use.
INSTALL_BUILD := $(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-install

release: deps
	$(INSTALL_BUILD) --product arka

install: release
	@$(MAKE) --no-print-directory install-files ARKA_BIN="$$($(INSTALL_BUILD) --show-bin-path)/arka"

# as_installer COMMAND: runs COMMAND, with sudo when the nearest existing folder of the
# destination is not writable (and we are not root).
define as_installer
	@dest="$(DESTDIR)$(PREFIX)"; while [ ! -e "$$dest" ]; do dest=$$(dirname "$$dest"); done; \
	sudo=""; [ -w "$$dest" ] || sudo="$(SUDO)"; \
	$$sudo sh -c '$(1)'
endef

# Installs the executable ARKA_BIN (`make install` passes the release build) and the shipped files.
install-files:
	@[ -x "$(ARKA_BIN)" ] || { echo "ARKA_BIN=$(ARKA_BIN) is not an executable arka" >&2; exit 1; }
	$(call as_installer,set -e; \
		install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/arka/templates" "$(DESTDIR)$(PREFIX)/share/arka/ledgers"; \
		install -m 755 "$(ARKA_BIN)" "$(DESTDIR)$(PREFIX)/bin/arka"; \
		for d in $(SHIPPED); do rm -rf "$(DESTDIR)$(PREFIX)/share/arka/$$d"; cp -R "$$d" "$(DESTDIR)$(PREFIX)/share/arka/$$d"; \
			chmod -R a+rX "$(DESTDIR)$(PREFIX)/share/arka/$$d"; done)
	@echo "installed $(DESTDIR)$(PREFIX)/bin/arka and its templates and demo books in $(DESTDIR)$(PREFIX)/share/arka"

uninstall:
	$(call as_installer,rm -f "$(DESTDIR)$(PREFIX)/bin/arka"; rm -rf "$(DESTDIR)$(PREFIX)/share/arka")

bench: deps peers
	bash bench/run.sh

clean:
	rm -rf .build .build-install demo bench-out
