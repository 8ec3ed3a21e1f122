/*
** quotes_int.h: what the files of the quote extractor share. Internal.
**
** The extractor works on the segmenter's tokens: quotation marks are
** paired first (quotes_marks.c), every word gets its lexical features once
** (quotes_lex.c), then direct quotes are attributed and reported speech
** without marks is found (quotes_attr.c with quotes_cue.c, quotes_subject.c,
** quotes_speaker.c and quotes_title.c; quotes_indirect.c). quotes.c runs
** the stages and writes the output.
*/
#ifndef PRESSE_QUOTES_INT_H
#define PRESSE_QUOTES_INT_H

#include "presse.h"
#include "segment.h"

#include <stddef.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define Q_NONE UINT32_MAX

/* Each token's folded form (q_fold, a final elision apostrophe dropped) is
** kept once, when at most Q_FOLD_KEEP bytes long, so q_tok_is compares it
** with a literal without folding the token again. qwork.flen holds its
** length, or one of these: */
#define Q_FOLD_KEEP 16
#define Q_FLEN_LONG 0xFE /* folded, longer than Q_FOLD_KEEP */
#define Q_FLEN_SLOW 0xFF /* not folded (a token too long): fold on demand */

/* Speech-verb form classes (tools/gen_speech_verbs.c). */
enum {
  QV_QUE = 1,      /* a que-clause is the reported content */
  QV_OBJ = 2,      /* the direct object is the content */
  QV_INF = 4,      /* an infinitive clause is the content */
  QV_INCISE = 8,   /* usable as an incise or postposed cue */
  QV_WEAK = 16,    /* a cue only with quotation marks or que */
  QV_PRON = 32,    /* pronominal lemma: se dire, s'exclamer */
  QV_A = 64,       /* a call: "appelle X à + infinitive / à ce que" */
  QV_DE = 128,     /* content opens with de: "se plaint de", "fait état de",
                   ** "accuse X d'avoir menti" */
  QV_FIN = 256,    /* finite, 3rd person */
  QV_PART = 512,   /* past participle */
  QV_GER = 1024,   /* present participle */
  QV_INFIN = 2048, /* infinitive */
  QV_PL = 4096,    /* plural */
  QV_ATTR = 8192   /* with se, an attribute is the content: "s'est dit
                   ** satisfait de …" */
};

/* Function words (data/quote_words.txt). */
enum {
  QW_AUX = 1,
  QW_AUXPL = 2,
  QW_IL = 4,
  QW_ELLE = 8,
  QW_PRONPL = 16,
  QW_QUE = 32,
  QW_PREP = 64,
  QW_DET = 128,
  QW_ADV = 256,
  QW_REL = 512,
  QW_NEG = 1024,
  QW_COORD = 2048,
  QW_POSS = 4096,
  QW_IMPERS = 8192,  /* a verb that makes "il" impersonal: il faut */
  QW_LIGHTN = 16384, /* a noun making a speech verb of faire: fait état de */
  QW_KNOWN = 0x8000  /* in the list, whatever its bits */
};

/* Other per-token features. */
enum {
  QT_SELON = 1,    /* selon, suivant */
  QT_DAPRES = 2,   /* après (of d'après) */
  QT_POUR = 4,     /* pour */
  QT_TITLE_M = 8,  /* a title noun, masculine */
  QT_TITLE_F = 16, /* a title noun, feminine */
  QT_GROUP = 32,   /* an institution noun */
  QT_OPEN = 64,    /* an opening quotation mark (after pairing) */
  QT_CLOSE = 128   /* a closing quotation mark (after pairing) */
};

/* The rule that attributed a quotation (quotes_attr.c), output as the
** evidence column (presse_quote.evidence, PRESSE_EV_* of presse.h). */
enum {
  QR_NONE = 0,
  QR_CUE_AFTER,  /* "», a déclaré X" */
  QR_CUE_BEFORE, /* "X a déclaré : « »", "X a indiqué que" */
  QR_INCISE,     /* "« …, a-t-il dit, … »" */
  QR_SELON,      /* "selon X", "d'après X", "pour X", "comme le dit X" */
  QR_SUBJECT,    /* the subject of the sentence or paragraph */
  QR_CONTINUITY, /* the previous speaker, no cue */
  QR_HEADLINE    /* a headline quotation said again in the body */
};

/* How the speaker's noun group was resolved (qwork.how). */
enum {
  QH_NONE = 0,
  QH_NAME,    /* a named entity */
  QH_GROUP,   /* an institution noun group as written */
  QH_APPOS,   /* a group or title with its name in apposition */
  QH_TITLE,   /* a function noun resolved to the person named with it */
  QH_GUESS,   /* a function noun resolved to the previous speaker */
  QH_PRONOUN, /* il / elle resolved */
  QH_BARE     /* capitalised words no entity covers */
};

/* A direct quotation: content tokens [t0, t1), marks at open/close
** (Q_NONE when recovered without one). */
typedef struct qdirect {
  uint32_t t0, t1;
  uint32_t open, close;
  int32_t spk;         /* speaker: an index into qwork.spk, or -1 */
  uint32_t cue0, cue1; /* cue tokens [cue0, cue1), or Q_NONE */
  uint8_t weak;        /* speaker from continuity, not from a cue */
  uint8_t rule, how;   /* QR_*, QH_* */
} qdirect;

/* qindirect.pfem of "À ses yeux, …": the last person quoted, either
** gender. */
#define Q_PRON_POSS 2

/* An indirect quotation. */
typedef struct qindirect {
  uint32_t t0, t1;
  int32_t spk;
  uint32_t cue0, cue1;
  uint8_t how;   /* QH_* of its speaker */
  uint8_t pfem;  /* pron is elle (1), il (0), a possessive (Q_PRON_POSS) */
  uint32_t pron; /* the il / elle its speaker was resolved from, or Q_NONE */
} qindirect;

/* The index of the first of n records sorted by t0 whose t0 is at or after
** at (n when none): a lower bound over w->dq or w->iq. Both record types
** open on their uint32_t t0, so one search serves both, stepping by the
** record's size; after inlining, size is a constant. */
_Static_assert(offsetof(qdirect, t0) == 0, "q_first_from reads t0 first");
_Static_assert(offsetof(qindirect, t0) == 0, "q_first_from reads t0 first");
static inline size_t q_first_from(const void *recs, size_t n, size_t size,
                                  size_t at) {
  const char *base = recs;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t t0;
    memcpy(&t0, base + mid * size, sizeof t0);
    if (t0 < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* A speaker: the byte span of its name, as output. */
typedef struct qspeaker {
  uint32_t b0, b1;
  uint32_t at;       /* token where it was named, for recency */
  uint8_t gender;    /* 1 masculine, 2 feminine, 0 unknown */
  uint32_t tt0, tt1; /* tokens of the function it was named with, or 0 */
  uint8_t person;    /* a PER entity */
  uint8_t olink;     /* PRESSE_LINK_* joining the body [ob0, ob1) */
  uint32_t ob0, ob1; /* the body of a function named apart, or 0 */
  uint8_t spokes;    /* an unnamed spokesperson of the body [ob0, ob1)
                     ** (q_spokes_of) */
  const char *adj;   /* its country's adjective, appended ("Premier
                     ** ministre" + "hongrois": national_function in
                     ** quotes_canon.c), static; NULL when none */
} qspeaker;

/* Per entity (indexed like ents->ent), filled by q_pron_prepare. */
typedef struct qent {
  int32_t canon;     /* the entity holding this person's canonical form, after
                     ** merging a misspelt variant into the commoner spelling */
  uint32_t count;    /* mentions outside quotes (on the canonical entry) */
  uint16_t score;    /* salience: 2 per subject mention, 1 per other */
  uint8_t gender;    /* bits: 1 masculine, 2 feminine (on the canonical) */
  uint32_t tt0, tt1; /* tokens of the function it is first named with
                     ** ("le ministre X", "X, la présidente de Y"), or 0 */
} qent;

/* A token that may be a quotation mark and the block it is in. */
typedef struct qmarkpos {
  uint32_t tok, blk;
} qmarkpos;

typedef struct qwork {
  const char *text;
  size_t n;
  const presse_token *tok;
  size_t ntok;
  const presse_entities *ents;
  const presse_mem *mem;
  /* Per token. */
  uint16_t *verb; /* QV_* bits, 0 when not a speech-verb form */
  uint16_t *word; /* QW_* bits */
  uint8_t *feat;  /* QT_* bits */
  int32_t *ent;   /* index of the entity whose mention covers it, or -1 */
  uint32_t *para; /* paragraph number */
  uint32_t *inq;  /* index+1 of the direct quote whose marks enclose it */
  char *fold;     /* folded forms (Q_FOLD_KEEP above): token i's at
                  ** fold + tok[i].b0 (n + 8 bytes) */
  uint8_t *flen;  /* length of the folded form, or Q_FLEN_* */
  /* Words where reported speech may start (q_indirect): selon, d'après,
  ** pour, avis and opinion (QT_DAPRES), a word not folded, an auxiliary, a
  *finite
  ** speech verb or gerund. In text order (w->mem, grown as needed). */
  uint32_t *cand;
  size_t ncand, capcand;
  /* Punctuation tokens that may be quotation marks (their first byte is
  ** one of a mark's), with their block number (q_pair_marks), listed by
  ** q_lex_features in its pass over the tokens, in text order. */
  qmarkpos *mpos;
  size_t nmpos, capmpos;
  /* Results. */
  qdirect *dq;
  size_t ndq, capdq;
  qindirect *iq;
  size_t niq, capiq;
  /* Set when an indirect quote was pushed before one that starts after it:
  ** while clear, iq is in order of t0 and q_iq_end() can cut its tail. */
  uint8_t iq_unsorted;
  uint32_t iq_maxlen; /* the longest t1 - t0 of iq (report_fragment) */
  /* Quotations nested in another (« … il m'a dit : "…" … »): the token
  ** span [t0, t1) of each one's words, two entries each, in the order
  ** their closers come. The driver outputs those that lie within a direct
  ** quotation, as that quotation's children. */
  uint32_t *nest;
  size_t nnest, capnest; /* entries, not pairs */
  qspeaker *spk;
  size_t nspk, capspk;
  /* Set when the speaker array could not grow: its callers only see "no
  ** speaker", so the driver turns this into PRESSE_ENOMEM at the end
  ** rather than return quotes with speakers silently missing. */
  int spk_nomem;
  /* Entities as persons: canonical entry, gender, salience. */
  qent *qe;
  int32_t protagonist; /* the canonical PER entity the text is about, -1 */
  int32_t salient_org; /* the ORG entity the text names most, -1 */
  uint32_t lead_para;  /* last paragraph of the headline and standfirst */
  uint8_t how;         /* QH_* of the last speaker group resolved */
  uint8_t pron_fem;    /* pron_at is elle (1), il (0), Q_PRON_POSS */
  uint32_t pron_at;    /* the last il / elle resolved (q_resolve_pronoun) */
  uint8_t in_fsubj;    /* inside q_function_subject: no nested resolution */
  uint8_t in_spokes;   /* inside spokes_body: no nested resolution */
  /* The last function classes found (quotes_title.c's function_class), by
  ** the group's first token: the rules resolve the same function group
  ** again and again (228 calls for 108 groups on 300 articles), and a
  ** class costs a pass over data/speaker_functions.txt. A cache, written
  ** through the const qwork the rules get; NULL: none. */
  struct qfc_cache *fc;
  /* The full names of acronym speakers (quotes_canon.c), by the
  ** acronym's bytes; written through the const qwork like fc. */
  struct qacr_cache *acr;
  /* Tokens per byte of the text, times 2^32: q_tok_near's guess. */
  uint64_t tok_per_byte;
} qwork;

/* An acronym's full name depends only on its bytes and the document's
** organisations, and finding it scans them all: one scan per distinct
** acronym, not per quotation (a 50 MB text of articles took 34 s in
** quotes(), 0.7 s per 12.5 MB). Open addressing on the bytes' hash; at
** most Q_ACR_SCANS acronyms are looked up per document (a text naming
** more gets no full name for the rest: quotes() stays linear), far more
** than an article names. */
#define Q_ACR_SLOTS 512
#define Q_ACR_SCANS 256
typedef struct qacr_memo {
  uint32_t a0, a1; /* the acronym's bytes (a1 == 0: an empty slot) */
  uint32_t f0, f1; /* its full name (f1 == 0: none) */
} qacr_memo;
typedef struct qacr_cache {
  qacr_memo *slot; /* Q_ACR_SLOTS entries (w->mem), NULL before the first */
  unsigned n;      /* acronyms kept */
} qacr_cache;

#define Q_FC_SLOTS 16
typedef struct qfc_cache {
  uint32_t t[Q_FC_SLOTS], t1[Q_FC_SLOTS]; /* t + 1 (0: empty slot), t1 */
  int cls[Q_FC_SLOTS];
} qfc_cache;

/* quotes_lex.c */
size_t q_fold(const char *s, size_t n, char *out, size_t cap);
int q_lex_features(qwork *w);
int q_tok_is_slow(const qwork *w, size_t i, const char *lit);
/* q_fold(token k, buf, Q_TOK_FOLD_CAP), from the form kept by
** q_lex_features when there is one: buf holds Q_TOK_FOLD_CAP bytes. */
#define Q_TOK_FOLD_CAP 64
size_t q_tok_fold(const qwork *w, size_t k, char *buf);

/* Whether token i, folded, is the word lit (lowercase, accents kept, no
** final apostrophe: "d" matches d'). Inline so a literal's length is a
** constant: the attribution rules call it on most tokens. A word from an
** array (not a constant) is compared byte by byte, without strlen. */
#if defined(__GNUC__)
/* inlined everywhere: a copy out of line cannot see the literal's length */
__attribute__((always_inline))
#endif
static inline int
q_tok_is(const qwork *w, size_t i, const char *lit) {
  if (i >= w->ntok) return 0;
  uint8_t fl = w->flen[i];
#if defined(__GNUC__)
  if (!__builtin_constant_p(strlen(lit))) {
    if (fl > Q_FOLD_KEEP) return q_tok_is_slow(w, i, lit);
    const char *f = w->fold + w->tok[i].b0;
    for (size_t k = 0; k < fl; k++)
      if (!lit[k] || lit[k] != f[k]) return 0;
    return !lit[fl];
  }
#endif
  size_t n = strlen(lit);
  /* a literal longer than any kept form is no token whose form is kept
  ** (fl is that form's length): only a longer one is folded again */
  if (n > Q_FOLD_KEEP) return fl > Q_FOLD_KEEP && q_tok_is_slow(w, i, lit);
  /* A token not folded (Q_FLEN_SLOW) is longer than Q_FOLD_MAXIN bytes
  ** (quotes_lex.c), and folding shrinks at most three bytes to one (’ to
  ** '): it is no word this short, and fl == n tells it apart too
  ** (speedL: a test less on every call) */
  return fl == n && !memcmp(w->fold + w->tok[i].b0, lit, n);
}

/* Q_WORD_LIST_TEST(name, LIST) defines name(w, k): whether token k is one
** of the words of LIST, a list macro of a header made from a data file by
** bit_list_macros or class_list_macros (mk/word_macros.mk; e.g.
** build/gen/speaker_grammar.h), compared as q_tok_is() literals in the
** list's order, so the words stay data and cost what literals written in
** C would. */
#define Q_TOK_IS_K(s) q_tok_is(w, k, s) ||
#define Q_WORD_LIST_TEST(name, LIST)                                           \
  static int name(const qwork *w, size_t k) {                                  \
    return LIST(Q_TOK_IS_K) 0;                                                 \
  }

#include "quotes_grammar.h"

/* Whether token k ends with an apostrophe (' or ’ or ‘): the one its kept
** folded form drops and q_tok_fold puts back. */
static inline int q_final_apostrophe(const qwork *w, size_t k) {
  const unsigned char *e = (const unsigned char *)w->text + w->tok[k].b1;
  size_t len = w->tok[k].b1 - w->tok[k].b0;
  return len && (e[-1] == '\'' || (len >= 3 && e[-3] == 0xE2 && e[-2] == 0x80 &&
                                   (e[-1] == 0x99 || e[-1] == 0x98)));
}

int q_demonstrative_at(const qwork *w, size_t i, size_t *last);
/* celui-ci, celle-ci, ce dernier, cette dernière at token i (1 masculine,
** 2 feminine, 0 none; *last its last token), quotes_pron.c. Each starts
** with c: a kept form that does not is rejected here, without the call
** and its four comparisons (the subject scans try every token). */
static inline int q_demonstrative(const qwork *w, size_t i, size_t *last) {
  if (i < w->ntok && w->flen[i] <= Q_FOLD_KEEP &&
      (!w->flen[i] || w->fold[w->tok[i].b0] != 'c')) {
    *last = i + 1; /* as q_demonstrative_at leaves it */
    return 0;
  }
  return q_demonstrative_at(w, i, last);
}

/* The last token j in [lo, i) that an entity covers (ent[j] >= 0), or
** SIZE_MAX when none: the backward scans for the previous mention skip
** the tokens no entity covers (most of them) four at a time, by the sign
** bits of their entity indices. */
static inline size_t q_prev_ent(const qwork *w, size_t i, size_t lo) {
  const int32_t *ent = w->ent;
#if defined(__SSE2__) && defined(__GNUC__)
  while (i - lo >= 4) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(ent + i - 4));
    int neg = _mm_movemask_ps(_mm_castsi128_ps(v)); /* bit k: ent[i-4+k] < 0 */
    if (neg != 0xF)
      return i - 4 + (size_t)(31 - __builtin_clz(~(unsigned)neg & 0xFu));
    i -= 4;
  }
#endif
  while (i > lo)
    if (ent[--i] >= 0) return i;
  return SIZE_MAX;
}

/* A singular definite article: le, la, l' (elided: not the letter L);
** q_de(), de or d', is in quotes_grammar.h. */
static inline int q_def_sg(const qwork *w, size_t i) {
  return q_def_sg_whole(w, i) ||
         (q_elided_article(w, i) && (w->tok[i].flags & PRESSE_TF_ELISION));
}

/* de, d', du, des: what opens a de-complement. */
static inline int q_de_word(const qwork *w, size_t i) {
  return q_de(w, i) || q_de_article(w, i);
}

/* quotes_marks.c */
int q_pair_marks(qwork *w);

/* quotes_attr.c */
int q_attribute(qwork *w);
int q_continue_speakers(qwork *w);
int32_t q_nested_relative(qwork *w, const qdirect *outer, size_t t0);
/* quotes_canon.c: a nested quotation an il / elle says to the quoted one */
int32_t q_nested_pronoun(qwork *w, const qdirect *outer, size_t t0);

/* quotes_evidence.c: the evidence, confidence and function of a quotation's
** attribution, for the output row q (its speaker span already set). */
void q_annotate_nested(qwork *w, const qdirect *outer, presse_quote *q);
void q_annotate_direct(qwork *w, const qdirect *d, presse_quote *q);
void q_annotate_indirect(qwork *w, const qindirect *d, presse_quote *q);
/* A relative right after a postposed cue's subject: that subject. */
void q_relative_speakers(qwork *w);
/* A definite description as written: the person the text has just been
** about, when there is one (quotes_title.c). */
void q_definite_speakers(qwork *w);
int q_headline_speakers(qwork *w);
/* A quotation with no speaker: the subject of the sentence after it. */
void q_following_subjects(qwork *w);
/* quotes_speaker.c: a quotation in a clause whose subject speaks through
** its own verb, relayed by a medium after it ("X a dénoncé « … », selon
** l'agence Y"), is the subject's. */
void q_relayed_speakers(qwork *w);
/* A body speaker named elsewhere with one place after it ("la FDSEA des
** Hautes-Alpes"): that full name. */
void q_full_body_names(qwork *w);
void q_described_sources(qwork *w);

/* quotes_canon.c: each quotation's speaker that is no person renamed to
** the name find() gives for it (a new speaker at the same place, with the
** same title), when it gives one; find() is asked once per run of
** quotations whose speakers have the same bytes. */
typedef int (*q_name_finder)(qwork *w, int32_t spk, void *ctx, uint32_t *f0,
                             uint32_t *f1);
void q_rename_body_speakers(qwork *w, q_name_finder find, void *ctx);
/* quotes_canon.c: an acronym speaker is the body whose full name the
** text gives ("la Cnil" after "la Commission nationale de
** l'informatique et des libertés"). */
void q_acronym_full_names(qwork *w);
/* quotes_canon.c: a body's acronym the text defines after its name
** ("l'agence régionale de santé (ARS) Nouvelle-Aquitaine") is that name
** with the place that ends it, or the lowercase name entities() misses. */
void q_defined_acronyms(qwork *w);
/* Where a scan of w->iq from the end for the quotes starting before token
** at may begin: the first one starting at or after at when iq is in
** order (those after it start there or later), else w->niq. */
size_t q_iq_end(const qwork *w, size_t at);
/* quotes_canon.c: a function speaker whose body the text names apart is
** that function of the body ("La CPME … Son président a estimé":
** président de la CPME). */
void q_function_bodies(qwork *w);
/* quotes_canon.c: a document speaking as written ("Le texte, signé du
** ministre de X, reproche …") is its signer's words. */
void q_signed_documents(qwork *w);
/* quotes_canon.c: a body's speaker given by the head of its name ("le
** Conseil") is the longer name the text gave before with that head. */
void q_head_full_names(qwork *w);
/* quotes_title.c, for quotes_canon.c */
int32_t q_described_body(qwork *w, size_t d);
int32_t q_spokes_of(qwork *w, size_t t, int32_t b);
int32_t q_spokes_body(qwork *w, int32_t s);
int q_commune_office(const qwork *w, size_t t);
/* Whether the noun at t is a public office with one holder
** (data/speaker_offices.txt: "ministre", "préfet", "procureure"). */
int q_office_noun(const qwork *w, size_t t);
/* The first entity starting at byte b or after (quotes_pron.c). */
size_t q_entity_from(const qwork *w, uint32_t b);
int q_body_noun(const qwork *w, size_t h);

/* quotes_indirect.c */
int q_indirect(qwork *w);

/* quotes_pron.c */
int q_pron_prepare(qwork *w);
int32_t q_entity_speaker(qwork *w, int32_t e, uint32_t at);
int q_same_org(const qwork *w, int32_t a, int32_t b);
uint8_t q_entity_gender(const qwork *w, int32_t e);
/* Whether the title noun at i is a masculine written for women too (value
** 4 in data/speaker_titles.txt: "le docteur", "l'auteur"). */
int q_title_names_women(const qwork *w, size_t i);
int32_t q_resolve_pronoun_mode(qwork *w, size_t at, int fem, int narrative);
int32_t q_last_speaker(qwork *w, size_t at, uint8_t gender);
int32_t q_last_speaker_excl(qwork *w, size_t at, uint8_t gender,
                            const uint32_t *excl, size_t nexcl);
int q_personal_pronoun_at(const qwork *w, size_t i);
/* A subject pronoun il / elle designating a person at token i (quotes_pron.c).
** The scans call it on every token they pass: a token whose word bits
** have neither il nor elle (most of them) is rejected here, without a
** call (the bits are written once, by q_lex_features). */
static inline int q_personal_pronoun(const qwork *w, size_t i) {
  return i < w->ntok && (w->word[i] & (QW_IL | QW_ELLE)) &&
         q_personal_pronoun_at(w, i);
}
int32_t q_resolve_demonstrative(qwork *w, size_t at, uint8_t gender);
/* "le premier", "la seconde" at token i: one of the last pair of persons
** named; -1 when none (quotes_pron.c). */
int32_t q_resolve_ordinal(qwork *w, size_t i, size_t limit, size_t *end);
uint8_t q_det_gender(const qwork *w, size_t i);
int q_civility(const qwork *w, size_t i);
int q_mention_title(const qwork *w, size_t f, size_t l, uint32_t *t0,
                    uint32_t *t1);
size_t q_title_end(const qwork *w, size_t t, size_t limit);

/* shared helpers (quotes_subject.c, quotes_speaker.c, quotes_title.c) */
int q_verb_group_at(const qwork *w, size_t j, size_t *last, uint16_t *vf);
/* A speech-verb group starting at j (quotes_subject.c): it starts with an
** auxiliary, a finite verb or gerund, or a modal before an infinitive,
** which the word bits tell without a call for the many tokens the rules
** try. */
static inline int q_verb_group(const qwork *w, size_t j, size_t *last,
                               uint16_t *vf) {
  return j < w->ntok &&
         ((w->word[j] & (QW_AUX | QW_AUXPL)) ||
          (w->verb[j] & (QV_FIN | QV_GER)) ||
          (j + 1 < w->ntok && (w->verb[j + 1] & QV_INFIN))) &&
         q_verb_group_at(w, j, last, vf);
}
int32_t q_subject_before(qwork *w, size_t v, size_t *where);
int q_plain_subject(qwork *w, size_t v);
size_t q_ent_first(const qwork *w, size_t i);
size_t q_ent_last(const qwork *w, size_t i);
int q_after_preposition(const qwork *w, size_t f);
int32_t q_speaker_at(qwork *w, size_t i, size_t limit, size_t *end);
int32_t q_subject_before(qwork *w, size_t v, size_t *where);
int32_t q_function_subject(qwork *w, size_t k, int fem);
int q_ordinal_adjective(const qwork *w, size_t i);
int32_t q_add_speaker(qwork *w, uint32_t b0, uint32_t b1, uint32_t at,
                      uint8_t gender);
int32_t q_resolve_pronoun(qwork *w, size_t at, int fem);
/* The speakers of reports resolved from a pronoun before the direct
** quotations around them had theirs, resolved again (quotes_pron.c). */
void q_reresolve_reports(qwork *w);
void q_pronoun_person_gender(qwork *w, int32_t s);
int q_push_indirect(qwork *w, uint32_t t0, uint32_t t1, int32_t spk,
                    uint32_t cue0, uint32_t cue1);

/* The first token from i on that starts at or after byte b (tokens are in
** text order), or ntok: doubling steps, then a binary search, so a long
** run of tokens before b costs a few reads. */
static inline size_t q_tok_from(const presse_token *tok, size_t ntok, size_t i,
                                uint32_t b) {
  if (i >= ntok || tok[i].b0 >= b) return i;
  size_t lo = i + 1, hi = ntok; /* tok[lo - 1].b0 < b */
  for (size_t step = 1;; step *= 2) {
    if (step >= ntok - i) break;
    if (tok[i + step].b0 >= b) {
      hi = i + step;
      break;
    }
    lo = i + step + 1;
  }
  return presse_token_bisect(tok, lo, hi, b);
}

/* q_tok_from(w->tok, w->ntok, i, b) for a b some tokens on, as the next
** mention of an entity is (some twenty tokens in news text): a guess from
** the text's tokens per byte (qwork.tok_per_byte), then a few steps to the
** token, where the doubling steps and the binary search took some ten
** reads. A guess off by more than Q_TOK_NEAR_STEPS goes on with those. */
#define Q_TOK_NEAR_STEPS 8
static inline size_t q_tok_near(const qwork *w, size_t i, uint32_t b) {
  const presse_token *tok = w->tok;
  size_t nt = w->ntok;
  if (i >= nt || tok[i].b0 >= b) return i;
  size_t g = i + (size_t)(((uint64_t)(b - tok[i].b0) * w->tok_per_byte) >> 32);
  if (g >= nt) g = nt - 1;
  if (tok[g].b0 < b) { /* the answer is after g */
    for (size_t s = 0; s < Q_TOK_NEAR_STEPS; s++)
      if (++g == nt || tok[g].b0 >= b) return g;
    return q_tok_from(tok, nt, g, b);
  }
  /* g > i: the answer is in (i, g] */
  for (size_t s = 0; s < Q_TOK_NEAR_STEPS; s++, g--)
    if (g - 1 == i || tok[g - 1].b0 < b) return g;
  return presse_token_bisect(tok, i + 1, g, b);
}

/* The last token of [lo, hi) whose features have a bit of mask, or
** SIZE_MAX: a backward scan eight tokens at a time while none has. */
static inline size_t q_last_feat(const qwork *w, size_t lo, size_t hi,
                                 uint8_t mask) {
  uint64_t m = 0x0101010101010101ull * mask;
  while (hi >= lo + 8) {
    uint64_t c;
    memcpy(&c, w->feat + hi - 8, 8);
    if (c & m) break;
    hi -= 8;
  }
  while (hi > lo)
    if (w->feat[--hi] & mask) return hi;
  return SIZE_MAX;
}

#define Q_ISPUNCT(w, i, c)                                                     \
  ((w)->tok[i].kind == PRESSE_TOK_PUNCT &&                                     \
   (w)->tok[i].b1 - (w)->tok[i].b0 == 1 && (w)->text[(w)->tok[i].b0] == (c))

/* ---- shared by the attribution files: quotes_title.c (functions and
** titles), quotes_speaker.c (the speaker noun group), quotes_subject.c
** (verb groups and subjects), quotes_cue.c (the cue of a quotation) and
** quotes_attr.c. */

/* quotes_title.c */
int q_same_folded(const qwork *w, size_t a, size_t b);
int q_listed_with_class(const char *b, size_t n, int cls);
int32_t q_predicate_person(const qwork *w, size_t k);
int32_t q_paragraph_person(qwork *w, size_t t, size_t t1, int cls, uint8_t g,
                           int any);
int32_t q_sentence_before_person(qwork *w, size_t d, size_t t, size_t t1);
int32_t q_resolve_title(qwork *w, size_t t, size_t t1, int *guess);
int q_function_class(const qwork *w, size_t t, size_t t1);
int q_title_adds_modifier(const qwork *w, size_t a, size_t a1, size_t b,
                          size_t b1, int cls);

/* quotes_speaker.c */
int q_participle_form(const qwork *w, size_t i);
int32_t q_demonym_subject(qwork *w, size_t d, size_t m);
int q_civility_or_lawyer(const qwork *w, size_t i);
int32_t q_speaker_just_quoted(qwork *w, size_t i, size_t t, size_t k);

/* quotes_subject.c */
int32_t q_plain_subject_speaker(qwork *w, size_t v);
int32_t q_bare_subject(qwork *w, size_t v);
int32_t q_on_at_group(qwork *w, size_t v);
int32_t q_plain_after(qwork *w, size_t s);
int32_t q_function_as_written(qwork *w, size_t i, size_t limit);

/* quotes_cue.c */
int q_post_cue(qwork *w, qdirect *d);
int q_incise(qwork *w, qdirect *d);
int q_incise_period(qwork *w, qdirect *d);
int q_incise_named(qwork *w, qdirect *d);
int q_pre_cue(qwork *w, qdirect *d);

static inline int q_is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

static inline int q_upper(const qwork *w, size_t i) {
  return (w->tok[i].flags & PRESSE_TF_UPPER) != 0;
}

/* Inlined: the scans call it on every token they pass (20,000 calls on
** 300 articles), and its body is hardly longer than a call. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
q_sent_end_tok(const qwork *w, size_t i) {
  return Q_ISPUNCT(w, i, '.') || Q_ISPUNCT(w, i, '!') || Q_ISPUNCT(w, i, '?') ||
         Q_ISPUNCT(w, i, ';');
}

/* A clitic between a subject and its verb ("Le ministère s'est dit", "La
** police n'a pas"): never part of a name or a noun group. */
static inline int q_clitic(const qwork *w, size_t i) {
  if (!q_is_word(w, i)) return 0;
  if (w->word[i] & QW_NEG) return 1;
  if (w->tok[i].flags & PRESSE_TF_ELISION) return !q_elided_non_clitic(w, i);
  return q_verb_clitic(w, i);
}

/* Whether the word at k completes a noun after de / du / des (maybe with
** la / l'): "le ministre chargé de l'Industrie", "la productrice de X".
** A name there is the function's complement, not its holder. */
static inline int q_after_de(const qwork *w, size_t k) {
  if (k < 2) return 0;
  size_t p = k - 1;
  if (q_fem_article(w, p) && p > 0) p--;
  return q_de(w, p) || (p == k - 1 && q_de_article(w, p));
}

/* Whether tokens a and b fold to the same form. Inline: most calls (the
** pairs of a headline and a paragraph's words, common_run) end at the
** cheap rejections, which then cost no call. */
static inline int q_same_word(const qwork *w, size_t a, size_t b) {
  /* cheap rejections first: folding keeps the byte length but for a
  ** typographic apostrophe (3 bytes to 1), and ASCII letters fold to
  ** themselves up to case */
  uint32_t la = w->tok[a].b1 - w->tok[a].b0, lb = w->tok[b].b1 - w->tok[b].b0;
  if (la > lb + 2 || lb > la + 2) return 0;
  unsigned char ca = (unsigned char)w->text[w->tok[a].b0];
  unsigned char cb = (unsigned char)w->text[w->tok[b].b0];
  if (ca < 0x80 && cb < 0x80 && (ca | 0x20) != (cb | 0x20)) return 0;
  return q_same_folded(w, a, b);
}

static inline int q_adv_like(const qwork *w, size_t k) {
  return q_is_word(w, k) &&
         (w->word[k] & (QW_ADV | QW_NEG | QW_ELLE | QW_IL)) &&
         !(w->word[k] & (QW_AUX | QW_AUXPL));
}

static inline int q_speech(uint16_t v) {
  return (v & (QV_QUE | QV_OBJ | QV_INF | QV_INCISE | QV_WEAK)) != 0;
}

static inline int q_set_speaker(qwork *w, qdirect *d, int32_t spk, int rule) {
  d->spk = spk;
  d->rule = (uint8_t)(spk >= 0 ? rule : QR_NONE);
  d->how = spk >= 0 ? w->how : QH_NONE;
  return 1;
}

#endif
