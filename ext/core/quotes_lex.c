/*
** quotes_lex.c: the lexical features of every word, computed once so the
** attribution rules only test bits. Words are folded to the form the data
** files use: lowercase, accents kept, typographic apostrophe -> "'", the
** elision apostrophe dropped (qu' -> qu).
*/
#include "lexicon.h"
#include "qf_key.h"
#include "quotes_int.h"

#include <string.h>

#include "lex_quote_cues.h"
#include "lex_quote_words.h"
#include "lex_speaker_groups.h"
#include "lex_speaker_titles.h"
#include "lex_speech_forms.h"
#include "qf_quote_cues.h"
#include "qf_quote_words.h"
#include "qf_speaker_groups.h"
#include "qf_speaker_titles.h"
#include "qf_speech_forms.h"

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

int q_tok_is(const qwork *w, size_t i, const char *lit) {
  if (i >= w->ntok) return 0;
  char buf[64];
  const presse_token *t = &w->tok[i];
  size_t n = q_fold(w->text + t->b0, t->b1 - t->b0, buf, sizeof buf);
  if (n && buf[n - 1] == '\'') n--;
  return n == strlen(lit) && memcmp(buf, lit, n) == 0;
}

/* The binary search, behind the list's 2-byte prefix bitmap. */
static const presse_lex_entry *
find_f(const presse_lex *lex, const uint64_t *filter, const char *s, size_t n) {
  unsigned k = QF_KEY(s, n);
  if (!(filter[k >> 6] >> (k & 63) & 1)) return NULL;
  /* Words are short: an inline comparison beats a memcmp call per step. */
  size_t lo = 0, hi = lex->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const presse_lex_entry *e = &lex->e[mid];
    size_t m = e->n < n ? e->n : n, j = 0;
    while (j < m && e->s[j] == s[j])
      j++;
    int c = j < m ? (int)(unsigned char)e->s[j] - (int)(unsigned char)s[j]
                  : (e->n < n ? -1 : e->n > n);
    if (c == 0) return e;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

#define find(name, s, n) find_f(&lex_##name, qf_##name, s, n)

/* A small direct-mapped cache of folded words: a text repeats its
** frequent words (de, la, le, a, que...) and each costs the searches once. */
typedef struct qcache {
  char s[16];
  uint8_t n;
  uint8_t feat;
  uint16_t verb, word;
} qcache;

#define QCACHE 512

static unsigned hash(const char *s, size_t n) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return (h ^ (h >> 15)) & (QCACHE - 1);
}

int q_lex_features(qwork *w) {
  qcache cache[QCACHE];
  for (size_t i = 0; i < QCACHE; i++)
    cache[i].n = 0;
  for (size_t i = 0; i < w->ntok; i++) {
    const presse_token *t = &w->tok[i];
    w->verb[i] = 0;
    w->word[i] = 0;
    w->feat[i] = 0;
    if (t->kind != PRESSE_TOK_WORD) continue;
    size_t len = t->b1 - t->b0;
    if (len > 40) continue;
    char buf[64];
    size_t n = q_fold(w->text + t->b0, len, buf, sizeof buf);
    if (!n) continue;
    if (buf[n - 1] == '\'') n--;
    if (!n) continue;
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
      const presse_lex_entry *p = find(quote_words, pron, pn);
      if (p) w->word[i] = (uint16_t)(p->value & (QW_IL | QW_ELLE | QW_PRONPL));
      const presse_lex_entry *e = find(speech_forms, buf, v);
      if (e) w->verb[i] = (uint16_t)e->value;
      const presse_lex_entry *a = find(quote_words, buf, v);
      if (a) w->word[i] |= (uint16_t)(a->value & (QW_AUX | QW_AUXPL));
      w->word[i] |= QW_KNOWN;
      continue;
    }
    qcache *c = NULL;
    if (n <= sizeof c->s) {
      c = &cache[hash(buf, n)];
      if (c->n == n && !memcmp(c->s, buf, n)) {
        w->verb[i] = c->verb;
        w->word[i] = c->word;
        w->feat[i] = c->feat;
        continue;
      }
    }
    /* Function words are half of a text and belong to no other list but
    ** the cues (pour): one search settles them. */
    const presse_lex_entry *e = find(quote_words, buf, n);
    if (e) w->word[i] = (uint16_t)(e->value | QW_KNOWN);
    e = find(quote_cues, buf, n);
    if (e) w->feat[i] |= (uint8_t)e->value;
    if (w->word[i]) goto store;
    e = find(speech_forms, buf, n);
    if (e) w->verb[i] = (uint16_t)e->value;
    e = find(speaker_titles, buf, n);
    if (e)
      w->feat[i] |= (uint8_t)((e->value & 1 ? QT_TITLE_M : 0) |
                              (e->value & 2 ? QT_TITLE_F : 0));
    if (find(speaker_groups, buf, n)) w->feat[i] |= QT_GROUP;
  store:
    if (c) {
      memcpy(c->s, buf, n);
      c->n = (uint8_t)n;
      c->verb = w->verb[i];
      c->word = w->word[i];
      c->feat = w->feat[i];
    }
  }
  return PRESSE_OK;
}
