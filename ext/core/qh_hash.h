/*
** qh_hash.h: the hash of a folded word for the quote extractor's word
** table, shared by tools/gen_qhash.c (build time) and quotes_lex.c.
**
** The word is read as little-endian 8-byte chunks, the last one padded
** with zeros, so quotes_lex.c can hash a word from the chunks it has just
** folded (a word of up to 8 bytes is one multiply) instead of byte by byte.
*/
#ifndef PRESSE_QH_HASH_H
#define PRESSE_QH_HASH_H

#include <stddef.h>
#include <stdint.h>

#define QH_SEED 0x9E3779B97F4A7C15ull

/* Bytes s[0..n), n <= 8, as a little-endian number. */
static inline uint64_t qh_chunk(const char *s, size_t n) {
  uint64_t k = 0;
  for (size_t i = 0; i < n; i++)
    k |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return k;
}

static inline uint64_t qh_step(uint64_t h, uint64_t k) {
  h = (h ^ k) * 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 29);
}

static inline uint32_t qh_final(uint64_t h) {
  return (uint32_t)(h ^ (h >> 32));
}

static inline uint32_t qh_hash(const char *s, size_t n) {
  uint64_t h = QH_SEED ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    h = qh_step(h, qh_chunk(s + i, 8));
  if (i < n) h = qh_step(h, qh_chunk(s + i, n - i));
  return qh_final(h);
}

/* One word of the table: its features from every list (quotes_int.h). */
typedef struct qh_slot {
  uint32_t off;  /* in the string pool */
  uint16_t verb; /* QV_* */
  uint16_t word; /* QW_*, QW_KNOWN included */
  uint8_t feat;  /* QT_* */
  uint8_t len;   /* 0: empty slot */
} qh_slot;

#endif
