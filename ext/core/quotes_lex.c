/*
** quotes_lex.c: the lexical features of every word, computed once so the
** attribution rules only test bits. Words are folded to the form the data
** files use: lowercase, accents kept, typographic apostrophe -> "'", the
** elision apostrophe dropped (qu' -> qu).
*/
#include "qh_hash.h"
#include "quotes_int.h"

#include <string.h>

#include "qh_words.h"

/* Lowercase ASCII and Latin-1 / Latin Extended-A capitals (the letters of
** French), fold ’ to '. Returns the folded length, or 0 when the word does
** not fit (no word of the lists is that long). */
size_t q_fold(const char *s, size_t n, char *out, size_t cap) {
  const unsigned char *u = (const unsigned char *)s;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    if (o + 4 > cap) return 0;
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
** folded form is never longer than the token). */
#define Q_FOLD_MAXIN 60

/* q_fold of a token of n <= Q_FOLD_MAXIN bytes (so no capacity test), its
** final apostrophe dropped, and qh_hash of the result, in one pass: every
** token goes through here once. Returns the folded length. */
static size_t fold_hash(const unsigned char *u, size_t n, char *out,
                        uint32_t *hash) {
  uint32_t h = 2166136261u, hp = h;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    unsigned c = u[i];
    if (c < 0x80) {
      c += (c - 'A' < 26u) << 5;
      i++;
    } else if (c == 0xC3 && i + 1 < n) {
      unsigned d = u[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d += 0x20;
      out[o++] = (char)c;
      hp = h;
      h = (h ^ c) * 16777619u;
      c = d;
      i += 2;
    } else if (c == 0xC5 && i + 1 < n && u[i + 1] == 0x92) {
      out[o++] = (char)0xC5; /* Œ -> œ */
      hp = h;
      h = (h ^ 0xC5) * 16777619u;
      c = 0x93;
      i += 2;
    } else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 &&
               (u[i + 2] == 0x99 || u[i + 2] == 0x98)) {
      c = '\'';
      i += 3;
    } else {
      i++;
    }
    out[o++] = (char)c;
    hp = h;
    h = (h ^ c) * 16777619u;
  }
  if (o && out[o - 1] == '\'') {
    o--;
    h = hp;
  }
  *hash = h ^ (h >> 13);
  return o;
}

/* The word's slot in the merged table, or NULL. */
static const qh_slot *lookup_h(const char *s, size_t n, uint32_t hash) {
  if (n > 255) return NULL;
  uint32_t h = hash & qh_words_MASK;
  for (;;) {
    const qh_slot *e = &qh_words_slots[h];
    if (!e->len) return NULL;
    if (e->len == n && !memcmp(qh_words_pool + e->off, s, n)) return e;
    h = (h + 1) & qh_words_MASK;
  }
}

static const qh_slot *lookup(const char *s, size_t n) {
  return lookup_h(s, n, qh_hash(s, n));
}

int q_lex_features(qwork *w) {
  size_t off = 0;
  for (size_t i = 0; i < w->ntok; i++) {
    const presse_token *t = &w->tok[i];
    w->verb[i] = 0;
    w->word[i] = 0;
    w->feat[i] = 0;
    size_t len = t->b1 - t->b0;
    if (len > Q_FOLD_MAXIN || len > w->foldcap - off) {
      w->flen[i] = Q_FLEN_SLOW;
      continue;
    }
    /* Every token is folded once, here, into the pool: q_tok_is reads the
    ** kept form. */
    char *buf = w->fold + off;
    uint32_t h;
    size_t n = fold_hash((const unsigned char *)w->text + t->b0, len, buf, &h);
    w->foff[i] = (uint32_t)off;
    w->flen[i] = n <= Q_FOLD_KEEP ? (uint8_t)n : Q_FLEN_LONG;
    off += n;
    if (t->kind != PRESSE_TOK_WORD || len > 40 || !n) continue;
    /* Inverted forms (a-t-il, ajoute-t-elle, dit-il): the verb part is
    ** looked up, the pronoun becomes a word bit. */
    if (t->flags & PRESSE_TF_INVERTED) {
      size_t v = n;
      while (v > 0 && buf[v - 1] != '-')
        v--;
      if (v == 0) continue;
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
      continue;
    }
    const qh_slot *e = lookup_h(buf, n, h);
    if (!e) {
      /* a plural function or group noun: "les analystes", "des ONG" */
      if (n > 3 && (buf[n - 1] == 's' || buf[n - 1] == 'x') &&
          !(t->flags & PRESSE_TF_UPPER) && i > 0 &&
          (w->word[i - 1] & (QW_DET | QW_PREP | QW_POSS)) &&
          (e = lookup(buf, n - 1)) != NULL && !e->word)
        w->feat[i] = e->feat & (QT_TITLE_M | QT_TITLE_F | QT_GROUP);
      continue;
    }
    w->word[i] = e->word;
    if (e->word) {
      /* a function word is nothing else but maybe a cue (pour) */
      w->feat[i] = e->feat & (QT_SELON | QT_DAPRES | QT_POUR);
    } else {
      w->verb[i] = e->verb;
      w->feat[i] = e->feat;
    }
  }
  return PRESSE_OK;
}
