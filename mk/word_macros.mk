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

# $(call bit_list_macros,NAMES,BAD,RULE): the data file $< (lines "word TAB
# bits") as one header of list macros into $@, one for each name of NAMES
# in turn for bits 1, 2, 4, ...: "#define NAME(X) X("word") ...", the words
# whose value has that bit, in the file's order. A file of several small
# sets that one rule each compares, as one header its C file expands where
# a rule wants a set (LIST(MACRO) for each word). A word matching BAD, or a
# value no number, stops the build with "FILE:LINE: a word must be RULE".
define bit_list_macros
awk -F'\t' 'BEGIN { n = split("$(1)", name, " ") } \
  /^[ \t]*(#|$$)/ { next } \
  $$1 ~ /$(2)/ || $$2 !~ /^[0-9]+$$/ { print FILENAME ":" FNR ": a word must be $(3), then a TAB and a number" > "/dev/stderr"; bad = 1; exit 1 } \
  { word[++m] = $$1; bits[m] = $$2 } \
  END { if (bad) exit 1; for (b = 1; b <= n; b++) { printf "#define %s(X)", name[b]; \
    for (i = 1; i <= m; i++) if (int(bits[i] / 2 ^ (b - 1)) % 2) printf " X(\"%s\")", word[i]; printf "\n" } }' $< > $@.tmp
mv $@.tmp $@
endef

# $(call class_list_macros,CLASS:NAME ...,BAD,RULE): the words of the data
# file $< whose value is CLASS, as one header of list macros into $@, one
# for each pair: "#define NAME(X) X("word") ...", in the file's order (the
# other lines are not read). A selected word matching BAD stops the build
# with "FILE:LINE: a word must be RULE".
define class_list_macros
awk -F'\t' 'BEGIN { n = split("$(1)", pair, " "); \
    for (i = 1; i <= n; i++) { split(pair[i], p, ":"); cls[i] = p[1]; name[i] = p[2]; want[p[1]] = 1 } } \
  /^[ \t]*(#|$$)/ || !($$2 in want) { next } \
  $$1 ~ /$(2)/ { print FILENAME ":" FNR ": a word must be $(3)" > "/dev/stderr"; bad = 1; exit 1 } \
  { word[++m] = $$1; of[m] = $$2 } \
  END { if (bad) exit 1; for (b = 1; b <= n; b++) { printf "#define %s(X)", name[b]; \
    for (i = 1; i <= m; i++) if (of[i] == cls[b]) printf " X(\"%s\")", word[i]; printf "\n" } }' $< > $@.tmp
mv $@.tmp $@
endef
