# Files of the entity pipeline compiled at -O3 (branch speedE): gcc's
# unswitching of their loops over spans and tokens and its clones of
# functions for their constant arguments cut the instructions of entities()
# on /tmp/cg300.db from 42.36M to 41.48M, and of quotes(), which runs them
# first, from 63.95M to 63.06M. segment.c (+73K) and lexicon.c (+38K) lose
# at -O3 and stay at -O2. An OPT given on the command line (the sanitizer
# and fuzzing builds: OPT=-O1) overrides this one, as it should.
SPEED_O3 := ent_cand ent_class ent_doc ent_context ent_lex
$(SPEED_O3:%=$(BUILD)/obj/core/%.o): OPT = -O3
