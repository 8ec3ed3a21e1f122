/*
** segment.h: the segmenter's entry for callers inside presse that have
** checked the text already. Internal: not part of include/presse.h.
*/
#ifndef PRESSE_SEGMENT_H
#define PRESSE_SEGMENT_H

#include "presse.h"

/* presse_segment() of a text that the caller has found to be valid UTF-8
** (presse_utf8_invalid_at(text, n) == n), which is then not checked a
** second time. Invalid UTF-8 here is undefined behaviour. */
int presse_segment_valid(const char *text, size_t n, presse_tokens *out);

/* The first token of tok[lo, hi) (in text order) that starts at or after
** byte b, or hi: a binary search. The comparison moves the base by a
** conditional move, not a branch: which half holds b is a coin toss to
** the branch predictor at every step (the searches of the quote stages
** mispredicted about one step in two). The answer is in [base, base + n]
** throughout. */
static inline size_t presse_token_bisect(const presse_token *tok, size_t lo,
                                         size_t hi, size_t b) {
  const presse_token *base = tok + lo;
  size_t n = hi - lo;
  while (n > 1) {
    size_t half = n / 2;
    base = base[half].b0 < b ? base + half : base;
    n -= half;
  }
  return (size_t)(base - tok) + (n == 1 && base->b0 < b);
}

/* The token of tok[0, ntok) (in text order) that starts at byte b, or
** ntok when none does: a binary search, for stages that find a place by
** its bytes (a memchr, an entity's offsets) and need its token. */
static inline size_t presse_token_at_byte(const presse_token *tok, size_t ntok,
                                          size_t b) {
  size_t lo = presse_token_bisect(tok, 0, ntok, b);
  return lo < ntok && tok[lo].b0 == b ? lo : ntok;
}

#endif
