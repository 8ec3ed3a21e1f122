/*
** quotes_canon.c: a body or function speaker's canonical form in its
** document, after attribution. A reader names an organisation by the full
** name the text gives it ("la Commission nationale de l'informatique et
** des libertés … a indiqué la Cnil" is the Commission), as the gold does
** (docs/ANNOTATION.md: the canonical name). Shapes and function words
** only, no name.
*/
#include "ent_lex.h"
#include "quotes_int.h"

#include <string.h>

/* ------------------------------------------ acronyms and full names */

#define ACR_MAX 10   /* letters of an acronym */
#define ACR_WORDS 16 /* words of a full name */

/* A word of a full name: its letters folded to ASCII (the first 16 kept
** in f), their number and whether it is a function word (de, la, l', des,
** et, pour, aux …). */
typedef struct acr_word {
  char f[16];
  uint8_t n, func;
} acr_word;

static int acr_function_word(const char *f, size_t n) {
  static const char *const fw[] = {"de",  "du", "des", "d",      "la",  "le",
                                   "les", "l",  "et",  "pour",   "aux", "au",
                                   "a",   "en", "sur", "contre", "dans"};
  for (size_t i = 0; i < sizeof fw / sizeof *fw; i++)
    if (strlen(fw[i]) == n && !memcmp(fw[i], f, n)) return 1;
  return 0;
}

/* Split the name s[0, n) into words at spaces, hyphens and apostrophes
** ("Haut-Commissariat", "l'informatique": two words each); 0 when it has
** more than ACR_WORDS words. */
static size_t acr_words(const char *s, size_t n, acr_word *wd) {
  size_t nw = 0;
  int open = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    i += ent_utf8_next((const unsigned char *)s + i, n - i, &cp);
    char o[ENT_FOLD_MAX];
    size_t on = 0;
    ent_fold_cp(cp, o, &on);
    int letter = on == 1 &&
                 ((o[0] >= 'a' && o[0] <= 'z') || (o[0] >= '0' && o[0] <= '9'));
    if (!letter) {
      open = 0;
      continue;
    }
    if (!open) {
      if (nw == ACR_WORDS) return 0;
      wd[nw].n = 0;
      nw++;
      open = 1;
    }
    acr_word *p = &wd[nw - 1];
    if (p->n < sizeof p->f)
      p->f[p->n++] = o[0];
    else
      p->n = sizeof p->f; /* long words: their first letters suffice */
  }
  for (size_t j = 0; j < nw; j++)
    wd[j].func = (uint8_t)acr_function_word(wd[j].f, wd[j].n);
  return nw;
}

/* Whether the letters a[i..m) are spelled by the words wd[j..nw): each
** letter the first of a word; function words may spell one or not; at
** most skip content words are passed over after the first letter ("HCR":
** Haut-Commissariat des Nations unies pour les réfugiés); the last word
** that spells may spell the last letters too ("FFHB": Fédération
** française de handball). Every content word after the last letter
** spells none: the name ends there. */
static int acr_spell(const char *a, size_t i, size_t m, const acr_word *wd,
                     size_t j, size_t nw, int skip) {
  if (i == m) {
    for (; j < nw; j++)
      if (!wd[j].func) return 0;
    return 1;
  }
  if (j == nw) return 0;
  const acr_word *x = &wd[j];
  if (x->f[0] == a[i]) {
    if (acr_spell(a, i + 1, m, wd, j + 1, nw, skip)) return 1;
    if (i > 0 && !x->func && i + 1 < m) {
      size_t k = i + 1;
      for (size_t p = 1; p < x->n && k < m; p++)
        if (x->f[p] == a[k]) k++;
      if (k == m && acr_spell(a, m, m, wd, j + 1, nw, skip)) return 1;
    }
  }
  if (x->func) return acr_spell(a, i, m, wd, j + 1, nw, skip);
  if (skip > 0 && i > 0) return acr_spell(a, i, m, wd, j + 1, nw, skip - 1);
  return 0;
}

/* The letters of the acronym s[0, n) into a (lowercase ASCII): a word of
** 2 to ACR_MAX letters opening with a capital, all capitals ("HCR",
** "FFHB") or not ("Cnil", "Cédéao"); 0 when it is no such word. */
static size_t acr_letters(const char *s, size_t n, char *a) {
  size_t m = 0;
  if (!n || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    i += ent_utf8_next((const unsigned char *)s + i, n - i, &cp);
    char o[ENT_FOLD_MAX];
    size_t on = 0;
    ent_fold_cp(cp, o, &on);
    if (on != 1 || o[0] < 'a' || o[0] > 'z' || m == ACR_MAX) return 0;
    a[m++] = o[0];
  }
  return m >= 2 ? m : 0;
}

/* The full name of the body whose acronym is the speaker span [b0, b1):
** an organisation named in two words or more, the one right before
** "(ACR)" when the text defines the acronym so, else the only name whose
** words spell it (acr_spell). 0 when none or two. */
static int acronym_full_name(const qwork *w, uint32_t b0, uint32_t b1,
                             uint32_t *f0, uint32_t *f1) {
  char a[ACR_MAX];
  size_t m = acr_letters(w->text + b0, b1 - b0, a);
  if (!m) return 0;
  uint32_t c0 = 0, c1 = 0;
  int defined = 0;
  for (size_t e = 0; e < w->ents->n; e++) {
    const presse_entity *x = &w->ents->ent[e];
    if (x->type != PRESSE_ORG || x->b1 - x->b0 <= b1 - b0) continue;
    /* its first letter, before the words are read */
    uint32_t cp;
    char o[ENT_FOLD_MAX];
    size_t on = 0;
    ent_utf8_next((const unsigned char *)w->text + x->b0, x->b1 - x->b0, &cp);
    ent_fold_cp(cp, o, &on);
    if (on != 1 || o[0] != a[0]) continue;
    acr_word wd[ACR_WORDS];
    size_t nw = acr_words(w->text + x->b0, x->b1 - x->b0, wd);
    if (nw < 2) continue;
    /* "Nom complet (ACR)": the text defines the acronym */
    const char *t = w->text + x->b1;
    size_t left = w->n - x->b1;
    int def = left > (b1 - b0) + 2 && t[0] == ' ' && t[1] == '(' &&
              !memcmp(t + 2, w->text + b0, b1 - b0) && t[2 + b1 - b0] == ')';
    if (!def && !acr_spell(a, 0, m, wd, 0, nw, 2)) continue;
    if (defined && !def) continue;
    if (c1 && !(def && !defined) &&
        (x->b1 - x->b0 != c1 - c0 ||
         memcmp(w->text + x->b0, w->text + c0, c1 - c0)))
      return 0; /* two names spell it: which one is not said */
    c0 = x->b0;
    c1 = x->b1;
    defined |= def;
  }
  *f0 = c0;
  *f1 = c1;
  return c1 != 0;
}

/* An acronym speaker ("a indiqué la Cnil", "écrit la FFHB") is the body
** whose full name the text gives: the gold names bodies by their full
** names (22 of 24 bodies the development sets give both ways). */
void q_acronym_full_names(qwork *w) {
  if (!w->ents) return;
  uint32_t lb0 = 0, lb1 = 0, f0 = 0, f1 = 0;
  int found = 0;
  for (size_t i = 0; i < w->ndq + w->niq; i++) {
    int32_t *spk = i < w->ndq ? &w->dq[i].spk : &w->iq[i - w->ndq].spk;
    if (*spk < 0 || w->spk[*spk].person) continue;
    qspeaker o = w->spk[*spk];
    if (o.b1 - o.b0 > 2 * ACR_MAX) continue;
    if (!(o.b0 == lb0 && o.b1 == lb1)) {
      lb0 = o.b0;
      lb1 = o.b1;
      found = acronym_full_name(w, o.b0, o.b1, &f0, &f1);
    }
    if (!found) continue;
    int32_t t = q_add_speaker(w, f0, f1, o.at, o.gender);
    if (t < 0) continue;
    w->spk[t].tt0 = o.tt0;
    w->spk[t].tt1 = o.tt1;
    *spk = t;
  }
}
