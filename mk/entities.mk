# entities(): the lexicon is generated at build time from Debian data
# packages (hunspell-fr-classical, iso-codes, unicode-cldr-core,
# libgeonames-common; `make deps` installs them) and the curated lists
# data/ent_*.txt, into one hash table (see ext/core/ent_lex.h).
GEN_ENTLEX := $(BUILD)/tools/gen_entlex

ENT_DIC     ?= /usr/share/hunspell/fr.dic
ENT_AFF     ?= /usr/share/hunspell/fr.aff
ENT_COUNTRY ?= /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo
ENT_CLDR    ?= /usr/share/unicode/cldr/common/main/fr.xml
ENT_CITY    ?= /usr/share/locale/fr/LC_MESSAGES/geonames.mo
ENT_CITY_BASE ?= /usr/share/locale/en/LC_MESSAGES/geonames.mo
ENT_LOCALES ?= /usr/share/locale
ENT_REGION_JSON ?= /usr/share/iso-codes/json/iso_3166-2.json
ENT_REGION_MO   ?= /usr/share/locale/fr/LC_MESSAGES/iso_3166-2.mo
ENT_LISTS   := title:data/ent_titles.txt orgcue:data/ent_orgcues.txt \
               orghead:data/ent_orgheads.txt orgword:data/ent_orgwords.txt \
               loccue:data/ent_loccues.txt lochead:data/ent_locheads.txt \
               misccue:data/ent_misccues.txt notent:data/ent_notent.txt \
               particle:data/ent_particles.txt cardinal:data/ent_cardinals.txt \
               func:data/ent_func.txt percue:data/ent_percues.txt \
               demonym:data/ent_demonyms.txt members:data/ent_members.txt place:data/ent_places.txt \
               english:data/ent_english.txt speech:$(BUILD)/gen/ent_speech.txt \
               speechfin:$(BUILD)/gen/ent_speechfin.txt notloc:data/ent_notloc.txt \
               event:data/ent_events.txt

# Verbs of saying after or before a name (a déclaré, estime): the 3rd
# person and participle forms of the quote lexicon's lemmas that report
# words (flags 1 or 8 of data/speech_verbs.txt, not the weak 16 nor the
# plural finite forms).
$(BUILD)/gen/ent_speech.txt: $(BUILD)/gen/speech_forms.txt mk/entities.mk | $(BUILD)/gen
	awk -F'\t' 'function b(v, k) { return int(v / k) % 2 } \
	    { v = $$2 + 0 } (b(v, 1) || b(v, 8)) && !b(v, 16) && (b(v, 256) || b(v, 512)) && \
	    !(b(v, 4096) && b(v, 256)) { print $$1 }' $< > $@.tmp
	mv $@.tmp $@

$(BUILD)/gen/ent_speechfin.txt: $(BUILD)/gen/speech_forms.txt mk/entities.mk | $(BUILD)/gen
	awk -F'\t' 'function b(v, k) { return int(v / k) % 2 } \
	    { v = $$2 + 0 } (b(v, 1) || b(v, 8)) && !b(v, 16) && b(v, 256) && !b(v, 4096) { print $$1 }' $< > $@.tmp
	mv $@.tmp $@

# The evidence table: data/ent_evidence.txt ("feature TYPE weight kind")
# as C rows; a feature name that ent_int.h does not know fails the build.
$(BUILD)/gen/ent_evidence.h: data/ent_evidence.txt mk/entities.mk | $(BUILD)/gen
	awk 'BEGIN { print "/* generated from data/ent_evidence.txt by mk/entities.mk */" } \
	    /^[ \t]*(#|$$)/ { next } \
	    NF < 4 { print FILENAME ":" FNR ": expected: feature TYPE weight kind" > "/dev/stderr"; exit 1 } \
	    { printf "{EF_%s, PRESSE_%s, EV_%s, %d},\n", $$1, $$2, toupper($$4), $$3 }' $< > $@.tmp
	mv $@.tmp $@

# The same rows as ENT_W(feature, TYPE, KIND, weight) for the per-feature
# table (one row per feature and type: a duplicate fails the build).
$(BUILD)/gen/ent_evidence_by.h: data/ent_evidence.txt mk/entities.mk | $(BUILD)/gen
	awk '/^[ \t]*(#|$$)/ { next } \
	    { k = $$1 " " $$2; if (k in seen) { print FILENAME ":" FNR ": " k " twice" > "/dev/stderr"; exit 1 } seen[k] = 1; \
	      printf "ENT_W(%s, %s, %s, %d)\n", $$1, $$2, toupper($$4), $$3 }' $< > $@.tmp
	mv $@.tmp $@

$(BUILD)/obj/core/ent_class.o: $(BUILD)/gen/ent_evidence.h $(BUILD)/gen/ent_evidence_by.h

$(GEN_ENTLEX): tools/gen_entlex.c ext/core/ent_lex.h | $(BUILD)/tools
	$(CC) -O2 -Wall -Wextra -o $@ $< -lm

$(BUILD)/gen/entlex_data.h: $(GEN_ENTLEX) mk/entities.mk $(foreach l,$(ENT_LISTS),$(word 2,$(subst :, ,$(l)))) | $(BUILD)/gen
	$(GEN_ENTLEX) aff=$(ENT_AFF) dic=$(ENT_DIC) mo-country=$(ENT_COUNTRY) \
	    cldr=$(ENT_CLDR) mo-city=$(ENT_CITY) mo-city-base=$(ENT_CITY_BASE) \
	    city-locales=$(ENT_LOCALES) json-region=$(ENT_REGION_JSON) \
	    mo-region=$(ENT_REGION_MO) $(subst :,=,$(ENT_LISTS)) > $@.tmp
	mv $@.tmp $@

# Only the file that holds the table includes it; the others see ent_lex.h.
$(BUILD)/obj/core/ent_lex.o: $(BUILD)/gen/entlex_data.h
