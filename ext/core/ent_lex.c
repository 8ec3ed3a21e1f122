/*
** ent_lex.c: lookups in the generated entity lexicon (one hash probe
** sequence per word; the table is const and shared by every connection).
**
** Keys are hashed and compared eight bytes at a time (ent_lex_hash()), and
** a slot holds its key's first eight bytes (ent_lex.h): a lookup reads one
** slot, or two lines for a key longer than eight bytes. A token of up to
** eight ASCII bytes, most of them, is folded (lowercased) in a register,
** without a copy.
*/
#include <string.h>

#include "ent_int.h"

#include "entlex_data.h"

/* The first eight bytes of a slot's key (its first two words, low word
** first): one load on a little-endian machine, where the two 32-bit
** loads, shift and or of the portable form are what the compiler makes of
** it. */
static inline uint64_t slot_key(const uint32_t *s) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t k;
  memcpy(&k, s, 8);
  return k;
#else
  return (uint64_t)s[1] << 32 | s[0];
#endif
}

/* The value of the key equal to the n bytes whose words are word(i)
** (little-endian, i a multiple of 8, the last one zero-padded), 0 when
** there is none. h = ent_lex_hash() of those bytes. A slot holds the
** first word of its key and its length, so that a key of up to eight
** bytes is found or rejected within its slot; a longer one reads the rest
** of the key in entlex_tails, padded so that a word read there never runs
** past it. */
#define ENTLEX_PROBE(h, n, word)                                               \
  do {                                                                         \
    uint64_t w0_ = word(0);                                                    \
    for (uint32_t j_ = (h)&ENTLEX_MASK;; j_ = (j_ + 1) & ENTLEX_MASK) {        \
      const uint32_t *s_ = &entlex_slots[4 * (size_t)j_];                      \
      uint32_t meta_ = s_[3];                                                  \
      if (!meta_) return 0;                                                    \
      if ((meta_ & ((1u << ENTLEX_LEN_BITS) - 1)) != (n) ||                    \
          slot_key(s_) != w0_)                                                 \
        continue;                                                              \
      if ((n) <= 8) return s_[2];                                              \
      const char *t_ = entlex_tails + (meta_ >> ENTLEX_LEN_BITS);              \
      size_t i_ = 8;                                                           \
      for (; i_ + 8 < (n); i_ += 8)                                            \
        if (ent_le64(t_ + i_ - 8) != word(i_)) break;                          \
      if (i_ + 8 >= (n) &&                                                     \
          (ent_le64(t_ + i_ - 8) & ent_low_bytes((n)-i_)) == word(i_))         \
        return s_[2];                                                          \
    }                                                                          \
  } while (0)

uint32_t ent_lex_lookup(const char *s, size_t n) {
  if (!n) return 0;
  uint32_t h = ent_lex_hash(s, n);
#define WORD_AT(i)                                                             \
  ((i) + 8 <= n ? ent_le64(s + (i)) : ent_tail64(s + (i), n - (i)))
  ENTLEX_PROBE(h, n, WORD_AT);
#undef WORD_AT
}

/* Lookup of buf[0..n), followed by at least eight zero bytes. */
static uint32_t lookup_padded(const char *buf, size_t n) {
  uint64_t h = ent_lex_seed(n);
  for (size_t i = 0; i < n; i += 8)
    h = ent_lex_mix(h, ent_le64(buf + i));
  uint32_t hh = ent_lex_final(h);
#define WORD_AT(i) ent_le64(buf + (i))
  ENTLEX_PROBE(hh, n, WORD_AT);
#undef WORD_AT
}

#define LANES_HIGH 0x8080808080808080ull
#define LANES_ONE 0x0101010101010101ull

/* Lookup of the 1 to 8 ASCII bytes of w (little-endian, zero above
** them), lowercased first as ent_fold() would: 0x20 is added to the
** lanes that hold 'A'..'Z' (no lane carries into the next: the high bits
** are cleared before the additions, and every lane is below 0x80). */
static uint32_t lookup_ascii_word(uint64_t w, size_t n) {
  uint64_t ge_a = w + LANES_ONE * (0x80 - 'A');
  uint64_t gt_z = w + LANES_ONE * (0x80 - 'Z' - 1);
  w |= (ge_a & ~gt_z & LANES_HIGH) >> 2;
  uint32_t h = ent_lex_final(ent_lex_mix(ent_lex_seed(n), w));
#define WORD_AT(i) w
  ENTLEX_PROBE(h, n, WORD_AT);
#undef WORD_AT
}

/* Lookup of the 9 to 16 ASCII bytes of w0 and w1 (little-endian, w1
** zero above byte n - 8), lowercased first as ent_fold() would: what
** ent_fold() and lookup_padded() do with them, without the copy to a
** buffer (a word of nine letters or more is one word looked up in
** four). */
static uint32_t lookup_ascii_words2(uint64_t w0, uint64_t w1, size_t n) {
  uint64_t ge_a = w0 + LANES_ONE * (0x80 - 'A');
  uint64_t gt_z = w0 + LANES_ONE * (0x80 - 'Z' - 1);
  w0 |= (ge_a & ~gt_z & LANES_HIGH) >> 2;
  ge_a = w1 + LANES_ONE * (0x80 - 'A');
  gt_z = w1 + LANES_ONE * (0x80 - 'Z' - 1);
  w1 |= (ge_a & ~gt_z & LANES_HIGH) >> 2;
  uint32_t h = ent_lex_final(ent_lex_mix(ent_lex_mix(ent_lex_seed(n), w0), w1));
#define WORD_AT(i) ((i) ? w1 : w0)
  ENTLEX_PROBE(h, n, WORD_AT);
#undef WORD_AT
}

/* Lookup of s[0..n) folded (accents, a word of more than sixteen bytes):
** out of line, so that its buffer and ent_fold()'s registers cost
** nothing to the common cases of ent_tok_flags_lookup(). room: the bytes
** readable from s. */
static __attribute__((noinline)) uint32_t lookup_folded(const char *s, size_t n,
                                                        size_t room) {
  char buf[ENT_FOLD_MAX + 8];
  size_t m = 0;
#if defined(__SSE2__)
  if (n - 2 < 15 && room >= 16) m = ent_fold16(s, n, buf);
#else
  (void)room;
#endif
  if (!m) m = ent_fold(s, n, buf);
  if (m == (size_t)-1 || !m) return 0;
  memset(buf + m, 0, 8);
  return lookup_padded(buf, m);
}

uint32_t ent_tok_flags_lookup(ent_ctx *c, size_t i) {
  if (i >= c->ntok) return 0;
  uint32_t v = c->info[i];
  if (v & TI_LOOKED) return v & ~(TI_LOOKED | TI_AMBIG);
  uint32_t f = 0;
  const presse_token *t = &c->tok[i];
  if (t->kind == PRESSE_TOK_WORD) {
    size_t n = t->b1 - t->b0;
    uint64_t w;
    /* the common case: at most eight ASCII bytes, read in one load when
    ** the text goes on for eight bytes */
    if (n - 1 < 8 && t->b0 + 8 <= c->n &&
        !((w = ent_le64(c->text + t->b0) & ent_low_bytes(n)) & LANES_HIGH)) {
      f = lookup_ascii_word(w, n);
    } else if (n - 9 < 8 && t->b0 + 16 <= c->n &&
               !((ent_le64(c->text + t->b0) |
                  (w = ent_le64(c->text + t->b0 + 8) & ent_low_bytes(n - 8))) &
                 LANES_HIGH)) {
      f = lookup_ascii_words2(ent_le64(c->text + t->b0), w, n);
    } else {
      f = lookup_folded(c->text + t->b0, n, c->n - t->b0);
    }
  }
  c->info[i] = v | TI_LOOKED | f;
  return f;
}

/* The shape model (ent_lex.h): add the weight of feature key to *sum. */
static void shape_add(uint64_t key, void *sum) {
  for (uint32_t s = ent_shape_hash(key) & ENTSHAPE_MASK; entshape_keys[s];
       s = (s + 1) & ENTSHAPE_MASK)
    if (entshape_keys[s] == key) {
      *(int *)sum += entshape_w[s];
      return;
    }
}

int ent_shape_type(const char *s, size_t n) {
  int sum = 0;
  ENT_SHAPE_FEATURES(s, n, shape_add, &sum);
  return sum >= ENTSHAPE_PER    ? PRESSE_PER
         : sum <= -ENTSHAPE_LOC ? PRESSE_LOC
                                : 0;
}
