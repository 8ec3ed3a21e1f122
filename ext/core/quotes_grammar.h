/*
** quotes_grammar.h: the tests of the grammar words the quote rules
** compare as written, one a class of data/quote_grammar.txt (articles,
** prepositions, clitics, pronouns, conjunctions). Internal; included by
** quotes_int.h after q_tok_is().
**
** Each test compares token k with its class's words as q_tok_is()
** literals, in the data file's order (the list macros of
** build/gen/quote_grammar_lists.h): the words are data, and cost what
** literals written in C cost. Inline, as the helpers of quotes_int.h
** that use them are, and so that a file using none pays nothing.
*/
#ifndef PRESSE_QUOTES_GRAMMAR_H
#define PRESSE_QUOTES_GRAMMAR_H

#include "quote_grammar_lists.h"

#define Q_GRAMMAR_TEST(name, LIST)                                             \
  static inline int name(const qwork *w, size_t k) {                           \
    return LIST(Q_TOK_IS_K) 0;                                                 \
  }

Q_GRAMMAR_TEST(q_de, DE_WORDS)                    /* de, d' */
Q_GRAMMAR_TEST(q_elided_de, ELIDED_DE)            /* d' */
Q_GRAMMAR_TEST(q_de_article, DE_ARTICLES)         /* du, des */
Q_GRAMMAR_TEST(q_def_sg_whole, DEF_SG_ARTICLES)   /* le, la */
Q_GRAMMAR_TEST(q_elided_article, ELIDED_ARTICLES) /* l' */
Q_GRAMMAR_TEST(q_fem_article, FEM_ARTICLES)       /* la, l' */
Q_GRAMMAR_TEST(q_definite, DEFINITE_ARTICLES)     /* le, la, l', les */
Q_GRAMMAR_TEST(q_elided_non_clitic, ELIDED_NON_CLITICS)
Q_GRAMMAR_TEST(q_verb_clitic, VERB_CLITICS)           /* se, y */
Q_GRAMMAR_TEST(q_reflexive, REFLEXIVES)               /* s', se */
Q_GRAMMAR_TEST(q_stressed_pronoun, STRESSED_PRONOUNS) /* lui, elle */
Q_GRAMMAR_TEST(q_fem_stressed, FEM_STRESSED_PRONOUNS) /* elle */
Q_GRAMMAR_TEST(q_neuter_object, NEUTER_OBJECTS)       /* l', le */
Q_GRAMMAR_TEST(q_as_conjunction, AS_CONJUNCTIONS)     /* comme */
Q_GRAMMAR_TEST(q_subject_relative, SUBJECT_RELATIVES) /* qui */
Q_GRAMMAR_TEST(q_en_pronoun, EN_PRONOUNS)             /* en */
Q_GRAMMAR_TEST(q_a_preposition, A_PREPOSITIONS)       /* à, a */
Q_GRAMMAR_TEST(q_date_article, DATE_ARTICLES)         /* le */
Q_GRAMMAR_TEST(q_presentative_subject, PRESENTATIVE_SUBJECTS)
Q_GRAMMAR_TEST(q_copula, COPULAS)             /* est, était, fut */
Q_GRAMMAR_TEST(q_presentative, PRESENTATIVES) /* voilà, voici */
Q_GRAMMAR_TEST(q_elided_ce, ELIDED_CE)        /* c' */
Q_GRAMMAR_TEST(q_is_word_est, IS_WORDS)       /* est */
Q_GRAMMAR_TEST(q_object_clitic, OBJECT_CLITICS)
Q_GRAMMAR_TEST(q_plural_determiner, PLURAL_DETERMINERS)
Q_GRAMMAR_TEST(q_short_complement_prep, SHORT_COMPLEMENT_PREPS)
Q_GRAMMAR_TEST(q_adverbial_opener, ADVERBIAL_OPENERS)

#endif
