# Article cleaning (ext/core/article*.c, boilerplate.c, dates.c): the cue
# phrases, month names and byline openings are data, compiled in.
ARTICLE_LEX := boilerplate_lines boilerplate_prefixes boilerplate_tails \
               boilerplate_credits dates_months dates_weekdays dates_prefixes \
               article_bylines article_meta article_particles
GEN_HEADERS += $(ARTICLE_LEX:%=$(BUILD)/gen/lex_%.h)
