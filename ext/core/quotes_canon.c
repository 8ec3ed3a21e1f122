/*
** quotes_canon.c: a body or function speaker's canonical form in its
** document, after attribution. A reader names an organisation by the full
** name the text gives it ("la Commission nationale de l'informatique et
** des libertés … a indiqué la Cnil" is the Commission), as the gold does
** (docs/ANNOTATION.md: the canonical name). Shapes and function words
** only, no name.
*/
#include "ent_lex.h"
#include "lexicon.h"
#include "quotes_int.h"

#include <string.h>

#include "lex_acronym_function_words.h"
#include "lex_speaker_departements.h"
#include "speaker_class_lists.h"
#include "speaker_grammar.h"

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
  return presse_lex_find(&lex_acronym_function_words, f, n) != NULL;
}

/* The code point of s[0, n) at *i, folded (lowercase, no accent), when it
** folds to one byte, else 0; *i moves past it. */
static char acr_fold_next(const char *s, size_t n, size_t *i) {
  uint32_t cp;
  *i += ent_utf8_next((const unsigned char *)s + *i, n - *i, &cp);
  char o[ENT_FOLD_MAX];
  size_t on = 0;
  ent_fold_cp(cp, o, &on);
  return on == 1 ? o[0] : 0;
}

/* Split the name s[0, n) into words at spaces, hyphens and apostrophes
** ("Haut-Commissariat", "l'informatique": two words each); 0 when it has
** more than ACR_WORDS words. */
static size_t acr_words(const char *s, size_t n, acr_word *wd) {
  size_t nw = 0;
  int open = 0;
  for (size_t i = 0; i < n;) {
    char o = acr_fold_next(s, n, &i);
    int letter = (o >= 'a' && o <= 'z') || (o >= '0' && o <= '9');
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
      p->f[p->n++] = o;
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
    char o = acr_fold_next(s, n, &i);
    if (o < 'a' || o > 'z' || m == ACR_MAX) return 0;
    a[m++] = o;
  }
  return m >= 2 ? m : 0;
}

/* The full name of the body whose acronym is the speaker span [b0, b1):
** an organisation named in two words or more, the one right before
** "(ACR)" when the text defines the acronym so, else the only name whose
** words spell it (acr_spell). 0 when none or two. */
static int acronym_scan(const qwork *w, uint32_t b0, uint32_t b1, const char *a,
                        size_t m, uint32_t *f0, uint32_t *f1) {
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

/* acronym_scan() once per distinct acronym of the document (qacr_cache in
** quotes_int.h); without the cache (no memory for it), every time. */
static int acronym_full_name(const qwork *w, uint32_t b0, uint32_t b1,
                             uint32_t *f0, uint32_t *f1) {
  char a[ACR_MAX];
  size_t m = acr_letters(w->text + b0, b1 - b0, a);
  if (!m) return 0;
  qacr_cache *c = w->acr;
  if (c && !c->slot) {
    c->slot =
        w->mem->xRealloc(w->mem->ctx, NULL, Q_ACR_SLOTS * sizeof *c->slot);
    if (c->slot) memset(c->slot, 0, Q_ACR_SLOTS * sizeof *c->slot);
  }
  if (!c || !c->slot) return acronym_scan(w, b0, b1, a, m, f0, f1);
  uint32_t h = 2166136261u;
  for (uint32_t i = b0; i < b1; i++)
    h = (h ^ (unsigned char)w->text[i]) * 16777619u;
  qacr_memo *e = &c->slot[h & (Q_ACR_SLOTS - 1)];
  while (e->a1) {
    if (e->a1 - e->a0 == b1 - b0 &&
        !memcmp(w->text + e->a0, w->text + b0, b1 - b0)) {
      *f0 = e->f0;
      *f1 = e->f1;
      return e->f1 != 0;
    }
    e = e + 1 < c->slot + Q_ACR_SLOTS ? e + 1 : c->slot;
  }
  if (c->n >= Q_ACR_SCANS) return 0;
  c->n++;
  e->a0 = b0;
  e->a1 = b1;
  if (!acronym_scan(w, b0, b1, a, m, &e->f0, &e->f1)) e->f0 = e->f1 = 0;
  *f0 = e->f0;
  *f1 = e->f1;
  return e->f1 != 0;
}

void q_rename_body_speakers(qwork *w, q_name_finder find, void *ctx) {
  /* one search per name: the quotes of one body follow each other */
  uint32_t lb0 = 0, lb1 = 0, f0 = 0, f1 = 0;
  int found = 0;
  for (size_t i = 0; i < w->ndq + w->niq; i++) {
    int32_t *spk = i < w->ndq ? &w->dq[i].spk : &w->iq[i - w->ndq].spk;
    if (*spk < 0 || w->spk[*spk].person) continue;
    qspeaker o = w->spk[*spk];
    if (!(o.b0 == lb0 && o.b1 == lb1)) {
      lb0 = o.b0;
      lb1 = o.b1;
      found = find(w, *spk, ctx, &f0, &f1);
    }
    if (!found) continue;
    int32_t t = q_add_speaker(w, f0, f1, o.at, o.gender);
    if (t < 0) continue;
    w->spk[t].tt0 = o.tt0;
    w->spk[t].tt1 = o.tt1;
    *spk = t;
  }
}

/* An acronym speaker ("a indiqué la Cnil", "écrit la FFHB") is the body
** whose full name the text gives: the gold names bodies by their full
** names (22 of 24 bodies the development sets give both ways). */
static int acronym_finder(qwork *w, int32_t s, void *ctx, uint32_t *f0,
                          uint32_t *f1) {
  (void)ctx;
  const qspeaker *o = &w->spk[s];
  return o->b1 - o->b0 <= 2 * ACR_MAX &&
         acronym_full_name(w, o->b0, o->b1, f0, f1);
}

void q_acronym_full_names(qwork *w) {
  if (w->ents) q_rename_body_speakers(w, acronym_finder, NULL);
}

/* "Le Conseil des arts et des lettres de X a salué … . Le Conseil y voit
** « … »": a body's speaker given by one capitalised word (the head of
** its name: "le Conseil", "la Cour", "l'Agence") is the longer
** organisation name the text gives with that head before it, as the
** gold names bodies in full; none when two longer names share the head
** ("la Cour des comptes", "la Cour de cassation"). */
static int head_finder(qwork *w, int32_t s, void *ctx, uint32_t *f0,
                       uint32_t *f1) {
  (void)ctx;
  const qspeaker *o = &w->spk[s];
  const char *c = w->text + o->b0;
  uint32_t n = o->b1 - o->b0, fb0 = 0, fb1 = 0;
  if (n < 3 || *c < 'A' || *c > 'Z' || memchr(c, ' ', n)) return 0;
  /* a common noun for a body, capitalised; not a company's short name
  ** ("Samsung" after "Samsung Electronics" may be the whole group) */
  size_t t = q_tok_from(w->tok, w->ntok, 0, o->b0);
  if (t >= w->ntok || w->tok[t].b0 != o->b0 || !(w->feat[t] & QT_GROUP))
    return 0;
  for (size_t e = 0; e < w->ents->n; e++) {
    const presse_entity *x = &w->ents->ent[e];
    if (x->b0 >= o->b0) break;
    if (x->type != PRESSE_ORG || x->b1 - x->b0 <= n + 1 ||
        memcmp(w->text + x->b0, c, n) || w->text[x->b0 + n] != ' ')
      continue;
    if (fb1 && (x->b1 - x->b0 != fb1 - fb0 ||
                memcmp(w->text + x->b0, w->text + fb0, fb1 - fb0)))
      return 0;
    fb0 = x->b0;
    fb1 = x->b1;
  }
  *f0 = fb0;
  *f1 = fb1;
  return fb1 != 0;
}

void q_head_full_names(qwork *w) {
  if (w->ents) q_rename_body_speakers(w, head_finder, NULL);
}

/* ------------------------------------------ a function and its body */

static int is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

static int title_noun(const qwork *w, size_t i) {
  return is_word(w, i) && (w->feat[i] & (QT_TITLE_M | QT_TITLE_F));
}

/* The token starting at byte b, or Q_NONE. Found from the text's tokens
** per byte (q_tok_near): the same token as a search from the first one,
** in a few reads where the doubling steps took some twenty. */
static size_t tok_at(const qwork *w, uint32_t b) {
  size_t t = q_tok_near(w, 0, b);
  return t < w->ntok && w->tok[t].b0 == b ? t : Q_NONE;
}

/* How de joins the body named at b0 (its token t, or Q_NONE): by the
** article before it ("la CPME": de la; "le Conseil": du; "l'Autorité":
** de l'), else by its first letter ("IndiGo": d'). */
static uint8_t body_link(const qwork *w, size_t t, uint32_t b0) {
  if (t != Q_NONE && t > 0 && !w->inq[t - 1]) {
    /* named right after the link ("le porte-parole du Kremlin") */
    if (q_du(w, t - 1)) return PRESSE_LINK_DU;
    if (q_des_article(w, t - 1)) return PRESSE_LINK_DES;
    if (q_le(w, t - 1)) return PRESSE_LINK_DU;
    if (q_la(w, t - 1)) return PRESSE_LINK_DE_LA;
    if (q_les(w, t - 1)) return PRESSE_LINK_DES;
    if (q_elided_article(w, t - 1) && (w->tok[t - 1].flags & PRESSE_TF_ELISION))
      return PRESSE_LINK_DE_L;
  }
  uint32_t cp;
  char o[ENT_FOLD_MAX];
  size_t on = 0;
  ent_utf8_next((const unsigned char *)w->text + b0, w->n - b0, &cp);
  ent_fold_cp(cp, o, &on);
  return on && strchr("aeiouy", o[0]) ? PRESSE_LINK_D : PRESSE_LINK_DE;
}

/* A new speaker [f0, f1) said where o was, with o's title tokens, whose
** complement is [ob0, ob1) joined by link ("maire" + "de" + "Brest"):
** the one way every completion below makes the full form a reader gives
** a function or a body the text writes short. -1 when out of memory. */
static int32_t completed_speaker(qwork *w, const qspeaker *o, uint32_t f0,
                                 uint32_t f1, uint32_t ob0, uint32_t ob1,
                                 uint8_t link) {
  int32_t t = q_add_speaker(w, f0, f1, o->at, o->gender);
  if (t < 0) return -1;
  w->spk[t].tt0 = o->tt0;
  w->spk[t].tt1 = o->tt1;
  w->spk[t].ob0 = ob0;
  w->spk[t].ob1 = ob1;
  w->spk[t].olink = link;
  return t;
}

/* ------------------------------------------ an acronym defined by its name */

/* The acronyms a text defines, "(ACR)": the first DEF_MAX entities
** between parentheses, in text order (more is rare; the rest are not
** looked for, so each speaker costs DEF_MAX comparisons at most). */
#define DEF_MAX 32
typedef struct acr_defs {
  uint32_t b0[DEF_MAX], b1[DEF_MAX];
  size_t n;
} acr_defs;

static void collect_definitions(const qwork *w, acr_defs *d) {
  d->n = 0;
  for (size_t e = 0; e < w->ents->n && d->n < DEF_MAX; e++) {
    const presse_entity *x = &w->ents->ent[e];
    if (x->b0 > 0 && x->b1 < w->n && w->text[x->b0 - 1] == '(' &&
        w->text[x->b1] == ')') {
      d->b0[d->n] = x->b0;
      d->b1[d->n++] = x->b1;
    }
  }
}

/* The token of "(" opening the first definition of the acronym [b0, b1),
** or Q_NONE. */
static size_t acronym_definition(const qwork *w, const acr_defs *d, uint32_t b0,
                                 uint32_t b1) {
  for (size_t i = 0; i < d->n; i++)
    if (d->b1[i] - d->b0[i] == b1 - b0 &&
        !memcmp(w->text + d->b0[i], w->text + b0, b1 - b0))
      return tok_at(w, d->b0[i] - 1);
  return Q_NONE;
}

/* Whether token i is the punctuation mark c. */
static int mark_is(const qwork *w, size_t i, char c) {
  return i < w->ntok && Q_ISPUNCT(w, i, c);
}

/* The name the acronym a[0, m) abbreviates, written right before its
** definition at token p ("l'agence régionale de santé (ARS)", "le
** service départemental d'incendie et de secours (Sdis)"): the longest
** run of words before p that spells it, one content word a letter (a
** function word may spell one: "direction départementale des
** territoires (DDT)"), opening with a content word; *f0 its first byte.
** The lowercase names entities() leaves out are found so too. 0 when
** none. */
static int defined_name(const qwork *w, size_t p, const char *a, size_t m,
                        uint32_t *f0) {
  uint32_t end = w->tok[p].b0;
  int found = 0;
  for (size_t i = p, k = 0; i-- > 0 && k < ACR_WORDS; k++) {
    if (!is_word(w, i) || w->inq[i]) break;
    acr_word wd[ACR_WORDS];
    size_t nw = acr_words(w->text + w->tok[i].b0, end - w->tok[i].b0, wd);
    if (!nw) break;
    if (!wd[0].func && wd[0].f[0] == a[0] && acr_spell(a, 0, m, wd, 0, nw, 0)) {
      *f0 = w->tok[i].b0;
      found = 1;
    }
  }
  return found;
}

/* The definition "(ACR)" (its "(" token, or Q_NONE) a body's speaker o
** stands beside: o the acronym, whose definition is the first the text
** gives; o the place right after it ("(ARS) Nouvelle-Aquitaine", where
** the subject walk stops: *place set); o the name right before it. */
static size_t definition_of(const qwork *w, const acr_defs *d,
                            const qspeaker *o, int *place) {
  size_t n = o->b1 - o->b0, t = tok_at(w, o->b0);
  *place = 0;
  char a[ACR_MAX];
  if (t == Q_NONE) return Q_NONE;
  /* a word like an acronym ("Cnil", or "Occitanie") may be a place */
  if (n <= 2 * ACR_MAX && acr_letters(w->text + o->b0, n, a)) {
    size_t p = acronym_definition(w, d, o->b0, o->b1);
    if (p != Q_NONE) return p;
  }
  if (t >= 3 && mark_is(w, t - 1, ')') && mark_is(w, t - 3, '(')) {
    *place = 1;
    return t - 3;
  }
  while (t < w->ntok && w->tok[t].b1 < o->b1)
    t++;
  if (t + 3 < w->ntok && w->tok[t].b1 == o->b1 && mark_is(w, t + 1, '(') &&
      mark_is(w, t + 3, ')'))
    return t + 1;
  return Q_NONE;
}

/* The place a body's name carries after its acronym, with no de
** ("l'agence régionale de santé (ARS) Nouvelle-Aquitaine": the agency of
** that region, whose name ends with it): the LOC entity opening right
** after the ")" that closes the definition at p, into *p0, *p1; 0 when
** none ("(ARS) de Bretagne" is a complement, left out). */
static int defined_place(const qwork *w, size_t p, uint32_t *p0, uint32_t *p1) {
  size_t c = p + 2, t = p + 3;
  if (t >= w->ntok || !mark_is(w, c, ')') || w->ent[t] < 0) return 0;
  const presse_entity *x = &w->ents->ent[w->ent[t]];
  if (x->type != PRESSE_LOC || x->b0 != w->tok[t].b0) return 0;
  *p0 = x->b0;
  *p1 = x->b1;
  return 1;
}

/* The name a body's speaker o stands for when the text defines its
** acronym after that name: the name with the place that ends it ("a
** indiqué l'ARS" after "l'agence régionale de santé (ARS)
** Nouvelle-Aquitaine": agence régionale de santé Nouvelle-Aquitaine, as
** written23's README names a body given in full and then by acronym;
** "L'agence … (ARS) Nouvelle-Aquitaine salue …", whose subject walk
** stops on the place: the same), else for the acronym a lowercase name
** no entity holds, where acronym_full_name() finds nothing. Into *f0,
** *f1 and the place *p0, *p1 (0, 0: none); 0 when neither. */
static int defined_body(const qwork *w, const acr_defs *d, const qspeaker *o,
                        uint32_t *f0, uint32_t *f1, uint32_t *p0,
                        uint32_t *p1) {
  uint32_t g0, g1;
  char a[ACR_MAX];
  int place;
  size_t p = definition_of(w, d, o, &place);
  if (p == Q_NONE || p == 0 || p + 2 >= w->ntok) return 0;
  size_t m = acr_letters(w->text + w->tok[p + 1].b0,
                         w->tok[p + 1].b1 - w->tok[p + 1].b0, a);
  if (!m || !defined_name(w, p, a, m, f0)) return 0;
  *f1 = w->tok[p - 1].b1;
  if (defined_place(w, p, p0, p1)) return !place || *p0 == o->b0;
  *p0 = *p1 = 0;
  /* no place: only an acronym whose name no entity holds */
  return o->b0 != *f0 && !place && o->b1 - o->b0 <= 2 * ACR_MAX &&
         !acronym_full_name(w, o->b0, o->b1, &g0, &g1);
}

void q_defined_acronyms(qwork *w) {
  if (!w->ents) return;
  acr_defs d;
  collect_definitions(w, &d);
  if (!d.n) return; /* most texts: no speaker is looked at */
  /* one search per name: the quotes of one body follow each other */
  uint32_t lb0 = 0, lb1 = 0, f0 = 0, f1 = 0, p0 = 0, p1 = 0;
  int found = 0;
  for (size_t i = 0; i < w->ndq + w->niq; i++) {
    int32_t *spk = i < w->ndq ? &w->dq[i].spk : &w->iq[i - w->ndq].spk;
    if (*spk < 0 || w->spk[*spk].person || w->spk[*spk].ob1) continue;
    qspeaker o = w->spk[*spk];
    if (!(o.b0 == lb0 && o.b1 == lb1)) {
      lb0 = o.b0;
      lb1 = o.b1;
      found = defined_body(w, &d, &o, &f0, &f1, &p0, &p1);
    }
    if (!found) continue;
    int32_t t = completed_speaker(w, &o, f0, f1, p0, p1, PRESSE_LINK_NONE);
    if (t >= 0) *spk = t;
  }
}

/* A speaker: the function [f0, f1) of the body speaker b (an
** organisation's canonical span), named at token m (Q_NONE: where its
** span is): the function of its full name when it is an acronym the
** text spells out. */
static int32_t function_of(qwork *w, const qspeaker *o, uint32_t f0,
                           uint32_t f1, int32_t b, size_t m) {
  uint32_t b0 = w->spk[b].b0, b1 = w->spk[b].b1, a0, a1;
  if (m == Q_NONE || w->tok[m].b0 != b0) m = tok_at(w, b0);
  if (b1 - b0 <= 2 * ACR_MAX && acronym_full_name(w, b0, b1, &a0, &a1)) {
    b0 = a0;
    b1 = a1;
    m = tok_at(w, b0);
  }
  uint8_t link = body_link(w, m, b0);
  return completed_speaker(w, o, f0, f1, b0, b1, link);
}

/* An unnamed spokesperson (class 98 of data/speaker_functions.txt at t:
** "le porte-parole du Kremlin", "son porte-parole", "un porte-parole de la
** compagnie") resolved to the body b she speaks for: that function of the
** body, "porte-parole du Kremlin". A spokesperson is a person who is
** quoted, not the body (ANNOTATION: who is quoted, as a reader names
** her; every fresh annotator writes the function with its body); a
** reader filtering by body still finds her through the complement. b
** itself when it is a person or already a composed form. */
int32_t q_spokes_of(qwork *w, size_t t, int32_t b) {
  if (b < 0 || t >= w->ntok || w->spk[b].person ||
      w->spk[b].ob1 > w->spk[b].ob0 || w->spk[b].adj)
    return b;
  qspeaker o;
  memset(&o, 0, sizeof o);
  o.b0 = w->tok[t].b0;
  o.b1 = w->tok[t].b1;
  o.at = (uint32_t)t;
  o.gender = t > 0 ? q_det_gender(w, t - 1) : 0;
  o.tt0 = (uint32_t)t;
  o.tt1 = (uint32_t)t + 1;
  int32_t s = function_of(w, &o, o.b0, o.b1, b, Q_NONE);
  if (s < 0) return b;
  w->spk[s].spokes = 1;
  return s;
}

/* The body an unnamed spokesperson s speaks for (q_spokes_of), for a
** headline that borrows her words: a headline names the body speaking
** ("la Commission « prend acte »"), not its spokesperson. s otherwise. */
int32_t q_spokes_body(qwork *w, int32_t s) {
  if (s < 0 || !w->spk[s].spokes) return s;
  const qspeaker *o = &w->spk[s];
  int32_t b = q_add_speaker(w, o->ob0, o->ob1, o->at, 0);
  return b < 0 ? s : b;
}

/* For a walk back from p to token i: whether i lies past the paragraph
** before p's or more than max sentence starts back (*last, *crossed: the
** walk's sentence and count so far). */
static int beyond_sentences(const qwork *w, size_t p, size_t i, uint32_t *last,
                            int *crossed, int max) {
  if (w->para[p] - w->para[i] > 1) return 1;
  if (w->tok[i].sent == *last) return 0;
  *last = w->tok[i].sent;
  return ++*crossed > max;
}

/* The organisation a possessive before a function at p refers to ("La
** CPME se montre plus nuancée. Son président a estimé …", "Reste
** l'Autorité de la concurrence. Son président a rappelé …"): the last
** one named outside quotations in its sentence or the two before, when
** no person is named after it (a person's "son entraîneur" is his
** club's) and it is no complement ("une allusion au PSG. Son entraîneur"
** may be anybody's). A speaker index (*m: the mention's token), or -1. */
static int32_t possessor_org(qwork *w, size_t p, size_t *m) {
  uint32_t last = w->tok[p].sent;
  int crossed = 0;
  for (size_t i = p, n = 0; i-- > 0 && n < 200; n++) {
    if (beyond_sentences(w, p, i, &last, &crossed, 2)) break;
    if (w->inq[i] || w->ent[i] < 0) continue;
    size_t f = q_ent_first(w, i);
    int32_t e = w->ent[i];
    i = f;
    uint8_t type = w->ents->ent[e].type;
    if (type == PRESSE_PER) return -1;
    if (type != PRESSE_ORG) continue;
    if (q_after_preposition(w, f)) return -1;
    *m = f;
    return q_entity_speaker(w, e, (uint32_t)f);
  }
  return -1;
}

static int named_in(const qwork *w, size_t a, size_t b);

/* The institution a possessive before a function at p refers to when no
** organisation is named ("La chambre d'agriculture du X voit dans cette
** reconversion un exemple. Selon son président, …"; "Le conseil
** départemental du X, qui a prêté des tirages, y voit selon son
** président …"): the group opening its sentence or the one before (or
** after an opening "Selon"), an
** institution noun (data/speaker_groups.txt) after le / la / l' with a
** complement that names its place or body, as written. No person may be
** named between (a person's "son président" is someone else's). A
** speaker index (*m: the group's noun), or -1. */
static int opens_sentence(const qwork *w, size_t i) {
  return (w->tok[i].flags & PRESSE_TF_SENT_START) != 0;
}

/* Whether token i follows "Selon" or "D'après" opening its sentence ("Selon
** la chambre de métiers et de l'artisanat de X, … Son président explique
** …": the source is the body the possessive refers to, as a subject is). */
static int source_opens(const qwork *w, size_t i) {
  if (i == 0 || !(w->feat[i - 1] & (QT_SELON | QT_DAPRES))) return 0;
  size_t o = i - 1;
  if ((w->feat[o] & QT_DAPRES) && o > 0 && q_elided_de(w, o - 1)) o--;
  return opens_sentence(w, o);
}

static int32_t possessor_group(qwork *w, size_t p, size_t *m) {
  uint32_t last = w->tok[p].sent;
  int crossed = 0;
  for (size_t i = p, n = 0; i-- > 0 && n < 200; n++) {
    if (beyond_sentences(w, p, i, &last, &crossed, 1)) break;
    if (w->ent[i] >= 0 && w->ents->ent[w->ent[i]].type == PRESSE_PER) return -1;
    if (!(opens_sentence(w, i) || source_opens(w, i)) || w->inq[i] ||
        !q_def_sg(w, i))
      continue;
    size_t h = i + 1;
    if (!is_word(w, h) || !(w->feat[h] & QT_GROUP) || q_upper(w, h)) return -1;
    size_t e = q_title_end(w, h, p), d = h + 1;
    while (d < e && !q_de_word(w, d))
      d++;
    if (d >= e || !named_in(w, d + 1, e)) return -1;
    /* the group ends with the name (a verb the tagger missed may follow:
    ** "… du X voit") */
    while (!q_upper(w, e - 1))
      e--;
    *m = h;
    return q_add_speaker(w, w->tok[h].b0, w->tok[e - 1].b1, (uint32_t)h, 0);
  }
  return -1;
}

/* A function given with a possessive and no name ("Son président a
** estimé", "Sa directrice générale a promis"), as written: that function
** of the organisation the possessive refers to. -1 when it is not one. */
static int32_t possessive_function(qwork *w, const qspeaker *o, size_t s0) {
  if (s0 == 0 || !title_noun(w, s0) || w->inq[s0]) return -1;
  size_t p = s0 - 1;
  if (!q_holder_possessive(w, p)) return -1;
  /* the function alone: no complement of its own */
  size_t t1 = q_title_end(w, s0, w->ntok);
  if (t1 <= s0 || w->tok[t1 - 1].b1 != o->b1) return -1;
  /* nor a name in apposition ("son porte-parole, le colonel X") */
  if (t1 < w->ntok && Q_ISPUNCT(w, t1, ','))
    for (size_t k = t1 + 1; k < w->ntok && k <= t1 + 4; k++)
      if (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER)
        return -1;
  size_t n0 = w->nspk, m = Q_NONE;
  int32_t b = possessor_org(w, p, &m);
  if (b < 0) b = possessor_group(w, p, &m);
  if (b < 0) {
    w->nspk = n0;
    return -1;
  }
  return function_of(w, o, o->b0, o->b1, b, m);
}

/* The end (exclusive) of a party label in parentheses opening at k ("(LR)",
** "(PS)", "(Les Écologistes)": capitalised words, at most four), or
** Q_NONE. */
static size_t party_label_end(const qwork *w, size_t k) {
  if (k >= w->ntok || !Q_ISPUNCT(w, k, '(')) return Q_NONE;
  for (size_t j = k + 1; j < w->ntok && j <= k + 5; j++) {
    if (Q_ISPUNCT(w, j, ')')) return j > k + 1 ? j + 1 : Q_NONE;
    if (w->inq[j] || (is_word(w, j) && !q_upper(w, j) && j == k + 1))
      return Q_NONE;
    if (!is_word(w, j) && !Q_ISPUNCT(w, j, '-')) return Q_NONE;
  }
  return Q_NONE;
}

/* How the de-word at c joins the complement after it, and where that
** complement's words start (*h): "du", "des", "de la", "de l'", "d'",
** "de". */
static uint8_t complement_link(const qwork *w, size_t c, size_t *h) {
  *h = c + 1;
  if (q_du(w, c)) return PRESSE_LINK_DU;
  if (q_des_article(w, c)) return PRESSE_LINK_DES;
  if (q_elided_de(w, c)) return PRESSE_LINK_D;
  if (q_la(w, c + 1)) {
    *h = c + 2;
    return PRESSE_LINK_DE_LA;
  }
  if (q_elided_article(w, c + 1) && (w->tok[c + 1].flags & PRESSE_TF_ELISION)) {
    *h = c + 2;
    return PRESSE_LINK_DE_L;
  }
  return PRESSE_LINK_DE;
}

/* A function cut by a party label in parentheses before its complement
** ("a expliqué le maire (LR) de Brivelle", "le député (RN) de la
** Somme"): the function with that complement, without the label, as a
** reader names the office (ANNOTATION: a function as the text gives it,
** completed; a party is no part of it). -1 otherwise. */
static int32_t party_cut_function(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0)) return -1;
  size_t t1 = q_title_end(w, s0, w->ntok);
  if (t1 <= s0 || w->tok[t1 - 1].b1 != o->b1) return -1;
  size_t c = party_label_end(w, t1);
  if (c == Q_NONE || c + 1 >= w->ntok || !q_de_word(w, c) || w->inq[c] ||
      w->para[c] != w->para[s0])
    return -1;
  size_t h, e = q_title_end(w, c - 1, w->ntok);
  uint8_t link = complement_link(w, c, &h);
  if (e <= h || !named_in(w, h, e)) return -1;
  return completed_speaker(w, o, o->b0, o->b1, w->tok[h].b0, w->tok[e - 1].b1,
                           link);
}

/* Whether the organisation mentioned at token h, ending at byte b1, is an
** acronym to which entities() gave a longer canonical name ("l'AMF" after
** "l'Association des maires de France"): entities() pairs them when the
** text does, even where the letters would fit two names (acronym_scan
** gives up on "Association des maires de France" beside "… des maires
** ruraux de France"). */
static int acronym_canonical(const qwork *w, size_t h, uint32_t b1) {
  char a[ACR_MAX];
  const presse_entity *x = &w->ents->ent[w->ent[h]];
  if (x->b0 != w->tok[h].b0 || x->b1 != b1 ||
      !acr_letters(w->text + x->b0, x->b1 - x->b0, a))
    return 0;
  for (uint32_t i = x->b0; i < x->b1; i++)
    if (w->text[i] >= 'a' && w->text[i] <= 'z') return 0; /* a word */
  return x->cb1 > x->cb0 && x->cb1 - x->cb0 > x->b1 - x->b0;
}

/* A function of a body described, not named ("le gouverneur de
** l'institution", "le directeur général de la compagnie"): that function
** of the organisation the description designates (q_described_body); a
** function of a body named by an acronym the text spells out ("le
** président de l'AMF"): that function of the full name. -1 otherwise. */
static int32_t function_of_body(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0)) return -1;
  size_t k = s0 + 1;
  while (k < w->ntok && w->tok[k].b1 <= o->b1 && !q_de_word(w, k))
    k++;
  if (k >= w->ntok || w->tok[k].b1 > o->b1 || k == s0) return -1;
  size_t a = k, h = k + 1;
  if (h < w->ntok && q_def_sg(w, h)) a = h++;
  if (h >= w->ntok || w->tok[h].b1 > o->b1) return -1;
  uint32_t f1 = w->tok[k - 1].b1;
  if (w->ent[h] >= 0) {
    /* an acronym the text spells out, ending the speaker */
    uint32_t f0b, f1b;
    if (w->ents->ent[w->ent[h]].type != PRESSE_ORG || w->tok[h].b1 != o->b1)
      return -1;
    if (acronym_canonical(w, h, o->b1)) {
      int32_t b = q_entity_speaker(w, w->ent[h], (uint32_t)h);
      return b < 0 ? -1 : function_of(w, o, o->b0, f1, b, Q_NONE);
    }
    if (!acronym_full_name(w, w->tok[h].b0, o->b1, &f0b, &f1b)) return -1;
    int32_t b = q_add_speaker(w, w->tok[h].b0, o->b1, o->at, 0);
    return b < 0 ? -1 : function_of(w, o, o->b0, f1, b, h);
  }
  /* a body noun, maybe with one adjective, ending the speaker */
  if (!q_body_noun(w, h)) return -1;
  if (w->tok[h].b1 != o->b1 &&
      !(h + 1 < w->ntok && w->tok[h + 1].b1 == o->b1 && is_word(w, h + 1) &&
        !(w->tok[h + 1].flags & PRESSE_TF_UPPER) && w->ent[h + 1] < 0))
    return -1;
  size_t n0 = w->nspk;
  int32_t b = q_described_body(w, a);
  if (b < 0 || w->spk[b].person) {
    w->nspk = n0;
    return -1;
  }
  return function_of(w, o, o->b0, f1, b, Q_NONE);
}

/* How far, in tokens either side, a function alone looks for the mention
** that completes it (commune_function, function_completed): each quotation
** looks afresh, so an unbounded search made quotes() quadratic on a text of
** many such quotations (tests/check_linear.sh, "« a », poursuit le maire, ").
** 2,000 tokens is about 12 kB of text, longer than a news article. */
#define COMPLETE_WINDOW 2000

/* The kind noun ending the complement of the function at s0 whose group
** ends at byte b1 ("le président du groupe", "la porte-parole de la
** fédération": an institution noun of data/speaker_groups.txt after du /
** de la / de l'): its token, or Q_NONE. */
static size_t complement_kind(const qwork *w, size_t s0, uint32_t b1) {
  size_t h = s0 + 1;
  while (h < w->ntok && w->tok[h].b1 < b1)
    h++;
  if (h >= w->ntok || w->tok[h].b1 != b1 || h < s0 + 2 || !is_word(w, h) ||
      q_upper(w, h) || w->word[h] || w->verb[h] ||
      (w->feat[h] & (QT_TITLE_M | QT_TITLE_F)))
    return Q_NONE;
  size_t d = h - 1;
  if (q_def_sg(w, d) && !q_le(w, d) && d > s0 + 1 && q_de(w, d - 1)) return h;
  return q_du(w, d) ? h : Q_NONE;
}

/* Whether token k opens, capitalised, a name of several words that
** entities() found and that starts with the kind noun at h ("le 35e
** Festival du film de X", "la Fédération des amis de Y"): the body's
** name, which completes "du festival" as "le festival X" does. */
static int kind_titled(const qwork *w, size_t k, size_t h) {
  return !w->inq[k] && w->ent[k] >= 0 && q_ent_first(w, k) == k &&
         q_upper(w, k) && q_ent_last(w, k) > k && q_same_word(w, k, h);
}

/* The mention "<kind> <Name>" of the kind noun at h with a name right after
** it ("le groupe Avenir Commun", "la fédération Cap Loisirs": an
** organisation or event entities() found there), or a name opening with
** that noun (kind_titled: "le Festival du film de X"), outside quotations
*within
** COMPLETE_WINDOW tokens, the nearest before, else the first after: its
** kind noun's token (*last: the name's last token), or Q_NONE. */
static size_t kind_named(const qwork *w, size_t h, size_t *last) {
  size_t lo = h > COMPLETE_WINDOW ? h - COMPLETE_WINDOW : 0;
  size_t hi = w->ntok - h > COMPLETE_WINDOW ? h + COMPLETE_WINDOW : w->ntok;
  /* both mentions open with the kind noun (q_same_word): a token whose
  ** kept form's length differs is none (q_same_folded), the cheapest test */
  uint8_t fh = w->flen[h];
  for (size_t pass = 0; pass < 2; pass++)
    for (size_t i = 1;; i++) {
      size_t k = pass == 0 ? h - i : h + i;
      if (pass == 0 ? i > h - lo : k + 1 >= hi) break;
      if (fh <= Q_FOLD_KEEP && w->flen[k] != fh) continue;
      if (kind_titled(w, k, h)) {
        *last = q_ent_last(w, k);
        return k;
      }
      size_t n = k + 1;
      if (w->inq[k] || w->ent[n] < 0 || q_ent_first(w, n) != n ||
          q_upper(w, k) || w->para[n] != w->para[k] ||
          (w->tok[n].flags & (PRESSE_TF_LINE_START | PRESSE_TF_SENT_START)) ||
          !q_same_word(w, k, h))
        continue;
      *last = q_ent_last(w, n);
      return k;
    }
  return Q_NONE;
}

/* A function whose complement is a kind of body alone ("a déclaré le
** président du groupe", "selon la porte-parole de la fédération") in a
** text that names that body by its kind and its name ("le groupe Avenir
** Commun"): the function of that body, as the text names it in full
** ("président du groupe Avenir Commun"; ANNOTATION: a function as the text
** gives it, completed). -1 otherwise. */
static int32_t kind_completed(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0)) return -1;
  size_t h = complement_kind(w, s0, o->b1), e = 0;
  if (h == Q_NONE) return -1;
  size_t k = kind_named(w, h, &e);
  if (k == Q_NONE) return -1;
  /* the link as the complement writes it: du, de la, de l' */
  size_t d = h - 1;
  uint8_t link = PRESSE_LINK_DU;
  if (!q_du(w, d)) link = q_la(w, d--) ? PRESSE_LINK_DE_LA : PRESSE_LINK_DE_L;
  return completed_speaker(w, o, o->b0, w->tok[d - 1].b1, w->tok[k].b0,
                           w->tok[e].b1, link);
}

/* The organisation or event (ORG or MISC entity) whose name opens right
** after the link at k ("du", "de la", "de l'", maybe with an ordinal: "du
** 35e Festival du film de X"): its first token (*link: the link), or
** Q_NONE. */
static size_t linked_body(const qwork *w, size_t k, uint8_t *link) {
  size_t n = k + 1;
  *link = PRESSE_LINK_DU;
  if (!q_du(w, k)) {
    if (!q_de_whole(w, k) || n >= w->ntok) return Q_NONE;
    *link = q_la(w, n) ? PRESSE_LINK_DE_LA : PRESSE_LINK_DE_L;
    if (!q_fem_article(w, n)) return Q_NONE;
    n++;
  }
  if (n < w->ntok && w->ent[n] < 0 && w->text[w->tok[n].b0] >= '0' &&
      w->text[w->tok[n].b0] <= '9')
    n++;
  if (n >= w->ntok || w->ent[n] < 0 || q_ent_first(w, n) != n) return Q_NONE;
  int type = w->ents->ent[w->ent[n]].type;
  return type == PRESSE_ORG || type == PRESSE_MISC ? n : Q_NONE;
}

/* A body's noun alone as written ("le jury a salué …") in a text that
** names that body in full once, by the same noun and the organisation or
** event it belongs to ("le jury du Festival du film de X"): the body as
** the text names it ("jury du Festival du film de X"; ANNOTATION: a body
** as the text gives it in full). -1 otherwise. */
static int32_t body_completed(qwork *w, const qspeaker *o, size_t s0) {
  if (w->tok[s0].b0 != o->b0 || w->tok[s0].b1 != o->b1 || !is_word(w, s0) ||
      title_noun(w, s0) || w->inq[s0])
    return -1;
  size_t lo = s0 > COMPLETE_WINDOW ? s0 - COMPLETE_WINDOW : 0;
  size_t hi = w->ntok - s0 > COMPLETE_WINDOW ? s0 + COMPLETE_WINDOW : w->ntok;
  uint8_t f0 = w->flen[s0];
  for (size_t k = lo + 1; k + 1 < hi; k++) {
    uint8_t link;
    size_t n;
    /* a kept form is the same word only as a token whose kept form has
    ** its length (q_same_folded; a form not kept folds longer): memchr
    ** finds the next one, past the many tokens of other lengths */
    if (f0 <= Q_FOLD_KEEP) {
      const uint8_t *p = memchr(w->flen + k, f0, hi - 1 - k);
      if (!p) break;
      k = (size_t)(p - w->flen);
    }
    /* cheap rejection first: the link after the noun opens with d */
    if (w->text[w->tok[k + 1].b0] != 'd' || k == s0 || w->inq[k] ||
        !q_same_word(w, k, s0) || q_upper(w, k) || !q_definite(w, k - 1) ||
        (n = linked_body(w, k + 1, &link)) == Q_NONE)
      continue;
    return completed_speaker(w, o, o->b0, o->b1, w->tok[n].b0,
                             w->tok[q_ent_last(w, n)].b1, link);
  }
  return -1;
}

/* Whether token k is the noun of a territorial body named by its place
** (data/speaker_functions.txt, class 119: région, métropole), compared as
** literals (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(territory_noun, TERRITORY_NOUNS)

/* The words of an intercommunal body's noun (data/speaker_grammar.txt). */
Q_WORD_LIST_TEST(intercommunal_head, INTERCOMMUNAL_NOUNS)
Q_WORD_LIST_TEST(intercommunal_complement, INTERCOMMUNAL_COMPLEMENTS)
Q_WORD_LIST_TEST(intercommunal_adjective, INTERCOMMUNAL_ADJECTIVES)

/* The first token of the intercommunal body's noun ending at k ("la
** communauté de communes", "la communauté d'agglomération", "la
** communauté urbaine"), whose name entities() may type as an
** organisation or a work: its "communauté", else Q_NONE. */
static size_t intercommunal_noun(const qwork *w, size_t k) {
  if (k >= 2 && (intercommunal_complement(w, k) || territory_noun(w, k)) &&
      q_de_word(w, k - 1) && intercommunal_head(w, k - 2))
    return k - 2;
  if (k >= 1 && intercommunal_adjective(w, k) && intercommunal_head(w, k - 1))
    return k - 1;
  return Q_NONE;
}

/* A place that speaks where the text writes it after the noun of its
** territorial body ("La région Hauts-de-France avait annoncé …", "selon la
** métropole X"), or a name after an intercommunal body's noun ("la
** communauté de communes X assure …"): the body is the speaker, as
** written ("région Hauts-de-France", "communauté de communes X", as
** written21's and written24's READMEs name them), not the territory. -1
** otherwise. */
static int32_t territorial_body(qwork *w, int32_t s) {
  const qspeaker *o = &w->spk[s];
  if (o->person || o->ob1) return -1;
  size_t k = tok_at(w, o->b0);
  if (k == Q_NONE || k < 2 || w->ent[k] < 0 || q_ent_first(w, k) != k ||
      w->tok[q_ent_last(w, k)].b1 != o->b1 || q_upper(w, k - 1))
    return -1;
  size_t j = intercommunal_noun(w, k - 1);
  if (j == Q_NONE) {
    if (w->ents->ent[w->ent[k]].type != PRESSE_LOC || !territory_noun(w, k - 1))
      return -1;
    j = k - 1;
  } else if (w->ents->ent[w->ent[k]].type == PRESSE_PER) {
    return -1;
  }
  if (j == 0 || !q_definite(w, j - 1)) return -1;
  return q_add_speaker(w, w->tok[j].b0, o->b1, o->at, o->gender);
}

/* Whether token k is the plural noun of a body's members (class 130 of
** data/speaker_functions.txt: magistrats, sages), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(member_noun, MEMBER_NOUNS)
Q_WORD_LIST_TEST(member_article, MEMBER_ARTICLES)

/* A body's members named by their plural noun for the body speaking
** ("Dans son rapport, la Cour des comptes estime … . Les magistrats
** pointent « … »"; "Selon les Sages, …" after "le Conseil
** constitutionnel a censuré …"): the body, as the gold names a body's
** collective voice, when described_body finds it named as a subject or
** a noun's complement in the sentence or the two before. -1 otherwise. */
static int32_t member_body(qwork *w, int32_t s) {
  const qspeaker *o = &w->spk[s];
  if (o->person || o->ob1) return -1;
  size_t k = o->at;
  if (k >= w->ntok || !member_noun(w, k)) k = tok_at(w, o->b0);
  if (k == Q_NONE || k == 0 || w->inq[k] || !member_noun(w, k) ||
      !member_article(w, k - 1))
    return -1;
  int32_t b = q_described_body(w, k - 1);
  /* named by its head ("la Cour") or acronym: its full name, as the
  ** passes before this one give the body's own quotes */
  uint32_t f0, f1;
  if (b >= 0 && (head_finder(w, b, NULL, &f0, &f1) ||
                 acronym_finder(w, b, NULL, &f0, &f1))) {
    int32_t t = q_add_speaker(w, f0, f1, w->spk[b].at, w->spk[b].gender);
    if (t >= 0) b = t;
  }
  return b;
}

/* An organisation that speaks "par la voix de son porte-parole" ("Le
** parti X, par la voix de son porte-parole, a jugé que …"): the voice
** speaks (written23's and written24's gold: a reader asked who said it
** names the voice), known only by its function: "porte-parole du parti
** X" (possessive_function). Not a place, which speaks through its
** ministry in its own name (written13's gold). -1 otherwise. */
static int32_t voice_function(qwork *w, int32_t s) {
  const qspeaker *o = &w->spk[s];
  if (o->person || o->ob1) return -1;
  size_t k = tok_at(w, o->b0);
  if (k == Q_NONE || w->ent[k] < 0 || q_ent_first(w, k) != k ||
      w->ents->ent[w->ent[k]].type != PRESSE_ORG)
    return -1;
  size_t e = q_ent_last(w, k), s0 = e + 7;
  if (w->tok[e].b1 != o->b1 || s0 >= w->ntok || !Q_ISPUNCT(w, e + 1, ',') ||
      !q_voice_locution(w, e + 2) || !q_his_her(w, e + 6) || !title_noun(w, s0))
    return -1;
  size_t t1 = q_title_end(w, s0, w->ntok);
  if (t1 <= s0) return -1;
  qspeaker v = *o;
  v.b0 = w->tok[s0].b0;
  v.b1 = w->tok[t1 - 1].b1;
  v.tt0 = (uint32_t)s0;
  v.tt1 = (uint32_t)t1;
  return possessive_function(w, &v, s0);
}

/* Whether a place (a LOC entity) starts at token k. */
static int place_at(const qwork *w, size_t k) {
  return k < w->ntok && w->ent[k] >= 0 && q_ent_first(w, k) == k &&
         w->ents->ent[w->ent[k]].type == PRESSE_LOC;
}

/* The place of "À X," opening the sentence at a (X's first token), or
** Q_NONE. */
static size_t opening_place(const qwork *w, size_t a) {
  if (!q_a_preposition(w, a) || !place_at(w, a + 1)) return Q_NONE;
  size_t l = q_ent_last(w, a + 1);
  return l + 1 < w->ntok && Q_ISPUNCT(w, l + 1, ',') ? a + 1 : Q_NONE;
}

/* Whether token k is a noun of a town hall (data/speaker_functions.txt,
** class 101: mairie, municipal, commune), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(town_hall_noun, TOWN_HALL_NOUNS)

/* The commune named after a noun of its town hall at k ("la mairie
** d'Étretat", "le conseil municipal de Landerneau", "la commune de X"):
** its first token, or Q_NONE. */
static size_t town_hall_place(const qwork *w, size_t k) {
  if (!town_hall_noun(w, k) || w->inq[k] || !q_de(w, k + 1) ||
      !place_at(w, k + 2))
    return Q_NONE;
  return k + 2;
}

/* Whether the mayor at s0 has for complement, ending at byte b1, only a
** noun of a town hall ("le maire de la commune", "le maire de la ville",
** "le maire du village": class 101), which names no commune: the reader
** completes it as the mayor alone. */
static int town_hall_complement(const qwork *w, size_t s0, uint32_t b1) {
  size_t k = s0 + 1;
  if (k >= w->ntok || !q_de_word(w, k)) return 0;
  if (q_de(w, k) && k + 1 < w->ntok && q_def_sg(w, k + 1)) k++;
  k++;
  return k < w->ntok && w->tok[k].b1 == b1 && town_hall_noun(w, k);
}

/* The commune a town-hall function written at s0 belongs to, as a reader
** finds it: the place of an "À X," opening its sentence, else the commune
** of the town hall named nearest before ("la mairie d'Étretat", "le
** conseil municipal de Landerneau"), else the first named after, else the
** place of the last "À X," opening a sentence before. Its first token, or
** Q_NONE. */
static size_t commune_named(const qwork *w, size_t s0) {
  size_t x = Q_NONE, a = s0;
  while (a > 0 && s0 - a < 12 && !(w->tok[a].flags & PRESSE_TF_SENT_START))
    a--;
  if (w->tok[a].flags & PRESSE_TF_SENT_START) x = opening_place(w, a);
  size_t lo = s0 > COMPLETE_WINDOW ? s0 - COMPLETE_WINDOW : 0;
  size_t hi = w->ntok - s0 > COMPLETE_WINDOW ? s0 + COMPLETE_WINDOW : w->ntok;
  for (size_t k = s0; x == Q_NONE && k-- > lo;)
    x = town_hall_place(w, k);
  for (size_t k = s0; x == Q_NONE && k < hi; k++)
    x = town_hall_place(w, k);
  for (size_t k = s0; x == Q_NONE && k-- > lo;)
    if ((w->tok[k].flags & PRESSE_TF_SENT_START) && !w->inq[k])
      x = opening_place(w, k);
  return x;
}

/* A mayor with no name, as written ("À Florac, le maire se réjouit",
** "La mairie d'Étretat a annoncé … Le maire a estimé", "a déclaré la
** maire" in an article on "le conseil municipal de Landerneau"): the
** mayor of the commune the text names (commune_named), as a reader
** completes it and the gold writes it ("maire de Florac"). Class 100 of
*data/speaker_functions.txt. -1
** when none. */
static int32_t commune_function(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0) || !q_commune_office(w, s0) ||
      (w->tok[s0].b1 != o->b1 && !town_hall_complement(w, s0, o->b1)))
    return -1;
  size_t x = commune_named(w, s0);
  if (x == Q_NONE) return -1;
  size_t n0 = w->nspk;
  int32_t b = q_entity_speaker(w, w->ent[x], (uint32_t)x);
  if (b < 0) {
    w->nspk = n0;
    return -1;
  }
  return function_of(w, o, o->b0, w->tok[s0].b1, b, x);
}

/* Whether token k is a prefect's seat (data/speaker_functions.txt class
** 110: préfecture), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(prefect_seat, PREFECT_SEATS)

/* The département named after a prefect's seat at k ("la préfecture du
** Var", "de la Haute-Garonne", "des Hautes-Alpes"): the place's first
** token, *c the de-word; Q_NONE when none. */
static size_t prefect_place(const qwork *w, size_t k, size_t *c) {
  if (!prefect_seat(w, k) || w->inq[k] || k + 2 >= w->ntok ||
      !q_de_word(w, k + 1))
    return Q_NONE;
  size_t h;
  complement_link(w, k + 1, &h);
  if (!place_at(w, h)) return Q_NONE;
  *c = k + 1;
  return h;
}

/* A prefect with no name and no complement, as written ("Le préfet, lui,
** a annoncé …", "a déclaré la préfète"): the prefect of the département
** whose préfecture the text names, the nearest mention before, else the
** first after, as a reader completes it and the gold writes it ("préfet
** des Hautes-Alpes"; class 5 of data/speaker_functions.txt). -1 when
** none. */
static int32_t prefect_function(qwork *w, const qspeaker *o, size_t s0) {
  char b[Q_TOK_FOLD_CAP];
  if (!title_noun(w, s0) || w->tok[s0].b1 != o->b1 ||
      !q_listed_with_class(b, q_tok_fold(w, s0, b), 5))
    return -1;
  size_t lo = s0 > COMPLETE_WINDOW ? s0 - COMPLETE_WINDOW : 0;
  size_t hi = w->ntok - s0 > COMPLETE_WINDOW ? s0 + COMPLETE_WINDOW : w->ntok;
  size_t x = Q_NONE, c = 0;
  for (size_t k = s0; x == Q_NONE && k-- > lo;)
    x = prefect_place(w, k, &c);
  for (size_t k = s0; x == Q_NONE && k < hi; k++)
    x = prefect_place(w, k, &c);
  if (x == Q_NONE) return -1;
  size_t h;
  uint8_t link = complement_link(w, c, &h);
  return completed_speaker(w, o, o->b0, o->b1, w->tok[x].b0,
                           w->tok[q_ent_last(w, x)].b1, link);
}

/* Whether spans [a0, a1) and [b0, b1) are one word group, folded. */
static int same_words(const qwork *w, uint32_t a0, uint32_t a1, uint32_t b0,
                      uint32_t b1) {
  char x[64], y[64];
  if (a1 - a0 >= sizeof x || b1 - b0 >= sizeof y) return 0;
  size_t n = q_fold(w->text + a0, a1 - a0, x, sizeof x);
  return n && n == q_fold(w->text + b0, b1 - b0, y, sizeof y) &&
         !memcmp(x, y, n);
}

/* A role with a nationality adjective and no complement ("Sa rivale
** américaine a reconnu …", "a expliqué la coureuse kényane") in a text
** that names one person with that nationality as a title ("l'Américaine
** X", "la Kényane Y": a one-word capitalised MISC after a determiner,
** then the name): that person, as a reader takes the adjective. Within
** COMPLETE_WINDOW tokens before; -1 when none or when two people are
** named so. */
static int32_t demonym_holder(qwork *w, const qspeaker *o, size_t s0) {
  /* a noun and its adjective, the whole speaker (a role no list knows,
  ** "rivale", as well as a function) */
  size_t a = s0 + 1;
  if (s0 == 0 || !is_word(w, s0) || q_upper(w, s0) || w->word[s0] ||
      a >= w->ntok || w->tok[a].b1 != o->b1 || !is_word(w, a) ||
      q_upper(w, a) || w->word[a] || w->ent[a] >= 0)
    return -1;
  size_t lo = s0 > COMPLETE_WINDOW ? s0 - COMPLETE_WINDOW : 1;
  int32_t found = -1;
  size_t at = 0;
  for (size_t k = s0; k-- > lo;) {
    if (w->inq[k] || w->ent[k] < 0 || k + 1 >= w->ntok ||
        w->ents->ent[w->ent[k]].type != PRESSE_MISC || q_ent_first(w, k) != k ||
        q_ent_last(w, k) != k || !(w->word[k - 1] & QW_DET) ||
        w->ent[k + 1] < 0 || w->ents->ent[w->ent[k + 1]].type != PRESSE_PER ||
        !same_words(w, w->tok[k].b0, w->tok[k].b1, w->tok[a].b0, w->tok[a].b1))
      continue;
    int32_t c = w->qe ? w->qe[w->ent[k + 1]].canon : w->ent[k + 1];
    if (found >= 0 && found != c) return -1; /* two of that nationality */
    found = c;
    at = k + 1;
  }
  return found < 0 ? -1 : q_entity_speaker(w, w->ent[at], (uint32_t)at);
}

/* A definite function alone ("Le gouverneur a ajouté", "a précisé la
** présidente") after that function of a body was quoted: that function
** of that body, the last one quoted before (a reader's canonical form of
** a function, like a person's, is its fullest mention). -1 otherwise. */
static int32_t function_again(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0) || s0 == 0 || !q_def_sg(w, s0 - 1)) return -1;
  size_t t1 = q_title_end(w, s0, w->ntok);
  if (t1 <= s0 || w->tok[t1 - 1].b1 != o->b1) return -1;
  int32_t best = -1;
  for (size_t j = 0; j < w->nspk; j++) {
    const qspeaker *p = &w->spk[j];
    if (!p->ob1 || p->at >= o->at || p->b1 - p->b0 != o->b1 - o->b0 ||
        (best >= 0 && w->spk[best].at > p->at))
      continue;
    if (same_words(w, p->b0, p->b1, o->b0, o->b1)) best = (int32_t)j;
  }
  return best;
}

/* Whether tokens [a, b) hold a capitalised word: a complement that names
** ("de l'Agriculture"), not one that refers back ("de l'institution"). */
static int named_in(const qwork *w, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) {
    unsigned char c = (unsigned char)w->text[w->tok[k].b0];
    if (is_word(w, k) && (c >= 'A' && c <= 'Z')) return 1;
  }
  return 0;
}

/* Whether the adjective at a agrees with a word of the complement
** [c0, c1) that names a place or a body ("palois" with "la Section
** paloise", "guingampais" with "En Avant Guingamp"): one folded form
** begins the other, over four letters at least. */
static int adjective_of(const qwork *w, size_t a, size_t c0, size_t c1) {
  char x[Q_TOK_FOLD_CAP], y[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, a, x);
  if (n < 4) return 0;
  for (size_t k = c0; k < c1; k++) {
    size_t m = q_tok_fold(w, k, y);
    size_t l = m < n ? m : n;
    if (l >= 4 && !memcmp(x, y, l)) return 1;
  }
  return 0;
}

/* Whether the function group [s0, t1) is a short form of the full group
** [k, e) with the same noun: the noun alone ("la ministre"), a prefix of
** it ("la directrice du Salon" for "la directrice du Salon du livre de
** X"), or the noun and one adjective of its complement's place or body
** ("le manager palois" for "le manager de la Section paloise"). */
static int short_form_of(const qwork *w, size_t s0, size_t t1, size_t k,
                         size_t e) {
  if (t1 == s0 + 1) return 1;
  if (t1 - s0 < e - k) {
    size_t i = 1;
    while (s0 + i < t1 && same_words(w, w->tok[s0 + i].b0, w->tok[s0 + i].b1,
                                     w->tok[k + i].b0, w->tok[k + i].b1))
      i++;
    if (s0 + i == t1) return 1;
  }
  return t1 == s0 + 2 && is_word(w, s0 + 1) && !w->word[s0 + 1] &&
         adjective_of(w, s0 + 1, k + 2, e);
}

/* A definite function alone ("a déclaré la ministre", "la procureure a
** précisé") in a text that names that function with its complement
** outside quotations ("la ministre de l'Agriculture a tenu un point
** presse"; a complement that names, not "de l'institution"): the reader
** completes it with that mention, as the gold writes
** it (ANNOTATION: a function as the text gives it, completed). So is a
** short form of it (short_form_of: "la directrice du Salon", "le manager
** palois"): the longest form decides, as for a person's name. The
** nearest such mention before, else the first after (a headline's bare
** function). -1 when none. */
static int32_t function_completed(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0) || s0 == 0 || !q_def_sg(w, s0 - 1)) return -1;
  size_t t1 = q_title_end(w, s0, w->ntok);
  if (t1 <= s0 || w->tok[t1 - 1].b1 != o->b1) return -1;
  size_t best = Q_NONE, end = 0;
  /* the noun's kept form's length: a token folded the same has it (the
  ** cheapest test of the window's tokens) */
  uint8_t f0 = w->flen[s0];
  for (size_t pass = 0; pass < 2 && best == Q_NONE; pass++)
    for (size_t i = 1; i < w->ntok && i <= COMPLETE_WINDOW; i++) {
      size_t k = pass == 0 ? s0 - i : s0 + i;
      if (pass == 0 ? i > s0 : k >= w->ntok) break;
      if ((f0 <= Q_FOLD_KEEP && w->flen[k] != f0) || w->inq[k] ||
          !q_def_sg(w, k - 1) ||
          !same_words(w, w->tok[k].b0, w->tok[k].b1, w->tok[s0].b0,
                      w->tok[s0].b1))
        continue;
      size_t e = q_title_end(w, k, w->ntok);
      if (e <= k + 2 || e - k <= t1 - s0 || !q_de_word(w, k + 1) ||
          !named_in(w, k + 2, e) || !short_form_of(w, s0, t1, k, e))
        continue;
      best = k;
      end = e;
      break;
    }
  if (best == Q_NONE) return -1;
  int32_t t =
      q_add_speaker(w, w->tok[best].b0, w->tok[end - 1].b1, o->at, o->gender);
  if (t < 0) return -1;
  w->spk[t].tt0 = (uint32_t)best;
  w->spk[t].tt1 = (uint32_t)end;
  return t;
}

/* Whether the word at f is the feminine of the word at m: the same
** folded form and a final e ("contrôleure" for "contrôleur", "générale"
** for "général"). */
static int feminine_of(const qwork *w, size_t f, size_t m) {
  /* cheap first: the e is one byte more (every token of the window
  ** comes here) */
  if (w->tok[f].b1 - w->tok[f].b0 != w->tok[m].b1 - w->tok[m].b0 + 1) return 0;
  char x[Q_TOK_FOLD_CAP], y[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, f, x), l = q_tok_fold(w, m, y);
  return l >= 3 && n == l + 1 && x[l] == 'e' && !memcmp(x, y, l);
}

/* Whether the function group [k, e) is joined to a person's name (a
** name right before its determiner, or after it past a comma: "le
** président du club, X"): a holder the text names, another person than
** a woman known only by the feminine. */
static int holder_named(const qwork *w, size_t k, size_t e) {
  for (size_t j = e; j < w->ntok && j < e + 2; j++)
    if (w->ent[j] >= 0 && w->ents->ent[w->ent[j]].type == PRESSE_PER) return 1;
  return k >= 2 && w->ent[k - 2] >= 0 &&
         w->ents->ent[w->ent[k - 2]].type == PRESSE_PER;
}

/* A feminine function with no complement ("la Contrôleure générale",
** "a déclaré la défenseure") in a text that names the office in the
** masculine with its complement, as an institution is named ("le
** Contrôleur général des lieux de privation de liberté (CGLPL)"): the
** function as written, completed with that complement, as the gold
** writes the woman who holds it ("Contrôleure générale des lieux de
** privation de liberté"). Each word of the group is the feminine of the
** mention's, or the same word. The complement has two words at least (no
** "de l'institution" that refers back). Nearest mention before, else the
** first after. -1 when none. */
static int32_t feminine_completed(qwork *w, const qspeaker *o, size_t s0) {
  /* a feminine noun only ("contrôleure"; not "ministre", either) */
  if (!is_word(w, s0) ||
      (w->feat[s0] & (QT_TITLE_M | QT_TITLE_F)) != QT_TITLE_F)
    return -1;
  size_t t1 = q_title_end(w, s0, w->ntok), g = t1 - s0;
  if (t1 <= s0 || w->tok[t1 - 1].b1 != o->b1) return -1;
  for (size_t k = s0 + 1; k < t1; k++)
    if (q_de_word(w, k)) return -1;
  for (size_t pass = 0; pass < 2; pass++)
    for (size_t i = 1; i < w->ntok && i <= COMPLETE_WINDOW; i++) {
      size_t k = pass == 0 ? s0 - i : s0 + i;
      if (pass == 0 ? i > s0 : k + g + 2 >= w->ntok) break;
      if (w->inq[k] || !feminine_of(w, s0, k)) continue;
      size_t j = 1;
      while (j < g && (feminine_of(w, s0 + j, k + j) ||
                       same_words(w, w->tok[s0 + j].b0, w->tok[s0 + j].b1,
                                  w->tok[k + j].b0, w->tok[k + j].b1)))
        j++;
      if (j < g || !q_de_word(w, k + g)) continue;
      size_t h, e = q_title_end(w, k, w->ntok);
      uint8_t link = complement_link(w, k + g, &h);
      if (e < h + 2 || holder_named(w, k, e)) continue;
      return completed_speaker(w, o, o->b0, o->b1, w->tok[h].b0,
                               w->tok[e - 1].b1, link);
    }
  return -1;
}

/* The first token of the complement of the function at s0 whose group
** ends at token l, after du / de la / de l' following the function's own
** words, or Q_NONE: a body takes the article, a place does not ("le maire
** de X"), nor may the complement be a place the tagger found. */
static size_t complement_start(const qwork *w, size_t s0, size_t l) {
  size_t k = s0 + 1;
  while (k <= l && !q_de_word(w, k))
    k++;
  if (k >= l) return Q_NONE;
  size_t h = k + 1;
  if (q_de(w, k) && q_def_sg(w, h) && !q_le(w, h))
    h++;
  else if (!q_du(w, k))
    return Q_NONE;
  if (h > l || (w->ent[h] >= 0 && w->ents->ent[w->ent[h]].type == PRESSE_LOC))
    return Q_NONE;
  return h;
}

/* The longest organisation or event named outside quotations within
** COMPLETE_WINDOW tokens of s0 whose mention opens, word by word, with the
** words [c0, c1] and goes on after them: its first token (*last: its last
** one), or Q_NONE. An event counts (MISC: entities() types "le Salon du
** livre de X" so) since a reader completes "la directrice du Salon" the
** same way. */
static size_t org_opening_with(const qwork *w, size_t s0, size_t c0, size_t c1,
                               size_t *last) {
  size_t lo = s0 > COMPLETE_WINDOW ? s0 - COMPLETE_WINDOW : 0;
  size_t hi = w->ntok - s0 > COMPLETE_WINDOW ? s0 + COMPLETE_WINDOW : w->ntok;
  size_t best = Q_NONE, n = c1 - c0 + 1;
  for (size_t k = lo; k < hi; k++) {
    if (w->ent[k] < 0 || w->inq[k] || q_ent_first(w, k) != k ||
        (w->ents->ent[w->ent[k]].type != PRESSE_ORG &&
         w->ents->ent[w->ent[k]].type != PRESSE_MISC))
      continue;
    size_t e = q_ent_last(w, k), i = 0;
    if (e - k + 1 <= n || (best != Q_NONE && e - k <= *last - best)) continue;
    while (i < n && same_words(w, w->tok[k + i].b0, w->tok[k + i].b1,
                               w->tok[c0 + i].b0, w->tok[c0 + i].b1))
      i++;
    if (i < n) continue;
    best = k;
    *last = e;
  }
  return best;
}

/* A function whose complement is one or two capitalised words that open
** the name of an organisation the text gives in full ("la directrice du
** Salon" when the text names "le Salon du livre de X", "le président de
** la Fédération" for "la Fédération française de X"): that function of the
** full name, as a reader resolves it and the gold writes it (ANNOTATION:
** the canonical name). -1 otherwise. */
static int32_t complement_completed(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0)) return -1;
  size_t l = s0;
  while (l + 1 < w->ntok && w->tok[l + 1].b1 <= o->b1)
    l++;
  if (w->tok[l].b1 != o->b1) return -1;
  size_t c0 = complement_start(w, s0, l);
  if (c0 == Q_NONE || l - c0 > 1) return -1;
  for (size_t k = c0; k <= l; k++)
    if (!is_word(w, k) || !q_upper(w, k)) return -1;
  size_t e = 0, m = org_opening_with(w, s0, c0, l, &e);
  if (m == Q_NONE) return -1;
  size_t n0 = w->nspk;
  int32_t b = q_add_speaker(w, w->tok[m].b0, w->tok[e].b1, o->at, 0);
  if (b < 0) {
    w->nspk = n0;
    return -1;
  }
  size_t d = c0 - 1;
  while (d > s0 && !q_de_word(w, d))
    d--;
  return function_of(w, o, o->b0, w->tok[d - 1].b1, b, m);
}

/* Whether the text gives function class cls to another holder than the
** group [k, e) within COMPLETE_WINDOW tokens of s0: a definite group of
** that class where each has a modifier the other lacks ("l'entraîneur
** lensois" and "l'entraîneur nantais": a "coach" may be either). For
** function_synonym. */
static int other_class_holder(const qwork *w, size_t s0, size_t k, size_t e,
                              int cls) {
  size_t lo = s0 > COMPLETE_WINDOW ? s0 - COMPLETE_WINDOW : 1;
  size_t hi = w->ntok - s0 > COMPLETE_WINDOW ? s0 + COMPLETE_WINDOW : w->ntok;
  for (size_t j = lo ? lo : 1; j < hi; j++) {
    if (j == k || j == s0 || w->inq[j] || !title_noun(w, j) ||
        !q_def_sg(w, j - 1))
      continue;
    size_t f = q_title_end(w, j, w->ntok);
    if (f <= j || q_function_class(w, j, f) != cls) continue;
    if (q_title_adds_modifier(w, j, f, k, e, cls) &&
        q_title_adds_modifier(w, k, e, j, f, cls))
      return 1;
  }
  return 0;
}

/* A definite function as written in other words than the function the
** text named before ("a déclaré le chef du gouvernement" after "le
** Premier ministre a défendu …", "le représentant de l'État" after "le
** préfet du Jura"): one function of data/speaker_functions.txt, one
** holder nobody named (resolve_title found no name), which a reader
** calls by its first description, as the gold writes it. The nearest
** definite group of that class before, outside quotations, with another
** noun, no name after it, the group here adding no modifier to it ("le
** chef de la diplomatie malienne" is not "le ministre français des
** Affaires étrangères", "l'entraîneur nantais" not "le technicien"),
** and no other holder of the class near (other_class_holder). Bounded:
** COMPLETE_WINDOW tokens each way. -1 when none. */
static int32_t function_synonym(qwork *w, const qspeaker *o, size_t s0) {
  if (!title_noun(w, s0) || s0 == 0 || !q_def_sg(w, s0 - 1)) return -1;
  size_t t1 = q_title_end(w, s0, w->ntok);
  if (t1 <= s0 || w->tok[t1 - 1].b1 != o->b1) return -1;
  int cls = q_function_class(w, s0, t1);
  if (!cls) return -1;
  for (size_t k = s0 - 1, n = 0; k > 0 && n < COMPLETE_WINDOW; k--, n++) {
    if (w->inq[k] || !title_noun(w, k) || !q_def_sg(w, k - 1) ||
        q_same_word(w, k, s0))
      continue;
    size_t e = q_title_end(w, k, w->ntok);
    if (e <= k || q_function_class(w, k, e) != cls) continue;
    /* "le Premier ministre Paul Roux", "le préfet, Paul Roux,": a person */
    size_t a = e < w->ntok && Q_ISPUNCT(w, e, ',') ? e + 1 : e;
    if (a < w->ntok && w->ent[a] >= 0) return -1;
    if (q_title_adds_modifier(w, s0, t1, k, e, cls) ||
        other_class_holder(w, s0, k, e, cls))
      return -1;
    int32_t t =
        q_add_speaker(w, w->tok[k].b0, w->tok[e - 1].b1, o->at, o->gender);
    if (t < 0) return -1;
    w->spk[t].tt0 = (uint32_t)k;
    w->spk[t].tt1 = (uint32_t)e;
    return t;
  }
  return -1;
}

/* How de joins the complement opening at c after "ministère" (du, des,
** de la, de l'): sets *link and returns the complement's first token, or
** Q_NONE when no such joint opens it ("le ministère public"). */
static size_t ministry_complement(const qwork *w, size_t c, uint8_t *link) {
  if (q_du(w, c)) {
    *link = PRESSE_LINK_DU;
    return c + 1;
  }
  if (q_des_article(w, c)) {
    *link = PRESSE_LINK_DES;
    return c + 1;
  }
  if (!q_de(w, c) || c + 1 >= w->ntok) return Q_NONE;
  if (q_la(w, c + 1)) {
    *link = PRESSE_LINK_DE_LA;
    return c + 2;
  }
  if (q_elided_article(w, c + 1) && (w->tok[c + 1].flags & PRESSE_TF_ELISION)) {
    *link = PRESSE_LINK_DE_L;
    return c + 2;
  }
  return Q_NONE;
}

/* The end of a ministry's portfolio opening at c: capitalised words, a
** lowercase adjective after one ("Transition écologique"), and a second
** portfolio after "et" ("l'Économie et des Finances"). */
static size_t portfolio_end(const qwork *w, size_t c) {
  size_t e = c;
  while (e < w->ntok && is_word(w, e) && !w->inq[e]) {
    if (q_upper(w, e)) {
      e++;
      continue;
    }
    uint8_t link;
    if (q_and(w, e) && e + 1 < w->ntok) {
      size_t n = ministry_complement(w, e + 1, &link);
      if (n != Q_NONE && n < w->ntok && q_upper(w, n)) {
        e = n;
        continue;
      }
    }
    if (e > c && q_upper(w, e - 1) && !w->word[e] && !w->verb[e] &&
        w->ent[e] < 0) {
      e++;
      continue;
    }
    break;
  }
  return e;
}

/* "Le ministère de la Santé a indiqué … La ministre a demandé « … »": a
** bare definite "ministre" left as written, in a text that names no
** "ministre de …" (function_completed) but a ministry before it, is that
** ministry's minister, as a reader completes it and the gold writes it
** ("ministre de la Santé"). The nearest ministry before, outside
** quotations, within COMPLETE_WINDOW tokens, joined by du / des / de la /
** de l' to a capitalised portfolio; -1 when the nearest is not so
** written ("le ministère malien des …") or none is named. */
static int32_t ministry_minister(qwork *w, const qspeaker *o, size_t s0) {
  if (!q_minister_noun(w, s0) || s0 == 0 || !q_def_sg(w, s0 - 1) ||
      w->tok[s0].b1 != o->b1)
    return -1;
  for (size_t k = s0, n = 0; k-- > 0 && n < COMPLETE_WINDOW; n++) {
    if (w->inq[k] || !q_ministry_noun(w, k)) continue;
    uint8_t link = 0;
    size_t c = k + 1 < w->ntok ? ministry_complement(w, k + 1, &link) : Q_NONE;
    if (c == Q_NONE || c >= w->ntok || !q_upper(w, c)) return -1;
    size_t e = portfolio_end(w, c);
    return completed_speaker(w, o, o->b0, o->b1, w->tok[c].b0, w->tok[e - 1].b1,
                             link);
  }
  return -1;
}

/* A speaker that may be a function as written: no person, no body yet,
** opening with a lowercase letter ("président", "gouverneur de
** l'institution"; not "Medef"). */
static int function_written(const qwork *w, int32_t s) {
  const qspeaker *p = &w->spk[s];
  unsigned char c = (unsigned char)w->text[p->b0];
  return !p->person && !p->ob1 && p->b1 > p->b0 && !(c >= 'A' && c <= 'Z');
}

/* A function kept as written for a person nobody named (the pronouns may
** designate it): a mayor, completed by commune_function. */
static int mayor_written(const qwork *w, int32_t s) {
  const qspeaker *p = &w->spk[s];
  return p->person && !p->ob1 && p->tt1 == p->tt0 + 1 && p->tt0 < w->ntok &&
         w->tok[p->tt0].b0 == p->b0 && w->tok[p->tt0].b1 == p->b1 &&
         q_commune_office(w, p->tt0);
}

/* An office kept as written for a person nobody named ("la procureure",
** "le préfet", "la ministre": office_of_nobody in quotes_title.c, a public
** office of data/speaker_offices.txt): completed by office_completed, as
** a function as written is. */
static int office_written(const qwork *w, int32_t s) {
  const qspeaker *p = &w->spk[s];
  return p->person && !p->ob1 && p->tt1 == p->tt0 + 1 && p->tt0 < w->ntok &&
         w->tok[p->tt0].b0 == p->b0 && w->tok[p->tt0].b1 == p->b1 &&
         q_office_noun(w, p->tt0);
}

/* The place of a prosecutor's seat named at k outside quotations ("le
** parquet de Valence", "le tribunal judiciaire de Valence"): its first
** token, or Q_NONE. */
static size_t seat_place(const qwork *w, size_t k) {
  if (w->inq[k]) return Q_NONE;
  if (q_prosecution_noun(w, k) && q_de(w, k + 1) && place_at(w, k + 2))
    return k + 2;
  if (q_judicial_court(w, k) && q_de(w, k + 2) && place_at(w, k + 3))
    return k + 3;
  return Q_NONE;
}

/* Whether token k is a court's noun, masculine (data/speaker_functions.txt
** class 117: tribunal) or feminine (class 118: cour), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(court_noun, COURT_NOUNS)

Q_WORD_LIST_TEST(court_fem_noun, COURT_FEM_NOUNS)

/* The end (one past its place) of a court named at k outside quotations
** with its seat: "tribunal", "cour", at most two lowercase words of its
** kind ("correctionnel", "d'assises"), then de and a place ("le tribunal
** correctionnel de Brivelle", "la cour d'appel de Brivelle"), or Q_NONE. */
static size_t court_end(const qwork *w, size_t k) {
  if (w->inq[k] || !(court_noun(w, k) || court_fem_noun(w, k))) return Q_NONE;
  for (size_t j = k + 1; j < w->ntok && j <= k + 3; j++) {
    if (!is_word(w, j) || w->inq[j] || q_upper(w, j)) return Q_NONE;
    if (j > k + 1 && q_de(w, j) && place_at(w, j + 1)) {
      uint32_t b1 = w->ents->ent[w->ent[j + 1]].b1;
      size_t e = j + 1;
      while (e < w->ntok && w->tok[e].b1 <= b1)
        e++;
      return e;
    }
  }
  return Q_NONE;
}

/* "la présidente", "le président" alone in a text that names a court
** with its seat ("Le procès s'est ouvert devant le tribunal correctionnel
** de Brivelle … La présidente a rappelé …"): the judge presiding it, as
** a reader completes the function and the gold writes it ("présidente du
** tribunal correctionnel de Brivelle"). Runs after the completions from a
** président named with another complement. The nearest court before,
** else the first after. -1 when none. */
static int32_t court_president(qwork *w, const qspeaker *o, size_t s0) {
  if (!q_president_noun(w, s0) || s0 == 0 || !q_def_sg(w, s0 - 1) ||
      w->tok[s0].b1 != o->b1)
    return -1;
  size_t k = Q_NONE, e = Q_NONE;
  for (size_t pass = 0; pass < 2 && e == Q_NONE; pass++)
    for (size_t i = 1; i < w->ntok && i <= COMPLETE_WINDOW; i++) {
      k = pass == 0 ? s0 - i : s0 + i;
      if (pass == 0 ? i > s0 : k >= w->ntok) break;
      if ((e = court_end(w, k)) != Q_NONE) break;
    }
  if (e == Q_NONE) return -1;
  return completed_speaker(w, o, o->b0, o->b1, w->tok[k].b0, w->tok[e - 1].b1,
                           court_fem_noun(w, k) ? PRESSE_LINK_DE_LA
                                                : PRESSE_LINK_DU);
}

/* Whether token k is a prosecutor's noun (data/speaker_functions.txt
** class 113: procureur, procureure), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(prosecutor_noun, PROSECUTOR_NOUNS)

/* Whether token k is the office that ends a prosecutor's title with no
** place (class 114: "de la République"), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(prosecutor_office, PROSECUTOR_OFFICES)

/* "le procureur de la République", "la procureure de la République"
** with no place: the prosecutor of the seat the text names (the parquet
** or tribunal judiciaire of X, nearest before, else first after, within
** COMPLETE_WINDOW tokens), as a reader completes it and the gold writes it
** ("procureure de la République de Valence"; 17 of 19 such speakers in
** the development gold have the place). -1 when it is not one or no seat
** is named. */
static int32_t prosecutor_seat(qwork *w, int32_t s) {
  const qspeaker *o = &w->spk[s];
  /* cheap first: the span's length and first letter (every quotation of
  ** every text comes here) */
  if (o->ob1 || o->b1 - o->b0 < 27 || o->b1 - o->b0 > 30 ||
      w->text[o->b0] != 'p')
    return -1;
  size_t s0 = tok_at(w, o->b0);
  if (s0 == Q_NONE || s0 + 3 >= w->ntok || !prosecutor_noun(w, s0) ||
      !q_de(w, s0 + 1) || !q_la(w, s0 + 2) || !prosecutor_office(w, s0 + 3) ||
      w->tok[s0 + 3].b1 != o->b1)
    return -1;
  size_t x = Q_NONE;
  size_t lo = s0 > COMPLETE_WINDOW ? s0 - COMPLETE_WINDOW : 0;
  size_t hi = w->ntok - s0 > COMPLETE_WINDOW ? s0 + COMPLETE_WINDOW : w->ntok;
  for (size_t k = s0; x == Q_NONE && k-- > lo;)
    x = seat_place(w, k);
  for (size_t k = s0; x == Q_NONE && k + 4 < hi; k++)
    x = seat_place(w, k);
  if (x == Q_NONE) return -1;
  size_t n0 = w->nspk;
  qspeaker c = *o;
  int32_t b = q_entity_speaker(w, w->ent[x], (uint32_t)x);
  if (b < 0) {
    w->nspk = n0;
    return -1;
  }
  int32_t t = function_of(w, &c, c.b0, c.b1, b, x);
  if (t >= 0) w->spk[t].person = c.person;
  return t;
}

/* A function alone completed by its fullest mention (function_completed),
** then by the seat a prosecutor's office leaves out ("La procureure de la
** République a pris la parole … la procureure a répondu": "procureure de
** la République de Valence", prosecutor_seat). -1 when none. */
static int32_t seat_completed(qwork *w, const qspeaker *o, size_t s0) {
  int32_t t = function_completed(w, o, s0);
  if (t < 0) return -1;
  int32_t p = prosecutor_seat(w, t);
  return p >= 0 ? p : t;
}

/* A public office alone ("la procureure a répondu", "a estimé le
** préfet", "la ministre") completed by its fullest mention in the text,
** wherever it is and whatever was named in between ("La procureure de la
** République a pris la parole" paragraphs before, then prosecutor_seat:
** "procureure de la République de Valence"), else by the seat or the
** ministry the text names (prefect_function, ministry_minister): the
** reader's canonical form of a function, as the gold writes it. -1 when
** none. */
static int32_t office_completed(qwork *w, const qspeaker *o, size_t s0) {
  int32_t t = seat_completed(w, o, s0);
  if (t >= 0) return t;
  if ((t = prefect_function(w, o, s0)) >= 0) return t;
  return ministry_minister(w, o, s0);
}

/* A function as written in other words than one named before
** (function_synonym: "le représentant de l'État" after "Le préfet
** réunira …"), that first description completed in turn when it is an
** office alone ("préfet du Lot", named paragraphs before it:
** office_completed). -1 when no synonym. */
static int32_t synonym_completed(qwork *w, const qspeaker *o, size_t s0) {
  int32_t t = function_synonym(w, o, s0);
  if (t < 0) return -1;
  qspeaker c = w->spk[t];
  size_t k = c.tt0;
  if (c.tt1 != k + 1 || !q_office_noun(w, k)) return t;
  int32_t f = office_completed(w, &c, k);
  return f >= 0 ? f : t;
}

/* Whether entity e has a place's shape: a LOC, or a compound of
** capitalised words joined by hyphens that entities() typed otherwise
** ("Pierrefitte-Nestalas", a commune's shape; its first letter's case is
** its token's, tested by place_name_at). */
static int place_shaped(const qwork *w, const presse_entity *e) {
  if (e->type == PRESSE_LOC) return 1;
  int hyphen = 0;
  for (uint32_t b = e->b0; b < e->b1; b++) {
    char c = w->text[b];
    if (c == ' ') return 0;
    if (c == '-') {
      if (b + 1 >= e->b1 || !(w->text[b + 1] >= 'A' && w->text[b + 1] <= 'Z'))
        return 0;
      hyphen = 1;
    }
  }
  return hyphen && e->b1 - e->b0 > 1 &&
         !(w->text[e->b0 + 1] >= 'A' && w->text[e->b0 + 1] <= 'Z');
}

/* Whether a place's name starts at token h: the first token of an entity
** of a place's shape, capitalised when no LOC. */
static int place_name_at(const qwork *w, size_t h) {
  if (h >= w->ntok || w->ent[h] < 0 || q_ent_first(w, h) != h) return 0;
  const presse_entity *e = &w->ents->ent[w->ent[h]];
  return place_shaped(w, e) && (e->type == PRESSE_LOC || q_upper(w, h));
}

/* The place complement given to the body named by tokens [k, l] outside
** quotations, right after it: "le Siaep du Haut-Quercy", "L'Agence
** régionale de santé (ARS) de Normandie", "(PGHM) de
** Pierrefitte-Nestalas", "du tribunal administratif de Nantes". Its
** de-word's token (*end: one past the place), or Q_NONE. The body opens
** with a definite article, du, or inside parentheses: "l'usine Renault
** de Flins" names a site, not the body. */
static size_t body_place_after(const qwork *w, size_t k, size_t l,
                               size_t *end) {
  if (k == 0 || w->inq[k]) return Q_NONE;
  size_t j = l + 1;
  if (Q_ISPUNCT(w, k - 1, '(')) {
    if (j >= w->ntok || !Q_ISPUNCT(w, j, ')')) return Q_NONE;
    j++;
  } else if (!q_definite(w, k - 1) && !q_du(w, k - 1))
    return Q_NONE;
  else if (j < w->ntok && Q_ISPUNCT(w, j, '(')) {
    j = party_label_end(w, j);
    if (j == Q_NONE) return Q_NONE;
  }
  if (j + 1 >= w->ntok || !q_de_word(w, j)) return Q_NONE;
  size_t h;
  complement_link(w, j, &h);
  if (!place_name_at(w, h)) return Q_NONE;
  *end = q_ent_last(w, h) + 1;
  return j;
}

/* The de-words of the text that open a place complement ("de Nantes",
** "du Haut-Quercy", "de la Somme"): the only tokens body_place_after can
** return, as it returns a de-word j whose complement_link head is a
** place_name_at. Every such head is the first token of an entity, so the
** entities find them, not a walk over every token. Built once per text,
** on the first speaker body_place looks at; more than PLACE_LINKS_MAX
** (rare) and placed_mention walks its window as before. */
#define PLACE_LINKS_MAX 64
typedef struct place_links {
  int state; /* PLACE_LINKS_UNKNOWN, _LISTED or _TOO_MANY */
  size_t n;
  size_t j[PLACE_LINKS_MAX]; /* in text order */
} place_links;
enum { PLACE_LINKS_UNKNOWN, PLACE_LINKS_LISTED, PLACE_LINKS_TOO_MANY };

/* One more de-word j of a place complement (list_place_links): 0 when
** the list is full. */
static int add_place_link(place_links *p, size_t j) {
  if (p->n == PLACE_LINKS_MAX) {
    p->state = PLACE_LINKS_TOO_MANY;
    return 0;
  }
  p->j[p->n++] = j;
  return 1;
}

static void list_place_links(const qwork *w, place_links *p) {
  p->state = PLACE_LINKS_LISTED;
  p->n = 0;
  size_t t = 0, hh;
  for (size_t i = 0; i < w->ents->n; i++) {
    const presse_entity *e = &w->ents->ent[i];
    /* most entities have no place's shape: no token looked for */
    if (!place_shaped(w, e)) continue;
    /* the entity's first mapped token: tokens map to the entity they lie
    ** in (quotes.c), so it starts at or after e->b0, before e->b1 */
    t = q_tok_near(w, t, e->b0);
    size_t h = t;
    while (h < w->ntok && w->tok[h].b0 < e->b1 && w->ent[h] != (int32_t)i)
      h++;
    if (h >= w->ntok || w->tok[h].b0 >= e->b1) continue;
    /* its de-word: h - 2 ("de la Somme", "de l'Essonne") or h - 1; the
    ** de-word first, the cheaper test */
    for (size_t back = 2; back >= 1; back--)
      if (h >= back && q_de_word(w, h - back) &&
          (complement_link(w, h - back, &hh), hh == h) && place_name_at(w, h) &&
          !add_place_link(p, h - back))
        return;
  }
}

/* The farthest body_place_after looks past a mention's last token for its
** de-word: past a party label of at most five tokens and its parentheses
** (party_label_end). */
#define PLACE_LINK_REACH 7

/* Whether the span [b0, b1) folds to key (kn bytes). */
static int folds_to(const qwork *w, uint32_t b0, uint32_t b1, const char *key,
                    size_t kn) {
  char y[64];
  return b1 - b0 < sizeof y &&
         q_fold(w->text + b0, b1 - b0, y, sizeof y) == kn &&
         !memcmp(key, y, kn);
}

/* The last token of the mention at k of the body named by the n tokens
** whose words fold to key, len bytes as written ("tribunal
** administratif"; no entity), or Q_NONE. Every token of the window comes
** here: an ASCII first byte (lowercase, as key's) and the span's byte
** length first (folding keeps it). */
static size_t written_mention_at(const qwork *w, size_t k, const char *key,
                                 size_t kn, uint32_t len, size_t n) {
  size_t l = k + n - 1;
  unsigned char c = (unsigned char)w->text[w->tok[k].b0];
  if ((c < 0x80 && c != (unsigned char)key[0]) || l >= w->ntok ||
      w->ent[k] >= 0 || w->tok[l].b1 - w->tok[k].b0 != len || w->inq[k] ||
      !folds_to(w, w->tok[k].b0, w->tok[l].b1, key, kn))
    return Q_NONE;
  return l;
}

/* Whether the bytes at a and b may open one word folded: the same byte,
** or ASCII letters of either case. A cheap rejection before same_words. */
static int same_initial(const qwork *w, uint32_t a, uint32_t b) {
  unsigned char x = (unsigned char)w->text[a], y = (unsigned char)w->text[b];
  return x == y || x >= 0x80 || y >= 0x80 || ((x | 0x20) == (y | 0x20));
}

/* One more mention of a body with its place, [k, l] and its complement
** [x, x1): the first one kept (*m, *c, *c1), a second with another place
** makes it two bodies of that name (returns 0). */
static int keep_placed(const qwork *w, size_t k, size_t x, size_t x1, size_t *m,
                       size_t *c, size_t *c1) {
  if (*m != Q_NONE && !same_words(w, w->tok[*c].b0, w->tok[*c1 - 1].b1,
                                  w->tok[x].b0, w->tok[x1 - 1].b1))
    return 0;
  *m = k;
  *c = x;
  *c1 = x1;
  return 1;
}

/* The mention at entity i of the body whose words fold to key (kn bytes,
** n1 - n0 as written), looked at by placed_mention: kept when its place
** complement follows (keep_placed). 0 when it gives a second place. */
static int named_mention(const qwork *w, size_t i, uint32_t n0, uint32_t n1,
                         const char *key, size_t kn, size_t *m, size_t *c,
                         size_t *c1) {
  const presse_entity *e = &w->ents->ent[i];
  size_t k, l, x, x1;
  if (e->b1 - e->b0 != n1 - n0 || !same_initial(w, e->b0, n0) ||
      (k = tok_at(w, e->b0)) == Q_NONE || k == 0 || w->inq[k] ||
      !folds_to(w, e->b0, e->b1, key, kn))
    return 1;
  for (l = k; l + 1 < w->ntok && w->tok[l].b1 < e->b1;)
    l++;
  return (x = body_place_after(w, k, l, &x1)) == Q_NONE ||
         keep_placed(w, k, x, x1, m, c, c1);
}

/* The same for a written mention at token k (written_mention_at). */
static int written_mention(const qwork *w, size_t k, uint32_t len, size_t n,
                           const char *key, size_t kn, size_t *m, size_t *c,
                           size_t *c1) {
  size_t l, x, x1;
  return (l = written_mention_at(w, k, key, kn, len, n)) == Q_NONE ||
         (x = body_place_after(w, k, l, &x1)) == Q_NONE ||
         keep_placed(w, k, x, x1, m, c, c1);
}

/* The first entity, from entity i0 on, that may end at or after token a:
** entities are disjoint and in text order, so past the one that starts
** before a's previous token ends, every one ends before it. */
static size_t entity_ending_from(const qwork *w, size_t a, size_t i0) {
  uint32_t x = a > 0 ? w->tok[a - 1].b1 : 0;
  size_t i = q_entity_from(w, x);
  if (i > 0 && w->ents->ent[i - 1].b1 > x) i--;
  return i > i0 ? i : i0;
}

/* The mention, within COMPLETE_WINDOW tokens of token at, of the body
** named by the words [n0, n1) (n tokens; named: an ORG entity's, and the
** mentions entities of any type, as entities() may type one LOC) with the
** place it serves right after it (body_place_after): the mention's first
** token (*c, *c1: the complement's de-word and one past its place), or
** Q_NONE when none, or when two mentions give two places (two bodies of
** that name). A mention with its place ends at most PLACE_LINK_REACH
** tokens before a de-word of the text's place links (pl), so only the
** mentions ending there are looked at, in text order as the whole window
** would give them; a text with too many links has its window walked. */
static size_t placed_mention(const qwork *w, uint32_t n0, uint32_t n1, size_t n,
                             int named, size_t at, place_links *pl, size_t *c,
                             size_t *c1) {
  size_t lo = at > COMPLETE_WINDOW ? at - COMPLETE_WINDOW : 1;
  size_t hi = w->ntok - at > COMPLETE_WINDOW ? at + COMPLETE_WINDOW : w->ntok;
  size_t m = Q_NONE, k;
  if (pl->state == PLACE_LINKS_UNKNOWN) list_place_links(w, pl);
  if (pl->state == PLACE_LINKS_LISTED && !pl->n) return Q_NONE;
  /* the body's words folded once, each mention's after the cheap checks */
  char key[64];
  size_t kn =
      n1 - n0 < sizeof key ? q_fold(w->text + n0, n1 - n0, key, sizeof key) : 0;
  if (!kn) return Q_NONE;
  /* the entities of the window, fewer than its tokens */
  size_t i0 = named ? q_entity_from(w, w->tok[lo].b0) : 0, i = i0;
  uint32_t end = w->tok[hi - 1].b1;
  if (pl->state == PLACE_LINKS_TOO_MANY) {
    if (named) {
      for (; i < w->ents->n && w->ents->ent[i].b0 < end; i++)
        if (!named_mention(w, i, n0, n1, key, kn, &m, c, c1)) return Q_NONE;
      return m;
    }
    for (k = lo; k < hi; k++)
      if (!written_mention(w, k, n1 - n0, n, key, kn, &m, c, c1)) return Q_NONE;
    return m;
  }
  /* the last tokens [a, j - 1] before each link, each looked at once */
  for (size_t q = 0, next = 0; q < pl->n; q++) {
    size_t j = pl->j[q];
    size_t a = j > PLACE_LINK_REACH ? j - PLACE_LINK_REACH : 0;
    if (a < next) a = next;
    next = j;
    if (a >= j) continue;
    if (named) {
      uint32_t to = w->tok[j - 1].b1 < end ? w->tok[j - 1].b1 : end;
      for (i = entity_ending_from(w, a, i);
           i < w->ents->n && w->ents->ent[i].b0 < to; i++)
        if (!named_mention(w, i, n0, n1, key, kn, &m, c, c1)) return Q_NONE;
      continue;
    }
    for (size_t l = a; l < j; l++)
      if (l + 1 >= n && (k = l + 1 - n) >= lo && k < hi &&
          !written_mention(w, k, n1 - n0, n, key, kn, &m, c, c1))
        return Q_NONE;
  }
  return m;
}

/* The token ending at byte b1 from token t on, when it is the last of an
** ORG entity that starts at t or after: that entity's last token, or
** Q_NONE. */
static size_t org_ending(const qwork *w, size_t t, uint32_t b1) {
  size_t e = t;
  while (e < w->ntok && w->tok[e].b1 < b1)
    e++;
  if (e >= w->ntok || w->tok[e].b1 != b1 || w->ent[e] < 0 ||
      w->ents->ent[w->ent[e]].type != PRESSE_ORG || q_ent_last(w, e) != e ||
      q_ent_first(w, e) < t)
    return Q_NONE;
  return e;
}

/* Whether the speaker o is a body's noun group as written, in lowercase
** words with no name ("tribunal administratif", "chambre d'agriculture";
** a body noun of data/speaker_groups.txt first): its token count, or 0. */
static size_t written_body(const qwork *w, const qspeaker *o, size_t t) {
  if (!is_word(w, t) || !(w->feat[t] & QT_GROUP) || q_upper(w, t)) return 0;
  size_t e = t;
  for (; e < w->ntok && w->tok[e].b0 < o->b1; e++)
    if (w->ent[e] >= 0 || (is_word(w, e) && q_upper(w, e))) return 0;
  return e > t && w->tok[e - 1].b1 == o->b1 ? e - t : 0;
}

/* Whether the word at k is a nationality or place adjective (EL_DEMONYM
** in the entity lexicon: "européenne", "française"): a body whose name
** ends so names its territory ("la Commission européenne de Bruxelles"
** adds the seat, not the body's place; "le gouvernement français"). */
static int territory_adjective(const qwork *w, size_t k) {
  char b[ENT_FOLD_MAX];
  size_t n = ent_fold(w->text + w->tok[k].b0, w->tok[k].b1 - w->tok[k].b0, b);
  return n != (size_t)-1 && n && (ent_lex_lookup(b, n) & EL_DEMONYM);
}

Q_WORD_LIST_TEST(territorial_level, TERRITORIAL_LEVELS)

/* Whether the organisation ending at token e is one a place after it
** belongs to: a one-word name (an acronym: "le Siaep du Haut-Quercy", "la
** FDSEA des Deux-Sèvres"), or a name that says its territorial level
** ("l'agence régionale de santé de X"). A national or unqualified body's
** place after de names its branch or its seat, not the body ("la
** Commission nationale électorale de X", "la Fédération des artisans de
** X", "Union sportive de X": a reader names the body alone). */
static int serves_territory(const qwork *w, size_t e) {
  size_t f = q_ent_first(w, e);
  if (f == e) return 1;
  for (size_t k = f; k <= e; k++)
    if (territorial_level(w, k)) return 1;
  return 0;
}

/* A body, or a function with it ("le commandant du PGHM", "Sa directrice
** technique" of the Siaep), that the text names once with the place it
** serves ("le peloton de gendarmerie de haute montagne (PGHM) de
** Pierrefitte-Nestalas", "le Siaep du Haut-Quercy", "du tribunal
** administratif de Nantes"): that body with its place, as a reader names
** it and the gold writes it ("commandant du PGHM de Pierrefitte-Nestalas";
** ANNOTATION: a body as the text gives it in full). The speaker's last
** words, or the body of its composed function, are an ORG entity, or the
** speaker is a body's noun group as written (written_body), named so
** within COMPLETE_WINDOW tokens, outside quotations (placed_mention). A
** composed function takes the mention itself as its body, so only where
** the place follows the name (not past an acronym in parentheses). s: the
** speaker's first token (tok_at); pl: the text's place links. -1 when
** none. */
static int32_t body_place(qwork *w, const qspeaker *o, size_t s,
                          place_links *pl) {
  int composed = o->ob1 > o->ob0;
  if (o->person) return -1;
  size_t t = composed ? tok_at(w, o->ob0) : s, c = Q_NONE, c1 = 0, k;
  if (t == Q_NONE) return -1;
  size_t e = org_ending(w, t, composed ? o->ob1 : o->b1), n;
  if (e != Q_NONE && (territory_adjective(w, e) || !serves_territory(w, e)))
    return -1;
  if (e != Q_NONE)
    k = placed_mention(w, w->tok[q_ent_first(w, e)].b0, w->tok[e].b1, 0, 1, e,
                       pl, &c, &c1);
  else if (!composed && (n = written_body(w, o, t)) > 0 &&
           !territory_adjective(w, t + n - 1))
    k = placed_mention(w, o->b0, o->b1, n, 0, t, pl, &c, &c1);
  else
    return -1;
  if (k == Q_NONE) return -1;
  if (!composed)
    return completed_speaker(w, o, o->b0, o->b1, w->tok[c].b0,
                             w->tok[c1 - 1].b1, PRESSE_LINK_NONE);
  if (c != q_ent_last(w, k) + 1 || q_ent_first(w, e) != t) return -1;
  return completed_speaker(w, o, o->b0, o->b1, w->tok[k].b0, w->tok[c1 - 1].b1,
                           o->olink);
}

/* ------------------------------------ a body of the article's département */

/* Whether token k is an adjective of a département's level (class 120 of
** data/speaker_functions.txt: départemental, académique), compared as
** literals (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(departmental_level, DEPARTMENTAL_LEVELS)

/* The entry of data/speaker_departements.txt that entity x names ("la
** Gironde", "(Haute-Savoie)"), or NULL: a place, whole. */
static const presse_lex_entry *departement_named(const qwork *w,
                                                 const presse_entity *x) {
  char b[Q_TOK_FOLD_CAP];
  if (x->type != PRESSE_LOC || x->b1 - x->b0 >= sizeof b) return NULL;
  size_t n = q_fold(w->text + x->b0, x->b1 - x->b0, b, sizeof b);
  return n ? presse_lex_find(&lex_speaker_departements, b, n) : NULL;
}

/* How the text joins de to the département mentioned at token x, when it
** writes a de-word just before ("préfecture de la Haute-Savoie",
** "département de Loire-Atlantique"): 1 and *link, else 0. */
static int departement_link_at(const qwork *w, size_t x, uint8_t *link) {
  size_t h;
  for (size_t back = 2; back >= 1; back--) {
    if (x < back || !q_de_word(w, x - back) || w->inq[x - back]) continue;
    uint8_t l = complement_link(w, x - back, &h);
    if (h == x) {
      *link = l;
      return 1;
    }
  }
  return 0;
}

/* The département the article is about: the one it names (a LOC of
** data/speaker_departements.txt, anywhere: the headline, a dateline,
** "Thônes (Haute-Savoie)"), alone or more than twice as often as any
** other ("Dordogne" four times, "Corrèze" once: the victim's home). Its
** first mention's entity, and *link how de joins it (the text's own link
** first, else the list's), or -1: none, named fewer than least times, or
** two a reader could not tell apart. At most DEPT_MAX départements are
** told apart. */
#define DEPT_MAX 4
static int32_t article_departement(const qwork *w, size_t least,
                                   uint8_t *link) {
  const presse_lex_entry *dept[DEPT_MAX];
  int32_t first[DEPT_MAX];
  size_t count[DEPT_MAX], nd = 0;
  for (size_t e = 0; e < w->ents->n; e++) {
    const presse_lex_entry *d = departement_named(w, &w->ents->ent[e]);
    if (!d) continue;
    size_t i = 0;
    while (i < nd && dept[i] != d)
      i++;
    if (i == DEPT_MAX) return -1;
    if (i == nd) {
      dept[nd] = d;
      first[nd] = (int32_t)e;
      count[nd++] = 0;
    }
    count[i]++;
  }
  size_t best = 0;
  for (size_t i = 1; i < nd; i++)
    if (count[i] > count[best]) best = i;
  for (size_t i = 0; i < nd; i++)
    if (i != best && count[best] <= 2 * count[i]) return -1;
  if (!nd || count[best] < least) return -1;
  *link = (uint8_t)dept[best]->value;
  for (size_t e = (size_t)first[best]; e < w->ents->n; e++) {
    const presse_entity *x = &w->ents->ent[e];
    size_t t = tok_at(w, x->b0);
    if (departement_named(w, x) == dept[best] && t != Q_NONE &&
        departement_link_at(w, t, link))
      break;
  }
  return first[best];
}

/* A body or a function of a département's level that the text writes
** bare ("le conseil départemental", "la fédération départementale des
** chasseurs", "la direction académique"), in an article about one
** département: that body of it, as a reader names it and the blind golds
** write it ("conseil départemental de la Haute-Savoie"; ANNOTATION:
** resolved as a reader would). Nothing when the article names two
** départements a reader could not tell apart, or names it fewer than
** least times. -1 when none. */
static int32_t departmental_body(qwork *w, const qspeaker *o, size_t least) {
  uint8_t link;
  int32_t d = article_departement(w, least, &link);
  if (d < 0) return -1;
  const presse_entity *x = &w->ents->ent[d];
  return completed_speaker(w, o, o->b0, o->b1, x->b0, x->b1, link);
}

/* The place a headline says before its colon, among the first
** Q_HEADLINE_TOKENS tokens: opening a line ("Brignac : la mairie renonce
** …") or after à ("Incendie à Brignac : …"), the town of a local article,
** when it is no département and no country: its first token, or Q_NONE. */
#define Q_HEADLINE_TOKENS 80 /* the headline's reach: also headline_country */
static size_t headline_place(const qwork *w) {
  for (size_t k = 0; k < w->ntok && k < Q_HEADLINE_TOKENS; k++) {
    if (!place_at(w, k) || !((w->tok[k].flags & PRESSE_TF_LINE_START) ||
                             (k > 0 && q_a_preposition(w, k - 1))))
      continue;
    const presse_entity *x = &w->ents->ent[w->ent[k]];
    size_t l = q_ent_last(w, k);
    if (l + 1 >= w->ntok || !Q_ISPUNCT(w, l + 1, ':') ||
        departement_named(w, x))
      continue;
    char b[ENT_FOLD_MAX];
    size_t n = ent_fold(w->text + x->b0, x->b1 - x->b0, b);
    if (n == (size_t)-1 || !n || !(ent_lex_lookup(b, n) & EL_COUNTRY)) return k;
  }
  return Q_NONE;
}

/* Whether token k opens a body or a function of a town hall (class 121
** of data/speaker_functions.txt: mairie, adjoint), or is an adjective of
** a commune's level (class 122: municipal), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(town_hall_opening, TOWN_HALL_OPENINGS)
Q_WORD_LIST_TEST(municipal_level, MUNICIPAL_LEVELS)

/* A body or a function of a commune's town hall that the text writes bare
** ("la mairie", "l'adjoint à la culture", "l'opposition municipale"): that
** of the commune the article is about, found as a mayor's is
** (commune_named: "À Vannes, …", "le conseil municipal de X"), else the
** place its headline opens with (headline_place), as a reader names it
** and the blind golds write it ("mairie de X"). -1 when none. */
static int32_t municipal_body(qwork *w, const qspeaker *o, size_t s0) {
  size_t x = commune_named(w, s0);
  if (x == Q_NONE && (x = headline_place(w)) == Q_NONE) return -1;
  const presse_entity *c = &w->ents->ent[w->ent[x]];
  return completed_speaker(w, o, o->b0, o->b1, c->b0, c->b1,
                           body_link(w, x, c->b0));
}

/* The local level of a speaker written bare, as its words say it: a
** département's (départemental, académique: LOCAL_DEPARTEMENT) or a
** commune's (opening with mairie, adjoint or premier adjoint, or saying
** municipal: LOCAL_COMMUNE); s, its first token (tok_at), is copied to *s0.
** LOCAL_NONE for a person, a
** composed function, a group of more than 12 tokens, one saying both
** levels or another one ("la directrice départementale de l'agence
** régionale de santé"), one naming a place already, or the mayor
** ("l'adjointe au maire chargée du logement": the commune would go after
** the mayor, not at the end). "la préfecture" alone is LOCAL_PREFECTURE.
** The cheap word tests first: nearly every speaker that comes here says
** no level. */
enum { LOCAL_NONE, LOCAL_DEPARTEMENT, LOCAL_PREFECTURE, LOCAL_COMMUNE };
static int local_level(const qwork *w, const qspeaker *o, size_t s,
                       size_t *s0) {
  if (o->person || o->ob1 > o->ob0) return LOCAL_NONE;
  size_t t = s, k;
  if (t == Q_NONE) return LOCAL_NONE;
  if (w->tok[t].b1 == o->b1 && prefect_seat(w, t)) return LOCAL_PREFECTURE;
  /* "le premier adjoint": the town hall's noun after the ordinal */
  int dept = 0,
      commune = town_hall_opening(w, t) ||
                (q_first_ordinal(w, t) && t + 1 < w->ntok &&
                 w->tok[t + 1].b1 <= o->b1 && town_hall_opening(w, t + 1));
  for (k = t; k < w->ntok && w->tok[k].b1 <= o->b1; k++) {
    if (k - t >= 12) return LOCAL_NONE;
    dept |= departmental_level(w, k);
    commune |= municipal_level(w, k);
  }
  if (dept == commune || k == t || w->tok[k - 1].b1 != o->b1) return LOCAL_NONE;
  for (k = t; k < w->ntok && w->tok[k].b1 <= o->b1; k++)
    if ((w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_LOC) ||
        q_commune_office(w, k) ||
        (territorial_level(w, k) && !departmental_level(w, k) &&
         !municipal_level(w, k)))
      return LOCAL_NONE;
  *s0 = t;
  return dept ? LOCAL_DEPARTEMENT : LOCAL_COMMUNE;
}

/* A local body or function written bare (its first token s), completed
** with the territory the article is about (departmental_body,
** municipal_body; "la préfecture" with a département named at least
** twice). -1 when none. */
static int32_t local_body(qwork *w, const qspeaker *o, size_t s) {
  size_t s0;
  switch (local_level(w, o, s, &s0)) {
  case LOCAL_DEPARTEMENT:
    return departmental_body(w, o, 1);
  case LOCAL_PREFECTURE:
    /* a département named once may be a river or a name's part
    ** ("l'association Horizons de la Vienne") */
    return departmental_body(w, o, 2);
  case LOCAL_COMMUNE:
    return municipal_body(w, o, s0);
  default:
    return -1;
  }
}

/* The signer of an opinion piece: a byline opening a line in the first
** Q_SIGNER_TOKENS tokens, "Par X," with X described after the comma
** ("Par X, diététicienne et mère de deux élèves"), the byline's name
** being out of quotes()'s entity map (unmap_bylines). -1 when none. */
#define Q_SIGNER_TOKENS 80
Q_WORD_LIST_TEST(byline_preposition, BYLINE_PREPOSITIONS)
static int32_t signer(qwork *w) {
  for (size_t k = 0; k + 2 < w->ntok && k < Q_SIGNER_TOKENS; k++) {
    if (!(w->tok[k].flags & PRESSE_TF_LINE_START) || !byline_preposition(w, k))
      continue;
    uint32_t b0 = w->tok[k + 1].b0;
    for (size_t e = 0; e < w->ents->n; e++) {
      const presse_entity *x = &w->ents->ent[e];
      if (x->b0 > b0) break;
      if (x->b0 != b0 || x->type != PRESSE_PER) continue;
      size_t c = q_tok_near(w, k + 1, x->b1);
      if (c >= w->ntok || !Q_ISPUNCT(w, c, ',')) return -1;
      return q_entity_speaker(w, (int32_t)e, (uint32_t)(k + 1));
    }
    return -1;
  }
  return -1;
}

/* Who says je in the text: the person who speaks the headline's first
** quotation (an interview's "X : « … »", a portrait's "X, le chef qui
** cuisine « … »"), else an opinion piece's signer, else the person the
** text is about. -1 when none. */
static int32_t first_person(qwork *w, uint32_t at) {
  if (w->ndq && w->para[w->dq[0].t0] <= w->lead_para) {
    int32_t s = w->dq[0].spk;
    if (s >= 0 && w->spk[s].person && !w->spk[s].ob1) return s;
  }
  int32_t s = signer(w);
  if (s < 0 && w->protagonist >= 0) s = q_entity_speaker(w, w->protagonist, at);
  return s;
}

/* How de joins a person's name at b0: d' before a vowel ("d'Anahit",
** "d'Élise", "d'Ysaline"), de before a consonant and before a y that
** sounds as one ("de Yannick"). */
static uint8_t name_link(const qwork *w, uint32_t b0) {
  unsigned char c = (unsigned char)w->text[b0];
  unsigned char n = b0 + 1 < w->n ? (unsigned char)w->text[b0 + 1] : 0;
  if (c == 'Y' || c == 'y')
    return n && strchr("aeiouy", n) ? PRESSE_LINK_DE : PRESSE_LINK_D;
  return c && (strchr("AEIOUaeiou", c) || c == 0xC3) ? PRESSE_LINK_D
                                                     : PRESSE_LINK_DE;
}

/* The relative named by the noun at k, known by that relation to the
** one who says je (first_person()): "père de X", with o's place and
** gender. -1 when no such person. */
static int32_t relative_of_me(qwork *w, const qspeaker *o, size_t k) {
  qspeaker c = *o;
  int32_t x = first_person(w, c.at);
  if (x < 0) return -1;
  uint32_t x0 = w->spk[x].b0, x1 = w->spk[x].b1;
  int32_t t = completed_speaker(w, &c, w->tok[k].b0, w->tok[k].b1, x0, x1,
                                name_link(w, x0));
  if (t >= 0) w->spk[t].person = 1;
  return t;
}

/* The word tests of a first-person account (data/speaker_grammar.txt). */
Q_WORD_LIST_TEST(my_first_possessive, MY_POSSESSIVES)
Q_WORD_LIST_TEST(masc_possessive, MASC_POSSESSIVES)
Q_WORD_LIST_TEST(fem_possessive, FEM_POSSESSIVES)
Q_WORD_LIST_TEST(any_possessive, ANY_POSSESSIVES)
Q_WORD_LIST_TEST(me_object, ME_OBJECTS)
Q_WORD_LIST_TEST(subject_clitic, SUBJECT_CLITICS)
Q_WORD_LIST_TEST(impersonal_word, IMPERSONAL_WORDS)
Q_WORD_LIST_TEST(impersonal_reflexive, IMPERSONAL_REFLEXIVES)
Q_WORD_LIST_TEST(impersonal_subject, IMPERSONAL_SUBJECTS)
Q_WORD_LIST_TEST(impersonal_clitic, IMPERSONAL_CLITICS)

/* "Mon père, qui entraînait les cadets, disait toujours : « … »", "Mon
** grand-père disait : « … »": in an interview's answer or a first-person
** account, a relative of the one who says je (mon / ma and a noun of
** relation, class 97 of data/speaker_functions.txt, the whole group) is
** known by that relation to the one who speaks there (relative_of_me):
** "père de X", as the gold names such a relative (the READMEs of
** written5, 13, 14: "père de …", "grand-père d'…", "mère de …"), not
** "Mon père". -1 when s is no such group or no such person is found. */
static int32_t first_person_relative(qwork *w, int32_t s) {
  const qspeaker *o = &w->spk[s];
  if (o->person || o->ob1 || (w->text[o->b0] != 'M' && w->text[o->b0] != 'm'))
    return -1;
  size_t s0 = tok_at(w, o->b0);
  if (s0 == Q_NONE || s0 + 1 >= w->ntok || w->tok[s0 + 1].b1 != o->b1 ||
      !my_first_possessive(w, s0))
    return -1;
  return relative_of_me(w, o, s0 + 1);
}

/* Whether token k is a possessive of the one who says je, or of the one
** an interview's question says vous to: 1 masculine (mon, ton), 2
** feminine (ma, ta), 3 either (votre; mon before a vowel: "mon
** épouse"), 0 none. */
static int my_possessive(const qwork *w, size_t k) {
  if (fem_possessive(w, k)) return 2;
  if (any_possessive(w, k)) return 3;
  if (!masc_possessive(w, k)) return 0;
  unsigned char c =
      k + 1 < w->ntok ? (unsigned char)w->text[w->tok[k + 1].b0] : 0;
  return c && (strchr("aeiouyAEIOUY", c) || c == 0xC3) ? 3 : 1;
}

/* The relative of the first person an il / elle at p stands for ("Ma
** mère, oui, … Quand je lui ai fait lire le manuscrit, elle m'a dit",
** "Comment votre mère a-t-elle réagi ? ¶ Elle a vu le film …"): walking
** back over p's paragraph and the one before (a question and its
** answer), the first noun of relation (class 97) after a possessive of
** p's gender, before any person named out of quotations whose gender
** is p's or unknown. Its token, or Q_NONE. */
static size_t relative_antecedent(const qwork *w, size_t p, int fem) {
  int want = fem ? 2 : 1;
  for (size_t k = p; k-- > 1 && p - k < 120;) {
    if (w->para[k] + 1 < w->para[p]) break;
    if (w->inq[k]) continue;
    if (w->ent[k] >= 0) {
      if (w->ents->ent[w->ent[k]].type != PRESSE_PER) continue;
      uint8_t g = q_entity_gender(w, w->ent[k]);
      if (!g || (g & want)) return Q_NONE;
      continue;
    }
    if (!(my_possessive(w, k - 1) & want)) continue;
    char b[Q_TOK_FOLD_CAP];
    size_t n = is_word(w, k) ? q_tok_fold(w, k, b) : 0;
    if (n && q_listed_with_class(b, n, 97)) return k;
  }
  return Q_NONE;
}

/* Whether token j is il or elle (not ils, elles). */
static int subject_pronoun(const qwork *w, size_t j) {
  return is_word(w, j) && (w->word[j] & (QW_IL | QW_ELLE)) &&
         !(w->word[j] & QW_PRONPL);
}

/* "Ma mère m'a toujours dit : « … »", "« … », m'a dit ma mère": a
** quotation no rule gave a speaker, whose cue's clause (back from the cue
** to its sentence's start, on to three tokens after it) holds a relative
** of the one who says je, not after a preposition ("j'ai dit à ma
** mère"): its noun's token, or Q_NONE. e: the cue's end. */
static size_t relative_subject(const qwork *w, const qdirect *d, size_t e) {
  size_t a = d->cue0;
  while (a > 0 && d->cue0 - a < 24 && !w->inq[a - 1] &&
         !q_sent_end_tok(w, a - 1))
    a--;
  for (size_t j = a; j + 1 < w->ntok && j < e + 3; j++) {
    if (w->inq[j] || (j >= e && q_sent_end_tok(w, j))) break;
    if (!my_possessive(w, j) || (j > 0 && (w->word[j - 1] & QW_PREP))) continue;
    char b[Q_TOK_FOLD_CAP];
    size_t n = is_word(w, j + 1) ? q_tok_fold(w, j + 1, b) : 0;
    if (n && q_listed_with_class(b, n, 97)) return j + 1;
  }
  return Q_NONE;
}

/* "Il m'a dit : « … »", "« … », m'a-t-elle raconté": a quotation whose
** cue has an il / elle speak to the first person (m', me, moi in the
** cue's clause) said by that person's relative (relative_antecedent); or
** one with no speaker whose cue has such a relative for subject
** (relative_subject): "mère de X", like first_person_relative's. -1 when
** it is not one. */
static int32_t relative_speaking_to_me(qwork *w, const qdirect *d) {
  if (d->cue0 == Q_NONE || d->cue0 >= w->ntok) return -1;
  size_t e = d->cue1 != Q_NONE && d->cue1 < w->ntok ? d->cue1 : d->cue0 + 1;
  size_t p = Q_NONE;
  /* the subject: inverted in the cue ("m'a-t-elle raconté"), else the
  ** nearest il / elle before it in its sentence ("elle s'est tournée
  ** vers moi et m'a dit") */
  for (size_t j = d->cue0; j < e && p == Q_NONE; j++)
    if (!w->inq[j] && subject_pronoun(w, j)) p = j;
  for (size_t j = d->cue0; p == Q_NONE && j-- > 0 && d->cue0 - j < 24;) {
    if (w->inq[j] || q_sent_end_tok(w, j)) break;
    if (subject_pronoun(w, j)) p = j;
  }
  int me = 0;
  for (size_t j = p < d->cue0 ? p : d->cue0; p != Q_NONE && j < e; j++)
    me |= !w->inq[j] && me_object(w, j);
  size_t k = me && p != Q_NONE
                 ? relative_antecedent(w, p, (w->word[p] & QW_ELLE) != 0)
                 : Q_NONE;
  int g = k != Q_NONE ? ((w->word[p] & QW_ELLE) ? 2 : 1) : 0;
  if (k == Q_NONE && d->spk < 0 && (k = relative_subject(w, d, e)) != Q_NONE)
    g = my_possessive(w, k - 1) == 2 ? 2 : 0;
  if (k == Q_NONE) return -1;
  qspeaker c = {0};
  c.b0 = w->tok[k].b0;
  c.b1 = w->tok[k].b1;
  c.at = (uint32_t)k;
  c.gender = (uint8_t)g;
  return relative_of_me(w, &c, k);
}

/* Whether PER entity e is the person of speaker x (the same canonical
** span). */
static int same_person(const qwork *w, int32_t e, const qspeaker *x) {
  int32_t c = w->qe ? w->qe[e].canon : e;
  const presse_entity *n = &w->ents->ent[c];
  uint32_t b0 = n->cb1 > n->cb0 ? n->cb0 : n->b0;
  return x->b0 == b0;
}

/* The nearest PER entity in [lo, hi) out of nested quotations, going
** back, whose gender is want's or unknown and who is not x: its index,
** or -1; the first person met of the other gender is skipped. */
static int32_t person_back(const qwork *w, size_t lo, size_t hi, int want,
                           const qspeaker *x, uint32_t inq) {
  for (size_t k = hi; k-- > lo;) {
    if (w->ent[k] < 0 || w->inq[k] != inq) continue;
    int32_t e = w->ent[k];
    k = q_ent_first(w, k);
    if (w->ents->ent[e].type != PRESSE_PER) continue;
    uint8_t g = q_entity_gender(w, e);
    if ((g && !(g & want)) || same_person(w, e, x)) continue;
    return e;
  }
  return -1;
}

/* Whether the noun at j opens a clause as its subject: a verb, an
** auxiliary, a clitic or a comma right after it ("Le président m'a
** appelé", "le coach, lui, a dit"), not a noun ("le premier jour"). */
static int subject_of(const qwork *w, size_t j) {
  size_t k = j + 1;
  return k < w->ntok &&
         (Q_ISPUNCT(w, k, ',') || q_clitic(w, k) || subject_clitic(w, k) ||
          (q_is_word(w, k) &&
           (w->verb[k] || (w->word[k] & (QW_AUX | QW_AUXPL)))));
}

/* Whether the il at j is impersonal ("il faut dire : “…”", "il y a ce
** mot : “…”", "il s'agit de …"): no person. */
static int impersonal(const qwork *w, size_t j) {
  return impersonal_subject(w, j) &&
         (impersonal_word(w, j + 1) ||
          (impersonal_clitic(w, j + 1) && impersonal_reflexive(w, j + 2)));
}

/* "« Le premier jour, elle m'a dit : “…” J'ai réécrit … », raconte X",
** "« Elle ne parlait jamais de ça. Elle disait seulement : “…” »": a
** quotation nested in X's words, after a colon, whose clause has il or
** elle for subject and a speech verb, is the words of another than X
** (X says je there): the person of that gender X names before it in
** the quotation, else the person the text is about (an obituary's), else
** the nearest one named before X's quotation in its paragraph; never X.
** -1 when none (X's then). t0: the nested words' first token. The
** quotation is read back Q_NESTED_BACK tokens from the pronoun at most. */
#define Q_NESTED_BACK 200
int32_t q_nested_pronoun(qwork *w, const qdirect *outer, size_t t0) {
  if (outer->spk < 0 || t0 < 3 || t0 <= outer->t0 + 2 || !w->ents) return -1;
  size_t o = t0 - 1;
  if (!Q_ISPUNCT(w, o - 1, ':')) return -1;
  size_t p = Q_NONE;
  int said = 0;
  for (size_t j = o - 1; j-- > outer->t0 && o - j < 16;) {
    if (q_sent_end_tok(w, j) || Q_ISPUNCT(w, j, ':')) break;
    said |= q_is_word(w, j) && q_speech(w->verb[j]);
    if (subject_pronoun(w, j) && !impersonal(w, j)) p = j;
  }
  if (p == Q_NONE || !said) return -1;
  /* "Le président m'a appelé, il m'a dit : “…”": a function before may
  ** be the pronoun's antecedent, which this does not resolve */
  /* bounded: a long quotation nesting many may not make this quadratic */
  size_t in0 = p - outer->t0 > Q_NESTED_BACK ? p - Q_NESTED_BACK : outer->t0;
  for (size_t j = in0; j + 1 < p; j++)
    if (title_noun(w, j) && subject_of(w, j)) return -1;
  const qspeaker x = w->spk[outer->spk];
  if (!x.person) return -1;
  int want = (w->word[p] & QW_ELLE) ? 2 : 1;
  uint32_t inq = w->inq[o];
  int32_t e = person_back(w, in0, p, want, &x, inq);
  if (e < 0 && w->protagonist >= 0) {
    uint8_t g = q_entity_gender(w, w->protagonist);
    if ((!g || (g & want)) && !same_person(w, w->protagonist, &x))
      e = w->protagonist;
  }
  if (e < 0) {
    size_t a = outer->open != Q_NONE ? outer->open : outer->t0, lo = a;
    while (lo > 0 && w->para[lo - 1] == w->para[a] && a - lo < 200)
      lo--;
    e = person_back(w, lo, a, want, &x, 0);
  }
  return e < 0 ? -1 : q_entity_speaker(w, e, (uint32_t)p);
}

/* Whether token k is a noun of a signed document (data/speaker_functions.txt
** class 106: texte, communiqué, lettre), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(document_noun, DOCUMENT_NOUNS)

/* Whether token k is a participle naming a document's signer (class 107:
** signé, signée), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(signing_participle, SIGNING_PARTICIPLES)

/* The signer of the document speaker s, a noun as written followed by
** ", signé par | de | du" ("Le texte, signé du ministre de
** l'Administration territoriale, reproche …", "Le communiqué, signé par
** X, indique …"): a reader takes the words as the signer's, the document
** being only how they are published. A person or organisation named
** there; a function as written, or the person the text names with it. -1
** otherwise. */
static int32_t document_signer(qwork *w, int32_t s) {
  const qspeaker *o = &w->spk[s];
  if (o->person || o->ob1) return -1;
  size_t d = tok_at(w, o->b0);
  if (d == Q_NONE || w->tok[d].b1 != o->b1 || !document_noun(w, d) ||
      d + 4 >= w->ntok || !Q_ISPUNCT(w, d + 1, ',') ||
      !signing_participle(w, d + 2) || w->inq[d + 2])
    return -1;
  size_t p = d + 3, h = p + 1;
  if (q_agent_par(w, p) || q_de(w, p)) {
    if (q_def_sg(w, h) || q_les(w, h)) h++;
  } else if (!q_du(w, p)) {
    return -1;
  }
  if (h >= w->ntok || w->inq[h]) return -1;
  if (w->ent[h] >= 0) {
    uint8_t type = w->ents->ent[w->ent[h]].type;
    if (q_ent_first(w, h) != h || (type != PRESSE_PER && type != PRESSE_ORG))
      return -1;
    return q_entity_speaker(w, w->ent[h], (uint32_t)h);
  }
  if (!title_noun(w, h)) return -1;
  size_t e = q_title_end(w, h, w->ntok);
  int guess = 0;
  size_t n0 = w->nspk;
  int32_t t = q_resolve_title(w, h, e, &guess);
  if (t >= 0 && !guess) return t;
  w->nspk = n0;
  t = q_add_speaker(w, w->tok[h].b0, w->tok[e - 1].b1, (uint32_t)h, 0);
  if (t >= 0) {
    w->spk[t].tt0 = (uint32_t)h;
    w->spk[t].tt1 = (uint32_t)e;
  }
  return t;
}

void q_signed_documents(qwork *w) {
  if (!w->ents) return;
  for (size_t i = 0; i < w->ndq + w->niq; i++) {
    int32_t *spk = i < w->ndq ? &w->dq[i].spk : &w->iq[i - w->ndq].spk;
    if (*spk < 0) continue;
    int32_t t = document_signer(w, *spk);
    if (t >= 0) *spk = t;
  }
}

/* A capitalised function entities() typed an organisation and cut at
** its first lowercase word ("le Haut-Commissaire des Nations | unies aux
** droits de l'homme", "la Contrôleure | générale"): the speaker is the
** function group as written, to its end (q_title_end), as the gold
** writes a person known by function. -1 when the speaker is no such
** entity or the group is no longer than it. */
static int32_t capitalised_function(qwork *w, int32_t s) {
  const qspeaker *o = &w->spk[s];
  if (o->person || o->ob1) return -1;
  unsigned char c = (unsigned char)w->text[o->b0];
  if (!(c >= 'A' && c <= 'Z')) return -1;
  size_t s0 = tok_at(w, o->b0);
  if (s0 == Q_NONE || !title_noun(w, s0) || w->ent[s0] < 0 ||
      q_ent_first(w, s0) != s0 || w->ents->ent[w->ent[s0]].type != PRESSE_ORG)
    return -1;
  size_t t1 = q_title_end(w, s0, w->ntok);
  if (t1 <= s0 || w->tok[t1 - 1].b1 <= o->b1) return -1;
  int32_t t = q_add_speaker(w, o->b0, w->tok[t1 - 1].b1, o->at, o->gender);
  if (t < 0) return -1;
  w->spk[t].tt0 = (uint32_t)s0;
  w->spk[t].tt1 = (uint32_t)t1;
  return t;
}

/* ------------------------- a national function and its country (spk19b) */

/* The countries, and the capitals standing for their governments, with
** their adjective in its four forms (data/country_adjectives.txt), and
** the national functions a reader names with it
** (data/national_functions.txt), the form their adjective takes. */
typedef struct country_adjective {
  const char *name;
  const char *adj[4]; /* masculine, feminine singular; their plurals */
} country_adjective;

static const country_adjective country_adjectives[] = {
#define COUNTRY_ADJECTIVE(n, ms, fs, mp, fp) {n, {ms, fs, mp, fp}},
#include "country_adjectives.h"
#undef COUNTRY_ADJECTIVE
};

typedef struct national_function_form {
  const char *words;
  size_t len;    /* strlen(words), known at build time */
  int form;      /* 0 ms, 1 fs, 2 mp, 3 fp, NATIONAL_BY_ARTICLE */
  int portfolio; /* the head of a portfolio: "ministre" (de la Santé) */
} national_function_form;

/* The form of a singular head either gender ("le / la ministre"). */
#define NATIONAL_BY_ARTICLE 4

static const national_function_form national_functions[] = {
#define NATIONAL_FUNCTION(f, n, p) {f, sizeof f - 1, n, p},
#include "national_functions.h"
#undef NATIONAL_FUNCTION
};

#define N_COUNTRIES (sizeof country_adjectives / sizeof *country_adjectives)
#define N_NATIONAL (sizeof national_functions / sizeof *national_functions)
/* How many tokens the headline's "Country :" may open after (a rubric and
** a headline), as the signer's byline (Q_SIGNER_TOKENS). */
/* The form (0 ms, 1 fs, 2 mp, 3 fp) of the adjective the speaker o takes
** when it is a national function as written, whole, after le / la / l',
** les or a possessive, with no complement after it ("le gouvernement de
** transition", "l'armée israélienne" are named already); -1 otherwise. */
static int national_form(const qwork *w, const qspeaker *o, size_t s0) {
  char x[64], y[64];
  size_t len = o->b1 - o->b0, n = 0, i = 0;
  /* cheap first (every speaker comes here): a listed function's bytes are
  ** as many as the speaker's, case aside */
  while (i < N_NATIONAL && national_functions[i].len != len)
    i++;
  if (i == N_NATIONAL || s0 == 0 || len >= sizeof x ||
      !(q_def_sg(w, s0 - 1) || member_article(w, s0 - 1) ||
        q_third_possessive(w, s0 - 1)))
    return -1;
  size_t e = s0;
  while (e < w->ntok && w->tok[e].b1 < o->b1)
    e++;
  if (e >= w->ntok || w->tok[e].b1 != o->b1 ||
      (e + 1 < w->ntok &&
       (q_de_word(w, e + 1) || territory_adjective(w, e + 1))) ||
      !(n = q_fold(w->text + o->b0, len, x, sizeof x)))
    return -1;
  for (; i < N_NATIONAL; i++) {
    const char *f = national_functions[i].words;
    if (!national_functions[i].portfolio && national_functions[i].len == len &&
        q_fold(f, len, y, sizeof y) == n && !memcmp(x, y, n))
      return national_functions[i].form;
  }
  return -1;
}

/* The country (its index in country_adjectives) whose name, or capital,
** is written at token k, whole words as written; -1 when none. *end: the
** token after it. */
static int country_at(const qwork *w, size_t k, size_t *end) {
  if (!is_word(w, k) || !q_upper(w, k)) return -1;
  const char *t = w->text + w->tok[k].b0;
  size_t room = w->n - w->tok[k].b0;
  for (size_t i = 0; i < N_COUNTRIES; i++) {
    const char *c = country_adjectives[i].name;
    size_t l = strlen(c);
    if (l > room || c[0] != t[0] || memcmp(c, t, l)) continue;
    size_t j = k;
    while (j < w->ntok && w->tok[j].b1 < w->tok[k].b0 + l)
      j++;
    if (j >= w->ntok || w->tok[j].b1 != w->tok[k].b0 + l) continue;
    *end = j + 1;
    return (int)i;
  }
  return -1;
}

/* A portfolio's head, its complement: the head's last token, the
** complement's first and how de joins it. */
typedef struct portfolio_parts {
  size_t head_end, c0;
  uint8_t link;
} portfolio_parts;

/* The token after the head of a portfolio (data/national_functions.txt,
** "ministre", "ministre délégué") opening the speaker at s0, whole words
** as written; 0 when none. *form: the head's form. */
static size_t portfolio_head(const qwork *w, size_t s0, uint32_t b1,
                             int *form) {
  char x[32], y[32];
  size_t after = 0;
  /* an ASCII first byte folds to itself lowered (q_fold): one not the
  ** head's first letter, of either case, opens no head */
  unsigned char c = (unsigned char)w->text[w->tok[s0].b0];
  for (size_t i = 0; i < N_NATIONAL; i++) {
    const char *f = national_functions[i].words;
    size_t len = national_functions[i].len, e = s0;
    if (!national_functions[i].portfolio || len >= sizeof x ||
        w->tok[s0].b0 + len >= b1 || (c < 0x80 && (c | 0x20) != f[0]))
      continue;
    while (e < w->ntok && w->tok[e].b1 < w->tok[s0].b0 + len)
      e++;
    size_t n;
    if (e + 1 <= after || e >= w->ntok || w->tok[e].b1 != w->tok[s0].b0 + len ||
        w->tok[e].b1 >= b1 ||
        !(n = q_fold(w->text + w->tok[s0].b0, len, x, sizeof x)) ||
        q_fold(f, len, y, sizeof y) != n || memcmp(x, y, n))
      continue;
    *form = national_functions[i].form;
    after = e + 1; /* the longest: "ministre délégué", not "ministre" */
  }
  return after;
}

Q_WORD_LIST_TEST(masculine_contraction, CONTRACTED_ARTICLES) /* du, au */

/* The form of the adjective a portfolio's head at s0 takes, the speaker
** o being that head, a de-word and a capitalised complement to its end,
** nothing after ("le ministre de la Communication", "signé du ministre
** de l'Administration territoriale", "au ministère des Mines"; "le
** ministre de l'Intérieur du Mali" is named already, as is a complement
** holding a country or a people's adjective); -1 otherwise. The head
** either gender agrees with its article, else with o. */
static int portfolio_form(const qwork *w, const qspeaker *o, size_t s0,
                          portfolio_parts *p) {
  int form = -1;
  size_t k;
  if (s0 == 0 ||
      !(q_def_sg(w, s0 - 1) || q_third_possessive(w, s0 - 1) ||
        masculine_contraction(w, s0 - 1)) ||
      (k = portfolio_head(w, s0, o->b1, &form)) == 0 || !q_de_word(w, k))
    return -1;
  p->head_end = k - 1;
  p->c0 = k + 1;
  if (q_de_article(w, k)) /* du (2 bytes), des */
    p->link =
        w->tok[k].b1 - w->tok[k].b0 == 2 ? PRESSE_LINK_DU : PRESSE_LINK_DES;
  else if (q_elided_de(w, k))
    p->link = PRESSE_LINK_D;
  else if (k + 1 < w->ntok && q_la(w, k + 1))
    p->link = PRESSE_LINK_DE_LA, p->c0 = k + 2;
  else if (k + 1 < w->ntok && q_elided_article(w, k + 1) &&
           (w->tok[k + 1].flags & PRESSE_TF_ELISION))
    p->link = PRESSE_LINK_DE_L, p->c0 = k + 2;
  else
    p->link = PRESSE_LINK_DE;
  if (p->c0 >= w->ntok || !q_upper(w, p->c0)) return -1;
  size_t e = p->c0;
  for (; e < w->ntok && w->tok[e].b1 < o->b1; e++) {
    size_t end;
    if (territory_adjective(w, e) || country_at(w, e, &end) >= 0) return -1;
  }
  size_t end;
  if (e >= w->ntok || w->tok[e].b1 != o->b1 || territory_adjective(w, e) ||
      country_at(w, e, &end) >= 0 ||
      (e + 1 < w->ntok &&
       (q_de_word(w, e + 1) || territory_adjective(w, e + 1))))
    return -1;
  if (form == NATIONAL_BY_ARTICLE)
    form =
        q_la(w, s0 - 1) || (!q_le(w, s0 - 1) &&
                            !masculine_contraction(w, s0 - 1) && o->gender == 2)
            ? 1
            : 0;
  return form;
}

/* Whether the name at k opens its sentence, alone or after one short
** word, an article or a preposition ("À Kinshasa, …", "La Hongrie, elle,
** …", "En Mongolie, …"): the sentence is about that place, not a place
** it mentions on the way ("En visite à Pékin, le Premier ministre" may be
** anyone's). */
static int opens_with(const qwork *w, size_t k) {
  return opens_sentence(w, k) ||
         (k > 0 && opens_sentence(w, k - 1) && is_word(w, k - 1) &&
          w->tok[k - 1].b1 - w->tok[k - 1].b0 <= 3);
}

/* The country a national function at s0 belongs to by its sentence: a
** country or its capital opening the sentence, the function's article
** right after its comma ("À Kinshasa, le gouvernement a accusé …"); or,
** after a possessive, opening its sentence or the one before ("La
** Hongrie, elle, a fait entendre sa différence. Son Premier ministre a
** estimé …"). Outside quotations, in the function's paragraph; -1 when
** none. */
static int country_before(const qwork *w, size_t s0) {
  uint32_t sent = w->tok[s0].sent;
  int possessive = q_third_possessive(w, s0 - 1);
  if (!possessive && (s0 < 2 || !Q_ISPUNCT(w, s0 - 2, ','))) return -1;
  for (size_t k = s0 - 1, n = 0; k-- > 0 && n < 200; n++) {
    if (w->para[k] != w->para[s0] ||
        w->tok[k].sent + (possessive ? 1u : 0u) < sent)
      break;
    size_t end;
    int c;
    if (w->inq[k] || !opens_with(w, k) || (c = country_at(w, k, &end)) < 0)
      continue;
    return possessive || Q_ISPUNCT(w, end, ',') ? c : -1;
  }
  return -1;
}

/* The country an article is about by its headline: a line opening with a
** country's name, or its capital's, then a colon ("Géorgie : des
** dizaines de milliers …", "RDC : à Goma, …"), in the first
** Q_HEADLINE_TOKENS tokens. -1 when none. */
static int headline_country(const qwork *w) {
  for (size_t k = 0; k < w->ntok && k < Q_HEADLINE_TOKENS; k++) {
    size_t end;
    int c;
    if ((w->tok[k].flags & PRESSE_TF_LINE_START) &&
        (c = country_at(w, k, &end)) >= 0 && end < w->ntok &&
        Q_ISPUNCT(w, end, ':'))
      return c;
  }
  return -1;
}

/* Whether the token at k is one of country c's adjectives, as written. */
static int adjective_of_country(const qwork *w, size_t k, int c) {
  size_t l = w->tok[k].b1 - w->tok[k].b0;
  for (int f = 0; f < 4; f++) {
    const char *a = country_adjectives[c].adj[f];
    if (strlen(a) == l && !memcmp(a, w->text + w->tok[k].b0, l)) return 1;
  }
  return 0;
}

/* Whether the text names the national function [s0, e] with another
** country's adjective ("le gouvernement français" in an article headed
** "Mali : …"): the bare one may then be either, and the headline does
** not decide. */
static int other_country_function(const qwork *w, size_t s0, size_t e, int c) {
  size_t m = e - s0 + 1;
  for (size_t k = 0; k + m < w->ntok; k++)
    if (k != s0 && !w->inq[k] &&
        same_words(w, w->tok[k].b0, w->tok[k + m - 1].b1, w->tok[s0].b0,
                   w->tok[e].b1) &&
        territory_adjective(w, k + m) && !adjective_of_country(w, k + m, c))
      return 1;
  return 0;
}

/* A national function or body written bare ("le Premier ministre", "le
** gouvernement", "les autorités": data/national_functions.txt) where the
** text says which country it serves, by its sentence (country_before) or
** by the headline (headline_country): that function with the country's
** adjective, as a reader names it and the golds write it ("Premier
** ministre géorgien", "gouvernement congolais"). The adjective is no word
** of the text: the speaker carries it (qspeaker.adj). s0: the speaker's
** first token (tok_at). -1 when none. */
static int32_t national_function(qwork *w, const qspeaker *o, size_t s0) {
  if (o->person || o->ob1 > o->ob0 || o->adj) return -1;
  portfolio_parts p = {0, 0, 0};
  int form = s0 == Q_NONE ? -1 : national_form(w, o, s0);
  int portfolio =
      form < 0 && s0 != Q_NONE && (form = portfolio_form(w, o, s0, &p)) >= 0;
  if (form < 0) return -1;
  /* a minister with a portfolio travels: "À Jakarta, la ministre du
  ** Commerce extérieur" is often a visitor, so only the headline says
  ** whose minister it is */
  int c = portfolio ? -1 : country_before(w, s0);
  if (c < 0 && (c = headline_country(w)) >= 0) {
    size_t e = s0; /* the function's last token (national_form found it) */
    while (w->tok[e].b1 < o->b1)
      e++;
    /* a portfolio's head is named with another country's adjective after
    ** the head ("le ministre français des Armées") */
    if (other_country_function(w, s0, portfolio ? p.head_end : e, c)) return -1;
  }
  if (c < 0) return -1;
  uint32_t b1 = portfolio ? w->tok[p.head_end].b1 : o->b1;
  int32_t t = q_add_speaker(w, o->b0, b1, o->at, o->gender);
  if (t < 0) return -1;
  w->spk[t].tt0 = o->tt0;
  w->spk[t].tt1 = o->tt1;
  w->spk[t].adj = country_adjectives[c].adj[form];
  if (portfolio) { /* the adjective goes before the complement */
    w->spk[t].ob0 = w->tok[p.c0].b0;
    w->spk[t].ob1 = o->b1;
    w->spk[t].olink = p.link;
  }
  return t;
}

void q_function_bodies(qwork *w) {
  if (!w->ents) return;
  /* the quotes of one speaker follow each other: one resolution per
  ** span (what it gives depends on where the function is written) */
  uint32_t lb0 = 0, lb1 = 0;
  int32_t last = -1;
  int made = 0; /* a function of a body was made: pass 1 may use it */
  for (int pass = 0; pass < 1 + made; pass++, lb0 = lb1 = 0)
    for (size_t i = 0; i < w->ndq + w->niq; i++) {
      int32_t *spk = i < w->ndq ? &w->dq[i].spk : &w->iq[i - w->ndq].spk;
      if (*spk < 0) continue;
      if (pass == 0) {
        int32_t p = prosecutor_seat(w, *spk);
        if (p < 0) p = territorial_body(w, *spk);
        if (p < 0) p = voice_function(w, *spk);
        if (p < 0) p = first_person_relative(w, *spk);
        if (p < 0) p = member_body(w, *spk);
        if (p < 0 && (p = capitalised_function(w, *spk)) >= 0) {
          size_t c0 = tok_at(w, w->spk[p].b0);
          qspeaker c = w->spk[p];
          int32_t f = c0 == Q_NONE ? -1 : feminine_completed(w, &c, c0);
          if (f >= 0) p = f;
        }
        if (p >= 0) {
          *spk = p;
          continue;
        }
      }
      /* a mayor as written is a person for the pronouns: still completed */
      int mayor =
          !function_written(w, *spk) && pass == 0 && mayor_written(w, *spk);
      int office = !function_written(w, *spk) && pass == 0 && !mayor &&
                   office_written(w, *spk);
      if (!mayor && !office && !function_written(w, *spk)) continue;
      qspeaker o = w->spk[*spk];
      if (o.b0 != lb0 || o.b1 != lb1) {
        lb0 = o.b0;
        lb1 = o.b1;
        size_t s0 = tok_at(w, o.b0);
        last = -1;
        if (s0 == Q_NONE) continue;
        if (mayor)
          last = commune_function(w, &o, s0);
        else if (office) {
          if ((last = office_completed(w, &o, s0)) >= 0)
            w->spk[last].person = o.person;
        } else if (pass == 1)
          last = function_again(w, &o, s0);
        else if ((last = demonym_holder(w, &o, s0)) < 0 &&
                 (last = party_cut_function(w, &o, s0)) < 0 &&
                 (last = possessive_function(w, &o, s0)) < 0 &&
                 (last = kind_completed(w, &o, s0)) < 0 &&
                 (last = body_completed(w, &o, s0)) < 0 &&
                 (last = function_of_body(w, &o, s0)) < 0 &&
                 (last = commune_function(w, &o, s0)) < 0)
          /* a prefect's seat only when the text gives the function in
          ** full nowhere ("le préfet du Var" completes "le préfet") */
          if ((last = seat_completed(w, &o, s0)) < 0 &&
              (last = feminine_completed(w, &o, s0)) < 0 &&
              (last = court_president(w, &o, s0)) < 0 &&
              (last = complement_completed(w, &o, s0)) < 0 &&
              (last = prefect_function(w, &o, s0)) < 0 &&
              (last = synonym_completed(w, &o, s0)) < 0)
            last = ministry_minister(w, &o, s0);
        made |= pass == 0 && last >= 0;
      }
      if (last >= 0) *spk = last;
    }
  /* a body's place, once every completion above has made its full name
  ** (one look per speaker in a row: a composed one differs by its body) */
  int32_t seen = -1;
  place_links links = {PLACE_LINKS_UNKNOWN, 0, {0}};
  for (size_t i = 0; i < w->ndq + w->niq; i++) {
    int32_t *spk = i < w->ndq ? &w->dq[i].spk : &w->iq[i - w->ndq].spk;
    if (*spk < 0) continue;
    if (*spk != seen) {
      seen = *spk;
      qspeaker o = w->spk[seen];
      /* its first token, found once for the three rules (a person's or a
      ** composed speaker's is no use to them) */
      size_t s = o.person || o.ob1 > o.ob0 ? Q_NONE : tok_at(w, o.b0);
      last = body_place(w, &o, s, &links);
      if (last < 0) last = local_body(w, &o, s);
      if (last < 0) last = national_function(w, &o, s);
    }
    if (last >= 0) *spk = last;
  }
  /* last: the pronoun rules gave these to the last person named, whom a
  ** relative speaking to me is not */
  for (size_t i = 0; i < w->ndq; i++) {
    int32_t r = relative_speaking_to_me(w, &w->dq[i]);
    if (r >= 0) w->dq[i].spk = r;
  }
}
