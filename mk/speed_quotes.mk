# Files of the quote stages compiled at -O3 (branch speedQ), as mk/speed.mk
# does for the entity pipeline (branch speedE): measured one file at a time
# on /tmp/cg300.db, quotes() from 62.16M instructions, these gain (quotes.c
# -76K, quotes_pron -125K, quotes_title -85K, quotes_canon -48K,
# quotes_speaker -31K, quotes_marks -28K, quotes_indirect -16K; together
# 62.16M -> 61.75M); quotes_lex (+71K) and quotes_cue (+15K) lose and stay
# at -O2, the others gain under 10K. An OPT given on the command line (the
# sanitizer and fuzzing builds: OPT=-O1) overrides this one. The objects
# depend on this file so that a change of the list rebuilds them.
SPEED_O3_QUOTES := quotes quotes_canon quotes_indirect quotes_marks \
                   quotes_pron quotes_speaker quotes_title
$(SPEED_O3_QUOTES:%=$(BUILD)/obj/core/%.o): OPT = -O3
$(SPEED_O3_QUOTES:%=$(BUILD)/obj/core/%.o): mk/speed_quotes.mk

# GCC's code hoisting (on at -O2) moves the computations that several
# paths share up to where they part: in q_lex_features' token loop, short
# of registers, the hoisted values are held across the paths that do not
# need them, spilled and reloaded (branch speedM). Without it, measured
# one file at a time on /tmp/cg300.db from 60.40M instructions:
# quotes_lex -176K, quotes_title -27K, quotes_indirect -16K, quotes_marks
# -12K (the others within 10K). The entity pipeline's files gain too,
# entities() from 41.28M: ent_cand -68K, ent_class -30K, ent_lex -30K,
# segment -21K, ent_context -18K (ent_doc and entities.c within 3K), and
# utf8.c's validation of every document -39K on quotes(); this
# file comes after mk/speed.mk, so their -O3 is kept and the flag added.
# The flag is given where the compiler knows it (clang does not: an error
# there).
NO_CODE_HOISTING := $(shell $(CC) -fno-code-hoisting -E -x c /dev/null \
                      >/dev/null 2>&1 && echo -fno-code-hoisting)
SPEED_NO_HOIST := quotes_lex quotes_title quotes_indirect quotes_marks \
                  ent_cand ent_class ent_lex ent_context segment utf8
$(SPEED_NO_HOIST:%=$(BUILD)/obj/core/%.o): OPT += $(NO_CODE_HOISTING)
$(SPEED_NO_HOIST:%=$(BUILD)/obj/core/%.o): mk/speed_quotes.mk
