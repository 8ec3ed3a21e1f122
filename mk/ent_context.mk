# entities(): the words of a name's context that say what it names
# (ext/core/ent_context.c, data/ent_context.txt).
GEN_HEADERS += $(BUILD)/gen/lex_ent_context.h

# ent_civility_word() tests a word's first letter before its lookup: every
# form of address of bit 512 must begin with "m" (data/ent_context.txt).
$(BUILD)/gen/lex_ent_context.h: $(BUILD)/gen/ent_context_checked
$(BUILD)/gen/ent_context_checked: data/ent_context.txt mk/ent_context.mk | $(BUILD)/gen
	awk -F'\t' '!/^[ \t]*(#|$$)/ && int($$2 / 512) % 2 && $$1 !~ /^m/ { \
	    print FILENAME ":" FNR ": a form of address of bit 512 must begin with m (ent_civility_word)" > "/dev/stderr"; bad = 1 } \
	    END { exit bad }' $<
	touch $@
