/*
** segment.c: the French segmenter. One left-to-right pass over valid UTF-8
** yields tokens (words, numbers, punctuation, URLs, e-mails, symbols) with
** byte and code-point spans, flags, and a sentence index.
**
** Every look-ahead is bounded by a constant (abbreviations, CamelCase
** exceptions, e-mail local parts) or consumes what it scans (URLs,
** numbers), so the whole pass is linear even on adversarial input.
** Sentence decisions are taken when a token is emitted, from the previous
** token and the white space in between (see emit()).
*/
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ent_lex.h"
#include "lexicon.h"
#include "presse.h"
#include "segment.h"

#include "lex_abbreviations.h"
#include "lex_camelcase.h"
#include "lex_elisions.h"
#include "lex_inversions.h"
#include "lex_ordinals.h"
#include "lex_sentence_starters.h"

/* Character classes. Cc and Zs are white space; Cf (soft hyphen, zero
** width spaces and joiners, BOM) is ignorable: kept inside a word, dropped
** between tokens. */
enum {
  K_OTHER = 0, /* symbols: % € + = emoji... */
  K_SPACE,
  K_NL,
  K_UPPER,
  K_LOWER,
  K_LETTER, /* letters without case (Lm, Lo) */
  K_MARK,   /* combining marks, non-ASCII digits: continue a word only */
  K_DIGIT,  /* ASCII digits */
  K_APOS,   /* ' ’ ‘ ʼ ´ ‛ */
  K_HYPHEN, /* - ‐ ‑ */
  K_ZW,
  K_PUNCT,
  K_END /* past the end of the text */
};

#define O K_OTHER
#define W K_SPACE
#define N K_NL
#define U K_UPPER
#define L K_LOWER
#define D K_DIGIT
#define P K_PUNCT
static const unsigned char ascii_class[128] = {
    W, W, W, W, W, W, W, W,      W, W, N, W, W, N,        W, W, /* 0x00 */
    W, W, W, W, W, W, W, W,      W, W, W, W, W, W,        W, W, /* 0x10 */
    W, P, P, O, O, O, O, K_APOS, P, P, P, O, P, K_HYPHEN, P, P, /* 0x20 */
    D, D, D, D, D, D, D, D,      D, D, P, P, O, O,        O, P, /* 0x30 */
    O, U, U, U, U, U, U, U,      U, U, U, U, U, U,        U, U, /* 0x40 */
    U, U, U, U, U, U, U, U,      U, U, U, P, P, P,        O, P, /* 0x50 */
    O, L, L, L, L, L, L, L,      L, L, L, L, L, L,        L, L, /* 0x60 */
    L, L, L, L, L, L, L, L,      L, L, L, P, O, P,        O, W, /* 0x70 */
};
#undef O
#undef W
#undef N
#undef U
#undef L
#undef D
#undef P

static int unicode_class(uint32_t cp) {
  switch (cp) {
  case 0x85:
  case 0x2028:
  case 0x2029:
    return K_NL;
  case 0x2018:
  case 0x2019:
  case 0x02BC:
  case 0xB4:   /* an acute accent typed for an apostrophe: d´Artagnan */
  case 0x201B: /* the reversed apostrophe of some fonts */
    return K_APOS;
  case 0x2010:
  case 0x2011:
    return K_HYPHEN;
  case 0x2030:
  case 0x2031:
  case 0xA7:
    return K_OTHER; /* ‰ ‱ § */
  }
  switch (utf8proc_category((utf8proc_int32_t)cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT:
    return K_UPPER;
  case UTF8PROC_CATEGORY_LL:
    return K_LOWER;
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
    return K_LETTER;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return K_MARK;
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_CC:
    return K_SPACE;
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP:
    return K_NL;
  case UTF8PROC_CATEGORY_CF:
    return K_ZW;
  case UTF8PROC_CATEGORY_PC:
  case UTF8PROC_CATEGORY_PD:
  case UTF8PROC_CATEGORY_PS:
  case UTF8PROC_CATEGORY_PE:
  case UTF8PROC_CATEGORY_PI:
  case UTF8PROC_CATEGORY_PF:
  case UTF8PROC_CATEGORY_PO:
    return K_PUNCT;
  default:
    return K_OTHER;
  }
}

typedef struct seg {
  const unsigned char *s;
  uint32_t n;
  presse_tokens *out;
  const presse_mem *mem;
  int dq_open, cq_open; /* parity of " and of “ ” in the paragraph */
  uint32_t next_at;     /* next '@' at or after the scan point, or n */
  uint32_t email_fail;  /* no e-mail can start before this byte */
  uint32_t email_from;  /* nor before this one (see email_bound()) */
  uint32_t camel_max;   /* longest entry of data/camelcase.txt, in bytes */
  uint32_t abbrev_max;  /* longest entry of data/abbreviations.txt */
  uint32_t wrapped;     /* lines wrap paragraphs: their mean length in bytes
                        ** (see wrapped_lines()), else 0 */
} seg;

/* What the sentence rules remember between tokens. Apart from seg, whose
** address goes to the scanners: this struct stays inside presse_segment()
** (emit() is inlined there), so its fields can live in registers. */
typedef struct flow {
  int sp;           /* white space since the previous token */
  int nl;           /* newlines since the previous token (U+2029 counts 2; 2 at
                    ** the start, where the first token opens a paragraph) */
  uint32_t sent;    /* current sentence (UINT32_MAX before the first) */
  int last_term;    /* a terminal mark, then only closers, precede */
  int glue_term;    /* previous token is . ! ? glued to a lowercase word */
  int low_end;      /* previous token ends in lowercase / is a number */
  unsigned pending; /* flags for the next token (GLUED) */
  int prev_kind;    /* the previous token's kind and final flags */
  unsigned prev_flags;
  uint32_t line_b0;  /* where the current line starts (byte) */
  uint32_t line_len; /* the length of the line before the last newline */
} flow;

/* A token under construction. */
typedef struct tok {
  /* Not in presse_token's order on purpose: a same-layout copy compiles
  ** to one wide load of four narrow stores, a store-forwarding stall that
  ** cost a fifth of the run time. */
  uint32_t b0, c0;
  int kind;
  uint32_t b1, c1;
  unsigned flags;
  int starter;   /* may open a sentence: capital, digit, opening quote, dash */
  int term;      /* ends a sentence: . ! ? … etc. */
  int closer;    /* closing quote or bracket: keeps a preceding terminal */
  int low_end;   /* a following glued '.' may end a sentence */
  int glue_next; /* the next token is the right part of a glue split */
} tok;

/* Decode at b (valid UTF-8, b < n). */
static inline uint32_t dec(const unsigned char *s, uint32_t b, int *len) {
  unsigned c = s[b];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (s[b + 1] & 0x3Fu);
  }
  if (c < 0xF0) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | ((s[b + 1] & 0x3Fu) << 6) | (s[b + 2] & 0x3Fu);
  }
  *len = 4;
  return ((c & 0x07u) << 18) | ((s[b + 1] & 0x3Fu) << 12) |
         ((s[b + 2] & 0x3Fu) << 6) | (s[b + 3] & 0x3Fu);
}

#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* gcc's straight-line vectorizer packs the four 32-bit offsets of each
** token into a vector register (four moves, three shuffles) to store them
** in one go: more instructions than the four stores, for every token.
** The segmenter's loop, with all it inlines, goes without it. */
#if defined(__GNUC__) && !defined(__clang__)
#define NO_SLP __attribute__((optimize("no-tree-slp-vectorize")))
#else
#define NO_SLP
#endif

/* Index of the first byte (in memory order) whose high bit is set in w,
** a mask of high bits (w != 0). */
static inline unsigned first_lane(uint64_t w) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                            \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return (unsigned)__builtin_ctzll(w) >> 3;
#else
  unsigned char b[8];
  unsigned i = 0;
  memcpy(b, &w, 8);
  while (!(b[i] & 0x80))
    i++;
  return i;
#endif
}

static ALWAYS_INLINE int cls_at(const seg *g, uint32_t b, uint32_t *cp,
                                int *len) {
  if (b >= g->n) {
    *cp = 0;
    *len = 0;
    return K_END;
  }
  if (g->s[b] < 0x80) {
    *cp = g->s[b];
    *len = 1;
    return ascii_class[g->s[b]];
  }
  *cp = dec(g->s, b, len);
  return unicode_class(*cp);
}

static inline int digit_at(const seg *g, uint32_t q) {
  return q < g->n && g->s[q] >= '0' && g->s[q] <= '9';
}

static inline int is_letter(int k) {
  return k == K_UPPER || k == K_LOWER || k == K_LETTER;
}

static inline int is_ascii_alnum(unsigned c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* A capital followed by a lowercase letter: "Guma" in "N'Guma" but not
** "EST" in "N’EST". */
static int capitalised_at(const seg *g, uint32_t b) {
  uint32_t cp;
  int len;
  if (cls_at(g, b, &cp, &len) != K_UPPER) return 0;
  return cls_at(g, b + (uint32_t)len, &cp, &len) == K_LOWER;
}

/* An exact lookup: presse_lex_find() probes the list's hash index. */
static inline const presse_lex_entry *lex_get(const presse_lex *lex,
                                              const void *key, size_t n) {
  return presse_lex_find(lex, key, n);
}

/* Lexicon lookup of s[0..n) with ASCII letters lowered. */
static const presse_lex_entry *find_lower(const presse_lex *lex,
                                          const unsigned char *s, size_t n) {
  char buf[64];
  /* no key is longer: a word longer than all is not copied (lowering
  ** keeps the length) */
  if (n > lex->longest || n > sizeof buf) return NULL;
  for (size_t i = 0; i < n; i++) {
    unsigned char x = s[i];
    if (x >= 'A' && x <= 'Z') x |= 0x20;
    /* Latin-1 capitals À..Þ (not ×): C3 80..9E -> C3 A0..BE */
    else if (i && s[i - 1] == 0xC3 && x >= 0x80 && x <= 0x9E && x != 0x97)
      x += 0x20;
    buf[i] = (char)x;
  }
  return lex_get(lex, buf, n);
}

/* ------------------------------------------------------------- output */

/* Room for want more tokens in g->out, doubling its capacity. Out of
** line: it runs once in some thousand tokens, and push() and word_run()
** inline the test before it only. */
static __attribute__((noinline)) int reserve_out(seg *g, size_t want) {
  presse_tokens *o = g->out;
  if (o->cap - o->n >= want) return PRESSE_OK;
  size_t cap = o->cap ? o->cap * 2 : 64;
  if (cap - o->n < want) cap = o->n + want;
  if (cap > SIZE_MAX / sizeof(presse_token)) return PRESSE_ENOMEM;
  presse_token *p =
      g->mem->xRealloc(g->mem->ctx, o->tok, cap * sizeof(presse_token));
  if (!p) return PRESSE_ENOMEM;
  o->tok = p;
  o->cap = cap;
  return PRESSE_OK;
}

static ALWAYS_INLINE int push(seg *g, const tok *t, unsigned flags,
                              uint32_t sent) {
  presse_tokens *o = g->out;
  if (o->n == o->cap) {
    int rc = reserve_out(g, 1);
    if (rc) return rc;
  }
  presse_token *d = &o->tok[o->n++];
  d->b0 = t->b0;
  d->b1 = t->b1;
  d->c0 = t->c0;
  d->c1 = t->c1;
  d->kind = (uint16_t)t->kind;
  d->flags = (uint16_t)flags;
  d->sent = sent;
  return PRESSE_OK;
}

/* Sentence rules, decided from the gap before t and what preceded it:
**  - a blank line always breaks;
**  - a single newline breaks when the previous line ended with a terminal
**    mark or the new line starts with a capital, digit, quote or dash
**    (scraped titles have no final punctuation);
**  - a space breaks after a terminal mark (closers allowed in between)
**    when a capital, digit, opening quote or dash follows;
**  - no space: "pays.La" breaks (lowercase word, '.', capital), and so
**    does the right part of a glue split ("SahelImage"), which joins two
**    blocks of the page;
**  - "1." at the start of a line is a list marker, not an end. */
static ALWAYS_INLINE int emit(seg *g, flow *st, tok *t) {
  unsigned f = t->flags | st->pending;
  st->pending = 0;
  /* "1." or "2)" opening a line is a list marker, not a sentence end. */
  if (t->term && st->prev_kind == PRESSE_TOK_NUMBER &&
      (st->prev_flags & PRESSE_TF_LINE_START) && !st->sp && t->b1 - t->b0 == 1)
    t->term = 0;
  /* The first token needs no case of its own: the pass starts as after a
  ** blank line, in sentence -1 (see presse_segment()). */
  int brk;
  if (st->sp) f |= PRESSE_TF_SPACE_BEFORE;
  if (st->nl >= 2) {
    f |= PRESSE_TF_LINE_START | PRESSE_TF_PARA_START;
    brk = 1;
  } else if (st->nl == 1 && g->wrapped && 3 * st->line_len >= 2 * g->wrapped) {
    /* a line of a wrapped paragraph goes on as after a space; a short
    ** line without a final mark is a headline ("FRANCE\nTué dans la rue") */
    f |= PRESSE_TF_SOFT_BREAK;
    brk = st->last_term && t->starter;
  } else if (st->nl == 1) {
    f |= PRESSE_TF_LINE_START;
    brk = st->last_term || t->starter;
  } else if (st->sp) {
    brk = st->last_term && t->starter;
  } else if (f & PRESSE_TF_GLUED) {
    brk = 1;
  } else {
    brk = st->glue_term && t->kind == PRESSE_TOK_WORD && (f & PRESSE_TF_UPPER);
  }
  if (brk) {
    st->sent++;
    f |= PRESSE_TF_SENT_START;
  }
  if (t->term) {
    st->glue_term = !st->sp && st->low_end && t->kind == PRESSE_TOK_PUNCT;
    st->last_term = 1;
  } else if (t->closer) {
    st->glue_term = 0;
  } else {
    st->last_term = st->glue_term = 0;
  }
  st->low_end = t->low_end;
  st->prev_kind = t->kind;
  st->prev_flags = f;
  st->sp = st->nl = 0;
  return push(g, t, f, st->sent);
}

/* --------------------------------------------------------------- words */

/* The entity lexicon's flags of s[b0..b1) (ent_lex.c), 0 when unknown. */
uint32_t ent_lex_lookup(const char *s, size_t n);
static uint32_t glue_half_flags(const seg *g, uint32_t b0, uint32_t b1) {
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold((const char *)g->s + b0, b1 - b0, w);
  return m == (size_t)-1 ? 0 : ent_lex_lookup(w, m);
}

/* Do the two halves of a glue at b read as two words of the page (a tag
** list "ParisMoscou", a caption "SahelImage", a sentence glued to a
** heading) rather than one CamelCase brand that data/camelcase.txt lacks
** ("VoxaLeaks", "YouTube")? The right half must be a word or a name of
** the entity lexicon, not English; the left one too, unless the right one
** is a word that names nothing (Image, Photo, Selon) or a city or country. */
static int glue_words(const seg *g, uint32_t b0, uint32_t b, int blen) {
  enum {
    KNOWN = EL_GIVEN | EL_SURNAME | EL_NPR | EL_CAPNOM | EL_COUNTRY | EL_CITY |
            EL_COMMON | EL_FUNC
  };
  uint32_t q = b + (uint32_t)blen, cp;
  int len;
  while (q - b < ENT_FOLD_MAX && cls_at(g, q, &cp, &len) == K_LOWER)
    q += (uint32_t)len;
  uint32_t r = glue_half_flags(g, b, q);
  if (!(r & KNOWN)) return 0;
  if (r & (EL_NOTENT | EL_FUNC | EL_COUNTRY | EL_CITY)) return 1;
  if (b - b0 > ENT_FOLD_MAX) return 1;
  uint32_t l = glue_half_flags(g, b0, b);
  return (l & KNOWN) != 0;
}

/* Is a glue split wanted at b, where a capital follows >= 3 letters of a
** Capital+lowercase (or all-lowercase) run starting at b0? The right part
** needs a capital and two lowercase letters; a CamelCase word listed in
** data/camelcase.txt, or a prefix of the run ending at a case change,
** vetoes the split. Look-ahead is bounded to 64 bytes. */
static int glue_split(const seg *g, uint32_t b0, uint32_t b, int blen,
                      int *veto) {
  uint32_t cp, q = b + (uint32_t)blen;
  int len, k;
  for (int i = 0; i < 2; i++) {
    if (cls_at(g, q, &cp, &len) != K_LOWER) return 0;
    q += (uint32_t)len;
  }
  /* CamelCase exceptions: every prefix of the letter run that ends before
  ** a capital or at the end of the run. */
  q = b;
  /* No prefix longer than the longest entry can match: stop there (the
  ** scan is per capital, so glued text would otherwise look 64 bytes
  ** ahead with a search at every case change). */
  uint32_t lim = g->camel_max < 64 ? g->camel_max : 64;
  /* Every prefix starts with the run's first two bytes: one search tells
  ** whether any entry does. */
  if (b0 + 2 <= g->n) {
    size_t at =
        presse_lex_lower_bound(&lex_camelcase, (const char *)g->s + b0, 2);
    if (at >= lex_camelcase.n || lex_camelcase.e[at].n < 2 ||
        memcmp(lex_camelcase.e[at].s, g->s + b0, 2))
      lim = 0;
  }
  while (lim && q < g->n && q - b0 <= lim) {
    k = cls_at(g, q, &cp, &len);
    if (!is_letter(k) && k != K_MARK) break;
    q += (uint32_t)len;
    int nk = cls_at(g, q, &cp, &len);
    if (nk == K_UPPER || (!is_letter(nk) && nk != K_MARK)) {
      if (lex_get(&lex_camelcase, g->s + b0, q - b0)) {
        *veto = 1;
        return 0;
      }
    }
  }
  if (!glue_words(g, b0, b, blen)) {
    *veto = 1;
    return 0;
  }
  return 1;
}

/* Longest abbreviation from data/abbreviations.txt starting at b0, where
** s[e] is '.' (or '°'): "M.", "etc.", "J.-C.", "c.-à-d.". Returns its end
** or 0; *value gets the entry's value. */
static uint32_t abbrev_at(const seg *g, uint32_t b0, uint32_t e, int *value) {
  const presse_lex_entry *hit;
  uint32_t best = 0, q, cp;
  int len;
  if (g->s[e] == '.')
    q = e + 1;
  else
    q = e + 2; /* '°' is two bytes */
  /* Every key tried below starts at b0 and ends at q or later: most words
  ** that end a sentence are longer than any abbreviation. */
  if (q - b0 > g->abbrev_max) return 0;
  hit = lex_get(&lex_abbreviations, g->s + b0, q - b0);
  if (hit) {
    best = q;
    *value = hit->value;
  }
  if (g->s[e] != '.') return best;
  /* Extensions: ("-"? letters ("-" letters)* "."){1,3}, short parts only. */
  for (int part = 0; part < 3; part++) {
    uint32_t r = q;
    int nletters = 0;
    if (r < g->n && g->s[r] == '-') r++;
    for (;;) {
      int k = cls_at(g, r, &cp, &len);
      if (is_letter(k)) {
        if (++nletters > 8) return best;
        r += (uint32_t)len;
      } else if (k == K_HYPHEN && nletters) {
        r += (uint32_t)len;
      } else
        break;
    }
    if (!nletters || r >= g->n || g->s[r] != '.') return best;
    q = r + 1;
    hit = lex_get(&lex_abbreviations, g->s + b0, q - b0);
    if (hit) {
      best = q;
      *value = hit->value;
    }
  }
  return best;
}

/* "U.S.A.": single capitals each followed by '.', at least two. Returns
** the end or 0. */
static uint32_t acronym_at(const seg *g, uint32_t e) {
  uint32_t q = e + 1, cp, best = 0;
  int len;
  for (int i = 0; i < 8; i++) {
    if (cls_at(g, q, &cp, &len) != K_UPPER) break;
    uint32_t r = q + (uint32_t)len;
    if (r >= g->n || g->s[r] != '.') break;
    q = r + 1;
    best = q;
  }
  return best;
}

/* A single capital + '.' is an initial when a name seems to follow: spaces
** (no newline) then a capital letter, or a hyphen ("J.-P."). A capitalised
** function word from data/sentence_starters.txt ("C. Il devrait") means
** the '.' ends a sentence instead. */
static int initial_follows(const seg *g, uint32_t q) {
  uint32_t cp, w;
  int len, k;
  for (int i = 0; i < 4; i++) {
    k = cls_at(g, q, &cp, &len);
    if (k != K_SPACE) break;
    q += (uint32_t)len;
  }
  k = cls_at(g, q, &cp, &len);
  if (k == K_HYPHEN) return 1;
  if (k != K_UPPER) return 0;
  for (w = q; w - q <= 16 && is_letter(cls_at(g, w, &cp, &len));)
    w += (uint32_t)len;
  return !find_lower(&lex_sentence_starters, g->s + q, w - q);
}

/* Roman ordinal "XXIe", "Ier", "IIIe": I V X only (so "Le", "Me", "Ce"
** are never numbers), then a lowercase ordinal suffix. */
static int roman_ordinal(const seg *g, uint32_t b0, uint32_t b1) {
  uint32_t q = b0;
  while (q < b1 && (g->s[q] == 'I' || g->s[q] == 'V' || g->s[q] == 'X'))
    q++;
  if (q == b0 || q == b1 || q - b0 > 6) return 0;
  return lex_get(&lex_ordinals, g->s + q, b1 - q) != NULL;
}

/* ---------------------------------------------------- word fast path */

/* Most words of French news are made of ASCII and Latin-1 letters, and
** end at a space or a comma. They get a fast path that needs neither
** utf8proc nor scan_word's rules; anything it cannot settle goes to
** scan_word, which starts again from the beginning of the word. */

/* Case of the letter at b when it is ASCII, Latin-1 (C3 xx) or œ Œ
** (C5 93, C5 92): K_UPPER or K_LOWER, with *len its length in bytes.
** 0 for any other character. Agrees with unicode_class(): À..Þ are Lu
** but × (C3 97), ß..ÿ are Ll but ÷ (C3 B7). */
static inline int latin_case(const unsigned char *s, uint32_t b, uint32_t n,
                             int *len) {
  if (b >= n) return 0;
  unsigned x = s[b];
  if (x < 0x80) {
    *len = 1;
    return x - 'a' < 26u ? K_LOWER : x - 'A' < 26u ? K_UPPER : 0;
  }
  unsigned y = s[b + 1]; /* valid UTF-8: a continuation byte follows */
  *len = 2;
  if (x == 0xC3 && y != 0x97 && y != 0xB7) return y < 0x9F ? K_UPPER : K_LOWER;
  if (x == 0xC5 && (y == 0x92 || y == 0x93))
    return y == 0x92 ? K_UPPER : K_LOWER;
  return 0;
}

/* latin_case(s, b, ...) == K_LOWER for a two-byte letter x y (valid
** UTF-8, so y is 80..BF): C3 9F..BF but for B7 (ß..ÿ but ÷) as bits of a
** mask indexed by y's low six bits, or C5 93 (œ). One test where
** latin_case() took four on y, for the accents inside a lowercase word. */
#define C3_LOWER (0xFFFFFFFF80000000ULL & ~(1ULL << 0x37))
static inline int latin_lower2(unsigned x, unsigned y) {
  return x == 0xC3 ? (int)(C3_LOWER >> (y & 63) & 1) : x == 0xC5 && y == 0x93;
}

#define LANES_HIGH 0x8080808080808080ULL
#define LANES_ONE 0x0101010101010101ULL

/* High bit set in each byte lane of w that holds 'a'..'z'. The high bits
** are cleared before adding, so no lane carries into the next. */
static inline uint64_t lower_lanes(uint64_t w) {
  uint64_t low7 = w & ~LANES_HIGH;
  uint64_t ge_a = low7 + LANES_ONE * (0x80 - 'a');
  uint64_t gt_z = low7 + LANES_ONE * (0x80 - 'z' - 1);
  return ge_a & ~gt_z & ~w & LANES_HIGH;
}

#if defined(__SSE2__)
/* One bit a byte, set where the sixteen bytes at p hold 'a'..'z': x - 'a'
** biased by 0x80 is below 26 as a signed byte. The SSE2 twin of
** lower_lanes(). */
static inline unsigned lower_mask16(const unsigned char *p) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  return (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(
      _mm_set1_epi8(-102), _mm_add_epi8(v, _mm_set1_epi8(0x80 - 'a'))));
}
#else
/* The same mask a byte at a time, for word_run() where SSE2 is not. */
static inline unsigned lower_mask16(const unsigned char *p) {
  unsigned m = 0;
  for (unsigned i = 0; i < 16; i++)
    m |= (unsigned)((unsigned)(p[i] - 'a') < 26u) << i;
  return m;
}
#endif

/* End of the run of lowercase letters (latin_case) starting at b; *ncp
** grows by its length in code points. ASCII letters go sixteen at a time
** where SSE2 is there (every x86-64: one load, add, compare and movemask),
** else eight; code points are the bytes less the extra bytes of two-byte
** letters. Inlined in its two callers, the loops over words. */
static ALWAYS_INLINE uint32_t lower_run(const unsigned char *s, uint32_t b,
                                        uint32_t n, uint32_t *ncp) {
  uint32_t start = b, extra = 0;
  for (;;) {
#if defined(__SSE2__)
    if (b + 16 <= n) {
      /* sixteen at a time */
      unsigned stop = 0xFFFFu & ~lower_mask16(s + b);
      if (!stop) {
        b += 16;
        continue;
      }
      b += (uint32_t)__builtin_ctz(stop);
    } else
#endif
        if (b + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + b, 8);
      uint64_t stop = ~lower_lanes(w) & LANES_HIGH;
      if (!stop) {
        b += 8;
        continue;
      }
      b += first_lane(stop);
    } else {
      while (b < n && (unsigned)(s[b] - 'a') < 26u)
        b++;
    }
    if (b < n && s[b] >= 0x80 && latin_lower2(s[b], s[b + 1])) {
      b += 2; /* a two-byte letter: one code point */
      extra += 1;
      continue;
    }
    *ncp += b - start - extra;
    return b;
  }
}

/* The initialiser of a table of the 256 bytes' values F(0x00) ...
** F(0xFF), from a macro F of one byte: the tables below turn a chain of
** byte tests into one load, and F states the tests once, as a reader
** checks them. */
#define BYTE_TABLE4(F, x) F(x), F((x) + 1), F((x) + 2), F((x) + 3)
#define BYTE_TABLE16(F, x)                                                     \
  BYTE_TABLE4(F, x), BYTE_TABLE4(F, (x) + 4), BYTE_TABLE4(F, (x) + 8),         \
      BYTE_TABLE4(F, (x) + 12)
#define BYTE_TABLE(F)                                                          \
  {                                                                            \
    BYTE_TABLE16(F, 0x00), BYTE_TABLE16(F, 0x10), BYTE_TABLE16(F, 0x20),       \
        BYTE_TABLE16(F, 0x30), BYTE_TABLE16(F, 0x40), BYTE_TABLE16(F, 0x50),   \
        BYTE_TABLE16(F, 0x60), BYTE_TABLE16(F, 0x70), BYTE_TABLE16(F, 0x80),   \
        BYTE_TABLE16(F, 0x90), BYTE_TABLE16(F, 0xA0), BYTE_TABLE16(F, 0xB0),   \
        BYTE_TABLE16(F, 0xC0), BYTE_TABLE16(F, 0xD0), BYTE_TABLE16(F, 0xE0),   \
        BYTE_TABLE16(F, 0xF0)                                                  \
  }

/* A byte after which scan_word would stop with nothing more to decide:
** ASCII white space, punctuation but '.', symbols: every ASCII byte
** whose ascii_class[] is K_SPACE, K_NL, K_PUNCT or K_OTHER, that is all
** but letters, digits, ' and - (and '.'). A table of the 256 bytes, one
** load: tested as a space first, then by class, the byte after a word
** cost a branch that mispredicts at each comma (tests/unit/test_segment.c
** checks the table against ascii_class[]). */
#define PLAIN_END(x)                                                           \
  ((x) < 0x80 && !((x) >= '0' && (x) <= '9') &&                                \
   !(((x) | 0x20) >= 'a' && ((x) | 0x20) <= 'z') && (x) != '\'' &&             \
   (x) != '-' && (x) != '.')
static const unsigned char plain_end[256] = BYTE_TABLE(PLAIN_END);
#undef PLAIN_END

static inline int plain_word_end(unsigned x) {
  return plain_end[x & 0xFF];
}

static int roman_ordinal(const seg *g, uint32_t b0, uint32_t b1);

/* Can a Roman ordinal start with byte x? (saves a call per capital) Only
** capitals pass, so the callers need not test the word's case first. */
static inline int roman_first(unsigned x) {
  return x == 'I' || x == 'V' || x == 'X';
}

/* Does a '.' at e end the plain word b0..e, outside the token? Yes before
** another '.' (an ellipsis), no after a single capital (initials), else
** unless the word is an abbreviation: the cases scan_word() decides. */
static int dot_after_plain_word(const seg *g, uint32_t b0, uint32_t e,
                                int single_capital) {
  int value;
  if (e + 1 < g->n && g->s[e + 1] == '.') return 1;
  return !single_capital && !abbrev_at(g, b0, e, &value);
}

/* The byte after an apostrophe at b, straight (') or typographic (’,
** U+2019: E2 80 99), or 0 where there is none: the two ways an elision
** is written. */
static ALWAYS_INLINE uint32_t after_apostrophe(const unsigned char *s,
                                               uint32_t b) {
  if (s[b] == '\'') return b + 1;
  if (s[b] == 0xE2 && s[b + 1] == 0x80 && s[b + 2] == 0x99) return b + 3;
  return 0;
}

/* An elision at b0..b, where an apostrophe (' or ’) is at b: "l’",
** "qu'", "L'", as scan_word() decides them. The end of the token with its
** apostrophe, or 0 when scan_word() must decide. */
static uint32_t plain_elision(const seg *g, uint32_t b0, uint32_t b) {
  const unsigned char *s = g->s;
  uint32_t cp, a = after_apostrophe(s, b);
  int len;
  if (!a) return 0;
  if (!is_letter(cls_at(g, a, &cp, &len))) return 0;
  const presse_lex_entry *el = find_lower(&lex_elisions, s + b0, b - b0);
  if (!el || (el->value == 2 && capitalised_at(g, a))) return 0;
  return a;
}

/* plain_elision() of a word of one lowercase ASCII letter at b (l' d' n'
** s', most elisions), its list entry found by lex_elisions.letter[]
** without a call: an apostrophe and an ASCII letter after it settle it;
** a non-ASCII letter, or a capital after an entry of value 2 (N'Golo),
** goes to plain_elision(). */
static ALWAYS_INLINE uint32_t letter_elision(const seg *g, uint32_t b,
                                             uint32_t e) {
  const unsigned char *s = g->s;
  uint32_t i = lex_elisions.letter[s[b] - 'a'];
  if (!i) return 0;
  uint32_t a = after_apostrophe(s, e);
  if (!a || a >= g->n) return 0;
  unsigned z = s[a];
  if (z >= 0x80 || (lex_elisions.e[i - 1].value == 2 && z - 'A' < 26u))
    return plain_elision(g, b, e);
  return (z | 0x20) - 'a' < 26u ? a : 0;
}

/* "ministre", "Président", "CEDEAO", "A" ended by the end of the text,
** plain_word_end(), a '.' that is not theirs, or an elision's apostrophe.
** Fills t as scan_word() would and returns 1, else 0: a case change
** (which may be glue), "ABCdef", abbreviations and initials, inner
** apostrophes, hyphens, digits, marks or letters of other scripts. */
static ALWAYS_INLINE int fast_word(const seg *g, tok *t) {
  const unsigned char *s = g->s;
  uint32_t b = t->b0, n = g->n, ncp = 1;
  int len, k, first, last, allcaps = 0;
#if defined(__SSE2__)
  /* An ASCII letter, then up to fourteen ASCII lowercase ones and a space
  ** or a mark that ends a word (plain_word_end()): "Le ", "Paris,",
  ** "homme " after an elision. One load and a mask of the lowercase
  ** letters find its end; the rest goes the general way below. */
  if (b + 17 <= n && (unsigned)((s[b] | 0x20) - 'a') < 26u) {
    unsigned low = lower_mask16(s + b + 1);
    uint32_t e = 1 + (uint32_t)__builtin_ctz(~low); /* 2..17 */
    if (e < 16 && e > 1 && plain_word_end(s[b + e])) {
      unsigned upper = s[b] < 'a' ? PRESSE_TF_UPPER : 0;
      t->kind = PRESSE_TOK_WORD;
      t->starter = upper != 0;
      t->b1 = b + e;
      t->c1 = t->c0 + e;
      t->flags = upper;
      /* a capital I, V or X: no test of upper, which is random where
      ** roman_first() is almost never true */
      if (roman_first(s[b]) && roman_ordinal(g, b, b + e))
        t->kind = PRESSE_TOK_NUMBER;
      t->low_end = 1;
      return 1;
    }
    if (e > 1) {
      /* a letter and e - 1 lowercase ones: what the general way below
      ** would find first, and where its lower_run() goes on from */
      first = s[b] < 'a' ? K_UPPER : K_LOWER;
      last = K_LOWER;
      ncp = e;
      b = lower_run(s, b + e, n, &ncp);
      goto ends;
    }
  }
#endif
  first = latin_case(s, b, n, &len), last = first;
  if (!first) return 0;
  b += (uint32_t)len;
  if (first == K_UPPER && latin_case(s, b, n, &len) == K_UPPER) {
    do {
      b += (uint32_t)len;
      ncp++;
    } while ((k = latin_case(s, b, n, &len)) == K_UPPER);
    if (k == K_LOWER) return 0;
    allcaps = 1;
  } else {
    uint32_t e = lower_run(s, b, n, &ncp);
    if (e > b) last = K_LOWER;
    b = e;
  }
#if defined(__SSE2__)
ends:;
#endif
  unsigned upper = first == K_UPPER ? PRESSE_TF_UPPER : 0;
  t->kind = PRESSE_TOK_WORD;
  t->starter = first == K_UPPER;
  if (b < n && !plain_word_end(s[b])) {
    uint32_t a;
    if (s[b] == '.') {
      if (!dot_after_plain_word(g, t->b0, b, upper && ncp == 1)) return 0;
    } else if ((a = plain_elision(g, t->b0, b))) {
      t->b1 = a;
      t->c1 = t->c0 + ncp + 1;
      t->flags = upper | PRESSE_TF_ELISION;
      t->low_end = 0;
      return 1;
    } else
      return 0;
  }
  t->b1 = b;
  t->c1 = t->c0 + ncp;
  t->flags = upper | (allcaps ? PRESSE_TF_ALLCAPS : 0);
  if (roman_first(s[t->b0]) && roman_ordinal(g, t->b0, b)) /* implies upper */
    t->kind = PRESSE_TOK_NUMBER;
  t->low_end = last == K_LOWER;
  return 1;
}

static void scan_word(seg *g, tok *t) {
  const unsigned char *s = g->s;
  uint32_t b = t->b0, c = t->c0, cp, last_part = 0;
  int len, k;
  int upper = 0, lower = 0, letters = 0, digits = 0, hyphens = 0, apos = 0;
  int glue = 1, nleft = 0, veto = 0, lastk = K_END, acronym = 0;
  unsigned flags = 0;

  k = cls_at(g, b, &cp, &len);
  if (k == K_UPPER) flags |= PRESSE_TF_UPPER;
  for (;;) {
    /* Fast path: runs of lowercase letters, ASCII or Latin-1 (é è à ç:
    ** C3 A0..BF but for ÷), most of the text. Valid UTF-8 guarantees the
    ** byte after C3. */
    {
      uint32_t q = b, qc = c;
      while (q < g->n) {
        unsigned x = s[q];
        if (x - 'a' < 26u)
          q++, qc++;
        else if (x == 0xC3 && s[q + 1] >= 0xA0 && s[q + 1] != 0xB7)
          q += 2, qc++;
        else
          break;
      }
      if (q > b) {
        int r = (int)(qc - c);
        lower += r;
        letters += r;
        nleft += r;
        c = qc;
        b = q;
        lastk = K_LOWER;
        continue;
      }
    }
    k = cls_at(g, b, &cp, &len);
    if (k == K_LOWER) {
      lower++;
      letters++;
      nleft++;
    } else if (k == K_UPPER) {
      if (glue && nleft >= 3 && !veto && glue_split(g, t->b0, b, len, &veto)) {
        t->glue_next = 1;
        break;
      }
      if (letters) glue = 0;
      upper++;
      letters++;
      nleft++;
    } else if (k == K_LETTER) {
      letters++;
      glue = 0;
    } else if (k == K_MARK) {
      /* combining accents keep the glue state */
    } else if (k == K_DIGIT) {
      digits++;
      glue = 0;
    } else if (k == K_ZW) {
      /* Inside the word only when a word character follows the run. */
      uint32_t q = b, qc = c, ncp;
      int nlen, nk, soft = 0;
      while ((nk = cls_at(g, q, &ncp, &nlen)) == K_ZW) {
        soft |= ncp == 0xAD;
        q += (uint32_t)nlen;
        qc++;
      }
      if (!is_letter(nk) && nk != K_MARK && nk != K_DIGIT) break;
      if (soft) flags |= PRESSE_TF_SOFT_HYPHEN;
      b = q;
      c = qc;
      glue = 0;
      continue;
    } else if (k == K_APOS) {
      uint32_t ncp;
      int nlen;
      if (!is_letter(cls_at(g, b + (uint32_t)len, &ncp, &nlen))) break;
      const presse_lex_entry *el;
      if (!hyphens && !apos &&
          (el = find_lower(&lex_elisions, s + t->b0, b - t->b0)) &&
          !(el->value == 2 && capitalised_at(g, b + (uint32_t)len))) {
        b += (uint32_t)len;
        c++;
        flags |= PRESSE_TF_ELISION;
        lastk = K_APOS;
        goto done;
      }
      apos = 1;
      glue = 0;
    } else if (k == K_HYPHEN) {
      uint32_t ncp;
      int nlen, nk = cls_at(g, b + (uint32_t)len, &ncp, &nlen);
      if (!is_letter(nk) && nk != K_DIGIT) break;
      hyphens++;
      glue = 0;
      last_part = b + (uint32_t)len;
    } else
      break;
    lastk = k;
    b += (uint32_t)len;
    c++;
  }

  /* Abbreviations and initials take their final dot, unless it starts an
  ** ellipsis ("etc..." is "etc" + "..."). */
  if (b < g->n && !apos &&
      ((s[b] == '.' && !(b + 1 < g->n && s[b + 1] == '.')) ||
       (s[b] == 0xC2 && b + 1 < g->n && s[b + 1] == 0xB0))) {
    int value = 0;
    uint32_t e = abbrev_at(g, t->b0, b, &value);
    if (!e && s[b] == '.' && letters == 1 && upper == 1 && !digits &&
        !hyphens && !(t->b0 && digit_at(g, t->b0 - 1))) {
      e = acronym_at(g, b);
      /* "J.R.R. Tolkien" goes on; "aux U.S.A. Le président" may end. */
      if (e)
        value = initial_follows(g, e) ? 1 : 2, acronym = 1;
      else if (initial_follows(g, b + 1)) {
        e = b + 1;
        flags |= PRESSE_TF_INITIAL;
      }
    }
    if (e) {
      if (!(flags & PRESSE_TF_INITIAL)) {
        flags |= PRESSE_TF_ABBREV;
        t->term = value == 2;
      }
      c += (uint32_t)presse_utf8_count((const char *)s + b, e - b);
      b = e;
      lastk = K_PUNCT;
    }
  }

done:
  t->b1 = b;
  t->c1 = c;
  t->kind = PRESSE_TOK_WORD;
  if (hyphens) {
    flags |= PRESSE_TF_HYPHEN;
    const presse_lex_entry *x =
        find_lower(&lex_inversions, s + t->b0, b - t->b0);
    if (!(x && x->value == 0)) {
      x = lex_get(&lex_inversions, s + last_part, b - last_part);
      if (x && x->value == 1) flags |= PRESSE_TF_INVERTED;
    }
  }
  if (!lower && upper && (letters >= 2 || digits || acronym) &&
      (acronym ||
       !(flags & (PRESSE_TF_INITIAL | PRESSE_TF_ELISION | PRESSE_TF_ABBREV))))
    flags |= PRESSE_TF_ALLCAPS;
  if (!hyphens && !apos && (flags & PRESSE_TF_UPPER) &&
      !(flags & (PRESSE_TF_ABBREV | PRESSE_TF_INITIAL | PRESSE_TF_ELISION)) &&
      roman_ordinal(g, t->b0, b))
    t->kind = PRESSE_TOK_NUMBER;
  t->flags = flags;
  t->starter = (flags & PRESSE_TF_UPPER) || t->kind == PRESSE_TOK_NUMBER;
  t->low_end = lastk == K_LOWER;
}

/* ------------------------------------------------------------- numbers */

/* Byte length of a thousands separator at q: space, NBSP, narrow NBSP,
** thin space; 0 otherwise. */
static int group_sep(const seg *g, uint32_t q) {
  const unsigned char *s = g->s;
  if (q >= g->n) return 0;
  if (s[q] == ' ') return 1;
  if (s[q] == 0xC2 && q + 1 < g->n && s[q + 1] == 0xA0) return 2;
  if (s[q] == 0xE2 && q + 2 < g->n && s[q + 1] == 0x80 &&
      (s[q + 2] == 0xAF || s[q + 2] == 0x89))
    return 3;
  return 0;
}

static void scan_number(seg *g, tok *t) {
  const unsigned char *s = g->s;
  uint32_t b = t->b0, c = t->c0, cp;
  int len, group = 0, decimal = 0, grouped = 0;
  while (digit_at(g, b))
    b++, c++, group++;
  for (;;) {
    /* 2,5 3.5 11.11.21 14/03/2024: separators between digits */
    if (b + 1 < g->n && (s[b] == '.' || s[b] == ',' || s[b] == '/') &&
        digit_at(g, b + 1)) {
      b++, c++;
      while (digit_at(g, b))
        b++, c++;
      decimal = 1;
      continue;
    }
    int sl;
    if (!decimal && group <= 3 && (sl = group_sep(g, b)) &&
        digit_at(g, b + sl) && digit_at(g, b + sl + 1) &&
        digit_at(g, b + sl + 2) && !digit_at(g, b + sl + 3)) {
      b += (uint32_t)sl + 3;
      c += 4;
      grouped = 1;
      group = 3;
      continue;
    }
    break;
  }
  (void)grouped;
  /* Hours: 7h44, 10h, 14H30 (not "14H": a capital H alone is a unit). */
  if (b < g->n && (s[b] == 'h' || s[b] == 'H')) {
    uint32_t q = b + 1;
    int nd = 0;
    while (nd < 2 && digit_at(g, q))
      q++, nd++;
    int k = cls_at(g, q, &cp, &len);
    if ((nd == 2 || (nd == 0 && s[b] == 'h')) && !is_letter(k) &&
        k != K_DIGIT && k != K_MARK) {
      c += q - b;
      b = q;
    }
  } else {
    /* Ordinals: 1er, 2e, 3ème, 2nde, 1ᵉʳ (modifier letters). */
    uint32_t q = b, qc = c;
    int k;
    while (((k = cls_at(g, q, &cp, &len)) == K_LOWER || k == K_LETTER) &&
           q - b < 8) {
      q += (uint32_t)len;
      qc++;
    }
    if (q > b && !is_letter(k) && k != K_MARK && k != K_DIGIT &&
        lex_get(&lex_ordinals, s + b, q - b)) {
      b = q;
      c = qc;
    }
  }
  t->b1 = b;
  t->c1 = c;
  t->kind = PRESSE_TOK_NUMBER;
  t->flags = 0;
  t->starter = 1;
  t->low_end = 1;
}

/* ------------------------------------------------------- URLs, e-mails */

static int prefix_ci(const seg *g, uint32_t b, const char *p) {
  size_t n = strlen(p);
  if (g->n - b < n) return 0;
  for (size_t i = 0; i < n; i++)
    if ((g->s[b + i] | 0x20) != (unsigned char)p[i]) return 0;
  return 1;
}

/* Can a URL start with byte x (http://, https://, www.)? */
static inline int url_first(unsigned x) {
  return (x | 0x20) == 'h' || (x | 0x20) == 'w';
}

/* A URL runs to the next white space or quotation mark; trailing
** punctuation (and an unbalanced closing parenthesis) is left out. */
static int scan_url(seg *g, tok *t) {
  uint32_t b = t->b0, cp, start;
  int len, k;
  unsigned first = g->s[b] | 0x20;
  if (first != 'h' && first != 'w') return 0;
  if (prefix_ci(g, b, "http://"))
    start = b + 7;
  else if (prefix_ci(g, b, "https://"))
    start = b + 8;
  else if (prefix_ci(g, b, "www."))
    start = b + 4;
  else
    return 0;
  if (start >= g->n || !is_ascii_alnum(g->s[start])) return 0;
  uint32_t q = start;
  int parens = 0;
  for (;;) {
    k = cls_at(g, q, &cp, &len);
    if (k == K_END || k == K_SPACE || k == K_NL) break;
    if (cp == '"' || cp == '<' || cp == '>' || cp == 0xAB || cp == 0xBB ||
        cp == 0x201C || cp == 0x201D || cp == 0x2039 || cp == 0x203A)
      break;
    if (cp == '(') parens++;
    if (cp == ')') parens--;
    q += (uint32_t)len;
  }
  /* Trim trailing punctuation. */
  while (q > start) {
    uint32_t p = q - 1;
    while (p > start && (g->s[p] & 0xC0) == 0x80)
      p--;
    cp = dec(g->s, p, &len);
    if (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
        cp == '?' || cp == '\'' || cp == 0x2019 || cp == ']' ||
        (cp == ')' && parens < 0)) {
      if (cp == ')') parens++;
      q = p;
    } else
      break;
  }
  t->b1 = q;
  t->c1 = t->c0 + (uint32_t)presse_utf8_count((const char *)g->s + b, q - b);
  t->kind = PRESSE_TOK_URL;
  t->flags = 0;
  t->low_end = 0;
  return 1;
}

static int email_local(unsigned c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

/* Could scan_email() succeed at b? It returns at once when a failed scan
** covers b (b < email_fail), or when the next '@' is absent or more than
** 64 bytes ahead. Both bounds are folded into email_from whenever they
** change, so that the test costs one comparison per token. (An '@' that
** lies before b means scan_email() must look for the next one: b is then
** past email_from too.) */
static void email_bound(seg *g) {
  uint32_t near = g->next_at > 64 ? g->next_at - 64 : 0;
  g->email_from = g->next_at >= g->n     ? UINT32_MAX
                  : near > g->email_fail ? near
                                         : g->email_fail;
}

static inline int email_possible(const seg *g, uint32_t b) {
  return b >= g->email_from;
}

/* local@domain.tld. Only tried when an '@' lies within 64 bytes; a failed
** scan covers every start before the byte where it stopped. */
static int scan_email(seg *g, tok *t) {
  const unsigned char *s = g->s;
  uint32_t b = t->b0;
  if (b < g->email_fail) return 0;
  if (g->next_at < b) {
    const void *at = memchr(s + b, '@', g->n - b);
    g->next_at = at ? (uint32_t)((const unsigned char *)at - s) : g->n;
    email_bound(g);
  }
  if (g->next_at >= g->n || g->next_at - b > 64) return 0;
  uint32_t q = b;
  while (q < g->n && email_local(s[q]))
    q++;
  if (q != g->next_at) {
    g->email_fail = q;
    email_bound(g);
    return 0;
  }
  /* Domain: labels of [A-Za-z0-9-] separated by single dots. */
  uint32_t d = q + 1, end = 0;
  int labels = 0, lastlen = 0, alpha_tld = 0;
  while (d < g->n && d - q < 255) {
    uint32_t l0 = d;
    int alpha = 1;
    while (d < g->n && (is_ascii_alnum(s[d]) || s[d] == '-')) {
      if (!((s[d] | 0x20) >= 'a' && (s[d] | 0x20) <= 'z')) alpha = 0;
      d++;
    }
    if (d == l0) break;
    labels++;
    lastlen = (int)(d - l0);
    alpha_tld = alpha;
    end = d;
    if (d + 1 < g->n && s[d] == '.' && is_ascii_alnum(s[d + 1]))
      d++;
    else
      break;
  }
  if (labels < 2 || lastlen < 2 || !alpha_tld) {
    g->email_fail = q + 1;
    email_bound(g);
    return 0;
  }
  t->b1 = end;
  t->c1 = t->c0 + (end - b); /* all ASCII */
  t->kind = PRESSE_TOK_EMAIL;
  t->flags = 0;
  t->low_end = 0;
  return 1;
}

/* --------------------------------------------------------- punctuation */

static int is_dash_or_bullet(uint32_t cp) {
  switch (cp) {
  case '-':
  case '*':
  case 0x2013:
  case 0x2014:
  case 0x2015:
  case 0x2022:
  case 0xB7:
  case 0x25AA:
  case 0x25BA:
  case 0x25CF:
  case 0x2043:
  case 0x2212:
    return 1;
  }
  return 0;
}

/* Quotation marks: « ‹ „ always open, » › always close. " “ ” depend on
** the spaces around them: space (or start) before and none after opens;
** none before and space, punctuation or end after closes; otherwise the
** parity of that mark in the paragraph decides. “ and ” lean towards their
** usual direction and take the other only when the spacing says so and
** the parity agrees. */
static void scan_punct(seg *g, tok *t, uint32_t cp, int len, int before) {
  uint32_t b = t->b0 + (uint32_t)len, c = t->c0 + 1, ncp;
  int nlen;
  unsigned flags = 0;
  t->kind = PRESSE_TOK_PUNCT;
  if (cp == '.') {
    while (b < g->n && g->s[b] == '.')
      b++, c++;
    t->term = 1;
  } else if (cp == '!' || cp == '?' || cp == 0x2026) {
    t->term = 1;
  } else if (cp == 0xAB || cp == 0x2039 || cp == 0x201E) {
    flags |= PRESSE_TF_OPEN_QUOTE;
  } else if (cp == 0xBB || cp == 0x203A) {
    flags |= PRESSE_TF_CLOSE_QUOTE;
  } else if (cp == '"' || cp == 0x201C || cp == 0x201D) {
    int nk = cls_at(g, b, &ncp, &nlen);
    int after = nk == K_END || nk == K_SPACE || nk == K_NL || nk == K_PUNCT ||
                nk == K_APOS;
    int *open = cp == '"' ? &g->dq_open : &g->cq_open;
    int opening;
    if (before && !after)
      opening = 1;
    else if (!before && after)
      opening = 0;
    else
      opening = !*open;
    if (cp == 0x201C && !opening && !*open) opening = 1;
    if (cp == 0x201D && opening && *open) opening = 0;
    *open = opening;
    flags |= opening ? PRESSE_TF_OPEN_QUOTE : PRESSE_TF_CLOSE_QUOTE;
  } else if (cp == ')' || cp == ']') {
    t->closer = 1;
  }
  if (flags & PRESSE_TF_CLOSE_QUOTE) t->closer = 1;
  t->starter = (flags & PRESSE_TF_OPEN_QUOTE) || is_dash_or_bullet(cp);
  t->low_end = (flags & PRESSE_TF_CLOSE_QUOTE) || cp == ')';
  t->flags = flags;
  t->b1 = b;
  t->c1 = c;
}

/* , ; : or a run of dots at b: the token scan_punct() makes of them, with
** no quotation or bracket rule to apply. */
static ALWAYS_INLINE void plain_punct(const seg *g, tok *t, uint32_t b,
                                      uint32_t c) {
  uint32_t e = b + 1;
  if (g->s[b] == '.')
    while (e < g->n && g->s[e] == '.')
      e++;
  t->b0 = b;
  t->c0 = c;
  t->b1 = e;
  t->c1 = c + (e - b);
  t->kind = PRESSE_TOK_PUNCT;
  t->flags = 0;
  t->term = g->s[b] == '.';
  t->starter = t->closer = t->low_end = t->glue_next = 0;
}

/* ---------------------------------------------------------------- main */

/* Prose inside a sentence: words one space apart, an elision glued to the
** word after it, a , ; : or a final '.' glued to the word before it ("le
** gouvernement d'Alain Martin a annoncé, hier, que"). word_run() takes
** them in a loop of its own, after a token and one space or after an
** elision, emitting each token that the main loop would have made, with
** the flags and sentence state emit() would have given it, and hands back
** to the main loop, as if it had not been there, at anything else. */

/* How a byte may start a token of word_run(). */
enum {
  RUN_STOP = 0, /* anything else: the main loop decides */
  RUN_LOWER,    /* a..z but h and w */
  RUN_UPPER,    /* A..Z but H and W */
  RUN_HW,       /* h w H W, which may start a URL */
  RUN_LATIN,    /* C3 or C5, the lead bytes of a Latin-1 or œ letter */
  RUN_DIGIT,    /* 0..9 */
  RUN_MARK,     /* , ; : ( - %: marks with no rule of their own */
  RUN_C2        /* C2, the lead byte of « and » */
};
#define RUN_START(x)                                                           \
  ((x) >= 'a' && (x) <= 'z' ? ((x) == 'h' || (x) == 'w' ? RUN_HW : RUN_LOWER)  \
   : (x) >= 'A' && (x) <= 'Z'                                                  \
       ? ((x) == 'H' || (x) == 'W' ? RUN_HW : RUN_UPPER)                       \
   : (x) == 0xC3 || (x) == 0xC5 ? RUN_LATIN                                    \
   : (x) >= '0' && (x) <= '9'   ? RUN_DIGIT                                    \
   : (x) == ',' || (x) == ';' || (x) == ':' || (x) == '(' || (x) == '-' ||     \
           (x) == '%'                                                          \
       ? RUN_MARK                                                              \
   : (x) == 0xC2 ? RUN_C2                                                      \
                 : RUN_STOP)
static const unsigned char run_start[256] = BYTE_TABLE(RUN_START);
#undef RUN_START

/* word_run()'s steps push at most two tokens each, every token at least
** one byte of the text: from b, while the loop is below b + room - 1, the
** room left in the output array is two tokens or more. */
static inline uint32_t room_bound(uint32_t lim, uint32_t b, size_t room) {
  uint64_t r = (uint64_t)b + room - 1;
  return r < lim ? (uint32_t)r : lim;
}

/* One token of word_run(), its kind, flags and sentence as one 64-bit
** word (kind | flags << 16 | sent << 32: the layout of presse_token's
** last eight bytes, which memcpy() stores in one go). */
static ALWAYS_INLINE void run_push(presse_token *d, uint32_t b0, uint32_t b1,
                                   uint32_t c0, uint32_t c1, uint64_t tail) {
  d->b0 = b0;
  d->b1 = b1;
  d->c0 = c0;
  d->c1 = c1;
  memcpy(&d->kind, &tail, sizeof tail);
}

#define RUN_TAIL(kind, flags) ((uint64_t)(kind) | (uint64_t)(flags) << 16)

/* A token of word_run() starts a sentence: the sentence in the tails. */
static ALWAYS_INLINE void next_sentence(uint64_t *sent, uint64_t *word_sp) {
  *sent += (uint64_t)1 << 32;
  *word_sp += (uint64_t)1 << 32;
}

/* The tokens word_run() makes, from *pb (and code point *pc), space the
** white space just read: PRESSE_TF_SPACE_BEFORE after one space, 0 after
** an elision. The preconditions of every step, all of them exact:
**  - nothing pending, no newline since the last token: between two
**    tokens of the loop there is one space or none;
**  - no token of the loop ends a sentence but a '.', and none starts one:
**    a lowercase word never does, nor a capitalised one after one space
**    when the token before it ended none (emit(): last_term && starter),
**    nor a word after an elision (glue_term is 0 after a word);
**  - a word is a letter and lowercase ASCII or Latin-1 letters, ended by
**    a space or a mark that ends words (plain_word_end()), by an elision
**    apostrophe, or by a '.' that is not its own (dot_after_plain_word()):
**    what fast_word() takes, with the same flags;
**  - b + 17 <= n for the sixteen-byte loads; no e-mail can start at b;
**    room for two tokens. lim folds the three bounds into one test.
** At the end, st is left as emit() would have left it after the last
** token. */
static ALWAYS_INLINE int word_run(seg *g, flow *st, uint32_t *pb, uint32_t *pc,
                                  unsigned space) {
  const unsigned char *s = g->s;
  const uint32_t n = g->n;
  uint32_t b = *pb, c = *pc;
  presse_tokens *o = g->out;
  /* the next token's slot: a cursor rather than an index */
  presse_token *d = o->tok + o->n, *const d0 = d;
  uint64_t sent = (uint64_t)st->sent << 32;
  uint64_t word_sp = sent | RUN_TAIL(PRESSE_TOK_WORD, PRESSE_TF_SPACE_BEFORE);
  const uint32_t text_lim = n > 16 ? n - 16 : 0;
  const uint32_t lim0 = text_lim < g->email_from ? text_lim : g->email_from;
  uint32_t lim = room_bound(lim0, b, o->cap - o->n);
  /* Where the last token that ended a sentence ends: a capital one space
  ** after it starts the next sentence. */
  uint32_t term_end = st->last_term ? b - 1 : UINT32_MAX;
  int rc = PRESSE_OK;
  unsigned x, upper, kind, start, y, low;
  uint32_t e, ncp;
  if (!space) goto glued_step;
  for (;;) {
    /* after one space */
    if (b >= lim) {
    refill:
      if (b >= lim0) break;
      o->n = (size_t)(d - o->tok);
      rc = reserve_out(g, 2);
      if (rc) break;
      d = o->tok + o->n;
      lim = room_bound(lim0, b, o->cap - o->n);
      if (!space) goto glued;
    }
    /* most words: lowercase ASCII and a space, in a loop of their own
    ** (gcc gives an inner loop's variables the registers first) */
    while (run_start[s[b]] == RUN_LOWER) {
      e = (uint32_t)__builtin_ctz(~lower_mask16(s + b)); /* 1..16 */
      if (s[b + e] != ' ') goto lower_end;
      run_push(d++, b, b + e, c, c + e, word_sp);
      b += e + 1;
      c += e + 1;
      if (b >= lim) goto refill;
    }
    x = s[b];
    start = run_start[x];
    if (start == RUN_LOWER) {
    lower:
      e = (uint32_t)__builtin_ctz(~lower_mask16(s + b)); /* 1..16 */
      if (s[b + e] == ' ') {
        run_push(d++, b, b + e, c, c + e, word_sp);
        b += e + 1;
        c += e + 1;
        continue;
      }
    lower_end:
      upper = 0;
      ncp = e;
      e += b;
      /* lower_run() goes on after sixteen letters, or at an accent: an
      ** ASCII byte that ends the window's run ends the word */
      if (ncp == 16 || s[e] >= 0x80) e = lower_run(s, e, n, &ncp);
    } else if (start == RUN_UPPER) {
    capital:
      /* fast_word()'s first step: a capital and lowercase ASCII letters */
      e = 1 + (uint32_t)__builtin_ctz(~lower_mask16(s + b + 1)); /* 1..17 */
      if (e == 1) break;
      /* emit(): after one space, a capital starts a sentence when the
      ** token before it ended one */
      upper = b - 1 == term_end ? PRESSE_TF_UPPER | PRESSE_TF_SENT_START
                                : PRESSE_TF_UPPER;
      ncp = e;
      e += b;
      if (ncp == 17 || s[e] >= 0x80) e = lower_run(s, e, n, &ncp);
    } else if (start == RUN_HW) {
      /* scan_url() needs http:// https:// or www. */
      if ((s[b + 1] | 0x20) == ((x | 0x20) == 'h' ? 't' : 'w')) break;
      if (x >= 'a') goto lower;
      goto capital;
    } else if (start == RUN_LATIN) {
      if (!latin_lower2(x, s[b + 1])) break;
      upper = 0;
      ncp = 1;
      e = lower_run(s, b + 2, n, &ncp);
    } else if (start == RUN_DIGIT) {
      /* digits that scan_number() takes alone: not before a separator
      ** and a digit (1 000, 2,5, 14/03/2024), an h (7h44) or letters (1er,
      ** 100km), only before a space or , ; : . not followed by a digit */
      e = b + 1;
      while (e < n && (unsigned)(s[e] - '0') < 10u)
        e++;
      y = e < n ? s[e] : 0;
      if (!(y == ' ' || y == ',' || y == ';' || y == ':' || y == '.') ||
          (e + 1 < n && (unsigned)(s[e + 1] - '0') < 10u))
        break;
      /* a number starts a sentence as a capital does (emit(): starter) */
      upper = b - 1 == term_end ? PRESSE_TF_SENT_START : 0;
      if (upper) next_sentence(&sent, &word_sp);
      run_push(d++, b, e, c, c + (e - b),
               sent | RUN_TAIL(PRESSE_TOK_NUMBER, upper | space));
      c += e - b;
      b = e;
      low = 1;
      goto after;
    } else if (start == RUN_MARK || start == RUN_C2) {
      /* a mark after a space: scan_punct()'s token (or, for %, the symbol
      ** path's: the byte after is ASCII, no combining mark), with emit()'s
      ** flags. An opening quote or a dash may start a sentence. */
      unsigned tail;
      e = b + 1;
      if (x == 0xC2) {
        e = b + 2;
        if (s[b + 1] == 0xAB)
          tail = PRESSE_TF_OPEN_QUOTE;
        else if (s[b + 1] == 0xBB) {
          tail = PRESSE_TF_CLOSE_QUOTE;
          if (term_end == b - 1) term_end = e; /* a closer keeps last_term */
        } else
          break;
      } else
        tail = 0;
      if (x == '-' || tail == PRESSE_TF_OPEN_QUOTE) {
        if (b - 1 == term_end) {
          next_sentence(&sent, &word_sp);
          tail |= PRESSE_TF_SENT_START;
        }
      } else if (x == '%' && s[e] >= 0x80)
        break;
      run_push(d++, b, e, c, c + 1,
               sent | RUN_TAIL(x == '%' ? PRESSE_TOK_SYMBOL : PRESSE_TOK_PUNCT,
                               tail | space));
      c++;
      b = e;
      y = s[b];
      /* an opening bracket or quote glued to the word it opens: no
      ** sentence break there (glue_term is 0 after them) */
      if (y != ' ' && (x == '(' || tail & PRESSE_TF_OPEN_QUOTE)) {
        space = 0;
        goto glued_step;
      }
      low = tail == PRESSE_TF_CLOSE_QUOTE;
      goto after;
    } else
      break;
  word:
    /* the word b..e, of ncp code points */
    kind = PRESSE_TOK_WORD;
    y = e < n ? s[e] : 0; /* the end of the text ends a word too */
    if (!plain_word_end(y)) {
      uint32_t a;
      if (y == '.') {
        if (!dot_after_plain_word(g, b, e, 0)) break;
      } else if ((a = e - b == 1 ? letter_elision(g, b, e)
                                 : plain_elision(g, b, e))) {
        /* (a word of one byte is a lowercase ASCII letter here: a
        ** capital or a Latin-1 letter starts a word of two or more) */
        if (upper & PRESSE_TF_SENT_START) next_sentence(&sent, &word_sp);
        run_push(d++, b, a, c, c + ncp + 1,
                 sent | RUN_TAIL(kind, upper | PRESSE_TF_ELISION | space));
        b = a;
        c += ncp + 1;
        space = 0;
      glued_step:
        if (b >= lim) goto refill;
      glued:
        /* the word after an elision: no space before it, and no sentence
        ** break (glue_term is 0 after a word) */
        x = s[b];
        start = run_start[x];
        if (start == RUN_HW) {
          if ((s[b + 1] | 0x20) == ((x | 0x20) == 'h' ? 't' : 'w')) break;
          start = x >= 'a' ? RUN_LOWER : RUN_UPPER;
        }
        if (start == RUN_LOWER) {
          upper = 0;
          ncp = 0;
          e = lower_run(s, b, n, &ncp);
        } else if (start == RUN_UPPER) {
          e = 1 + (uint32_t)__builtin_ctz(~lower_mask16(s + b + 1));
          if (e == 1) break;
          upper = PRESSE_TF_UPPER;
          ncp = e;
          e = lower_run(s, b + e, n, &ncp);
        } else if (start == RUN_LATIN) {
          if (!latin_lower2(x, s[b + 1])) break;
          upper = 0;
          ncp = 1;
          e = lower_run(s, b + 2, n, &ncp);
        } else
          break;
        goto word;
      } else
        break;
    }
    if (upper) {
      /* a capital I, V or X: fast_word()'s test, after the elision's */
      if (roman_first(s[b]) && roman_ordinal(g, b, e)) kind = PRESSE_TOK_NUMBER;
      if (upper & PRESSE_TF_SENT_START) next_sentence(&sent, &word_sp);
    }
    run_push(d++, b, e, c, c + ncp, sent | RUN_TAIL(kind, upper | space));
    b = e;
    c += ncp;
    low = 1;
  after:
    /* y, the byte at b, follows the token just pushed: a space, or marks
    ** glued to it (each checked against lim: room for its token). low is
    ** that token's low_end: a '.' after it is left to the main loop when
    ** 0 (emit(): glue_term), so that a '.' of the loop always has it. */
    while (y != ' ') {
      space = 0;
      if (b >= lim) goto out;
      unsigned tail = 0;
      e = b + 1;
      if (y == ',' || y == ';' || y == ':' || y == '.') {
        /* plain_punct(): the mark, or the run of dots */
        if (y == '.') {
          if (!low) goto out;
          while (e < n && s[e] == '.')
            e++;
          term_end = e;
        }
        low = 0;
      } else if (y == ')' || (y == 0xC2 && s[b + 1] == 0xBB)) {
        /* a closer: last_term goes on through it */
        if (y == 0xC2) {
          e = b + 2;
          tail = PRESSE_TF_CLOSE_QUOTE;
        }
        if (term_end == b) term_end = e;
        low = 1;
      } else
        goto out;
      run_push(d++, b, e, c, c + (y == 0xC2 ? 1 : e - b),
               sent | RUN_TAIL(PRESSE_TOK_PUNCT, tail));
      c += y == 0xC2 ? 1 : e - b;
      b = e;
      y = b < n ? s[b] : 0;
    }
    b++;
    c++;
    space = PRESSE_TF_SPACE_BEFORE;
  }
out:
  o->n = (size_t)(d - o->tok);
  if (d != d0) {
    /* what emit() leaves after the last token */
    const presse_token *last = d - 1;
    int term = last->b1 == term_end;
    int closer = (last->flags & PRESSE_TF_CLOSE_QUOTE) ||
                 (last->kind == PRESSE_TOK_PUNCT && s[last->b0] == ')');
    st->last_term = term;
    st->glue_term = term && !closer;
    st->low_end = closer || (last->kind != PRESSE_TOK_PUNCT &&
                             last->kind != PRESSE_TOK_SYMBOL &&
                             !(last->flags & PRESSE_TF_ELISION));
    st->prev_kind = last->kind;
    st->prev_flags = last->flags;
  }
  st->sent = (uint32_t)(sent >> 32);
  st->sp = space != 0;
  *pb = b;
  *pc = c;
  return rc;
}

/* Is text[0..n) valid UTF-8? presse_utf8_invalid_at() checks ASCII eight
** bytes at a time and the two- and three-byte sequences of French in
** place. */
static int valid_utf8(const unsigned char *s, size_t n) {
  return presse_utf8_invalid_at((const char *)s, n) == n;
}

int presse_segment(const char *text, size_t n, presse_tokens *out) {
  if (!out->mem) out->mem = &presse_mem_libc;
  out->n = 0;
  out->nsent = 0;
  if (n > UINT32_MAX) return PRESSE_ETOOBIG;
  if (n && !text) return PRESSE_EINVAL;
  if (!valid_utf8((const unsigned char *)text, n)) return PRESSE_EUTF8;
  return presse_segment_valid(text, n, out);
}

/* Is b a lowercase letter (ASCII, or Latin-1 C3 A0..BF but for the sign
** of division) starting at s[b]? */
static int lower_byte_at(const unsigned char *s, size_t n, size_t b) {
  return b < n &&
         ((s[b] >= 'a' && s[b] <= 'z') ||
          (s[b] == 0xC3 && b + 1 < n && s[b + 1] >= 0xA0 && s[b + 1] != 0xB7));
}

/* Do the lines of text wrap its paragraphs, as in a scanned newspaper or
** a text file cut at a fixed width ("le sieur Jean\nDupont, de la\nville")?
** Such a text has many single newlines between a lowercase word or a
** comma and a lowercase word: at least 3, and a quarter of its single
** newlines. Scraped news has its single newlines after headlines,
** datelines and list items, never inside a sentence. One memchr() pass.
** Returns the mean length of those lines in bytes (a line much shorter
** is a headline), or 0 when the lines do not wrap. */
static uint32_t wrapped_lines(const unsigned char *s, size_t n) {
  size_t singles = 0, soft = 0, len = 0, line0 = 0;
  const unsigned char *p = s, *end = s + n;
  while (p < end && (p = memchr(p, '\n', (size_t)(end - p)))) {
    size_t i = (size_t)(p - s), b0 = line0;
    p++;
    line0 = i + 1;
    if (i == 0 || i + 1 >= n || s[i + 1] == '\n' || s[i + 1] == '\r') continue;
    size_t a = i;
    while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t' || s[a - 1] == '\r'))
      a--;
    if (a == 0 || s[a - 1] == '\n') continue;
    singles++;
    size_t z = i + 1;
    while (z < n && (s[z] == ' ' || s[z] == '\t'))
      z++;
    unsigned char l = s[a - 1];
    int before = (l >= 'a' && l <= 'z') || l == ',' ||
                 (a >= 2 && s[a - 2] == 0xC3 && l >= 0xA0 && l != 0xB7);
    if (before && lower_byte_at(s, n, z)) soft++, len += i - b0;
  }
  return soft >= 3 && 4 * soft >= singles ? (uint32_t)(len / soft) : 0;
}

NO_SLP int presse_segment_valid(const char *text, size_t n,
                                presse_tokens *out) {
  if (!out->mem) out->mem = &presse_mem_libc;
  out->n = 0;
  out->nsent = 0;
  if (n > UINT32_MAX) return PRESSE_ETOOBIG;
  if (n && !text) return PRESSE_EINVAL;

  seg g;
  memset(&g, 0, sizeof g);
  flow fl;
  memset(&fl, 0, sizeof fl);
  fl.nl = 2;
  fl.sent = UINT32_MAX;
  g.s = (const unsigned char *)text;
  g.n = (uint32_t)n;
  g.out = out;
  g.mem = out->mem;
  const void *at = n ? memchr(text, '@', n) : NULL;
  g.next_at = at ? (uint32_t)((const char *)at - text) : g.n;
  email_bound(&g);
  g.camel_max = lex_camelcase.longest;
  g.abbrev_max = lex_abbreviations.longest;
  g.wrapped = wrapped_lines(g.s, n);

  /* About one token per 5.5 bytes of French news: reserve once. */
  size_t want = n / 5 + 16;
  if (out->cap < want && want <= SIZE_MAX / sizeof(presse_token)) {
    presse_token *p =
        g.mem->xRealloc(g.mem->ctx, out->tok, want * sizeof(presse_token));
    if (p) {
      out->tok = p;
      out->cap = want;
    }
  }

  /* s and end are locals so that they stay in registers: g's address
  ** goes to functions that are not inlined. */
  const unsigned char *s = g.s;
  const uint32_t end = g.n;
  uint32_t b = 0, c = 0, cp;
  unsigned space;
  int len, rc = PRESSE_OK;
  while (b < end) {
    if (s[b] == ' ') {
      fl.sp = 1;
      b++;
      c++;
      continue;
    }
    /* cls_at() without its test of the end: b < end here, and g's
    ** address has gone to calls, so the compiler would read g.n again */
    int k;
    if (s[b] < 0x80) {
      cp = s[b];
      len = 1;
      k = ascii_class[cp];
    } else {
      cp = dec(s, b, &len);
      k = unicode_class(cp);
    }
    /* Plain words (most tokens) take the fast path, with a token of their
    ** own that never leaves this function, so that its fields stay in
    ** registers and emit() folds away the rules that need a mark. */
    if (is_letter(k) &&
        !(cp < 0x80 && (url_first(cp) || email_possible(&g, b)))) {
      tok w;
      w.b0 = b;
      w.c0 = c;
      w.term = w.closer = w.glue_next = 0;
      if (fast_word(&g, &w)) {
        rc = emit(&g, &fl, &w);
        if (rc) break;
        b = w.b1;
        c = w.c1;
        goto run;
      }
    }
    if (k == K_SPACE) {
      fl.sp = 1;
      b += (uint32_t)len;
      c++;
      continue;
    }
    if (k == K_NL) {
      if (!fl.nl) fl.line_len = b - fl.line_b0;
      fl.line_b0 = b + (uint32_t)len;
      fl.sp = 1;
      fl.nl += cp == 0x2029 ? 2 : 1;
      /* A paragraph starts: quotation parity starts again. */
      if (fl.nl >= 2) g.dq_open = g.cq_open = 0;
      if (cp == '\r' && b + 1 < end && s[b + 1] == '\n') b++, c++;
      b += (uint32_t)len;
      c++;
      continue;
    }
    if (k == K_ZW) {
      b += (uint32_t)len;
      c++;
      continue;
    }
    /* The commonest marks, likewise: , ; : and dots. */
    if (cp == ',' || cp == ';' || cp == ':' || cp == '.') {
      tok w;
      plain_punct(&g, &w, b, c);
      rc = emit(&g, &fl, &w);
      if (rc) break;
      b = w.b1;
      c = w.c1;
      goto run; /* "mot, mot": as after a word */
    }
    tok t;
    memset(&t, 0, sizeof t);
    t.b0 = b;
    t.c0 = c;
    if ((k == K_UPPER || k == K_LOWER || k == K_DIGIT) && cp < 0x80 &&
        ((url_first(cp) && scan_url(&g, &t)) ||
         (email_possible(&g, b) && scan_email(&g, &t)))) {
      /* done */
    } else if (is_letter(k)) {
      if (!fast_word(&g, &t)) scan_word(&g, &t);
    } else if (k == K_DIGIT) {
      scan_number(&g, &t);
    } else if (k == K_PUNCT || k == K_APOS || k == K_HYPHEN) {
      scan_punct(&g, &t, cp, len, fl.sp || out->n == 0);
    } else {
      /* A symbol keeps its combining marks and variation selectors. */
      uint32_t q = b + (uint32_t)len, qc = c + 1, ncp;
      int nlen;
      while (cls_at(&g, q, &ncp, &nlen) == K_MARK)
        q += (uint32_t)nlen, qc++;
      t.kind = PRESSE_TOK_SYMBOL;
      t.b1 = q;
      t.c1 = qc;
    }
    rc = emit(&g, &fl, &t);
    if (rc) break;
    b = t.b1;
    c = t.c1;
    if (t.glue_next) {
      fl.pending = PRESSE_TF_GLUED;
      continue;
    }
  run:
    /* After a plain word or mark: most are followed by one space, and an
    ** elision by its word. Take what follows in word_run(). */
    if (b < end && s[b] == ' ') {
      fl.sp = 1;
      b++;
      c++;
      space = PRESSE_TF_SPACE_BEFORE;
    } else if (fl.prev_flags & PRESSE_TF_ELISION)
      space = 0;
    else
      continue;
    rc = word_run(&g, &fl, &b, &c, space);
    if (rc) break;
  }
  if (rc) {
    out->n = 0;
    return rc;
  }
  out->nsent = out->n ? fl.sent + 1 : 0;
  return PRESSE_OK;
}

void presse_tokens_free(presse_tokens *t) {
  if (!t) return;
  const presse_mem *m = t->mem ? t->mem : &presse_mem_libc;
  if (t->tok) m->xFree(m->ctx, t->tok);
  t->tok = NULL;
  t->n = t->cap = t->nsent = 0;
}
