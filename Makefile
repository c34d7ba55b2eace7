# devrel-guide: build, install and package the single binary.  `make help` lists the targets.
#
#   make                      release binary (fully static: Swift, Foundation, ncursesw, libc;
#                             stripped) and its completions, under $(SCRATCH)/dist
#   sudo make install         into PREFIX (default /usr/local); DESTDIR is honoured
#   sudo make uninstall       removes exactly what install put there (its manifest)
#   make deb                  ./devrel-guide_VERSION_ARCH.deb (dpkg-deb, no network)
#   make check-install        Tests/install/check-install.sh (a DESTDIR install, run, uninstall)
#   make man-check            the man page documents every subcommand and option in --help

NAME := devrel-guide

PREFIX      ?= /usr/local
DESTDIR     ?=
BINDIR      ?= $(PREFIX)/bin
DATADIR     ?= $(PREFIX)/share
MANDIR      ?= $(DATADIR)/man
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d
# Lists what install wrote (paths without DESTDIR), so uninstall removes exactly that.
MANIFEST    ?= $(DATADIR)/$(NAME)/install-manifest

SWIFT   ?= swift
STRIP   ?= strip
INSTALL ?= install
# A scratch path of its own: debug builds and `swift test` in .build do not fight over its lock.
SCRATCH ?= .build-release
# A fully static executable (Swift runtime, Foundation, ncursesw and the C library all linked
# in): the dynamic loader has nothing to bind or relocate at start (docs/benchmarks.md has
# the numbers), and the binary needs no shared library on the machine it runs on.
# The functions a session runs are linked next to each other (the list is written by
# bench/startup-order): the kernel reads code in 64 KB blocks around each page that runs, so
# this keeps the guide's memory smaller (docs/benchmarks.md, "Levers"). A stale list only
# costs memory. The list can only move functions that have a section of their own, hence
# -function-sections for our code and its dependencies.
# Generic types are made from accessor functions rather than from their mangled names: that
# spares start-up the runtime's demangler and its scan of every protocol conformance.
STARTUP_ORDER := packaging/startup-order.txt
SWIFT_BUILD := $(SWIFT) build -c release --static-swift-stdlib -Xswiftc -static-executable \
  -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
  -Xlinker --section-ordering-file=$(CURDIR)/$(STARTUP_ORDER) --scratch-path $(SCRATCH)

DIST        := $(SCRATCH)/dist
BIN         := $(DIST)/$(NAME)
COMPDIR     := $(DIST)/completions
COMPLETIONS := $(COMPDIR)/$(NAME).bash $(COMPDIR)/_$(NAME) $(COMPDIR)/$(NAME).fish
MANPAGE     := docs/$(NAME).1

# Everything the binary is built from; the content in Resources/ is compiled into it.
SOURCES := Package.swift $(wildcard Package.resolved) $(STARTUP_ORDER) \
  $(shell find Sources Plugins Resources -type f 2>/dev/null)

INSTALLED := $(BINDIR)/$(NAME) $(MANDIR)/man1/$(NAME).1 $(BASHCOMPDIR)/$(NAME) \
  $(ZSHCOMPDIR)/_$(NAME) $(FISHCOMPDIR)/$(NAME).fish

.PHONY: all build completions install uninstall deb check-install man-check clean help
.DELETE_ON_ERROR:

all: build completions

build: $(BIN)

completions: $(COMPLETIONS)

# Built only when a source changed, so `make && sudo make install` does not build as root.
$(BIN): $(SOURCES)
	$(SWIFT_BUILD) --product $(NAME)
	mkdir -p $(DIST)
	cp "$$($(SWIFT_BUILD) --show-bin-path)/$(NAME)" $@.tmp
	$(STRIP) --strip-all $@.tmp
	mv $@.tmp $@
	@echo "built $@ ($$(du -h $@ | cut -f1), $$($@ --version))"

$(COMPDIR)/$(NAME).bash: $(BIN)
	mkdir -p $(@D)
	$(BIN) --generate-completion-script bash > $@

$(COMPDIR)/_$(NAME): $(BIN)
	mkdir -p $(@D)
	$(BIN) --generate-completion-script zsh > $@

$(COMPDIR)/$(NAME).fish: $(BIN)
	mkdir -p $(@D)
	$(BIN) --generate-completion-script fish > $@

install: $(BIN) $(COMPLETIONS)
	$(INSTALL) -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(MANDIR)/man1' '$(DESTDIR)$(BASHCOMPDIR)' \
	  '$(DESTDIR)$(ZSHCOMPDIR)' '$(DESTDIR)$(FISHCOMPDIR)' '$(DESTDIR)$(dir $(MANIFEST))'
	$(INSTALL) -m 0755 $(BIN) '$(DESTDIR)$(BINDIR)/$(NAME)'
	$(INSTALL) -m 0644 $(MANPAGE) '$(DESTDIR)$(MANDIR)/man1/$(NAME).1'
	$(INSTALL) -m 0644 $(COMPDIR)/$(NAME).bash '$(DESTDIR)$(BASHCOMPDIR)/$(NAME)'
	$(INSTALL) -m 0644 $(COMPDIR)/_$(NAME) '$(DESTDIR)$(ZSHCOMPDIR)/_$(NAME)'
	$(INSTALL) -m 0644 $(COMPDIR)/$(NAME).fish '$(DESTDIR)$(FISHCOMPDIR)/$(NAME).fish'
	printf '%s\n' $(INSTALLED) > '$(DESTDIR)$(MANIFEST)'
	chmod 0644 '$(DESTDIR)$(MANIFEST)'
	@echo "installed $(NAME) into $(DESTDIR)$(PREFIX) (manifest: $(DESTDIR)$(MANIFEST))"

# Removes the files named in the manifest (or, without one, the files this Makefile installs),
# then the manifest and its folder if empty. Shared folders such as bin/ are left in place.
uninstall:
	@manifest='$(DESTDIR)$(MANIFEST)'; \
	if [ -f "$$manifest" ]; then files=$$(cat "$$manifest"); \
	else echo "no $$manifest: removing the files this Makefile installs"; files='$(INSTALLED)'; fi; \
	for file in $$files; do \
	  case "$$file" in /*) ;; *) echo "skipping odd manifest entry: $$file"; continue;; esac; \
	  if [ -e '$(DESTDIR)'"$$file" ] || [ -L '$(DESTDIR)'"$$file" ]; then \
	    rm -f '$(DESTDIR)'"$$file" && echo "removed $(DESTDIR)$$file"; fi; \
	done; \
	rm -f "$$manifest"; rmdir '$(DESTDIR)$(dir $(MANIFEST))' 2>/dev/null || true

deb: $(BIN) $(COMPLETIONS)
	packaging/deb/build-deb.sh $(BIN) $(COMPDIR) $(MANPAGE) $(SCRATCH)/deb .

check-install:
	Tests/install/check-install.sh

# Uses the release binary by default; `make man-check MAN_CHECK_BIN=.build/debug/devrel-guide`
# checks against a debug build instead.
MAN_CHECK_BIN ?= $(BIN)
man-check: $(if $(filter $(BIN),$(MAN_CHECK_BIN)),$(BIN))
	packaging/man-check.sh $(MAN_CHECK_BIN) $(MANPAGE)

clean:
	rm -rf $(SCRATCH)
	rm -f $(NAME)_*.deb

help:
	@sed -n '3,9p' Makefile | sed 's/^# \{0,1\}//'
