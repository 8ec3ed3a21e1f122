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
** low 23 bits). */
#define TI_LOOKED (1u << 31) /* the lexicon flags were looked up */
#define TI_AMBIG (1u << 30)  /* a capital here says nothing (see ent_cand.c) */

/* Evidence strength for a type decision, compared across mentions. */
enum { EV_NONE = 0, EV_DEFAULT = 1, EV_LEXICON = 2, EV_CUE = 3, EV_FORM = 4 };

typedef struct ent_span {
  uint32_t t0, t1; /* tokens [t0, t1) */
  uint32_t b0, b1; /* bytes (b0 may fall inside token t0: ex-Union) */
  uint32_t c0, c1; /* code points */
  uint32_t canon;  /* index of the span holding the canonical form */
  uint64_t key;    /* hash of the folded text (ent_doc.c) */
  uint8_t type;    /* enum presse_ent_type, 0 = dropped */
  uint8_t ev;      /* EV_* of the type */
  uint8_t nname;   /* name words (capitalised) in the span */
  uint8_t flags;   /* SP_* */
} ent_span;

enum {
  SP_ALLCAPS = 1, /* one token, all capitals: an acronym */
  SP_DIGIT = 2,   /* contains a digit or a number token */
  SP_INITIAL = 4, /* contains an initial (A.) */
  SP_DEMONYM = 8, /* a nationality noun on its own */
  SP_WEAK = 16    /* a capitalised common word: kept only if ent_doc.c finds
                  ** it inside a longer name of the document */
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

/* The EL_* flags of the folded text s[0..n), 0 when unknown. */
uint32_t ent_lex_lookup(const char *s, size_t n);

/* The EL_* flags of token i (looked up once, then cached). */
uint32_t ent_tok_flags(ent_ctx *c, size_t i);

/* Is token i a word token? */
static inline int ent_is_word(const ent_ctx *c, size_t i) {
  return i < c->ntok && c->tok[i].kind == PRESSE_TOK_WORD;
}

int ent_candidates(ent_ctx *c);
void ent_classify(ent_ctx *c);
int ent_consistency(ent_ctx *c);

#endif
