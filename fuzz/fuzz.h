/*
** fuzz.h: what the libFuzzer targets share. A target checks the invariants
** the public header promises (spans inside the text, in order, code-point
** offsets that agree with byte offsets), not only the absence of crashes:
** a wrong offset is the bug a user meets first.
*/
#ifndef PRESSE_FUZZ_H
#define PRESSE_FUZZ_H

#include "presse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__,     \
              #cond);                                                          \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* A copy of the input of exactly its size, so ASan sees any over-read
** (libFuzzer's own buffer is exact too, but a copy lets a target add a
** NUL-free guarantee or reuse the bytes). */
static inline char *fuzz_dup(const unsigned char *data, size_t n) {
  char *p = malloc(n ? n : 1);
  CHECK(p);
  if (n) memcpy(p, data, n);
  return p;
}

/* The code-point offset of byte b, counted from the start. */
static inline size_t fuzz_cp(const char *s, size_t b) {
  return presse_utf8_count(s, b);
}

/* [b0, b1) is a span of s[0..n) on character boundaries, with code-point
** offsets c0, c1 that agree with it. Boundaries are checked by decoding:
** the byte at b0 and b1 must not be a continuation byte. */
static inline int fuzz_span_ok(const char *s, size_t n, size_t b0, size_t b1,
                               size_t c0, size_t c1) {
  if (!(b0 <= b1 && b1 <= n)) return 0;
  if (b0 < n && ((unsigned char)s[b0] & 0xC0) == 0x80) return 0;
  if (b1 < n && ((unsigned char)s[b1] & 0xC0) == 0x80) return 0;
  return fuzz_cp(s, b0) == c0 && c1 - c0 == fuzz_cp(s + b0, b1 - b0);
}

#endif
