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

/* The hash starts from the word's length alone, QH_SEED ^ n: a 64-bit
** seed (it was the golden ratio) cost a constant load and an exclusive or
** for every word looked up, and mixed nothing in that the multiply does
** not (gen_qhash checks that the table's words get a perfect hash). */
#define QH_SEED 0ull

/* Bytes s[0..n), n <= 8, as a little-endian number. */
static inline uint64_t qh_chunk(const char *s, size_t n) {
  uint64_t k = 0;
  for (size_t i = 0; i < n; i++)
    k |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return k;
}

/* One multiply a chunk, no xor-shift: the high bits of a product depend
** on every bit of its operands, the low bits only on the operands' low
** bits, so the next chunk's multiply carries the high bits of this one and
** qh_final takes the high bits. */
static inline uint64_t qh_step(uint64_t h, uint64_t k) {
  return (h ^ k) * 0xFF51AFD7ED558CCDull;
}

/* The table takes the slot from the low bits and the tag from the top
** byte of the 32-bit hash: byte-swapped, the product's top 16 bits (which
** depend on the whole word) give the slot and its bits 32..39 the tag. A
** byte swap is one instruction, where the mix it replaces (h ^ (h >> 29)
** and h ^ (h >> 32)) took six a word (callgrind). */
static inline uint32_t qh_final(uint64_t h) {
#if defined(__GNUC__)
  return (uint32_t)__builtin_bswap64(h);
#else
  uint32_t r = 0;
  for (int i = 0; i < 4; i++)
    r |= (uint32_t)(h >> (56 - 8 * i) & 0xFF) << (8 * i);
  return r;
#endif
}

static inline uint32_t qh_hash(const char *s, size_t n) {
  uint64_t h = QH_SEED ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    h = qh_step(h, qh_chunk(s + i, 8));
  if (i < n) h = qh_step(h, qh_chunk(s + i, n - i));
  return qh_final(h);
}

/* The tag of a word in the table's tag array: the hash's top seven bits,
** its low bit set so that it is never 0 (an empty slot): one "or", where
** mapping a top byte of 0 to 1 took a constant and a conditional move a
** word. The slot index takes the low bits, so the two are independent. */
static inline uint8_t qh_tag(uint32_t h) {
  return (uint8_t)(h >> 24 | 1);
}

/* The table is a perfect hash (tools/gen_qhash.c): a word of the lists
** is in exactly one slot, qh_place() of its hash and of the displacement
** its bucket was given at build time, so a lookup reads one tag and at
** most one slot, with no probe loop (whose length, like whether the word
** is there at all, was a coin toss to the branch predictor). The bucket
** is 10 bits of the hash from bit `shift` on, which the generator chooses
** (12 to 22) so that no two words of a bucket have the same low bits:
** then an exclusive or with the displacement keeps them apart. */
#define QH_BUCKET_BITS 10
static inline uint32_t qh_bucket(uint32_t h, unsigned shift) {
  return (h >> shift) & ((1u << QH_BUCKET_BITS) - 1);
}
static inline uint32_t qh_place(uint32_t h, uint32_t d, uint32_t mask) {
  return (h ^ d) & mask;
}

/* One word of the table: its first eight bytes and its features from
** every list (quotes_int.h). A lookup first reads the tag array, one byte
** a slot (a few kB, which stays in the first-level cache while every word
** of a text is looked up), and reads a slot only when its tag matches:
** most words of a text are in no list and never touch the slots. */
typedef struct qh_slot {
  uint64_t key;  /* qh_chunk() of the first eight bytes, zero-padded */
  uint16_t verb; /* QV_* */
  uint16_t word; /* QW_*, QW_KNOWN included */
  uint16_t off;  /* in the pool: the bytes after the eighth */
  uint8_t feat;  /* QT_* */
  uint8_t len;   /* 0: empty slot */
} qh_slot;

#endif
