/*
** ent_int.h: what the entity pipeline's files share. Internal to the core.
**
** The pipeline: candidates (ent_cand.c) -> classification (ent_class.c)
** -> document-level consistency (ent_doc.c), driven by entities.c. Every
** pass is linear in the number of tokens (consistency is linear in the
** number of spans up to a hash table), and lexicon lookups are done
** lazily, only for tokens that can matter: capitalised words and the few
** words around them.
*/
#ifndef PRESSE_ENT_INT_H
#define PRESSE_ENT_INT_H

#include "ent_lex.h"
#include "presse.h"

/* Bits of ent_ctx.info[] besides the EL_* lexicon flags (which use the
** low 29 bits). */
#define TI_LOOKED (1u << 31) /* the lexicon flags were looked up */
#define TI_AMBIG (1u << 30)  /* a capital here says nothing (see ent_cand.c) */

/* Evidence strength for a type decision, compared across mentions. */
enum { EV_NONE = 0, EV_DEFAULT = 1, EV_LEXICON = 2, EV_CUE = 3, EV_FORM = 4 };

/* The features a type decision weighs (ent_class.c detects them,
** data/ent_evidence.txt weighs them, ent_doc.c adds the doc_* ones). */
/* clang-format off */
#define ENT_FEATURES(X)                                                        \
  X(place_phrase) X(country) X(demonym) X(elided_article) X(event_head)        \
  X(name_number) X(year) X(org_head) X(loc_head) X(misc_head)                  \
  X(title_before) X(initials) X(org_cue) X(misc_cue) X(acronym_digit)          \
  X(digits) X(acronym_name) X(given_first) X(given_place_first) X(org_word)    \
  X(has_place) X(surname_last) X(acronym_defined) X(acronym)                   \
  X(cardinal_place) X(place) X(place_parts) X(work_title) X(head_alone)             \
  X(loc_cue) X(group_plural) X(proper_noun) X(name_word) X(words_article)      \
  X(words_common) X(words) X(common_word) X(after_noun_de) X(no_evidence)      \
  X(verb_after) X(verb_before) X(function_after) X(age_after) X(doc_type)      \
  X(doc_person) X(doc_acronym) X(doc_last_word) X(place_number)                \
  X(english_words) X(brand_first) X(doc_list) X(doc_product) X(event_word)     \
  X(person_particle) X(doc_first_word) X(group_name) X(camel_brand)          \
  X(doc_start) X(article_before)                                               \
  X(person_context) X(origin_de) X(dateline)                                  \
  X(shape_loc) X(scorer) X(body_context) X(defines_acronym) X(masthead) X(view_holder) X(team_bracket) \
  X(place_in_passing)
/* clang-format on */

#define ENT_FEATURE_ENUM(n) EF_##n,
enum { ENT_FEATURES(ENT_FEATURE_ENUM) EF_COUNT };
#undef ENT_FEATURE_ENUM
/* A span's features are the bits of an ent_feat: 128 of them where the
** compiler has a 128-bit integer (GCC and Clang on 64-bit targets), else
** 64, which ENT_FEATURES must then fit. Aligned as a uint64_t, so that
** ent_span grows by one word only. */
#if defined(__SIZEOF_INT128__)
typedef unsigned __int128 ent_feat __attribute__((aligned(8)));
#define ENT_FEAT_BITS 128
#else
typedef uint64_t ent_feat;
#define ENT_FEAT_BITS 64
#endif
#define EFB(n) ((ent_feat)1 << EF_##n)
_Static_assert(EF_COUNT <= ENT_FEAT_BITS, "more entity features than bits");

/* The features 64 and up of x, and x from its two halves (the public
** presse_entity holds them as two uint64_t). */
static inline uint64_t ent_feat_hi(ent_feat x) {
#if ENT_FEAT_BITS == 128
  return (uint64_t)(x >> 64);
#else
  (void)x;
  return 0;
#endif
}
static inline ent_feat ent_feat_join(uint64_t lo, uint64_t hi) {
#if ENT_FEAT_BITS == 128
  return (ent_feat)hi << 64 | lo;
#else
  (void)hi;
  return lo;
#endif
}

/* One row of the evidence table (data/ent_evidence.txt). */
typedef struct ent_weight {
  uint8_t feat, type, ev;
  int16_t weight;
} ent_weight;

/* Sum the weights of the features in feat into score[type] (type 1..4)
** and the strongest kind of evidence of each type into ev[type]. */
void ent_score(ent_feat feat, int score[5], uint8_t ev[5]);

/* The evidence trace of a mention: the features in feat with what each
** brings ("given_first PER+30 verb_after PER+14 => PER 44"), into out
** (NUL-terminated, cut at cap). Returns the length written. */
size_t ent_evidence_text(ent_feat feat, int type, char *out, size_t cap);

typedef struct ent_span {
  uint32_t t0, t1;  /* tokens [t0, t1) */
  uint32_t b0, b1;  /* bytes (b0 may fall inside token t0: ex-Union) */
  uint32_t c0, c1;  /* code points */
  uint32_t canon;   /* index of the span holding the canonical form */
  uint64_t key;     /* hash of the folded text (ent_doc.c) */
  ent_feat feat;    /* EFB() of the features that fired */
  int16_t score[5]; /* evidence for each type (index: enum presse_ent_type) */
  uint8_t type;     /* enum presse_ent_type, 0 = dropped */
  uint8_t ev;       /* EV_* of the type */
  uint8_t nname;    /* name words (capitalised) in the span */
  uint8_t flags;    /* SP_* */
} ent_span;

enum {
  SP_ALLCAPS = 1,   /* one token, all capitals: an acronym */
  SP_DIGIT = 2,     /* contains a digit or a number token */
  SP_INITIAL = 4,   /* contains an initial (A.) */
  SP_DEMONYM = 8,   /* a nationality noun on its own */
  SP_WEAK = 16,     /* a capitalised common word: kept only if ent_doc.c finds
                    ** it inside a longer name of the document */
  SP_PRESET = 32,   /* typed by ent_cand.c (type, ev), which ent_classify()
                    ** keeps: a part of a word (Mali of Mali-Russie), whose
                    ** bytes are not those of its token */
  SP_EVENT = 64,    /* opens with an event's head word (data/ent_spanwords.txt:
                    ** Marathon, Open, Mondial) */
  SP_PARTICLE = 128 /* two names joined by a person's de: Kerlouan de Pavic */
};

typedef struct ent_ctx {
  const char *text;
  size_t n;
  const presse_token *tok;
  size_t ntok;
  uint32_t *info; /* per token: EL_* | TI_* */
  ent_span *sp;
  size_t nsp, capsp;
  const presse_mem *mem;
} ent_ctx;

/* What the folded word s[0..n), known to no lexicon, looks like by its
** shape (ent_lex.h): PRESSE_PER, PRESSE_LOC, or 0 when it says little. */
int ent_shape_type(const char *s, size_t n);

/* The EL_* flags of token i (looked up once, then cached): the cached
** answer inline, the lookup in ent_lex.c. */
uint32_t ent_tok_flags_lookup(ent_ctx *c, size_t i);
static inline uint32_t ent_tok_flags(ent_ctx *c, size_t i) {
  if (i < c->ntok && (c->info[i] & TI_LOOKED))
    return c->info[i] & ~(TI_LOOKED | TI_AMBIG);
  return ent_tok_flags_lookup(c, i);
}

/* Is token i a word token? */
static inline int ent_is_word(const ent_ctx *c, size_t i) {
  return i < c->ntok && c->tok[i].kind == PRESSE_TOK_WORD;
}

/* The bytes of token i (i < ntok) and their number. */
static inline const char *tok_s(const ent_ctx *c, size_t i) {
  return c->text + c->tok[i].b0;
}
static inline size_t tok_n(const ent_ctx *c, size_t i) {
  return c->tok[i].b1 - c->tok[i].b0;
}

/* ent_fold() of s[0..n), bytes of c's text, into out (room for
** ENT_FOLD_MAX bytes): a word of up to sixteen bytes with sixteen
** readable goes by ent_fold16() (branch speedE2). */
static inline size_t ent_fold_text(const ent_ctx *c, const char *s, size_t n,
                                   char *out) {
#if defined(__SSE2__)
  if (n - 1 < 16 && (size_t)(c->text + c->n - s) >= 16) {
    size_t m = ent_fold16(s, n, out);
    if (m) return m;
  }
#endif
  return ent_fold(s, n, out);
}

/* Is token i the word w, as written? Always inlined: w is a literal, so
** that strlen() and memcmp() fold into a compare or two (called out of
** line they cost a call to each, 60 instructions, in the loops of
** ent_class.c). */
static inline __attribute__((always_inline)) int
word_is(const ent_ctx *c, size_t i, const char *w) {
  size_t l = strlen(w);
  return ent_is_word(c, i) && tok_n(c, i) == l && !memcmp(tok_s(c, i), w, l);
}

/* ENT_WORD_LIST_TEST(name, LIST) defines name(c, k): whether token k is
** one of the words of LIST, a list macro of a header made by
** bit_list_macros (mk/word_macros.mk) from a data file, compared as
** word_is() literals in the list's order: the words stay data and cost
** what literals written in C would. */
#define ENT_WORD_IS_K(s) word_is(c, k, s) ||
#define ENT_WORD_LIST_TEST(name, LIST)                                         \
  static int name(const ent_ctx *c, size_t k) {                                \
    return LIST(ENT_WORD_IS_K) 0;                                              \
  }

#include "ent_grammar_words.h"

/* The features that the words around span s give it (ent_context.c):
** forms of address, kinship, words only persons take, a place of origin
** (not looked for when own, its features so far, has a strong one), a
** dateline, a place's form; ntok is its number of word and number
** tokens. */
ent_feat ent_context_features(ent_ctx *c, const ent_span *s, int ntok,
                              ent_feat own);

/* Is span s one word no lexicon knows in brackets right after a person,
** the person's team or party ("Iker Kerbrat (Kervistar)"; ent_context.c)? */
int ent_team_in_brackets(ent_ctx *c, const ent_span *s);
/* Is word token i a form of address of one person (M., Mme, Monsieur)? */
int ent_civility_word(ent_ctx *c, size_t i);

/* Is token i a month (data/ent_context.txt)? */
int ent_month_at(ent_ctx *c, size_t i);

/* Are tokens [t0, t1) the place of a dateline: opening a line, then a
** date ("KERVEL, 12 mars. —", "Kervel, 3 mai")? */
int ent_dateline_at(ent_ctx *c, size_t t0, size_t t1);

/* "Médecins sans frontières": tokens i and j + 1 around "sans" (token
** j), two plural nouns, the first capitalised (ent_cand.c). */
int sans_plural(ent_ctx *c, size_t i, size_t j);

/* Do the words [i, k) spell the word in brackets after them, "(" being
** token k ("Banque européenne pour la reconstruction et le développement
** (BERD)", "... (Cédéao)")? (ent_cand.c) */
int ent_spells_acronym(ent_ctx *c, size_t i, size_t k);
int ent_defines_acronym(ent_ctx *c, size_t i, size_t k);

/* Does token i open a title of a work in quotation marks ("« Les Heures
** claires »")? The token of the closing mark, or 0 (ent_cand.c). */
size_t ent_quoted_title(ent_ctx *c, size_t i);

/* Is word token i a given name, or a hyphenated one whose first part is
** ("Paul-Henri" when the lexicon lacks it)? (ent_cand.c) */
int ent_given_word(ent_ctx *c, size_t i);

/* Does s[0..n) end like a noun of inhabitants (-ais, -oise, -and...)?
** (ent_cand.c) */
int ent_inhabitant_end(const char *s, size_t n);

/* Is the folded word w[0..m) a head that, hyphenated before a capital,
** names a broadcaster after its place ("Radio-X", "Télé-X":
** data/ent_spanwords.txt, bit 1024)? (ent_cand.c) */
int ent_head_part_word(const char *w, size_t m);

/* Is word token i a lowercase particle that only persons' names hold
** inside ("van", "den", "bin": data/ent_spanwords.txt, bit 4096)?
** (ent_cand.c) */
int ent_person_particle(ent_ctx *c, size_t i);
int ent_storm_word(ent_ctx *c, size_t i);

/* Is token i one of the articles "le", "la", "au", "du", "aux"?
** (ent_class.c) */
int ent_article_word(const ent_ctx *c, size_t i);

int ent_candidates(ent_ctx *c);
void ent_classify(ent_ctx *c);
void ent_title_articles(ent_ctx *c);
int ent_consistency(ent_ctx *c);

#endif
