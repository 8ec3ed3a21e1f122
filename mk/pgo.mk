# Profile-guided optimisation: PGO=1 (the default, with gcc) or PGO=0.
#
# The library is first compiled instrumented ($(BUILD)/pgo/obj), run over
# the articles of corpus/ and tests/gold but the blind sets
# (tools/pgo_train.sh: quotes(), entities(), french_normalize()), and each
# object of $(BUILD)/obj is then compiled with its profile: gcc lays out
# the branches and inlines for the paths news text takes. The output is the
# same; the instructions of quotes() on the bench rows drop by about 6 %
# (docs/quotes.md, "Speed and memory"). -fprofile-partial-training keeps the
# code the training does not run (corpus(), the tokenizer) optimised as
# without a profile.
#
# A profile is copied to $(BUILD)/pgo/use/ only when its content changed,
# so that after an edit the objects whose counts did not move are not
# compiled again. Sanitizer and fuzz builds (SAN_FLAGS) and compilers other
# than gcc (clang reads another profile format) build without.
PGO ?= 1
PGO_GCC := $(shell $(CC) --version 2>/dev/null | grep -q 'Free Software Foundation' && echo 1)
ifeq ($(PGO)$(PGO_GCC)$(strip $(SAN_FLAGS)),11)
PGO_DIR := $(BUILD)/pgo
# Both compilations of a file name the same -dumpdir (absolute): gcc
# derives the identity of the file's static functions in the profile from
# it. The training writes the counts there; the final compilation reads
# the copy in $(PGO_DIR)/use, to which -fprofile-use=DIR prepends DIR/.
PGO_AUX := $(abspath $(PGO_DIR)/prof)
PGO_USE_DIR := $(abspath $(PGO_DIR)/use)/$(PGO_AUX)
PGO_GEN_OBJ := $(CORE_SRC:ext/core/%.c=$(PGO_DIR)/obj/core/%.o) \
               $(SQL_SRC:ext/sqlite/%.c=$(PGO_DIR)/obj/sqlite/%.o)
PGO_TEXTS := $(wildcard corpus/*.txt) \
             $(filter-out tests/gold/heldout%,$(wildcard tests/gold/*/*.txt))

$(PGO_DIR)/obj/core/%.o: ext/core/%.c include/presse.h $(GEN_HEADERS) | $(PGO_DIR)/obj/core
	$(CC) $(ALL_CFLAGS) -fprofile-generate -dumpdir $(PGO_AUX)/core/ -MMD -MP -c -o $@ $<

$(PGO_DIR)/obj/sqlite/%.o: ext/sqlite/%.c include/presse.h ext/sqlite/presse_sql.h $(GEN_HEADERS) | $(PGO_DIR)/obj/sqlite
	$(CC) $(ALL_CFLAGS) -fprofile-generate -dumpdir $(PGO_AUX)/sqlite/ -MMD -MP -c -o $@ $<

$(PGO_DIR)/obj/sqlite/sql_debug.o: $(BUILD)/gen/presse_build.h

$(PGO_DIR)/obj/core $(PGO_DIR)/obj/sqlite:
	@mkdir -p $@

$(PGO_DIR)/presse.so: $(PGO_GEN_OBJ)
	$(CC) -shared -Wl,-z,defs -Wl,-Bsymbolic $(CFLAGS) -fprofile-generate -o $@ $^ $(LDLIBS)

$(PGO_DIR)/trained: $(PGO_DIR)/presse.so tools/pgo_train.sh $(PGO_TEXTS)
	@rm -rf $(PGO_AUX)
	tools/pgo_train.sh $(PGO_DIR)/presse.so $(PGO_TEXTS)
	@touch $@

# The profile an object is compiled with, rewritten only when it changed.
$(PGO_USE_DIR)/%.gcda: $(PGO_DIR)/trained
	@mkdir -p $(@D)
	@if [ ! -f $(PGO_AUX)/$*.gcda ]; then rm -f $@; \
	elif ! cmp -s $(PGO_AUX)/$*.gcda $@; then cp $(PGO_AUX)/$*.gcda $@; fi

$(CORE_OBJ): $(BUILD)/obj/core/%.o: $(PGO_USE_DIR)/core/%.gcda
$(SQL_OBJ): $(BUILD)/obj/sqlite/%.o: $(PGO_USE_DIR)/sqlite/%.gcda
PGO_USE_FLAGS := -fprofile-use=$(abspath $(PGO_DIR)/use) -fprofile-partial-training \
                 -Wno-missing-profile
$(BUILD)/obj/core/%.o: PGO_USE = $(PGO_USE_FLAGS) -dumpdir $(PGO_AUX)/core/
$(BUILD)/obj/sqlite/%.o: PGO_USE = $(PGO_USE_FLAGS) -dumpdir $(PGO_AUX)/sqlite/

-include $(PGO_GEN_OBJ:.o=.d)
endif
