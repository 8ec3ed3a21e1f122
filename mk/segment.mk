# The segmenter: its word lists and the segdump debugging tool.
GEN_HEADERS += $(BUILD)/gen/lex_elisions.h $(BUILD)/gen/lex_abbreviations.h \
               $(BUILD)/gen/lex_inversions.h $(BUILD)/gen/lex_ordinals.h \
               $(BUILD)/gen/lex_camelcase.h $(BUILD)/gen/lex_sentence_starters.h

SEGDUMP := $(BUILD)/tools/segdump
all: $(SEGDUMP)

$(SEGDUMP): tools/segdump.c $(BUILD)/libpresse.a include/presse.h | $(BUILD)/tools
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libpresse.a $(LDLIBS)
