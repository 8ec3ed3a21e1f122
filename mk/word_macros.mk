# The one generator behind the X-macro word lists of mk/ent_spans.mk,
# mk/ent_words.mk and mk/speakers.mk: words that single rules compare as
# written are kept in data files, not written in C, and compiled into
# headers of MACRO("word") lines that expand into the same compares.
#
# $(call word_macros,SELECT,MACRO,WHAT,BAD,RULE): the first field of each
# line of the data file $< on which the awk condition SELECT holds ($2 is
# the line's value; "# comments" and blank lines are skipped), as
# MACRO("word") lines into $@. A word matching the regular expression BAD
# stops the build with "FILE:LINE: WHAT must be RULE".
define word_macros
awk -F'\t' '/^[ \t]*(#|$$)/ { next } $(1) { \
    if ($$1 ~ /$(4)/) { print FILENAME ":" FNR ": $(3) must be $(5)" > "/dev/stderr"; exit 1 } \
    printf "$(2)(\"%s\")\n", $$1 }' $< > $@.tmp
mv $@.tmp $@
endef
