# Hardening (docs/robustness.md).
#
#   make fuzz       builds the libFuzzer targets fuzz/fuzz_*.c with clang
#                   (ASan + UBSan, in build/fuzz) and runs each for
#                   FUZZ_SECONDS (default 30): `make fuzz FUZZ_SECONDS=600`
#                   for long runs, FUZZ_TARGETS="sql quotes" for some only.
#                   The corpus grows in build/fuzz/corpus/, crashes land in
#                   build/fuzz/findings/. Seeds are generated from the
#                   repository's articles and tests (fuzz/seeds.py).
#   make memcheck   the unit and SQL tests under valgrind --leak-check=full.
#
# The fuzz build is a sub-make of the normal rules with BUILD=build/fuzz,
# CC=clang and the sanitizer flags, so new sources are picked up as for
# every other build. The SQL layer is compiled with -DSQLITE_CORE and linked
# with the system libsqlite3: fuzz_sql calls presse_register(db) directly.
.PHONY: fuzz fuzz-build fuzz-bins memcheck

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 30
FUZZ_DIR     ?= build/fuzz
FUZZ_TARGETS ?= $(patsubst fuzz/fuzz_%.c,%,$(wildcard fuzz/fuzz_*.c))
FUZZ_SAN     := -fsanitize=fuzzer-no-link,address,undefined \
                -fno-sanitize-recover=all -fno-omit-frame-pointer -DSQLITE_CORE

fuzz-build:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_DIR) CC=$(FUZZ_CC) OPT=-O1 \
	    SAN_FLAGS="$(FUZZ_SAN)" fuzz-bins

fuzz: fuzz-build
	@python3 fuzz/seeds.py $(FUZZ_DIR)/seeds "$(SHARED)"
	@fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Inside the sub-make, BUILD is build/fuzz.
FUZZ_BINS := $(patsubst fuzz/fuzz_%.c,$(BUILD)/bin/fuzz_%,$(wildcard fuzz/fuzz_*.c))
fuzz-bins: $(FUZZ_BINS)

$(BUILD)/bin:
	@mkdir -p $@

FUZZ_LINK_sql = $(SQL_OBJ) -lsqlite3
$(BUILD)/bin/fuzz_sql: $(SQL_OBJ)

$(BUILD)/bin/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(BUILD)/libpresse.a | $(BUILD)/bin
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LINK_$*) \
	    $(BUILD)/libpresse.a $(LDLIBS)

memcheck: all unit-bins
	@tests/memcheck.sh $(BUILD)

# tests/oom_sql.c: the SQL layer compiled with -DSQLITE_CORE against the
# system SQLite, so that SQLITE_CONFIG_MALLOC reaches every allocation
# (tests/check_oom_sql.sh builds and runs it).
OOM_SQL_OBJ := $(SQL_SRC:ext/sqlite/%.c=$(BUILD)/obj/core-sqlite/%.o)

$(BUILD)/obj/core-sqlite:
	@mkdir -p $@

$(BUILD)/obj/core-sqlite/sql_debug.o: $(BUILD)/gen/presse_build.h

$(BUILD)/obj/core-sqlite/%.o: ext/sqlite/%.c include/presse.h ext/sqlite/presse_sql.h $(GEN_HEADERS) | $(BUILD)/obj/core-sqlite
	$(CC) $(ALL_CFLAGS) -DSQLITE_CORE -c -o $@ $<

$(BUILD)/tools/oom_sql: tests/oom_sql.c $(OOM_SQL_OBJ) $(BUILD)/libpresse.a | $(BUILD)/tools
	$(CC) $(ALL_CFLAGS) -o $@ $< $(OOM_SQL_OBJ) $(BUILD)/libpresse.a -lsqlite3 $(LDLIBS)

# tests/check_linear.sh: one core function on an adversarial text.
$(BUILD)/tools/linear_driver: tests/linear_driver.c $(BUILD)/libpresse.a | $(BUILD)/tools
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libpresse.a $(LDLIBS)

# make deps: the fuzzers need clang (libFuzzer), memcheck and
# tests/check_linear.sh need valgrind.
DEB_PKGS += clang valgrind
