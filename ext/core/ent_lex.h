/*
** ent_lex.h: the entity lexicon shared by its build-time generator
** (tools/gen_entlex.c) and the runtime (ent_lex.c).
**
** One table maps a folded word or phrase to a bit set of what the data
** sources say about it, so that each token costs one hash probe whatever
** the number of lists. Keys are folded (lowercase, accents stripped,
** ligatures expanded, typographic apostrophes made ASCII, soft hyphens
** dropped) by ent_fold() below, used on both sides so they always agree.
**
** Header-only on purpose: the generator is compiled by itself at build
** time and must not depend on the library it helps build.
*/
#ifndef PRESSE_ENT_LEX_H
#define PRESSE_ENT_LEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* What the sources say about a key. */
enum {
  EL_GIVEN = 1u << 0,      /* hunspell po:prn: a given name */
  EL_SURNAME = 1u << 1,    /* hunspell po:patr: a family name */
  EL_NPR = 1u << 2,        /* hunspell po:npr: a proper noun, mostly places */
  EL_CAPNOM = 1u << 3,     /* hunspell capitalised po:nom: countries, regions */
  EL_COUNTRY = 1u << 4,    /* iso-codes / CLDR: a country or territory */
  EL_CITY = 1u << 5,       /* geonames: a city or region */
  EL_COMMON = 1u << 6,     /* hunspell: a lowercase word or its inflection */
  EL_ADJ = 1u << 7,        /* an inflected form of a hunspell adjective */
  EL_DEMONYM = 1u << 8,    /* a nationality / inhabitant noun or adjective */
  EL_TITLE = 1u << 9,      /* a title or function before a name (data/) */
  EL_ORGCUE = 1u << 10,    /* a common noun announcing an ORG (data/) */
  EL_ORGHEAD = 1u << 11,   /* the head word of an institution's name */
  EL_LOCCUE = 1u << 12,    /* a word announcing a place (data/) */
  EL_LOCHEAD = 1u << 13,   /* the head of a geographic name: Mont, Golfe */
  EL_MISCCUE = 1u << 14,   /* a word announcing an event or product */
  EL_NOTENT = 1u << 15,    /* capitalised but never an entity: months... */
  EL_PARTICLE = 1u << 16,  /* name-internal particle: de, van, al */
  EL_CARDINAL = 1u << 17,  /* Nord, Sud, Est, Ouest and compounds */
  EL_PREFIX = 1u << 18,    /* a proper prefix of a multi-word key */
  EL_FUNC = 1u << 19,      /* a function word (article, pronoun, prep.) */
  EL_PERCUE = 1u << 20,    /* a word after which a name is a person */
  EL_VERB = 1u << 21,      /* a form of a hunspell verb */
  EL_ORGWORD = 1u << 22,   /* a word frequent inside ORG names: Nations */
  EL_MEMBERS = 1u << 23,   /* members of a group: "les mercenaires de X" */
  EL_SPEECH = 1u << 24,    /* a 3rd-person or participle form of a verb of
                           ** saying (data/speech_verbs.txt): a déclaré */
  EL_ENGLISH = 1u << 25,   /* an English word that is no French name */
  EL_SPEECHFIN = 1u << 26, /* the finite forms among EL_SPEECH: estime */
  EL_NOTLOC = 1u << 27,    /* before à / au, no place follows: face à X */
  EL_EVENT = 1u << 28,     /* capitalised, opens an event's name: Marathon,
                           ** Open, Mondial (data/ent_events.txt) */
  EL_REGION = 1u << 29     /* iso-codes ISO 3166-2 only: a region, a province
                           ** (a place alone or as a phrase, nothing more;
                           ** bits 30 and 31 are ent_int.h's TI_*) */
};

/* Names given by the sources: any of these makes a capitalised word a
** plausible name even when it is also a common word (Paris, Pierre). */
#define EL_NAMEY                                                               \
  (EL_GIVEN | EL_SURNAME | EL_NPR | EL_CAPNOM | EL_COUNTRY | EL_CITY)
#define EL_PLACE (EL_NPR | EL_CAPNOM | EL_COUNTRY | EL_CITY)

/* A slot of the table (four 32-bit words): the key's first eight bytes
** as a little-endian word (zero-padded), its EL_* flags, and its length in
** the low ENTLEX_LEN_BITS bits of the last word, with above them the
** offset in the tail blob of what follows the eighth byte of a longer key.
** An empty slot is all zeros. */
#define ENTLEX_LEN_BITS 7

/* The longest key folded and looked up, in bytes. */
#define ENT_FOLD_MAX 96

/* Fold the code point cp (appending to out[*n], which has room for
** ENT_FOLD_MAX bytes). Returns 0 when out is full. Lowercases ASCII and
** the Latin letters of French and its neighbours, strips their accents,
** expands ligatures; other code points are kept as UTF-8. */
/* U+00C0..U+00FF folded to ASCII ('\0': none; Æ, æ and ß are two letters,
** which ent_fold_cp() writes before it reads this). */
static const char ent_fold_l1[] = "aaaaaaeceeeeiiiidnooooo\0ouuuuyts"
                                  "aaaaaaeceeeeiiiidnooooo\0ouuuuyty";

static inline int ent_fold_cp(uint32_t cp, char *out, size_t *n) {
  /* U+0100..U+017F folded to ASCII ('\0': none). */
  static const char la[] =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllll"
      "lnnnnnnnnnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  char c = 0;
  if (cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D ||
      cp == 0xFEFF)
    return 1; /* soft hyphen and zero-width characters vanish */
  if (cp < 0x80) {
    c = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
  } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0xB4 ||
             cp == 0x201B) {
    c = '\'';
  } else if (cp == 0x2010 || cp == 0x2011) {
    c = '-';
  } else if (cp == 0xC6 || cp == 0xE6 || cp == 0x152 || cp == 0x153) {
    if (*n + 2 > ENT_FOLD_MAX) return 0;
    out[(*n)++] = cp == 0xC6 || cp == 0xE6 ? 'a' : 'o';
    out[(*n)++] = 'e';
    return 1;
  } else if (cp == 0xDF) {
    if (*n + 2 > ENT_FOLD_MAX) return 0;
    out[(*n)++] = 's';
    out[(*n)++] = 's';
    return 1;
  } else if (cp >= 0xC0 && cp <= 0xFF) {
    c = ent_fold_l1[cp - 0xC0];
  } else if (cp >= 0x100 && cp <= 0x17F) {
    c = la[cp - 0x100];
  }
  if (c) {
    if (*n + 1 > ENT_FOLD_MAX) return 0;
    out[(*n)++] = c;
    return 1;
  }
  /* Anything else is kept as written (UTF-8). */
  if (*n + 4 > ENT_FOLD_MAX) return 0;
  if (cp < 0x800) {
    out[(*n)++] = (char)(0xC0 | (cp >> 6));
    out[(*n)++] = (char)(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out[(*n)++] = (char)(0xE0 | (cp >> 12));
    out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[(*n)++] = (char)(0x80 | (cp & 0x3F));
  } else {
    out[(*n)++] = (char)(0xF0 | (cp >> 18));
    out[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[(*n)++] = (char)(0x80 | (cp & 0x3F));
  }
  return 1;
}

/* Decode one code point of valid UTF-8 (the segmenter has checked it). */
static inline size_t ent_utf8_next(const unsigned char *s, size_t n,
                                   uint32_t *cp) {
  unsigned c = s[0];
  if (c < 0x80 || n < 2) {
    *cp = c;
    return 1;
  }
  if (c < 0xE0) {
    *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if (c < 0xF0 || n < 4) {
    if (n < 3) {
      *cp = c;
      return 1;
    }
    *cp = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return 3;
  }
  *cp = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) |
        (s[3] & 0x3F);
  return 4;
}

/* The eight bytes at p as a little-endian word (the same value on every
** machine, so that the generated table does not depend on the one that
** built it). */
static inline uint64_t ent_le64(const void *p) {
  uint64_t w;
  memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

/* ASCII eight bytes at a time (ent_fold()): w with 'A'..'Z' lowercased,
** 0x20 added to the lanes that hold them. Exact in the lanes below the
** first one (from the low end) that has its high bit set: the additions
** carry only out of such a lane, towards the higher ones. */
#define ENT_LANES_HIGH 0x8080808080808080ull
#define ENT_LANES_ONE 0x0101010101010101ull
static inline uint64_t ent_lower8(uint64_t w) {
  uint64_t ge_a = w + ENT_LANES_ONE * (0x80 - 'A');
  uint64_t gt_z = w + ENT_LANES_ONE * (0x80 - 'Z' - 1);
  return w | (ge_a & ~gt_z & ~w & ENT_LANES_HIGH) >> 2;
}

/* Store w at p as ent_le64() reads it. */
static inline void ent_st_le64(void *p, uint64_t w) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  memcpy(p, &w, 8);
}

/* The number of low lanes before the first lane whose high bit is set in
** stop (a mask of high bits: w & ENT_LANES_HIGH stops at non-ASCII). */
static inline size_t ent_ascii_lanes(uint64_t stop) {
  uint64_t high = stop & ENT_LANES_HIGH;
  if (!high) return 8;
#if defined(__GNUC__)
  return (size_t)__builtin_ctzll(high) >> 3;
#else
  size_t k = 0;
  while (!(high & 0x80))
    high >>= 8, k++;
  return k;
#endif
}

/* The high bit of each lane of w that holds byte x. Exact from the low
** end up to and including the first such lane (the subtraction borrows
** only out of a zero lane), which is all ent_ascii_lanes() looks at. */
static inline uint64_t ent_lanes_eq(uint64_t w, unsigned char x) {
  uint64_t v = w ^ (ENT_LANES_ONE * x);
  return (v - ENT_LANES_ONE) & ~v & ENT_LANES_HIGH;
}

#if defined(__SSE2__)
/* The sixteen bytes at p with 'A'..'Z' lowercased (x - 'A' biased by 0x80
** is below 26 as a signed byte), stored at out. */
static inline void ent_lower16(const char *p, char *out) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i up = _mm_cmpgt_epi8(_mm_set1_epi8(-102),
                              _mm_add_epi8(v, _mm_set1_epi8(0x80 - 'A')));
  v = _mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
  _mm_storeu_si128((__m128i *)(void *)out, v);
}

/* The bits (one a byte) of the sixteen bytes at p that are not ASCII. */
static inline unsigned ent_high16(const char *p) {
  return (unsigned)_mm_movemask_epi8(
      _mm_loadu_si128((const __m128i *)(const void *)p));
}
#endif

/* Fold s[0..n) into out (room for ENT_FOLD_MAX bytes); returns the folded
** length, or (size_t)-1 when it does not fit. */
static inline size_t ent_fold(const char *s, size_t n, char *out) {
  size_t o = 0, i = 0;
  if (n < 8) {
    /* a short word's leading ASCII bytes, one a step without the tests
    ** of the loop below for eight and sixteen bytes at once, which a word
    ** of fewer than eight bytes never passes (out has room for them) */
    for (; i < n && (unsigned char)s[i] < 0x80; i++)
      out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    o = i;
  }
  while (i < n) {
    unsigned char a = (unsigned char)s[i];
    if (a < 0x80) { /* ASCII, as ent_fold_cp() folds it, inline */
#if defined(__SSE2__)
      if (i + 16 <= n && o + 16 <= ENT_FOLD_MAX) {
        /* sixteen at once: what two steps of eight below would do */
        unsigned high = ent_high16(s + i);
        size_t k = high ? (size_t)__builtin_ctz(high) : 16;
        ent_lower16(s + i, out + o);
        o += k;
        i += k;
        continue;
      }
#endif
      if (i + 8 <= n && o + 8 <= ENT_FOLD_MAX) {
        /* the ASCII lanes of the next eight bytes at once; the bytes
        ** stored past them are overwritten or not part of the result */
        uint64_t w = ent_le64(s + i);
        size_t k = ent_ascii_lanes(w);
        ent_st_le64(out + o, ent_lower8(w));
        o += k;
        i += k;
        continue;
      }
      if (n >= 8 && o + 8 <= ENT_FOLD_MAX) {
        /* the last r < 8 bytes, read with the bytes before them (the end
        ** of the last eight of s) and shifted down: one step where a loop
        ** took one a byte, and a branch the processor could not guess,
        ** for the ends of most words; the zero lanes above them count as
        ** ASCII, hence the bound r */
        size_t r = n - i;
        uint64_t w = ent_le64(s + n - 8) >> (8 * (8 - r));
        size_t k = ent_ascii_lanes(w);
        if (k > r) k = r;
        ent_st_le64(out + o, ent_lower8(w));
        o += k;
        i += k;
        continue;
      }
      if (o + 1 > ENT_FOLD_MAX) return (size_t)-1;
      out[o++] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
      i++;
      continue;
    }
    if (a == 0xC3 && i + 1 < n) {
      /* the accented letters of French (é è à ç ê ô...), most of the
      ** non-ASCII bytes of news: U+00C0..U+00FF folded by ent_fold_l1[]
      ** as ent_fold_cp() would (the code point as ent_utf8_next()
      ** decodes it), without the decoding and the tests before the
      ** table; the ligatures, ß, × and ÷ go the general way */
      uint32_t cp = 0xC0 | ((unsigned char)s[i + 1] & 0x3F);
      char c = ent_fold_l1[cp - 0xC0];
      if (c && cp != 0xC6 && cp != 0xE6 && cp != 0xDF) {
        if (o + 1 > ENT_FOLD_MAX) return (size_t)-1;
        out[o++] = c;
        i += 2;
        continue;
      }
    }
    uint32_t cp;
    i += ent_utf8_next((const unsigned char *)s + i, n - i, &cp);
    if (!ent_fold_cp(cp, out, &o)) return (size_t)-1;
  }
  return o;
}

#if defined(__SSE2__)
/* s[0..n), 1 <= n <= 16, sixteen bytes readable at s, folded into out
** (room for 32 bytes) as ent_fold() folds it, when its only non-ASCII
** bytes are two-byte letters C3 xx that ent_fold_l1[] makes one ASCII
** letter (é è à ç ô...: the accented words of news, "à", "été",
** "président"): one SSE2 lowercasing, and the lowercased ASCII runs
** between the accents copied 16 bytes at a time, where ent_fold() took
** the word in steps of one to eight bytes and a branch each (branch
** speedE2). Returns the folded length, or 0 for any other word, which
** ent_fold() then takes. */
static inline size_t ent_fold16(const char *s, size_t n, char *out) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  unsigned in = (1u << n) - 1;
  unsigned high = (unsigned)_mm_movemask_epi8(v) & in;
  if (!high) { /* ASCII */
    ent_lower16(s, out);
    return n;
  }
  unsigned lead = (unsigned)_mm_movemask_epi8(
                      _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC3))) &
                  in;
  /* every high byte a C3 or the one byte after a C3, inside the word */
  if (high != (lead | lead << 1) || (lead & lead << 1)) return 0;
  char low[32];
  ent_lower16(s, low);
  memset(low + 16, 0, 16);
  size_t o = 0, i = 0;
  for (unsigned m = lead; m; m &= m - 1) {
    size_t p = (size_t)__builtin_ctz(m);
    memcpy(out + o, low + i, 16); /* the run before it (and more) */
    o += p - i;
    uint32_t cp = 0xC0 | ((unsigned char)s[p + 1] & 0x3F);
    char f = ent_fold_l1[cp - 0xC0];
    if (!f || cp == 0xC6 || cp == 0xE6 || cp == 0xDF) return 0;
    out[o++] = f;
    i = p + 2;
  }
  memcpy(out + o, low + i, 16);
  return o + (n - i);
}
#endif

/* FNV-1a, byte by byte (ent_doc.c's document keys; the build-time
** table of the generator). */
static inline uint32_t ent_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

/* The r < 8 bytes at p as a little-endian word, zero above them. */
static inline uint64_t ent_tail64(const void *p, size_t r) {
  const unsigned char *b = p;
  uint64_t w = 0;
  for (size_t i = 0; i < r; i++)
    w |= (uint64_t)b[i] << (8 * i);
  return w;
}

/* The low r bytes of a word (0 < r <= 8): a shift by 0 to 56, with no
** branch for r == 8 (the length of most words looked up is 1 to 8, at
** random for the branch predictor). */
static inline uint64_t ent_low_bytes(size_t r) {
  return ~0ull >> (64 - 8 * r);
}

/* The lexicon table's hash: the key in 8-byte little-endian words, the
** last one padded with zero bytes, each mixed in by a multiply. A word of
** eight letters costs what one letter did with FNV-1a, and a key of up to
** eight bytes is one word, which ent_tok_flags() builds in a register. */
static inline uint64_t ent_lex_mix(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

static inline uint64_t ent_lex_seed(size_t n) {
  return 0x243F6A8885A308D3ull ^ n;
}

static inline uint32_t ent_lex_final(uint64_t h) {
  return (uint32_t)((h * 0xBF58476D1CE4E5B9ull) >> 32);
}

static inline uint32_t ent_lex_hash(const char *s, size_t n) {
  uint64_t h = ent_lex_seed(n);
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    h = ent_lex_mix(h, ent_le64(s + i));
  if (i < n) h = ent_lex_mix(h, ent_tail64(s + i, n - i));
  return ent_lex_final(h);
}

/* ------------------------------------------------------ the name's shape */
/* A naive Bayes model, learnt at build time from the lexicon's own given
** names and surnames against its places (tools/gen_entlex.c), says whether
** a capitalised word no lexicon knows looks like a person's name or a
** place's (-escu, -ov, -ski; -ville, -bourg, -stan). Its features are the
** folded word's last one to five bytes with its end ("ski$") and its first
** two or three bytes with its start ("^ker"), and a short word between
** two hyphens ("-sur-", "-en-"); each is a key of a small table of
** weights (log-odds PER against LOC, in tenths). */
#define ENT_SHAPE_SUF_MAX 5 /* bytes of the word in an ending feature */
#define ENT_SHAPE_PRE_MIN 2
#define ENT_SHAPE_PRE_MAX 3 /* bytes of the word in a start feature */

/* The key of a feature: its kind (1 ending, 2 start, 3 inner word), its
** length and its bytes, in one word (never 0). */
static inline uint64_t ent_shape_key(unsigned kind, const char *s, size_t n) {
  uint64_t k = (uint64_t)kind << 56 | (uint64_t)n << 48;
  for (size_t i = 0; i < n; i++)
    k |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return k;
}

static inline uint32_t ent_shape_hash(uint64_t k) {
  return (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 40);
}

/* Call f(key, arg) for each feature of the folded word s[0..n). */
#define ENT_SHAPE_FEATURES(s, n, f, arg)                                       \
  do {                                                                         \
    for (size_t l_ = 1; l_ <= ENT_SHAPE_SUF_MAX && l_ <= (n); l_++)            \
      f(ent_shape_key(1, (s) + (n)-l_, l_), arg);                              \
    for (size_t l_ = ENT_SHAPE_PRE_MIN; l_ <= ENT_SHAPE_PRE_MAX && l_ < (n);   \
         l_++)                                                                 \
      f(ent_shape_key(2, (s), l_), arg);                                       \
    for (size_t i_ = 0; i_ < (n); i_++) {                                      \
      if ((s)[i_] != '-') continue;                                            \
      size_t e_ = i_ + 1;                                                      \
      while (e_ < (n) && (s)[e_] != '-' && e_ - i_ <= 5)                       \
        e_++;                                                                  \
      if (e_ < (n) && (s)[e_] == '-' && e_ - i_ - 1 <= 4 && e_ > i_ + 1)       \
        f(ent_shape_key(3, (s) + i_ + 1, e_ - i_ - 1), arg);                   \
    }                                                                          \
  } while (0)

/* The EL_* flags of the folded text s[0..n), 0 when unknown (ent_lex.c;
** the quote rules ask it too: a demonym standing for a person). */
uint32_t ent_lex_lookup(const char *s, size_t n);

#endif
