/*
** lexicon.h: sorted, immutable word lists compiled in from data/NAME.txt by
** tools/gen_lexicon.c. Internal to the core.
**
** A data file has one entry per line, "# comments" and blank lines ignored;
** an entry may carry a value after a TAB (an integer, e.g. a type or a
** bit set of flags). The generator sorts entries bytewise and removes
** duplicates, so prefix scans are binary searches over const memory shared
** by every connection; exact lookups go through a hash index beside it.
*/
#ifndef PRESSE_LEXICON_H
#define PRESSE_LEXICON_H

#include <stddef.h>
#include <stdint.h>

typedef struct presse_lex_entry {
  const char *s;
  uint32_t n;
  int32_t value;
} presse_lex_entry;

typedef struct presse_lex {
  const presse_lex_entry *e;
  size_t n;
  const char *name;
  /* An open-addressing index over e[] for exact lookups: slot[j] is an
  ** entry's index + 1 (0: empty) in its low 24 bits and presse_lex_tag()
  ** of its key's hash in the top 8, the first tried presse_lex_hash() &
  ** mask; at least half of the slots are empty. */
  const uint32_t *slot;
  uint32_t mask;
  uint32_t longest; /* the length of the longest key, in bytes */
  /* letter[x - 'a']: the index + 1 of the entry that is the lowercase
  ** ASCII letter x alone, 0 when there is none. A key of one letter (the
  ** elisions l' d' n' s' c', a few thousand a long text) is found by one
  ** load, where the hash and the probe took some fifty instructions. */
  uint32_t letter[26];
} presse_lex;

/* The n <= 8 bytes at s as a little-endian word, reading no byte past
** them: two overlapping four-byte loads from 4 bytes up, three single
** bytes below (an injective packing for each length, which the hash mixes
** in). Little-endian on every machine, so that the generated index does
** not depend on the one that built it. */
static inline uint64_t presse_lex_le32(const unsigned char *p) {
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
         (uint64_t)p[3] << 24;
}
static inline uint64_t presse_lex_short(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  if (n >= 4) return presse_lex_le32(p) << 32 | presse_lex_le32(p + n - 4);
  if (n) return (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1];
  return 0;
}

/* The index's hash, shared with the generator: the key eight bytes at a
** time, each word mixed in by a multiply, the length in the seed. It was
** FNV-1a byte by byte, which cost four instructions a byte for every word
** the segmenter and the entity and quote rules look up. */
static inline uint32_t presse_lex_hash(const char *s, size_t n) {
  const uint64_t k = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x243F6A8885A308D3ull ^ n;
  size_t i = 0;
  for (; n - i > 8; i += 8) {
    const unsigned char *p = (const unsigned char *)s + i;
    h = (h ^ (presse_lex_le32(p) | presse_lex_le32(p + 4) << 32)) * k;
    h ^= h >> 29;
  }
  h = (h ^ presse_lex_short(s + i, n - i)) * k;
  return (uint32_t)(h >> 32 ^ h);
}

/* A slot of the index: the entry's index + 1 below the tag. A lookup reads
** an entry (and then its key, elsewhere) only when the tag of the slot is
** that of the word: most words looked up are in no list, and are told so
** by the index alone. */
#define PRESSE_LEX_TAG_SHIFT 24
#define PRESSE_LEX_INDEX_MASK ((1u << PRESSE_LEX_TAG_SHIFT) - 1)
static inline uint32_t presse_lex_tag(uint32_t h) {
  return h >> PRESSE_LEX_TAG_SHIFT;
}

/* The entry equal to s[0..n), or NULL. */
const presse_lex_entry *presse_lex_find(const presse_lex *lex, const char *s,
                                        size_t n);

/* Index of the first entry >= s[0..n) (for prefix scans). */
size_t presse_lex_lower_bound(const presse_lex *lex, const char *s, size_t n);

#endif
