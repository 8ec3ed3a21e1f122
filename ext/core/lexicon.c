/*
** lexicon.c: lookups in the compiled word lists: a hash index for exact
** keys, binary search for prefixes.
*/
#include "lexicon.h"

#include <string.h>

static int cmp(const presse_lex_entry *e, const char *s, size_t n) {
  size_t m = e->n < n ? e->n : n;
  int c = memcmp(e->s, s, m);
  if (c) return c;
  return e->n < n ? -1 : e->n > n ? 1 : 0;
}

size_t presse_lex_lower_bound(const presse_lex *lex, const char *s, size_t n) {
  size_t lo = 0, hi = lex->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cmp(&lex->e[mid], s, n) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The probe of the index for s[0..n): out of line, so that the answers
** without a hash (a key longer than any, a key of one letter) cost no
** saving of the registers it needs. */
static __attribute__((noinline)) const presse_lex_entry *
find_hashed(const presse_lex *lex, const char *s, size_t n) {
  if (!lex->slot) {
    size_t i = presse_lex_lower_bound(lex, s, n);
    if (i < lex->n && cmp(&lex->e[i], s, n) == 0) return &lex->e[i];
    return NULL;
  }
  uint32_t h = presse_lex_hash(s, n), tag = presse_lex_tag(h);
  for (uint32_t j = h & lex->mask;; j = (j + 1) & lex->mask) {
    uint32_t v = lex->slot[j];
    if (!v) return NULL;
    if (v >> PRESSE_LEX_TAG_SHIFT != tag) continue;
    const presse_lex_entry *e = &lex->e[(v & PRESSE_LEX_INDEX_MASK) - 1];
    if (e->n != n) continue;
    size_t i = 0;
    while (i < n && e->s[i] == s[i])
      i++;
    if (i == n) return e;
  }
}

/* Exact lookups probe the index, whose tags turn most absent words away
** without reading an entry; the keys are short, so they are compared with
** a loop rather than a call to memcmp(). */
const presse_lex_entry *presse_lex_find(const presse_lex *lex, const char *s,
                                        size_t n) {
  /* no key is longer: the word is not hashed (the lists of function
  ** words, units and titles are looked up with every kind of word) */
  if (n > lex->longest) return NULL;
  if (n == 1 && (unsigned)((unsigned char)s[0] - 'a') < 26u) {
    uint32_t i = lex->letter[(unsigned char)s[0] - 'a'];
    return i ? &lex->e[i - 1] : NULL;
  }
  return find_hashed(lex, s, n);
}
