/*
** quotes_lex.c: the lexical features of every word, computed once so the
** attribution rules only test bits. Words are folded to the form the data
** files use: lowercase, accents kept, typographic apostrophe -> "'", the
** elision apostrophe dropped (qu' -> qu).
*/
#include "article.h"
#include "qh_hash.h"
#include "quotes_int.h"

#include <string.h>

#include "qh_words.h"

/* Lowercase ASCII and Latin-1 / Latin Extended-A capitals (the letters of
** French), fold ’ to '. Returns the folded length, or 0 when the word does
** not fit (no word of the lists is that long). */
static inline size_t fold_bytes(const unsigned char *u, size_t n, char *out,
                                size_t cap, int capped) {
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    if (capped && o + 4 > cap) return 0;
    unsigned c = u[i];
    if (c < 0x80) {
      out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      i++;
    } else if (c == 0xC3 && i + 1 < n) {
      unsigned d = u[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d += 0x20;
      out[o++] = (char)c;
      out[o++] = (char)d;
      i += 2;
    } else if (c == 0xC5 && i + 1 < n && (u[i + 1] == 0x92)) {
      out[o++] = (char)0xC5; /* Œ -> œ */
      out[o++] = (char)0x93;
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
               (u[i + 2] == 0x99 || u[i + 2] == 0x98)) {
      out[o++] = '\'';
      i += 3;
    } else {
      out[o++] = (char)c;
      i++;
    }
  }
  return o;
}

static inline uint64_t lower8(uint64_t v);

size_t q_fold(const char *s, size_t n, char *out, size_t cap) {
  const unsigned char *u = (const unsigned char *)s;
  /* the output never outgrows the input: below this the test of the
  ** capacity cannot fail */
  if (n + 3 > cap) return fold_bytes(u, n, out, cap, 1);
  /* ASCII eight bytes at a time (what fold_bytes does to them, lowering
  ** A-Z); from the first chunk with a byte above 0x7F, which starts at a
  ** character, fold_bytes goes on one character at a time */
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, u + i, 8);
    if (v & 0x8080808080808080ull) break;
    v = lower8(v);
    memcpy(out + i, &v, 8);
  }
  return i + fold_bytes(u + i, n - i, out + i, cap - i, 0);
}

/* q_fold() of token k into buf (64 bytes): the form q_lex_features kept,
** with the final apostrophe it dropped put back; a token whose form was
** not kept is folded here. */
size_t q_tok_fold(const qwork *w, size_t k, char *buf) {
  const presse_token *t = &w->tok[k];
  uint8_t fl = w->flen[k];
  if (fl > Q_FOLD_KEEP)
    return q_fold(w->text + t->b0, t->b1 - t->b0, buf, Q_TOK_FOLD_CAP);
  memcpy(buf, w->fold + t->b0, fl);
  /* q_fold makes a final ' or ’ (or ‘) an apostrophe, which the kept
  ** form drops (a word of the kept forms is no longer than 16 bytes and
  ** at least as long as its form: it is there) */
  if (q_final_apostrophe(w, k)) buf[fl++] = '\'';
  return fl;
}

/* q_tok_is for a token whose folded form was not kept, or a literal longer
** than Q_FOLD_KEEP: fold it here. */
int q_tok_is_slow(const qwork *w, size_t i, const char *lit) {
  if (i >= w->ntok) return 0;
  char buf[64];
  const presse_token *t = &w->tok[i];
  size_t n = q_fold(w->text + t->b0, t->b1 - t->b0, buf, sizeof buf);
  if (n && buf[n - 1] == '\'') n--;
  return n == strlen(lit) && memcmp(buf, lit, n) == 0;
}

/* Folding into 64 bytes cannot fail for a token up to this long (the
** folded form is never longer than the token). A longer token, folded on
** demand, folds to more than a third of its bytes: longer than any kept
** form, which q_tok_is relies on. */
#define Q_FOLD_MAXIN 60
_Static_assert(Q_FOLD_MAXIN / 3 > Q_FOLD_KEEP + 1,
               "a token not folded could match a kept form's length");

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define Q_WIDE 1 /* 8-byte loads are the little-endian chunks of qh_hash */
#else
#define Q_WIDE 0
#endif

#define ONES 0x0101010101010101ull
#define HIGH (ONES * 0x80)

/* The n < 8 first bytes of a chunk. */
static inline uint64_t low_bytes(size_t n) {
  return n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
}

/* low_bytes(n) for n >= 1, without a branch. */
static inline uint64_t low_bytes1(size_t n) {
  return ~0ull >> (64 - 8 * (n < 8 ? n : 8));
}

/* low_bytes1(n) for 1 <= n <= 8, where the caller's test of the length
** bounds n (a word of one chunk, the second chunk of a word of two, a
** singular of up to eight bytes): one load, where the shift took four
** instructions (a subtraction, a constant, two shifts) for every word. */
static const uint64_t low_mask8[9] = {0,
                                      0xFFull,
                                      0xFFFFull,
                                      0xFFFFFFull,
                                      0xFFFFFFFFull,
                                      0xFFFFFFFFFFull,
                                      0xFFFFFFFFFFFFull,
                                      0xFFFFFFFFFFFFFFull,
                                      ~0ull};
static inline uint64_t low_bytes8(size_t n) {
  return low_mask8[n];
}

/* Eight ASCII bytes with A-Z lowered: q_fold of ASCII text. A byte below
** 0x80 plus 0x3F (or 0x25) cannot carry into the next byte. */
static inline uint64_t lower8(uint64_t v) {
  uint64_t ge_a = v + ONES * (0x80 - 'A');
  uint64_t gt_z = v + ONES * (0x80 - 'Z' - 1);
  return v | ((ge_a & ~gt_z & HIGH) >> 2);
}

/* The bytes of v equal to b, as their high bits (exact: no carry crosses
** a byte). */
static inline uint64_t eq8(uint64_t v, unsigned b) {
  uint64_t x = v ^ (ONES * b);
  return ~(((x & ~HIGH) + ~HIGH) | x) & HIGH;
}

/* Whether chunk x (its C3 bytes c3, next the bytes after one) has only
** ASCII and lowercase accents, the test of fold8_lower_accents below: the
** same on x folded or not (folding changes ASCII letters only). */
static inline int lower_accents_only(uint64_t x, uint64_t c3, uint64_t next) {
  return (x & (x << 1) & HIGH) == c3 && !(next & ~(x << 2));
}

/* Whether q_fold changes nothing but A-Z in the chunk x of a token of at
** most eight bytes (zero past it; c3 its C3 bytes): no capital with an
** accent (C3 then 80..9E), no Œ (C5 92), no ’ or ‘ (E2 80 99 / 98),
** the other cases of fold_bytes. It keeps the rest byte for byte: « »
** (C2 AB / BB), œ (C5 93), — (E2 80 94), Greek letters. A C3 before
** 97 or 9F, which it keeps, is turned away too (rare: then folded the
** general way, to the same form). */
static inline int fold_keeps(uint64_t x, uint64_t c3) {
  if ((c3 << 8) & ~(x << 2)) return 0; /* a C3 then 80..9F */
  uint64_t oe = eq8(x, 0xC5) & (eq8(x, 0x92) >> 8);
  uint64_t q = eq8(x, 0xE2) & (eq8(x, 0x80) >> 8) &
               ((eq8(x, 0x98) | eq8(x, 0x99)) >> 16);
  return !(oe | q);
}

/* The common case of fold8_accents, lowercase accents only (é è à ç
** ê...): x's C3 bytes c3, next the bytes after one. Every lead byte (C0
** and above: bits 7 and 6) is a C3 and every byte after one has bit 5 set
** (A0..BF, kept; an ASCII byte there is lowered as fold_bytes would):
** only the ASCII letters change. Returns 0 when some byte needs more. */
static inline int fold8_lower_accents(uint64_t *v, uint64_t c3, uint64_t next) {
  uint64_t x = *v;
  if (!lower_accents_only(x, c3, next)) return 0;
  uint64_t h7 = x & ~HIGH;
  *v = x | (((h7 + ONES * (0x80 - 'A')) & ~(h7 + ONES * (0x80 - 'Z' - 1)) & ~x &
             HIGH) >>
            2);
  return 1;
}

/* q_fold of eight bytes of a word with accented letters: A-Z lowered, and
** the second byte of a Latin-1 capital (C3 80..9E but 97) raised by 0x20
** (É -> é). *prev is the C3 ending the previous chunk (as a high bit at
** byte 0). Returns 0 when some byte needs q_fold's other cases (C5, E2,
** a C3 followed by anything else): the caller then folds bytewise. */
static inline int fold8_accents(uint64_t *v, uint64_t valid, uint64_t *prev) {
  uint64_t x = *v;
  uint64_t c3 = eq8(x, 0xC3);
  uint64_t next = ((c3 << 8) | *prev) & valid; /* bytes after a C3 */
  if (fold8_lower_accents(v, c3, next)) {
    *prev = c3 >> 56;
    return 1;
  }
  if (eq8(x, 0xC5) | eq8(x, 0xE2)) return 0;
  *prev = c3 >> 56;
  uint64_t top = x & (ONES * 0xE0);
  uint64_t low = eq8(top, 0xA0); /* a0..bf: lowercase, kept */
  uint64_t cap = eq8(top, 0x80) & ~eq8(x, 0x97) & ~eq8(x, 0x9F);
  if (next & ~(low | cap)) return 0;
  /* ASCII bytes (high bit clear) lowered as in lower8, on 7 bits */
  uint64_t h7 = x & ~HIGH;
  uint64_t up =
      (h7 + ONES * (0x80 - 'A')) & ~(h7 + ONES * (0x80 - 'Z' - 1)) & ~x & HIGH;
  *v = x | (up >> 2) | ((next & cap) >> 2);
  return 1;
}

#if Q_WIDE
/* qh_hash of s[0..n), read 8 bytes at a time (s[n..] readable up to the
** end of its chunk). */
static inline uint32_t hash_chunks(const char *s, size_t n) {
  uint64_t h = QH_SEED ^ n;
  for (size_t i = 0; i < n; i += 8) {
    uint64_t k;
    memcpy(&k, s + i, 8);
    h = qh_step(h, k & low_bytes(n - i));
  }
  return qh_final(h);
}
#endif

/* q_fold of a token of n <= Q_FOLD_MAXIN bytes (so no capacity test), its
** final apostrophe dropped, and qh_hash of the result when hash is not
** NULL (a word: the other tokens are not looked up): every token goes
** through here once. Returns the folded length. wide: the 8-byte chunks
** covering u[0..n) may be read and out[0..n + 7] written; an ASCII token
** is then folded and hashed a chunk at a time. */
static size_t fold_hash(const unsigned char *u, size_t n, char *out,
                        uint32_t *hash, int wide) {
#if Q_WIDE
  if (wide) {
    uint64_t prev = 0;
    size_t i = 0;
    /* The form's length, known before folding: a chunk folded in place
    ** keeps its length and makes no apostrophe (' stays ', ’ is folded
    ** bytewise). So each chunk is hashed as it is folded. */
    size_t o = n && u[n - 1] == '\'' ? n - 1 : n;
    uint64_t h = QH_SEED ^ o;
    for (; i < n; i += 8) {
      uint64_t v, valid = low_bytes1(n - i);
      memcpy(&v, u + i, 8);
      v &= valid;
      if (!(v & HIGH) && !prev)
        v = lower8(v);
      else if (!fold8_accents(&v, valid, &prev))
        break;
      memcpy(out + i, &v, 8);
      /* v is zero past the token: only a dropped final ' needs a mask */
      if (o == n)
        h = qh_step(h, v);
      else if (i < o)
        h = qh_step(h, v & low_bytes1(o - i));
    }
    if (i >= n) {
      /* every byte folded in place: the length is kept */
      if (hash) *hash = qh_final(h);
      return o;
    }
  }
#else
  (void)wide;
#endif
  size_t o = fold_bytes(u, n, out, 0, 0);
  if (o && out[o - 1] == '\'') o--;
#if Q_WIDE
  /* out has 8 bytes of room after the form: the last chunk is padded */
  memset(out + o, 0, 8);
  if (hash) *hash = hash_chunks(out, o);
#else
  if (hash) *hash = qh_hash(out, o);
#endif
  return o;
}

/* The word's slot in the merged table, or NULL: s[0..n) (read only past
** its first eight bytes), hash its qh_hash(), k the qh_chunk() of its
** first eight bytes (zero-padded). The word has one place (a perfect hash,
** qh_hash.h), whose slot is read only when its tag is the word's: one
** branch on whether the word is there (a coin toss to the branch
** predictor on the words of a text, where the probe loop of linear
** probing mispredicted about once a word) and the comparisons of a word
** whose tag matched, which almost always succeed. */
static inline const qh_slot *probe(const char *s, size_t n, uint32_t hash,
                                   uint64_t k) {
  uint32_t h = qh_place(hash, qh_words_disp[qh_bucket(hash, qh_words_SHIFT)],
                        qh_words_MASK);
  if (qh_words_tags[h] != qh_tag(hash)) return NULL;
  const qh_slot *e = &qh_words_slots[h];
  if (e->len == n && e->key == k &&
      (n <= 8 || !memcmp(qh_words_pool + e->off, s + 8, n - 8)))
    return e;
  return NULL;
}

static const qh_slot *lookup_h(const char *s, size_t n, uint32_t hash) {
  if (n > 255) return NULL;
  return probe(s, n, hash, qh_chunk(s, n < 8 ? n : 8));
}

static const qh_slot *lookup(const char *s, size_t n) {
  return lookup_h(s, n, qh_hash(s, n));
}

#if Q_WIDE
/* lookup_h of a word of n <= 8 bytes, given as the chunk k. */
static inline const qh_slot *lookup_k(uint64_t k, size_t n, uint32_t hash) {
  return probe(NULL, n, hash, k);
}

/* lookup_h of buf[0..n), n <= 255, whose first eight bytes are k (its
** chunk: zero-padded when n < 8): qh_chunk's byte loop is not needed. */
static inline const qh_slot *lookup_hk(const char *buf, size_t n, uint32_t hash,
                                       uint64_t k) {
  return probe(buf, n, hash, n < 8 ? k & low_bytes(n) : k);
}
#endif

/* lookup() of buf[0..n), a prefix of a word folded by q_lex_features (8
** bytes from buf are defined, and the chunks covering the word). */
static inline const qh_slot *lookup_prefix(const char *buf, size_t n) {
#if Q_WIDE
  uint32_t h = hash_chunks(buf, n);
  uint64_t k;
  memcpy(&k, buf, 8);
  if (n > 255) return NULL;
  return lookup_hk(buf, n, h, k);
#else
  return lookup(buf, n);
#endif
}

/* lookup() of the word buf[0..n) without its last byte (a plural's
** singular), k its first chunk as word_features has it. Up to nine bytes
** the singular is one chunk, hashed from k here without lookup_prefix's
** loop over chunks. */
static inline const qh_slot *singular(const char *buf, size_t n, uint64_t k) {
#if Q_WIDE
  if (n - 1 <= 8) {
    k &= low_bytes8(n - 1);
    return lookup_k(k, n - 1, qh_final(qh_step(QH_SEED ^ (n - 1), k)));
  }
#else
  (void)k;
#endif
  return lookup_prefix(buf, n - 1);
}

/* Whether features make word i a candidate of q_indirect (qwork.cand). */
static inline int cand_bits(uint8_t feat, uint16_t word, uint16_t verb) {
  return (feat & (QT_SELON | QT_DAPRES | QT_POUR)) ||
         (word & (QW_AUX | QW_AUXPL)) || (verb & (QV_FIN | QV_GER));
}

/* The features of word i, folded to buf[0..n) (hash h; under Q_WIDE, its
** first chunk k: buf's first eight bytes, zero-padded past n when n < 8).
** Returns cand_bits() of what it set. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
word_features(qwork *w, size_t i, unsigned flags, const char *buf, size_t n,
              uint32_t h, uint64_t k) {
  (void)k;
  /* Inverted forms (a-t-il, ajoute-t-elle, dit-il): the verb part is
  ** looked up, the pronoun becomes a word bit. */
  if (flags & PRESSE_TF_INVERTED) {
    size_t v = n;
    while (v > 0 && buf[v - 1] != '-')
      v--;
    if (v == 0) return 0;
    const char *pron = buf + v;
    size_t pn = n - v;
    v--; /* the hyphen */
    if (v >= 2 && buf[v - 1] == 't' && buf[v - 2] == '-') v -= 2;
    const qh_slot *p = lookup(pron, pn);
    if (p && p->word)
      w->word[i] = (uint16_t)(p->word & (QW_IL | QW_ELLE | QW_PRONPL));
    const qh_slot *e = lookup(buf, v);
    if (e) {
      w->verb[i] = e->verb;
      w->word[i] |= (uint16_t)(e->word & (QW_AUX | QW_AUXPL));
    }
    w->word[i] |= QW_KNOWN;
    return cand_bits(0, w->word[i], w->verb[i]);
  }
#if Q_WIDE
  /* k: the first eight bytes of buf, a word of at most 40 bytes here */
  const qh_slot *e = n <= 8 ? lookup_k(k, n, h) : lookup_hk(buf, n, h, k);
#else
  const qh_slot *e = lookup_h(buf, n, h);
#endif
  if (!e) {
    /* the prefix first: rarely there, where n > 5 is a coin toss */
#if Q_WIDE
    int ex = (k & 0xFFFFFF) == 0x2D7865; /* "ex-", little-endian */
#else
    int ex = n > 5 && !memcmp(buf, "ex-", 3); /* buf may hold n < 3 bytes */
#endif
    if (ex && n > 5) {
      /* "l'ex-président": the function of the noun after the prefix */
      e = lookup(buf + 3, n - 3);
      if (e && !e->word) w->feat[i] = e->feat & (QT_TITLE_M | QT_TITLE_F);
      return 0;
    }
    /* a plural function or group noun: "les analystes", "des ONG" */
    if (n > 3 && (buf[n - 1] == 's' || buf[n - 1] == 'x') &&
        !(flags & PRESSE_TF_UPPER) && i > 0 &&
        (w->word[i - 1] & (QW_DET | QW_PREP | QW_POSS)) &&
        (e = singular(buf, n, k)) != NULL && !e->word)
      w->feat[i] = e->feat & (QT_TITLE_M | QT_TITLE_F | QT_GROUP);
    return 0; /* title and group bits only */
  }
  w->word[i] = e->word;
  if (e->word) {
    /* a function word is nothing else but maybe a cue (pour) */
    uint8_t f = e->feat & (QT_SELON | QT_DAPRES | QT_POUR);
    w->feat[i] = f;
    return cand_bits(f, e->word, 0);
  }
  w->verb[i] = e->verb;
  w->feat[i] = e->feat;
  return cand_bits(e->feat, 0, e->verb);
}

/* Grows the candidates of q_indirect (qwork.cand). */
static int grow_cand(qwork *w, size_t cap) {
  uint32_t *p = w->mem->xRealloc(w->mem->ctx, w->cand, cap * sizeof *p);
  if (!p) return PRESSE_ENOMEM;
  w->cand = p;
  w->capcand = cap;
  return PRESSE_OK;
}

/* Grows the list of possible quotation marks (qwork.mpos). */
static int grow_mpos(qwork *w) {
  size_t cap = w->capmpos ? 2 * w->capmpos : 16;
  qmarkpos *p = w->mem->xRealloc(w->mem->ctx, w->mpos, cap * sizeof *p);
  if (!p) return PRESSE_ENOMEM;
  w->mpos = p;
  w->capmpos = cap;
  return PRESSE_OK;
}

/* Appends word i to the candidates. */
static inline int push_cand(qwork *w, size_t i) {
  if (w->ncand == w->capcand && grow_cand(w, 2 * w->capcand))
    return PRESSE_ENOMEM;
  w->cand[w->ncand++] = (uint32_t)i;
  return PRESSE_OK;
}

/* "Lire aussi : …" between two paragraphs links another article: no
** paragraph of this one. The tokens [ps, i) of the paragraph that token
** i ends, numbered p, take the number of the paragraph before when they
** are such a link, so the paragraph after them follows that one, as a
** reader reads them (a pronoun or a quotation after the link goes on
** from the paragraph above it). Returns whether they were. The cleaner's
** cue list tells the link (presse_link_line); only a short paragraph is
** asked, at most LINK_TOKENS tokens: folding the opening of every
** paragraph cost 8 % of quotes()'s instructions. */
#define LINK_TOKENS 32
/* An intertitle in the body: a paragraph of at most INTERTITLE_TOKENS
** tokens, after the first INTERTITLE_FROM paragraphs (headline,
** standfirst, byline), with no final punctuation and no quotation mark.
** It may open in lowercase and run to 17 tokens: the test quotes_pron.c's
** heading_before made for pronouns alone, which this numbering replaces
** (debt16: output identical on /tmp/r2000.db and every dev set). */
#define INTERTITLE_TOKENS 17
#define INTERTITLE_FROM 3
static int intertitle_paragraph(const qwork *w, size_t ps, size_t i,
                                uint32_t p) {
  if (p < INTERTITLE_FROM || i - ps > INTERTITLE_TOKENS ||
      w->tok[i - 1].kind == PRESSE_TOK_PUNCT)
    return 0;
  for (size_t k = ps; k < i; k++)
    if (w->tok[k].flags & (PRESSE_TF_OPEN_QUOTE | PRESSE_TF_CLOSE_QUOTE))
      return 0;
  return 1;
}

static int link_paragraph(qwork *w, size_t ps, size_t i, uint32_t p) {
  if (!p || i - ps > LINK_TOKENS ||
      (!intertitle_paragraph(w, ps, i, p) &&
       !presse_link_line(w->text + w->tok[ps].b0, w->n - w->tok[ps].b0)))
    return 0;
  for (size_t k = ps; k < i; k++)
    w->para[k] = p - 1;
  return 1;
}

/* Paragraph and block numbers, for q_pair_marks and the later stages,
** and the tokens that may be quotation marks, in a pass of their own: the
** folding loop of q_lex_features has enough live values as it is. p
** counts paragraph starts, blk block starts (a paragraph, or a line that
** starts a sentence, as quotes_marks.c's block_start() tests them); token
** 0 starts neither.
**
** A quotation mark is a punctuation token of one character: " « » “ ” „
** ‹ ›, which quotes_marks.c's mark_of() tells apart. The segmenter gives
** each of them PRESSE_TF_OPEN_QUOTE or PRESSE_TF_CLOSE_QUOTE (its
** scan_punct(), the one place that makes a punctuation token of these
** characters; test_quote_marks.c checks it over many spellings), so a
** token without either flag is no mark. Paragraph starts, line starts
** and marks are all rare: one test of the flags a token, almost never
** taken, where reading the kind, the length and the first byte of every
** punctuation token mispredicted (a coin toss on where commas fall: 13 K
** mispredictions on the 300 bench rows, cachegrind). */
static int paragraphs_and_marks(qwork *w) {
  const presse_token *tok = w->tok;
  const unsigned char *text = (const unsigned char *)w->text;
  size_t ntok = w->ntok, tn = w->n;
  uint32_t *para = w->para;
  uint32_t p = 0, blk = 0;
  size_t ps = 0; /* where paragraph p starts */
  const unsigned rare = PRESSE_TF_PARA_START | PRESSE_TF_LINE_START |
                        PRESSE_TF_OPEN_QUOTE | PRESSE_TF_CLOSE_QUOTE;
  for (size_t i = 0; i < ntok;) {
    /* Four tokens at a time while none is flagged, the common case (a
    ** group of four holds a flagged token about once in five): one test
    ** of their flags together, where a test a token and the loop took
    ** eight instructions a token (speedL). */
    while (i + 4 <= ntok && !((tok[i].flags | tok[i + 1].flags |
                               tok[i + 2].flags | tok[i + 3].flags) &
                              rare)) {
      para[i] = para[i + 1] = para[i + 2] = para[i + 3] = p;
      i += 4;
    }
    if (i == ntok) break;
    const presse_token *t = &tok[i];
    unsigned f = t->flags;
    if (f & rare) {
      if ((f & (PRESSE_TF_PARA_START | PRESSE_TF_LINE_START)) && i) {
        if (f & PRESSE_TF_PARA_START) {
          p += !link_paragraph(w, ps, i, p);
          ps = i;
        }
        blk += (f & PRESSE_TF_PARA_START) ||
               (f & PRESSE_TF_SENT_START && f & PRESSE_TF_LINE_START);
      }
      /* the test this pass made of every token before, now of the
      ** flagged ones: 1 to 3 bytes starting with " or the lead byte of
      ** « » (C2) or “ ” „ ‹ › (E2) */
      if ((f & (PRESSE_TF_OPEN_QUOTE | PRESSE_TF_CLOSE_QUOTE)) &&
          t->kind == PRESSE_TOK_PUNCT && t->b1 - t->b0 - 1 < 3 && t->b1 <= tn) {
        unsigned c0 = text[t->b0];
        if (c0 == '"' || c0 == 0xC2 || c0 == 0xE2) {
          if (w->nmpos == w->capmpos && grow_mpos(w)) return PRESSE_ENOMEM;
          w->mpos[w->nmpos].tok = (uint32_t)i;
          w->mpos[w->nmpos].blk = blk;
          w->nmpos++;
        }
      }
    }
    para[i++] = p;
  }
  return PRESSE_OK;
}

/* text[0..n) into fold with A-Z lowered, and 8 zero bytes after it. That
** is q_fold of every token of ASCII letters or lowercase accents, at its
** token's offset, where q_tok_is reads it: the loop of q_lex_features
** reads those tokens folded, without folding and storing each (lex_general
** writes the other tokens' forms over it). Bytes above 0x7F are kept. */
static void fold_ascii_text(const char *text, size_t n, char *fold) {
  size_t i = 0;
#if defined(__SSE2__)
  /* x + 0x80 - 'A' is below -128 + 26, as a signed byte, for A-Z only */
  const __m128i bias = _mm_set1_epi8((char)(0x80 - 'A'));
  const __m128i top = _mm_set1_epi8((char)(-128 + 26));
  const __m128i up = _mm_set1_epi8(0x20);
  /* eight instructions a step, three of them the loop's own: unrolled */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
    __m128i az = _mm_cmplt_epi8(_mm_add_epi8(x, bias), top);
    x = _mm_or_si128(x, _mm_and_si128(az, up));
    _mm_storeu_si128((__m128i *)(void *)(fold + i), x);
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, text + i, 8);
    /* A-Z as fold8_accents finds them among bytes of any value */
    uint64_t h7 = x & ~HIGH;
    uint64_t az = (h7 + ONES * (0x80 - 'A')) & ~(h7 + ONES * (0x80 - 'Z' - 1)) &
                  ~x & HIGH;
    x |= az >> 2;
    memcpy(fold + i, &x, 8);
  }
  for (; i < n; i++) {
    unsigned char c = (unsigned char)text[i];
    fold[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  memset(fold + n, 0, 8);
}

/* The features of token i, any token: the general case of
** q_lex_features, out of line (its locals would crowd the registers of
** the common cases' loop). Returns PRESSE_OK or PRESSE_ENOMEM. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
lex_general(qwork *w, size_t i) {
  const presse_token *t = &w->tok[i];
  const unsigned char *text = (const unsigned char *)w->text;
  size_t tn = w->n;
  size_t b0 = t->b0, len = t->b1 - b0;
  char *buf = w->fold + b0;
  /* a token too long, or past the text, is folded on demand
  ** (q_tok_is_slow) */
  if (len > Q_FOLD_MAXIN || t->b1 > tn) {
    w->flen[i] = Q_FLEN_SLOW;
    if (t->kind == PRESSE_TOK_WORD && push_cand(w, i)) return PRESSE_ENOMEM;
    return PRESSE_OK;
  }
  /* fold_hash writes zeros up to 8 bytes past the token (it pads its last
  ** chunk): the text folded by fold_ascii_text there, the forms of the
  ** tokens that follow, is put back before returning */
  char after[8];
  memcpy(after, w->fold + t->b1, 8);
  /* Every token is folded once, here, into the pool: q_tok_is reads the
  ** kept form. Only words are looked up: the other tokens are folded,
  ** not hashed. */
  uint32_t h = 0;
  int is_word = t->kind == PRESSE_TOK_WORD;
  size_t n = fold_hash(text + b0, len, buf, is_word ? &h : NULL,
                       Q_WIDE && b0 + ((len + 7) & ~(size_t)7) <= tn);
  uint64_t k = 0;
#if Q_WIDE
  /* fold_hash leaves 8 bytes from buf defined */
  memcpy(&k, buf, 8);
#endif
  w->flen[i] = n <= Q_FOLD_KEEP ? (uint8_t)n : Q_FLEN_LONG;
  int c =
      is_word && len <= 40 && n && word_features(w, i, t->flags, buf, n, h, k);
  memcpy(w->fold + t->b1, after, 8);
  if (c && push_cand(w, i)) return PRESSE_ENOMEM;
  return PRESSE_OK;
}

int q_lex_features(qwork *w) {
  /* locals: the stores through char *buf could alias the fields of w */
  const presse_token *tok = w->tok;
  uint16_t *verb = w->verb, *word = w->word;
  uint8_t *feat = w->feat, *flen = w->flen;
  char *fold = w->fold;
  size_t ntok = w->ntok, tn = w->n;
  memset(verb, 0, ntok * sizeof *verb);
  memset(word, 0, ntok * sizeof *word);
  memset(feat, 0, ntok * sizeof *feat);
  if (paragraphs_and_marks(w)) return PRESSE_ENOMEM;
  fold_ascii_text(w->text, tn, fold);
  /* about one word in six is a candidate in news text */
  if (grow_cand(w, ntok / 4 + 16)) return PRESSE_ENOMEM;
  for (size_t i = 0; i < ntok; i++) {
    const presse_token *t = &tok[i];
    size_t b0 = t->b0, len = t->b1 - b0;
    char *buf = fold + b0;
#if Q_WIDE
    /* Each token's form is folded at its own offset: the tokens of
    ** presse_segment() follow one another, so no form overlaps another
    ** (an overlapping token of another caller's would overwrite the
    ** form before it: wrong features, no read or write out of bounds).
    ** A token within the text has its chunks in the fold buffer, the
    ** text folded and 8 zero bytes after it: the one test of bounds. */
    if (len - 1 < 8 && t->b1 <= tn) {
      /* The common case, a token of at most eight bytes, ASCII or with
      ** lowercase accents (l’ included): one chunk, hashed here as
      ** fold_hash would. fold_ascii_text has folded it already: A-Z
      ** lowered is all q_fold does to such a token (before a final ’,
      ** dropped from its length). */
      uint64_t k;
      memcpy(&k, buf, 8);
      k &= low_bytes8(len);
      size_t n = len;
      if (k & HIGH) {
        uint64_t last3 = len >= 4 ? (k >> (8 * (len - 3))) & 0xFFFFFF : 0;
        if (last3 == 0x9980E2 || last3 == 0x9880E2) {
          n = len - 3; /* q_fold makes a final ’ a final ', then dropped */
          k &= low_bytes8(n);
          if (k & HIGH) goto general;
        } else {
          /* lowercase accents (été, à, déjà), which q_fold keeps; their
          ** bytes tell it the same before folding as after; then the
          ** other bytes q_fold keeps (« », œ, —) */
          uint64_t c3 = eq8(k, 0xC3);
          if (!lower_accents_only(k, c3, (c3 << 8) & low_bytes8(len)) &&
              !fold_keeps(k, c3))
            goto general;
          if (buf[len - 1] == '\'') k &= ~(0xFFull << (8 * --n));
        }
      } else if (buf[len - 1] == '\'') {
        k &= ~(0xFFull << (8 * --n));
      }
      flen[i] = (uint8_t)n;
      if (t->kind != PRESSE_TOK_WORD || !n) continue;
      uint32_t h = qh_final(qh_step(QH_SEED ^ n, k)); /* one chunk */
      if (word_features(w, i, t->flags, buf, n, h, k) && push_cand(w, i))
        return PRESSE_ENOMEM;
      continue;
    }
    if (len - 9 < 8 && t->b1 <= tn) {
      /* A token of 9 to 16 bytes, ASCII or with lowercase accents: two
      ** chunks, already folded by fold_ascii_text, hashed as fold_hash
      ** would (its form is kept whole: no longer than Q_FOLD_KEEP). */
      uint64_t k0, k1;
      memcpy(&k0, buf, 8);
      memcpy(&k1, buf + 8, 8);
      k1 &= low_bytes8(len - 8);
      if ((k0 | k1) & HIGH) {
        uint64_t c0 = eq8(k0, 0xC3), c1 = eq8(k1, 0xC3);
        if (!lower_accents_only(k0, c0, c0 << 8) ||
            !lower_accents_only(k1, c1,
                                ((c1 << 8) | (c0 >> 56)) & low_bytes8(len - 8)))
          goto general;
      }
      size_t n = len;
      if (buf[len - 1] == '\'') k1 &= ~(0xFFull << (8 * (--n - 8)));
      flen[i] = (uint8_t)n;
      if (t->kind != PRESSE_TOK_WORD) continue;
      uint64_t hs = qh_step(QH_SEED ^ n, k0);
      if (n > 8) hs = qh_step(hs, k1);
      if (word_features(w, i, t->flags, buf, n, qh_final(hs), k0) &&
          push_cand(w, i))
        return PRESSE_ENOMEM;
      continue;
    }
  general:
#endif
    if (lex_general(w, i)) return PRESSE_ENOMEM;
  }
  return PRESSE_OK;
}
