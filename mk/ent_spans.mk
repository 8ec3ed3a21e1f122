# entities() spans (ext/core/ent_cand.c): the words that decide where a
# span starts and ends, beside the entity lexicon (data/ent_spanwords.txt).
GEN_HEADERS += $(BUILD)/gen/lex_ent_spanwords.h

# The nouns of a sea's name (bit 512 of data/ent_spanwords.txt: mer, golfe,
# delta) as an X-macro, SEA_NOUN("mer") ...: ent_cand.c compares them as
# written before every span, which costs what literals cost (a lookup there
# cost the loop 0.3%). Their folded form must be their written form.
GEN_HEADERS += $(BUILD)/gen/ent_sea_nouns.h
$(BUILD)/gen/ent_sea_nouns.h: data/ent_spanwords.txt mk/ent_spans.mk | $(BUILD)/gen
	awk -F'\t' '/^[ \t]*(#|$$)/ { next } int($$2 / 512) % 2 { \
	    if ($$1 !~ /^[a-z]+$$/) { print FILENAME ":" FNR ": a sea noun must be lowercase ASCII" > "/dev/stderr"; exit 1 } \
	    printf "SEA_NOUN(\"%s\")\n", $$1 }' $< > $@.tmp
	mv $@.tmp $@

# The lowercase nouns of a street or a bridge (bit 8192 of
# data/ent_spanwords.txt: rue, pont), kept in the name right after them,
# compared as literals the same way (STREET_NOUN("rue") ...).
GEN_HEADERS += $(BUILD)/gen/ent_street_nouns.h
$(BUILD)/gen/ent_street_nouns.h: data/ent_spanwords.txt mk/ent_spans.mk | $(BUILD)/gen
	awk -F'\t' '/^[ \t]*(#|$$)/ { next } int($$2 / 8192) % 2 { \
	    if ($$1 !~ /^[a-z]+$$/) { print FILENAME ":" FNR ": a street noun must be lowercase ASCII" > "/dev/stderr"; exit 1 } \
	    printf "STREET_NOUN(\"%s\")\n", $$1 }' $< > $@.tmp
	mv $@.tmp $@
