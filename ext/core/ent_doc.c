/*
** ent_doc.c: document-level consistency.
**
**   1. A name keeps one type across the document: every mention takes the
**      type of its most confident mention (a title before one "Diop" makes
**      every "Diop" a person).
**   2. A person's short form (surname, given name) inherits type and
**      canonical form from the fullest mention containing its words:
**      "Lavrov" -> "Sergueï Lavrov", "Thierry" -> "Thierry Roland".
**   3. An acronym takes the name whose initials it spells as canonical
**      form and type: "FLN" -> "Front de Libération Nationale".
** Maps are hash tables keyed by folded text, so the pass is linear.
*/
#include <string.h>

#include "ent_int.h"

typedef struct {
  uint64_t key; /* two FNV hashes of the folded text; 0 = empty */
  uint32_t span;
} hslot;

/* used[0..nused): the slots filled since the map was last cleared, so
** that clearing it between two steps writes those slots only, not the
** whole table (a few keys in a table sized for every token of the
** spans: a memset of the table was most of what those steps cost). */
typedef struct {
  hslot *s;
  size_t cap;
  uint32_t *used;
  size_t nused;
} hmap;

/* In step 2b, hslot.span with this bit: the name's first word. */
#define FIRST_WORD (1u << 31)

/* The evidence of every mention of one name, summed (step 1). */
typedef struct {
  int32_t sum[5];
  uint8_t ev[5];
  /* its mentions typed by hunspell's proper noun (proper_noun), and
  ** whether one, that word after "le N de", was read as a town
  ** (after_noun_de): see town_after_de() */
  uint32_t npr;
  uint8_t npr_de;
  /* its mentions, counted to 2: a name said once (see passing_place()) */
  uint8_t n;
  /* (in acc[i] for every typed span i, set or not: the span whose entry
  ** sums i's name, found by the first pass of step 1 and read by the
  ** second without a second probe of the map; branch speedE2) */
  uint32_t rep;
} doc_vote;

/* "un café du X", "un agriculteur de X": a word no source knows after
** "du" or "de" (place_in_passing, ent_class.c) with nothing else for any
** type is a place when the document names it this once: a body it speaks
** of it names again ("les armes du X" ... "le X dément"). Asked of a
** name's only mention (step 1). Branch ents20. */
static int passing_place(const ent_span *s) {
  return (s->feat & EFB(place_in_passing)) && s->ev == EV_NONE &&
         s->type == PRESSE_ORG;
}

/* "la X, Jean Y", "du X, Jean Y, reconnaît": a name after an article is
** no person, so a list vote for persons passes it by; the person after
** it is most often in apposition (the place's or the body's holder,
** someone from there), no list (step 1b). Branch ents20. */
static int article_before(const ent_ctx *c, const ent_span *s) {
  if (s->t0 == 0 || c->tok[s->t0 - 1].sent != c->tok[s->t0].sent ||
      s->b0 != c->tok[s->t0].b0)
    return 0;
  const presse_token *a = &c->tok[s->t0 - 1];
  return ent_article_word(c, s->t0 - 1) ||
         ((a->flags & PRESSE_TF_ELISION) && a->b1 - a->b0 <= 4 && /* l’ */
          !(a->flags & PRESSE_TF_UPPER) && c->text[a->b0] == 'l');
}

/* "le conseil municipal de Kervel", then "Kervel" alone twice: a word
** that hunspell lists as a proper noun is a town more often than a brand
** after "le N de" (ent_class.c mutes proper_noun there, after_noun_de
** speaks), and the document's other mentions of it, typed ORG by that
** default alone, are the same town. The name's ORG sum loses the
** proper_noun weight of those mentions when one of its mentions is such a
** town; any other evidence for a body (a cue: "le groupe Kervel") still
** decides. Branch ents11a. */
static int town_after_de(ent_ctx *c, const ent_span *s) {
  return s->t1 - s->t0 == 1 && (s->feat & EFB(after_noun_de)) &&
         !(s->feat & EFB(proper_noun)) && (ent_tok_flags(c, s->t0) & EL_NPR);
}

static int hmap_init(hmap *m, size_t n, const presse_mem *mem) {
  m->cap = 16;
  while (m->cap < 2 * n + 16)
    m->cap <<= 1;
  /* the slots, then the list of the used ones (at most cap: a key goes
  ** to an empty slot only) */
  m->s =
      mem->xRealloc(mem->ctx, NULL, m->cap * (sizeof *m->s + sizeof *m->used));
  if (!m->s) return PRESSE_ENOMEM;
  memset(m->s, 0, m->cap * sizeof *m->s);
  m->used = (uint32_t *)(void *)(m->s + m->cap);
  m->nused = 0;
  return PRESSE_OK;
}

/* Fill the empty slot h of m (from hmap_at()) with key and span. */
static void hmap_put(hmap *m, hslot *h, uint64_t key, uint32_t span) {
  h->key = key;
  h->span = span;
  m->used[m->nused++] = (uint32_t)(h - m->s);
}

/* Empty m: the slots hmap_put() filled. */
static void hmap_clear(hmap *m) {
  for (size_t k = 0; k < m->nused; k++)
    m->s[m->used[k]] = (hslot){0, 0};
  m->nused = 0;
}

/* The slot for key (found or empty). The table never fills: it has room
** for twice the number of spans and each span inserts a bounded number of
** keys... except token maps, sized by the caller. */
static hslot *hmap_at(hmap *m, uint64_t key) {
  for (size_t i = (size_t)(key ^ (key >> 29)) & (m->cap - 1);;
       i = (i + 1) & (m->cap - 1))
    if (m->s[i].key == key || !m->s[i].key) return &m->s[i];
}

/* The key of the bytes s[0..n) (folded text, initials): eight bytes at a
** time, as the lexicon's hash (ent_lex.h) mixes them, the last word
** padded with zero bytes, into 64 bits (a key names its text within a
** document, unchecked: keys of up to eight bytes never collide, the mix
** of one word and the finalizer being one-to-one). With padded, eight
** zero bytes follow s[n) and the last word is read in one load. */
static inline uint64_t key_words(const char *s, size_t n, int padded) {
  uint64_t h = ent_lex_seed(n);
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    h = ent_lex_mix(h, ent_le64(s + i));
  if (i < n)
    h = ent_lex_mix(h, padded ? ent_le64(s + i) : ent_tail64(s + i, n - i));
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h ? h : 1;
}

static uint64_t key_of(const char *s, size_t n) {
  return key_words(s, n, 0);
}

#if defined(__SSE2__)
/* key_words() of the n <= 16 bytes at buf, read in one or two words (the
** bytes after them masked off). */
static inline uint64_t key16(const char *buf, size_t n) {
  uint64_t h = ent_lex_seed(n);
  if (n <= 8) {
    h = ent_lex_mix(h, ent_le64(buf) & ent_low_bytes(n));
  } else {
    h = ent_lex_mix(h, ent_le64(buf));
    h = ent_lex_mix(h, ent_le64(buf + 8) & ent_low_bytes(n - 8));
  }
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h ? h : 1;
}

/* The 1 <= n <= 16 bytes of a key at p (read as sixteen), as both ways of
** fold_key() test them: one load and the masks the two share, so that the
** short cut's conditions are written once. */
typedef struct {
  __m128i v;     /* the sixteen bytes */
  __m128i hy;    /* 0xFF at each '-' */
  __m128i ctl;   /* 0xFF at each tab or newline */
  unsigned in;   /* a bit for each of the key's n bytes */
  unsigned seps; /* a bit for each space or '-' among them */
} key_block;

static inline key_block key_block_load(const unsigned char *p, size_t n) {
  key_block k;
  k.v = _mm_loadu_si128((const __m128i *)(const void *)p);
  k.hy = _mm_cmpeq_epi8(k.v, _mm_set1_epi8('-'));
  __m128i sep = _mm_or_si128(_mm_cmpeq_epi8(k.v, _mm_set1_epi8(' ')), k.hy);
  k.ctl = _mm_or_si128(_mm_cmpeq_epi8(k.v, _mm_set1_epi8('\t')),
                       _mm_cmpeq_epi8(k.v, _mm_set1_epi8('\n')));
  k.in = (1u << n) - 1;
  k.seps = (unsigned)_mm_movemask_epi8(sep) & k.in;
  return k;
}

/* Whether the key's words are one separator apart, none first: where
** fold_key_slow() would collapse or drop a separator, the short cuts,
** which make each one space, do not apply. */
static inline int key_block_spaced(const key_block *k) {
  return !(k->seps & 1) && !(k->seps & (k->seps >> 1));
}

/* v with its hyphens (lanes hy) made spaces, as fold_key_slow() makes
** them. */
static inline __m128i hyphens_as_spaces(__m128i v, __m128i hy) {
  return _mm_or_si128(_mm_andnot_si128(hy, v),
                      _mm_and_si128(hy, _mm_set1_epi8(' ')));
}

/* fold_key() of the n <= 16 bytes v, separators as fold_key()'s short cut
** takes them, hyphens (lanes hy) made spaces, when the only non-ASCII
** bytes are C3 letters that ent_fold16() folds (é, à, ç: "Québec",
** "Sergueï Kervel"), as fold_key_slow() folds them one by one; 0 for
** any other (branch speedE2). */
static uint64_t fold_key_latin(__m128i v, __m128i hy, size_t n) {
  char in[16], out[32];
  _mm_storeu_si128((__m128i *)(void *)in, hyphens_as_spaces(v, hy));
  size_t m = ent_fold16(in, n, out);
  return m ? key16(out, m) : 0;
}
#endif

/* Folded key of bytes [b0, b1), spaces between tokens collapsed: the
** general way, which fold_key() below takes when its short cut does not
** apply. Out of line, so that its buffer and registers cost the short
** cut nothing. */
static __attribute__((noinline)) uint64_t
fold_key_slow(const ent_ctx *c, uint32_t b0, uint32_t b1) {
  enum { KEY_MAX = 4 * ENT_FOLD_MAX }; /* folded bytes kept, at most */
  char buf[KEY_MAX + 8];               /* and key_words()' padding */
  size_t m = 0;
  const unsigned char *s = (const unsigned char *)c->text;
#if defined(__SSE2__)
  if (b1 - b0 - 1 < 16 && b0 + 16 <= c->n) {
    /* up to sixteen bytes with accents, separated as fold_key()'s short
    ** cut requires (no tab or newline, no separator first or two in a
    ** row): fold_key_latin() */
    key_block k = key_block_load(s + b0, b1 - b0);
    if (!((unsigned)_mm_movemask_epi8(k.ctl) & k.in) && key_block_spaced(&k)) {
      uint64_t h = fold_key_latin(k.v, k.hy, b1 - b0);
      if (h) return h;
    }
  }
#endif
  for (size_t i = b0; i < b1 && m + ENT_FOLD_MAX < KEY_MAX;) {
    unsigned char a = s[i];
    if (a < 0x80 && a != ' ' && a != '\t' && a != '\n' && a != '-') {
      /* ASCII: folded here, as ent_fold_cp() folds it, up to eight bytes
      ** at a time (those before the first byte of the cases below, and
      ** before b1: a short word is read in one load when the text goes
      ** on for eight bytes) */
#if defined(__SSE2__)
      if (i + 16 <= c->n && m + 16 + ENT_FOLD_MAX < KEY_MAX) {
        /* sixteen at once where SSE2 is there: what two steps of eight
        ** would do (the loop's bound holds after the first) */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i sp =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))));
        unsigned stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, sp));
        size_t k = stop ? (size_t)__builtin_ctz(stop) : 16;
        if (k > b1 - i) k = b1 - i;
        ent_lower16((const char *)s + i, buf + m);
        m += k;
        i += k;
        continue;
      }
#endif
      if (i + 8 <= c->n && m + 8 + ENT_FOLD_MAX <= KEY_MAX) {
        uint64_t w = ent_le64(s + i);
        size_t k =
            ent_ascii_lanes(w | ent_lanes_eq(w, ' ') | ent_lanes_eq(w, '\t') |
                            ent_lanes_eq(w, '\n') | ent_lanes_eq(w, '-'));
        if (k > b1 - i) k = b1 - i;
        ent_st_le64(buf + m, ent_lower8(w));
        m += k;
        i += k;
        continue;
      }
      buf[m++] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
      i++;
      continue;
    }
    if (a < 0x80) { /* the space, tab, newline or hyphen between words */
      if (m && buf[m - 1] != ' ') buf[m++] = ' ';
      i++;
      continue;
    }
    if (a == 0xC3 && i + 1 < b1) {
      /* é è à ç...: as ent_fold() takes them (ent_fold_l1[]) */
      uint32_t cp = 0xC0 | (s[i + 1] & 0x3F);
      char f = ent_fold_l1[cp - 0xC0];
      if (f && cp != 0xC6 && cp != 0xE6 && cp != 0xDF) {
        buf[m++] = f;
        i += 2;
        continue;
      }
    }
    uint32_t cp;
    i += ent_utf8_next(s + i, b1 - i, &cp);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == '-') {
      if (m && buf[m - 1] != ' ') buf[m++] = ' ';
      continue;
    }
    size_t before = m;
    char w[ENT_FOLD_MAX];
    size_t wn = 0;
    if (!ent_fold_cp(cp, w, &wn)) break;
    memcpy(buf + before, w, wn);
    m += wn;
  }
  ent_st_le64(buf + m, 0);
  return key_words(buf, m, 1);
}

/* Folded key of bytes [b0, b1), spaces between tokens collapsed. */
static inline uint64_t fold_key(const ent_ctx *c, uint32_t b0, uint32_t b1) {
#if defined(__SSE2__)
  if (b1 - b0 - 1 < 16 && b0 + 16 <= c->n) {
    /* Most keys are up to sixteen ASCII bytes: one word (a name of one
    ** word, a token of a longer name) or words one space or hyphen apart
    ** ("Jean Dupont", "Jean-Luc"). fold_key_slow() makes each of those
    ** separators one space and folds the other bytes by their case only,
    ** so the key is key_words() of the lowercased bytes with hyphens made
    ** spaces, taken in registers from one load, without the copy to buf
    ** and the loop. A tab, a newline, two separators in a row or one
    ** first (collapsed or dropped there) go the general way. */
    size_t n = b1 - b0;
    key_block k = key_block_load((const unsigned char *)c->text + b0, n);
    /* a byte of a letter with an accent (high bit) or a tab or newline */
    unsigned stop =
        (unsigned)_mm_movemask_epi8(_mm_or_si128(k.v, k.ctl)) & k.in;
    if (!stop && key_block_spaced(&k)) {
      char buf[16];
      _mm_storeu_si128((__m128i *)(void *)buf, hyphens_as_spaces(k.v, k.hy));
      ent_lower16(buf, buf);
      return key16(buf, n);
    }
  }
#endif
  return fold_key_slow(c, b0, b1);
}

/* The key of token j from byte b0 (its start, or inside it: ex-Union),
** cached per token in tkey[] when b0 is its start. Which entries are set
** is a bit each after them (tkey[ntok + j / 64]): a few words to clear
** for a document instead of all its tokens' keys. */
static uint64_t tok_key(const ent_ctx *c, uint64_t *tkey, size_t j,
                        uint32_t b0) {
  if (b0 != c->tok[j].b0) return fold_key(c, b0, c->tok[j].b1);
  uint64_t *set = tkey + c->ntok + j / 64, bit = 1ull << (j % 64);
  if (!(*set & bit)) {
    *set |= bit;
    tkey[j] = fold_key(c, b0, c->tok[j].b1);
  }
  return tkey[j];
}

static int name_tok(const ent_ctx *c, size_t i) {
  return ent_is_word(c, i) && (c->tok[i].flags & PRESSE_TF_UPPER);
}

/* An initial (A.) or hyphenated initials (J-M, J.-P.): says nothing of
** which person it is, so it is left out of the short-form matching. */
static int initial_tok(const ent_ctx *c, size_t i) {
  uint16_t f = c->tok[i].flags;
  if (f & PRESSE_TF_INITIAL) return 1;
  if (!(f & PRESSE_TF_ALLCAPS) || !(f & PRESSE_TF_HYPHEN)) return 0;
  const char *p = c->text + c->tok[i].b0;
  size_t n = c->tok[i].b1 - c->tok[i].b0;
  for (size_t k = 0; k < n; k++)
    if (!(p[k] == '-' || p[k] == '.' ||
          ((k == 0 || p[k - 1] == '-' || p[k - 1] == '.') &&
           (k + 1 == n || p[k + 1] == '-' || p[k + 1] == '.'))))
      return 0;
  return 1;
}

/* Initials of a span's capitalised words and hyphenated parts (with
** lower, of its lowercase words too), in ASCII capitals, into out (room
** for 16); returns their number. */
/* The strongest kind of evidence of span s's own features for its type
** (step 2 raises a person's ev to the lexicon's when it names one). */
static uint8_t own_ev(const ent_span *s) {
  int score[5];
  uint8_t ev[5];
  ent_score(s->feat & ~(EFB(doc_type) | EFB(doc_person) | EFB(doc_acronym) |
                        EFB(doc_last_word) | EFB(doc_first_word) |
                        EFB(doc_start) | EFB(doc_list)),
            score, ev);
  return ev[s->type];
}

/* Step 2b for a one-word mention typed by evidence of its own ("le
** chinois Kervel", a cue): it keeps its type, and takes as canonical form
** the longer name of the document whose first or last word it is when
** that name has the same type ("Kervel" after "Kervel Green Energy"), as
** a mention with no evidence would. Bodies and works only: a place alone
** is not the longer place that ends with it (Congo, République
** démocratique du Congo). */
static void same_type_canon(ent_ctx *c, hmap *toks, ent_span *s) {
  hslot *h = hmap_at(toks, s->key);
  if (!h->key) return;
  uint32_t who = h->span & ~FIRST_WORD;
  if (c->sp[who].type != s->type || s->canon != (uint32_t)(s - c->sp)) return;
  s->canon = who;
  s->feat |= h->span & FIRST_WORD ? EFB(doc_first_word) : EFB(doc_last_word);
}

/* The byte after the first '-' of [b, e), or e when there is none: where
** the next part of a hyphenated word opens. Most words have no hyphen:
** one SSE2 load answers for up to sixteen bytes, where a loop read each
** (branch speedE2). */
static uint32_t next_part(const ent_ctx *c, uint32_t b, uint32_t e) {
#if defined(__SSE2__)
  if (e - b <= 16 && b + 16 <= c->n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(c->text + b));
    unsigned hy =
        (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-'))) &
        ((1u << (e - b)) - 1);
    return hy ? b + (uint32_t)__builtin_ctz(hy) + 1 : e;
  }
#endif
  const char *h = memchr(c->text + b, '-', e - b);
  return h ? (uint32_t)(h - c->text) + 1 : e;
}

static size_t initials(ent_ctx *c, const ent_span *s, char *out, int lower) {
  size_t n = 0;
  for (size_t j = s->t0; j < s->t1; j++) {
    /* with lower, the lowercase words too but function words: "Fonds
    ** monétaire international" is FMI */
    if (!name_tok(c, j) && !(lower && ent_is_word(c, j) &&
                             !(c->tok[j].flags & PRESSE_TF_ELISION) &&
                             !(ent_tok_flags(c, j) & EL_FUNC)))
      continue;
    uint32_t b = j == s->t0 ? s->b0 : c->tok[j].b0, e = c->tok[j].b1;
    /* the parts: from b, and after each '-' at or after a part's first
    ** byte (a '-' opening a part opens the next one) */
    while (b < e) {
      char w[ENT_FOLD_MAX];
      size_t wn = 0;
      uint32_t cp;
      ent_utf8_next((const unsigned char *)c->text + b, e - b, &cp);
      ent_fold_cp(cp, w, &wn);
      if (wn && w[0] >= 'a' && w[0] <= 'z') {
        if (n == 16) return 0;
        out[n++] = (char)(w[0] - 32);
      }
      b = next_part(c, b, e);
    }
  }
  return n;
}

/* Are spans a and b (a before b) next to each other in a list: only ",",
** "et", "ou" between them, in one sentence? */
static int list_article(const ent_ctx *c, size_t k);

static int listed_together(const ent_ctx *c, const ent_span *a,
                           const ent_span *b) {
  if (a->t1 > b->t0) return 0;
  /* "du Darfour et du Kordofan", "le X, la Y": an article repeated
  ** after the joining word */
  int gap = b->t0 - a->t1 == 2 && list_article(c, b->t0 - 1);
  if (!gap && b->t0 - a->t1 != 1) return 0;
  size_t k = a->t1;
  if (c->tok[k].sent != c->tok[b->t0].sent) return 0;
  if (c->tok[k].kind == PRESSE_TOK_PUNCT)
    return c->text[c->tok[k].b0] == ',' ? 1 + gap : 0;
  size_t l = c->tok[k].b1 - c->tok[k].b0;
  const char *w = c->text + c->tok[k].b0;
  return ewt_coordinator(w, l) ? 1 + gap : 0;
}

/* Is token k an article or "de" repeated before a list's next member (le,
** la, les, l', du, des, de, d', au, aux), that member's first token being
** a name of its own (not an elided article inside it)? */
static int list_article(const ent_ctx *c, size_t k) {
  if (c->tok[k].kind != PRESSE_TOK_WORD || (c->tok[k].flags & PRESSE_TF_UPPER))
    return 0;
  const char *p = c->text + c->tok[k].b0;
  size_t n = c->tok[k].b1 - c->tok[k].b0;
  if (c->tok[k].flags & PRESSE_TF_ELISION)
    return n <= 4 && (p[0] == 'l' || p[0] == 'd'); /* l', d', l’, d’ */
  if (n == 2)
    return (p[0] == 'l' && (p[1] == 'e' || p[1] == 'a')) ||
           (p[0] == 'd' && (p[1] == 'u' || p[1] == 'e')) ||
           (p[0] == 'a' && p[1] == 'u');
  return n == 3 && p[1] == 'e' && p[2] == 's' && (p[0] == 'l' || p[0] == 'd');
}

/* May capitalised word p belong to a name: no function word, title or
** word never an entity ("Selon", "Le", "Mardi"), but for a particle ("De
** Santis")? */
static int may_join(ent_ctx *c, size_t p) {
  uint32_t f = ent_tok_flags(c, p);
  return !(f & (EL_FUNC | EL_NOTENT | EL_TITLE)) || (f & EL_PARTICLE);
}

/* Step 0 of ent_consistency(): toks is still empty, and step 1a clears
** it before its own use. */
static int restore_dropped(ent_ctx *c, hmap *toks, uint64_t *tkey) {
  int any = 0;
  for (size_t i = 0; i < c->nsp && !any; i++) {
    const ent_span *s = &c->sp[i];
    size_t p = s->t0 - 1;
    any = s->t0 > 0 && s->b0 == c->tok[s->t0].b0 && name_tok(c, p) &&
          (c->info[p] & TI_AMBIG) && c->tok[p].sent == c->tok[s->t0].sent &&
          may_join(c, p);
  }
  if (!any) return PRESSE_OK; /* the usual case: nothing to look up */
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type || s->nname < 2) continue;
    hslot *h = hmap_at(toks, s->key);
    if (!h->key) hmap_put(toks, h, s->key, (uint32_t)i);
    /* and a person's name without its given name: "De Santis" of "Nick
    ** De Santis" (the table has room: one key per token of the spans) */
    if (s->type != PRESSE_PER || s->t1 - s->t0 < 3 || !name_tok(c, s->t0 + 1))
      continue;
    uint64_t k = fold_key(c, c->tok[s->t0 + 1].b0, s->b1);
    h = hmap_at(toks, k);
    if (!h->key) hmap_put(toks, h, k, (uint32_t)i);
  }
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    size_t p = s->t0 - 1;
    if (!s->type || s->t0 == 0 || s->b0 != c->tok[s->t0].b0 ||
        !name_tok(c, p) || !(c->info[p] & TI_AMBIG) ||
        c->tok[p].sent != c->tok[s->t0].sent ||
        (c->tok[s->t0].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) ||
        (s->flags & SP_PRESET) || !may_join(c, p))
      continue;
    /* the dropped word may have been cut off as a span of its own, a
    ** common word with nothing for it ("Rami" | "Abd al-Rahman") */
    ent_span *prev = i > 0 && c->sp[i - 1].t1 > p ? &c->sp[i - 1] : NULL;
    if (prev && (prev->t0 != p || prev->t1 != s->t0 || prev->ev > EV_DEFAULT))
      continue;
    hslot *h = hmap_at(toks, fold_key(c, c->tok[p].b0, s->b1));
    if (!h->key) continue;
    const ent_span *full = &c->sp[h->span];
    if (prev) prev->type = 0, prev->flags &= (uint8_t)~SP_WEAK;
    s->t0 = (uint32_t)p;
    s->b0 = c->tok[p].b0;
    s->c0 = c->tok[p].c0;
    s->nname++;
    s->key = fold_key(c, s->b0, s->b1);
    s->type = full->type;
    s->ev = full->ev;
    s->feat |= EFB(doc_start);
  }
  (void)tkey;
  return PRESSE_OK;
}

int ent_consistency(ent_ctx *c) {
  const presse_mem *mem = c->mem ? c->mem : &presse_mem_libc;
  hmap surf = {0}, toks = {0}, acr = {0};
  doc_vote *acc = NULL;
  uint64_t *tkey = NULL;
  size_t ntoks = 0;
  for (size_t i = 0; i < c->nsp; i++)
    ntoks += c->sp[i].t1 - c->sp[i].t0;
  int rc = hmap_init(&surf, c->nsp, mem);
  if (!rc) rc = hmap_init(&toks, ntoks, mem);
  if (rc) goto done;

  /* the tokens' keys, then a bit a token: set (see tok_key()) */
  size_t nset = c->ntok / 64 + 1;
  tkey = mem->xRealloc(mem->ctx, NULL, (c->ntok + nset) * sizeof *tkey);
  if (!tkey) {
    rc = PRESSE_ENOMEM;
    goto done;
  }
  memset(tkey + c->ntok, 0, nset * sizeof *tkey);
  for (size_t i = 0; i < c->nsp; i++)
    c->sp[i].key = c->sp[i].t1 - c->sp[i].t0 == 1
                       ? tok_key(c, tkey, c->sp[i].t0, c->sp[i].b0)
                       : fold_key(c, c->sp[i].b0, c->sp[i].b1);

  /* 0. a capitalised word dropped at a sentence start ("Rami" read as the
  ** common word) belongs to the name after it when the document names
  ** them together elsewhere ("affirme Rami Abd al-Rahman") */
  rc = restore_dropped(c, &toks, tkey);
  if (rc) goto done;

  /* 1. one type per name: its mentions' strongest kind of evidence
  ** decides, and within it the sum of their weights ("Diop" after "le
  ** ministre" once makes every "Diop" a person) */
  acc = mem->xRealloc(mem->ctx, NULL, (c->nsp ? c->nsp : 1) * sizeof *acc);
  if (!acc) {
    rc = PRESSE_ENOMEM;
    goto done;
  }
  int npr_de = 0;
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type) continue;
    hslot *h = hmap_at(&surf, s->key);
    if (!h->key) {
      hmap_put(&surf, h, s->key, (uint32_t)i);
      memset(&acc[i], 0, sizeof acc[i]);
    }
    acc[i].rep = h->span;
    doc_vote *v = &acc[h->span];
    if (s->ev > v->ev[s->type]) v->ev[s->type] = s->ev;
    for (int t = 1; t < 5; t++)
      v->sum[t] += s->score[t];
    if (v->n < 2) v->n++;
    if (s->feat & EFB(proper_noun)) v->npr++;
    if (!v->npr_de && town_after_de(c, s)) v->npr_de = 1, npr_de = 1;
  }
  /* (the weight proper_noun gives a body: see town_after_de(); asked
  ** only of a document that has such a town) */
  int pn[5] = {0};
  uint8_t pe[5];
  if (npr_de) ent_score(EFB(proper_noun), pn, pe);
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type) continue;
    uint32_t rep = acc[i].rep;
    const doc_vote *v = &acc[rep];
    const int32_t *sum = v->sum;
    int32_t adj[5];
    if (v->npr_de) {
      memcpy(adj, v->sum, sizeof adj);
      adj[PRESSE_ORG] -= (int32_t)v->npr * pn[PRESSE_ORG];
      sum = adj;
    }
    int best = c->sp[rep].type;
    for (int t = 1; t < 5; t++)
      if (v->ev[t] > v->ev[best] ||
          (v->ev[t] == v->ev[best] && v->ev[t] && sum[t] > sum[best]))
        best = t;
    if (v->ev[best] > s->ev || best != s->type) {
      if (best != s->type) s->feat |= EFB(doc_type);
      s->type = (uint8_t)best, s->ev = v->ev[best];
      if (s->ev >= EV_LEXICON) s->flags &= (uint8_t)~SP_WEAK;
    }
    if (v->n == 1 && passing_place(s)) s->type = PRESSE_LOC;
  }

  /* 1a. a product named with its version elsewhere ("Ubuntu 12.10",
  ** "Falcon 9") is a product alone too, when nothing else speaks for it */
  hmap_clear(&toks);
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (s->type != PRESSE_MISC || !(s->feat & EFB(name_number))) continue;
    if (!name_tok(c, s->t0)) continue;
    uint64_t k = tok_key(c, tkey, s->t0, s->b0);
    hslot *h = hmap_at(&toks, k);
    if (!h->key) hmap_put(&toks, h, k, (uint32_t)i);
  }
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type || s->type == PRESSE_MISC || s->t1 - s->t0 != 1 ||
        s->ev > EV_DEFAULT)
      continue;
    hslot *h = hmap_at(&toks, s->key);
    if (!h->key) continue;
    s->type = PRESSE_MISC;
    s->feat |= EFB(doc_product);
  }
  hmap_clear(&toks);

  /* 1a'. a race named by two towns and its year elsewhere ("Kervel-Trélan
  ** 2027") is that race alone too: "la 5e étape de Kervel-Trélan" is one
  ** MISC, not two places (without such an edition in the document,
  ** "le match Pérou-Chili" stays two places) */
  for (size_t i = 0; i < c->nsp; i++) {
    const ent_span *e = &c->sp[i];
    if (e->type != PRESSE_MISC || !(e->feat & EFB(year)) ||
        e->t1 - e->t0 != 2 || !(c->tok[e->t0].flags & PRESSE_TF_HYPHEN) ||
        e->b0 != c->tok[e->t0].b0)
      continue;
    const presse_token *et = &c->tok[e->t0];
    for (size_t k = 0; k < c->nsp; k++) {
      ent_span *s = &c->sp[k];
      const presse_token *t = &c->tok[s->t0];
      if (s->t1 != s->t0 + 1 || !s->type || s->type == PRESSE_MISC ||
          s->b0 != t->b0 || t->b1 - t->b0 != et->b1 - et->b0 ||
          memcmp(c->text + t->b0, c->text + et->b0, t->b1 - t->b0))
        continue;
      /* split into its towns: the first part takes the token */
      if (s->b1 < t->b1)
        for (size_t q = k + 1; q < c->nsp && c->sp[q].t0 == s->t0; q++)
          c->sp[q].type = 0;
      s->b1 = t->b1;
      s->c1 = t->c1;
      s->type = PRESSE_MISC;
      s->ev = EV_FORM;
      s->feat |= EFB(doc_product);
      s->key = fold_key(c, s->b0, s->b1);
    }
  }

  /* 1b. a list gives its members one type: "Degas, Manet, Morisot et
  ** Sisley". In each run of names joined by ",", "et", "ou", the type most
  ** members have on evidence of their own (more than a default) goes to
  ** the members that have only defaults, or, when it is most of three
  ** or more such members, to those with no more than the lexicon */
  for (size_t i = 0; i < c->nsp;) {
    size_t j = i + 1;
    int gapped = 0, lt;
    while (j < c->nsp && c->sp[j - 1].type && c->sp[j].type &&
           (lt = listed_together(c, &c->sp[j - 1], &c->sp[j])))
      gapped |= lt == 2, j++;
    if (j - i >= 2) {
      size_t votes[5] = {0}, voters = 0;
      uint8_t top[5] = {0}; /* the strongest evidence behind each type */
      for (size_t k = i; k < j; k++)
        if (c->sp[k].ev >= EV_DEFAULT) {
          votes[c->sp[k].type]++, voters++;
          if (c->sp[k].ev > top[c->sp[k].type])
            top[c->sp[k].type] = c->sp[k].ev;
        }
      /* most votes; between as many, in a list of three or more, the
      ** stronger evidence ("Gao, Tombouctou et Kidal": a town of the
      ** lexicon against a proper noun taken for a brand; not "du FMI,
      ** Kristalina X", an apposition) */
      int strong = j - i >= 3;
      int best = 0;
      for (int t = 1; t < 5; t++)
        if (votes[t] > votes[best] ||
            (strong && votes[t] == votes[best] && top[t] > top[best]))
          best = t;
      int tie = 0;
      for (int t = 1; t < 5; t++)
        tie |= t != best && votes[t] == votes[best] &&
               (!strong || top[t] == top[best]);
      /* (a list with its articles, "du X et du Y", "la X, l'Y", gives
      ** its type only to members with no evidence, not to capitalised
      ** common words: "la Suisse, l'Union européenne et l'Union
      ** africaine", "Les Républicains et le Parti socialiste") */
      int most = voters >= 3 && 2 * votes[best] > voters && !gapped;
      for (size_t k = i; best && !tie && k < j; k++) {
        ent_span *s = &c->sp[k];
        if (s->type == best || (s->flags & (SP_PRESET | SP_DEMONYM))) continue;
        if (best == PRESSE_PER && article_before(c, s)) continue;
        if (gapped && (s->flags & SP_WEAK)) continue;
        if (s->ev > EV_DEFAULT && !(most && s->ev <= EV_LEXICON)) continue;
        s->type = (uint8_t)best;
        s->feat |= EFB(doc_list);
        /* a capitalised common word among names is a name (Millet) */
        s->flags &= (uint8_t)~SP_WEAK;
      }
    }
    i = j;
  }

  /* 2. persons: each word of a multi-word person name points at the
  ** fullest such name (most words, then first) */
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (s->type != PRESSE_PER || s->nname < 2) continue;
    for (size_t j = s->t0; j < s->t1; j++) {
      if (!name_tok(c, j) || initial_tok(c, j)) continue;
      /* "Mathilde de Rouen": a known place after de names an origin; the
      ** place alone stays a place */
      if (j > s->t0 && !name_tok(c, j - 1) &&
          (ent_tok_flags(c, j) & (EL_CITY | EL_COUNTRY | EL_CAPNOM)))
        continue;
      uint32_t b0 = j == s->t0 ? s->b0 : c->tok[j].b0;
      uint64_t k = tok_key(c, tkey, j, b0);
      hslot *h = hmap_at(&toks, k);
      if (!h->key) {
        hmap_put(&toks, h, k, (uint32_t)i);
      } else if (c->sp[h->span].nname < s->nname) {
        h->span = (uint32_t)i;
      }
    }
  }
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type || (s->flags & (SP_DEMONYM | SP_ALLCAPS))) continue;
    /* a context cue (à Obama, face à X) gives way to the full name; the
    ** name's own form (an institution's head, a country, a cardinal
    ** point: "dans le Nord" after "From Nord") does not */
    if (s->type != PRESSE_PER && s->ev > EV_CUE) continue;
    if (s->type != PRESSE_PER && s->ev == EV_CUE &&
        (s->feat &
         (EFB(country) | EFB(title_before) | EFB(org_cue) | EFB(misc_cue) |
          EFB(acronym_defined) | EFB(cardinal_place))))
      continue;
    if (s->type == PRESSE_LOC && s->ev >= EV_LEXICON) {
      /* a country alone stays a country */
      if (s->t1 - s->t0 == 1 && (ent_tok_flags(c, s->t0) & EL_COUNTRY))
        continue;
    }
    /* every name word must point at the same person */
    uint32_t who = UINT32_MAX;
    int ok = 1;
    for (size_t j = s->t0; j < s->t1 && ok; j++) {
      if (!name_tok(c, j) || initial_tok(c, j)) continue;
      uint32_t b0 = j == s->t0 ? s->b0 : c->tok[j].b0;
      hslot *h = hmap_at(&toks, tok_key(c, tkey, j, b0));
      if (!h->key)
        ok = 0;
      else if (who == UINT32_MAX)
        who = h->span;
      else if (who != h->span)
        ok = 0;
    }
    if (!ok || who == UINT32_MAX) continue;
    if (c->sp[who].nname < s->nname) continue;
    /* "Sud Ouest Dordogne", "Nantes St-Nazaire": a longer name that is a
    ** person only by default (several unknown capitalised words) does not
    ** make a place the lexicon knows, alone, a person */
    if (s->type == PRESSE_LOC && s->ev >= EV_LEXICON &&
        own_ev(&c->sp[who]) <= EV_DEFAULT)
      continue;
    if (s->type != PRESSE_PER && s->t1 - s->t0 > 1) continue;
    if (s->type != PRESSE_PER || who != i) s->feat |= EFB(doc_person);
    /* (a given name that is a common word too, kept weak at a sentence
    ** start by ent_cand.c, is that person's: "Moussa part" after "Moussa
    ** Kervel") */
    if (who != i && (ent_tok_flags(c, s->t0) & EL_GIVEN))
      s->flags &= (uint8_t)~SP_WEAK;
    s->type = PRESSE_PER;
    if (s->ev < EV_LEXICON) s->ev = EV_LEXICON;
    s->canon = who;
  }

  /* 2b. the last word of a longer name that is not a person's stands for
  ** it when it appears alone with no evidence of its own: "Dragon" after
  ** "Space X Dragon" */
  hmap_clear(&toks);
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type || s->type == PRESSE_PER || s->nname < 2) continue;
    size_t j = s->t1 - 1;
    /* not a complement: "Ferrand Composites de Vallorge" does not make
    ** "Vallorge" the company */
    if (name_tok(c, j) && !(j > s->t0 && !name_tok(c, j - 1))) {
      uint64_t k = tok_key(c, tkey, j, c->tok[j].b0);
      hslot *h = hmap_at(&toks, k);
      if (!h->key) hmap_put(&toks, h, k, (uint32_t)i);
    }
    /* the first word too when it is a name of its own, no word, given
    ** name, place or head ("Kervel" after "Kervel Industries"; not "Air"
    ** of "Air Kervel", "Jean" of "Jean Kervel Conseil", "Lyon") */
    j = s->t0;
    if (s->b0 != c->tok[j].b0 || !name_tok(c, j) || !name_tok(c, j + 1) ||
        (ent_tok_flags(c, j) &
         (EL_COMMON | EL_GIVEN | EL_PLACE | EL_FUNC | EL_ORGHEAD | EL_LOCHEAD |
          EL_MISCCUE | EL_TITLE | EL_NOTENT)))
      continue;
    uint64_t k = tok_key(c, tkey, j, c->tok[j].b0);
    hslot *h = hmap_at(&toks, k);
    if (!h->key) hmap_put(&toks, h, k, (uint32_t)i | FIRST_WORD);
  }
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type || s->t1 - s->t0 != 1) continue;
    if (s->ev > EV_DEFAULT) {
      if (s->type == PRESSE_ORG || s->type == PRESSE_MISC)
        same_type_canon(c, &toks, s);
      continue;
    }
    hslot *h = hmap_at(&toks, s->key);
    if (!h->key) continue;
    uint32_t who = h->span & ~FIRST_WORD;
    s->type = c->sp[who].type;
    s->canon = who;
    s->flags &= (uint8_t)~SP_WEAK;
    s->feat |= h->span & FIRST_WORD ? EFB(doc_first_word) : EFB(doc_last_word);
  }
  for (size_t i = 0; i < c->nsp; i++)
    if (c->sp[i].flags & SP_WEAK) c->sp[i].type = 0;

  /* 3. acronyms spelled by the initials of a longer name (when there is
  ** an acronym) */
  int acronyms = 0;
  for (size_t i = 0; i < c->nsp && !acronyms; i++)
    acronyms = c->sp[i].type && (c->sp[i].flags & SP_ALLCAPS);
  if (acronyms && (rc = hmap_init(&acr, 2 * c->nsp, mem))) goto done;
  for (size_t i = 0; acronyms && i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    char in[16];
    size_t n;
    /* a person's name only when nothing but its form of unknown words
    ** says so: "le programme ACE (Automatic Computing Engine)" */
    /* an acronym's first part before a hyphen: "SUD" after "SUD-PTT" */
    if (s->type && (s->flags & SP_ALLCAPS)) {
      const char *p = c->text + s->b0;
      size_t len = s->b1 - s->b0, k = 0;
      while (k < len && p[k] != '-')
        k++;
      if (k >= 2 && k < len && k <= 16) {
        hslot *h = hmap_at(&acr, key_of(p, k));
        if (!h->key) {
          h->key = key_of(p, k);
          h->span = (uint32_t)i;
        }
      }
      continue;
    }
    if (!s->type || (s->type == PRESSE_PER && own_ev(s) > EV_DEFAULT)) continue;
    for (int lower = 0; lower < 2; lower++) {
      if (lower && s->nname == s->t1 - s->t0) break; /* no lowercase word */
      if ((n = initials(c, s, in, lower)) < 2) continue;
      hslot *h = hmap_at(&acr, key_of(in, n));
      if (!h->key) {
        h->key = key_of(in, n);
        h->span = (uint32_t)i;
      }
    }
  }
  /* an acronym with stronger evidence than its long name (a cue, the
  ** acronym's own lexicon) types the long name that has only defaults:
  ** "la Major League Soccer (MLS)" is a body as MLS is, "le programme
  ** ACE (Automatic Computing Engine)" a programme */
  for (size_t i = 0; acronyms && i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type || !(s->flags & SP_ALLCAPS) ||
        (s->type != PRESSE_ORG && s->type != PRESSE_MISC))
      continue;
    size_t len = s->b1 - s->b0;
    if (len > 16) continue;
    hslot *h = hmap_at(&acr, key_of(c->text + s->b0, len));
    if (!h->key) continue;
    ent_span *l = &c->sp[h->span];
    uint8_t lev = own_ev(l);
    if (lev > EV_DEFAULT || s->ev <= lev || l->type == s->type) continue;
    l->type = s->type;
    l->ev = s->ev;
    l->feat |= EFB(doc_acronym);
  }
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    if (!s->type || !(s->flags & SP_ALLCAPS)) continue;
    size_t len = s->b1 - s->b0;
    if (len > 16) continue;
    hslot *h = hmap_at(&acr, key_of(c->text + s->b0, len));
    if (!h->key) continue;
    s->canon = h->span;
    s->feat |= EFB(doc_acronym);
    if (c->sp[h->span].type == PRESSE_ORG || c->sp[h->span].type == PRESSE_MISC)
      s->type = c->sp[h->span].type;
  }
  /* canonical forms point at a span that is its own canonical */
  for (size_t i = 0; i < c->nsp; i++) {
    ent_span *s = &c->sp[i];
    for (int hop = 0; hop < 4 && c->sp[s->canon].canon != s->canon; hop++)
      s->canon = c->sp[s->canon].canon;
  }
done:
  if (surf.s) mem->xFree(mem->ctx, surf.s);
  if (toks.s) mem->xFree(mem->ctx, toks.s);
  if (acr.s) mem->xFree(mem->ctx, acr.s);
  if (acc) mem->xFree(mem->ctx, acc);
  if (tkey) mem->xFree(mem->ctx, tkey);
  return rc;
}
