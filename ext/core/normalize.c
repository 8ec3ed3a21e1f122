/*
** normalize.c: french_normalize(), the key for comparing French text.
**
** Per character the work is table-driven: tools/gen_fold.c precomputes, for
** every code point and each option set, NFKC + full case folding + mark
** stripping + the French overrides of data/fold_overrides.txt, so the run
** time is one decode and two loads per non-ASCII character. ASCII, which is
** ~97% of French news, goes 16 bytes at a time through SSE2 (8 with SWAR
** arithmetic elsewhere, or with -DPRESSE_NO_SIMD): the vector lowercases,
** turns control white space into spaces and the backquote into an
** apostrophe, and stops only at non-ASCII bytes and at spaces that must be
** collapsed. The output is grown only when a character's replacement is
** longer than its input, so the ASCII path never checks capacity.
**
** What a per-character table cannot do is canonical composition across
** characters ("e" + U+0301 -> "é" when accents are kept, Hangul jamo). The
** table flags characters that may attach to what precedes them (FOLD_CTX);
** for those, the output of the previous character and of the run of such
** characters is recomposed with utf8proc. Runs are cut every 32 characters
** (the Stream-Safe Text Format limit is 30), which keeps the time linear on
** adversarial input.
**
** Invalid UTF-8: each maximal invalid subpart (Unicode ch. 3, as
** presse_utf8_decode) becomes U+FFFD, which folds to itself.
*/
#include "presse.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__) && !defined(PRESSE_NO_SIMD)
#include <emmintrin.h>
#endif

#include "fold_table.h"

/* Room kept free beyond what the remaining input could need: the ASCII
** path stores 16 bytes at a time and pool copies are 8 bytes wide. */
#define SLACK 32
/* Longest run of combining characters recomposed at once. */
#define SEG_CPS 32
#define SEG_BYTES 256

#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL

/* ------------------------------------------------------------- options */
static int name_is(const char *s, size_t n, const char *name) {
  return strlen(name) == n && !memcmp(s, name, n);
}

int presse_norm_parse_options(const char *opts, size_t n, unsigned *flags,
                              const char **bad, size_t *badlen) {
  *flags = 0;
  if (bad) *bad = NULL;
  if (badlen) *badlen = 0;
  if (!opts) n = 0;
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && opts[j] != ',')
      j++;
    size_t a = i, b = j;
    while (a < b && (opts[a] == ' ' || opts[a] == '\t'))
      a++;
    while (b > a && (opts[b - 1] == ' ' || opts[b - 1] == '\t'))
      b--;
    if (name_is(opts + a, b - a, "keep_accents"))
      *flags |= PRESSE_NORM_KEEP_ACCENTS;
    else if (name_is(opts + a, b - a, "keep_case"))
      *flags |= PRESSE_NORM_KEEP_CASE;
    else if (b > a) { /* empty items (",,", trailing comma) are ignored */
      *flags = 0;
      if (bad) *bad = opts + a;
      if (badlen) *badlen = b - a;
      return PRESSE_EINVAL;
    }
    i = j + 1;
  }
  return PRESSE_OK;
}

/* ------------------------------------------------------------- helpers */
/* The table entry of cp for option set v (see tools/gen_fold.c). */
static inline uint32_t fold_entry(unsigned v, uint32_t cp) {
  unsigned blk;
  if (cp < FOLD_LIMIT)
    blk = fold_stage1[v][cp >> FOLD_SHIFT];
  else if (cp - FOLD_E0_BASE < FOLD_E0_SIZE)
    blk = fold_stage1_e0[v][(cp - FOLD_E0_BASE) >> FOLD_SHIFT];
  else
    return FOLD_IDENT | 4u; /* unassigned and private use: unchanged */
  return fold_stage2[(blk << FOLD_SHIFT) | (cp & ((1u << FOLD_SHIFT) - 1))];
}

/* What an ASCII byte folds to; gen_fold checks that the tables agree. */
static inline unsigned char ascii_fold(unsigned c, unsigned flags) {
  if (c - 0x09u <= 4u) return ' ';
  if (c == '`') return '\'';
  if (!(flags & PRESSE_NORM_KEEP_CASE) && c - 'A' <= 25u)
    return (unsigned char)(c + 32);
  return (unsigned char)c;
}

/* Decode one code point; invalid subparts give U+FFFD like
** presse_utf8_decode, whose slower general path handles them. */
static inline size_t decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  if (c - 0xC2u <= 0xDFu - 0xC2u && n >= 2 && (s[1] & 0xC0) == 0x80) {
    *cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    return 2;
  }
  if (c - 0xE1u <= 0xECu - 0xE1u && n >= 3 && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80) {
    *cp = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    return 3;
  }
  return (size_t)presse_utf8_decode(s, n, cp);
}

/* Byte lanes of x (each < 0x80) that are >= c, or > c: 0x80 in the lane. */
#define LANES_GE(x, c) (((x) + (0x80u - (c)) * ONES) & HIGH)
#define LANES_GT(x, c) (((x) + (0x7Fu - (c)) * ONES) & HIGH)
#define LANES_IN(x, lo, hi) (LANES_GE(x, lo) & ~LANES_GT(x, hi))

/* Make room for `need` bytes from o on; *dst and *cap follow the buffer. */
static int grow(presse_buf *out, size_t o, size_t need, unsigned char **dst,
                size_t *cap) {
  out->len = o;
  int rc = presse_buf_reserve(out, need);
  *dst = (unsigned char *)out->data;
  *cap = out->cap;
  return rc;
}

#define ENSURE(need)                                                           \
  do {                                                                         \
    if (o + (need) > cap && (rc = grow(out, o, (need), &dst, &cap)))           \
      goto fail;                                                               \
  } while (0)

/* Canonically recompose src[0..n) (see the header comment) into tmp.
** Returns the length written, or SIZE_MAX to leave src as it is (the
** bounds on runs make that unreachable; it is there for safety). */
static size_t recompose(const unsigned char *src, size_t n, char *tmp,
                        size_t tmpcap) {
  utf8proc_int32_t buf[SEG_BYTES * 4 + 64];
  const utf8proc_ssize_t bufcap =
      (utf8proc_ssize_t)(sizeof buf / sizeof buf[0]);
  utf8proc_ssize_t m = utf8proc_decompose(src, (utf8proc_ssize_t)n, buf, bufcap,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (m < 0 || m > bufcap) return SIZE_MAX;
  m = utf8proc_normalize_utf32(buf, m, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (m < 0) return SIZE_MAX;
  size_t len = 0;
  for (utf8proc_ssize_t j = 0; j < m; j++) {
    if (len + 4 > tmpcap) return SIZE_MAX;
    len += (size_t)presse_utf8_encode((uint32_t)buf[j], tmp + len);
  }
  return len;
}

/* ------------------------------------------------------------ the loop */
int presse_normalize(const char *in, size_t n, unsigned flags,
                     presse_buf *out) {
  if (flags > (PRESSE_NORM_KEEP_ACCENTS | PRESSE_NORM_KEEP_CASE))
    return PRESSE_EINVAL;
  const size_t start = out->len;
  int rc = presse_buf_reserve(out, n + SLACK);
  if (rc) return rc;
  unsigned char *dst = (unsigned char *)out->data;
  size_t cap = out->cap;
  const unsigned char *s = (const unsigned char *)in;
#if defined(__SSE2__) && !defined(PRESSE_NO_SIMD)
  const __m128i upper_v =
      _mm_set1_epi8((flags & PRESSE_NORM_KEEP_CASE) ? 0 : -1);
#else
  const uint64_t upper_on = (flags & PRESSE_NORM_KEEP_CASE) ? 0 : ~0ULL;
#endif
  size_t o = start, i = 0;
  /* sp: the last byte written is a space, or nothing written yet, so a
  ** space here would be doubled or leading. */
  unsigned sp = 1;
  /* The last non-ASCII character with plain output: where its input ended
  ** and where its output starts, for recomposition. */
  size_t prev_end = SIZE_MAX, prev_out = 0;

  /* Invariant: o + (n - i) + SLACK <= cap, since ASCII never grows. */
  while (i < n) {
#if defined(__SSE2__) && !defined(PRESSE_NO_SIMD)
    while (i + 16 <= n) {
      __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
      /* Signed compares: bytes >= 0x80 are negative and match nothing. */
      __m128i ctl = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x08)),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8(0x0E)));
      __m128i up =
          _mm_and_si128(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x40)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8(0x5B))),
                        upper_v);
      __m128i grave = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x60));
      v = _mm_or_si128(_mm_andnot_si128(ctl, v),
                       _mm_and_si128(ctl, _mm_set1_epi8(0x20)));
      v = _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
      v = _mm_xor_si128(v, _mm_and_si128(grave, _mm_set1_epi8(0x60 ^ 0x27)));
      unsigned spc =
          (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x20)));
      unsigned stop =
          (unsigned)_mm_movemask_epi8(v) | (spc & ((spc << 1) | sp));
      _mm_storeu_si128((__m128i *)(dst + o), v);
      if (!stop) {
        o += 16;
        i += 16;
        sp = spc >> 15;
        continue;
      }
      unsigned lanes = (unsigned)__builtin_ctz(stop);
      if (lanes) {
        o += lanes;
        i += lanes;
        sp = (spc >> (lanes - 1)) & 1;
      }
      break;
    }
    if (i >= n) break;
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      uint64_t x = w & ~HIGH;
      uint64_t ctl = LANES_IN(x, 0x09u, 0x0Du);
      uint64_t grave = LANES_IN(x, 0x60u, 0x60u);
      uint64_t up = LANES_IN(x, 0x41u, 0x5Au) & upper_on;
      w = (w & ~((ctl >> 7) * 0xFF)) | ((ctl >> 7) * 0x20);
      w ^= (grave >> 7) * (0x60 ^ 0x27);
      w += up >> 2;
      uint64_t spc = LANES_IN(w & ~HIGH, 0x20u, 0x20u);
      uint64_t stop = (w & HIGH) | (spc & ((spc << 8) | ((uint64_t)sp << 7)));
      memcpy(dst + o, &w, 8);
      if (!stop) {
        o += 8;
        i += 8;
        sp = (unsigned)(w >> 56) == 0x20;
        continue;
      }
      unsigned lanes = (unsigned)__builtin_ctzll(stop) >> 3;
      if (lanes) {
        o += lanes;
        i += lanes;
        sp = dst[o - 1] == 0x20;
      }
      break;
    }
    if (i >= n) break;
#endif
    unsigned c = s[i];
    if (c < 0x80) {
      unsigned char f = ascii_fold(c, flags);
      if (f != ' ') {
        dst[o++] = f;
        sp = 0;
      } else if (!sp) {
        dst[o++] = ' ';
        sp = 1;
      }
      i++;
      continue;
    }

    uint32_t cp;
    size_t len_in = decode(s + i, n - i, &cp);
    if (cp == 0xFFFD) { /* invalid bytes, or U+FFFD itself */
      ENSURE(3 + (n - i - len_in) + SLACK);
      memcpy(dst + o, "\xEF\xBF\xBD", 3);
      prev_out = o;
      o += 3;
      i += len_in;
      prev_end = i;
      sp = 0;
      continue;
    }
    uint32_t e = fold_entry(flags, cp);
    size_t len = e & FOLD_LEN_MASK;

    if (e & FOLD_CTX) {
      size_t seg = o;
      if (i > 0 && s[i - 1] < 0x80 && ascii_fold(s[i - 1], flags) != ' ')
        seg = o - 1;
      else if (prev_end == i)
        seg = prev_out;
      for (unsigned count = 0; count < SEG_CPS; count++) {
        if (count) {
          if (i >= n || s[i] < 0x80) break;
          len_in = decode(s + i, n - i, &cp);
          if (cp == 0xFFFD) break;
          e = fold_entry(flags, cp);
          len = e & FOLD_LEN_MASK;
          if (!(e & FOLD_CTX) || o - seg + len > SEG_BYTES) break;
        }
        ENSURE(len + (n - i) + SLACK);
        memcpy(dst + o,
               (e & FOLD_IDENT) ? (const char *)s + i
                                : fold_pool + (e >> FOLD_OFF_SHIFT),
               len);
        o += len;
        i += len_in;
      }
      {
        char tmp[SEG_BYTES * 4 + 256];
        size_t len2 = recompose(dst + seg, o - seg, tmp, sizeof tmp);
        if (len2 != SIZE_MAX) {
          o = seg;
          ENSURE(len2 + (n - i) + SLACK);
          memcpy(dst + seg, tmp, len2);
          o = seg + len2;
        }
      }
      sp = 0;
      prev_end = SIZE_MAX; /* never reopen a run: keeps time linear */
      continue;
    }

    if (e & FOLD_SPACE) { /* rare apart from single spaces: byte by byte */
      ENSURE(len + (n - i) + SLACK);
      const char *r = fold_pool + (e >> FOLD_OFF_SHIFT);
      size_t after_space = o;
      for (size_t j = 0; j < len; j++) {
        if (r[j] != ' ') {
          dst[o++] = (unsigned char)r[j];
          sp = 0;
        } else {
          if (!sp) dst[o++] = ' ';
          sp = 1;
          after_space = o;
        }
      }
      i += len_in;
      /* What follows the last space (U+00A8 -> " \u0308") may still
      ** combine with the next character. */
      prev_end = o > after_space ? i : SIZE_MAX;
      prev_out = after_space;
      continue;
    }

    if (len) {
      if (e & FOLD_IDENT) {
        memcpy(dst + o, s + i, len);
      } else {
        if (len > len_in) ENSURE(len + (n - i - len_in) + SLACK);
        if (len <= 8) /* the pool is padded: a fixed-size copy is cheaper */
          memcpy(dst + o, fold_pool + (e >> FOLD_OFF_SHIFT), 8);
        else
          memcpy(dst + o, fold_pool + (e >> FOLD_OFF_SHIFT), len);
      }
      prev_out = o;
      o += len;
      sp = 0;
      i += len_in;
      prev_end = i;
    } else { /* deleted: soft hyphen, zero-width characters */
      /* Deleted characters are transparent to composition: "e", U+200B,
      ** U+0301 gives "é" with keep_accents. */
      if (prev_end != i && i > 0 && s[i - 1] < 0x80 &&
          ascii_fold(s[i - 1], flags) != ' ') {
        prev_out = o - 1;
        prev_end = i;
      }
      i += len_in;
      if (prev_end == i - len_in) prev_end = i;
    }
  }
  if (o > start && dst[o - 1] == ' ') o--;
  out->len = o;
  return PRESSE_OK;

fail:
  out->len = start;
  return rc;
}
