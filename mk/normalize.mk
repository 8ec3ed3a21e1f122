# french_normalize(): the folding tables are generated from utf8proc and
# data/fold_overrides.txt by tools/gen_fold.c; bench_core measures the C
# core alone (built on demand by bench/bench_normalize.sh).
GEN_FOLD := $(BUILD)/tools/gen_fold

$(GEN_FOLD): tools/gen_fold.c | $(BUILD)/tools
	$(CC) -O2 -Wall -Wextra $(PKG_CFLAGS) -o $@ $< $(PKG_LIBS)

$(BUILD)/gen/fold_table.h: data/fold_overrides.txt $(GEN_FOLD) | $(BUILD)/gen
	$(GEN_FOLD) $< > $@.tmp && mv $@.tmp $@

GEN_HEADERS += $(BUILD)/gen/fold_table.h

BENCH_CORE := $(BUILD)/tools/bench_core

$(BENCH_CORE): bench/bench_core.c $(BUILD)/libpresse.a include/presse.h | $(BUILD)/tools
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libpresse.a $(LDLIBS)
