/*
** ent_grammar_words.h: the tests of the grammar words the entity rules
** compare as written, one a list of data/ent_grammar.txt (articles,
** prepositions, conjunctions, units), prefixed ew_ (an entity word).
** Internal; included by ent_int.h after word_is().
**
** Each test compares token k with its list's words as word_is()
** literals, in the data file's order (build/gen/ent_grammar.h): the words
** are data, and cost what literals written in C cost: always inlined, as
** word_is() is, so that each test compiles to the literal compares it
** stands for (inlined at GCC's choice, the tests moved its inlining of
** the span loops and cost entities() 0.3 % more instructions).
*/
#ifndef PRESSE_ENT_GRAMMAR_WORDS_H
#define PRESSE_ENT_GRAMMAR_WORDS_H

#include "ent_grammar.h"

#define ENT_GRAMMAR_TEST(name, LIST)                                           \
  static inline __attribute__((always_inline)) int name(const ent_ctx *c,      \
                                                        size_t k) {            \
    return LIST(ENT_WORD_IS_K) 0;                                              \
  }

ENT_GRAMMAR_TEST(ew_de, DE_WORDS)                        /* de */
ENT_GRAMMAR_TEST(ew_a, A_WORDS)                          /* à */
ENT_GRAMMAR_TEST(ew_pour, POUR_WORDS)                    /* pour */
ENT_GRAMMAR_TEST(ew_la, LA_WORDS)                        /* la */
ENT_GRAMMAR_TEST(ew_et, ET_WORDS)                        /* et */
ENT_GRAMMAR_TEST(ew_def_sg, DEF_SG_ARTICLES)             /* le, la, Le, La */
ENT_GRAMMAR_TEST(ew_de_form, DE_FORMS)                   /* de, d' */
ENT_GRAMMAR_TEST(ew_photo_credit, PHOTO_CREDITS)         /* Photo, Archives */
ENT_GRAMMAR_TEST(ew_aux, AUX_WORDS)                      /* aux */
ENT_GRAMMAR_TEST(ew_cap_definite, CAP_DEFINITE_ARTICLES) /* Le … LES */
ENT_GRAMMAR_TEST(ew_cap_article, CAP_ARTICLES)           /* Le, La, Les */
ENT_GRAMMAR_TEST(ew_a_en, A_EN_WORDS)                    /* à, en */
ENT_GRAMMAR_TEST(ew_time_unit, TIME_UNITS)               /* h, min, s */
ENT_GRAMMAR_TEST(ew_sur, SUR_WORDS)                      /* sur, Sur */
ENT_GRAMMAR_TEST(ew_author, AUTHOR_NOUNS)                /* auteur(e) */
ENT_GRAMMAR_TEST(ew_par, PAR_WORDS)                      /* Par, par */
ENT_GRAMMAR_TEST(ew_points, POINT_UNITS)                 /* pts, points */
ENT_GRAMMAR_TEST(ew_a_et_ou, A_ET_OU_WORDS)              /* à, et, ou */
ENT_GRAMMAR_TEST(ew_de_du, DE_DU_WORDS)                  /* de, du */
ENT_GRAMMAR_TEST(ew_credit, CREDIT_WORDS)                /* Crédit */
ENT_GRAMMAR_TEST(ew_photo, PHOTO_WORDS)                  /* photo */
ENT_GRAMMAR_TEST(ew_de_du_des, DE_DU_DES_WORDS)          /* de, du, des */
ENT_GRAMMAR_TEST(ew_au, AU_WORDS)                        /* au */
ENT_GRAMMAR_TEST(ew_cap_les, CAP_LES_WORDS)              /* Les */
ENT_GRAMMAR_TEST(ew_comme, COMME_WORDS)                  /* comme */
ENT_GRAMMAR_TEST(ew_age_noun, AGE_NOUNS)                 /* ans */
ENT_GRAMMAR_TEST(ew_sans, SANS_WORDS)                    /* sans */
ENT_GRAMMAR_TEST(ew_vers, VERS_WORDS)                    /* vers */
ENT_GRAMMAR_TEST(ew_indefinite, INDEFINITE_SINGULARS)    /* un, une */
ENT_GRAMMAR_TEST(ew_le_la, LE_LA_WORDS)                  /* le, la */
ENT_GRAMMAR_TEST(ew_have, HAVE_FORMS)                    /* a, ont */
ENT_GRAMMAR_TEST(ew_cap_le_la, CAP_LE_LA_WORDS)          /* Le, La */
ENT_GRAMMAR_TEST(ew_chez, CHEZ_WORDS)                    /* chez, Chez */
ENT_GRAMMAR_TEST(ew_dose_unit, DOSE_UNITS)               /* mg, ml, µg */
ENT_GRAMMAR_TEST(ew_cap_a, CAP_A_WORDS)                  /* À */
ENT_GRAMMAR_TEST(ew_le_du, LE_DU_WORDS)                  /* le, du */
ENT_GRAMMAR_TEST(ew_du, DU_WORDS)                        /* du */
ENT_GRAMMAR_TEST(ew_name_article, NAME_ARTICLES)         /* Le … Al */
ENT_GRAMMAR_TEST(ew_sg_article, SG_ARTICLES)             /* le … Une */
ENT_GRAMMAR_TEST(ew_le_les, LE_LES_WORDS)                /* le, les */
ENT_GRAMMAR_TEST(ew_dans, DANS_WORDS)                    /* dans */
ENT_GRAMMAR_TEST(ew_definite, DEFINITE_LOWER)            /* le, la, les */
ENT_GRAMMAR_TEST(ew_possessive, POSSESSIVE_DETERMINERS)  /* sa, son, ses */

/* ENT_TEXT_TEST(name, LIST) defines name(s, n): whether the bytes
** s[0..n), a token's text a rule holds already, are one of the words of
** LIST (prefixed ewt_). */
#define ENT_TEXT_IS_SN(w) (n == sizeof w - 1 && !memcmp(s, w, sizeof w - 1)) ||
#define ENT_TEXT_TEST(name, LIST)                                              \
  static inline __attribute__((always_inline)) int name(const char *s,         \
                                                        size_t n) {            \
    return LIST(ENT_TEXT_IS_SN) 0;                                             \
  }

ENT_TEXT_TEST(ewt_cap_article, CAP_ARTICLES)       /* Le, La, Les */
ENT_TEXT_TEST(ewt_upper_article, UPPER_ARTICLES)   /* LE, LA, LES */
ENT_TEXT_TEST(ewt_cap_indefinite, CAP_INDEFINITES) /* Un, Une, The */
ENT_TEXT_TEST(ewt_de, DE_WORDS)                    /* de */
ENT_TEXT_TEST(ewt_de_du, DE_DU_WORDS)              /* de, du */
ENT_TEXT_TEST(ewt_de_du_des, DE_DU_DES_WORDS)      /* de, du, des */
ENT_TEXT_TEST(ewt_la, LA_WORDS)                    /* la */
ENT_TEXT_TEST(ewt_sur, SUR_LOWER_WORDS)            /* sur */
ENT_TEXT_TEST(ewt_sans, SANS_WORDS)                /* sans */
ENT_TEXT_TEST(ewt_et, ET_WORDS)                    /* et */
ENT_TEXT_TEST(ewt_coordinator, COORDINATORS)       /* et, ou */

/* ENT_LOCUTION_TEST(name, LIST) defines name(c, k): whether the tokens
** from k on are the words of LIST in turn ("en commun"). */
#define ENT_WORD_IS_NEXT(s) word_is(c, at++, s) &&
#define ENT_LOCUTION_TEST(name, LIST)                                          \
  static inline __attribute__((always_inline)) int name(const ent_ctx *c,      \
                                                        size_t k) {            \
    size_t at = k;                                                             \
    return LIST(ENT_WORD_IS_NEXT) 1;                                           \
  }

ENT_LOCUTION_TEST(ew_in_common, IN_COMMON_LOCUTION) /* en commun */
ENT_LOCUTION_TEST(ew_social_network,
                  SOCIAL_NETWORK_LOCUTION) /* réseau social */

#endif
