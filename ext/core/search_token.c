/*
** search_token.c: the index forms of French text, for the FTS5 tokenizer
** `french` (docs/search.md explains every choice made here).
**
** A word goes through: lowercase (accents kept, soft hyphens and inner
** apostrophes removed, NFC) -> stop-word check -> Snowball French stem ->
** accent and ligature folding of the stem (presse_normalize). Snowball
** wants accented input, hence folding after stemming: "Déclarations" and
** "declaration" both end as "declar".
**
** When the folded word differs from its folded stem, the folded word is
** also indexed at the same position, behind PRESSE_SEARCH_SURFACE, so that
** a prefix query matches what readers see ("déclarati*" finds
** "déclaration" although its stem is "declar").
*/
#include <libstemmer.h>
#include <string.h>
#include <utf8proc.h>

#include "lexicon.h"
#include "presse.h"

#include "lex_elisions.h"
#include "lex_stopwords_fr.h"

#define MAXT PRESSE_SEARCH_MAX_TERM

/* Texts are segmented in chunks of about this many bytes, cut at a line
** break, so memory stays bounded whatever the size of a document. */
#define CHUNK (64 * 1024)

/* A cache of word -> folded stems: news text is Zipfian, and stemming
** costs some 20 times a hit. Keys are the word as written (a hit costs no
** lowercasing), zero-padded, held as 64-bit words, so that a lookup is a
** few compares. Two tables, eight ways per group: short words (up to 16
** bytes, stems up to 12 together, 99% of the words of news) in 32-byte
** slots, two per cache line; longer ones (up to 24 bytes, stems up to 32)
** in 64-byte slots. Longer words are not cached. 2.5 MiB per instance,
** never shared, allocated once an instance has read LAZY bytes of text,
** so that french_terms() on a sentence does not pay for it.
**
** Replacement: a new word enters a full group at its last way, evicting
** the word there, and each hit moves a word one way up. Frequent words
** thus sit at the front of their group (the line that is prefetched), and
** a run of rare words only ever evicts each other: on text with a large
** vocabulary this stems a quarter fewer words than inserting at the front. */
#define WAYS 8
#define SKEY 16
#define SSTEM 12
#define SBITS 13 /* 8192 groups of 8 short slots: 2 MiB */
#define CKEY 24
#define LSTEM 32
#define LBITS 10 /* 1024 groups of 8 long slots: 512 KiB */
#define LAZY (4 * 1024)

typedef struct short_slot {
  uint64_t key[2];
  uint8_t nword, nstem, nstem2, stop; /* nword == 0: empty */
  char stem[SSTEM];                   /* stem, then stem2 */
} short_slot;

typedef struct long_slot {
  uint64_t key[3];
  uint8_t nword, nstem, nstem2, stop;
  char stem[LSTEM];
  char pad[4];
} long_slot;

/* What a hit gives. */
typedef struct cached {
  const char *stem; /* stem, then stem2 */
  size_t nstem, nstem2;
  int stop;
} cached;

/* A key: the word's bytes, zero-padded. */
typedef struct wkey {
  uint64_t w0, w1, w2;
} wkey;

/* Tokens kept between calls: the token array of a typical document is
** reused rather than reallocated; a larger one is released. */
#define KEEP_TOKENS 16384

/* The forms of one word. */
typedef struct forms {
  const char *stem, *surf;
  size_t nstem, nsurf;
  size_t nstem2; /* the stem of the unaccented word, at stem + nstem */
  int stop;
} forms;

struct presse_search {
  struct sb_stemmer *stemmer; /* NULL with PRESSE_SEARCH_NO_STEM */
  unsigned flags;
  const presse_mem *mem;
  presse_buf fold;    /* scratch of presse_normalize */
  short_slot *shorts; /* NULL until LAZY bytes were read */
  long_slot *longs;
  char *cache_mem;    /* what was allocated for both */
  size_t seen;        /* bytes of text read, up to LAZY */
  presse_tokens toks; /* segmentation scratch, reused across calls */
  /* presse_normalize() of the characters C3 80..C3 BF (À..ÿ) and, last,
  ** of œ, when it is one or two ASCII bytes (nlatin 0 otherwise): folding
  ** a word made of these and ASCII letters needs no normaliser call.
  ** Filled with the cache: until then all 0. */
  char latin[65][2];
  uint8_t nlatin[65];
};

static void *mem_alloc(const presse_mem *m, size_t n) {
  return m->xRealloc(m->ctx, NULL, n);
}

/* Fills s->latin from presse_normalize() itself, so that both agree. */
static int latin_init(presse_search *s) {
  unsigned nf = (s->flags & PRESSE_SEARCH_KEEP_ACCENTS)
                    ? (unsigned)PRESSE_NORM_KEEP_ACCENTS
                    : 0u;
  for (int i = 0; i < 65; i++) {
    char c[2] = {(char)0xC3, (char)(0x80 + i)};
    if (i == 64) c[0] = (char)0xC5, c[1] = (char)0x93; /* œ */
    s->fold.len = 0;
    int rc = presse_normalize(c, 2, nf, &s->fold);
    if (rc) return rc;
    size_t m = s->fold.len;
    s->nlatin[i] = 0;
    if (m >= 1 && m <= 2 && !((unsigned char)s->fold.data[0] & 0x80) &&
        !((unsigned char)s->fold.data[m - 1] & 0x80)) {
      memcpy(s->latin[i], s->fold.data, m);
      s->nlatin[i] = (uint8_t)m;
    }
  }
  return PRESSE_OK;
}

/* Allocates the cache and fills s->latin (PRESSE_ENOMEM when it cannot). */
static int cache_alloc(presse_search *s) {
  size_t ns = (size_t)WAYS << SBITS, nl = (size_t)WAYS << LBITS;
  /* 64 bytes more, to align the slots on cache lines */
  char *m =
      mem_alloc(s->mem, ns * sizeof(short_slot) + nl * sizeof(long_slot) + 64);
  if (!m) return PRESSE_ENOMEM;
  uintptr_t p = (uintptr_t)m;
  s->cache_mem = m;
  s->shorts = (short_slot *)(m + (64 - p % 64) % 64);
  s->longs = (long_slot *)(s->shorts + ns);
  for (size_t i = 0; i < ns; i++)
    s->shorts[i].nword = 0;
  for (size_t i = 0; i < nl; i++)
    s->longs[i].nword = 0;
  return latin_init(s);
}

int presse_search_new(unsigned flags, const presse_mem *mem,
                      presse_search **out) {
  *out = NULL;
  if (!mem) mem = &presse_mem_libc;
  presse_search *s = mem_alloc(mem, sizeof *s);
  if (!s) return PRESSE_ENOMEM;
  memset(s, 0, sizeof *s);
  s->flags = flags;
  s->mem = mem;
  s->fold.mem = mem;
  s->toks.mem = mem;
  if (!(flags & PRESSE_SEARCH_NO_STEM)) {
    s->stemmer = sb_stemmer_new("french", "UTF_8");
    if (!s->stemmer) {
      presse_search_free(s);
      return PRESSE_ENOMEM;
    }
  }
  *out = s;
  return PRESSE_OK;
}

void presse_search_free(presse_search *s) {
  if (!s) return;
  if (s->stemmer) sb_stemmer_delete(s->stemmer);
  presse_buf_free(&s->fold);
  presse_tokens_free(&s->toks);
  if (s->cache_mem) s->mem->xFree(s->mem->ctx, s->cache_mem);
  s->mem->xFree(s->mem->ctx, s);
}

/* ------------------------------------------------------------- options */
static int arg_is(const char *a, const char *name) {
  return a && strcmp(a, name) == 0;
}

int presse_search_parse_args(const char *const *argv, int argc, unsigned *flags,
                             const char **bad) {
  *flags = 0;
  *bad = NULL;
  for (int i = 0; i < argc; i += 2) {
    const char *name = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    int on;
    if (!v || !v[0] || v[1] || (v[0] != '0' && v[0] != '1' && v[0] != '2')) {
      *bad = v ? v : name; /* missing or malformed value */
      return PRESSE_EINVAL;
    }
    on = v[0] != '0';
    if (arg_is(name, "stem")) {
      if (v[0] == '2') goto fail;
      if (!on) *flags |= PRESSE_SEARCH_NO_STEM;
    } else if (arg_is(name, "stopwords")) {
      if (v[0] == '2') goto fail;
      if (on) *flags |= PRESSE_SEARCH_STOPWORDS;
    } else if (arg_is(name, "prefix_words")) {
      if (v[0] == '2') goto fail;
      if (on) *flags |= PRESSE_SEARCH_PREFIX_WORDS;
    } else if (arg_is(name, "remove_diacritics")) {
      /* 1 and 2 both remove them (2 is what unicode61 users write) */
      if (!on) *flags |= PRESSE_SEARCH_KEEP_ACCENTS;
    } else {
      *bad = name;
      return PRESSE_EINVAL;
    }
    continue;
  fail:
    *bad = v;
    return PRESSE_EINVAL;
  }
  return PRESSE_OK;
}

/* -------------------------------------------------------------- words */
static int is_ignorable(uint32_t cp) {
  /* soft hyphen, zero widths, joiners, word joiner, BOM */
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 ||
         cp == 0xFEFF;
}

static int is_apostrophe(uint32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}

static int is_hyphen(uint32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Lowercase s[0..n) into out (room MAXT), accents kept; drops ignorable
** characters, apostrophes and (nospace) white space; maps hyphens to '-'.
** Returns the length; *cut is set when the word did not fit. */
static size_t lower_word(const char *s, size_t n, char *out, int nospace,
                         int *cut) {
  const unsigned char *p = (const unsigned char *)s;
  size_t o = 0, i = 0;
  int marks = 0;
  *cut = 0;
  /* the common case: plain ASCII letters and digits */
  for (size_t m = n < MAXT ? n : MAXT; i < m; i++) {
    unsigned c = p[i];
    if (c >= 0x80 || c == '\'' || c == ' ') break;
    out[i] = (char)(c + ((c - 'A' < 26u) << 5));
  }
  o = i;
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) {
      i++;
      if (c == '\'' || (nospace && c == ' ')) continue;
      if (o >= MAXT) goto full;
      out[o++] = (char)(c - 'A' < 26u ? c + 32 : c);
      continue;
    }
    uint32_t cp;
    int len = presse_utf8_decode(p + i, n - i, &cp);
    i += (size_t)len;
    if (is_ignorable(cp) || is_apostrophe(cp)) continue;
    if (is_hyphen(cp))
      cp = '-';
    else if (nospace && (cp == 0xA0 || cp == 0x202F || cp == 0x2009))
      continue;
    else {
      cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
      if (cp >= 0x300 &&
          utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_MN)
        marks = 1;
    }
    char enc[4];
    int m = presse_utf8_encode(cp, enc);
    if (o + (size_t)m > MAXT) goto full;
    memcpy(out + o, enc, (size_t)m);
    o += (size_t)m;
  }
  goto done;
full:
  *cut = 1;
done:
  if (marks) {
    /* "e" + U+0301 -> "é", which is what Snowball knows. Composition only
    ** shortens, so the result fits where the input was. */
    utf8proc_int32_t cps[MAXT];
    utf8proc_ssize_t k = 0;
    for (size_t j = 0; j < o;) {
      uint32_t cp;
      j += (size_t)presse_utf8_decode((const unsigned char *)out + j, o - j,
                                      &cp);
      cps[k++] = (utf8proc_int32_t)cp;
    }
    k = utf8proc_normalize_utf32(cps, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (k >= 0) {
      size_t w = 0;
      for (utf8proc_ssize_t j = 0; j < k; j++)
        w += (size_t)presse_utf8_encode((uint32_t)cps[j], out + w);
      o = w;
    }
  }
  return o;
}

static int all_ascii(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) return 0;
  return 1;
}

/* fold() of a word of lowercase ASCII letters, digits, '-', '.' and the
** characters of s->latin that fold to ASCII, whose folds are then the
** concatenation of the characters' (none combines with its neighbours).
** Returns 0, out undefined, for any other word. */
static int fold_latin(const presse_search *s, const char *in, size_t n,
                      char *out, size_t *outn) {
  const unsigned char *p = (const unsigned char *)in;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    unsigned c = p[i], k;
    if (c < 0x80) {
      if (!(c - 'a' < 26u || c - '0' < 10u || c == '-' || c == '.')) return 0;
      if (o < MAXT) out[o++] = (char)c;
      i++;
      continue;
    }
    if (i + 1 >= n) return 0;
    if (c == 0xC3 && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF)
      k = p[i + 1] - 0x80u;
    else if (c == 0xC5 && p[i + 1] == 0x93)
      k = 64;
    else
      return 0;
    if (!s->nlatin[k]) return 0;
    for (unsigned j = 0; j < s->nlatin[k]; j++)
      if (o < MAXT) out[o++] = s->latin[k][j];
    i += 2;
  }
  *outn = o; /* all ASCII: a cut at MAXT is at a character boundary */
  return 1;
}

/* Fold accents and ligatures of s[0..n) into out (room MAXT); returns the
** length. ASCII needs nothing; the rest goes through presse_normalize so
** that the index agrees with french_normalize(). */
static int fold(presse_search *s, const char *in, size_t n, char *out,
                size_t *outn) {
  if (all_ascii(in, n)) {
    if (n > MAXT) n = MAXT;
    memcpy(out, in, n);
    *outn = n;
    return PRESSE_OK;
  }
  if (fold_latin(s, in, n, out, outn)) return PRESSE_OK;
  s->fold.len = 0;
  unsigned nf = (s->flags & PRESSE_SEARCH_KEEP_ACCENTS)
                    ? (unsigned)PRESSE_NORM_KEEP_ACCENTS
                    : 0u;
  int rc = presse_normalize(in, n, nf, &s->fold);
  if (rc) return rc;
  size_t m = s->fold.len;
  if (m > MAXT) { /* œ -> oe can lengthen: cut at a character boundary */
    m = MAXT;
    while (m > 0 && ((unsigned char)s->fold.data[m] & 0xC0) == 0x80)
      m--;
  }
  memcpy(out, s->fold.data, m);
  *outn = m;
  return PRESSE_OK;
}

/* Keeps the first n - lo bytes of the 8 bytes x loaded from w + lo. */
static inline uint64_t keep_bytes(uint64_t x, size_t n, size_t lo) {
  if (n <= lo) return 0;
  if (n - lo >= 8) return x;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return x & ~(~0ULL >> (8 * (n - lo)));
#else
  return x & ((1ULL << (8 * (n - lo))) - 1);
#endif
}

/* The key of w[0..n) (n <= CKEY), room bytes being readable at w. Built in
** registers: storing the words and reloading them whole, as a byte array
** would, stalls store forwarding, a seventh of the lookup time. */
static inline wkey make_key(const char *w, size_t n, size_t room) {
  uint64_t a, b, c;
  if (room >= CKEY) {
    memcpy(&a, w, 8);
    memcpy(&b, w + 8, 8);
    memcpy(&c, w + 16, 8);
  } else { /* the end of the text: rare */
    char t[CKEY] = {0};
    memcpy(t, w, n);
    memcpy(&a, t, 8);
    memcpy(&b, t + 8, 8);
    memcpy(&c, t + 16, 8);
  }
  wkey k = {keep_bytes(a, n, 0), keep_bytes(b, n, 8), keep_bytes(c, n, 16)};
  return k;
}

/* Multiplicative hashing: the top bits depend on every bit of the key. */
static inline uint64_t hash_key(wkey k) {
  return (k.w0 ^ (k.w1 * 0x9E3779B97F4A7C15ULL) ^
          (k.w2 * 0xC2B2AE3D27D4EB4FULL)) *
         0xD6E8FEB86659FD93ULL;
}

static inline short_slot *short_group(const presse_search *s, wkey k) {
  return &s->shorts[(size_t)(hash_key(k) >> (64 - SBITS)) * WAYS];
}

static inline long_slot *long_group(const presse_search *s, wkey k) {
  return &s->longs[(size_t)(hash_key(k) >> (64 - LBITS)) * WAYS];
}

/* The group where a word of n bytes would be: what is prefetched. */
static inline const void *group_for(const presse_search *s, wkey k, size_t n) {
  return n <= SKEY ? (const void *)short_group(s, k)
                   : (const void *)long_group(s, k);
}

/* Looks up key k (a word of n bytes, n <= CKEY) in group g (from
** group_for) and the other tables it may be in. A hit moves one way up.
** Returns 1 and fills *c on a hit. */
static int cache_get(presse_search *s, wkey k, size_t n, const void *g,
                     cached *c) {
  long_slot *l;
  if (n <= SKEY) {
    short_slot *e = (short_slot *)g;
    for (int i = 0; i < WAYS; i++, e++)
      /* nword first: the keys of an empty slot are uninitialised */
      if (e->nword == n && e->key[0] == k.w0 && e->key[1] == k.w1) {
        if (e != (short_slot *)g) { /* one way up */
          short_slot t = e[-1];
          e[-1] = e[0];
          e[0] = t;
          e--;
        }
        c->stem = e->stem;
        c->nstem = e->nstem;
        c->nstem2 = e->nstem2;
        c->stop = e->stop;
        return 1;
      }
    g = long_group(s, k); /* a short word with long stems */
  }
  l = (long_slot *)g;
  for (int i = 0; i < WAYS; i++, l++)
    if (l->nword == n && l->key[0] == k.w0 && l->key[1] == k.w1 &&
        l->key[2] == k.w2) {
      if (l != (long_slot *)g) {
        long_slot t = l[-1];
        l[-1] = l[0];
        l[0] = t;
        l--;
      }
      c->stem = l->stem;
      c->nstem = l->nstem;
      c->nstem2 = l->nstem2;
      c->stop = l->stop;
      return 1;
    }
  return 0;
}

/* Caches the forms f of key k (a word of n bytes, n <= CKEY): at the
** first free way of its group, else at the last. */
static void cache_put(presse_search *s, wkey k, size_t n, const forms *f) {
  size_t m = f->nstem + f->nstem2;
  if (n <= SKEY && m <= SSTEM) {
    short_slot *g = short_group(s, k), *e = g + WAYS - 1;
    for (int i = 0; i < WAYS; i++)
      if (g[i].nword == 0) {
        e = g + i;
        break;
      }
    e->key[0] = k.w0;
    e->key[1] = k.w1;
    e->nword = (uint8_t)n;
    e->nstem = (uint8_t)f->nstem;
    e->nstem2 = (uint8_t)f->nstem2;
    e->stop = (uint8_t)f->stop;
    memcpy(e->stem, f->stem, m);
  } else if (m <= LSTEM) {
    long_slot *g = long_group(s, k), *e = g + WAYS - 1;
    for (int i = 0; i < WAYS; i++)
      if (g[i].nword == 0) {
        e = g + i;
        break;
      }
    e->key[0] = k.w0;
    e->key[1] = k.w1;
    e->key[2] = k.w2;
    e->nword = (uint8_t)n;
    e->nstem = (uint8_t)f->nstem;
    e->nstem2 = (uint8_t)f->nstem2;
    e->stop = (uint8_t)f->stop;
    memcpy(e->stem, f->stem, m);
  }
}

/* The forms of the lowercase word w[0..n): its folded stem (into stem, room
** 2 * MAXT) and its folded surface form (into surf, room MAXT). cut: the
** word was truncated, so not stemmed.
**
** Snowball reads accents: "apres" stems to "apr" but "après" to "après",
** "declaree" to "declare" but "déclarée" to "déclar". So that a word typed
** without its accents still meets the word as printed, an accented word of
** 4+ letters also gets the stem of its unaccented spelling (stem2) when
** that differs; documents and queries go through the same rule. */
static int compute(presse_search *s, const char *w, size_t n, int cut,
                   int number, char *stem, char *surf, forms *f) {
  int rc;
  f->stop = (s->flags & PRESSE_SEARCH_STOPWORDS) && !number &&
            presse_lex_find(&lex_stopwords_fr, w, n) != NULL;
  rc = fold(s, w, n, surf, &f->nsurf);
  if (rc) return rc;
  f->surf = surf;
  f->stem = surf;
  f->nstem = f->nsurf;
  f->nstem2 = 0;
  if (s->stemmer && !cut && !number) {
    const sb_symbol *st =
        sb_stemmer_stem(s->stemmer, (const sb_symbol *)w, (int)n);
    if (!st) return PRESSE_ENOMEM;
    int sl = sb_stemmer_length(s->stemmer);
    rc = fold(s, (const char *)st, (size_t)sl, stem, &f->nstem);
    if (rc) return rc;
    f->stem = stem;
    if (!(s->flags & PRESSE_SEARCH_KEEP_ACCENTS) && f->nsurf >= 4 &&
        !all_ascii(w, n)) {
      size_t m;
      st = sb_stemmer_stem(s->stemmer, (const sb_symbol *)surf, (int)f->nsurf);
      if (!st) return PRESSE_ENOMEM;
      sl = sb_stemmer_length(s->stemmer);
      rc = fold(s, (const char *)st, (size_t)sl, stem + f->nstem, &m);
      if (rc) return rc;
      if (m != f->nstem || memcmp(stem, stem + f->nstem, m) != 0) f->nstem2 = m;
    }
  }
  return PRESSE_OK;
}

typedef struct emitter {
  presse_search *s;
  const char *text; /* what token offsets point into */
  size_t len;       /* its length */
  uint32_t off;     /* added to offsets on the way out */
  presse_search_emit emit;
  void *ctx;
  size_t *emitted;
} emitter;

static int put(emitter *x, const char *t, size_t n, uint32_t b0, uint32_t b1,
               int colocated) {
  if (n == 0) return 0;
  (*x->emitted)++;
  return x->emit(x->ctx, t, n, b0 + x->off, b1 + x->off, colocated);
}

static int put_surface(emitter *x, const forms *f, uint32_t b0, uint32_t b1) {
  char sf[MAXT + 1];
  sf[0] = PRESSE_SEARCH_SURFACE;
  memcpy(sf + 1, f->surf, f->nsurf);
  return put(x, sf, f->nsurf + 1u, b0, b1, 1);
}

/* The forms of the word at text[b0..b1), the stems through the cache,
** keyed by the bytes as written (a hit costs no lowercasing); surf is
** filled only when needsurf. Returns a PRESSE code. */
static int lookup(presse_search *s, const char *text, size_t len, uint32_t b0,
                  uint32_t b1, int number, int needsurf, char *stem, char *surf,
                  forms *f) {
  char low[MAXT];
  size_t raw = b1 - b0, n;
  wkey k = {0, 0, 0};
  cached c;
  int cut, hit = 0, cache = s->shorts && !number && raw <= CKEY;
  if (cache) {
    k = make_key(text + b0, raw, len - b0);
    hit = cache_get(s, k, raw, group_for(s, k, raw), &c);
  }
  if (hit) {
    f->stem = c.stem;
    f->nstem = c.nstem;
    f->nstem2 = c.nstem2;
    f->stop = c.stop;
    f->surf = surf;
    f->nsurf = 1; /* not needed: any non-zero length */
    if (!needsurf) return PRESSE_OK;
  }
  n = lower_word(text + b0, raw, low, number, &cut);
  if (n == 0) {
    f->nstem = f->nsurf = f->nstem2 = 0;
    f->stop = 1;
    return PRESSE_OK;
  }
  if (hit) return fold(s, low, n, surf, &f->nsurf);
  int rc = compute(s, low, n, cut, number, stem, surf, f);
  if (!rc && cache) cache_put(s, k, raw, f);
  return rc;
}

/* One word (or a whole compound, or a number) at text[b0..b1). colocated:
** share the position of the previous form. prefix: the user's prefix.
** Returns the emit's code, or a PRESSE code through *prc. */
static int word(emitter *x, uint32_t b0, uint32_t b1, int colocated, int number,
                int prefix, int *prc) {
  presse_search *s = x->s;
  char stem[2 * MAXT], surf[MAXT];
  forms f;
  int rc;
  int words = (s->flags & PRESSE_SEARCH_PREFIX_WORDS) != 0;
  *prc = lookup(s, x->text, x->len, b0, b1, number, prefix || words, stem, surf,
                &f);
  if (*prc || f.nsurf == 0) return 0;
  if (prefix) {
    /* What was typed, over stems: "déclar*" finds every word whose stem
    ** begins so. With prefix_words, also over the indexed words. Without,
    ** a whole word typed as a prefix ("gouvernement*", stem "gouvern")
    ** also tries its stem, when that is long enough to stay specific. */
    rc = put(x, f.surf, f.nsurf, b0, b1, colocated);
    if (rc) return rc;
    if (words) return put_surface(x, &f, b0, b1);
    if (f.nstem >= 5 && f.nstem < f.nsurf)
      return put(x, f.stem, f.nstem, b0, b1, 1);
    return 0;
  }
  if (f.stop) return 0;
  rc = put(x, f.stem, f.nstem, b0, b1, colocated);
  if (!rc && f.nstem2) rc = put(x, f.stem + f.nstem, f.nstem2, b0, b1, 1);
  if (rc) return rc;
  if (words && (f.nsurf != f.nstem || memcmp(f.surf, f.stem, f.nstem) != 0))
    return put_surface(x, &f, b0, b1);
  return 0;
}

/* Length of the hyphen at p[0..n) (1..3 bytes), or 0. */
static int hyphen_at(const unsigned char *p, size_t n) {
  if (p[0] == '-') return 1;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x90 || p[2] == 0x91))
    return 3;
  return 0;
}

/* Length of the apostrophe at p[0..n) (' or ’), or 0. */
static int apostrophe_at(const unsigned char *p, size_t n) {
  if (n >= 1 && p[0] == '\'') return 1;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99) return 3;
  return 0;
}

/* Is p[0..n) an elided word of data/elisions.txt (l, d, qu...)? */
static int is_elision(const unsigned char *p, size_t n) {
  char low[8];
  if (n == 0 || n > sizeof low) return 0;
  for (size_t i = 0; i < n; i++) {
    if (p[i] >= 0x80) return 0;
    low[i] = (char)(p[i] + (((unsigned)p[i] - 'A' < 26u) << 5));
  }
  return presse_lex_find(&lex_elisions, low, n) != NULL;
}

/* Where the part p[a..b) of a compound starts once an elision is skipped:
** "main-d'oeuvre" gives "main" and "oeuvre". */
static uint32_t skip_elision(const unsigned char *p, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b && i - a <= 8; i++) {
    int k = apostrophe_at(p + i, b - i);
    if (k) return is_elision(p + a, i - a) && i + k < b ? i + (uint32_t)k : a;
  }
  return a;
}

static int token_forms(emitter *x, const presse_token *tok, unsigned mode) {
  const char *text = x->text;
  size_t n = x->len;
  int prc = 0, rc = 0;
  int prefix = (mode & PRESSE_SEARCH_PREFIX) != 0;
  switch (tok->kind) {
  case PRESSE_TOK_NUMBER:
    rc = word(x, tok->b0, tok->b1, 0, 1, prefix, &prc);
    break;
  case PRESSE_TOK_URL:
  case PRESSE_TOK_EMAIL:
    rc = word(x, tok->b0, tok->b1, 0, 1, prefix, &prc);
    break;
  case PRESSE_TOK_WORD:
    if (tok->flags & PRESSE_TF_ELISION) break;
    /* an elision the segmenter left whole: l'« abominable... */
    if (tok->b1 - tok->b0 <= 6 &&
        apostrophe_at((const unsigned char *)text + tok->b1, n - tok->b1) &&
        is_elision((const unsigned char *)text + tok->b0, tok->b1 - tok->b0))
      break;
    if (!(tok->flags & (PRESSE_TF_HYPHEN | PRESSE_TF_INVERTED)) || prefix) {
      rc = word(x, tok->b0, tok->b1, 0, 0, prefix, &prc);
      break;
    }
    {
      /* A compound: its parts in sequence, the whole beside the first
      ** part, so that a phrase of the parts still matches. An inversion
      ** (a-t-il, dit-elle) gives its parts, without the euphonic t. */
      const unsigned char *p = (const unsigned char *)text;
      int inverted = (tok->flags & PRESSE_TF_INVERTED) != 0;
      uint32_t a = tok->b0, i = tok->b0;
      int parts = 0;
      while (!rc && !prc && a < tok->b1) {
        int h = 0;
        while (i < tok->b1 && !(h = hyphen_at(p + i, tok->b1 - i)))
          i++;
        if (i > a && !(inverted && i - a == 1 && (p[a] | 0x20) == 't')) {
          size_t had = *x->emitted;
          rc = word(x, skip_elision(p, a, i), i, 0, 0, 0, &prc);
          if (!rc && !prc && parts == 0 && !inverted && *x->emitted > had)
            rc = word(x, tok->b0, tok->b1, 1, 0, 0, &prc);
          if (*x->emitted > had) parts++;
        }
        i += (uint32_t)h;
        a = i;
      }
      if (!rc && !prc && parts == 0 && !inverted)
        rc = word(x, tok->b0, tok->b1, 0, 0, 0, &prc);
    }
    break;
  default: /* punctuation and symbols are not indexed */
    break;
  }
  return rc ? rc : prc;
}

int presse_search_token(presse_search *s, const char *text, size_t n,
                        const presse_token *tok, unsigned mode,
                        presse_search_emit emit, void *ctx, size_t *emitted) {
  if (tok->b1 > n || tok->b0 > tok->b1) return PRESSE_EINVAL;
  emitter x = {s, text, n, 0, emit, ctx, emitted};
  return token_forms(&x, tok, mode);
}

/* ------------------------------------------------------------------ text */
static int indexable(const presse_token *t) {
  if (t->kind == PRESSE_TOK_WORD) return !(t->flags & PRESSE_TF_ELISION);
  return t->kind == PRESSE_TOK_NUMBER || t->kind == PRESSE_TOK_URL ||
         t->kind == PRESSE_TOK_EMAIL;
}

/* End of the chunk that starts at text[a]: a line break past CHUNK bytes,
** else a space, else a character boundary. */
static size_t chunk_end(const char *text, size_t n, size_t a) {
  if (n - a <= 2 * CHUNK) return n;
  size_t lim = a + CHUNK, i;
  for (i = lim; i < a + 2 * CHUNK; i++)
    if (text[i] == '\n') return i + 1;
  for (i = lim; i < a + 2 * CHUNK; i++)
    if (text[i] == ' ') return i + 1;
  i = lim;
  while (i > a && ((unsigned char)text[i] & 0xC0) == 0x80)
    i--;
  return i > a ? i : lim;
}

/* A plain word (no compound, no elision, no prefix) is looked up in the
** cache by the text loop itself, its key and group computed AHEAD tokens
** before, when the group's line is prefetched: by the time the word is
** reached the line is there, instead of a cache miss per word. */
typedef struct plan {
  wkey k;
  const void *g; /* NULL: not a plain word, token_forms() decides */
  size_t raw;
} plan;

#define AHEAD 6
#define RING 8 /* > AHEAD, a power of two */

static inline void plan_token(const presse_search *s, const char *text,
                              size_t len, const presse_token *t, plan *p) {
  size_t raw = t->b1 - t->b0;
  p->g = NULL;
  if (!s->shorts || t->kind != PRESSE_TOK_WORD || raw > CKEY ||
      (t->flags & (PRESSE_TF_ELISION | PRESSE_TF_HYPHEN | PRESSE_TF_INVERTED)))
    return;
  /* a short word before an apostrophe may be an elision left whole */
  if (raw <= 6 && t->b1 < len &&
      (text[t->b1] == '\'' || (unsigned char)text[t->b1] == 0xE2))
    return;
  p->k = make_key(text + t->b0, raw, len - t->b0);
  p->g = group_for(s, p->k, raw);
  p->raw = raw;
#if defined(__GNUC__)
  __builtin_prefetch(p->g);
#endif
}

int presse_search_text(presse_search *s, const char *text, size_t n,
                       unsigned mode, presse_search_emit emit, void *ctx) {
  presse_tokens *toks = &s->toks;
  presse_buf copy = {0};
  if (!s->shorts) {
    if (s->seen < LAZY) s->seen += n < LAZY ? n : LAZY;
    /* without its cache an instance is slower, not wrong */
    if (s->seen >= LAZY) (void)cache_alloc(s);
  }
  size_t emitted = 0;
  int rc = PRESSE_OK;
  copy.mem = s->mem;
  for (size_t a = 0; a < n && rc == PRESSE_OK;) {
    size_t e = chunk_end(text, n, a);
    const char *seg = text + a;
    rc = presse_segment(seg, e - a, toks);
    if (rc == PRESSE_EUTF8) {
      /* Invalid bytes become spaces in a copy: same length, so offsets
      ** into the copy are offsets into the text. */
      size_t bad = presse_utf8_invalid_at(seg, e - a);
      copy.len = 0;
      rc = presse_buf_append(&copy, seg, e - a);
      if (rc) break;
      unsigned char *c = (unsigned char *)copy.data;
      for (size_t i = bad; i < e - a;) {
        uint32_t cp;
        int len = presse_utf8_decode(c + i, e - a - i, &cp);
        if (cp == 0xFFFD && !(len == 3 && c[i] == 0xEF))
          memset(c + i, ' ', (size_t)len);
        i += (size_t)len;
      }
      seg = copy.data;
      rc = presse_segment(seg, e - a, toks);
    }
    if (rc) break;
    size_t last = toks->n;
    if (mode & PRESSE_SEARCH_PREFIX) {
      while (last > 0 && !indexable(&toks->tok[last - 1]))
        last--;
      if (last > 0 && e == n)
        last--; /* the prefix is the last word */
      else
        last = toks->n;
    }
    const presse_token *t = toks->tok;
    size_t nt = toks->n;
    plan ring[RING];
    int plain = !(s->flags & PRESSE_SEARCH_PREFIX_WORDS);
    for (size_t i = 0; i < RING; i++)
      ring[i].g = NULL;
    for (size_t i = 0; plain && i < nt && i < AHEAD; i++)
      plan_token(s, seg, e - a, &t[i], &ring[i]);
    emitter x = {s, seg, e - a, (uint32_t)a, emit, ctx, &emitted};
    for (size_t i = 0; i < nt && rc == PRESSE_OK; i++) {
      if (plain && i + AHEAD < nt)
        plan_token(s, seg, e - a, &t[i + AHEAD], &ring[(i + AHEAD) % RING]);
      const plan *p = &ring[i % RING];
      cached c;
      if (p->g && plain && i != last && cache_get(s, p->k, p->raw, p->g, &c)) {
        if (c.stop) continue;
        rc = put(&x, c.stem, c.nstem, t[i].b0, t[i].b1, 0);
        if (!rc && c.nstem2)
          rc = put(&x, c.stem + c.nstem, c.nstem2, t[i].b0, t[i].b1, 1);
        continue;
      }
      rc = token_forms(&x, &t[i], i == last ? PRESSE_SEARCH_PREFIX : 0);
    }
    a = e;
  }
  toks->n = 0;
  if (toks->cap > KEEP_TOKENS) presse_tokens_free(toks);
  presse_buf_free(&copy);
  return rc;
}
