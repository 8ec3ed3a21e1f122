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
} presse_lex;

/* The index's hash (FNV-1a, the length mixed in), shared with the
** generator. Keys are a few bytes long: byte by byte is cheap. */
static inline uint32_t presse_lex_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u ^ (uint32_t)n;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h ^ (h >> 15);
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
