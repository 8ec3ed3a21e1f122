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
ENT_LISTS   := title:data/ent_titles.txt orgcue:data/ent_orgcues.txt \
               orghead:data/ent_orgheads.txt orgword:data/ent_orgwords.txt \
               loccue:data/ent_loccues.txt lochead:data/ent_locheads.txt \
               misccue:data/ent_misccues.txt notent:data/ent_notent.txt \
               particle:data/ent_particles.txt cardinal:data/ent_cardinals.txt \
               func:data/ent_func.txt percue:data/ent_percues.txt \
               demonym:data/ent_demonyms.txt members:data/ent_members.txt place:data/ent_places.txt

$(GEN_ENTLEX): tools/gen_entlex.c ext/core/ent_lex.h | $(BUILD)/tools
	$(CC) -O2 -Wall -Wextra -o $@ $<

$(BUILD)/gen/entlex_data.h: $(GEN_ENTLEX) mk/entities.mk $(foreach l,$(ENT_LISTS),$(word 2,$(subst :, ,$(l)))) | $(BUILD)/gen
	$(GEN_ENTLEX) aff=$(ENT_AFF) dic=$(ENT_DIC) mo-country=$(ENT_COUNTRY) \
	    cldr=$(ENT_CLDR) mo-city=$(ENT_CITY) $(subst :,=,$(ENT_LISTS)) > $@.tmp
	mv $@.tmp $@

# Only the file that holds the table includes it; the others see ent_lex.h.
$(BUILD)/obj/core/ent_lex.o: $(BUILD)/gen/entlex_data.h
