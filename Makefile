# Two entry points for a fresh machine: `make demo` and `make test`.
# Each installs the missing Debian packages the build needs, then builds.

SWIFT ?= swift
DEB_PACKAGES := libedit-dev libcurl4-openssl-dev zlib1g-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test lint format fuzz bench clean

deps:
	@missing=""; \
	for package in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" \
	        || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

demo: release
	"$$($(SWIFT) build -c release --show-bin-path)/adsh" --demo

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format format --in-place --recursive Package.swift Sources Tests

test: deps lint
	$(SWIFT) build
	$(SWIFT) test

fuzz: deps
	./Fuzz/run

# Options for Benchmarks/run, such as BENCH_ARGS="--update-page --spec FILE".
BENCH_ARGS ?=

bench: deps
	./Benchmarks/run $(BENCH_ARGS)

clean:
	rm -rf .build
