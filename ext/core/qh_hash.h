/*
** qh_hash.h: the hash of a folded word for the quote extractor's word
** table, shared by tools/gen_qhash.c (build time) and quotes_lex.c.
*/
#ifndef PRESSE_QH_HASH_H
#define PRESSE_QH_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t qh_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h ^ (h >> 13);
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
