/*
** ent_lex.c: lookups in the generated entity lexicon (one hash probe
** sequence per word; the table is const and shared by every connection).
*/
#include <string.h>

#include "ent_int.h"

#include "entlex_data.h"

uint32_t ent_lex_lookup(const char *s, size_t n) {
  if (!n) return 0;
  uint32_t h = ent_hash(s, n);
  uint32_t tag = h >> ENTLEX_INDEX_BITS;
  for (uint32_t j = h & ENTLEX_MASK;; j = (j + 1) & ENTLEX_MASK) {
    uint32_t v = entlex_slot[j];
    if (!v) return 0;
    if (v >> ENTLEX_INDEX_BITS != tag) continue;
    uint32_t k = (v & ((1u << ENTLEX_INDEX_BITS) - 1)) - 1;
    uint32_t len = entlex_off[k + 1] - entlex_off[k] - 1;
    if (len != n) continue;
    /* keys are short: a plain loop beats a call to memcmp() */
    const char *key = entlex_keys + entlex_off[k];
    size_t i = 0;
    while (i < n && key[i] == s[i])
      i++;
    if (i == n) return entlex_val[k];
  }
}

uint32_t ent_tok_flags(ent_ctx *c, size_t i) {
  if (i >= c->ntok) return 0;
  uint32_t v = c->info[i];
  if (v & TI_LOOKED) return v & ~(TI_LOOKED | TI_AMBIG);
  uint32_t f = 0;
  const presse_token *t = &c->tok[i];
  if (t->kind == PRESSE_TOK_WORD) {
    char buf[ENT_FOLD_MAX];
    size_t m = ent_fold(c->text + t->b0, t->b1 - t->b0, buf);
    if (m != (size_t)-1) f = ent_lex_lookup(buf, m);
  }
  c->info[i] = v | TI_LOOKED | f;
  return f;
}
