# presse: a SQLite extension for French news.
#
#   make            build/presse.so (the loadable extension) and build/libpresse.a
#   make deps       install the Debian packages presse needs (as root), or say which
#   make test       unit + SQL golden tests, then the same under ASan + UBSan
#   make demo       build a database from corpus/ (or CORPUS=dir) and print reports
#   make bench      throughput benchmarks, as ratios against SQLite built-ins
#   make eval       quality against the shared gold annotations
#   make format     clang-format every C file
#
# Sources are found by wildcard: a new feature adds files under ext/core/ and
# ext/sqlite/, data under data/, and, when it needs build rules of its own, a
# fragment mk/NAME.mk, without touching this file.

BUILD   ?= build
CC      ?= cc
SHELL   := /bin/bash
VERSION := $(shell cat VERSION)
SHARED  ?= ../shared
CORPUS  ?= corpus

# Debian packages: build, test, and data the lexicons are generated from.
DEB_BUILD := gcc make pkg-config time sqlite3 libsqlite3-dev libutf8proc-dev \
             libstemmer-dev libcmocka-dev python3 python3-pytest
DEB_DATA  := hunspell-fr-classical iso-codes unicode-cldr-core \
             libgeonames-common
DEB_PKGS  := $(DEB_BUILD) $(DEB_DATA)

PKG_CFLAGS = $(shell pkg-config --cflags sqlite3 libutf8proc 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) -lstemmer

OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
# -fno-semantic-interposition (compile) and -Wl,-Bsymbolic (link, below):
# calls between the extension's own exported functions go direct instead of
# through the PLT, since no program is meant to interpose on them; measured
# 849 -> 167 PLT calls and -0.3% instructions on the bench rows (docs/quotes.md).
WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -fPIC -fno-semantic-interposition $(WARN) $(CFLAGS) $(SAN_FLAGS) \
             -Iinclude -I$(BUILD)/gen -DPRESSE_VERSION='"$(VERSION)"' $(PKG_CFLAGS)
LDLIBS   := $(PKG_LIBS) -lm

CORE_SRC := $(wildcard ext/core/*.c)
SQL_SRC  := $(wildcard ext/sqlite/*.c)
CORE_OBJ := $(CORE_SRC:ext/core/%.c=$(BUILD)/obj/core/%.o)
SQL_OBJ  := $(SQL_SRC:ext/sqlite/%.c=$(BUILD)/obj/sqlite/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Generated headers (fold tables, lexicons) that the sources include.
# Fragments in mk/ append to GEN_HEADERS and add their rules.
GEN_HEADERS :=
-include $(sort $(wildcard mk/*.mk))
# Generated headers are made through pattern rules: without this, make
# deletes them as intermediates and the next build regenerates them all.
.SECONDARY: $(GEN_HEADERS)

.PHONY: all deps test unit-test sql-test test-asan demo bench eval format clean check-deps
.DEFAULT_GOAL := all

all: $(BUILD)/presse.so $(BUILD)/libpresse.a

$(BUILD)/presse.so: $(CORE_OBJ) $(SQL_OBJ)
	$(CC) -shared -Wl,-z,defs -Wl,-Bsymbolic $(CFLAGS) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libpresse.a: $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/obj/core/%.o: ext/core/%.c include/presse.h $(GEN_HEADERS) | $(BUILD)/obj/core
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/sqlite/%.o: ext/sqlite/%.c include/presse.h ext/sqlite/presse_sql.h $(GEN_HEADERS) | $(BUILD)/obj/sqlite
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libpresse.a $(wildcard tests/unit/*.h) | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(BUILD)/libpresse.a -lcmocka $(LDLIBS)

$(BUILD)/obj/core $(BUILD)/obj/sqlite $(BUILD)/tests $(BUILD)/gen $(BUILD)/tools:
	@mkdir -p $@

-include $(CORE_OBJ:.o=.d) $(SQL_OBJ:.o=.d)

# ------------------------------------------------------------------ set-up
# Installs what is missing when run as root; otherwise prints the exact line.
deps:
	@missing=$$(for p in $(DEB_PKGS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "deps: all Debian packages present"; exit 0; fi; \
	missing=$$(echo $$missing); \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "deps: installing $$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	else \
	    echo "deps: missing Debian packages. Run as root:"; \
	    echo "  apt-get install $$missing"; exit 1; \
	fi

# ------------------------------------------------------------------- tests
# The sanitizer build also takes the portable paths (-U__SSE2__) where the
# plain build takes SSE2 ones, so that every test runs on both and
# tests/check_scalar.sh compares their rows; the fuzzers (clang, ASan, SSE2)
# cover the SSE2 paths under a sanitizer.
test: deps
	@$(MAKE) --no-print-directory all unit-bins
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 \
	    SAN_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -U__SSE2__" \
	    all unit-bins
	@tests/run.sh build build/asan

unit-bins: $(UNIT_BIN)

sql-test: all
	@tests/run.sh build

# -------------------------------------------------------------------- demo
demo: deps all
	@if [ -x sql/demo.sh ]; then sql/demo.sh $(BUILD) "$(CORPUS)"; \
	else tests/demo_normalize.sh $(BUILD); fi

# ------------------------------------------------------------------- bench
bench: deps all
	@bench/run.sh $(BUILD) "$(SHARED)"

# -------------------------------------------------------------------- eval
eval: all
	@if [ -f "$(SHARED)/tools/score.py" ]; then \
	    python3 "$(SHARED)/tools/score.py" --ext $(BUILD)/presse $(EVAL_ARGS); \
	else echo "eval: $(SHARED)/tools/score.py not found, skipped"; fi
	@# The team's own annotations of shared Wikinews articles (offsets only,
	@# text filled in from $(SHARED)), scored apart from the shared gold.
	@if [ -f "$(SHARED)/tools/score.py" ] && ls tests/gold/wikinews/*.json >/dev/null 2>&1; then \
	    python3 tests/gold/wikinews/materialize.py "$(SHARED)" $(BUILD)/gold/wikinews >/dev/null && \
	    echo "--- team gold on shared Wikinews articles (tests/gold/wikinews)" && \
	    python3 "$(SHARED)/tools/score.py" --ext $(BUILD)/presse \
	        --set $(BUILD)/gold/wikinews:$(SHARED)/data/wikinews-fr-2012/articles $(EVAL_ARGS); fi
	@# The half of the blind second annotation kept for development
	@# (tests/gold/wikinews2; the other half, tests/gold/heldout2, is not scored here).
	@if [ -f "$(SHARED)/tools/score.py" ] && ls tests/gold/wikinews2/*.json >/dev/null 2>&1; then \
	    python3 tests/gold/wikinews/materialize.py "$(SHARED)" $(BUILD)/gold/wikinews2 wikinews2 >/dev/null && \
	    echo "--- team gold, second annotation, development half (tests/gold/wikinews2)" && \
	    python3 "$(SHARED)/tools/score.py" --ext $(BUILD)/presse \
	        --set $(BUILD)/gold/wikinews2:$(SHARED)/data/wikinews-fr-2012/articles $(EVAL_ARGS); fi
	@# The team's own gold on the scraped seed articles (tests/gold/seeds), apart too.
	@if [ -f "$(SHARED)/tools/score.py" ] && ls tests/gold/seeds/*.json >/dev/null 2>&1; then \
	    python3 tests/gold/wikinews/materialize.py "$(SHARED)" $(BUILD)/gold/seeds seeds >/dev/null && \
	    echo "--- team gold on shared seed articles (tests/gold/seeds)" && \
	    python3 "$(SHARED)/tools/score.py" --ext $(BUILD)/presse \
	        --set $(BUILD)/gold/seeds:$(SHARED)/corpus/seeds $(EVAL_ARGS); fi
	@# Twelve articles written for the project by a blind annotator, rich in
	@# quotes (tests/gold/written: text and gold both in the repository).
	@if [ -f "$(SHARED)/tools/score.py" ] && ls tests/gold/written/*.json >/dev/null 2>&1; then \
	    echo "--- articles written for the project (tests/gold/written)" && \
	    python3 "$(SHARED)/tools/score.py" --ext $(BUILD)/presse \
	        --set tests/gold/written:tests/gold/written $(EVAL_ARGS); fi
	@# Later sets written the same way, each blind for two measures and
	@# development gold since (written2: long, quotes; written3: long, many
	@# speakers; written4: short wire dispatches, dense in entities; written5:
	@# long, speakers by pronoun and role noun; written6: short wire copy,
	@# dense in entities of every kind; written7: news rich in speakers;
	@# written8: articles as a web scraper flattens them; written9: the same;
	@# written10: regional daily press and magazines; written11: national
	@# news rich in institutional speakers; written12: sport, culture and
	@# faits divers as scraped; written13: international wire and dailies;
	@# written14: regional press, business, tech and science pages;
	@# written15: live pages and spoken news; written16: politics and
	@# diplomacy, many speakers; these two development gold from the start;
	@# written17: live pages and spoken news; written18: francophone press
	@# outside France and long-form pages; written19: sport and culture;
	@# written20: international crises and regional daily press; these two
	@# development gold from the start; written21: regional dailies and AFP
	@# wires, local politics, faits divers, interview, tribunes, development
	@# gold from the start; written22: sport, culture, faits divers, local
	@# news and a long interview; written23: administrations, public
	@# services, unions and international bodies, many speakers known as
	@# institutions or functions; both development gold from the start;
	@# written24: news of every kind as a scraper flattens it, development gold
	@# from the start).
	@for set in written2 written3 written4 written5 written6 written7 written8 written9 written10 written11 written12 written13 written14 written15 written16 written17 written18 written19 written20 written21 written22 written23 written24; do \
	    if [ -f "$(SHARED)/tools/score.py" ] && ls tests/gold/$$set/*.json >/dev/null 2>&1; then \
	        echo "--- set written for the project (tests/gold/$$set)" && \
	        python3 "$(SHARED)/tools/score.py" --ext $(BUILD)/presse \
	            --set tests/gold/$$set:tests/gold/$$set $(EVAL_ARGS) || exit 1; fi; done
	@if [ -x tests/eval_boilerplate.sh ]; then tests/eval_boilerplate.sh $(BUILD) "$(SHARED)"; fi

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf build
