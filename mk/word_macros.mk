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

comma := ,

# $(call bit_list_macros,LISTS,BAD,RULE): the data file $< (lines "word TAB
# bits") as one header of list macros into $@, one a list of LISTS, a NAME
# for bits 1, 2, 4, ... in turn or a BIT:NAME pair for one bit:
# "#define NAME(X) X("word") ...", the words whose value has that bit, in
# the file's order. A file of several small sets that one rule each
# compares, as one header its C file expands where a rule wants a set
# (LIST(MACRO) for each word). A listed word matching BAD, or a value no
# number, stops the build with "FILE:LINE: a word must be RULE".
bit_list_macros = $(call list_macros,bit,$(1),$(2),$(3),$(comma) then a TAB and a number)

# $(call class_list_macros,CLASS:NAME ...,BAD,RULE): the words of the data
# file $< whose value is CLASS, as one header of list macros into $@, one
# for each pair: "#define NAME(X) X("word") ...", in the file's order (the
# other lines are not read). A selected word matching BAD stops the build
# with "FILE:LINE: a word must be RULE".
class_list_macros = $(call list_macros,class,$(1),$(2),$(3))

# $(call named_list_macros,BAD,RULE): the data file $< (lines "word TAB
# NAME", a word on as many lines as it has lists) as one header of list
# macros into $@, one a NAME in the order they first come:
# "#define NAME(X) X("word") ...", its words in the file's order. For the
# closed classes of grammar words that rules name (REFLEXIVES: s, se),
# which a number would only hide. A word matching BAD, or a NAME no C
# macro name in capitals, stops the build with "FILE:LINE: a word must be
# RULE".
named_list_macros = $(call list_macros,name,,$(1),$(2),$(comma) then a TAB and a NAME in capitals)


# $(call list_macros,MODE,LISTS,BAD,RULE,MORE): the one awk program of the
# three above. MODE bit: a list's VALUE is a bit of the word's value, and
# every line's value must be a number; MODE class: it is the word's value,
# and lines of no list are not read; MODE name: the lists are the values
# themselves. MORE follows RULE in the message.
define list_macros
awk -F'\t' -v mode=$(1) 'function listed(v, i) { return mode == "bit" ? int(v / want[i]) % 2 : v == want[i] } \
  BEGIN { n = split("$(2)", item, " "); for (i = 1; i <= n; i++) \
    if (split(item[i], p, ":") == 2) { want[i] = p[1]; name[i] = p[2] } else { want[i] = 2 ^ (i - 1); name[i] = p[1] } } \
  /^[ \t]*(#|$$)/ { next } \
  mode == "bit" && $$2 !~ /^[0-9]+$$/ || mode == "name" && $$2 !~ /^[A-Z][A-Z0-9_]*$$/ { bad = 1 } \
  mode == "name" && !bad && !($$2 in list) { list[$$2] = ++n; want[n] = $$2; name[n] = $$2 } \
  { any = 0; for (i = 1; i <= n; i++) if (listed($$2, i)) any = 1 } \
  !any && !bad { next } \
  bad || $$1 ~ /$(3)/ { print FILENAME ":" FNR ": a word must be $(4)$(5)" > "/dev/stderr"; bad = 1; exit 1 } \
  { word[++m] = $$1; val[m] = $$2 } \
  END { if (bad) exit 1; for (i = 1; i <= n; i++) { printf "#define %s(X)", name[i]; \
    for (j = 1; j <= m; j++) if (listed(val[j], i)) printf " X(\"%s\")", word[j]; printf "\n" } }' $< > $@.tmp
mv $@.tmp $@
endef
