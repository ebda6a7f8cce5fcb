# The two commands: `make run` and `make test`. Everything else is here for them.
BUILD ?= build
JOBS ?= $(shell nproc)
DATA ?= var
LISTEN ?= 127.0.0.1:8080

.PHONY: all deps build assets run test unit-test browser-test fuzz bench clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)
	@scripts/build-assets.sh $(BUILD)/static

assets:
	@scripts/build-assets.sh $(BUILD)/static

# Fills var/ with demo content on the first start, then serves http://localhost:8080.
run: build
	@$(BUILD)/omzien --data $(DATA) demo --if-empty
	$(BUILD)/omzien --data $(DATA) serve --listen $(LISTEN)

# A test that hangs fails instead of holding up CI: the unit tests after TEST_TIMEOUT seconds,
# each browser story (one file, one process) after BROWSER_STORY_MS.
TEST_TIMEOUT ?= 1500
BROWSER_STORY_MS ?= 300000
UNIT_TESTS = timeout -k 10 $(TEST_TIMEOUT) $(BUILD)/omzien_tests --gtest_brief=1
BROWSER_TESTS = timeout -k 10 $(TEST_TIMEOUT) node --test --test-concurrency=1 --test-timeout=$(BROWSER_STORY_MS) browser/

test: build
	$(UNIT_TESTS)
	$(BROWSER_TESTS)

unit-test: build
	$(UNIT_TESTS)

browser-test: build
	$(BROWSER_TESTS)

# Each fuzz target for a minute (FUZZ_SECONDS), with the corpus kept in fuzz/corpus/<target>.
FUZZ_SECONDS ?= 60
fuzz: deps
	CXX=clang++ cmake -S . -B build-fuzz -DOMZIEN_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build-fuzz -j $(JOBS)
	@scripts/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

bench: build
	@for b in bench/*/run.sh; do echo "== $$b"; $$b $(BUILD) || exit 1; done

clean:
	rm -rf $(BUILD) build-fuzz
