/*
** lexicon.c: binary search over the compiled word lists.
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

const presse_lex_entry *presse_lex_find(const presse_lex *lex, const char *s,
                                        size_t n) {
  size_t i = presse_lex_lower_bound(lex, s, n);
  if (i < lex->n && cmp(&lex->e[i], s, n) == 0) return &lex->e[i];
  return NULL;
}
