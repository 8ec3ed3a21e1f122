/*
** utf8.c: strict UTF-8 decoding (RFC 3629). Invalid input is reported as
** the "maximal subpart" of Unicode chapter 3 so every caller replaces or
** rejects the same bytes in the same way.
*/
#include "presse.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Valid second-byte ranges depend on the lead byte: this is what rules out
** overlongs (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points
** above U+10FFFF (F4 90..BF). */
static int lead_info(unsigned c, int *len, unsigned *lo, unsigned *hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    *len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    *len = 3;
    if (c == 0xE0) *lo = 0xA0;
    if (c == 0xED) *hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    *len = 4;
    if (c == 0xF0) *lo = 0x90;
    if (c == 0xF4) *hi = 0x8F;
  } else
    return 0;
  return 1;
}

int presse_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  unsigned lo, hi;
  if (!lead_info(c, &len, &lo, &hi)) {
    *cp = 0xFFFD;
    return 1;
  }
  uint32_t v = c & (0xFF >> (len + 1));
  for (int i = 1; i < len; i++) {
    if ((size_t)i >= n) {
      *cp = 0xFFFD;
      return i;
    }
    unsigned d = s[i];
    if (d < (i == 1 ? lo : 0x80) || d > (i == 1 ? hi : 0xBF)) {
      *cp = 0xFFFD;
      return i;
    }
    v = (v << 6) | (d & 0x3F);
  }
  *cp = v;
  return len;
}

/* Index of the first byte whose high bit is set in the eight bytes at s
** (all of them: 8). */
static inline size_t ascii_lanes(const unsigned char *s) {
  uint64_t w;
  __builtin_memcpy(&w, s, 8);
  w &= 0x8080808080808080ULL;
  if (!w) return 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return (size_t)__builtin_ctzll(w) >> 3;
#else
  size_t i = 0;
  while (s[i] < 0x80)
    i++;
  return i;
#endif
}

/* French text is ASCII with an accent every few words: runs of ASCII are
** skipped eight bytes at a time up to the exact first non-ASCII byte, and
** the two- and three-byte sequences of French (é à « NBSP, ’ … –) are
** checked in place. Anything else (four-byte sequences, errors) goes to
** presse_utf8_decode(), which says where the error is. */
size_t presse_utf8_invalid_at(const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    /* sixteen bytes at a time where SSE2 is there (every x86-64): one
    ** load and one movemask tell how many lead ASCII bytes there are */
    if (i + 16 <= n) {
      unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_loadu_si128((const __m128i *)(const void *)(s + i)));
      if (!m) {
        i += 16;
        continue;
      }
      i += (size_t)__builtin_ctz(m);
    } else
#endif
        if (i + 8 <= n) {
      size_t k = ascii_lanes(s + i);
      i += k;
      if (k == 8) continue;
    } else if (s[i] < 0x80) {
      i++;
      continue;
    }
    unsigned x = s[i];
    if (x >= 0xC2 && x <= 0xDF) {
      if (i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        i += 2;
        continue;
      }
    } else if (x >= 0xE0 && x <= 0xEF && i + 2 < n) {
      unsigned y = s[i + 1];
      unsigned lo = x == 0xE0 ? 0xA0 : 0x80, hi = x == 0xED ? 0x9F : 0xBF;
      if (y >= lo && y <= hi && (s[i + 2] & 0xC0) == 0x80) {
        i += 3;
        continue;
      }
    }
    uint32_t cp;
    int len = presse_utf8_decode(s + i, n - i, &cp);
    if (cp == 0xFFFD) {
      /* U+FFFD itself is valid: EF BF BD. */
      if (!(len == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD))
        return i;
    }
    i += (size_t)len;
  }
  return n;
}

size_t presse_utf8_count(const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    count += (s[i] & 0xC0) != 0x80;
  return count;
}

int presse_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}
