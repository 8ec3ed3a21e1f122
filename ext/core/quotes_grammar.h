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
#include "quote_noun_lists.h"

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
Q_GRAMMAR_TEST(q_la, LA_ARTICLES)                       /* la */
Q_GRAMMAR_TEST(q_de_whole, DE_WHOLE)                    /* de */
Q_GRAMMAR_TEST(q_du, DU_ARTICLES)                       /* du */
Q_GRAMMAR_TEST(q_au, AU_ARTICLES)                       /* au */
Q_GRAMMAR_TEST(q_aux, AUX_ARTICLES)                     /* aux */
Q_GRAMMAR_TEST(q_accented_a, ACCENTED_A)                /* à */
Q_GRAMMAR_TEST(q_dative, DATIVE_PREPOSITIONS)           /* à, au, aux */
Q_GRAMMAR_TEST(q_indefinite, INDEFINITE_ARTICLES)       /* des, un, une */
Q_GRAMMAR_TEST(q_indefinite_plural, INDEFINITE_PLURALS) /* des */
Q_GRAMMAR_TEST(q_vague_determiner, VAGUE_DETERMINERS)
Q_GRAMMAR_TEST(q_quantifier, QUANTIFIERS) /* certains, plusieurs */
Q_GRAMMAR_TEST(q_my_fem, MY_FEM)          /* ma */
Q_GRAMMAR_TEST(q_my_masc, MY_MASC)        /* mon */
Q_GRAMMAR_TEST(q_our_your, OUR_YOUR_POSSESSIVES)
Q_GRAMMAR_TEST(q_and, ET_CONJUNCTIONS)                   /* et */
Q_GRAMMAR_TEST(q_gerund_en, EN_PREPOSITIONS)             /* en */
Q_GRAMMAR_TEST(q_agent_par, AGENT_PREPOSITIONS)          /* par */
Q_GRAMMAR_TEST(q_chez, CHEZ_PREPOSITIONS)                /* chez */
Q_GRAMMAR_TEST(q_on, ON_PRONOUNS)                        /* on */
Q_GRAMMAR_TEST(q_ce, DEMONSTRATIVE_CE)                   /* ce */
Q_GRAMMAR_TEST(q_voila, VOILA_WORDS)                     /* voilà */
Q_GRAMMAR_TEST(q_negation, NEGATIONS)                    /* ne, n' */
Q_GRAMMAR_TEST(q_infinitive_aux, INFINITIVE_AUXILIARIES) /* avoir, être */
Q_GRAMMAR_TEST(q_infinitive_have, INFINITIVE_HAVE)       /* avoir */
Q_GRAMMAR_TEST(q_be_form, BE_FORMS)                      /* est, sont … */
Q_GRAMMAR_TEST(q_demonstrative_pronoun, DEMONSTRATIVE_PRONOUNS)
Q_GRAMMAR_TEST(q_object_pronoun, OBJECT_PRONOUNS) /* l', le, la, les */
Q_GRAMMAR_TEST(q_infinitive_clitic, INFINITIVE_CLITICS)
Q_GRAMMAR_TEST(q_pre_verb_object, PRE_VERB_OBJECTS)
Q_GRAMMAR_TEST(q_y_or_reflexive, Y_OR_REFLEXIVES) /* y, s', se */
Q_GRAMMAR_TEST(q_clause_opener, CLAUSE_OPENERS)
Q_GRAMMAR_TEST(q_new_clause_opener, NEW_CLAUSE_OPENERS)
Q_GRAMMAR_TEST(q_masc_stressed, MASC_STRESSED_PRONOUNS)         /* lui */
Q_GRAMMAR_TEST(q_monsieur_abbreviation, MONSIEUR_ABBREVIATIONS) /* m */
Q_GRAMMAR_TEST(q_fem_said, FEM_SAID_PARTICIPLES)            /* dite, dites */
Q_GRAMMAR_TEST(q_age_noun, AGE_NOUNS)                       /* ans */
Q_GRAMMAR_TEST(q_indefinite_fem, INDEFINITE_FEM)            /* une */
Q_GRAMMAR_TEST(q_indefinite_masc, INDEFINITE_MASC)          /* un */
Q_GRAMMAR_TEST(q_indefinite_singular, INDEFINITE_SINGULARS) /* un, une */
Q_GRAMMAR_TEST(q_etre_third, ETRE_THIRD_PERSONS)            /* est, était */
Q_GRAMMAR_TEST(q_s_l_y_clitic, S_L_Y_CLITICS)               /* s', l', y */
Q_GRAMMAR_TEST(q_dont, DONT_RELATIVES)                      /* dont */
Q_GRAMMAR_TEST(q_masc_demonstrative, MASC_DEMONSTRATIVE_PRONOUNS)
Q_GRAMMAR_TEST(q_fem_demonstrative, FEM_DEMONSTRATIVE_PRONOUNS)
Q_GRAMMAR_TEST(q_first_ordinal, FIRST_ORDINALS)       /* premier, première */
Q_GRAMMAR_TEST(q_second_ordinal, SECOND_ORDINALS)     /* second, deuxième */
Q_GRAMMAR_TEST(q_que, QUE_WORDS)                      /* que */
Q_GRAMMAR_TEST(q_les, LES_ARTICLES)                   /* les */
Q_GRAMMAR_TEST(q_masc_article, MASC_ARTICLES)         /* le, l' */
Q_GRAMMAR_TEST(q_le, LE_ARTICLES)                     /* le */
Q_GRAMMAR_TEST(q_third_possessive, THIRD_POSSESSIVES) /* son, sa, ses */
Q_GRAMMAR_TEST(q_first_possessive, FIRST_POSSESSIVES) /* mon, ma, mes */
Q_GRAMMAR_TEST(q_own_adjective, OWN_ADJECTIVES)       /* propre(s) */
Q_GRAMMAR_TEST(q_group_determiner, GROUP_DETERMINERS)
Q_GRAMMAR_TEST(q_some_determiner, SOME_DETERMINERS)
Q_GRAMMAR_TEST(q_des_article, DES_ARTICLES)             /* des */
Q_GRAMMAR_TEST(q_holder_possessive, HOLDER_POSSESSIVES) /* son, sa, leur */
Q_GRAMMAR_TEST(q_his_her, HIS_HER_POSSESSIVES)          /* son, sa */
Q_GRAMMAR_TEST(q_au_aux, AU_AUX_ARTICLES)               /* au, aux */
Q_GRAMMAR_TEST(q_a_au, A_AU_PREPOSITIONS)               /* à, au */
Q_GRAMMAR_TEST(q_pour, POUR_PREPOSITIONS)               /* pour */
Q_GRAMMAR_TEST(q_and_or, ET_OU_CONJUNCTIONS)            /* et, ou */
Q_GRAMMAR_TEST(q_title_copula, TITLE_COPULAS)           /* est, reste … */

/* The nouns of data/quote_nouns.txt. */
Q_GRAMMAR_TEST(q_minister_noun, MINISTER_NOUNS)       /* ministre */
Q_GRAMMAR_TEST(q_ministry_noun, MINISTRY_NOUNS)       /* ministère */
Q_GRAMMAR_TEST(q_prosecution_noun, PROSECUTION_NOUNS) /* parquet */
Q_GRAMMAR_TEST(q_president_noun, PRESIDENT_NOUNS)     /* président(e) */

/* Q_LOCUTION_TEST(name, LIST) defines name(w, k): whether the tokens from
** k on are the words of LIST in turn, a locution read word by word ("du
** côté de"). */
#define Q_TOK_IS_NEXT(s) q_tok_is(w, at++, s) &&
#define Q_LOCUTION_TEST(name, LIST)                                            \
  static inline int name(const qwork *w, size_t k) {                           \
    size_t at = k;                                                             \
    return LIST(Q_TOK_IS_NEXT) 1;                                              \
  }

Q_LOCUTION_TEST(q_side_locution, SIDE_LOCUTION)      /* du côté */
Q_LOCUTION_TEST(q_ne_pas, NE_PAS_LOCUTION)           /* ne pas */
Q_LOCUTION_TEST(q_fact_locution, FACT_LOCUTION)      /* sur le fait */
Q_LOCUTION_TEST(q_has_been, HAS_BEEN_LOCUTION)       /* a été */
Q_LOCUTION_TEST(q_masc_latter, MASC_LATTER_LOCUTION) /* ce dernier */
Q_LOCUTION_TEST(q_fem_latter, FEM_LATTER_LOCUTION)   /* cette dernière */
Q_LOCUTION_TEST(q_voice_locution, VOICE_LOCUTION)    /* par la voix de */
Q_LOCUTION_TEST(q_judicial_court,
                JUDICIAL_COURT_LOCUTION) /* tribunal judiciaire */

#endif
