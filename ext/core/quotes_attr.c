/*
** quotes_attr.c: who said it. Speaker noun groups (a named entity, a
** title such as "le ministre" resolved to the person introduced with it,
** an institution, a pronoun resolved to the most recent fitting speaker),
** speech-verb groups (a déclaré, a-t-il ajouté, précisant), and the
** attribution of direct quotes: postposed cue, incise, cue earlier in the
** sentence, then continuity with the previous speaker.
**
** A wrong speaker is worse than none: every rule gives up (-1) rather than
** guess when the noun group cannot be resolved.
*/
#include "lexicon.h"
#include "quotes_int.h"

#include <string.h>

#include "lex_speaker_functions.h"
#include "lex_dates_months.h"
#include "lex_speaker_orgnouns.h"
#include "lex_speaker_bodies.h"
#include "lex_speech_modals.h"
#include "lex_speech_nouns.h"

#define WINDOW 12 /* tokens of a noun group */
/* data/speaker_functions.txt: classes from here on are word classes */
#define RELATION_CLASS 97

static int is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

static int upper(const qwork *w, size_t i) {
  return (w->tok[i].flags & PRESSE_TF_UPPER) != 0;
}

/* Inlined: the scans call it on every token they pass (20,000 calls on
** 300 articles), and its body is hardly longer than a call. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
sent_end_tok(const qwork *w, size_t i) {
  return Q_ISPUNCT(w, i, '.') || Q_ISPUNCT(w, i, '!') || Q_ISPUNCT(w, i, '?') ||
         Q_ISPUNCT(w, i, ';');
}

int32_t q_add_speaker(qwork *w, uint32_t b0, uint32_t b1, uint32_t at,
                      uint8_t gender) {
  if (w->nspk == w->capspk) {
    size_t cap = w->capspk ? 2 * w->capspk : 16;
    qspeaker *p = w->mem->xRealloc(w->mem->ctx, w->spk, cap * sizeof *p);
    if (!p) {
      w->spk_nomem = 1;
      return -2;
    }
    w->spk = p;
    w->capspk = cap;
  }
  qspeaker *s = &w->spk[w->nspk];
  s->b0 = b0;
  s->b1 = b1;
  s->at = at;
  s->gender = gender;
  s->tt0 = s->tt1 = 0;
  s->person = 0;
  s->ob0 = s->ob1 = 0;
  s->olink = 0;
  return (int32_t)w->nspk++;
}

/* A clitic between a subject and its verb ("Le ministère s'est dit", "La
** police n'a pas"): never part of a name or a noun group. */
static int clitic(const qwork *w, size_t i) {
  if (!is_word(w, i)) return 0;
  if (w->word[i] & QW_NEG) return 1;
  if (w->tok[i].flags & PRESSE_TF_ELISION)
    return !(q_tok_is(w, i, "d") || q_tok_is(w, i, "l") ||
             q_tok_is(w, i, "qu"));
  return q_tok_is(w, i, "se") || q_tok_is(w, i, "y");
}

/* Whether the word at k completes a noun after de / du / des (maybe with
** la / l'): "le ministre chargé de l'Industrie", "la productrice de X".
** A name there is the function's complement, not its holder. */
static int after_de(const qwork *w, size_t k) {
  if (k < 2) return 0;
  size_t p = k - 1;
  if ((q_tok_is(w, p, "la") || q_tok_is(w, p, "l")) && p > 0) p--;
  return q_de(w, p) ||
         (p == k - 1 && (q_tok_is(w, p, "du") || q_tok_is(w, p, "des")));
}

/* A minister's portfolio goes on over "au" / "aux" after "délégué" or
** "chargé" ("le ministre délégué au Commerce extérieur"), a complement
** like "de" (a function with its own complement is a new holder) ... */
static int portfolio_to(const qwork *w, size_t k) {
  if (k == 0) return 0;
  /* "l'adjoint à la culture", "l'adjointe aux sports": a deputy mayor's
  ** portfolio, after à too */
  if ((q_tok_is(w, k - 1, "adjoint") || q_tok_is(w, k - 1, "adjointe")) &&
      (q_tok_is(w, k, "à") || q_tok_is(w, k, "au") || q_tok_is(w, k, "aux")))
    return 1;
  if (!(q_tok_is(w, k, "au") || q_tok_is(w, k, "aux"))) return 0;
  return q_tok_is(w, k - 1, "délégué") || q_tok_is(w, k - 1, "déléguée") ||
         q_tok_is(w, k - 1, "chargé") || q_tok_is(w, k - 1, "chargée");
}

/* ... and over "et" before a second capitalised portfolio ("ministre de
** l'Économie et des Finances", "chargée de l'Intelligence artificielle
** et du Numérique"). */
static int portfolio_and(const qwork *w, size_t k) {
  if (!q_tok_is(w, k, "et") || k + 2 >= w->ntok) return 0;
  size_t c = k + 1;
  if (!q_de_word(w, c)) return 0;
  c++;
  if (c + 1 < w->ntok && (q_tok_is(w, c, "la") || q_tok_is(w, c, "l"))) c++;
  return is_word(w, c) && (w->tok[c].flags & PRESSE_TF_UPPER) &&
         w->ent[c] < 0 && w->para[c] == w->para[k];
}

/* Whether the word at k goes on a place's name ("la région Grand Est":
** "Est" is no verb there). */
static int in_place_name(const qwork *w, size_t k) {
  return w->ent[k] >= 0 && q_ent_first(w, k) < k &&
         w->ents->ent[w->ent[k]].type == PRESSE_LOC;
}

/* The end (exclusive) of a function group starting at its noun t: "chef
** de la diplomatie russe", "ministre des Affaires étrangères", "président
** de la commission européenne". Stops at punctuation, a verb, a person's
** name, a clitic; trailing function words are left out. */
/* "le président du groupe socialiste à l'Assemblée | au Sénat": after a
** function group with its complement, à / au and an institution (an ORG
** entity right after, maybe with la / l') say which chamber the group
** sits in, part of the function. The last token of that entity, or 0. */
static size_t chamber_complement(const qwork *w, size_t t, size_t k,
                                 size_t limit) {
  if (!w->ents || k < t + 2 || !(q_tok_is(w, k, "à") || q_tok_is(w, k, "au")))
    return 0;
  size_t m = k + 1;
  if (m < limit && q_tok_is(w, k, "à") &&
      (q_tok_is(w, m, "la") || q_tok_is(w, m, "l")))
    m++;
  if (m >= limit || w->ent[m] < 0 || q_ent_first(w, m) != m ||
      w->ents->ent[w->ent[m]].type != PRESSE_ORG || w->inq[m])
    return 0;
  return q_ent_last(w, m);
}

size_t q_title_end(const qwork *w, size_t t, size_t limit) {
  size_t k = t + 1, end = t + 1;
  for (; k < limit && k < t + 10; k++) {
    if (!is_word(w, k) || w->inq[k] || clitic(w, k)) break;
    /* a function group never runs over a paragraph break (a headline
    ** "… assure son PDG" then the first paragraph) */
    if (w->para[k] != w->para[t]) break;
    if (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER &&
        !after_de(w, k))
      break;
    if (in_place_name(w, k)) {
      end = k + 1;
      continue;
    }
    if (w->verb[k] & (QV_FIN | QV_PART | QV_GER)) break;
    if (portfolio_and(w, k)) continue;
    size_t seat = chamber_complement(w, t, k, limit);
    if (seat) {
      end = seat + 1;
      break;
    }
    if (w->word[k] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL | QW_ELLE |
                      QW_PRONPL | QW_COORD))
      break;
    if ((w->word[k] & QW_ADV) && !(w->word[k] & (QW_DET | QW_PREP))) break;
    if ((w->word[k] & QW_PREP) && !q_de_word(w, k) && !portfolio_to(w, k))
      break; /* "chef de la diplomatie malienne | avant la rencontre" */
    if ((w->word[k] & (QW_DET | QW_POSS)) && !(w->word[k] & QW_PREP) &&
        k > t + 1 && !(w->word[k - 1] & QW_PREP)) {
      /* a determiner with no preposition before it opens an object: the
      ** word before it was a verb ("le fisc défend | cette mesure") */
      end = k - 1;
      break;
    }
    if (!(w->word[k] & (QW_DET | QW_PREP | QW_POSS))) end = k + 1;
  }
  return end;
}

/* Whether the title noun at i is the ordinal adjective premier /
** première before a noun that is no function ("au premier jour de son
** procès, X"): only "le Premier ministre", "le premier secrétaire" and a
** capitalised "le Premier" are functions. */
static int ordinal_adjective(const qwork *w, size_t i) {
  if (!(q_tok_is(w, i, "premier") || q_tok_is(w, i, "première")) ||
      (w->tok[i].flags & PRESSE_TF_UPPER) || i + 1 >= w->ntok)
    return 0;
  return is_word(w, i + 1) && !(w->feat[i + 1] & (QT_TITLE_M | QT_TITLE_F));
}

/* Whether the name starting at f is the complement of the noun before
** it: "de X", "d'X" right before the name. */
static int complement_name(const qwork *w, size_t f) {
  return f > 0 && q_de(w, f - 1);
}

/* Whether the folded word b[0..n) is listed whole in
** data/speaker_functions.txt with class cls (the word classes 97 to 99
** are single words). */
static int listed_with_class(const char *b, size_t n, int cls) {
  for (size_t e = 0; n && e < lex_speaker_functions.n; e++) {
    const presse_lex_entry *x = &lex_speaker_functions.e[e];
    if (x->value == cls && x->n == n && !memcmp(x->s, b, n)) return 1;
  }
  return 0;
}

/* Whether the noun at t is an office of a commune ("maire": class 100
** of data/speaker_functions.txt), completed by quotes_canon.c with the
** commune the text names. */
#define COMMUNE_CLASS 100
int q_commune_office(const qwork *w, size_t t) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, t, b);
  return listed_with_class(b, n, COMMUNE_CLASS);
}

/* Whether the noun at k names a relation to someone, not a function
** ("homologue", "collègue", "épouse"): class 97 of
** data/speaker_functions.txt. */
static int relation_noun(const qwork *w, size_t k) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, k, b);
  return listed_with_class(b, n, RELATION_CLASS);
}

/* The function a PER mention [f, l] is named with: "le ministre russe des
** Affaires étrangères X", "le chef de la diplomatie russe, X", "X, la
** présidente de la région,". Relations ("son homologue") are no function.
** Sets [*t0, *t1) and returns 1 when found. */
int q_mention_title(const qwork *w, size_t f, size_t l, uint32_t *t0,
                    uint32_t *t1) {
  /* before the name, unless the name completes it ("l'entraîneur de X":
  ** a relation of X) */
  size_t k = f;
  if (k > 0 && Q_ISPUNCT(w, k - 1, ',')) k--;
  /* complement_name(f) does not change in the loop: tested once */
  for (size_t s = 0, i = k, cf = complement_name(w, f); i > 0 && s < 10 && !cf;
       s++) {
    i--;
    if (!is_word(w, i) || w->inq[i] ||
        (w->ent[i] >= 0 && w->ents->ent[w->ent[i]].type == PRESSE_PER))
      break;
    if (w->verb[i] || (w->word[i] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE)))
      break;
    if ((w->feat[i] & (QT_TITLE_M | QT_TITLE_F)) && !ordinal_adjective(w, i)) {
      /* "son homologue, X", "sa collègue X" is a relation, no function;
      ** "son porte-parole, X", "sa directrice éditoriale, X" are */
      if (i > 0 && (w->word[i - 1] & QW_POSS) && relation_noun(w, i)) break;
      size_t e = q_title_end(w, i, k);
      /* the group must reach the name ("le ministre X") */
      for (size_t j = e; j < k; j++)
        if (!(w->word[j] & (QW_DET | QW_PREP))) return 0;
      *t0 = (uint32_t)i;
      *t1 = (uint32_t)e;
      return 1;
    }
  }
  /* an apposition after it */
  if (l + 2 < w->ntok && Q_ISPUNCT(w, l + 1, ',')) {
    size_t i = l + 2;
    if (is_word(w, i) && (w->word[i] & QW_DET) && !(w->word[i] & QW_POSS)) i++;
    if (i < w->ntok && is_word(w, i) &&
        (w->feat[i] & (QT_TITLE_M | QT_TITLE_F))) {
      *t0 = (uint32_t)i;
      *t1 = (uint32_t)q_title_end(w, i, w->ntok);
      return 1;
    }
  }
  return 0;
}

/* First token of the entity mention covering token i. */
size_t q_ent_first(const qwork *w, size_t i) {
  int32_t e = w->ent[i];
  while (i > 0 && w->ent[i - 1] == e)
    i--;
  return i;
}

size_t q_ent_last(const qwork *w, size_t i) {
  int32_t e = w->ent[i];
  while (i + 1 < w->ntok && w->ent[i + 1] == e)
    i++;
  return i;
}

/* same_word past its cheap rejections: the folded forms compared. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
same_folded(const qwork *w, size_t a, size_t b) {
  uint8_t fa = w->flen[a], fb = w->flen[b];
  if (fa <= Q_FOLD_KEEP && fb <= Q_FOLD_KEEP) {
    /* Both forms kept: q_tok_fold's forms are these, each with the final
    ** apostrophe put back when its token ends with one (a kept form never
    ** ends with the apostrophe it dropped, so forms with and without one
    ** differ). Compared in place, without the two copies. */
    int pa = q_final_apostrophe(w, a);
    return pa == q_final_apostrophe(w, b) && fa == fb && fa + pa &&
           !memcmp(w->fold + w->tok[a].b0, w->fold + w->tok[b].b0, fa);
  }
  char x[64], y[64];
  size_t n = q_tok_fold(w, a, x);
  size_t m = q_tok_fold(w, b, y);
  return n && n == m && !memcmp(x, y, n);
}

/* Whether tokens a and b fold to the same form. Inline: most calls (the
** pairs of a headline and a paragraph's words, common_run) end at the
** cheap rejections, which then cost no call. */
static inline int same_word(const qwork *w, size_t a, size_t b) {
  /* cheap rejections first: folding keeps the byte length but for a
  ** typographic apostrophe (3 bytes to 1), and ASCII letters fold to
  ** themselves up to case */
  uint32_t la = w->tok[a].b1 - w->tok[a].b0, lb = w->tok[b].b1 - w->tok[b].b0;
  if (la > lb + 2 || lb > la + 2) return 0;
  unsigned char ca = (unsigned char)w->text[w->tok[a].b0];
  unsigned char cb = (unsigned char)w->text[w->tok[b].b0];
  if (ca < 0x80 && cb < 0x80 && (ca | 0x20) != (cb | 0x20)) return 0;
  return same_folded(w, a, b);
}

/* Two modifiers of a function group are the same word (malien /
** malienne, russe / russes): equal folded, or a common start of 5 bytes. */
static int same_modifier(const qwork *w, size_t a, size_t b) {
  char x[64], y[64];
  size_t n = q_tok_fold(w, a, x);
  size_t m = q_tok_fold(w, b, y);
  if (!n || !m) return 0;
  if (n == m && !memcmp(x, y, n)) return 1;
  return n >= 5 && m >= 5 && !memcmp(x, y, 5);
}

static int modifier(const qwork *w, size_t k) {
  return is_word(w, k) && !(w->word[k] & (QW_DET | QW_PREP | QW_POSS));
}

/* Whether the folded word x[0..n) is one of the space-separated words of
** the wording s[0..m). */
static int in_wording(const char *s, size_t m, const char *x, size_t n) {
  for (size_t i = 0; i < m;) {
    size_t j = i;
    while (j < m && s[j] != ' ')
      j++;
    if (j - i == n && !memcmp(s + i, x, n)) return 1;
    i = j + 1;
  }
  return 0;
}

/* The function (data/speaker_functions.txt) a function group [t, t1)
** names in other words, or 0. */
static int function_class_scan(const qwork *w, size_t t, size_t t1);

static int function_class(const qwork *w, size_t t, size_t t1) {
  qfc_cache *c = w->fc;
  if (!c || t >= UINT32_MAX || t1 > UINT32_MAX)
    return function_class_scan(w, t, t1);
  size_t s = t % Q_FC_SLOTS;
  if (c->t[s] == t + 1 && c->t1[s] == t1) return c->cls[s];
  int cls = function_class_scan(w, t, t1);
  c->t[s] = (uint32_t)(t + 1);
  c->t1[s] = (uint32_t)t1;
  c->cls[s] = cls;
  return cls;
}

/* function_class without the cache: the pass over the list. */
static int function_class_scan(const qwork *w, size_t t, size_t t1) {
  /* the group's first FC_WORDS tokens folded once, the others (a longer
  ** group) for each word of a wording */
  enum { FC_WORDS = 8 };
  char f[FC_WORDS][Q_TOK_FOLD_CAP];
  size_t fn[FC_WORDS];
  size_t nf = t1 > t ? t1 - t : 0;
  if (nf > FC_WORDS) nf = FC_WORDS;
  /* the first bytes of the group's words (all folded here), a filter on
  ** each wording's first word */
  uint64_t first = 0;
  for (size_t k = 0; k < nf; k++) {
    fn[k] = q_tok_fold(w, t + k, f[k]);
    if (fn[k]) first |= 1ull << (f[k][0] & 63);
  }
  int filter = t1 <= t || t1 - t <= FC_WORDS;
  for (size_t e = 0; e < lex_speaker_functions.n; e++) {
    const presse_lex_entry *x = &lex_speaker_functions.e[e];
    if (x->value >= RELATION_CLASS) continue; /* word classes, no function */
    if (filter && x->n && x->s[0] != ' ' &&
        !(first >> ((unsigned char)x->s[0] & 63) & 1))
      continue;
    int all = 1;
    for (size_t i = 0; i < x->n && all;) {
      size_t j = i;
      while (j < x->n && x->s[j] != ' ')
        j++;
      int found = 0;
      for (size_t k = t; k < t1 && !found; k++) {
        char b[Q_TOK_FOLD_CAP];
        const char *fk = b;
        size_t n;
        if (k - t < nf) {
          fk = f[k - t];
          n = fn[k - t];
        } else {
          n = q_tok_fold(w, k, b);
        }
        found = n == j - i && !memcmp(fk, x->s + i, n);
      }
      all = found;
      i = j + 1;
    }
    if (all) return x->value;
  }
  return 0;
}

/* Whether token k is a word of a wording of function cls. */
static int class_word(const qwork *w, size_t k, int cls) {
  if (!cls) return 0;
  char b[64];
  size_t n = q_tok_fold(w, k, b);
  for (size_t e = 0; n && e < lex_speaker_functions.n; e++) {
    const presse_lex_entry *x = &lex_speaker_functions.e[e];
    if (x->value == cls && in_wording(x->s, x->n, b, n)) return 1;
  }
  return 0;
}

/* Whether function groups [a, a1) and [b, b1) (same noun) name different
** functions: each has a modifier the other lacks ("chef de la diplomatie
** russe" / "chef de la diplomatie malienne"). */
static int titles_conflict(const qwork *w, size_t a, size_t a1, size_t b,
                           size_t b1, int cls) {
  int amiss = 0, bmiss = 0;
  for (size_t i = a + 1; i < a1 && !amiss; i++) {
    if (!modifier(w, i) || class_word(w, i, cls)) continue;
    int found = 0;
    for (size_t j = b + 1; j < b1 && !found; j++)
      found = modifier(w, j) && same_modifier(w, i, j);
    amiss = !found;
  }
  for (size_t j = b + 1; j < b1 && !bmiss; j++) {
    if (!modifier(w, j) || class_word(w, j, cls)) continue;
    int found = 0;
    for (size_t i = a + 1; i < a1 && !found; i++)
      found = modifier(w, i) && same_modifier(w, i, j);
    bmiss = !found;
  }
  return amiss && bmiss;
}

#define EXCL 8

/* Whether speaker p was named with a function other than the one at t
** ("le ministre X" is not "le maire"): another noun, not one of the
** wordings of the same function. */
static int other_function(const qwork *w, const qspeaker *p, size_t t,
                          int cls) {
  if (!(p->tt1 > p->tt0) || p->tt1 > w->ntok) return 0;
  if (same_word(w, p->tt0, t)) return 0;
  return !cls || function_class(w, p->tt0, p->tt1) != cls;
}

/* Whether speaker p was named with the function group at [t, t1) but
** another modifier ("l'entraîneur briochin, X" is not "l'entraîneur
** d'Avranches"), as named_fitting judges a name, when p's function has
** adjectives only ("le ministre de l'Intérieur, X" may be "le ministre
** français"). */
static int other_holder(const qwork *w, const qspeaker *p, size_t t, size_t t1,
                        int cls) {
  if (!(p->tt1 > p->tt0) || p->tt1 > w->ntok) return 0;
  for (size_t k = p->tt0 + 1; k < p->tt1; k++)
    if (q_de_word(w, k) || q_tok_is(w, k, "au") || q_tok_is(w, k, "aux"))
      return 0; /* a complement: a portfolio, a body */
  int c2 = cls && !same_word(w, p->tt0, t) ? cls : 0;
  return titles_conflict(w, t, t1, p->tt0, p->tt1, c2);
}

static int copula(const qwork *w, size_t i) {
  return q_tok_is(w, i, "est") || q_tok_is(w, i, "était") ||
         q_tok_is(w, i, "fut") || q_tok_is(w, i, "devenu") ||
         q_tok_is(w, i, "devenue") || q_tok_is(w, i, "reste");
}

/* The person a noun at k is said of: "Marc Roux, 45 ans, est
** agriculteur", "Marc Roux est un graphiste", "Marc Roux, graphiste,".
** The PER entity, or -1. */
static int32_t predicate_person(const qwork *w, size_t k) {
  size_t i = k;
  if (i > 0 && is_word(w, i - 1) && (w->word[i - 1] & QW_DET) &&
      !(w->word[i - 1] & QW_PREP))
    i--;
  int cop = i > 0 && copula(w, i - 1);
  if (cop) i--;
  if (!cop && !(i > 0 && Q_ISPUNCT(w, i - 1, ','))) return -1;
  if (i > 0 && Q_ISPUNCT(w, i - 1, ',') && i >= 2 && w->ent[i - 2] < 0) {
    /* over a parenthetical ", 45 ans," */
    size_t c = i - 1;
    while (c > 0 && i - c < 6 && w->tok[c - 1].kind != PRESSE_TOK_PUNCT &&
           !w->inq[c - 1] && !w->verb[c - 1] && w->ent[c - 1] < 0)
      c--;
    if (c > 0 && Q_ISPUNCT(w, c - 1, ',')) i = c;
  }
  if (i > 0 && Q_ISPUNCT(w, i - 1, ',')) i--;
  if (i == 0 || w->ent[i - 1] < 0 ||
      w->ents->ent[w->ent[i - 1]].type != PRESSE_PER)
    return -1;
  return w->ent[i - 1];
}

/* Whether the function noun at k (its group ending before lim) is the one
** at t, or one of function class cls ("le technicien" for "l'entraîneur"). */
static int is_function(const qwork *w, size_t k, size_t lim, size_t t,
                       int cls) {
  if (!(w->feat[k] & (QT_TITLE_M | QT_TITLE_F))) return 0;
  return same_word(w, k, t) ||
         (cls && function_class(w, k, q_title_end(w, k, lim)) == cls);
}

/* Whether the PER mention [f, l] is named with the function noun at t (or
** one of function class cls): "le préfet X", "X, le préfet de …". Sets
** *at and *end to that function group, else leaves *at at Q_NONE. */
/* Whether the noun at k completes another noun ("l'agent du joueur, X":
** X is the agent, not the player): right after du / des, or de / d' and
** an article, itself after a word. */
static int noun_complement(const qwork *w, size_t k) {
  if (k < 2) return 0;
  size_t p = k - 1;
  if (p >= 1 && (w->word[p] & QW_DET) && !(w->word[p] & QW_PREP) &&
      q_de(w, p - 1))
    p--;
  else if (!(q_tok_is(w, p, "du") || q_tok_is(w, p, "des")))
    return 0;
  return p >= 1 && is_word(w, p - 1) && !(w->word[p - 1] & QW_DET);
}

static void named_as(const qwork *w, size_t f, size_t l, size_t t, int cls,
                     size_t *at_, size_t *end_) {
  size_t at = Q_NONE, end = 0;
  /* The noun before the name, in its group (never over a paragraph
  ** break: a headline ending "…, affirme l'accusé" is not the function of
  ** "Le juge X" opening the body; "l'entraîneur de X" is X's relation,
  ** not X's function) ... */
  /* complement_name(f) does not change in the loop: tested once */
  int cf = complement_name(w, f);
  for (size_t k = f, s = 0; k-- > 0 && s < 8 && w->para[k] == w->para[f] && !cf;
       s++) {
    if (is_function(w, k, f, t, cls) && !noun_complement(w, k)) {
      at = k;
      end = q_title_end(w, k, f);
      break;
    }
    if (sent_end_tok(w, k) ||
        (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER))
      break;
    /* "Le technicien a fait entrer X": X is the verb's object, not the
    ** function's holder */
    if (w->word[k] & (QW_AUX | QW_AUXPL)) break;
    if (w->ent[k] >= 0) k = q_ent_first(w, k); /* "maire de Brest" */
  }
  /* ... or in an apposition after it. */
  if (at == Q_NONE && l + 1 < w->ntok && Q_ISPUNCT(w, l + 1, ','))
    for (size_t k = l + 2, s = 0; k < w->ntok && s < 6; k++, s++) {
      if (is_function(w, k, w->ntok, t, cls)) {
        at = k;
        end = q_title_end(w, k, w->ntok);
        break;
      }
      if (w->tok[k].kind == PRESSE_TOK_PUNCT) break;
    }
  *at_ = at;
  *end_ = end;
}

/* Whether the PER mention [f, l] is named with the function group [t, t1)
** of class cls: 1 with it, -1 with a conflicting one ("le ministre
** malien" for "le ministre belge"), 0 with none. */
/* "le sénateur X" then "« … », a glissé la rapporteure": two nouns of
** one function class (data/speaker_functions.txt) whose forms are of
** opposite genders (a noun of one form only) are not the same person. */
static int function_genders_clash(const qwork *w, size_t at, size_t t) {
  uint32_t a = w->feat[at] & (QT_TITLE_M | QT_TITLE_F);
  uint32_t b = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  return a && b && a != (QT_TITLE_M | QT_TITLE_F) &&
         b != (QT_TITLE_M | QT_TITLE_F) && a != b;
}

static int named_fitting(const qwork *w, size_t f, size_t l, size_t t,
                         size_t t1, int cls) {
  size_t at = Q_NONE, end = 0;
  named_as(w, f, l, t, cls, &at, &end);
  if (at == Q_NONE || function_genders_clash(w, at, t)) return 0;
  int c2 = cls && !same_word(w, at, t) ? cls : 0;
  return titles_conflict(w, t, t1, at, end, c2) ? -1 : 1;
}

/* Whether speaker s is the person the text is about (quotes_pron.c). */
static int protagonist(const qwork *w, int32_t s) {
  if (w->protagonist < 0 || !w->ents) return 0;
  const presse_entity *x = &w->ents->ent[w->protagonist];
  uint32_t b0 = x->cb1 > x->cb0 ? x->cb0 : x->b0;
  return w->spk[s].b0 == b0;
}

/* A definite role noun with no name ("», tranche le vigneron", "a
** demandé le magistrat", "confie le jeune homme") stands, for a reader,
** for the person the paragraph has just introduced: the most recent PER
** mention before it in its paragraph, outside quotations and
** parentheses, of a fitting gender, not named with another function (or
** a conflicting one). Bounded look-back. -1 when none. */
static int definite(const qwork *w, size_t i);

/* A noun for any person, not a function ("le jeune homme", "la
** sexagénaire"): function class 99 of data/speaker_functions.txt. Such a
** noun never conflicts with the function a person was named with. */
#define GENERIC_CLASS 99
static int generic_noun(const qwork *w, size_t t) {
  char b[64];
  size_t n =
      q_fold(w->text + w->tok[t].b0, w->tok[t].b1 - w->tok[t].b0, b, sizeof b);
  return listed_with_class(b, n, GENERIC_CLASS);
}

/* Whether the sentence at a opens with a definite noun group that names
** nobody and stands for a person already named: a capitalised demonym
** ("Le Flamand de 26 ans, qui …", "Le Marseillais, signé chez …") or a
** function noun ("L'ailier de 2,03 m, …"), of gender g when known. Like
** il / elle, it goes on about the person named before. */
static int anaphoric_subject(const qwork *w, size_t a, uint8_t g) {
  if (a + 1 >= w->ntok || w->inq[a] || !definite(w, a) || q_tok_is(w, a, "les"))
    return 0;
  size_t m = a + 1;
  int demonym = w->ent[m] >= 0 && w->ents->ent[w->ent[m]].type == PRESSE_MISC &&
                q_ent_first(w, m) == m && q_ent_last(w, m) == m;
  int title = w->ent[m] < 0 && (w->feat[m] & (QT_TITLE_M | QT_TITLE_F));
  if (!demonym && !title) return 0;
  /* "Le Marseillais Paul Roux": a name follows, a new person */
  if (m + 1 < w->ntok && w->ent[m + 1] >= 0) return 0;
  uint8_t dg = q_det_gender(w, a);
  return !g || !dg || dg == g;
}

/* Whether the name at f is right after a preposition, maybe with an
** article ("une main de Y", "à la Z"): an object, not a subject. */
static int right_after_preposition(const qwork *w, size_t f) {
  size_t p = f;
  if (p > 0 && is_word(w, p - 1) && (w->word[p - 1] & QW_DET) &&
      !(w->word[p - 1] & QW_PREP))
    p--;
  return p > 0 && is_word(w, p - 1) && (w->word[p - 1] & QW_PREP) &&
         !(w->feat[p - 1] & (QT_SELON | QT_DAPRES | QT_POUR));
}

/* Whether speaker s (a name) spoke a direct quotation before token t in
** t's paragraph or the one before. Bounded: the quotations of those
** paragraphs. */
static int quoted_before(const qwork *w, int32_t s, size_t t) {
  for (size_t i = w->ndq; i-- > 0;) {
    const qdirect *d = &w->dq[i];
    if (d->t0 >= t) continue;
    if (w->para[t] - w->para[d->t0] > 1) break;
    if (d->spk >= 0 && w->spk[d->spk].b0 == w->spk[s].b0) return 1;
  }
  return 0;
}

/* Whether the function group [t, t1) has an adjective after its noun
** ("l'entraîneur rémois", "le Premier ministre libanais"): like a
** complement, it may name a new holder. */
static int adjective_modifier(const qwork *w, size_t t, size_t t1) {
  for (size_t k = t + 1; k < t1; k++) {
    if (!is_word(w, k) || (w->word[k] & QW_KNOWN)) return 0;
    if (!upper(w, k) && !(w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) &&
        !w->verb[k])
      return 1;
  }
  return 0;
}

/* paragraph_person: a new holder of the function, to be named as written */
#define AS_WRITTEN (-4)

static int32_t paragraph_person(qwork *w, size_t t, size_t t1, int cls,
                                uint8_t g, int any) {
  if (!w->ents) return -1;
  /* Only the sentence just before the quotation (a cue after it), or the
  ** one before the noun's own: a person named further back is no longer
  ** the one a reader has in mind ("Au cœur du film, X, 87 ans. Leur
  ** amitié … « … », sourit la réalisatrice" is not X). */
  int qualified = 0;
  for (size_t k = t + 1; k < t1 && !qualified; k++)
    qualified = (q_de_word(w, k) &&
                 /* "le joueur de 24 ans": an age is no complement */
                 !(k + 1 < t1 && w->tok[k + 1].kind == PRESSE_TOK_NUMBER)) ||
                portfolio_to(w, k);
  uint32_t s0 = w->tok[t].sent ? w->tok[t].sent - 1 : 0;
  int passed = 0;
  for (size_t i = t, n = 0; i-- > 0 && n < 400; n++) {
    if (w->para[i] != w->para[t]) break;
    if (w->inq[i]) {
      passed = 1;
      continue;
    }
    if (passed == 1) {
      s0 = w->tok[i].sent;
      passed = 2;
    }
    if (w->tok[i].sent < s0) {
      /* a sentence opening with il / elle of the noun's gender goes on
      ** about the person named before it ("La chanteuse X publie un
      ** album. Elle y chante … « … », résume l'artiste") */
      uint16_t pw = w->word[i + 1];
      if (!w->inq[i + 1] && w->tok[i + 1].sent == s0 &&
          (((pw & (QW_IL | QW_ELLE)) && !(pw & QW_IMPERS) &&
            (!g || (g == 2) == ((pw & QW_ELLE) != 0))) ||
           anaphoric_subject(w, i + 1, g)) &&
          s0 > 0 && w->tok[i].sent == s0 - 1)
        s0--;
      else
        break;
    }
    if (w->ent[i] < 0) continue;
    size_t f = q_ent_first(w, i), l = q_ent_last(w, i);
    int32_t e = w->ent[i];
    i = f;
    if (w->ents->ent[e].type != PRESSE_PER) continue;
    if (f > 0 && Q_ISPUNCT(w, f - 1, '(')) continue;
    /* a relation's complement: "l'avocat de X" is not X */
    if (f >= t && f < t1) continue;
    uint8_t eg = q_entity_gender(w, e);
    if (g && eg && eg != g) continue;
    if (!any && named_fitting(w, f, l, t, t1, cls) < 0) continue;
    int32_t s = q_entity_speaker(w, e, (uint32_t)f);
    if (s < 0) return -1;
    if (any) return s;
    /* "le chef de la diplomatie suisse": a function with its complement
    ** is a new holder, not a person named with no function */
    if (qualified && !(w->spk[s].tt1 > w->spk[s].tt0)) {
      w->nspk--;
      continue;
    }
    /* "Entre-temps, X avait réduit l'écart, après une main de Y. Une
    ** décision que l'entraîneur rémois a jugée « … »": a name after a
    ** preposition, with no function and not quoted, is no holder of a
    ** function with an adjective, nor is anyone before it */
    if (adjective_modifier(w, t, t1) && !(w->spk[s].tt1 > w->spk[s].tt0) &&
        right_after_preposition(w, f) && !quoted_before(w, s, t)) {
      w->nspk--;
      return AS_WRITTEN;
    }
    const qspeaker *p = &w->spk[s];
    /* named elsewhere with another function, or the same noun with
    ** another modifier ("chef de la diplomatie russe") */
    if (other_function(w, p, t, cls) ||
        (p->tt1 > p->tt0 && p->tt1 <= w->ntok &&
         titles_conflict(w, t, t1, p->tt0, p->tt1,
                         cls && !same_word(w, p->tt0, t) ? cls : 0))) {
      w->nspk--;
      continue;
    }
    return s;
  }
  return -1;
}

/* A quotation opening its paragraph with a definite role noun as the
** subject of its postposed cue ("Un concert de deux heures …¶« … », a
** confié l'artiste de 41 ans"): the reader's person is the one the
** previous paragraph named, when it named one person only that fits
** (gender, no other function). Called when paragraph_person found
** nobody in the quotation's own paragraph. Bounded: 400 tokens of the
** previous paragraph. -1 when none or several. */
static int32_t previous_paragraph_person(qwork *w, size_t t, size_t t1, int cls,
                                         uint8_t g, int any) {
  if (!w->ents || t == 0) return -1;
  /* "le président de la FNSEA": a function with its complement is a new
  ** holder unless the person was named with it ("le joueur de 24 ans":
  ** an age is no complement) */
  int qualified = 0;
  for (size_t k = t + 1; k < t1 && !qualified; k++)
    qualified = (q_de_word(w, k) &&
                 !(k + 1 < t1 && w->tok[k + 1].kind == PRESSE_TOK_NUMBER)) ||
                portfolio_to(w, k);
  /* back over the cue to the quotation, then over it */
  size_t i = t;
  while (i > 0 && !w->inq[i - 1] && w->para[i - 1] == w->para[t] && t - i < 8)
    i--;
  if (i == 0 || !w->inq[i - 1]) return -1;
  while (i > 0 && w->inq[i - 1])
    i--;
  if (i == 0 || w->para[i - 1] == w->para[t] || w->para[i] != w->para[t])
    return -1;
  int32_t found = -1, fe = -1;
  size_t ff = 0;
  for (size_t n = 0; i-- > 0 && n < 400; n++) {
    if (w->para[i] + 1 != w->para[t]) break;
    if (w->inq[i] || w->ent[i] < 0) continue;
    size_t f = q_ent_first(w, i), l = q_ent_last(w, i);
    int32_t e = w->ent[i];
    i = f;
    if (w->ents->ent[e].type != PRESSE_PER) continue;
    if (f > 0 && Q_ISPUNCT(w, f - 1, '(')) continue;
    int32_t c = w->qe ? w->qe[e].canon : e;
    uint8_t eg = q_entity_gender(w, e);
    int fit = named_fitting(w, f, l, t, t1, cls);
    if ((g && eg && eg != g) || (!any && fit < 0) || (qualified && fit <= 0)) {
      if (found >= 0 && found != c) return -1;
      continue;
    }
    if (found >= 0 && found != c) return -1;
    if (found < 0) {
      fe = e;
      ff = f;
    }
    found = c;
  }
  if (found < 0) return -1;
  size_t n0 = w->nspk;
  int32_t s = q_entity_speaker(w, fe, (uint32_t)ff);
  if (s < 0) return -1;
  if (!any && other_function(w, &w->spk[s], t, cls)) {
    w->nspk = n0;
    return -1;
  }
  return s;
}

/* Whether a full stop comes before t: t is past the headline and the
** standfirst's first sentence, in narration where the person just named
** is the one a role noun designates. Bounded: the lead is short. */
static int after_first_sentence(const qwork *w, size_t t) {
  for (size_t i = 0; i < t && i < 400; i++)
    if (Q_ISPUNCT(w, i, '.') && !w->inq[i]) return 1;
  return 0;
}

/* Whether speaker s (a named entity) has a mention, before t, within
** four sentences (150 tokens) after the function noun at t, maybe plural ("Les
** ministres maliens des Affaires étrangères et de la Défense … X et Y ont
** fait le déplacement": then "le ministre malien des Affaires étrangères"
** is one of them). Bounded look-back. */
static int named_near_noun(const qwork *w, int32_t s, size_t t) {
  if (!w->ents) return 0;
  char f[64], g[64];
  size_t fl = q_tok_fold(w, t, f);
  if (!fl) return 0;
  for (size_t i = t, n = 0; i-- > 0 && n < 3000; n++) {
    if (w->ent[i] < 0 || w->inq[i]) continue;
    const presse_entity *e =
        &w->ents->ent[w->qe ? w->qe[w->ent[i]].canon : w->ent[i]];
    uint32_t b0 = e->cb1 > e->cb0 ? e->cb0 : e->b0;
    size_t first = q_ent_first(w, i);
    if (b0 == w->spk[s].b0) {
      /* the noun in the name's sentence or the three before, or after
      ** the name in its sentence */
      size_t a = first, sents = 0;
      while (a > 0 && first - a < 150 &&
             !(sent_end_tok(w, a - 1) && ++sents > 3))
        a--;
      for (size_t k = a; k < i + 40 && k < t; k++) {
        if (k > i && sent_end_tok(w, k)) break;
        size_t gl = q_tok_fold(w, k, g);
        if (gl && (gl == fl || (gl == fl + 1 && g[fl] == 's')) &&
            !memcmp(f, g, fl))
          return 1;
      }
    }
    i = first;
  }
  return 0;
}

/* The person a title group [t, t1) designates: the most recent PER entity
** introduced with the same noun and no conflicting modifier ("le graphiste
** portugais X", "X, le ministre ..."); else (*guess set) the most recent
** speaker of a fitting gender who was not named with a conflicting
** function. -1 when none. */
static int participle_form(const qwork *w, size_t i);

/* Whether the PER mention [f, l] is named with a function other than
** the group [t, t1): a function noun right before it in its group ("Le
** pivot X", "Le ministre X", "Le directeur du tournoi, X") or in an
** apposition after it ("X, institutrice,"), neither the same noun nor
** of the same class of data/speaker_functions.txt; a noun for any
** person (class 99: "le jeune homme") conflicts with none. */
static int named_other_function(const qwork *w, size_t f, size_t l, size_t t,
                                size_t t1, int cls) {
  if (generic_noun(w, t)) return 0;
  size_t at = Q_NONE;
  for (size_t k = f, n = 0; k-- > 0 && n < 5; n++) {
    if (w->inq[k] || sent_end_tok(w, k) || w->ent[k] >= 0) break;
    if (w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) {
      at = k;
      break;
    }
  }
  if (at == Q_NONE && l + 2 < w->ntok && Q_ISPUNCT(w, l + 1, ','))
    for (size_t k = l + 2, n = 0; k < w->ntok && n < 3; k++, n++) {
      if (w->inq[k] || !is_word(w, k)) break;
      if (w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) {
        at = k;
        break;
      }
    }
  if (at == Q_NONE || same_word(w, at, t) || generic_noun(w, at)) return 0;
  (void)t1;
  return !cls || function_class(w, at, q_title_end(w, at, w->ntok)) != cls;
}

/* "Le directeur du tournoi, X, savoure une édition record. D'après les
** organisateurs, … « … », a indiqué le dirigeant": a function nobody was
** named with, in a paragraph whose first sentence has a person as its
** subject (the first name of the sentence outside quotations, not
** after a preposition, the only person the sentence names), is that
** person rather than the last person quoted in an earlier paragraph
** (s): a paragraph about someone goes on about that one. Not a person
** of another gender or named with a function that conflicts. The
** person's speaker, or -1. */
static int32_t paragraph_opening_person(qwork *w, size_t t, size_t t1, int cls,
                                        uint8_t g, int32_t s) {
  if (!w->ents) return -1;
  size_t ps = t;
  while (ps > 0 && t - ps < 400 && w->para[ps - 1] == w->para[t] &&
         !((w->tok[ps].flags & PRESSE_TF_LINE_START) &&
           (w->tok[ps].flags & PRESSE_TF_SENT_START)))
    ps--;
  if (t - ps >= 400) return -1;
  if (s >= 0 && w->spk[s].at >= ps) return -1;
  for (size_t k = ps; k < t; k++) {
    if (w->inq[k]) continue;
    if (k > ps && sent_end_tok(w, k - 1)) return -1;
    /* "Le ministre a reçu X": a name after a verb is its object */
    if (w->verb[k] || (w->word[k] & (QW_AUX | QW_AUXPL))) return -1;
    if (w->ent[k] < 0) continue;
    size_t f = q_ent_first(w, k), l = q_ent_last(w, k);
    int32_t e = w->ent[k];
    k = l;
    if (w->ents->ent[e].type != PRESSE_PER) continue;
    if ((f > 0 && Q_ISPUNCT(w, f - 1, '(')) || right_after_preposition(w, f))
      continue;
    uint8_t eg = q_entity_gender(w, e);
    if (g && eg && eg != g) return -1;
    if (named_fitting(w, f, l, t, t1, cls) < 0 ||
        named_other_function(w, f, l, t, t1, cls))
      return -1;
    /* "X et son homologue ont confirmé", "Au cœur du film, X, 87 ans, et
    ** Y, 9 ans": a sentence about two people is no one's */
    if (l + 1 < t && (w->word[l + 1] & QW_COORD)) return -1;
    /* ... nor a sentence with no verb ("Au centre du film, X, 87 ans.") */
    int verb = 0;
    for (size_t m = l + 1; m < t && !sent_end_tok(w, m - 1); m++) {
      if (w->inq[m]) continue;
      verb |= w->verb[m] || (w->word[m] & (QW_AUX | QW_AUXPL));
      if (w->ent[m] >= 0 && w->ents->ent[w->ent[m]].type == PRESSE_PER &&
          w->ents->ent[w->ent[m]].b0 != w->ents->ent[e].b0)
        return -1;
    }
    if (!verb) return -1;
    return q_entity_speaker(w, e, (uint32_t)f);
  }
  return -1;
}

/* "X, porte-parole du groupe, a fermé la porte : « … » Le député de la
** Haute-Garonne assure que « … »", "X, lui, ne cache pas ses ambitions.
** Interrogé à la sortie, le sénateur de Haute-Savoie a glissé …": a
** definite function group opening its sentence (maybe after an opening
** phrase and its comma) right after a sentence of the same paragraph
** about a person (the speaker of the quotation ending it, or, after an
** opening phrase, its subject) goes on about that person, even named
** with another function: a new holder would be named or introduced.
** Not when the two functions are listed apart (data/
** speaker_functions.txt: a judge is no prosecutor) or are one noun with
** other modifiers. Tried when resolve_title found nobody: the person's
** speaker, or -1. */
static int32_t sentence_before_person(qwork *w, size_t d, size_t t, size_t t1) {
  if (!definite(w, d) || d + 1 != t) return -1;
  uint8_t g = q_det_gender(w, d);
  uint8_t tf = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  if (!g && tf == QT_TITLE_F) g = 2;
  int cls = function_class(w, t, t1);
  size_t a0 = d;
  while (a0 > 0 && d - a0 < 8 && !(w->tok[a0].flags & PRESSE_TF_SENT_START))
    a0--;
  /* a line start is a paragraph's in scraped text (one newline) */
  if (!(w->tok[a0].flags & PRESSE_TF_SENT_START) || a0 == 0 ||
      (w->tok[a0].flags & PRESSE_TF_LINE_START) ||
      w->para[a0 - 1] != w->para[d])
    return -1;
  if (a0 != d) {
    /* "Interrogé à la sortie, le sénateur …": a participle or a
    ** preposition opens the phrase, a comma ends it, no name in it */
    if (!Q_ISPUNCT(w, d - 1, ',') ||
        !(participle_form(w, a0) || (w->word[a0] & QW_PREP)))
      return -1;
    for (size_t k = a0; k < d; k++)
      if (w->ent[k] >= 0 || w->inq[k]) return -1;
  }
  int32_t e = -1, sp = -1;
  if (w->inq[a0 - 1] || (w->feat[a0 - 1] & QT_CLOSE) ||
      Q_ISPUNCT(w, a0 - 1, '.')) {
    /* the speaker of a quotation closing the sentence before */
    for (size_t i = w->ndq; i-- > 0;) {
      const qdirect *q = &w->dq[i];
      if (q->close >= a0) continue;
      if (w->para[q->close] != w->para[d]) break;
      int line = 0;
      for (size_t k = q->close + 1; k < a0 && !line; k++)
        line = (w->tok[k].flags & PRESSE_TF_LINE_START) != 0;
      if (line) break;
      size_t k = q->close + 1;
      while (k < a0 - 1 && !sent_end_tok(w, k))
        k++;
      if (k == a0 - 1 || k == a0 || q->close + 1 >= a0) sp = q->spk;
      break;
    }
  }
  if (sp < 0 && a0 != d) {
    /* the name opening the sentence before, outside quotations, for a
    ** function after an opening phrase ("Interrogé …, le sénateur"); a
    ** function opening the sentence is a new subject ("X a visité le
    ** musée. Le ministre de la Culture a salué …") */
    size_t b = a0 - 1;
    while (b > 0 && a0 - b < 60 && w->para[b - 1] == w->para[d] &&
           !(w->tok[b].flags & PRESSE_TF_LINE_START) &&
           !((w->tok[b].flags & PRESSE_TF_SENT_START) && !w->inq[b]))
      b--;
    if (!(w->tok[b].flags & PRESSE_TF_SENT_START) || w->inq[b] ||
        w->ent[b] < 0 || w->ents->ent[w->ent[b]].type != PRESSE_PER)
      return -1;
    e = w->ent[b];
    uint8_t eg = q_entity_gender(w, e);
    if (g && eg && eg != g) return -1;
    sp = q_entity_speaker(w, e, (uint32_t)b);
    if (sp < 0) return -1;
  }
  if (sp < 0) return -1;
  const qspeaker *p = &w->spk[sp];
  /* a name of known gender ("Bercy" typed a person is none), not a
  ** function standing for its holder */
  if (!p->person || !p->gender || (g && p->gender != g) ||
      (p->tt1 > p->tt0 && p->tt0 < w->ntok && p->b0 == w->tok[p->tt0].b0))
    return -1;
  if (p->tt1 > p->tt0 && p->tt1 <= w->ntok) {
    int pc = function_class(w, p->tt0, p->tt1);
    if (cls && pc && cls != pc) return -1;
    if (same_word(w, p->tt0, t) && titles_conflict(w, t, t1, p->tt0, p->tt1, 0))
      return -1;
  }
  (void)e;
  qspeaker o = *p;
  int32_t s = q_add_speaker(w, o.b0, o.b1, o.at, o.gender);
  if (s >= 0) w->spk[s].person = o.person;
  return s;
}

/* "Son producteur, X, vise une sortie … À Florac, le maire se réjouit":
** a mayor nobody was named with is not the last speaker when that one was
** named with another function (a bare "la ministre" may be, the dev sets
** say, see resolve_title): a mayor speaks for a commune, a new holder, as
** written (quotes_canon.c completes it with the commune). */
static int mayor_of_nobody(const qwork *w, int32_t s, size_t t, size_t t1,
                           int cls) {
  return t1 == t + 1 && q_commune_office(w, t) &&
         other_function(w, &w->spk[s], t, cls);
}

/* "Madeleine Sorel est morte mardi … La ministre de la Culture a rendu
** hommage à « … »": a function with its own complement is the person the
** text is about when the lead names that person and the function opens
** the body ("Budget : « … », promet X" then "La ministre des Comptes
** publics l'a répété mardi"), not once the body has named the person
** with no such function: then it is a new holder, as written. Whether
** speaker s is named outside the headline and standfirst before t. */
static int named_in_body_before(const qwork *w, int32_t s, size_t t) {
  for (size_t i = 0; i < t; i++) {
    if (w->ent[i] < 0 || w->inq[i] || w->para[i] <= w->lead_para) continue;
    const presse_entity *e =
        &w->ents->ent[w->qe ? w->qe[w->ent[i]].canon : w->ent[i]];
    uint32_t b0 = e->cb1 > e->cb0 ? e->cb0 : e->b0;
    if (b0 == w->spk[s].b0) return 1;
    i = q_ent_last(w, i);
  }
  return 0;
}

static int32_t resolve_title(qwork *w, size_t t, size_t t1, int *guess) {
  uint32_t excl[EXCL];
  size_t nexcl = 0;
  *guess = 0;
  int cls = function_class(w, t, t1);
  if (w->ents) {
    int seen = 0;
    /* Back over at most 2,000 tokens, each a step n: the tokens no entity
    ** covers are skipped by one search (q_prev_ent), counted as the steps
    ** they are, so the bound stops the scan where a step at a time did. */
    for (size_t i = t, n = 0; i > 0 && seen < 64 && n < 2000; n++) {
      size_t j = q_prev_ent(w, i, i > 2000 - n ? i - (2000 - n) : 0);
      if (j == SIZE_MAX) break;
      n += i - 1 - j;
      i = j;
      if (w->inq[i]) continue;
      size_t f = q_ent_first(w, i);
      const presse_entity *e = &w->ents->ent[w->ent[i]];
      if (e->type == PRESSE_PER) {
        seen++;
        int fit = named_fitting(w, f, q_ent_last(w, i), t, t1, cls);
        if (fit > 0) return q_entity_speaker(w, w->ent[i], (uint32_t)t);
        if (fit < 0 && nexcl < EXCL) {
          const presse_entity *c =
              &w->ents->ent[w->qe ? w->qe[w->ent[i]].canon : w->ent[i]];
          excl[nexcl++] = c->cb1 > c->cb0 ? c->cb0 : c->b0;
        }
      }
      i = f;
    }
  }
  /* A function in the headline or the standfirst ("… », admet la
  ** ministre", "La procureure évoque …") names the person the body
  ** introduces with it later ("la ministre de la Mobilité, X"). */
  if (w->ents && w->para[t] <= w->lead_para)
    for (size_t i = t1, seen = 0; i < w->ntok && i < t1 + 3000 && seen < 64;
         i++) {
      if (w->ent[i] < 0 || w->inq[i]) continue;
      size_t l = q_ent_last(w, i);
      if (w->ents->ent[w->ent[i]].type == PRESSE_PER) {
        seen++;
        if (named_fitting(w, i, l, t, t1, cls) > 0)
          return q_entity_speaker(w, w->ent[i], (uint32_t)t);
      }
      i = l;
    }
  /* "« … », affirme l'accusé" in the headline, nobody named with that
  ** noun: the person the article is about, if nothing contradicts it */
  /* "le premier ministre du Canada", "le président de l'ASVEL": a
  ** function with its complement is a new holder, not a previous speaker
  ** named with no function at all, unless the text is about that one */
  int qualified = 0;
  for (size_t k = t + 1; k < t1 && !qualified; k++)
    qualified = q_de_word(w, k) || portfolio_to(w, k);
  if (w->ents && w->para[t] <= w->lead_para && w->protagonist >= 0 && t > 0 &&
      definite(w, t - 1) && !qualified && !after_first_sentence(w, t)) {
    uint8_t pg = q_entity_gender(w, w->protagonist);
    uint8_t tg = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
    int fits = !pg || tg == (QT_TITLE_M | QT_TITLE_F) ||
               (pg == 1) == (tg == QT_TITLE_M) || generic_noun(w, t);
    if (fits) {
      size_t n = w->nspk;
      int32_t s = q_entity_speaker(w, w->protagonist, (uint32_t)t);
      if (s >= 0 && !other_function(w, &w->spk[s], t, cls)) {
        *guess = 1;
        return s;
      }
      w->nspk = n;
    }
  }
  /* "Marc Roux, 45 ans, est graphiste": named with it as a predicate */
  for (size_t k = t, lo = t > 400 ? t - 400 : 0;
       w->ents &&
       (k = q_last_feat(w, lo, k, QT_TITLE_M | QT_TITLE_F)) != SIZE_MAX;) {
    if (w->inq[k] || !same_word(w, k, t)) continue;
    int32_t e = predicate_person(w, k);
    if (e >= 0) return q_entity_speaker(w, e, (uint32_t)t);
  }
  /* "la ministre" with no name: the previous speaker, if she fits */
  uint8_t g = 0;
  size_t d = t;
  while (d > 0 && t - d < 3 && !(w->word[d] & (QW_DET | QW_POSS)))
    d--;
  g = q_det_gender(w, d);
  uint8_t tf = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  /* The masculine form is also the generic one: after an elided article
  ** ("l'expert", "l'auteur") it gives no gender; a feminine form does. */
  int elided = q_tok_is(w, d, "l") && (w->tok[d].flags & PRESSE_TF_ELISION);
  if (!g && tf == QT_TITLE_M && !elided) g = 1;
  if (!g && tf == QT_TITLE_F) g = 2;
  int32_t s = q_last_speaker_excl(w, t, g, excl, nexcl);
  /* the one who spoke as that function ("le porte-parole de la police",
  ** then "le porte-parole") stays first; else the person just named */
  if (definite(w, d) &&
      !(s >= 0 && w->spk[s].tt1 > w->spk[s].tt0 && w->spk[s].tt0 < w->ntok &&
        same_word(w, w->spk[s].tt0, t))) {
    int32_t p = paragraph_person(w, t, t1, cls, g, generic_noun(w, t));
    if (p == -1)
      p = previous_paragraph_person(w, t, t1, cls, g, generic_noun(w, t));
    if (p >= 0) {
      *guess = 1;
      return p;
    }
    if (p == AS_WRITTEN) {
      *guess = 2;
      return -1;
    }
    int32_t o = paragraph_opening_person(w, t, t1, cls, g, s);
    if (o >= 0) s = o;
  }
  /* "le ministre de l'Intérieur" is not the last speaker if that one was
  ** named with another function ("le directeur d'Enedis, X"); a bare
  ** "la ministre" may still be (dev sets: rejecting it there loses more) */
  if (s >= 0 && t1 > t + 1 && other_function(w, &w->spk[s], t, cls)) s = -1;
  if (s >= 0 && mayor_of_nobody(w, s, t, t1, cls)) {
    *guess = 2;
    return -1;
  }
  if (s < 0 && g) {
    /* nobody quoted fits: the person a pronoun of that gender would
    ** designate ("X a réagi. « … », a écrit la députée"), unless named
    ** with another function */
    size_t n = w->nspk;
    s = q_resolve_pronoun(w, t, g == 2);
    if (s >= 0 &&
        (!w->spk[s].person || other_function(w, &w->spk[s], t, cls) ||
         (qualified && !(w->spk[s].tt1 > w->spk[s].tt0) && !protagonist(w, s))))
      s = -1;
    for (size_t x = 0; s >= 0 && x < nexcl; x++)
      if (w->spk[s].b0 == excl[x]) s = -1;
    if (s < 0) w->nspk = n;
  }
  if (s >= 0 && other_holder(w, &w->spk[s], t, t1, cls)) {
    /* "l'entraîneur d'Avranches" or "l'entraîneur alsacien" after
    ** "l'entraîneur briochin, X": a new holder, as written, even when X is
    ** who the text is about (X's adjective named a side). A nationality
    ** said of the same person is read the same way: "la commissaire
    ** suédoise" after "la commissaire européenne …, X" is lost. */
    *guess = 2;
    return -1;
  }
  if (s >= 0 && qualified &&
      !(protagonist(w, s) && !named_in_body_before(w, s, t)) &&
      !named_near_noun(w, s, t)) {
    /* "la ministre de l'Agriculture" after other speakers: the function
    ** as written (*guess 2) */
    *guess = 2;
    return -1;
  }
  if (s >= 0) {
    *guess = 1;
    /* a copy: the function written here is this attribution's */
    qspeaker o = w->spk[s];
    s = q_add_speaker(w, o.b0, o.b1, o.at, o.gender);
    if (s >= 0) w->spk[s].person = o.person;
  }
  return s;
}

/* Whether the noun group whose name starts at f is the object of a
** preposition ("avec la société X", "à l'invitation de X"), not a subject.
** The group is read leftwards to its determiner; "de" inside a title group
** ("le chef de la diplomatie russe X") does not count; "selon X" and
** "pour X" introduce speakers. An apposition ("son complice, X") is judged
** by the group before the comma. */
/* Whether the cue word at i introduces a speaker: selon, d'après, and
** "pour" opening its clause ("Pour X, …", "…, pour X, …"); "voter pour
** X", "un hommage pour X" are prepositions. */
static int speaker_cue_word(const qwork *w, size_t i) {
  if (w->feat[i] & (QT_SELON | QT_DAPRES)) return 1;
  if (!(w->feat[i] & QT_POUR)) return 0;
  return i == 0 || (w->tok[i].flags & PRESSE_TF_SENT_START) ||
         Q_ISPUNCT(w, i - 1, ',') || !is_word(w, i - 1);
}

static int after_preposition(const qwork *w, size_t f);

/* Whether the words before the comma at c are a prepositional phrase
** opening the sentence ("Sous couvert d'anonymat, un porte-parole …"):
** what follows the comma is the subject, not an apposition. */
/* Whether the word at i ends like a past participle (é, ée, és, ées):
** "Interrogée sur la suite, X", "Arrivé à Brest, X". */
static int participle_form(const qwork *w, size_t i) {
  if (w->verb[i] & QV_PART) return 1;
  const char *b = w->text + w->tok[i].b0;
  size_t n = w->tok[i].b1 - w->tok[i].b0;
  while (n > 0 && (b[n - 1] == 's' || b[n - 1] == 'e'))
    n--;
  size_t tail = w->tok[i].b1 - w->tok[i].b0 - n;
  return tail <= 3 && n >= 4 && (unsigned char)b[n - 2] == 0xC3 &&
         (unsigned char)b[n - 1] == 0xA9;
}

/* Whether the word at i ends like a past participle of another group
** than -er: "Joint par téléphone, X", "Atteinte à l'épaule, X", "Pris de
** court, X", "Élu en 2020, X", "Sorti de prison, X", "Interdit de séjour,
** X". Only read at the start of a sentence, before a comma further on. */
static int other_participle(const qwork *w, size_t i) {
  static const char *const end[] = {
      "int", "inte", "ints",  "intes", "pris", "prise", "prises",
      "mis", "mise", "mises", "u",     "ue",   "us",    "ues",
      "i",   "ie",   "ies",   "it",    "ite",  "its",   "ites"};
  const char *b = w->text + w->tok[i].b0;
  size_t n = w->tok[i].b1 - w->tok[i].b0;
  if (n < 3 || (w->word[i] & (QW_PREP | QW_DET | QW_ADV | QW_COORD)) ||
      q_tok_is(w, i, "saint") || q_tok_is(w, i, "sainte"))
    return 0;
  for (size_t k = 0; k < sizeof end / sizeof *end; k++) {
    size_t m = strlen(end[k]);
    if (m > n || memcmp(b + n - m + 1, end[k] + 1, m - 1) ||
        (b[n - m] | 0x20) != end[k][0]) /* "Pris", "Mis": a capital */
      continue;
    if (k < 10) return 1; /* -int, -pris, -mis */
    /* -u, -i, -it after a consonant: not "Lieu", "Moi", "Soit" */
    return n >= 4 && m < n && b[n - m - 1] != 'e' && b[n - m - 1] != 'a' &&
           b[n - m - 1] != 'o';
  }
  return 0;
}

static int intro_phrase(const qwork *w, size_t c);

/* "Fils et petit-fils de marins, X a embarqué …", "Ancienne ministre de
** la Culture, X …": a noun phrase with no article opening the sentence
** at i, detached before its subject (a word of no function-word class,
** no name in it, up to the comma at c, then a name and a word): the name
** is the subject, not an apposition to a complement (the quotation after
** such a sentence had no speaker). */
static int detached_apposition(const qwork *w, size_t i, size_t c) {
  if (w->word[i] || i + 1 >= c) return 0;
  for (size_t k = i; k < c; k++)
    if (w->ent[k] >= 0 || w->verb[k] || w->inq[k]) return 0;
  /* the name after the comma goes on with its verb, not with another
  ** comma: "Commentateur avec son complice de toujours, X, sa
  ** disparition …" is X in apposition */
  size_t a = c + 1;
  if (a >= w->ntok || w->ent[a] < 0) return 0;
  size_t l = q_ent_last(w, a) + 1;
  return l < w->ntok && is_word(w, l);
}

/* "Au camp de X, joint par téléphone, Y, infirmière, raconte que « … »":
** two opening phrases in a row. The words between the commas at o and c
** open with a participle or a preposition, and those before o are an
** opening phrase themselves: what follows c is the subject, not an
** apposition (the quotation had no speaker). */
static int chained_intro(const qwork *w, size_t o, size_t c) {
  size_t a = o + 1;
  if (a + 1 >= c || w->inq[o] || !is_word(w, a) ||
      !(participle_form(w, a) || other_participle(w, a) ||
        ((w->word[a] & QW_PREP) && !speaker_cue_word(w, a))))
    return 0;
  return intro_phrase(w, o);
}

static int intro_phrase(const qwork *w, size_t c) {
  for (size_t i = c, s = 0; i > 0 && s < 14; s++) {
    i--;
    if (!is_word(w, i) || w->inq[i])
      return Q_ISPUNCT(w, i, ',') && chained_intro(w, i, c);
    /* a participial phrase opening the sentence */
    if ((w->tok[i].flags & PRESSE_TF_SENT_START) && i + 1 < c &&
        (participle_form(w, i) || other_participle(w, i)))
      return 1;
    if (w->verb[i]) return 0;
    if (w->tok[i].flags & PRESSE_TF_SENT_START)
      return ((w->word[i] & QW_PREP) && !speaker_cue_word(w, i)) ||
             detached_apposition(w, i, c);
  }
  return 0;
}

/* "À la frontière, où ont lieu la plupart des échanges, X a attendu":
** a name after a comma with a verb right after it is the subject the
** fronted phrase leads to, however long that phrase (intro_phrase reads
** a short one, no clause in it). Whether the name at f is one. */
static int comma_subject(const qwork *w, size_t f) {
  if (f == 0 || !Q_ISPUNCT(w, f - 1, ',') || w->ent[f] < 0) return 0;
  size_t v = q_ent_last(w, f) + 1;
  if (v < w->ntok && is_word(w, v) && (w->word[v] & QW_NEG)) v++;
  if (v < w->ntok && is_word(w, v) && !w->inq[v] &&
      (q_tok_is(w, v, "s") || q_tok_is(w, v, "se")))
    v++;
  return v < w->ntok && is_word(w, v) && !w->inq[v] &&
         ((w->word[v] & (QW_AUX | QW_AUXPL)) || (w->verb[v] & QV_FIN));
}

int q_after_preposition(const qwork *w, size_t f) {
  int r = after_preposition(w, f);
  if (r && f > 0 && Q_ISPUNCT(w, f - 1, ',') && intro_phrase(w, f - 1))
    return 0;
  if (r && comma_subject(w, f)) return 0;
  return r;
}

static int after_preposition(const qwork *w, size_t f) {
  size_t k = f;
  for (int s = 0; k > 0 && s < 14; s++) {
    size_t i = k - 1;
    if (Q_ISPUNCT(w, i, ',') && s == 0) {
      k = i;
      continue;
    }
    if (!is_word(w, i)) return 0;
    uint16_t b = w->word[i];
    if (speaker_cue_word(w, i)) return 0;
    if (b & QW_PREP) {
      /* "de" completing a title noun further left stays in the group */
      int de = q_de_word(w, i);
      if (!de || s == 0) return 1; /* "PDG de HP": a complement */
      size_t t = i;
      while (t > 0 && i - t < 6 && is_word(w, t - 1) && !w->verb[t - 1] &&
             !(w->feat[t - 1] & (QT_TITLE_M | QT_TITLE_F)) &&
             !(w->word[t - 1] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE)))
        t--;
      if (t > 0 && (w->feat[t - 1] & (QT_TITLE_M | QT_TITLE_F))) {
        k = t - 1;
        continue;
      }
      return 1;
    }
    if (b & (QW_DET | QW_POSS)) {
      /* the word before the determiner decides */
      if (i == 0 || !is_word(w, i - 1)) return 0;
      if (i >= 1 && s > 0 && q_de(w, i - 1)) {
        k = i; /* "chef de la diplomatie X": the de-rule decides */
        continue;
      }
      if (speaker_cue_word(w, i - 1)) return 0;
      return (w->word[i - 1] & QW_PREP) != 0 || (w->feat[i - 1] & QT_POUR);
    }
    if (upper(w, i) || w->verb[i] || (b & (QW_AUX | QW_AUXPL | QW_REL)))
      return 0;
    k = i;
  }
  return 0;
}

/* Whether the function group at t (ending before k) designates a person
** the text names ("le porte-parole de la police" with a name earlier);
** without one, a function "de" a group speaks for the group. */
static int title_holder(qwork *w, size_t t, size_t k) {
  int guess = 0;
  size_t n = w->nspk;
  int32_t s = resolve_title(w, t, q_title_end(w, t, k), &guess);
  w->nspk = n; /* a probe: the speakers it added are dropped */
  return s >= 0 && !guess;
}

/* A name entities() missed: an acronym (HRW, CGT) standing alone. */
static int acronym(const qwork *w, size_t i) {
  return is_word(w, i) && (w->tok[i].flags & PRESSE_TF_ALLCAPS) &&
         !(w->word[i] & QW_KNOWN) && !w->verb[i] && !w->inq[i] &&
         w->tok[i].b1 - w->tok[i].b0 <= 8;
}

/* An acronym no entity covers, as a speaker: the organisation named
** before whose name it begins ("le syndicat FOR" after "le syndicat
** FOR-Santé", "la CGT" after "la CGT Énergie"), else the acronym as
** written. */
static int32_t acronym_speaker(qwork *w, size_t i) {
  uint32_t b0 = w->tok[i].b0, n = w->tok[i].b1 - b0;
  for (size_t a = i, s = 0; w->ents && a-- > 0 && s < 400; s++) {
    if (w->ent[a] < 0) continue;
    const presse_entity *e = &w->ents->ent[w->ent[a]];
    uint32_t c0 = e->cb1 > e->cb0 ? e->cb0 : e->b0;
    uint32_t c1 = e->cb1 > e->cb0 ? e->cb1 : e->b1;
    if (e->type == PRESSE_ORG && c1 - c0 > n + 1 &&
        !memcmp(w->text + c0, w->text + b0, n) &&
        (w->text[c0 + n] == '-' || w->text[c0 + n] == ' '))
      return q_entity_speaker(w, w->ent[a], (uint32_t)i);
    a = q_ent_first(w, a);
  }
  return q_add_speaker(w, b0, w->tok[i].b1, (uint32_t)i, 0);
}

/* A present participle that the function list knows as a noun
** ("manifestant", "un jeune manifestant, X"): a noun inside a group. */
static int gerund_noun(const qwork *w, size_t k) {
  return (w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) &&
         !(w->verb[k] & (QV_FIN | QV_PART | QV_INFIN));
}

/* "le porte-parole de la gendarmerie bretonne" after "a indiqué la
** gendarmerie":
** the group with one adjective is the one quoted before by its noun
** alone (as the gold names it). That speaker, or -1. */
static int32_t bare_group_before(qwork *w, size_t g) {
  const presse_token *t = &w->tok[g];
  size_t n = t->b1 - t->b0;
  if (g + 1 >= w->ntok || !is_word(w, g + 1) ||
      (w->tok[g + 1].flags & PRESSE_TF_UPPER) || w->word[g + 1])
    return -1;
  for (size_t i = w->nspk; i-- > 0;) {
    const qspeaker *p = &w->spk[i];
    if (p->at < g && p->b1 - p->b0 == n && !p->person &&
        !memcmp(w->text + p->b0, w->text + t->b0, n)) {
      /* a copy: the function written here is this attribution's */
      qspeaker o = *p;
      return q_add_speaker(w, o.b0, o.b1, (uint32_t)g, o.gender);
    }
  }
  return -1;
}

/* A noun whose holder speaks for the body named after it ("le
** porte-parole de la police", "le représentant du groupe"): class 98 of
** data/speaker_functions.txt. */
static int spokes_noun(const qwork *w, size_t t) {
  char b[64];
  size_t n =
      q_fold(w->text + w->tok[t].b0, w->tok[t].b1 - w->tok[t].b0, b, sizeof b);
  if (n > 1 && b[n - 1] == 's') n--; /* "les analystes" */
  return listed_with_class(b, n, 98);
}

/* A definite article: le, la, l', les. */
static int definite(const qwork *w, size_t i) {
  return q_tok_is(w, i, "le") || q_tok_is(w, i, "la") || q_tok_is(w, i, "l") ||
         q_tok_is(w, i, "les");
}

/* "Me X", "Maître X": the title of a lawyer before a name, capitalised
** (not the pronoun me), as a civility ("», a plaidé Me X"). */
static int lawyer_title(const qwork *w, size_t i) {
  return upper(w, i) && (q_tok_is(w, i, "me") || q_tok_is(w, i, "maître"));
}

/* M., Mme, Monsieur ... before a name. */
static int civility(const qwork *w, size_t i) {
  if (!is_word(w, i) || (w->word[i] & QW_DET)) return 0;
  return q_civility(w, i) || lawyer_title(w, i);
}

/* An apposition naming a person with a civility or a lawyer's title
** ("Selon son avocate, Me X, …", "sa porte-parole, Mme X,"): the name
** after it, as with no title; else a itself. */
static size_t civility_name(const qwork *w, size_t a, size_t limit) {
  if (a + 1 < limit && civility(w, a) && w->ent[a + 1] >= 0 &&
      q_ent_first(w, a + 1) == a + 1 &&
      w->ents->ent[w->ent[a + 1]].type == PRESSE_PER)
    return a + 1;
  return a;
}

static int32_t with_title(qwork *w, int32_t s, size_t t0, size_t t1) {
  if (s >= 0 && t1 > t0 && !w->spk[s].tt1) {
    w->spk[s].tt0 = (uint32_t)t0;
    w->spk[s].tt1 = (uint32_t)t1;
  }
  return s;
}

/* "Pour X, « … ! » Le porte-parole de l'association Y se félicite …": a
** definite function group opening the sentence right after a quotation of
** a person named with no function is that person, as a reader takes it
** (not the organisation Y). -1 otherwise. */
static int32_t speaker_just_quoted(qwork *w, size_t i, size_t t, size_t k) {
  if (i < 2 || !definite(w, i) || !(w->tok[i].flags & PRESSE_TF_SENT_START) ||
      !(w->feat[i - 1] & QT_CLOSE) || !w->inq[i - 2])
    return -1;
  const qdirect *d = &w->dq[w->inq[i - 2] - 1];
  if (d->close != i - 1 || d->spk < 0 || d->rule == QR_CONTINUITY) return -1;
  const qspeaker *p = &w->spk[d->spk];
  uint8_t g = q_det_gender(w, i);
  if (!p->person || p->tt1 > p->tt0 || (g && p->gender && p->gender != g))
    return -1;
  qspeaker o = *p;
  int32_t s = q_add_speaker(w, o.b0, o.b1, o.at, o.gender);
  if (s < 0) return -1;
  w->spk[s].person = o.person;
  w->how = QH_GUESS;
  (void)t, (void)k; /* no function attached: the name is shared */
  return s;
}

/* Whether the group noun at g names a kind of organisation the text
** names (data/speaker_orgnouns.txt: "le groupe", "la chaîne"). */
static int org_noun(const qwork *w, size_t g) {
  char b[64];
  size_t n =
      q_fold(w->text + w->tok[g].b0, w->tok[g].b1 - w->tok[g].b0, b, sizeof b);
  if (n > 1 && b[n - 1] == 's') n--; /* "les groupes" */
  const presse_lex_entry *e =
      n ? presse_lex_find(&lex_speaker_orgnouns, b, n) : NULL;
  return !e ? 0 : e->value ? (int)e->value : 1;
}

/* Whether [a, b) holds a person's or an organisation's name. */
static int names_in(const qwork *w, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type != PRESSE_LOC) return 1;
  return 0;
}

/* Whether organisation o was named with the noun at g before it: the noun
** at most 6 words before one of its mentions, in the same sentence ("la
** chaîne en langue anglaise de France 24"). */
static int named_with(const qwork *w, int32_t o, size_t g) {
  for (size_t a = g, n = 0; a-- > 0 && n < 2000; n++) {
    if (w->ent[a] < 0) continue;
    size_t f = q_ent_first(w, a);
    if (w->ents->ent[w->ent[a]].type == PRESSE_ORG &&
        q_same_org(w, w->ent[a], o))
      for (size_t k = f, s = 0; k-- > 0 && s < 6; s++) {
        if (sent_end_tok(w, k) || w->inq[k]) break;
        if (same_word(w, k, g)) return 1;
      }
    a = f;
  }
  return 0;
}

/* A definite group of a kind of named organisation with modifiers that
** name nobody ("la chaîne publique de la France", "le constructeur
** automobile"): a description of the organisation the text names most;
** "la direction de X" (a management noun, value 2): X, or the
** organisation a group after de describes. The article (or du) before
** g is definite. -1 when none. */
static int32_t described_org(qwork *w, size_t g, size_t e) {
  int on = org_noun(w, g);
  if (!on || !w->ents) return -1;
  if (on == 2) {
    size_t a = g + 1;
    if (a >= e || !q_de_word(w, a)) return -1;
    size_t b = a + 1;
    int def = q_tok_is(w, a, "du") || q_tok_is(w, a, "des");
    if (b < e && (w->word[b] & QW_DET) && !(w->word[b] & QW_PREP)) {
      def = definite(w, b);
      b++;
    }
    if (b < e && w->ent[b] >= 0 && w->ents->ent[w->ent[b]].type == PRESSE_ORG) {
      int32_t s = q_entity_speaker(w, w->ent[b], (uint32_t)b);
      w->how = QH_APPOS;
      return s;
    }
    if (b < e && def && org_noun(w, b) == 1) return described_org(w, b, e);
    if (b < e && def && (w->feat[b] & QT_GROUP) && !org_noun(w, b)) {
      /* "le communiqué de la préfecture": the institution as written */
      size_t t = q_title_end(w, b, e);
      int32_t s = t == b + 1 ? bare_group_before(w, b) : -1;
      if (s < 0)
        s = q_add_speaker(w, w->tok[b].b0, w->tok[t - 1].b1, (uint32_t)b,
                          q_det_gender(w, b - 1));
      w->how = QH_GROUP;
      return s;
    }
    return -1;
  }
  if (g + 1 < e && w->ent[g + 1] >= 0 &&
      w->ents->ent[w->ent[g + 1]].type == PRESSE_ORG) {
    /* "l'entreprise Textilor" (after a management noun) */
    int32_t s = q_entity_speaker(w, w->ent[g + 1], (uint32_t)(g + 1));
    w->how = QH_APPOS;
    return s;
  }
  if (names_in(w, g + 1, e) || w->salient_org < 0 ||
      !named_with(w, w->salient_org, g))
    return -1;
  int32_t s = q_entity_speaker(w, w->salient_org, (uint32_t)g);
  w->how = QH_TITLE;
  return s;
}

/* A management noun alone ("La direction promet …", org_noun() value
** 2): the speaker as written, not the organisation the text names most
** or that opens the sentence before ("… en grève à Sochaux, selon la
** CGT. La direction évoque …"): the written gold names it 'direction'
** (11 quotes of a bare direction in the development sets, none the
** organisation). */
static int management_alone(int on) {
  return on == 2;
}

/* A group noun g alone after a definite article at i ("la chaîne", "du
** groupe"): the organisation named before with that noun ("la chaîne
** X", "le syndicat X"); for a kind of named organisation, else the one
** the text names most. -1 when none. */
static int32_t group_alone(qwork *w, size_t i, size_t g) {
  int on = org_noun(w, g);
  size_t written = Q_NONE, wend = 0;
  for (size_t a = i, n = 0; a-- > 0 && n < 400; n++) {
    if (w->inq[a]) continue;
    if (w->ent[a] < 0) {
      /* "le ministère des Affaires étrangères", written before */
      if (!on && written == Q_NONE && a + 1 < i && a > 0 &&
          (w->word[a - 1] & QW_DET) && (w->feat[a] & QT_GROUP) &&
          same_word(w, a, g)) {
        size_t e = q_title_end(w, a, i);
        while (e > a + 1 && (w->word[e - 1] & (QW_DET | QW_PREP)))
          e--;
        if (e > a + 1) {
          written = a;
          wend = e;
        }
      }
      continue;
    }
    size_t f = q_ent_first(w, a);
    /* "la fondation X", or a name that opens with the noun ("l'Agence
    ** nationale de …" then "l'agence") */
    if (w->ents->ent[w->ent[a]].type == PRESSE_ORG &&
        ((f > 0 && same_word(w, f - 1, g)) || (f != g && same_word(w, f, g)))) {
      int32_t s = q_entity_speaker(w, w->ent[a], (uint32_t)i);
      w->how = QH_TITLE;
      return s;
    }
    a = f;
  }
  if (written != Q_NONE) {
    int32_t s = q_add_speaker(w, w->tok[written].b0, w->tok[wend - 1].b1,
                              (uint32_t)i, q_det_gender(w, i));
    w->how = QH_GROUP;
    return s;
  }
  if (!on || !w->ents || management_alone(on)) return -1;
  /* "La SNCF a indiqué … . Un porte-parole de la compagnie a précisé":
  ** the organisation opening this sentence or the one before */
  for (size_t a = i, n = 0, sents = 0; a-- > 0 && n < 80; n++) {
    if (w->inq[a]) continue;
    if (sent_end_tok(w, a) && ++sents > 1) break;
    if (w->ent[a] < 0) continue;
    size_t f = q_ent_first(w, a);
    size_t st = f > 0 && (w->word[f - 1] & QW_DET) ? f - 1 : f;
    size_t nx = q_ent_last(w, a) + 1; /* not "X et Y ont signé" */
    if (w->ents->ent[w->ent[a]].type == PRESSE_ORG &&
        (w->tok[st].flags & PRESSE_TF_SENT_START) && nx < w->ntok &&
        !(w->word[nx] & QW_COORD) && !Q_ISPUNCT(w, nx, ',')) {
      int32_t s = q_entity_speaker(w, w->ent[a], (uint32_t)i);
      w->how = QH_TITLE;
      return s;
    }
    a = f;
  }
  int32_t e = w->salient_org;
  if (e < 0) return -1;
  int32_t s = q_entity_speaker(w, e, (uint32_t)i);
  w->how = QH_TITLE;
  return s;
}

/* The speaker named by the noun group starting at token i (an entity, a
** title group, an institution, a pronoun). *end gets the token after it.
** -1: not a speaker group; -3: a group that designates someone who cannot
** be resolved (the caller must not look further). Sets w->how. */
/* "», a reconnu l'Espagnol", "a expliqué le Suédois": a capitalised
** noun of nationality or origin (a MISC name after the article d) stands
** for an athlete or a person of that origin: the one named with it ("le
** Slovène X"), else the person named just before in the paragraph, else
** the last speaker of the article's gender. -1 when none. */
static int32_t demonym_person(qwork *w, size_t d, size_t m) {
  for (size_t k = m, n = 0; k-- > 0 && n < 2000; n++) {
    if (w->ent[k] < 0 || w->inq[k]) continue;
    size_t f = q_ent_first(w, k), l = q_ent_last(w, k);
    if (f == l && w->ents->ent[w->ent[k]].type == PRESSE_MISC &&
        same_word(w, k, m) && l + 1 < w->ntok && w->ent[l + 1] >= 0 &&
        w->ents->ent[w->ent[l + 1]].type == PRESSE_PER)
      return q_entity_speaker(w, w->ent[l + 1], (uint32_t)(l + 1));
    k = f;
  }
  uint8_t g = q_det_gender(w, d);
  int32_t s = paragraph_person(w, m, m + 1, 0, g, 1);
  if (s < 0 && g) s = q_last_speaker_excl(w, m, g, NULL, 0);
  return s;
}

/* Whether a person's name follows at a, maybe after a determiner and a
** title ("l'ambassadeur X"): an apposition naming the holder. */
static int appos_name(const qwork *w, size_t a) {
  for (size_t k = a; k < w->ntok && k < a + 4; k++) {
    if (w->ent[k] >= 0) return w->ents->ent[w->ent[k]].type == PRESSE_PER;
    if (!is_word(w, k)) return 0;
  }
  return 0;
}

/* "son représentant, l'ambassadeur X,", "son porte-parole arabophone,
** le lieutenant-colonel X": after a function and its comma, an article,
** one to three lowercase words no list knows but the function nouns
** (a rank: "lieutenant-colonel"), and a person's name closing the
** apposition: the function's holder (the group is not cut at the
** comma). The name's first token, or Q_NONE. */
static size_t titled_appos_name(const qwork *w, size_t a, size_t limit) {
  if (a >= limit || !(w->word[a] & QW_DET) || (w->word[a] & QW_PREP))
    return Q_NONE;
  for (size_t k = a + 1; k < limit && k <= a + 4; k++) {
    if (w->inq[k]) return Q_NONE;
    if (w->ent[k] >= 0) {
      size_t l = q_ent_last(w, k);
      if (k == a + 1 || q_ent_first(w, k) != k ||
          w->ents->ent[w->ent[k]].type != PRESSE_PER)
        return Q_NONE;
      if (l + 1 < limit && !w->inq[l + 1] && !Q_ISPUNCT(w, l + 1, ',') &&
          !Q_ISPUNCT(w, l + 1, '.') && !Q_ISPUNCT(w, l + 1, ':'))
        return Q_NONE;
      return k;
    }
    if (!is_word(w, k) || upper(w, k) || w->verb[k] || w->word[k])
      return Q_NONE;
  }
  return Q_NONE;
}

/* The body a spokesperson noun at i speaks for: the organisation or
** institution a sentence opens with as subject ("Chez X, …" in its own
** sentence; with a possessive, "son porte-parole", also the subject of
** the sentence before). Not a person. -1 when none. */
static int32_t spokes_body(qwork *w, size_t i, int poss) {
  size_t sents = 0;
  for (size_t a = i + 1, n = 0; a-- > 0 && n < 80; n++) {
    if (w->inq[a]) continue;
    if (a < i && sent_end_tok(w, a) && ++sents > (poss ? 1u : 0u)) break;
    if (!(w->tok[a].flags & PRESSE_TF_SENT_START) || a == i) continue;
    size_t g = a;
    if (q_tok_is(w, a, "chez"))
      g = a + 1;
    else if (poss && (w->word[a] & QW_DET) && !(w->word[a] & QW_PREP))
      g = a;
    else if (!poss || w->ent[a] < 0)
      continue;
    if (g >= i) continue;
    size_t n0 = w->nspk, e = 0;
    uint8_t how = w->how;
    w->in_spokes = 1;
    int32_t s = q_speaker_at(w, g, i, &e);
    w->in_spokes = 0;
    if (s >= 0 && !w->spk[s].person &&
        (w->how == QH_NAME || w->how == QH_GROUP || w->how == QH_APPOS ||
         w->how == QH_NONE)) {
      w->how = QH_APPOS;
      return s;
    }
    w->nspk = n0;
    w->how = how;
  }
  return -1;
}

/* Whether (g, k) holds only lowercase words: the modifiers of a group
** noun before the organisation's name ("l'association des exploitants
** allemands X", "l'association de patients X"). */
static int modifiers_only(const qwork *w, size_t g, size_t k) {
  if (k > g + 5) return 0;
  for (size_t a = g + 1; a < k; a++)
    if (!is_word(w, a) || upper(w, a) || w->inq[a] || w->verb[a]) return 0;
  return 1;
}

/* Whether a capitalised word at k goes on the name before it: in the
** same paragraph. A headline ending "…, selon l'ONU" has no final period,
** and the next paragraph's first word ("DJEDDAH (AFP) - …", "Le …") is
** no part of the name: read as one, the article before was taken for
** the article of a longer name nobody found, and the quotation had no
** speaker. */
static int name_goes_on(const qwork *w, size_t k) {
  return k < w->ntok && k > 0 && upper(w, k) && w->para[k] == w->para[k - 1];
}

int32_t q_speaker_at(qwork *w, size_t i, size_t limit, size_t *end) {
  w->how = QH_NONE;
  if (i >= limit || w->inq[i]) return -1;
  *end = i + 1;
  if (w->ent[i] >= 0) {
    *end = q_ent_last(w, i) + 1;
    if (i > 0 && definite(w, i - 1) && !q_tok_is(w, i - 1, "les") &&
        q_ent_first(w, i) == i && q_ent_last(w, i) == i &&
        w->ents->ent[w->ent[i]].type == PRESSE_MISC &&
        !name_goes_on(w, i + 1)) {
      /* "Le Québécois, tête de série, estime …": a demonym subject */
      int32_t s = demonym_person(w, i - 1, i);
      if (s >= 0) {
        w->how = QH_GUESS;
        return s;
      }
    }
    return q_entity_speaker(w, w->ent[i], (uint32_t)i);
  }
  if (civility(w, i) && i + 1 < limit && w->ent[i + 1] >= 0 &&
      w->ents->ent[w->ent[i + 1]].type == PRESSE_PER) {
    /* "selon M. X", "selon M.X" */
    *end = q_ent_last(w, i + 1) + 1;
    return q_entity_speaker(w, w->ent[i + 1], (uint32_t)(i + 1));
  }
  if ((w->word[i] & QW_DET) && !(w->word[i] & QW_PREP) && i + 1 < limit &&
      w->ent[i + 1] >= 0 && q_ent_first(w, i + 1) == i + 1 &&
      w->ents->ent[w->ent[i + 1]].type != PRESSE_MISC &&
      !name_goes_on(w, q_ent_last(w, i + 1) + 1)) {
    /* "a indiqué l'Élysée", "selon la Commission européenne": the
    ** article of a name (not "l'ONG Terre Solidaire", a name entities()
    ** missed after it: the group below) */
    *end = q_ent_last(w, i + 1) + 1;
    return q_entity_speaker(w, w->ent[i + 1], (uint32_t)(i + 1));
  }
  if (definite(w, i) && !q_tok_is(w, i, "les") && i + 1 < limit &&
      w->ent[i + 1] >= 0 && q_ent_first(w, i + 1) == i + 1 &&
      q_ent_last(w, i + 1) == i + 1 &&
      w->ents->ent[w->ent[i + 1]].type == PRESSE_MISC &&
      !name_goes_on(w, i + 2)) {
    int32_t s = demonym_person(w, i, i + 1);
    if (s >= 0) {
      *end = i + 2;
      w->how = QH_GUESS;
      return s;
    }
  }
  if (acronym(w, i) && !(i + 1 < w->ntok && w->ent[i + 1] >= 0)) {
    int32_t s = acronym_speaker(w, i);
    w->how = QH_BARE;
    return s;
  }
  uint16_t b = w->word[i];
  if (b & (QW_IL | QW_ELLE)) return q_resolve_pronoun(w, i, (b & QW_ELLE) != 0);
  {
    /* "ce dernier", "celle-ci": the last person named */
    size_t dl;
    int dg = q_demonstrative(w, i, &dl);
    if (dg && dl < limit) {
      *end = dl + 1;
      int32_t s = q_resolve_demonstrative(w, i, (uint8_t)dg);
      w->how = QH_PRONOUN;
      return s;
    }
  }
  if (b & QW_DET) {
    int32_t s = q_resolve_ordinal(w, i, limit, end);
    if (s >= 0) return s;
  }
  /* du and des (data/quote_words.txt: prepositions) are also articles:
  ** "selon des sources", "le constat du docteur X" */
  if (!(b & (QW_DET | QW_POSS)) && !q_tok_is(w, i, "du") &&
      !q_tok_is(w, i, "des"))
    return -1;
  /* A noun group: det, title or institution noun, modifiers, and maybe the
  ** name itself ("le chef de la diplomatie voisine Paul Roux", "le
  ** président du conseil, Marc Dupont", "l'ONG Vigie Droits", "la
  ** fédération des assureurs, Assurfin,"). */
  size_t title = Q_NONE, group = Q_NONE, k;
  for (k = i + 1; k < limit && k < i + WINDOW + 6; k++) {
    if (w->inq[k] || w->para[k] != w->para[i]) break;
    if (Q_ISPUNCT(w, k, '(') && (title != Q_NONE || group != Q_NONE)) {
      /* "le président de l'Union (UFIP), X": over the parenthesis */
      size_t c = k + 1;
      while (c < limit && c < k + 8 && !Q_ISPUNCT(w, c, ')') && !w->inq[c])
        c++;
      if (c < limit && Q_ISPUNCT(w, c, ')')) {
        k = c;
        continue;
      }
      break;
    }
    if (w->ent[k] >= 0) {
      int type = w->ents->ent[w->ent[k]].type;
      /* "le skipper X", "la navigatrice X": a noun no list knows right
      ** after the determiner names the person that follows */
      int noun_name = type == PRESSE_PER && k <= i + 3 &&
                      (w->word[i] & (QW_DET | QW_POSS)) &&
                      !(w->word[i] & QW_PREP) && !w->word[k - 1] &&
                      !w->word[i + 1];
      if ((type == PRESSE_PER &&
           (title != Q_NONE || group != Q_NONE || noun_name) &&
           !(title != Q_NONE && after_de(w, k))) ||
          (type == PRESSE_ORG && group != Q_NONE &&
           (k == group + 1 ||
            (title == Q_NONE && modifiers_only(w, group, k))))) {
        *end = q_ent_last(w, k) + 1;
        size_t t0 = title, t1 = title != Q_NONE ? q_title_end(w, title, k) : 0;
        int32_t s = q_entity_speaker(w, w->ent[k], (uint32_t)k);
        /* "le ministre X" names X; "le ministre, X" is an apposition */
        w->how = type == PRESSE_PER && !Q_ISPUNCT(w, k - 1, ',') ? QH_NAME
                                                                 : QH_APPOS;
        return title != Q_NONE ? with_title(w, s, t0, t1) : s;
      }
      k = q_ent_last(w, k);
      continue;
    }
    if (Q_ISPUNCT(w, k, ',')) {
      /* an apposition naming the function's holder or the group */
      if (k + 1 < limit && (title != Q_NONE || group != Q_NONE)) {
        size_t a = k + 1;
        if (a + 1 < limit && (w->word[a] & QW_DET) && w->ent[a + 1] >= 0) a++;
        a = civility_name(w, a, limit);
        if (w->ent[a] >= 0) {
          int type = w->ents->ent[w->ent[a]].type;
          size_t al = q_ent_last(w, a);
          int closed = al + 1 >= limit || Q_ISPUNCT(w, al + 1, ',') ||
                       w->inq[al + 1] || Q_ISPUNCT(w, al + 1, '.') ||
                       Q_ISPUNCT(w, al + 1, ':');
          if (type == PRESSE_PER && title != Q_NONE) continue;
          if (closed && (type == PRESSE_PER || type == PRESSE_ORG)) {
            *end = al + 1;
            int32_t s = q_entity_speaker(w, w->ent[a], (uint32_t)a);
            w->how = QH_APPOS;
            return s;
          }
        } else if (acronym(w, a) && a + 1 < w->ntok &&
                   (Q_ISPUNCT(w, a + 1, ',') || w->inq[a + 1])) {
          *end = a + 1;
          int32_t s = acronym_speaker(w, a);
          w->how = QH_APPOS;
          return s;
        } else if (title != Q_NONE) {
          size_t p = titled_appos_name(w, a, limit);
          if (p != Q_NONE) {
            *end = q_ent_last(w, p) + 1;
            int32_t s = q_entity_speaker(w, w->ent[p], (uint32_t)p);
            w->how = QH_APPOS;
            return with_title(w, s, title, q_title_end(w, title, k));
          }
        }
      }
      if (k + 1 < limit && k <= i + 4 && w->ent[k + 1] >= 0 &&
          w->ents->ent[w->ent[k + 1]].type == PRESSE_PER) {
        /* "un jeune manifestant, X": a noun naming nobody, then the name */
        size_t al = q_ent_last(w, k + 1);
        if (al + 1 >= limit || Q_ISPUNCT(w, al + 1, ',') ||
            Q_ISPUNCT(w, al + 1, '.') || w->inq[al + 1]) {
          *end = al + 1;
          int32_t s = q_entity_speaker(w, w->ent[k + 1], (uint32_t)(k + 1));
          w->how = QH_APPOS;
          return s;
        }
      }
      break;
    }
    if (!is_word(w, k) || clitic(w, k)) break;
    /* a function noun that is also a verb form ("conseiller", "élu"),
    ** or a participle ("l'accusé"), is the noun right after the
    ** determiner */
    /* ... as is a verb form between a determiner and a name ("le
    ** critique X") */
    int before_name = k == i + 1 && (w->word[i] & QW_DET) &&
                      !(w->word[i] & QW_PREP) && k + 1 < limit &&
                      w->ent[k + 1] >= 0 &&
                      w->ents->ent[w->ent[k + 1]].type == PRESSE_PER;
    if ((w->verb[k] && !gerund_noun(w, k) && !before_name &&
         !(k == i + 1 &&
           ((w->feat[k] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)) ||
            ((w->verb[k] & QV_PART) && (w->word[i] & QW_DET))))) ||
        (w->word[k] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE)))
      break;
    if (title == Q_NONE && group == Q_NONE && k > i + 3) break;
    if ((w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) && title == Q_NONE &&
        group == Q_NONE)
      title = k;
    if ((w->feat[k] & QT_GROUP) && title == Q_NONE && group == Q_NONE)
      group = k;
    if (group != Q_NONE && k == group + 1 && acronym(w, k)) {
      /* "l'ONG HRW" */
      *end = k + 1;
      int32_t s = acronym_speaker(w, k);
      w->how = QH_APPOS;
      return s;
    }
  }
  *end = k;
  if (title != Q_NONE) {
    /* "un porte-parole de la police", "les analystes du groupe X": one of
    ** many, speaking for the organisation named after de; "le porte-parole
    ** de la police" too when nobody was named with that function */
    int many = q_tok_is(w, i, "un") || q_tok_is(w, i, "une") ||
               q_tok_is(w, i, "les") || q_tok_is(w, i, "des") ||
               q_tok_is(w, i, "plusieurs") || q_tok_is(w, i, "quelques");
    for (size_t a = title + 1; a < k; a++) {
      if (!(q_tok_is(w, a, "de") || q_tok_is(w, a, "du") ||
            q_tok_is(w, a, "d") || q_tok_is(w, a, "des")))
        continue;
      size_t g2 = a + 1;
      if (g2 < k && (w->word[g2] & QW_DET)) g2++;
      if (g2 < k && (w->feat[g2] & QT_GROUP) && g2 + 1 < w->ntok &&
          w->ent[g2 + 1] >= 0 &&
          w->ents->ent[w->ent[g2 + 1]].type == PRESSE_ORG)
        g2++;
      int org = g2 < w->ntok && w->ent[g2] >= 0 &&
                w->ents->ent[w->ent[g2]].type == PRESSE_ORG;
      int grp = g2 < k && (w->feat[g2] & QT_GROUP);
      if ((org || grp) && !many && title_holder(w, title, k)) break;
      /* "le président du Conseil européen", "la présidente de la
      ** Commission": a person known by function, named by it (the gold's
      ** convention), not the body; only a spokesperson speaks for it */
      if ((org || grp) && !many && definite(w, i) && !spokes_noun(w, title))
        break;
      if ((org || grp) && !many) {
        int32_t s = speaker_just_quoted(w, i, title, k);
        if (s >= 0) return s;
      }
      if (org) {
        int32_t s = q_entity_speaker(w, w->ent[g2], (uint32_t)g2);
        w->how = QH_APPOS;
        return with_title(w, s, title, q_title_end(w, title, k));
      }
      if (grp && q_title_end(w, g2, k) == g2 + 1 &&
          (q_tok_is(w, a, "du") || definite(w, g2 - 1))) {
        /* "un représentant du groupe": the organisation it designates */
        int32_t s = group_alone(w, g2, g2);
        if (s >= 0) {
          w->how = QH_APPOS;
          return with_title(w, s, title, q_title_end(w, title, k));
        }
      }
      if (grp) {
        size_t e = q_title_end(w, g2, k);
        int32_t s = e == g2 + 2 ? bare_group_before(w, g2) : -1;
        if (s < 0)
          s = q_add_speaker(w, w->tok[g2].b0, w->tok[e - 1].b1, (uint32_t)g2,
                            0);
        w->how = QH_GROUP;
        return with_title(w, s, title, q_title_end(w, title, k));
      }
      break;
    }
  }
  if (title != Q_NONE && i + 1 == title && !w->in_spokes &&
      !(k + 1 < w->ntok && Q_ISPUNCT(w, k, ',') && appos_name(w, k + 1)) &&
      q_title_end(w, title, k) == title + 1 && spokes_noun(w, title) &&
      (w->word[i] & QW_POSS || q_tok_is(w, i, "un") || q_tok_is(w, i, "une"))) {
    /* "Le gouvernement a rejeté … . Son porte-parole a dénoncé « … »",
    ** "Chez X, un porte-parole a indiqué …": the body speaks */
    int32_t s = spokes_body(w, i, (w->word[i] & QW_POSS) != 0);
    if (s >= 0) {
      *end = title + 1;
      return s;
    }
  }
  if (title != Q_NONE && i + 1 <= title &&
      (q_tok_is(w, i, "un") || q_tok_is(w, i, "une") || q_tok_is(w, i, "les") ||
       q_tok_is(w, i, "des") || q_tok_is(w, i, "plusieurs") ||
       q_tok_is(w, i, "quelques") || q_tok_is(w, i, "certains"))) {
    /* "un habitant", "des analystes": someone not named before, as
    ** written */
    size_t e = q_title_end(w, title, k);
    int32_t s = q_add_speaker(w, w->tok[title].b0, w->tok[e - 1].b1,
                              (uint32_t)title, 0);
    w->how = QH_GROUP;
    return s;
  }
  if (title != Q_NONE) {
    size_t t1 = q_title_end(w, title, k);
    int guess = 0;
    int32_t s = resolve_title(w, title, t1, &guess);
    if (s < 0 && (s = sentence_before_person(w, i, title, t1)) >= 0) guess = 1;
    if (s >= 0 && guess && (w->word[i] & QW_POSS)) {
      /* "son avocate", "sa veuve": a relation of someone, never the
      ** previous speaker; the function as written */
      s = q_add_speaker(w, w->tok[title].b0, w->tok[t1 - 1].b1, (uint32_t)title,
                        q_det_gender(w, title));
      w->how = QH_BARE;
      return s;
    }
    if (s < 0 && guess == 2) {
      /* a person known by the function: "le secrétaire général" or "il"
      ** later is that one */
      uint8_t g = title > 0 ? q_det_gender(w, title - 1) : 0;
      if (!g && (w->feat[title] & (QT_TITLE_M | QT_TITLE_F)) == QT_TITLE_F)
        g = 2;
      s = q_add_speaker(w, w->tok[title].b0, w->tok[t1 - 1].b1, (uint32_t)title,
                        g);
      if (s >= 0) {
        w->spk[s].person = 1;
        w->spk[s].tt0 = (uint32_t)title;
        w->spk[s].tt1 = (uint32_t)t1;
      }
      w->how = QH_BARE;
      return s;
    }
    if (s >= 0) {
      w->how = guess ? QH_GUESS : QH_TITLE;
      return with_title(w, s, title, t1);
    }
    return -3;
  }
  if (group != Q_NONE) {
    size_t e = k;
    while (e > i + 1 && !is_word(w, e - 1))
      e--;
    {
      /* "le ministère … sur les réseaux sociaux": the group ends before
      ** a preposition other than de */
      size_t te = q_title_end(w, group, k);
      if (te < e) e = te;
    }
    if (e == group + 1 && w->ents && (w->word[i] & QW_DET) && definite(w, i)) {
      /* "la chaîne" alone: the organisation named with that noun ("la
      ** chaîne France 24", "le syndicat X"), or the one the text is about */
      int32_t s = group_alone(w, i, group);
      if (s >= 0) return s;
    }
    if (e > group + 1 && (w->word[i] & QW_DET) && definite(w, i)) {
      int32_t s = described_org(w, group, e);
      if (s >= 0) return s;
    }
    /* "la direction" of nobody the text names: no group of its own;
    ** alone, the group as written (management_alone) */
    if (org_noun(w, group) == 2 && e > group + 1) return -1;
    while (e > group + 1 && (w->word[e - 1] & (QW_DET | QW_PREP)))
      e--;
    /* as the gold names groups: without the article ("ministère de
    ** l'Intérieur", "police"), like entities */
    size_t g0 = (w->word[i] & QW_DET) ? i + 1 : i;
    int32_t s = q_add_speaker(w, w->tok[g0].b0, w->tok[e - 1].b1, (uint32_t)i,
                              q_det_gender(w, i));
    w->how = QH_GROUP;
    return s;
  }
  return -1;
}

int32_t q_subject_before(qwork *w, size_t v, size_t *where);
static int32_t plain_after(qwork *w, size_t s);
static int32_t function_as_written(qwork *w, size_t i, size_t limit);

/* Verb groups. Returns 1 and sets [*c0, *c1) to the cue tokens when a
** speech-verb group ends at or starts at token j. */
static int adv_like(const qwork *w, size_t k) {
  return is_word(w, k) && (w->word[k] & (QW_ADV | QW_NEG | QW_ELLE | QW_IL)) &&
         !(w->word[k] & (QW_AUX | QW_AUXPL));
}

static int speech(uint16_t v) {
  return (v & (QV_QUE | QV_OBJ | QV_INF | QV_INCISE | QV_WEAK)) != 0;
}

/* A verb group starting at j: aux [adv] participle, finite, or light verb
** + infinitive (fait savoir). Sets *last to its last token. */
/* A modal verb (data/speech_modals.txt) before the infinitive of a speech
** verb that governs a que-clause: "Il veut croire que …". The list is
** looked up last, on the few tokens the bit tests let through. */
static int modal_speech(const qwork *w, size_t j) {
  if (!(j + 2 < w->ntok && (w->verb[j + 1] & QV_INFIN) &&
        (w->verb[j + 1] & QV_QUE) && (w->word[j + 2] & QW_QUE) && !w->verb[j] &&
        is_word(w, j)))
    return 0;
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, j, b);
  return n && presse_lex_find(&lex_speech_modals, b, n) != NULL;
}

int q_verb_group_at(const qwork *w, size_t j, size_t *last, uint16_t *vf) {
  if (!is_word(w, j)) return 0;
  size_t k = j;
  int aux = (w->word[j] & (QW_AUX | QW_AUXPL)) != 0;
  if (aux) {
    k = j + 1;
    for (int s = 0;
         s < 4 && k < w->ntok && (adv_like(w, k) || Q_ISPUNCT(w, k, ',')); s++)
      k++;
    /* "de son côté", "en tout cas" between the auxiliary and the verb */
    for (int s = 0; s < 4 && k < w->ntok && is_word(w, k) && !w->verb[k] &&
                    (w->word[k] & (QW_PREP | QW_POSS | QW_DET | QW_ADV));
         s++)
      k++;
    if (k >= w->ntok || !(w->verb[k] & QV_PART)) return 0;
  } else if (!(w->verb[j] & (QV_FIN | QV_GER))) {
    if (!modal_speech(w, j)) return 0;
    k = j + 1;
  }
  uint16_t v = w->verb[k];
  if (!speech(v)) {
    /* light verb + infinitive: fait savoir, laissé entendre */
    if (k + 1 < w->ntok && (w->verb[k + 1] & QV_INFIN) &&
        !speech(w->verb[k + 1]))
      k++;
    /* light verb + noun + de: "fait état d'une « … »", "a fait part de"
    ** (data/quote_words.txt) */
    else if (k + 2 < w->ntok && !(w->verb[k] & QV_GER) && is_word(w, k + 1) &&
             (w->word[k + 1] & QW_LIGHTN) && q_de_word(w, k + 2)) {
      k++;
      v = QV_OBJ | QV_DE;
    } else
      return 0;
  }
  /* être as auxiliary only for pronominal verbs: "il est prévu" is a
  ** passive, "il s'est exclamé" speaks. */
  if (aux &&
      q_tok_is(w, j, "est") + q_tok_is(w, j, "était") + q_tok_is(w, j, "sont") +
          q_tok_is(w, j, "étaient") &&
      !(j > 0 && (q_tok_is(w, j - 1, "s") || q_tok_is(w, j - 1, "se"))))
    return 0;
  *last = k;
  *vf = (uint16_t)(v | (w->word[j] & QW_AUXPL ? QV_PL : 0));
  if (w->tok[j].flags & PRESSE_TF_INVERTED) *vf |= 0; /* kept for clarity */
  return 1;
}

/* The subject of a verb group starting at v, searched leftwards in the
** sentence. -1 when none is found. */
/* Whether the name starting at f completes a function noun before it in
** its group ("le ministre chargé de l'Industrie", "la présidente de la
** Région"): after de / du (after_de), a title noun at most five words
** back with no punctuation between. */
static int function_complement(const qwork *w, size_t f) {
  if (!after_de(w, f)) return 0;
  for (size_t k = f, s = 0; k-- > 0 && s < 6; s++) {
    if (!is_word(w, k) || w->inq[k] || w->ent[k] >= 0) return 0;
    if (w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) return 1;
  }
  return 0;
}

/* "Le président de la région Bretagne a salué", "La présidente de la
** région Grand Est, qui …, a salué": a place after "de" and a noun closes
** the function group as its complement, never as its holder (a name there
** ends a title group for after_preposition: "le chef de la diplomatie
** russe X"); the subject is the function group, as written. */
static int place_completes_function(const qwork *w, size_t f) {
  if (w->ents->ent[w->ent[f]].type != PRESSE_LOC) return 0;
  size_t k = f;
  for (int s = 0; s < 2 && k > 0 && is_word(w, k - 1) && !upper(w, k - 1) &&
                  !w->verb[k - 1] && !w->inq[k - 1] && w->ent[k - 1] < 0 &&
                  !(w->word[k - 1] & (QW_DET | QW_PREP | QW_POSS));
       s++)
    k--;
  /* "le maire de Brest" is after_preposition's */
  return k < f && function_complement(w, k);
}

/* "X, délégué FO chez Y, estime que", "X, conseiller municipal de la liste
** Y, reproche": a body or place inside an apposition (a function noun, with
** or without its article, after a person's name and its comma, up to a
** comma before the verb at v) describes the person, who is the subject.
** The entity starts at f; returns the person's speaker or -1. */
static int32_t appos_body_holder(qwork *w, size_t f, size_t v, size_t *where) {
  if (w->ents->ent[w->ent[f]].type == PRESSE_PER) return -1;
  size_t c = f;
  for (int s = 0; c > 0 && s < 8; s++) {
    size_t j = c - 1;
    if (Q_ISPUNCT(w, j, ',') || w->inq[j] || !is_word(w, j) ||
        (w->verb[j] && !(w->feat[j] & (QT_TITLE_M | QT_TITLE_F))) ||
        (w->word[j] & (QW_REL | QW_QUE | QW_AUX | QW_AUXPL)) ||
        (w->ent[j] >= 0 && w->ents->ent[w->ent[j]].type == PRESSE_PER) ||
        q_tok_is(w, j, "et"))
      break;
    c = j;
  }
  /* c: the apposition's first word, after a comma and a person's name */
  if (c < 2 || c == f || !Q_ISPUNCT(w, c - 1, ',') || w->ent[c - 2] < 0 ||
      w->ents->ent[w->ent[c - 2]].type != PRESSE_PER)
    return -1;
  size_t t = (w->word[c] & QW_DET) ? c + 1 : c;
  if (t >= f || !(w->feat[t] & (QT_TITLE_M | QT_TITLE_F))) return -1;
  /* from the entity to the verb: words and names, then the closing comma */
  size_t k = f;
  while (k < v && !Q_ISPUNCT(w, k, ',')) {
    if (!is_word(w, k) || w->inq[k] ||
        (w->verb[k] && !(w->feat[k] & (QT_TITLE_M | QT_TITLE_F))) ||
        (w->word[k] & (QW_REL | QW_QUE | QW_AUX | QW_AUXPL)))
      return -1;
    k++;
  }
  if (k >= v) return -1;
  for (k++; k < v; k++)
    if (!adv_like(w, k)) return -1;
  size_t e;
  *where = q_ent_first(w, c - 2);
  return q_speaker_at(w, *where, w->ntok, &e);
}

int32_t q_subject_before(qwork *w, size_t v, size_t *where) {
  size_t k = v;
  /* "s'est exclamé", "ne l'a pas dit", "qui lui avait rétorqué" */
  for (int s = 0; s < 3 && k > 0 &&
                  (q_tok_is(w, k - 1, "s") || q_tok_is(w, k - 1, "se") ||
                   q_tok_is(w, k - 1, "lui") || q_tok_is(w, k - 1, "leur") ||
                   q_tok_is(w, k - 1, "l") || (w->word[k - 1] & QW_NEG));
       s++)
    k--;
  if (k > 1 && q_tok_is(w, k - 1, "qui")) {
    /* a relative: its antecedent ("X, le successeur de Y, qui a
    ** rétorqué", "la Commission européenne de Bruxelles qui regrette") */
    size_t a = k - 1;
    if (Q_ISPUNCT(w, a - 1, ',')) {
      /* over an apposition ", le successeur de Y," */
      size_t b = a - 1;
      while (b > 0 && a - b < 12 && !Q_ISPUNCT(w, b - 1, ',') &&
             !sent_end_tok(w, b - 1))
        b--;
      /* the apposition opens with an article or, without one, with a
      ** function noun ("X, député de l'Aisne, qui accuse") */
      if (b > 0 && Q_ISPUNCT(w, b - 1, ',') &&
          ((w->word[b] & QW_DET) ||
           ((w->feat[b] & (QT_TITLE_M | QT_TITLE_F)) && b >= 2 &&
            w->ent[b - 2] >= 0 &&
            w->ents->ent[w->ent[b - 2]].type == PRESSE_PER)) &&
          b >= 2 && w->ent[b - 2] >= 0)
        a = b - 1;
      else
        a = a - 1;
    }
    size_t e = a - 1;
    if (w->ent[e] < 0 && e > 0 && (w->word[e - 1] & QW_DET) &&
        !(w->word[e - 1] & QW_PREP)) {
      /* "…, ajoute le documentaire qui précise que …": a noun group
      ** (title, institution, or a plain noun) */
      size_t x;
      int32_t s = q_speaker_at(w, e - 1, a, &x);
      if (s == -1 && x == a) s = plain_after(w, e - 1);
      if (s >= 0) {
        *where = e - 1;
        return s;
      }
    }
    /* "la présidente de la région X, qui avait proposé": the loop below
    ** reads the function group */
    if (w->ent[e] >= 0 && !place_completes_function(w, q_ent_first(w, e))) {
      size_t f = q_ent_first(w, e);
      /* "E1 de E2 qui": the head E1 */
      if (f >= 2 && q_de(w, f - 1) && w->ent[f - 2] >= 0 &&
          w->ents->ent[w->ent[e]].type == PRESSE_LOC)
        f = q_ent_first(w, f - 2);
      size_t x;
      *where = f;
      return q_speaker_at(w, f, w->ntok, &x);
    }
  }
  for (int steps = 0; k > 0 && steps < 30; steps++) {
    size_t i = k - 1;
    if (w->tok[i].sent != w->tok[v].sent && !Q_ISPUNCT(w, i, ',')) {
      /* The segmenter may cut a sentence inside a quote; a quote is no
      ** boundary for its own sentence. */
      if (!w->inq[i]) return -1;
    }
    if (sent_end_tok(w, i) && !w->inq[i]) return -1;
    if (Q_ISPUNCT(w, i, ',') && !w->inq[i]) {
      /* "X, qui dirige le club depuis 2010, a déclaré": a relative
      ** between commas holds no subject of this verb */
      size_t c = i;
      while (c > 0 && i - c < 20 && !Q_ISPUNCT(w, c - 1, ',') &&
             !sent_end_tok(w, c - 1) && !w->inq[c - 1])
        c--;
      if (c > 0 && c < i && Q_ISPUNCT(w, c - 1, ',') && (w->word[c] & QW_REL)) {
        k = c - 1;
        continue;
      }
    }
    if (w->inq[i]) {
      /* Skip a quotation: its words are not the subject. */
      k = w->dq[w->inq[i] - 1].open != Q_NONE ? w->dq[w->inq[i] - 1].open
                                              : w->dq[w->inq[i] - 1].t0;
      continue;
    }
    if (Q_ISPUNCT(w, i, ')')) {
      /* "X (UMP) a dénoncé": the parenthesis is not the subject */
      size_t o = i;
      while (o > 0 && i - o < 12 && !Q_ISPUNCT(w, o, '(') &&
             !sent_end_tok(w, o))
        o--;
      if (Q_ISPUNCT(w, o, '(')) {
        k = o;
        continue;
      }
    }
    if (w->ent[i] >= 0) {
      size_t f = q_ent_first(w, i);
      /* "X a dit", "X, a dit": right before the verb, a subject anyway */
      int adjacent = w->ents->ent[w->ent[i]].type == PRESSE_PER && i + 1 == k &&
                     (k == v || (k + 1 == v && Q_ISPUNCT(w, k, ',')) ||
                      Q_ISPUNCT(w, k, '('));
      if (adjacent && f >= 2 && (q_de(w, f - 1) || q_tok_is(w, f - 1, "du"))) {
        /* "Me X, l'avocat de Y, a dénoncé": Y completes the apposition,
        ** the subject is the name before its comma */
        for (size_t c = f - 1, s = 0; c > 1 && s < 8; c--, s++) {
          if (sent_end_tok(w, c) || w->inq[c]) break;
          if (!Q_ISPUNCT(w, c, ',')) continue;
          if (w->ent[c - 1] >= 0 &&
              w->ents->ent[w->ent[c - 1]].type == PRESSE_PER) {
            size_t e;
            *where = q_ent_first(w, c - 1);
            return q_speaker_at(w, *where, w->ntok, &e);
          }
          break;
        }
      }
      if (adjacent && function_complement(w, f)) {
        /* "Le ministre chargé de l'Industrie a promis": the name completes
        ** the function, the group is the subject */
        k = f;
        continue;
      }
      if (place_completes_function(w, f)) {
        k = f;
        continue;
      }
      if (!adjacent) {
        int32_t s = appos_body_holder(w, f, v, where);
        if (s >= 0) return s;
      }
      if (adjacent || !q_after_preposition(w, f)) {
        /* the title group it ends ("le ministre X") or the name alone */
        size_t e;
        size_t g = f;
        while (g > 0 && g + 8 > f && is_word(w, g - 1) && !upper(w, g - 1) &&
               !w->verb[g - 1] &&
               !(w->word[g - 1] & (QW_AUX | QW_REL | QW_QUE)))
          g--;
        /* "Pour X, « … ! » Le porte-parole de l'association Y, se félicite":
        ** the function group ending with Y may be the person just quoted */
        if (g > 0 && g < f && (w->feat[g] & (QT_TITLE_M | QT_TITLE_F)) &&
            w->ents->ent[w->ent[i]].type != PRESSE_PER) {
          int32_t s = speaker_just_quoted(w, g - 1, g, f);
          if (s >= 0) {
            *where = g - 1;
            return s;
          }
        }
        *where = f;
        return q_speaker_at(w, f, w->ntok, &e);
      }
      k = f;
      continue;
    }
    uint16_t b = w->word[i];
    {
      /* "Ce dernier a assuré", "Celle-ci affirme" */
      size_t d0 = i > 0 && !q_tok_is(w, i, "celui-ci") &&
                          !q_tok_is(w, i, "celle-ci")
                      ? i - 1
                      : i,
             dl;
      if (q_demonstrative(w, d0, &dl) && dl == i) {
        size_t e;
        *where = d0;
        return q_speaker_at(w, d0, v, &e);
      }
    }
    if (b & (QW_IL | QW_ELLE)) {
      if (w->tok[i].flags & PRESSE_TF_INVERTED) return -1;
      /* "La fédération, elle, réclame « … »", "X, lui, …": a stressed
      ** pronoun between commas restates the subject before it */
      if (i >= 2 && Q_ISPUNCT(w, i - 1, ',') && i + 1 < w->ntok &&
          Q_ISPUNCT(w, i + 1, ',') && !w->inq[i - 2]) {
        k = i - 1;
        continue;
      }
      *where = i;
      return q_resolve_pronoun(w, i, (b & QW_ELLE) != 0);
    }
    if (w->feat[i] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)) {
      /* find its determiner */
      size_t d = i;
      for (int s = 0; s < 4 && d > 0; s++) {
        if (w->word[d - 1] & (QW_DET | QW_POSS)) {
          d--;
          break;
        }
        if (!is_word(w, d - 1) || upper(w, d - 1)) break;
        d--;
      }
      /* "X a rappelé que l'entreprise avait … et demande « … »": the
      ** subject of a que-clause is not that of the coordinated verb */
      int sub = d > 0 && (w->word[d - 1] & QW_QUE) && v > 0 &&
                (w->word[v - 1] & QW_COORD);
      if ((w->word[d] & (QW_DET | QW_POSS)) && !q_after_preposition(w, d) &&
          !sub) {
        size_t e;
        *where = d;
        int32_t s = q_speaker_at(w, d, v, &e);
        /* a function nobody named holds: as written */
        if (s == -3) s = function_as_written(w, d, v);
        return s == -3 ? -1 : s;
      }
    }
    k = i;
  }
  return -1;
}

static int set_cue(qwork *w, qdirect *d, size_t c0, size_t c1, int32_t spk,
                   int rule) {
  d->cue0 = (uint32_t)c0;
  d->cue1 = (uint32_t)c1;
  d->spk = spk;
  d->rule = (uint8_t)(spk >= 0 ? rule : QR_NONE);
  d->how = spk >= 0 ? w->how : QH_NONE;
  return 1;
}

static int set_speaker(qwork *w, qdirect *d, int32_t spk, int rule) {
  d->spk = spk;
  d->rule = (uint8_t)(spk >= 0 ? rule : QR_NONE);
  d->how = spk >= 0 ? w->how : QH_NONE;
  return 1;
}

/* Whether the word at i is a month name (data/dates_months.txt, folded
** without accents). */
static int month(const qwork *w, size_t i) {
  char b[32], c[32];
  size_t n =
      q_fold(w->text + w->tok[i].b0, w->tok[i].b1 - w->tok[i].b0, b, sizeof b);
  size_t m = 0;
  for (size_t k = 0; k < n && m < sizeof c; k++) {
    unsigned char x = (unsigned char)b[k];
    if (x == 0xC3 && k + 1 < n) {
      unsigned char y = (unsigned char)b[++k];
      c[m++] = y >= 0xA8 && y <= 0xAB   ? 'e'
               : y >= 0xB9 && y <= 0xBC ? 'u'
                                        : '?';
    } else {
      c[m++] = (char)x;
    }
  }
  return m && presse_lex_find(&lex_dates_months, c, m) != NULL;
}

/* After a date between a postposed cue and its subject ("a annoncé
** lundi 12 mars le ministre"): the token after it, else s. */
static size_t skip_date(const qwork *w, size_t s) {
  size_t k = s;
  while (k < w->ntok && k < s + 2 && is_word(w, k) &&
         ((w->word[k] & QW_ADV) || q_tok_is(w, k, "le")))
    k++; /* lundi, le */
  if (k + 1 < w->ntok && w->tok[k].kind == PRESSE_TOK_NUMBER &&
      is_word(w, k + 1) && month(w, k + 1)) {
    k += 2;
    if (k < w->ntok && w->tok[k].kind == PRESSE_TOK_NUMBER) k++; /* year */
    return k;
  }
  return s;
}

/* Whether the verb group ending at last is followed (over adverbs) by
** que or an opening quotation mark: the content it governs. */
static int governs_next(const qwork *w, size_t last) {
  size_t k = last + 1;
  while (k < w->ntok && k < last + 4 && adv_like(w, k))
    k++;
  return k < w->ntok &&
         ((is_word(w, k) && (w->word[k] & QW_QUE) && !(w->word[k] & QW_REL)) ||
          (w->feat[k] & QT_OPEN));
}

/* Whether token i is a noun of something said (data/speech_nouns.txt). */
static int speech_noun(const qwork *w, size_t i) {
  char b[64];
  if (i >= w->ntok || !is_word(w, i)) return 0;
  size_t n =
      q_fold(w->text + w->tok[i].b0, w->tok[i].b1 - w->tok[i].b0, b, sizeof b);
  return n && presse_lex_find(&lex_speech_nouns, b, n) != NULL;
}

/* "« … » C'est la remarque d'un manifestant, X", "Tel est le constat de
** X", "Voilà l'avis du maire" right after a quotation: the one whose words
** they are. Returns 1 when the quotation was attributed. */
static int said_noun_after(qwork *w, qdirect *d, size_t k) {
  size_t a;
  if ((q_tok_is(w, k, "c") || q_tok_is(w, k, "ce") || q_tok_is(w, k, "tel") ||
       q_tok_is(w, k, "telle")) &&
      (q_tok_is(w, k + 1, "est") || q_tok_is(w, k + 1, "était") ||
       q_tok_is(w, k + 1, "fut")))
    a = k + 2;
  else if (q_tok_is(w, k, "voilà") || q_tok_is(w, k, "voici"))
    a = k + 1;
  else
    return 0;
  if (a + 3 >= w->ntok || !(w->word[a] & QW_DET) || (w->word[a] & QW_PREP) ||
      !speech_noun(w, a + 1))
    return 0;
  size_t s = a + 2, e;
  if (q_de(w, s))
    s++;
  else if (!(q_tok_is(w, s, "du") || q_tok_is(w, s, "des")))
    return 0;
  int32_t spk = q_speaker_at(w, s, w->ntok, &e);
  if (spk == -3) spk = function_as_written(w, s, w->ntok);
  if (spk < 0) return 0;
  return set_cue(w, d, a + 1, a + 2, spk, QR_CUE_AFTER);
}

/* "», a déclaré X", "» indique X", "», a-t-il ajouté", "», X a ajouté". */
/* A postposed subject after a short complement of the verb: "», a
** déclaré en fin de matinée la procureure, X", "», a résumé devant la
** presse X". The complement opens with a preposition and holds plain
** lowercase words only (a title or a name in it would be its own noun:
** "a dit devant le maire X" gives nothing); the subject is a person's
** name or a determiner with a function noun. -1 otherwise. */
static int32_t after_complement(qwork *w, size_t s, size_t *e) {
  if (s >= w->ntok || !is_word(w, s) || !(w->word[s] & QW_PREP) ||
      upper(w, s) || w->inq[s])
    return -1;
  int noun = 0;
  for (size_t a = s + 1; a < w->ntok && a < s + 7; a++) {
    if (w->inq[a] || w->para[a] != w->para[s]) return -1;
    if (noun && w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type == PRESSE_PER &&
        q_ent_first(w, a) == a)
      return q_speaker_at(w, a, w->ntok, e);
    if (noun && is_word(w, a) && (w->word[a] & QW_DET) &&
        !(w->word[a] & QW_PREP) && a + 1 < w->ntok &&
        (w->feat[a + 1] & (QT_TITLE_M | QT_TITLE_F)))
      return q_speaker_at(w, a, w->ntok, e);
    if (!is_word(w, a) || upper(w, a) || w->ent[a] >= 0 ||
        (w->verb[a] && !(w->word[a] & (QW_PREP | QW_DET))) ||
        (w->feat[a] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)) ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL | QW_ELLE |
                       QW_PRONPL | QW_COORD)))
      return -1;
    if (!(w->word[a] & (QW_DET | QW_PREP | QW_POSS))) noun = 1;
  }
  return -1;
}

/* "…, avant d'ajouter : « … »¶Le ministre a assuré mardi que …": a
** quotation closing its line after a colon is not the words of the
** subject opening the next line (a paragraph in scraped text, one
** newline), which says its own; the colon's cue has them. */
static int next_line_subject(const qwork *w, const qdirect *d, size_t k) {
  return (w->tok[k].flags & PRESSE_TF_LINE_START) && d->open != Q_NONE &&
         d->open > 0 && Q_ISPUNCT(w, d->open - 1, ':');
}

/* "», a déclaré à l'ouverture des travaux le ministre X", "», a déclaré à
** notre journal sa cofondatrice, Y": a complement of the postposed verb
** (à / au / aux / devant + a lowercase noun group) before its subject, a
** determiner or a possessive group that names a speaker or a function as
** written. -1 when the words after the verb read otherwise. */
static int32_t complement_subject(qwork *w, size_t s, size_t *e) {
  if (s >= w->ntok || !is_word(w, s) || w->inq[s] ||
      !(q_tok_is(w, s, "à") || q_tok_is(w, s, "au") || q_tok_is(w, s, "aux") ||
        q_tok_is(w, s, "devant")))
    return -1;
  int noun = 0;
  for (size_t a = s + 1; a < w->ntok && a < s + 8; a++) {
    if (w->inq[a] || w->para[a] != w->para[s] || !is_word(w, a) ||
        upper(w, a) || w->ent[a] >= 0)
      return -1;
    if (noun && (w->word[a] & (QW_DET | QW_POSS)) && !(w->word[a] & QW_PREP)) {
      int32_t spk = q_speaker_at(w, a, w->ntok, e);
      if (spk == -3) spk = function_as_written(w, a, w->ntok);
      return spk < 0 ? -1 : spk;
    }
    if ((w->verb[a] && !(w->word[a] & (QW_PREP | QW_DET))) ||
        (w->feat[a] & (QT_TITLE_M | QT_TITLE_F)) ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL | QW_ELLE |
                       QW_PRONPL | QW_COORD)))
      return -1;
    if (!(w->word[a] & (QW_DET | QW_PREP | QW_POSS))) noun = 1;
  }
  return -1;
}

/* "l'ancienne diplomate X", "le nouveau ministre": a determiner at a, one
** plain adjective, then a function noun. For post_cue's short
** complement ("», plaide dans une tribune l'ancienne diplomate X"), where
** the group was looked for right after the determiner only and the
** quotation had no speaker. */
static int adjective_title(const qwork *w, size_t a) {
  size_t j = a + 1;
  return j + 1 < w->ntok && (w->word[a] & QW_DET) && !(w->word[a] & QW_PREP) &&
         is_word(w, j) && !w->word[j] && !w->verb[j] && !upper(w, j) &&
         w->ent[j] < 0 && !w->inq[j] &&
         (w->feat[j + 1] & (QT_TITLE_M | QT_TITLE_F));
}

/* "», nous confie-t-elle", "», m'a expliqué X", "», leur lance le
** maire": an object pronoun between the closing mark and the speech verb
** of a postposed cue belongs to the cue, as the reflexive "s'" does
** ("lui" is read as an adverb already). Whether token k is such a
** pronoun before a verb group. */
static int cue_object_clitic(const qwork *w, size_t k) {
  if (!is_word(w, k) || k + 1 >= w->ntok || w->inq[k + 1] ||
      (w->tok[k].flags & PRESSE_TF_UPPER))
    return 0;
  if (!(q_tok_is(w, k, "nous") || q_tok_is(w, k, "vous") ||
        q_tok_is(w, k, "m") || q_tok_is(w, k, "me") || q_tok_is(w, k, "t") ||
        q_tok_is(w, k, "te") || q_tok_is(w, k, "leur")))
    return 0;
  size_t last;
  uint16_t vf;
  return q_verb_group(w, k + 1, &last, &vf);
}

/* "« Nou pa … » (« Nous n'avons … »), souffle X": a quotation and its
** translation in parentheses share the cue after both. From k, the token
** after d's closing mark: the token after the parenthesised quotation
** that follows d, or after the parenthesis that closes d itself (d is
** the translation); k otherwise. */
static size_t translation_skip(const qwork *w, const qdirect *d, size_t k) {
  if (k >= w->ntok) return k;
  if (Q_ISPUNCT(w, k, ')') && d->open != Q_NONE && d->open > 0 &&
      Q_ISPUNCT(w, d->open - 1, '(') && d->open >= 2 &&
      (w->feat[d->open - 2] & QT_CLOSE))
    return k + 1;
  if (!Q_ISPUNCT(w, k, '(') || k + 2 >= w->ntok ||
      !(w->feat[k + 1] & QT_OPEN) || !w->inq[k + 2])
    return k;
  const qdirect *p = &w->dq[w->inq[k + 2] - 1];
  if (p->open != k + 1 || p->close == Q_NONE || p->close + 1 >= w->ntok ||
      !Q_ISPUNCT(w, p->close + 1, ')'))
    return k;
  return p->close + 2;
}

/* "Les riverains ont manifesté samedi. « … », ont-ils expliqué": ils /
** elles are plural, never one person; the plural noun group opening the
** sentence before the quotation in its paragraph (les, des, ces, leurs),
** as written, or nobody. d is the quotation. */
static int32_t plural_subject(qwork *w, const qdirect *d) {
  size_t o = d->open != Q_NONE ? d->open : d->t0;
  for (size_t k = o, s = 0; k-- > 0 && s < 80; s++) {
    if (w->para[k] != w->para[o]) return -1;
    if (w->inq[k] || !(w->tok[k].flags & PRESSE_TF_SENT_START)) continue;
    if (!(q_tok_is(w, k, "les") || q_tok_is(w, k, "des") ||
          q_tok_is(w, k, "ces") || q_tok_is(w, k, "leurs")))
      return -1;
    size_t n = w->nspk, e;
    int32_t spk = q_speaker_at(w, k, o, &e);
    if (spk >= 0 && !w->spk[spk].person) return spk;
    w->nspk = n;
    return -1;
  }
  return -1;
}

static int post_cue(qwork *w, qdirect *d) {
  size_t k = d->close != Q_NONE ? d->close + 1 : d->t1;
  k = translation_skip(w, d, k);
  if (k < w->ntok && Q_ISPUNCT(w, k, ',')) k++;
  /* "« Restez chez vous » : le préfet demande …", a headline's quotation
  ** opening its line, then who said it */
  else if (k < w->ntok && Q_ISPUNCT(w, k, ':') && d->open != Q_NONE &&
           (d->open == 0 || (w->tok[d->open].flags & PRESSE_TF_LINE_START)))
    k++;
  if (k < w->ntok && !w->inq[k] && said_noun_after(w, d, k)) return 1;
  while (k < w->ntok && is_word(w, k) && (w->word[k] & QW_ADV) &&
         !(w->word[k] & (QW_AUX | QW_AUXPL)))
    k++;
  if (k >= w->ntok || w->inq[k]) return 0;
  if (w->para[k] != w->para[d->t1 - 1]) return 0;
  size_t last;
  uint16_t vf;
  /* "», s'est félicité le ministère": the clitic belongs to the cue */
  size_t c = k;
  if (is_word(w, k) && (q_tok_is(w, k, "s") || q_tok_is(w, k, "se")) &&
      k + 1 < w->ntok)
    k++;
  else if (cue_object_clitic(w, k))
    k++;
  if (q_verb_group(w, k, &last, &vf)) {
    /* "» évoquant …": a gerund's speaker is its sentence's subject, which
    ** the cue before finds */
    if ((w->verb[last] & QV_GER) && !(w->word[k] & (QW_AUX | QW_AUXPL)))
      return 0;
    if ((w->tok[k].flags & PRESSE_TF_INVERTED) && (w->word[k] & QW_PRONPL))
      return set_cue(w, d, c, last + 1, plural_subject(w, d), QR_CUE_AFTER);
    if (w->tok[k].flags & PRESSE_TF_INVERTED) {
      int fem = (w->word[k] & QW_ELLE) != 0;
      return set_cue(w, d, c, last + 1, q_resolve_pronoun(w, d->t0, fem),
                     QR_CUE_AFTER);
    }
    size_t s = last + 1, e;
    while (s < w->ntok && adv_like(w, s))
      s++;
    s = skip_date(w, s);
    while (s < w->ntok && adv_like(w, s))
      s++;
    if (s + 3 < w->ntok && is_word(w, s) && (w->word[s] & QW_PREP) &&
        (w->word[s + 1] & QW_POSS) && is_word(w, s + 2) && w->ent[s + 2] < 0 &&
        !w->inq[s + 2])
      s += 3; /* "martèle de son côté X", "a ajouté pour sa part X" */
    int32_t spk = q_speaker_at(w, s, w->ntok, &e);
    if (spk == -1 && s < w->ntok &&
        (q_tok_is(w, s, "à") || q_tok_is(w, s, "au") || q_tok_is(w, s, "aux") ||
         q_tok_is(w, s, "devant") || q_tok_is(w, s, "sur"))) {
      /* "a expliqué à l'AFP X", "a déclaré au journal Y X", "a écrit sur
      ** X le préfet" (a capitalised medium no entity covers) */
      size_t a = s + 1;
      while (a < w->ntok && a < s + 6 && !w->inq[a] &&
             !(w->tok[a].flags & PRESSE_TF_SENT_START) &&
             ((is_word(w, a) && (w->word[a] & (QW_DET | QW_PREP))) ||
              (w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type != PRESSE_PER) ||
              (w->ent[a] < 0 && is_word(w, a) && upper(w, a) && a == s + 1))) {
        int named = w->ent[a] >= 0 || upper(w, a);
        a = w->ent[a] >= 0 ? q_ent_last(w, a) + 1 : a + 1;
        if (named && a < w->ntok && (w->word[a] & (QW_DET | QW_POSS)) &&
            !(w->word[a] & QW_PREP))
          break; /* "à l'AFP | le porte-parole de X" */
      }
      if (a > s + 1 && a < w->ntok &&
          ((w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type == PRESSE_PER) ||
           ((w->ent[a - 1] >= 0 || upper(w, a - 1)) &&
            (w->word[a] & (QW_DET | QW_POSS)))))
        spk = q_speaker_at(w, a, w->ntok, &e);
    }
    if (spk == -1 && s < w->ntok &&
        (q_tok_is(w, s, "sur") || q_tok_is(w, s, "dans") ||
         q_tok_is(w, s, "via"))) {
      /* "a écrit sur X le préfet", "a assuré sur une radio locale le
      ** maire de Y, Z": a short complement, then the subject group */
      for (size_t a = s + 2; a < w->ntok && a < s + 6; a++) {
        if (w->inq[a] || !is_word(w, a) || w->verb[a] ||
            (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)))
          break;
        int names = w->ent[a] >= 0 &&
                    w->ents->ent[w->ent[a]].type == PRESSE_PER &&
                    q_ent_first(w, a) == a;
        int group = (w->word[a] & QW_DET) && !(w->word[a] & QW_PREP) &&
                    a + 1 < w->ntok &&
                    (w->feat[a + 1] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP));
        if (!group) group = adjective_title(w, a);
        if (names || group) {
          spk = q_speaker_at(w, a, w->ntok, &e);
          break;
        }
        if (w->ent[a] >= 0) a = q_ent_last(w, a);
      }
    }
    if (spk == -1) spk = complement_subject(w, s, &e);
    if (spk == -1) spk = after_complement(w, s, &e);
    /* a function nobody holds: as written, with its complement ("a
    ** assuré le préfet du Finistère") */
    if (spk == -3) spk = function_as_written(w, s, w->ntok);
    if (spk == -3) spk = -1;
    if (spk == -1) spk = plain_after(w, s);
    if (spk >= 0 || (vf & QV_INCISE))
      return set_cue(w, d, c, last + 1, spk, QR_CUE_AFTER);
    return 0;
  }
  k = c;
  /* "», selon X." / "», d'après X." */
  if ((w->feat[k] & QT_SELON) || (q_tok_is(w, k, "d") && k + 1 < w->ntok &&
                                  (w->feat[k + 1] & QT_DAPRES))) {
    size_t a = (w->feat[k] & QT_SELON) ? k + 1 : k + 2, e;
    int32_t spk = q_speaker_at(w, a, w->ntok, &e);
    /* "», selon le ministre de l'Intérieur.": a function nobody the text
    ** names holds is the speaker as written, as before the quotation
    ** (pre_cue) and after a verb; it was left with no speaker */
    if (spk == -3) spk = function_as_written(w, a, w->ntok);
    if (spk == -1) spk = plain_after(w, a); /* "», selon les pompiers." */
    if (spk >= 0) return set_cue(w, d, k, a, spk, QR_SELON);
    return 0;
  }
  /* "« … » pour X" closing a headline or a sentence: X's words */
  if ((w->feat[k] & QT_POUR) &&
      k == (d->close != Q_NONE ? d->close + 1 : Q_NONE) && k + 1 < w->ntok &&
      w->ent[k + 1] >= 0 && q_ent_first(w, k + 1) == k + 1 &&
      w->ents->ent[w->ent[k + 1]].type == PRESSE_PER) {
    size_t l = q_ent_last(w, k + 1);
    if (l + 1 >= w->ntok || sent_end_tok(w, l + 1) ||
        w->para[l + 1] != w->para[k])
      return set_cue(w, d, k, k + 1,
                     q_entity_speaker(w, w->ent[k + 1], (uint32_t)(k + 1)),
                     QR_SELON);
  }
  /* bare participle: "» averti Météo France" */
  if ((w->verb[k] & QV_PART) && speech(w->verb[k])) {
    size_t e;
    int32_t spk = q_speaker_at(w, k + 1, w->ntok, &e);
    if (spk >= 0) return set_cue(w, d, k, k + 1, spk, QR_CUE_AFTER);
  }
  /* a cue closing the sentence further on: "« … » qui peut …, a indiqué
  ** un porte-parole de la police." */
  for (size_t a = d->close != Q_NONE ? d->close + 1 : d->t1, n = 0;
       a + 1 < w->ntok && n < 60; a++, n++) {
    if (w->inq[a]) {
      /* another quotation of the same sentence: the cue is both's */
      const qdirect *p = &w->dq[w->inq[a] - 1];
      a = p->close != Q_NONE ? p->close : p->t1 - 1;
      continue;
    }
    if (sent_end_tok(w, a) || w->para[a] != w->para[k]) break;
    if (!Q_ISPUNCT(w, a, ',')) continue;
    size_t v = a + 1;
    int comme = 0;
    if (q_tok_is(w, v, "comme")) {
      /* ", comme l'écrit le ministère sur son site." */
      v++;
      comme = 1;
      if (v < w->ntok && (q_tok_is(w, v, "l") || q_tok_is(w, v, "le"))) v++;
    }
    if (!q_verb_group(w, v, &last, &vf) || (!(vf & QV_INCISE) && !comme) ||
        (w->tok[v].flags & PRESSE_TF_INVERTED))
      continue;
    size_t x, sp = last + 1;
    int32_t spk = q_speaker_at(w, sp, w->ntok, &x);
    /* the cue closes the sentence, maybe with a short complement */
    size_t y = x;
    while (spk >= 0 && y < w->ntok && y < x + 8 && !sent_end_tok(w, y) &&
           !w->inq[y] && !w->verb[y] && w->para[y] == w->para[k])
      y++;
    /* a headline has no final period: its line's end closes it */
    if (spk >= 0 &&
        (y >= w->ntok || sent_end_tok(w, y) || w->para[y] != w->para[k]))
      return set_cue(w, d, v, last + 1, spk, comme ? QR_SELON : QR_CUE_AFTER);
    break;
  }
  /* subject first: "», X a ajouté" */
  if (next_line_subject(w, d, k)) return 0;
  size_t e;
  int32_t spk = q_speaker_at(w, k, w->ntok, &e);
  uint8_t how = w->how;
  if (spk >= 0) {
    size_t v = e;
    if (v < w->ntok && (q_tok_is(w, v, "s") || q_tok_is(w, v, "se"))) v++;
    /* "« … ! » Le porte-parole se félicite que « … »": a verb that
    ** governs its own content opens a new statement */
    if (q_verb_group(w, v, &last, &vf) && !governs_next(w, last)) {
      w->how = how;
      return set_cue(w, d, e, last + 1, spk, QR_CUE_AFTER);
    }
  }
  return 0;
}

/* An incise inside the quote: "« …, a-t-elle dit, … »". */
static int incise(qwork *w, qdirect *d) {
  for (size_t k = d->t0 + 1; k + 1 < d->t1; k++) {
    if (!Q_ISPUNCT(w, k, ',')) continue;
    size_t last;
    uint16_t vf;
    if ((w->tok[k + 1].flags & PRESSE_TF_INVERTED) &&
        q_verb_group(w, k + 1, &last, &vf) && last + 1 < d->t1 &&
        Q_ISPUNCT(w, last + 1, ',')) {
      if (w->word[k + 1] & QW_PRONPL) /* « …, disent-ils, … » */
        return set_cue(w, d, k + 1, last + 1, plural_subject(w, d), QR_INCISE);
      int fem = (w->word[k + 1] & QW_ELLE) != 0;
      return set_cue(w, d, k + 1, last + 1, q_resolve_pronoun(w, d->t0, fem),
                     QR_INCISE);
    }
  }
  return 0;
}

/* An incise that ends its sentence inside the quotation, maybe after a
** short complement: "« On a été prévenus trop tard, a-t-il dit devant la
** mairie. Je ne cherche pas … »" (incise() wants a comma after the verb).
** The complement holds no verb, no quotation and at most six words. */
static int incise_period(qwork *w, qdirect *d) {
  for (size_t k = d->t0 + 1; k + 2 < d->t1; k++) {
    if (!Q_ISPUNCT(w, k, ',')) continue;
    size_t last;
    uint16_t vf;
    if (!(w->tok[k + 1].flags & PRESSE_TF_INVERTED) ||
        !q_verb_group(w, k + 1, &last, &vf) || !(vf & QV_INCISE))
      continue;
    for (size_t a = last + 1; a < d->t1 && a < last + 8; a++) {
      if (sent_end_tok(w, a)) {
        int fem = (w->word[k + 1] & QW_ELLE) != 0;
        return set_cue(w, d, k + 1, last + 1, q_resolve_pronoun(w, d->t0, fem),
                       QR_INCISE);
      }
      if (!is_word(w, a) || w->verb[a] || w->inq[a] != w->inq[d->t0] ||
          (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)))
        break;
    }
  }
  return 0;
}

/* An incise with a named subject inside the quotation: "« Le prix paraît
** élevé, estime X, analyste chez Y. Mais … »", "« …, a précisé Mme X.
** C'est … »". incise() and incise_period() read an inverted pronoun
** only; such a quotation fell to continuity and went to the previous
** speaker. A comma, an incise verb (not inverted), a person (after a
** civility word or not), then a comma or, within six words holding no
** verb, the end of a sentence with words of the quotation after it. */
static int incise_named(qwork *w, qdirect *d) {
  if (!w->ents || !w->ents->n) return 0;
  for (size_t k = d->t0 + 1; k + 3 < d->t1; k++) {
    if (!Q_ISPUNCT(w, k, ',')) continue;
    size_t v = k + 1, last;
    uint16_t vf;
    if (q_tok_is(w, v, "s") || q_tok_is(w, v, "se")) v++;
    if (!is_word(w, v) || (w->tok[v].flags & PRESSE_TF_INVERTED) ||
        !q_verb_group(w, v, &last, &vf) || !(vf & QV_INCISE) ||
        (w->verb[last] & QV_GER))
      continue;
    size_t s = last + 1;
    if (civility(w, s)) s++;
    if (s >= d->t1 || w->ent[s] < 0 || q_ent_first(w, s) != s ||
        w->ents->ent[w->ent[s]].type != PRESSE_PER)
      continue;
    size_t e = q_ent_last(w, s) + 1;
    int ok = 0;
    for (size_t a = e; a < d->t1 && a < e + 7; a++) {
      if (Q_ISPUNCT(w, a, ',') || sent_end_tok(w, a)) {
        ok = a + 1 < d->t1;
        break;
      }
      if (!is_word(w, a) || w->verb[a] ||
          (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)))
        break;
    }
    if (!ok) continue;
    int32_t spk = q_entity_speaker(w, w->ent[s], (uint32_t)s);
    return set_cue(w, d, k + 1, e, spk, QR_INCISE);
  }
  return 0;
}

/* A noun group no list knows, right before the speech verb at v and
** opening its clause: "certains internautes estiment que" -> internautes;
** "le documentaire d'Al Jazeera précise" -> the organisation after de.
** -1 when the words before v are no such group. */
/* A word that opens a clause whose subject follows it: "…, où les
** organisateurs promettent « … »", "quand les syndicats dénoncent". */
static int clause_opener(const qwork *w, size_t i) {
  return q_tok_is(w, i, "où") || q_tok_is(w, i, "quand") ||
         q_tok_is(w, i, "lorsque") || q_tok_is(w, i, "lorsqu") ||
         q_tok_is(w, i, "puisque") || q_tok_is(w, i, "puisqu") ||
         q_tok_is(w, i, "car") || q_tok_is(w, i, "mais");
}

static int32_t plain_subject(qwork *w, size_t v) {
  size_t k = v;
  while (k > 0 && clitic(w, k - 1))
    k--;
  if (k > 0 && Q_ISPUNCT(w, k - 1, ',')) {
    /* "le documentaire d'X, réalisé en un an, précise" */
    size_t c = k - 1;
    while (c > 0 && k - c < 16 && !Q_ISPUNCT(w, c - 1, ',') &&
           !sent_end_tok(w, c - 1) && !w->inq[c - 1])
      c--;
    if (c > 0 && Q_ISPUNCT(w, c - 1, ','))
      k = c - 1;
    else
      return -1;
  }
  size_t d = k;
  for (int s = 0; d > 0 && s < 8; s++) {
    size_t i = d - 1;
    if (w->inq[i] || !is_word(w, i)) return -1;
    if (w->word[i] & (QW_DET | QW_POSS) || q_tok_is(w, i, "certains") ||
        q_tok_is(w, i, "certaines") || q_tok_is(w, i, "plusieurs")) {
      /* the determiner must open the clause */
      if (i > 0 && !(w->tok[i].flags & PRESSE_TF_SENT_START) &&
          !Q_ISPUNCT(w, i - 1, ',') && !(w->word[i - 1] & QW_QUE) &&
          !(w->word[i - 1] & (QW_DET | QW_PREP)) && !clause_opener(w, i - 1))
        return -1;
      if (i > 0 && (w->word[i - 1] & QW_PREP) && !q_de(w, i - 1)) return -1;
      if (i > 0 && q_de(w, i - 1)) {
        d = i; /* "de nombreux" */
        continue;
      }
      d = i;
      break;
    }
    if (w->verb[i] || (w->word[i] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE |
                                     QW_IL | QW_ELLE | QW_PRONPL | QW_NEG)))
      return -1;
    d = i;
  }
  if (d == k ||
      !(w->word[d] & (QW_DET | QW_POSS) || q_tok_is(w, d, "certains") ||
        q_tok_is(w, d, "certaines") || q_tok_is(w, d, "plusieurs")))
    return -1;
  size_t h = d + 1;
  while (h < k && (w->word[h] & (QW_DET | QW_PREP)))
    h++; /* "de nombreux" */
  if (h >= k || !is_word(w, h) || (w->tok[h].flags & PRESSE_TF_UPPER) ||
      w->ent[h] >= 0)
    return -1;
  /* "le documentaire d'Al Jazeera": the organisation behind it */
  for (size_t a = h + 1; a + 1 < k; a++)
    if ((q_de(w, a) || q_tok_is(w, a, "du")) && w->ent[a + 1] >= 0 &&
        w->ents->ent[w->ent[a + 1]].type != PRESSE_LOC &&
        q_ent_last(w, a + 1) + 1 == k) {
      int32_t sp = q_entity_speaker(w, w->ent[a + 1], (uint32_t)(a + 1));
      w->how = QH_BARE;
      return sp;
    }
  size_t e = q_title_end(w, h, k);
  if (e != k) return -1;
  int32_t sp = q_add_speaker(w, w->tok[h].b0, w->tok[e - 1].b1, (uint32_t)h,
                             q_det_gender(w, d));
  w->how = QH_BARE;
  return sp;
}

/* Capitalised words no entity covers, opening the sentence right before
** the speech verb at v (over a relative between commas or a
** parenthesis): "Souffle urbain, qui milite …, a réclamé", "Le Monde
** salue", "L'Intersyndicale nationale des internes (ISNI) a dénoncé". The
** name as written, an elided article dropped. -1 otherwise. */
static int32_t bare_subject(qwork *w, size_t v) {
  size_t k = v;
  while (k > 0 && clitic(w, k - 1))
    k--;
  if (k > 0 && Q_ISPUNCT(w, k - 1, ')')) {
    size_t o = k - 1;
    while (o > 0 && k - o < 10 && !Q_ISPUNCT(w, o, '('))
      o--;
    if (!Q_ISPUNCT(w, o, '(')) return -1;
    k = o;
  } else if (k > 0 && Q_ISPUNCT(w, k - 1, ',')) {
    size_t c = k - 1;
    while (c > 0 && k - c < 20 && !Q_ISPUNCT(w, c - 1, ',') &&
           !sent_end_tok(w, c - 1) && !w->inq[c - 1])
      c--;
    if (c == 0 || !Q_ISPUNCT(w, c - 1, ',') || !(w->word[c] & QW_REL))
      return -1;
    k = c - 1;
  }
  size_t s = k;
  /* a verb form may open the name ("Souffle urbain"), never end it */
  while (s > 0 && k - s < 6 && is_word(w, s - 1) && !w->inq[s - 1] &&
         (!w->verb[s - 1] ||
          ((w->tok[s - 1].flags & PRESSE_TF_SENT_START) && s < k)) &&
         w->ent[s - 1] < 0 &&
         !(w->word[s - 1] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL |
                             QW_ELLE | QW_PRONPL)) &&
         !(w->tok[s].flags & PRESSE_TF_SENT_START))
    s--;
  if (s == k || !(w->tok[s].flags & PRESSE_TF_SENT_START)) return -1;
  if (q_tok_is(w, s, "l") && (w->tok[s].flags & PRESSE_TF_ELISION)) s++;
  if (s >= k || !upper(w, s) || (w->word[s] & QW_PREP)) return -1;
  if ((w->word[s] & QW_DET) && (s + 1 >= k || !upper(w, s + 1))) return -1;
  int32_t sp = q_add_speaker(w, w->tok[s].b0, w->tok[k - 1].b1, (uint32_t)s, 0);
  w->how = QH_BARE;
  return sp;
}

/* "Au ministère de la Santé, on indique que …", "Chez Renault, on
** assure que …": "on" before the verb at v speaks for the institution the
** sentence opens with (an organisation entity or an institution noun
** group after au / à la / chez). -1 otherwise. */
static int32_t on_at_group(qwork *w, size_t v) {
  size_t k = v;
  while (k > 0 && (clitic(w, k - 1) || (w->word[k - 1] & QW_NEG)))
    k--;
  if (k < 3 || !q_tok_is(w, k - 1, "on") || !Q_ISPUNCT(w, k - 2, ','))
    return -1;
  size_t c = k - 2, s = c;
  /* 24 tokens: a relative between the group and "on" ("À Matignon, où
  ** une délégation a été reçue en fin d'après-midi, on assure …"; 10
  ** left it out and the quotation with no speaker) */
  while (s > 0 && c - s < 24 && !(w->tok[s].flags & PRESSE_TF_SENT_START) &&
         !w->inq[s - 1])
    s--;
  if (!(w->tok[s].flags & PRESSE_TF_SENT_START) || w->inq[s]) return -1;
  size_t g = s + 1;
  if (q_tok_is(w, s, "du") && s + 3 < c && q_tok_is(w, s + 1, "côté") &&
      (q_de(w, s + 2) || q_tok_is(w, s + 2, "du"))) {
    /* "Du côté de la direction, on reconnaît …" */
    g = s + 3;
    if (!q_tok_is(w, s + 2, "du") &&
        (q_tok_is(w, g, "la") || q_tok_is(w, g, "l")) && g + 1 < c)
      g++;
  } else if (q_tok_is(w, s, "à") && g < c && q_tok_is(w, g, "la"))
    g++;
  else if (q_tok_is(w, s, "à") && g < c && q_tok_is(w, g, "l"))
    g++;
  else if (!(q_tok_is(w, s, "au") || q_tok_is(w, s, "chez") ||
             (q_tok_is(w, s, "à") && w->ent[g] >= 0))) /* "À FO, on …" */
    return -1;
  if (g >= c) return -1;
  /* the group ends at its first comma: "Chez X, qui entre au capital,
  ** on …", "Au ministère de Y, à Quito, on …" */
  for (size_t x = g + 1; x < c; x++)
    if (Q_ISPUNCT(w, x, ',')) {
      c = x;
      break;
    }
  /* "Au Centre national d'études spatiales (CNES), on …": the acronym in
  ** parentheses ends the group */
  if (c > g + 3 && Q_ISPUNCT(w, c - 1, ')')) {
    size_t o = c - 1;
    while (o > g && c - o < 6 && !Q_ISPUNCT(w, o, '('))
      o--;
    if (Q_ISPUNCT(w, o, '(')) c = o;
  }
  /* "chez X, on …" names a firm or a group, whatever type entities()
  ** gave the name (an unknown company is often taken for a place) */
  if (w->ent[g] >= 0 &&
      (w->ents->ent[w->ent[g]].type == PRESSE_ORG || q_tok_is(w, s, "chez")) &&
      q_ent_first(w, g) == g && q_ent_last(w, g) + 1 == c)
    return q_entity_speaker(w, w->ent[g], (uint32_t)g);
  if (!(w->feat[g] & QT_GROUP)) return -1;
  size_t e = q_title_end(w, g, c);
  if (e != c) return -1;
  int32_t sp = q_add_speaker(w, w->tok[g].b0, w->tok[e - 1].b1, (uint32_t)g, 0);
  w->how = QH_GROUP;
  return sp;
}

/* plain_subject as a probe for q_indirect: whether the words before the
** verb at v are a plain noun group opening its clause (the speakers it
** adds are dropped). */
int q_plain_subject(qwork *w, size_t v) {
  size_t n = w->nspk;
  int32_t s = plain_subject(w, v);
  w->nspk = n;
  return s >= 0;
}

/* A plain noun group after a postposed cue ("», ajoute le documentaire.",
** "», a expliqué un riverain."): the organisation named earlier with that
** noun ("le documentaire d'X"), else the noun as written. -1 otherwise. */
static int32_t plain_after(qwork *w, size_t s) {
  if (s + 1 >= w->ntok || !(w->word[s] & QW_DET)) return -1;
  size_t h = s + 1;
  if (!is_word(w, h) || w->inq[h] || w->ent[h] >= 0 ||
      (w->verb[h] && !(w->verb[h] & QV_PART)) || (w->word[h] & QW_KNOWN) ||
      (w->tok[h].flags & PRESSE_TF_UPPER))
    return -1;
  size_t e = h + 1;
  if (e < w->ntok && !(w->tok[e].kind == PRESSE_TOK_PUNCT) &&
      !q_tok_is(w, e, "qui"))
    return -1; /* only a one-noun group: "le documentaire" */
  /* one pass back: the organisation named with the noun ("le
  ** documentaire d'X") first, else the person it is said of ("X est
  ** agriculteur") */
  int32_t said = -1;
  if (w->ents)
    for (size_t a = h, n = 0; a-- > 0 && n < 400; n++) {
      if (w->inq[a] || !same_word(w, a, h)) continue;
      size_t b = a + 1;
      if (b < w->ntok && (q_de(w, b) || q_tok_is(w, b, "du"))) b++;
      if (b < w->ntok && w->ent[b] >= 0 &&
          w->ents->ent[w->ent[b]].type != PRESSE_LOC) {
        int32_t sp = q_entity_speaker(w, w->ent[b], (uint32_t)b);
        w->how = QH_TITLE;
        return sp;
      }
      if (said < 0) said = predicate_person(w, a);
    }
  if (said >= 0) {
    int32_t sp = q_entity_speaker(w, said, (uint32_t)h);
    w->how = QH_TITLE;
    return sp;
  }
  int32_t sp = q_add_speaker(w, w->tok[h].b0, w->tok[h].b1, (uint32_t)h,
                             q_det_gender(w, s));
  w->how = QH_BARE;
  return sp;
}

/* "comme le rappelle", "comme l'a dit", "comme l'écrit": a verb group
** starting at v after comme, whose subject comes after it. */
static int comme_cue(const qwork *w, size_t v) {
  size_t k = v;
  if (k > 0 && (q_tok_is(w, k - 1, "l") || q_tok_is(w, k - 1, "le"))) k--;
  return k > 0 && q_tok_is(w, k - 1, "comme");
}

/* Whether the quotation opening at open follows the verb ending at last
** with at most a short object between: "juge « inacceptable »", "parlant
** d'un « effort »", "qualifiant de « scandale »", "juge le compromis
** « fragile »". */
static int names_fragment(const qwork *w, size_t last, size_t open) {
  if (open <= last || open - last > 5) return 0;
  for (size_t k = last + 1; k < open; k++)
    if (!is_word(w, k) || w->verb[k] || upper(w, k) || w->ent[k] >= 0 ||
        (w->word[k] & (QW_QUE | QW_REL | QW_AUX | QW_AUXPL | QW_IL | QW_ELLE |
                       QW_PRONPL | QW_COORD)))
      return 0;
  return 1;
}

/* A function group at i that designates nobody the text names ("le
** recteur se veut rassurant : « … »"): the function as written, as after
** a postposed cue ("», a dit le préfet"). -3 when there is none. */
static int32_t function_as_written(qwork *w, size_t i, size_t limit) {
  for (size_t t = i; t < limit && t < i + 4; t++) {
    if (!is_word(w, t)) break;
    if (!(w->feat[t] & (QT_TITLE_M | QT_TITLE_F))) continue;
    size_t e = q_title_end(w, t, limit);
    int32_t s = q_add_speaker(w, w->tok[t].b0, w->tok[e - 1].b1, (uint32_t)t,
                              q_det_gender(w, i));
    w->how = QH_BARE;
    return s;
  }
  return -3;
}

/* The function group opening the sentence at k ("La ministre a écarté
** …", "Le ministre de l'Intérieur est arrivé …"), when its gender fits a
** later il / elle: the person it designates, or the function as written.
** -1 when the sentence opens otherwise. For quotes_pron.c. */
int32_t q_function_subject(qwork *w, size_t k, int fem) {
  if (k + 1 >= w->ntok || !(w->word[k] & QW_DET) || (w->word[k] & QW_PREP) ||
      w->inq[k])
    return -1;
  size_t t = k + 1;
  /* "le futur premier ministre", "la nouvelle présidente": one plain
  ** adjective before the function noun */
  if (!(w->feat[t] & (QT_TITLE_M | QT_TITLE_F)) && t + 1 < w->ntok &&
      is_word(w, t) && !w->word[t] && !w->verb[t] && !upper(w, t) &&
      w->ent[t] < 0 && (w->feat[t + 1] & (QT_TITLE_M | QT_TITLE_F)))
    t++;
  uint8_t tf = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  if (!tf || !(tf & (fem ? QT_TITLE_F : QT_TITLE_M))) return -1;
  uint8_t g = q_det_gender(w, k);
  if (g && g != (fem ? 2 : 1)) return -1;
  if (q_tok_is(w, k, "un") || q_tok_is(w, k, "une") || q_tok_is(w, k, "les") ||
      q_tok_is(w, k, "des"))
    return -1;
  /* resolving the title may resolve a pronoun further back: that one
  ** does not look for function subjects again (bounded cost) */
  if (w->in_fsubj) return -1;
  size_t e;
  size_t n = w->nspk;
  w->in_fsubj = 1;
  int32_t s = q_speaker_at(w, k, w->ntok, &e);
  w->in_fsubj = 0;
  if (s == -3) s = function_as_written(w, k, w->ntok);
  if (s < 0 || (w->spk[s].gender && w->spk[s].gender != (fem ? 2 : 1))) {
    w->nspk = n;
    return -1;
  }
  return s;
}

/* A cue earlier in the sentence: "X a déclaré : « … »", "X a expliqué
** que … une « impulsion »", "Selon X, « … »". */
/* "…, analyse la politologue X, de l'Université Y, pour qui la
** présidente « … »", "a indiqué le président du groupe, pour qui « … »":
** the antecedent of "pour qui" (pour at i, after a comma) speaks. Walking
** back in the sentence, the first person named (not in a quotation), else
** the speaker of the quotation whose cue the walk passed; none when the
** person follows a preposition. -1 otherwise (the quotation had no
** speaker). One rule from two branches (spk8a, spk8b) that wrote it each. */
static int32_t pour_qui(qwork *w, size_t i) {
  if (i < 2 || !q_tok_is(w, i + 1, "qui") || !Q_ISPUNCT(w, i - 1, ','))
    return -1;
  for (size_t k = i - 1, n = 0; k > 0 && n < 25; n++) {
    k--;
    if (w->inq[k]) {
      const qdirect *p = &w->dq[w->inq[k] - 1];
      return p->spk;
    }
    if (sent_end_tok(w, k) || w->para[k] != w->para[i]) return -1;
    if (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER) {
      size_t f = q_ent_first(w, k);
      /* not a complement: "le parcours conçu par X, pour qui" */
      return q_after_preposition(w, f)
                 ? -1
                 : q_entity_speaker(w, w->ent[k], (uint32_t)f);
    }
  }
  return -1;
}

static int pre_cue(qwork *w, qdirect *d) {
  size_t open = d->open != Q_NONE ? d->open : d->t0;
  size_t k = open;
  int colon = k > 0 && Q_ISPUNCT(w, k - 1, ':');
  uint32_t sent = k > 0 ? w->tok[k - 1].sent : 0;
  for (int steps = 0; k > 0 && steps < 80; steps++) {
    size_t i = k - 1;
    if (w->inq[i]) {
      const qdirect *p = &w->dq[w->inq[i] - 1];
      k = p->open != Q_NONE ? p->open : p->t0;
      continue;
    }
    if (sent_end_tok(w, i)) break;
    if (w->tok[i].sent != sent && w->para[i] != w->para[open] && !colon) break;
    /* selon X, d'après X */
    if ((w->feat[i] & QT_SELON) ||
        ((w->feat[i] & QT_DAPRES) && i > 0 && q_tok_is(w, i - 1, "d"))) {
      size_t e;
      int32_t spk = q_speaker_at(w, i + 1, open, &e);
      /* "Selon lui, …", "D'après elle, …" opening the sentence */
      size_t st = (w->feat[i] & QT_SELON) ? i : i - 1;
      if ((q_tok_is(w, i + 1, "lui") || q_tok_is(w, i + 1, "elle")) &&
          (w->tok[st].flags & PRESSE_TF_SENT_START))
        spk = q_resolve_pronoun(w, i + 1, q_tok_is(w, i + 1, "elle"));
      if (spk == -3) spk = function_as_written(w, i + 1, open);
      if (spk >= 0) return set_cue(w, d, i, i + 1, spk, QR_SELON);
      if (spk == -3) return 0;
    }
    /* "À ses yeux, …", "À son avis, …" opening the sentence: the view
    ** of the last person quoted */
    if ((w->feat[i] & QT_DAPRES) && i >= 2 && (w->word[i - 1] & QW_POSS) &&
        (q_tok_is(w, i - 2, "à") || q_tok_is(w, i - 2, "a")) &&
        (w->tok[i - 2].flags & PRESSE_TF_SENT_START) && i + 1 < open &&
        Q_ISPUNCT(w, i + 1, ',')) {
      int32_t spk = q_last_speaker(w, i, 0);
      if (spk >= 0) {
        w->how = QH_PRONOUN;
        return set_cue(w, d, i - 2, i + 1, spk, QR_SELON);
      }
    }
    /* "Pour X, « … »": pour opening its sentence, a speaker, a comma */
    if ((w->feat[i] & QT_POUR) && ((w->tok[i].flags & PRESSE_TF_SENT_START) ||
                                   (i > 0 && Q_ISPUNCT(w, i - 1, ',')))) {
      size_t e;
      int32_t spk = q_speaker_at(w, i + 1, open, &e);
      /* "Pour sa collègue X (Parti), …": over the parenthesis */
      if (spk >= 0 && e < open && Q_ISPUNCT(w, e, '(')) {
        size_t c = e + 1;
        while (c < open && c < e + 8 && !Q_ISPUNCT(w, c, ')'))
          c++;
        if (c < open && Q_ISPUNCT(w, c, ')')) e = c + 1;
      }
      if (spk >= 0 && e < open &&
          (Q_ISPUNCT(w, e, ',') || Q_ISPUNCT(w, e, ':')))
        return set_cue(w, d, i, i + 1, spk, QR_SELON);
      if (spk == -1 && (spk = pour_qui(w, i)) >= 0)
        return set_cue(w, d, i, i + 2, spk, QR_SELON);
    }
    size_t last;
    uint16_t vf;
    size_t start = i;
    /* A verb group ends at a verb form or a light verb's noun (its last
    ** token) and starts at an auxiliary, a finite verb, a gerund or a
    ** modal before an infinitive (modal_speech): a word with none of these
    ** is neither, and the walk below cannot find one here (a cut on the
    ** many tokens this loop passes). */
    if (!w->verb[i] && !(w->word[i] & (QW_LIGHTN | QW_AUX | QW_AUXPL)) &&
        !(i + 1 < w->ntok && (w->verb[i + 1] & QV_INFIN))) {
      k = i;
      continue;
    }
    /* a verb group ending here: walk to its auxiliary */
    for (size_t a = i, s = 0; s < 6 && a > 0; s++, a--) {
      if (w->word[a] & (QW_AUX | QW_AUXPL)) {
        start = a;
        break;
      }
      if (!is_word(w, a)) break;
    }
    if (!q_verb_group(w, start, &last, &vf) || last != i) {
      if (q_verb_group(w, i, &last, &vf))
        start = i;
      else {
        k = i;
        continue;
      }
    }
    if (!(vf & (QV_QUE | QV_OBJ | QV_INF | QV_WEAK)) && last + 1 != open &&
        !(last + 2 == open && Q_ISPUNCT(w, last + 1, ':'))) {
      /* continuer, poursuivre, lancer: incise verbs, not introducers */
      k = start;
      continue;
    }
    if ((vf & QV_WEAK) && !colon &&
        !(last + 1 < w->ntok && (w->word[last + 1] & QW_QUE)) &&
        !names_fragment(w, last, open)) {
      k = start;
      continue;
    }
    size_t where;
    int32_t spk;
    if (w->tok[start].flags & PRESSE_TF_INVERTED)
      spk = q_resolve_pronoun(w, start, (w->word[start] & QW_ELLE) != 0);
    else if (w->verb[last] & QV_GER) {
      /* "précisant que": the subject of the main verb before it */
      size_t m = start;
      spk = -1;
      for (size_t a = start, s = 0; a > 0 && s < 40; s++) {
        a--;
        if (w->inq[a]) {
          const qdirect *p = &w->dq[w->inq[a] - 1];
          a = p->open != Q_NONE ? p->open : p->t0;
          continue;
        }
        if (sent_end_tok(w, a)) break;
        size_t l2;
        uint16_t v2;
        if ((w->word[a] & (QW_AUX | QW_AUXPL)) &&
            q_verb_group(w, a, &l2, &v2)) {
          m = a;
          break;
        }
        if ((w->verb[a] & QV_FIN) && speech(w->verb[a])) {
          m = a;
          break;
        }
      }
      if (m != start && (w->tok[m].flags & PRESSE_TF_INVERTED))
        /* "« … », a-t-il souligné, ajoutant que …" */
        spk = q_resolve_pronoun(w, m, (w->word[m] & QW_ELLE) != 0);
      else if (m != start)
        spk = q_subject_before(w, m, &where);
      if (spk < 0 && (w->tok[start].flags & PRESSE_TF_SENT_START)) {
        /* "Estimant que « … », il a voté contre": the subject follows */
        size_t c = d->close != Q_NONE ? d->close + 1 : d->t1, e;
        if (c < w->ntok && Q_ISPUNCT(w, c, ',')) {
          spk = q_speaker_at(w, c + 1, w->ntok, &e);
          if (spk == -3) spk = -1;
        }
      } else if (spk < 0) {
        /* "X défend cette mesure, parlant d'un « … »": the subject of
        ** the sentence */
        spk = q_subject_before(w, start, &where);
      }
      if (spk >= 0) w->how = w->how == QH_NAME ? QH_NAME : w->how;
      return set_cue(w, d, start, last + 1, spk, QR_SUBJECT);
    } else if (comme_cue(w, start)) {
      /* "comme le rappelle X, « … »": the subject follows the verb */
      size_t e, a = last + 1;
      while (a < open && adv_like(w, a))
        a++;
      spk = q_speaker_at(w, a, open, &e);
      if (spk == -3) spk = -1;
      return set_cue(w, d, start, last + 1, spk, QR_SELON);
    } else {
      spk = q_subject_before(w, start, &where);
      /* a subject pronoun before the verb, even unresolved, leaves the
      ** words after the verb its object ("Il a promis un gouvernement
      ** « … »") */
      int pron = start > 0 && is_word(w, start - 1) &&
                 (w->word[start - 1] & (QW_IL | QW_ELLE | QW_PRONPL)) &&
                 !(w->tok[start - 1].flags & PRESSE_TF_INVERTED);
      if (spk < 0 && !pron) {
        /* postposed subject before the quote: "a déclaré X : « »" */
        size_t e;
        spk = q_speaker_at(w, last + 1, open, &e);
        if (spk == -3) spk = -1;
      }
      if (spk < 0) spk = plain_subject(w, start);
      if (spk < 0) spk = bare_subject(w, start);
      if (spk < 0) spk = on_at_group(w, start);
    }
    return set_cue(w, d, start, last + 1, spk, QR_CUE_BEFORE);
  }
  if (colon) {
    /* "le graphiste s'est basé sur le raisonnement suivant : « »": the
    ** subject of the sentence introducing the quote. */
    size_t s = open - 1;
    while (s > 0 && !sent_end_tok(w, s - 1) &&
           w->para[s - 1] == w->para[open - 1] && !w->inq[s - 1])
      s--;
    /* "Pour construire ce code, le graphiste ...": a leading adverbial
    ** phrase before the subject. */
    int sub = q_tok_is(w, s, "bien") || q_tok_is(w, s, "alors") ||
              q_tok_is(w, s, "si") || q_tok_is(w, s, "quand") ||
              q_tok_is(w, s, "lorsque") || q_tok_is(w, s, "lorsqu") ||
              q_tok_is(w, s, "puisque") || q_tok_is(w, s, "tandis");
    if (is_word(w, s) && ((w->word[s] & QW_PREP) || sub))
      for (size_t c = s + 1; c + 1 < open && c < s + (sub ? 25 : 12); c++)
        if (Q_ISPUNCT(w, c, ',')) {
          s = c + 1;
          break;
        }
    for (size_t i = s; i + 1 < open; i++) {
      size_t e;
      if (w->ent[i] >= 0 && w->ents->ent[w->ent[i]].type != PRESSE_PER) {
        i = q_ent_last(w, i);
        continue;
      }
      if (w->word[i] & QW_PREP) break;
      int32_t spk = q_speaker_at(w, i, open, &e);
      if (spk == -3) spk = function_as_written(w, i, open);
      if (spk >= 0) return set_speaker(w, d, spk, QR_SUBJECT);
      if (spk == -3) return 0;
      if (w->tok[i].kind == PRESSE_TOK_PUNCT) break;
    }
    /* else the nearest subject before the colon ("…, où il s'était pris
    ** au président : « »") */
    size_t where;
    int32_t spk = q_subject_before(w, open - 1, &where);
    if (spk >= 0) return set_speaker(w, d, spk, QR_SUBJECT);
  }
  return 0;
}

static int starts_sentence(const qwork *w, const qdirect *d) {
  size_t o = d->open != Q_NONE ? d->open : d->t0;
  if (o == 0 || w->para[o - 1] != w->para[o]) return 1;
  return sent_end_tok(w, o - 1) || Q_ISPUNCT(w, o - 1, ':');
}

/* A fragment right after a subject pronoun, with no speech verb: "Le but
** est qu'il « doit être compris par tous »": the words of that person. */
static int pronoun_fragment(qwork *w, qdirect *d) {
  size_t o = d->open;
  if (o == Q_NONE || o == 0 || !q_personal_pronoun(w, o - 1)) return 0;
  int32_t spk =
      q_resolve_pronoun_mode(w, o - 1, (w->word[o - 1] & QW_ELLE) != 0, 1);
  if (spk < 0) return 0;
  set_speaker(w, d, spk, QR_SUBJECT);
  d->weak = 1;
  return 1;
}

/* "Elle envisage une extension vers Nice et la Côte d'Azur « … »": a
** fragment with no verb before it in a sentence that opens with il /
** elle is the words of that pronoun's person (the words right before the
** fragment are an object, whatever entities() makes of them). Sets the
** speaker and returns 1 when the pronoun resolves. */
static int pronoun_sentence(qwork *w, qdirect *d) {
  size_t s = d->open;
  for (size_t n = 0; s > 0 && n < 40; n++) {
    if (sent_end_tok(w, s - 1) || w->para[s - 1] != w->para[d->open] ||
        w->inq[s - 1])
      break;
    s--;
  }
  if (s == d->open || !(w->tok[s].flags & PRESSE_TF_SENT_START) ||
      !q_personal_pronoun_at(w, s))
    return 0;
  size_t n0 = w->nspk;
  int32_t spk = q_resolve_pronoun(w, s, (w->word[s] & QW_ELLE) != 0);
  if (spk < 0) {
    w->nspk = n0;
    return 0;
  }
  set_speaker(w, d, spk, QR_SUBJECT);
  return 1;
}

/* A fragment inside a sentence that no cue attributes: "X a accusé le
** gouvernement de « … »", "X décrit des scènes « … »", "X se souvient
** d'une enfant « … »". ANNOTATION.md makes it the words of the sentence's
** speaker: the subject of the nearest verb before it (an auxiliary or a
** finite speech verb marks it), else of the words before the fragment.
** Runs once per quotation and looks back at most one sentence. */
static int fragment_subject(qwork *w, qdirect *d) {
  if (d->open == Q_NONE || starts_sentence(w, d)) return 0;
  size_t open = d->open, v = open;
  for (size_t k = open, s = 0; k > 0 && s < 40; s++) {
    size_t i = k - 1;
    if (w->inq[i]) {
      const qdirect *p = &w->dq[w->inq[i] - 1];
      k = p->open != Q_NONE ? p->open : p->t0;
      continue;
    }
    if (sent_end_tok(w, i) || w->para[i] != w->para[open]) break;
    if (is_word(w, i) && !(w->tok[i].flags & PRESSE_TF_INVERTED) &&
        ((w->word[i] & (QW_AUX | QW_AUXPL)) || (w->verb[i] & QV_FIN))) {
      v = i;
      break;
    }
    /* "X a fait savoir que le chef de l'État souhaitait « … »": in a
    ** que-clause, the speaker is the subject of the verb governing it */
    if (is_word(w, i) && (w->word[i] & QW_QUE) && !(w->word[i] & QW_REL) &&
        v == open)
      v = Q_NONE;
    k = i;
  }
  if (v == Q_NONE) return 0;
  if (v == open && pronoun_sentence(w, d)) return 1;
  size_t where;
  size_t n0 = w->nspk;
  int32_t spk = q_subject_before(w, v, &where);
  /* no verb before the fragment ("Elle envisage une extension vers la
  ** Côte d'Azur « … »"): a place is an object there, not who speaks; the
  ** subject is read before it */
  for (int s = 0;
       s < 2 && spk >= 0 && v == open && where < w->ntok &&
       w->ent[where] >= 0 && w->ents->ent[w->ent[where]].type == PRESSE_LOC;
       s++) {
    if ((size_t)spk >= n0) w->nspk = n0; /* a speaker added for it */
    n0 = w->nspk;
    spk = s ? -1 : q_subject_before(w, where, &where);
  }
  if (spk < 0) return 0;
  set_speaker(w, d, spk, QR_SUBJECT);
  return 1;
}

/* "À la Confédération paysanne, on met en garde contre une « … »": a
** fragment in a sentence whose subject is the collective "on" of a group
** named before it (on_at_group) is that group's, whatever the verb. */
static int on_group_fragment(qwork *w, qdirect *d) {
  if (d->open == Q_NONE) return 0;
  for (size_t k = d->open, s = 0; k > 1 && s < 30; s++) {
    size_t i = k - 1;
    if (w->inq[i]) {
      const qdirect *p = &w->dq[w->inq[i] - 1];
      k = p->open != Q_NONE ? p->open : p->t0;
      continue;
    }
    if (sent_end_tok(w, i) || w->para[i] != w->para[d->open]) return 0;
    if (q_tok_is(w, i, "on") && Q_ISPUNCT(w, i - 1, ',')) {
      int32_t spk = on_at_group(w, i + 1);
      if (spk < 0) return 0;
      set_speaker(w, d, spk, QR_SUBJECT);
      return 1;
    }
    k = i;
  }
  return 0;
}

/* "Pour lui, son client a été « le bouc émissaire » d'un groupe qui « … »":
** a fragment inside reported speech (an indirect quote whose words hold
** it) is the words of that report's speaker (ANNOTATION.md), whatever
** the verb next to it. */
static int report_fragment(qwork *w, qdirect *d) {
  /* iq in order: from the first report that may reach d (q_iq_end) */
  int ord = !w->iq_unsorted;
  size_t i =
      ord && d->t0 > w->iq_maxlen ? q_iq_end(w, d->t0 - w->iq_maxlen) : 0;
  for (; i < w->niq; i++) {
    const qindirect *r = &w->iq[i];
    if (ord && r->t0 > d->t0) break;
    if (r->spk < 0 || r->t0 > d->t0 || r->t1 < d->t1) continue;
    w->how = r->how;
    set_speaker(w, d, r->spk, QR_SUBJECT);
    return 1;
  }
  return 0;
}

/* "Une mesure jugée « très insuffisante » par la FCPE", "un texte qualifié
** de « … » par les syndicats": a speech participle right before the
** fragment (maybe with de), its agent right after it. The passive's agent
** is who speaks, whatever the sentence around it. */
static int passive_agent(qwork *w, qdirect *d) {
  if (d->open == Q_NONE || d->close == Q_NONE || d->open < 2) return 0;
  size_t v = d->open - 1, p = d->close + 1, e;
  if (q_de(w, v)) v--;
  if (!is_word(w, v) || !(w->verb[v] & QV_PART) || !speech(w->verb[v]) ||
      p + 1 >= w->ntok || !q_tok_is(w, p, "par") ||
      w->para[p] != w->para[d->open])
    return 0;
  int32_t spk = q_speaker_at(w, p + 1, w->ntok, &e);
  if (spk == -3) spk = function_as_written(w, p + 1, w->ntok);
  if (spk < 0) return 0;
  set_speaker(w, d, spk, QR_SUBJECT);
  return 1;
}

/* "« … » : entretien avec la glaciologue X", "« … » : X": a quotation
** opening a headline line, a colon, then words with no verb and a
** person's name ending the line: the person the headline quotes. */
static int headline_name_after(qwork *w, qdirect *d) {
  if (d->open == Q_NONE || d->close == Q_NONE ||
      !(d->open == 0 || (w->tok[d->open].flags & PRESSE_TF_LINE_START)))
    return 0;
  size_t c = d->close + 1;
  if (c >= w->ntok || !Q_ISPUNCT(w, c, ':')) return 0;
  for (size_t a = c + 1; a < w->ntok && a < c + 10; a++) {
    if (w->para[a] != w->para[c] || w->inq[a]) return 0;
    if (w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type == PRESSE_PER &&
        q_ent_first(w, a) == a) {
      size_t l = q_ent_last(w, a) + 1;
      if (l < w->ntok && w->para[l] == w->para[c] && !sent_end_tok(w, l))
        return 0;
      set_speaker(w, d, q_entity_speaker(w, w->ent[a], (uint32_t)a), QR_SELON);
      return 1;
    }
    if (!is_word(w, a) || w->ent[a] >= 0 || w->verb[a] ||
        (upper(w, a) && a != c + 1))
      return 0;
  }
  return 0;
}

/* The last resorts for a quotation that no cue nor subject attributed:
** readings of the sentence structure around it. */
static void unattributed_fragment(qwork *w, qdirect *d) {
  if (!on_group_fragment(w, d) && !passive_agent(w, d) &&
      !headline_name_after(w, d))
    report_fragment(w, d);
}

int q_attribute(qwork *w) {
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    if (post_cue(w, d) || incise(w, d) || pre_cue(w, d) ||
        incise_period(w, d) || incise_named(w, d)) {
      if (d->spk < 0) fragment_subject(w, d);
      if (d->spk < 0) unattributed_fragment(w, d);
      continue;
    }
    if (!pronoun_fragment(w, d)) fragment_subject(w, d);
    if (d->spk < 0) unattributed_fragment(w, d);
  }
  return w->nspk > 0 && w->spk == NULL ? PRESSE_ENOMEM : PRESSE_OK;
}

/* "Devant sa cave, le viticulteur X contemple le désastre. « … »": a
** sentence of narration whose subject is a named person, right before a
** quotation with no cue in its paragraph, introduces that person as the
** speaker. The subject: the first person of the sentence opening it, after
** a comma, or after a determiner and a noun ("le viticulteur X"), not
** after a preposition nor in parentheses. A sentence holding a quotation
** or ending with a colon introduces nobody. Looks back one sentence. */
/* "X, 34 ans, attend un logement. Elle vit avec ses enfants. « … »": the
** sentence before opens with il / elle, whose antecedent is the person
** it introduces (a person only; -1 leaves the previous speaker), not the
** previous speaker when another person was named between. */
static int32_t intro_pronoun(qwork *w, size_t s) {
  size_t n = w->nspk;
  int32_t p = q_resolve_pronoun(w, s, (w->word[s] & QW_ELLE) != 0);
  if (p >= 0 && w->spk[p].person) return p;
  w->nspk = n;
  return -1;
}

/* "Un avis que ne partage pas X. « … »", "C'est ce qu'explique X.": a
** person closing the sentence after the verb of a que-relative is that
** clause's subject, inverted, and the person the sentence introduces
** (the previous speaker's words are what X does not share). [s, o): the
** sentence, o its quotation's opening mark. */
static int32_t inverted_relative_subject(qwork *w, size_t s, size_t o) {
  size_t end = o - 1; /* the sentence's final punctuation */
  if (end <= s + 3 || w->ent[end - 1] < 0) return -1;
  int32_t x = w->ent[end - 1];
  size_t f = q_ent_first(w, end - 1);
  if (w->ents->ent[x].type != PRESSE_PER || f <= s + 2) return -1;
  size_t v = f - 1;
  while (v > s && is_word(w, v) && (w->word[v] & (QW_NEG | QW_ADV)))
    v--;
  /* the verb: a lowercase word, no function word, title or group noun */
  if (!is_word(w, v) || upper(w, v) || w->ent[v] >= 0 ||
      (w->word[v] & ~QW_KNOWN) ||
      (w->feat[v] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)))
    return -1;
  size_t q = v - 1;
  if (q > s && is_word(w, q) && (w->word[q] & QW_NEG)) q--;
  if (!is_word(w, q) || !(w->word[q] & QW_QUE)) return -1;
  return q_entity_speaker(w, x, (uint32_t)f);
}

static int32_t intro_person(qwork *w, size_t o) {
  if (o == 0 || w->para[o - 1] != w->para[o] || !sent_end_tok(w, o - 1))
    return -1;
  size_t s = o - 1;
  for (size_t n = 0; s > 0 && n < 60; n++) {
    size_t i = s - 1;
    if (w->para[i] != w->para[o] || sent_end_tok(w, i) || Q_ISPUNCT(w, i, ':'))
      break;
    if (w->inq[i]) {
      /* a quotation that ends its sentence ("« … ». X, elle, …") bounds it */
      const qdirect *p = &w->dq[w->inq[i] - 1];
      if (p->t1 > p->t0 && sent_end_tok(w, p->t1 - 1) &&
          (i == p->close || i + 1 == p->t1))
        break;
      return -1;
    }
    s = i;
  }
  if (s > 0 && w->para[s - 1] == w->para[o] && !sent_end_tok(w, s - 1) &&
      !w->inq[s - 1])
    return -1; /* too long a sentence, or after a colon */
  if (q_personal_pronoun_at(w, s)) return intro_pronoun(w, s);
  for (size_t f = s; f + 1 < o; f++) {
    if (w->ent[f] < 0) continue;
    int32_t x = w->ent[f];
    size_t l = q_ent_last(w, f);
    if (w->ents->ent[x].type == PRESSE_PER && f == q_ent_first(w, f) &&
        !q_after_preposition(w, f) &&
        (f == s || Q_ISPUNCT(w, f - 1, ',') ||
         (f >= s + 2 && is_word(w, f - 1) && (w->word[f - 2] & QW_DET))))
      return q_entity_speaker(w, x, (uint32_t)f);
    f = l;
  }
  return inverted_relative_subject(w, s, o);
}

/* After the indirect quotes are known: a quotation standing alone as a
** sentence with no cue continues the previous speaker, or the person the
** sentence before introduces. */
int q_continue_speakers(qwork *w) {
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    if (d->spk >= 0 || d->cue0 != Q_NONE) continue;
    size_t words = 0;
    for (size_t k = d->t0; k < d->t1 && words < 4; k++)
      words += is_word(w, k);
    if (words < 4 || !starts_sentence(w, d)) continue;
    d->spk =
        w->ents ? intro_person(w, d->open != Q_NONE ? d->open : d->t0) : -1;
    if (d->spk < 0) d->spk = q_last_speaker(w, d->t0, 0);
    d->rule = d->spk >= 0 ? QR_CONTINUITY : QR_NONE;
    d->how = QH_NONE;
    d->weak = 1;
  }
  return PRESSE_OK;
}

/* ------------------------------------------------ headline quotations */

/* Words of [a0, a1) found as a run in [b0, b1): the longest run of equal
** words, punctuation skipped. */
static size_t common_run(const qwork *w, size_t a0, size_t a1, size_t b0,
                         size_t b1) {
  size_t best = 0;
  for (size_t i = a0; i < a1; i++) {
    if (!is_word(w, i)) continue;
    for (size_t j = b0; j < b1; j++) {
      if (!is_word(w, j) || !same_word(w, i, j)) continue;
      size_t x = i, y = j, run = 0;
      while (x < a1 && y < b1) {
        if (!is_word(w, x)) {
          x++;
          continue;
        }
        if (!is_word(w, y)) {
          y++;
          continue;
        }
        if (!same_word(w, x, y)) break;
        run++;
        x++;
        y++;
      }
      if (run > best) best = run;
    }
  }
  return best;
}

/* A headline quotation attributed without a cue: the topic before a
** colon (`Ville : « … »`, `Le club renverse X, « … »`), words no list
** knows, a function guessed. Headlines name the subject of the news, not
** the one quoted, so the body's speaker of the same words is better. */
static int headline_weak(const qdirect *h) {
  return h->rule == QR_SUBJECT || h->rule == QR_CONTINUITY ||
         h->how == QH_BARE || h->how == QH_GUESS;
}

/* An intertitle: a short paragraph (at most 24 tokens) holding the
** quotation at `o` that ends with no full stop (`« On a tout perdu »`,
** `Un feu de décembre, « … »`): it announces words the section below
** quotes, not the speaker of the section above. */
static int intertitle(const qwork *w, size_t o) {
  if (o >= w->ntok) return 0;
  uint32_t p = w->para[o];
  size_t a = o, b = o;
  while (a > 0 && w->para[a - 1] == p && o - a < 24)
    a--;
  while (b + 1 < w->ntok && w->para[b + 1] == p && b - a < 24)
    b++;
  if (b - a >= 24 || (a > 0 && w->para[a - 1] == p)) return 0;
  if (b + 1 >= w->ntok) return 0; /* the last words are no title */
  return !Q_ISPUNCT(w, b, '.');
}

/* "« … », a indiqué la préfecture maritime de X, qui parle d'un
** sauvetage « … »", "a regretté le gaucher de Y, qui se dit « … »": a
** relative right after the subject of a postposed cue has that subject
** for antecedent, not the last name of its group; the quotation it
** governs is the earlier quotation's speaker's. */
void q_relative_speakers(qwork *w) {
  for (size_t i = 1; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    const qdirect *p = &w->dq[i - 1];
    if (d->cue0 == Q_NONE || d->cue0 >= w->ntok || d->cue0 < 2 ||
        d->cue0 > d->t0 || p->spk < 0 || p->rule != QR_CUE_AFTER ||
        p->cue1 == Q_NONE || p->cue1 > d->cue0)
      continue;
    size_t k = d->cue0;
    while (k > 0 && clitic(w, k - 1))
      k--;
    if (k < 2 || !q_tok_is(w, k - 1, "qui") || !Q_ISPUNCT(w, k - 2, ','))
      continue;
    /* the comma ends the earlier quotation's postposed subject: nothing
    ** but that cue's words between its closing mark and the comma */
    size_t c = k - 2, from = p->close != Q_NONE ? p->close : p->t1;
    if (from >= c || c - from > 16) continue;
    int clean = 1;
    for (size_t a = from + 1; a < c && clean; a++)
      clean = !sent_end_tok(w, a) && !w->inq[a] &&
              !(a > from + 1 && Q_ISPUNCT(w, a, ','));
    if (!clean) continue;
    d->spk = p->spk;
    d->how = p->how;
    d->rule = QR_CUE_BEFORE;
    d->weak = 0;
  }
}

/* A quotation in the headline (the first lines of the text, no final
** period) with no speaker, or one read from no cue, belongs to whoever
** says the same words in the body. */
int q_headline_speakers(qwork *w) {
  /* no quotation, no headline to read (many texts: the count below
  ** costs 60 tokens' steps) */
  if (!w->ndq) return PRESSE_OK;
  /* the headline: the first three lines (a site name or a rubric may
  ** come before it), at most 60 tokens */
  size_t lim = 0, lines = 0, end = w->ntok < 60 ? w->ntok : 60;
  /* line starts are rare: a branch on the flag, not a count each token */
  for (; lim < end; lim++)
    if ((w->tok[lim].flags & PRESSE_TF_LINE_START) && ++lines > 3) break;
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *h = &w->dq[i];
    size_t o = h->open != Q_NONE ? h->open : h->t0;
    if (o >= lim || h->t1 > lim + 40) {
      if (!intertitle(w, o)) continue;
    }
    if (h->spk >= 0 && !headline_weak(h)) continue;
    size_t words = 0;
    for (size_t k = h->t0; k < h->t1; k++)
      words += is_word(w, k);
    if (words < 2 || words > 40) continue;
    for (size_t j = i + 1; j < w->ndq && j < i + 64; j++) {
      const qdirect *b = &w->dq[j];
      if (b->spk < 0 || b->rule == QR_CONTINUITY) continue;
      size_t run = common_run(w, h->t0, h->t1, b->t0, b->t1);
      if (run >= (words < 4 ? words : 4)) {
        h->spk = b->spk;
        h->rule = QR_HEADLINE;
        h->how = b->how;
        h->weak = 1;
        break;
      }
    }
  }
  return PRESSE_OK;
}

/* ------------------------------------------- definite descriptions */

/* The definite article of the noun group whose head is at h ("le
** praticien", "la jeune femme", "l'élue schaerbeekoise"): its token, or
** Q_NONE when the group opens otherwise (un, des, les, a possessive). */
static size_t definite_article(const qwork *w, size_t h) {
  for (size_t d = h; d-- > 0 && h - d <= 2;) {
    if (!is_word(w, d) || w->inq[d]) return Q_NONE;
    if (w->word[d] & (QW_DET | QW_POSS)) return q_def_sg(w, d) ? d : Q_NONE;
    if (w->verb[d] || upper(w, d) || w->ent[d] >= 0) return Q_NONE;
  }
  return Q_NONE;
}

/* The person a definite description at d designates for a reader when
** nobody was named with its noun: the subject of the sentence it opens
** or of one of the two before ("Le Japonais X repart avec le prix.
** Interrogé, le mangaka a dit …", "X, chef du service, … « … »,
** déplore-t-il. Le praticien assure …"), or the person quoted there.
** Subjects only: not after a preposition, not in parentheses; of the
** article's gender; not named with another function than the noun at t.
** -1 when none. Bounded: two sentences, 300 tokens. */
static int32_t described_person(qwork *w, size_t d, size_t t, size_t t1,
                                const qdirect *self) {
  uint8_t g = q_det_gender(w, d);
  int cls = function_class(w, t, t1);
  /* a noun for any person ("la jeune femme", class 99) conflicts with
  ** no function a person was named with */
  int title = (w->feat[t] & (QT_TITLE_M | QT_TITLE_F)) && cls != GENERIC_CLASS;
  uint32_t last = w->tok[d].sent;
  int crossed = 0, first = 1, adjective = adjective_modifier(w, t, t1);
  for (size_t i = d, n = 0; i-- > 0 && n < 300; n++) {
    if (w->para[d] - w->para[i] > 1) break;
    if (w->inq[i]) {
      const qdirect *q = &w->dq[w->inq[i] - 1];
      if (q != self && q->spk >= 0 && w->spk[q->spk].person &&
          (!g || !w->spk[q->spk].gender || w->spk[q->spk].gender == g) &&
          !(title && other_function(w, &w->spk[q->spk], t, cls)))
        return q->spk;
      size_t o = q->open != Q_NONE ? q->open : q->t0;
      if (o < i) i = o;
      continue;
    }
    if (w->tok[i].sent != last) {
      last = w->tok[i].sent;
      if (++crossed > 2) break;
    }
    if (w->ent[i] < 0) continue;
    size_t f = q_ent_first(w, i), l = q_ent_last(w, i);
    int32_t e = w->ent[i];
    i = f;
    if (w->ents->ent[e].type != PRESSE_PER) continue;
    if (first && adjective && right_after_preposition(w, f)) {
      /* as in paragraph_person: "après une main de Y. … l'entraîneur
      ** rémois" names a new holder unless Y has a function or spoke */
      size_t n0 = w->nspk;
      int32_t y = q_entity_speaker(w, e, (uint32_t)f);
      int holder =
          y >= 0 && (w->spk[y].tt1 > w->spk[y].tt0 || quoted_before(w, y, t));
      w->nspk = n0;
      if (!holder) return -1;
    }
    first = 0;
    if ((f > 0 && Q_ISPUNCT(w, f - 1, '(')) || q_after_preposition(w, f))
      continue;
    uint8_t eg = q_entity_gender(w, e);
    if (g && eg && eg != g) continue;
    if (title && named_fitting(w, f, l, t, t1, cls) < 0) continue;
    size_t n0 = w->nspk;
    int32_t s = q_entity_speaker(w, e, (uint32_t)f);
    if (s >= 0 && title && other_function(w, &w->spk[s], t, cls)) {
      w->nspk = n0;
      continue;
    }
    return s;
  }
  return -1;
}

/* Whether the noun group [h, t1) has no complement but a place ("le
** député de la Gironde" is a person the text presents; "le ministre de
** la Culture", "le président de l'ASVEL" are functions a reader takes as
** written when nobody was named with them). */
static int place_complement_only(const qwork *w, size_t h, size_t t1) {
  for (size_t k = h + 1; k < t1; k++) {
    if (portfolio_to(w, k)) return 0; /* "délégué au Commerce extérieur" */
    if (!q_de_word(w, k)) continue;
    size_t c = k + 1;
    if (c < t1 && (q_tok_is(w, c, "la") || q_tok_is(w, c, "l"))) c++;
    if (c < t1 && w->tok[c].kind == PRESSE_TOK_NUMBER) continue; /* age */
    /* "mère de famille", "milieu de terrain": a compound noun */
    if (c == k + 1 && q_de(w, k) && c < t1 && is_word(w, c) && !upper(w, c) &&
        !(w->word[c] & QW_KNOWN))
      continue;
    if (c >= t1 || w->ent[c] < 0 || w->ents->ent[w->ent[c]].type != PRESSE_LOC)
      return 0;
    k = q_ent_last(w, c);
  }
  return 1;
}

/* Whether the noun at h describes an organisation (data/speaker_bodies.txt:
** "l'institution", "la banque publique"). */
static int body_noun(const qwork *w, size_t h) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, h, b);
  return n && presse_lex_find(&lex_speaker_bodies, b, n) != NULL;
}

/* Where the mention starting at f stands, for a body that may speak: 2 a
** subject opening its clause or the complement of a noun ("le juge des
** référés du Conseil d'État"), 1 a source (selon, d'après), 0 an object
** ("saisira le Conseil constitutionnel", "sur X"). */
static int body_position(const qwork *w, size_t f) {
  size_t p = f;
  if (p > 0 && is_word(w, p - 1) && (w->word[p - 1] & QW_DET) &&
      !(w->word[p - 1] & QW_PREP))
    p--;
  if (p == 0 || (w->tok[p].flags & PRESSE_TF_SENT_START) || !is_word(w, p - 1))
    return 2;
  if (w->feat[p - 1] & (QT_SELON | QT_DAPRES)) return 1;
  if (!(w->word[p - 1] & QW_PREP)) return 0;
  return q_de_word(w, p - 1) ? 2 : 0;
}

/* The organisation a definite description of a body at d designates:
** the first one named as a subject or a noun's complement, outside
** quotations, in the latest of its sentence and the two before that
** names one ("Bpifrance, qui détient 11 % du capital, apportera ses
** titres. La banque publique estime …"; "Le juge du Conseil d'État a
** suspendu l'arrêté pris par la municipalité du parti X. La juridiction
** estime …" is the Conseil d'État); else the last source named there
** ("Selon la Banque mondiale, … L'institution estime …"). -1 when none
** or when another organisation is coordinated with it. */
static int32_t described_body(qwork *w, size_t d) {
  uint32_t last = w->tok[d].sent;
  int crossed = 0;
  int32_t e = -1, src = -1;
  size_t ef = 0, srcf = 0;
  for (size_t i = d, n = 0; i-- > 0 && n < 300; n++) {
    if (w->para[d] - w->para[i] > 1) break;
    if (w->inq[i]) continue;
    if (w->tok[i].sent != last) {
      if (e >= 0) break;
      last = w->tok[i].sent;
      if (++crossed > 2) break;
    }
    if (w->ent[i] < 0) continue;
    size_t f = q_ent_first(w, i);
    int32_t x = w->ent[i];
    i = f;
    if (w->ents->ent[x].type != PRESSE_ORG) continue;
    int pos = body_position(w, f);
    if (pos == 2) {
      e = x;
      ef = f;
    } else if (pos == 1 && src < 0) {
      src = x;
      srcf = f;
    }
  }
  if (e < 0) {
    e = src;
    ef = srcf;
  }
  if (e < 0) return -1;
  /* "X et Y ont signé. La société affirme …": either, the group as
  ** written (Y a name entities() may have missed) */
  size_t c = q_ent_last(w, ef) + 1;
  if (c + 1 < w->ntok && (q_tok_is(w, c, "et") || q_tok_is(w, c, "ou"))) {
    size_t o = c + 1;
    if (o + 1 < w->ntok && (w->word[o] & QW_DET) && !(w->word[o] & QW_PREP))
      o++;
    if (is_word(w, o) &&
        (w->ent[o] >= 0 ? w->ents->ent[w->ent[o]].type != PRESSE_PER
                        : upper(w, o)))
      return -1;
  }
  return q_entity_speaker(w, e, (uint32_t)ef);
}

/* described_body() and body_noun(), for quotes_canon.c. */
int32_t q_described_body(qwork *w, size_t d) {
  return described_body(w, d);
}
int q_body_noun(const qwork *w, size_t h) {
  return body_noun(w, h);
}

/* After attribution: a speaker given as a definite function group as
** written ("le député de la Gironde", "la mère de famille", evidence
** plain) is, for a reader, the person the text has just been about, when
** there is one (described_person); a definite description of a body
** ("l'institution", "la banque publique", "le mouvement chiite") the
** organisation just named (described_body). Evidence title-guess. */
void q_definite_speakers(qwork *w) {
  if (!w->ents) return;
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *q = &w->dq[i];
    if (q->spk < 0 || (q->how != QH_BARE && q->how != QH_GROUP)) continue;
    size_t h = w->spk[q->spk].at;
    /* an institution group is recorded from its article */
    if (h + 1 < w->ntok && is_word(w, h) && (w->word[h] & QW_DET)) h++;
    if (h >= w->ntok || !is_word(w, h) || upper(w, h)) continue;
    size_t d = definite_article(w, h);
    if (d == Q_NONE) continue;
    size_t t1 = q_title_end(w, h, w->ntok);
    int32_t s = -1;
    if (q->how == QH_BARE && (w->feat[h] & (QT_TITLE_M | QT_TITLE_F)) &&
        place_complement_only(w, h, t1))
      s = described_person(w, d, h, t1, q);
    else if (body_noun(w, h) && place_complement_only(w, h, t1))
      s = described_body(w, d);
    if (s < 0) continue;
    q->spk = s;
    q->how = QH_GUESS;
  }
}

/* A body speaker's full name: a body named somewhere in the text with a
** place after it ("la FDSEA des Hautes-Alpes a qualifié …", "selon la
** préfecture" in the headline, "la préfecture du Var" in the body) is
** that body wherever its short name speaks, as the gold names it (its
** canonical name), when the text gives it one place only. Persons keep
** their names. 0 when there is nothing to add, else 1 and the span in
** *f0, *f1. */
static int full_body_name(const qwork *w, int32_t s, const uint32_t *de,
                          size_t nde, uint32_t *f0, uint32_t *f1) {
  const qspeaker *p = &w->spk[s];
  if (p->person || p->b1 <= p->b0) return 0;
  uint32_t n = p->b1 - p->b0;
  size_t s0 = q_tok_from(w->tok, w->ntok, 0, p->b0), len = 1;
  if (s0 >= w->ntok || w->tok[s0].b0 != p->b0) return 0;
  while (s0 + len < w->ntok && len < 8 && w->tok[s0 + len - 1].b1 < p->b1)
    len++;
  if (w->tok[s0 + len - 1].b1 != p->b1) return 0;
  /* a body with local branches: a group noun as written ("préfecture")
  ** or an acronym ("FDSEA"), not a proper name ("Commission européenne") */
  const char *c = w->text + p->b0;
  int acro = len == 1 && n >= 2;
  for (uint32_t j = 0; acro && j < n; j++)
    acro = c[j] >= 'A' && c[j] <= 'Z';
  if (!acro && upper(w, s0)) return 0;
  uint32_t fb0 = 0, fb1 = 0;
  /* from each place named after de / du / des back to the name */
  for (size_t j = 0; j < nde; j++) {
    size_t q = de[j], t = q + 1;
    if (q_tok_is(w, t, "la") || q_tok_is(w, t, "l")) t++;
    if (q < len) continue;
    size_t k = q - len;
    if (w->tok[q - 1].b1 - w->tok[k].b0 != n || w->inq[k] ||
        memcmp(w->text + w->tok[k].b0, c, n))
      continue;
    /* a subject, or where the speaker was named ("un porte-parole de la
    ** MSA de Bourgogne"); not a complement ("les abords de la préfecture
    ** des Deux-Sèvres", "le président de la FDSEA de X") */
    if (k != p->at && k != p->at + 1 && q_after_preposition(w, k)) continue;
    uint32_t end = w->tok[q_ent_last(w, t)].b1;
    if (fb1 && (end - w->tok[k].b0 != fb1 - fb0 ||
                memcmp(w->text + fb0, w->text + w->tok[k].b0, fb1 - fb0)))
      return 0; /* two places: which one is not said */
    fb0 = w->tok[k].b0;
    fb1 = end;
  }
  *f0 = fb0;
  *f1 = fb1;
  return fb1 != 0;
}

/* The de / du / des before a place ("de la Méditerranée", "du Var"), at
** most BODY_PLACES of them: the token of de in de[]. */
#define BODY_PLACES 64
static size_t places_after_de(const qwork *w, uint32_t *de) {
  size_t n = 0, t = 0;
  for (size_t e = 0; e < w->ents->n && n < BODY_PLACES; e++) {
    const presse_entity *x = &w->ents->ent[e];
    if (x->type != PRESSE_LOC) continue;
    t = q_tok_from(w->tok, w->ntok, t, x->b0);
    if (t >= w->ntok || w->tok[t].b0 != x->b0 || t < 3) continue;
    size_t q = t - 1;
    if (q_tok_is(w, q, "la") || q_tok_is(w, q, "l")) q--;
    if (q_de_word(w, q)) de[n++] = (uint32_t)q;
  }
  return n;
}

/* What full_body_name() needs across the speakers of a document: the de
** before each place, found once, when a name first asks. */
typedef struct body_places {
  uint32_t de[BODY_PLACES];
  size_t nde; /* SIZE_MAX: not looked for yet */
} body_places;

static int body_name_finder(qwork *w, int32_t s, void *ctx, uint32_t *f0,
                            uint32_t *f1) {
  body_places *p = ctx;
  const qspeaker *o = &w->spk[s];
  /* a lowercase group or an all-capitals name, before any search */
  const char *c = w->text + o->b0;
  if (!(o->b1 > o->b0 + 1 &&
        (*c < 'A' || *c > 'Z' || c[1] < 'a' || c[1] > 'z'))) /* "Commission" */
    return 0;
  if (p->nde == SIZE_MAX) p->nde = places_after_de(w, p->de);
  return p->nde && full_body_name(w, s, p->de, p->nde, f0, f1);
}

void q_full_body_names(qwork *w) {
  if (!w->ents) return;
  body_places p;
  p.nde = SIZE_MAX;
  q_rename_body_speakers(w, body_name_finder, &p);
}
