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
