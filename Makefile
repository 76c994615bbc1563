# The two commands: `make run` and `make test`. Both install missing system packages first.
PRESET ?= release
BUILD_DIR := build/$(PRESET)
CLI := $(BUILD_DIR)/bin/kolplanner-cli
DEMO ?= $(BUILD_DIR)/demo.kolplan

.PHONY: all deps configure build run test test-sanitize test-asan fuzz bench package format clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

# `run` opens the demo project in the desktop window.
run: build
	@bash scripts/demo.sh $(CLI) $(DEMO)

# `test` runs the whole suite, then the engine's and the CLI's tests again under ASan + UBSan.
test: build
	@ctest --preset $(PRESET)
ifeq ($(PRESET),release)
	@$(MAKE) --no-print-directory test-sanitize
endif

test-sanitize: deps
	@cmake --preset asan-core >/dev/null
	@cmake --build --preset asan-core
	@ctest --preset asan-core

# Everything, the GUI included, under ASan + UBSan.
test-asan:
	@$(MAKE) --no-print-directory test PRESET=asan

# libFuzzer targets (clang): each runs FUZZ_SECONDS (default 60); see docs/reliability.md.
fuzz:
	@bash scripts/fuzz.sh

bench: build
	@$(BUILD_DIR)/bin/kolplanner-bench

# The Debian package: build/release/kolplanner_<version>_<arch>.deb
package: build
	@cd $(BUILD_DIR) && cpack -G DEB

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf build
