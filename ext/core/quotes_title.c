/*
** quotes_title.c: functions and titles of speakers. Where a title group
** ("le ministre de l'Intérieur", "la porte-parole du parti") ends, the
** function classes and modifiers that make two titles conflict, and the
** person a title or a definite role noun designates: the holder named
** with it earlier in the paragraph or the document (resolve_title,
** paragraph_person, described_person ...), else a title as written.
**
** A wrong speaker is worse than none: every rule gives up (-1) rather than
** guess when the noun group cannot be resolved.
*/
#include "lexicon.h"
#include "quotes_int.h"

#include <string.h>

#include "lex_speaker_functions.h"
#include "speaker_class_lists.h"
#include "lex_speaker_bodies.h"
#include "lex_speaker_offices.h"
#include "lex_speaker_works.h"

/* data/speaker_functions.txt: classes from 97 on are word classes, but
** for 125 to 129, functions added later (numbers then left free) */
#define RELATION_CLASS 97
#define LATER_FUNCTIONS 125
#define LATER_FUNCTIONS_END 130

/* Whether class v of data/speaker_functions.txt is a function. */
static int function_value(int v) {
  return v < RELATION_CLASS ||
         (v >= LATER_FUNCTIONS && v < LATER_FUNCTIONS_END);
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
  s->spokes = 0;
  s->adj = NULL;
  return (int32_t)w->nspk++;
}

/* Whether token k is a deputy mayor's noun (data/speaker_functions.txt,
** class 102: adjoint, adjointe), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(deputy_noun, DEPUTY_NOUNS)

/* Whether token k is a participle after which a portfolio goes on over
** au, aux (data/speaker_functions.txt, class 103: délégué, chargé),
** compared as literals (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(portfolio_participle, PORTFOLIO_PARTICIPLES)

/* A minister's portfolio goes on over "au" / "aux" after "délégué" or
** "chargé" ("le ministre délégué au Commerce extérieur"), a complement
** like "de" (a function with its own complement is a new holder) ... */
static int portfolio_to(const qwork *w, size_t k) {
  if (k == 0) return 0;
  /* "l'adjoint à la culture", "l'adjointe aux sports": a deputy mayor's
  ** portfolio, after à too */
  if (deputy_noun(w, k - 1) && q_dative(w, k)) return 1;
  if (!q_au_aux(w, k)) return 0;
  return portfolio_participle(w, k - 1);
}

Q_WORD_LIST_TEST(mandate_noun, MANDATE_NOUNS)

/* ... and over "au" / "aux", or "pour" and a determiner, anywhere in
** the group of an office whose mandate follows its body or nationality
** (class 111: "le haut-commissaire des Nations unies aux droits de
** l'homme", "le médiateur ukrainien pour les droits humains";
** build/gen/speaker_class_lists.h); not "pour" and a verb ("a déclaré
** le médiateur pour justifier …"). */
static int mandate_to(const qwork *w, size_t t, size_t k) {
  if (!(q_au_aux(w, k) ||
        (q_pour(w, k) && k + 1 < w->ntok && (w->word[k + 1] & QW_DET) &&
         !(w->word[k + 1] & QW_PREP))))
    return 0;
  return mandate_noun(w, t);
}

/* ... and over "et" before a second capitalised portfolio ("ministre de
** l'Économie et des Finances", "chargée de l'Intelligence artificielle
** et du Numérique"). */
static int portfolio_and(const qwork *w, size_t k) {
  if (!q_and(w, k) || k + 2 >= w->ntok) return 0;
  size_t c = k + 1;
  if (!q_de_word(w, c)) return 0;
  c++;
  if (c + 1 < w->ntok && q_fem_article(w, c)) c++;
  /* a portfolio entities() took for a name of no kind ("des Migrations",
  ** MISC) is still one; a person, a place or a body is no portfolio */
  return q_is_word(w, c) && (w->tok[c].flags & PRESSE_TF_UPPER) &&
         (w->ent[c] < 0 || w->ents->ent[w->ent[c]].type == PRESSE_MISC) &&
         w->para[c] == w->para[k];
}

/* ... and over "et" in a body's name of two kinds and a place ("la chambre
** de métiers et de l'artisanat de Haute-Saône", "la chambre de commerce
** et d'industrie du Gers"): after de and a lowercase noun, "et", a de-word
** (maybe la / l'), one lowercase noun and a place or body after de, in
** one paragraph (spk18b: the group stopped at "et", "chambre de
** métiers"). */
static int body_name_and(const qwork *w, size_t k) {
  if (!q_and(w, k) || k < 2 || k + 4 >= w->ntok || !q_de_word(w, k - 2) ||
      !q_is_word(w, k - 1) || q_upper(w, k - 1) || w->ent[k - 1] >= 0)
    return 0;
  size_t c = k + 1;
  if (!q_de_word(w, c)) return 0;
  c++;
  if (q_fem_article(w, c)) c++;
  if (c + 2 >= w->ntok || !q_is_word(w, c) || q_upper(w, c) || w->ent[c] >= 0 ||
      w->verb[c] || (w->word[c] & QW_KNOWN) || !q_de_word(w, c + 1))
    return 0;
  size_t h = c + 2;
  if (h + 1 < w->ntok && q_fem_article(w, h)) h++;
  return w->ent[h] >= 0 && q_ent_first(w, h) == h &&
         w->ents->ent[w->ent[h]].type != PRESSE_PER && w->para[h] == w->para[k];
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
  if (!w->ents || k < t + 2 || !q_a_au(w, k)) return 0;
  size_t m = k + 1;
  if (m < limit && q_accented_a(w, k) && q_fem_article(w, m)) m++;
  if (m >= limit || w->ent[m] < 0 || q_ent_first(w, m) != m ||
      w->ents->ent[w->ent[m]].type != PRESSE_ORG || w->inq[m])
    return 0;
  return q_ent_last(w, m);
}

/* "le préfet du Jura", "le maire de Sens": a place or body named after de
** completes the function, whatever verb form its first word also is
** ("jura", "sens"): a capitalised word opening a LOC or ORG entity right
** after de / du / des. */
static int named_complement(const qwork *w, size_t k) {
  return w->ent[k] >= 0 && q_ent_first(w, k) == k && q_upper(w, k) &&
         (w->ents->ent[w->ent[k]].type == PRESSE_LOC ||
          w->ents->ent[w->ent[k]].type == PRESSE_ORG) &&
         q_after_de(w, k);
}

/* "la mère de Matthias X", "l'avocat de Jean X", "le président de
** l'Union sociale pour l'habitat": a person's or a body's name after de
** completes the group whole, as entities() spans it. The loop of
** q_title_end stops inside such names (at a PER token not after de, at a
** preposition such as "pour"), and the speaker came out "mère de
** Matthias", "président de l'Union sociale". When a PER or ORG mention
** opens at k right after de and ends before limit, in k's paragraph and
** outside quotations, sets *end past its last token and returns 1. */
static int name_complement_end(const qwork *w, size_t k, size_t limit,
                               size_t *end) {
  if (w->ent[k] < 0 || q_ent_first(w, k) != k || !q_after_de(w, k)) return 0;
  uint8_t type = w->ents->ent[w->ent[k]].type;
  if (type != PRESSE_PER && type != PRESSE_ORG) return 0;
  size_t l = q_ent_last(w, k);
  if (l <= k || l >= limit || w->inq[l] || w->para[l] != w->para[k]) return 0;
  *end = l + 1;
  return 1;
}

/* Whether a determiner that is no preposition stands at k, before limit
** ("tout | le département"). */
static int object_opens(const qwork *w, size_t k, size_t limit) {
  return k < limit && q_is_word(w, k) && (w->word[k] & QW_DET) &&
         !(w->word[k] & QW_PREP);
}

size_t q_title_end(const qwork *w, size_t t, size_t limit) {
  size_t k = t + 1, end = t + 1, span = 10;
  for (; k < limit && k < t + span; k++) {
    if (!q_is_word(w, k) || w->inq[k] || q_clitic(w, k)) break;
    /* a function group never runs over a paragraph break (a headline
    ** "… assure son PDG" then the first paragraph) */
    if (w->para[k] != w->para[t]) break;
    /* ... nor over a line or sentence start: a heading with no final
    ** period ("…, prévient le Premier ministre polonais" then "Le Premier
    ** ministre polonais a été …" on the next line) ends there, and the
    ** article opening the next line is no object after a verb (below,
    ** which dropped "polonais") */
    if (w->tok[k].flags & (PRESSE_TF_LINE_START | PRESSE_TF_SENT_START)) break;
    if (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER &&
        !q_after_de(w, k))
      break;
    if (name_complement_end(w, k, limit, &end)) {
      k = end - 1;
      continue;
    }
    if (in_place_name(w, k)) {
      end = k + 1;
      continue;
    }
    if ((w->verb[k] & (QV_FIN | QV_PART | QV_GER)) && !named_complement(w, k))
      break;
    if (portfolio_and(w, k)) continue;
    if (body_name_and(w, k)) {
      span += 4; /* the second kind and its place: up to 14 words */
      continue;
    }
    size_t seat = chamber_complement(w, t, k, limit);
    if (seat) {
      end = seat + 1;
      break;
    }
    if (w->word[k] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL | QW_ELLE |
                      QW_PRONPL | QW_COORD))
      break;
    if ((w->word[k] & QW_ADV) && !(w->word[k] & (QW_DET | QW_PREP))) {
      /* "le préfet du Var place | tout le département": an adverb before
      ** a determiner opens an object too, after a verb no list knows */
      if (end == k && object_opens(w, k + 1, limit) &&
          !(w->word[k - 1] & QW_PREP))
        end = k - 1;
      break;
    }
    if ((w->word[k] & QW_PREP) && !q_de_word(w, k) && !portfolio_to(w, k) &&
        !mandate_to(w, t, k))
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
int q_ordinal_adjective(const qwork *w, size_t i) {
  if (!q_first_ordinal(w, i) || (w->tok[i].flags & PRESSE_TF_UPPER) ||
      i + 1 >= w->ntok)
    return 0;
  return q_is_word(w, i + 1) && !(w->feat[i + 1] & (QT_TITLE_M | QT_TITLE_F));
}

/* Whether the name starting at f is the complement of the noun before
** it: "de X", "d'X" right before the name. */
static int complement_name(const qwork *w, size_t f) {
  return f > 0 && q_de(w, f - 1);
}

/* Whether the folded word b[0..n) is listed whole in
** data/speaker_functions.txt with class cls (the word classes 97 to 99
** are single words). */
int q_listed_with_class(const char *b, size_t n, int cls) {
  /* one probe of the list's hash index, not a pass over its entries: the
  ** generator keeps one entry a key (the first value wins), so the entry
  ** found is the only one that could match */
  const presse_lex_entry *x =
      n ? presse_lex_find(&lex_speaker_functions, b, n) : NULL;
  return x && x->value == cls;
}

/* Whether the noun at t is an office of a commune ("maire": class 100
** of data/speaker_functions.txt), completed by quotes_canon.c with the
** commune the text names. */
#define COMMUNE_CLASS 100
int q_commune_office(const qwork *w, size_t t) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, t, b);
  return q_listed_with_class(b, n, COMMUNE_CLASS);
}

/* Whether the noun at k names a relation to someone, not a function
** ("homologue", "collègue", "épouse"): class 97 of
** data/speaker_functions.txt. */
static int relation_noun(const qwork *w, size_t k) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, k, b);
  return q_listed_with_class(b, n, RELATION_CLASS);
}

/* "Son directeur général pour la France, X", "la directrice en Europe
** du groupe, X": the words [e, c) between a function group and the
** comma before its holder's name are a prepositional phrase (a
** preposition q_title_end does not take, then words: no verb, no
** clause, no person), which leaves the function the name's. */
static int prep_phrase_to(const qwork *w, size_t e, size_t c) {
  if (e >= c || !q_is_word(w, e) || !(w->word[e] & QW_PREP) ||
      !Q_ISPUNCT(w, c, ','))
    return 0;
  for (size_t j = e; j < c; j++)
    if (!q_is_word(w, j) || w->inq[j] || w->verb[j] ||
        (w->word[j] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_COORD)) ||
        (w->ent[j] >= 0 && w->ents->ent[w->ent[j]].type == PRESSE_PER))
      return 0;
  return 1;
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
    if (!q_is_word(w, i) || w->inq[i] ||
        (w->ent[i] >= 0 && w->ents->ent[w->ent[i]].type == PRESSE_PER))
      break;
    if (w->verb[i] || (w->word[i] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE)))
      break;
    if ((w->feat[i] & (QT_TITLE_M | QT_TITLE_F)) &&
        !q_ordinal_adjective(w, i)) {
      /* "son homologue, X", "sa collègue X" is a relation, no function;
      ** "son porte-parole, X", "sa directrice éditoriale, X" are */
      if (i > 0 && (w->word[i - 1] & QW_POSS) && relation_noun(w, i)) break;
      size_t e = q_title_end(w, i, k);
      /* the group must reach the name ("le ministre X"), maybe over a
      ** prepositional phrase before the comma ("Son directeur général
      ** pour la France, X") */
      if (!(k < f && prep_phrase_to(w, e, k)))
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
    if (q_is_word(w, i) && (w->word[i] & QW_DET) && !(w->word[i] & QW_POSS))
      i++;
    if (i < w->ntok && q_is_word(w, i) &&
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
int
q_same_folded(const qwork *w, size_t a, size_t b) {
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
  return q_is_word(w, k) && !(w->word[k] & (QW_DET | QW_PREP | QW_POSS));
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
  int best = 0;
  for (size_t e = 0; e < lex_speaker_functions.n; e++) {
    const presse_lex_entry *x = &lex_speaker_functions.e[e];
    if (!function_value(x->value)) continue; /* a word class */
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
    if (!all) continue;
    /* a wording of several words wins over one of a single word:
    ** "avocat général" (the prosecution) over "avocat" (the defence) */
    if (memchr(x->s, ' ', x->n)) return x->value;
    if (!best) best = x->value;
  }
  return best;
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

/* For quotes_canon.c (function_synonym): the function class of the
** group [t, t1), and whether group [a, a1) has a modifier that group
** [b, b1) of class cls lacks, the words of the class's wordings aside
** ("chef du gouvernement" adds nothing to "Premier ministre";
** "entraîneur nantais" adds "nantais" to "le technicien"). */
int q_function_class(const qwork *w, size_t t, size_t t1) {
  return function_class(w, t, t1);
}
int q_title_adds_modifier(const qwork *w, size_t a, size_t a1, size_t b,
                          size_t b1, int cls) {
  for (size_t i = a + 1; i < a1; i++) {
    if (!modifier(w, i) || class_word(w, i, cls)) continue;
    int found = 0;
    for (size_t j = b + 1; j < b1 && !found; j++)
      found = modifier(w, j) && same_modifier(w, i, j);
    if (!found) return 1;
  }
  return 0;
}

#define EXCL 8

static int generic_noun(const qwork *w, size_t t); /* below */

/* Whether speaker p was named with a function other than the one at t
** ("le ministre X" is not "le maire"): another noun, not one of the
** wordings of the same function. */
static int other_function(const qwork *w, const qspeaker *p, size_t t,
                          int cls) {
  if (!(p->tt1 > p->tt0) || p->tt1 > w->ntok) return 0;
  if (q_same_word(w, p->tt0, t)) return 0;
  /* a noun for any person or a head of several functions (class 99:
  ** "la dirigeante" for "la présidente de la fédération, X") conflicts
  ** with no function, as in named_other_function */
  if (generic_noun(w, t)) return 0;
  return !cls || function_class(w, p->tt0, p->tt1) != cls;
}

/* Whether the function group [t, t1) has a complement that names (a
** capitalised word after de: "de l'Intérieur", "de Lens"), not one that
** refers back ("du club", "de l'établissement"). */
static int named_complement_of(const qwork *w, size_t t, size_t t1) {
  for (size_t k = t + 1; k + 1 < t1; k++)
    if (q_de_word(w, k))
      for (size_t j = k + 1; j < t1; j++)
        if (q_is_word(w, j) && q_upper(w, j)) return 1;
  return 0;
}

/* Whether speaker p was named with the function group at [t, t1) but
** another modifier ("l'entraîneur briochin, X" is not "l'entraîneur
** d'Avranches"), as named_fitting judges a name, when p's function has
** adjectives only ("le ministre de l'Intérieur, X" may be "le ministre
** français"), or when both groups are the same noun with complements
** that name ("le ministre de l'Intérieur, X" is not "le ministre de la
** Justice"; "l'entraîneur du club" may be X: a complement that refers
** back). */
static int other_holder(const qwork *w, const qspeaker *p, size_t t, size_t t1,
                        int cls) {
  if (!(p->tt1 > p->tt0) || p->tt1 > w->ntok) return 0;
  int c2 = cls && !q_same_word(w, p->tt0, t) ? cls : 0;
  for (size_t k = p->tt0 + 1; k < p->tt1; k++)
    if (q_de_word(w, k) || q_au_aux(w, k))
      return named_complement_of(w, p->tt0, p->tt1) &&
             named_complement_of(w, t, t1) && q_same_word(w, p->tt0, t) &&
             titles_conflict(w, t, t1, p->tt0, p->tt1, c2);
  return titles_conflict(w, t, t1, p->tt0, p->tt1, c2);
}

static int copula(const qwork *w, size_t i) {
  return q_title_copula(w, i);
}

/* The person a noun at k is said of: "Marc Roux, 45 ans, est
** agriculteur", "Marc Roux est un graphiste", "Marc Roux, graphiste,".
** The PER entity, or -1. */
int32_t q_predicate_person(const qwork *w, size_t k) {
  size_t i = k;
  if (i > 0 && q_is_word(w, i - 1) && (w->word[i - 1] & QW_DET) &&
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
  return q_same_word(w, k, t) ||
         (cls && function_class(w, k, q_title_end(w, k, lim)) == cls);
}

/* Whether the noun at k completes another noun ("l'agent du joueur, X":
** X is the agent, not the player): right after du / des, or de / d' and
** an article, itself after a word. */
static int noun_complement(const qwork *w, size_t k) {
  if (k < 2) return 0;
  size_t p = k - 1;
  if (p >= 1 && (w->word[p] & QW_DET) && !(w->word[p] & QW_PREP) &&
      q_de(w, p - 1))
    p--;
  else if (!q_de_article(w, p))
    return 0;
  return p >= 1 && q_is_word(w, p - 1) && !(w->word[p - 1] & QW_DET);
}

/* Whether token k ends an apposition after a name: a finite verb, an
** auxiliary or a relative ("X, a reçu son homologue", "X, qui a
** rencontré le préfet": the noun after it is someone else, its object),
** not a participle ("X, nommée préfète en 2024"). */
static int apposition_ends(const qwork *w, size_t k) {
  return (w->word[k] & (QW_AUX | QW_AUXPL | QW_REL)) || (w->verb[k] & QV_FIN);
}

/* Whether the PER mention [f, l] is named with the function noun at t (or
** one of function class cls): "le préfet X", "X, le préfet de …". Sets
** *at and *end to that function group, else leaves *at at Q_NONE. */
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
    if (q_sent_end_tok(w, k) ||
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
      if (w->tok[k].kind == PRESSE_TOK_PUNCT || apposition_ends(w, k)) break;
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

/* "L'avocat général, X, a requis … « … », a martelé l'avocat": the
** noun at t alone (no function class) is not the function [at, end) that
** the same noun and the adjective right after it make
** (data/speaker_functions.txt: "avocat général" is the prosecution). */
static int compound_function(const qwork *w, size_t at, size_t end, size_t t,
                             int cls) {
  if (at + 1 >= end || !q_same_word(w, at, t) || q_de_word(w, at + 1)) return 0;
  int c = function_class(w, at, end);
  return c && c != cls && class_word(w, at + 1, c);
}

static int named_fitting(const qwork *w, size_t f, size_t l, size_t t,
                         size_t t1, int cls) {
  size_t at = Q_NONE, end = 0;
  named_as(w, f, l, t, cls, &at, &end);
  if (at == Q_NONE || function_genders_clash(w, at, t)) return 0;
  if (compound_function(w, at, end, t, cls)) return -1;
  int c2 = cls && !q_same_word(w, at, t) ? cls : 0;
  return titles_conflict(w, t, t1, at, end, c2) ? -1 : 1;
}

/* The value of the word at k in data/speaker_works.txt: the kind of a
** work (1 to 9), a maker of that kind (10 + kind), 0 when not listed. */
static int works_value(const qwork *w, size_t k) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, k, b);
  const presse_lex_entry *e =
      n ? presse_lex_find(&lex_speaker_works, b, n) : NULL;
  return e ? (int)e->value : 0;
}

/* Whether the person mention at f, of gender eg, made a work the text
** names right before it ("le roman le plus sombre de X", "premier long
** métrage de X") and the noun at t is a maker of that kind of work of a
** fitting gender: "« … », a confié la romancière" is X for a reader,
** though the text never put the noun beside the name. Bounded: five
** words back from the de. */
static int maker_of_work(const qwork *w, size_t f, uint8_t eg, size_t t) {
  int maker = works_value(w, t);
  if (maker < 10 || f < 2 || !q_de_word(w, f - 1)) return 0;
  uint8_t tf = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  if (eg && ((tf == QT_TITLE_F && eg != 2) ||
             (tf == QT_TITLE_M && eg != 1 && !q_title_names_women(w, t))))
    return 0;
  for (size_t k = f - 1, n = 0; k-- > 0 && n < 5; n++) {
    if (w->inq[k] || !q_is_word(w, k)) return 0;
    int v = works_value(w, k);
    if (v && v < 10) return maker == 10 || maker == 10 + v;
  }
  return 0;
}

Q_WORD_LIST_TEST(defendant_noun, DEFENDANT_NOUNS)
Q_WORD_LIST_TEST(trial_participle, TRIAL_PARTICIPLES)

/* Whether the person mention ending at l is said, in an apposition after
** it, to be tried ("X, 54 ans, jugé depuis une semaine par la cour
** d'assises", "X, 54 ans, technicien à la retraite, jugé pour violences"):
** the writer named the defendant, whom a later "le prévenu", "l'accusé"
** designates. Bounded: 12 tokens in its sentence. */
static int tried_person(const qwork *w, size_t l, size_t t) {
  if (!defendant_noun(w, t)) return 0;
  for (size_t k = l + 1; k < t && k <= l + 12; k++) {
    if (w->inq[k] ||
        (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER))
      return 0;
    if (w->tok[k].flags & PRESSE_TF_SENT_START) return 0;
    if (Q_ISPUNCT(w, k - 1, ',') && trial_participle(w, k)) return 1;
    if (w->verb[k]) return 0;
  }
  return 0;
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

/* A noun for any person, not a function ("le jeune homme", "la
** sexagénaire"): function class 99 of data/speaker_functions.txt. Such a
** noun never conflicts with the function a person was named with. */
#define GENERIC_CLASS 99
static int generic_noun(const qwork *w, size_t t) {
  char b[64];
  size_t n =
      q_fold(w->text + w->tok[t].b0, w->tok[t].b1 - w->tok[t].b0, b, sizeof b);
  return q_listed_with_class(b, n, GENERIC_CLASS);
}

/* Whether the sentence at a opens with a definite noun group that names
** nobody and stands for a person already named: a capitalised demonym
** ("Le Flamand de 26 ans, qui …", "Le Marseillais, signé chez …") or a
** function noun ("L'ailier de 2,03 m, …"), of gender g when known. Like
** il / elle, it goes on about the person named before. */
static int anaphoric_subject(const qwork *w, size_t a, uint8_t g) {
  if (a + 1 >= w->ntok || w->inq[a] || !q_definite(w, a) || q_les(w, a))
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
  if (p > 0 && q_is_word(w, p - 1) && (w->word[p - 1] & QW_DET) &&
      !(w->word[p - 1] & QW_PREP))
    p--;
  return p > 0 && q_is_word(w, p - 1) && (w->word[p - 1] & QW_PREP) &&
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
    if (!q_is_word(w, k) || (w->word[k] & QW_KNOWN)) return 0;
    if (!q_upper(w, k) && !(w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) &&
        !w->verb[k])
      return 1;
  }
  return 0;
}

/* Three backward walks of this file look alike: q_paragraph_person,
** adjective_role_person and described_person each go back from a role
** noun over tokens, outside quotations, to the nearest PER mention
** (first token, not in parentheses, of a fitting gender). They are kept
** apart because the walk itself differs, not only what is done with the
** mention it finds (each difference is what the dev sets asked of it):
** - window: paragraph_person, the noun's own paragraph and, there, the
**   sentence just before the quotation or the noun, stretched over a
**   sentence opening with il / elle or an anaphoric subject;
**   adjective_role_person, the noun's sentence and one before, in the
**   paragraph; described_person, the noun's sentence and two before,
**   across one paragraph break.
** - quotations: paragraph_person skips them (and restarts its sentence
**   count after the one it passes); adjective_role_person takes the
**   speaker of the first earlier one (not the cue's own) or gives up;
**   described_person takes a quoted person of a fitting gender and
**   function, else skips the quotation.
** - a name after a preposition: paragraph_person goes on (AS_WRITTEN
**   for an adjective-modified noun); adjective_role_person stops with
**   nobody; described_person stops on the first one unless it holds a
**   function or spoke, and skips any later one.
** One helper with three flags and a callback for quotations would hold
** every branch of the three and be harder to read than they are;
** adjective_role_person and described_person are called from one place
** each (resolve_title, q_definite_speakers). */

/* paragraph_person: a new holder of the function, to be named as written */
#define AS_WRITTEN (-4)

int32_t q_paragraph_person(qwork *w, size_t t, size_t t1, int cls, uint8_t g,
                           int any) {
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
                         cls && !q_same_word(w, p->tt0, t) ? cls : 0))) {
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
    /* a person of the other gender is no rival for the noun ("la
    ** candidate" after "X, candidat du parti Y, … Son adversaire, Z") */
    if (g && eg && eg != g) continue;
    if ((!any && fit < 0) || (qualified && !any && fit <= 0)) {
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
             !(q_sent_end_tok(w, a - 1) && ++sents > 3))
        a--;
      for (size_t k = a; k < i + 40 && k < t; k++) {
        if (k > i && q_sent_end_tok(w, k)) break;
        /* a kept form of kl bytes folds to kl or kl + 1 (a final
        ** apostrophe put back), from its first byte: most tokens are
        ** told apart here without the copy (speedL) */
        size_t kl = w->flen[k];
        if (kl <= Q_FOLD_KEEP && (kl + 1 < fl || kl > fl + 1 ||
                                  (kl && w->fold[w->tok[k].b0] != f[0])))
          continue;
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
    if (w->inq[k] || q_sent_end_tok(w, k) || w->ent[k] >= 0) break;
    if (w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) {
      at = k;
      break;
    }
  }
  if (at == Q_NONE && l + 2 < w->ntok && Q_ISPUNCT(w, l + 1, ','))
    for (size_t k = l + 2, n = 0; k < w->ntok && n < 3; k++, n++) {
      if (w->inq[k] || !q_is_word(w, k)) break;
      if (w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) {
        at = k;
        break;
      }
    }
  if (at == Q_NONE || q_same_word(w, at, t) || generic_noun(w, at)) return 0;
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
    if (k > ps && q_sent_end_tok(w, k - 1)) return -1;
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
    for (size_t m = l + 1; m < t && !q_sent_end_tok(w, m - 1); m++) {
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
static int place_complement_only(const qwork *w, size_t h, size_t t1);

/* "X a reçu le prix de la mise en scène. La présidente du jury a salué
** un film « … »": a function whose complement names a body (a jury, a
** race, a court) rather than a place says who holds it by that body, a
** new holder, not a second description of the person just named (as
** "le député de la Haute-Garonne" may be). For
** q_sentence_before_person. */
static int body_complement(const qwork *w, size_t t, size_t t1) {
  return !place_complement_only(w, t, t1);
}

int32_t q_sentence_before_person(qwork *w, size_t d, size_t t, size_t t1) {
  if (!q_definite(w, d) || d + 1 != t || body_complement(w, t, t1)) return -1;
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
        !(q_participle_form(w, a0) || (w->word[a0] & QW_PREP)))
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
      while (k < a0 - 1 && !q_sent_end_tok(w, k))
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
    if (q_same_word(w, p->tt0, t) &&
        titles_conflict(w, t, t1, p->tt0, p->tt1, 0))
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

/* Whether the noun at t is a public office with one holder
** (data/speaker_offices.txt: "ministre", "préfet", "procureure"). */
int q_office_noun(const qwork *w, size_t t) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, t, b);
  return n && presse_lex_find(&lex_speaker_offices, b, n) != NULL;
}

static int named_near_noun(const qwork *w, int32_t s, size_t t); /* below */

/* "Paul Roux, 45 ans, a salué l'accord. « … », a déclaré le préfet": an
** office nobody was named with is not the previous speaker when the text
** gave that one no function at all, or a trade ("La pédiatre X …. La
** ministre a demandé « … »"). A reader knows an office's holder only from
** a mention that joins the two ("le préfet X", "X, préfète de …");
** without one, the office speaks as written, as the gold writes it
** (quotes_canon.c completes it: "ministre de la Santé"). A trade or a
** role at t ("le technicien", "la magistrate") stays the writer's second
** description of the person just quoted: only offices
** (data/speaker_offices.txt). A person named with another office (a
** secrétaire d'État, later "la ministre") or a generic noun may hold it;
** one named with no function may when the text is about that person, or
** names the same noun near them ("Les ministres maliens … X et Y ont
** fait le déplacement"). */
static int office_of_nobody(const qwork *w, int32_t s, size_t t) {
  const qspeaker *p = &w->spk[s];
  if (!q_office_noun(w, t)) return 0;
  if (p->tt1 > p->tt0 && p->tt0 < w->ntok)
    return !q_office_noun(w, p->tt0) && !generic_noun(w, p->tt0) &&
           !q_same_word(w, p->tt0, t);
  return !protagonist(w, s) && !named_near_noun(w, s, t);
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

/* "Son directeur sportif, X, raconte que « … ». « … », a précisé le
** technicien breton", "Jointe par téléphone, X se dit « … ». « … »,
** confie la comédienne norvégienne": a definite role noun with an
** adjective (a nationality, a region, a party, a position) and no
** complement is the writer's second description of the person who has
** just spoken, even named with another function (a synonym the lists
** cannot all hold: "actrice", "directeur sportif"): a new holder would
** come with a complement or a name. That person: the nearest speaker of
** a quotation, or name not after a preposition and named with no other
** function, outside the cue's own quotation, in its sentence or the one
** before in the paragraph, of the article's gender. Not one named with
** the same noun and another modifier ("l'entraîneur briochin, X" is not
** "l'entraîneur alsacien"); nobody when the nearest name follows a
** preposition ("après une main de Y. … l'entraîneur rémois": see
** paragraph_person). Tried before the guess of the previous speaker,
** which skips a person named with another function. -1 when none.
** Bounded: two sentences, 300 tokens. */
static int32_t adjective_role_person(qwork *w, size_t t, size_t t1) {
  if (!w->ents || t == 0 || !q_definite(w, t - 1) || q_les(w, t - 1) ||
      !adjective_modifier(w, t, t1))
    return -1;
  for (size_t k = t + 1; k < t1; k++)
    if (q_de_word(w, k) || portfolio_to(w, k)) return -1;
  uint8_t g = q_det_gender(w, t - 1);
  uint8_t tf = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  if (!g && tf == QT_TITLE_F) g = 2;
  int cls = function_class(w, t, t1);
  uint32_t last = w->tok[t].sent;
  int crossed = 0, own = 1;
  for (size_t i = t - 1, n = 0; i-- > 0 && n < 300; n++) {
    if (w->para[i] != w->para[t]) break;
    if (w->inq[i]) {
      const qdirect *q = &w->dq[w->inq[i] - 1];
      size_t o = q->open != Q_NONE ? q->open : q->t0;
      if (o < i) i = o;
      /* the quotation the cue closes is no antecedent of its own cue */
      if (own) {
        own = 0;
        continue;
      }
      if (q->spk >= 0) {
        const qspeaker *p = &w->spk[q->spk];
        if (!p->person || (g && p->gender && p->gender != g)) return -1;
        if (p->tt1 > p->tt0 && p->tt1 <= w->ntok && q_same_word(w, p->tt0, t) &&
            titles_conflict(w, t, t1, p->tt0, p->tt1, 0))
          return -1;
        qspeaker c = *p;
        int32_t s = q_add_speaker(w, c.b0, c.b1, c.at, c.gender);
        if (s >= 0) w->spk[s].person = c.person;
        return s;
      }
      continue;
    }
    if (w->tok[i].sent != last) {
      own = 0;
      last = w->tok[i].sent;
      if (++crossed > 1) break;
    }
    if (w->ent[i] < 0) continue;
    size_t f = q_ent_first(w, i), l = q_ent_last(w, i);
    int32_t e = w->ent[i];
    i = f;
    if (w->ents->ent[e].type != PRESSE_PER) continue;
    if (f > 0 && Q_ISPUNCT(w, f - 1, '(')) continue;
    if (right_after_preposition(w, f) || q_after_preposition(w, f)) return -1;
    uint8_t eg = q_entity_gender(w, e);
    if (g && eg && eg != g) continue;
    /* a name that did not speak, given another function ("Le pivot
    ** sénégalais X a compilé 18 points. « … », a regretté l'entraîneur
    ** villeurbannais"), is someone else */
    if (named_fitting(w, f, l, t, t1, cls) < 0 ||
        named_other_function(w, f, l, t, t1, cls))
      return -1;
    return q_entity_speaker(w, e, (uint32_t)f);
  }
  return -1;
}

/* Whether the function group whose noun is at t says by its complement
** which function it is ("le procureur de la République", "la présidente
** du tribunal"), not an age or a size ("l'ailier de 2,03 m"). */
static int function_with_complement(const qwork *w, size_t t) {
  size_t t1 = q_title_end(w, t, w->ntok);
  for (size_t k = t + 1; k < t1; k++)
    if (q_de_word(w, k) &&
        !(k + 1 < t1 && w->tok[k + 1].kind == PRESSE_TOK_NUMBER))
      return 1;
  return 0;
}

/* "Le maire de Valence, présent …, a dit son « soulagement ». « … », a
** insisté l'élu", "L'entraîneur lensois n'a pas voulu accabler ses
** joueurs. « … », a admis le technicien", "Le substitut du procureur a
** décrit X comme « … ». « … », a martelé le magistrat": a definite noun
** at d (token d + 1 = t) whose quotation follows a sentence of the same
** paragraph opening with a definite function group of a fitting gender
** is that group, the one a reader has in mind (q_function_subject: its
** holder, or the function as written), not the last person quoted or
** named (X is its object). The noun alone: "le ministre de
** l'Intérieur" says which function itself. -1 when the sentence before
** opens otherwise. Bounded: 80 tokens back outside quotations. */
static int32_t function_before(qwork *w, size_t d, size_t t, size_t t1,
                               int cls) {
  if (d == 0 || !q_def_sg(w, d) || d + 1 != t) return -1;
  uint32_t own = w->tok[d].sent;
  size_t i = d, n = 0;
  int quoted = 0;
  /* back to the end of the sentence before, over the quotation */
  while (i > 0 && n < 80) {
    i--;
    if (w->inq[i]) {
      quoted = 1;
      continue;
    }
    n++;
    if (w->tok[i].sent != own && q_sent_end_tok(w, i)) break;
  }
  /* the sentence before may close the paragraph before when the
  ** quotation's sentence opens its own ("Le préfet de X a tenu une
  ** conférence de presse. ¶ « … », a déclaré le représentant de l'État") */
  if (!quoted || i == 0 || w->inq[i] || !q_sent_end_tok(w, i) ||
      (w->para[i] != w->para[d] && w->para[i] + 1 != w->para[d]))
    return -1;
  /* then to its start */
  size_t k = i;
  for (n = 0; k > 0 && n < 80; n++) {
    k--;
    if (w->inq[k]) continue;
    if (w->tok[k].flags & PRESSE_TF_SENT_START) break;
  }
  if (w->inq[k] || !(w->tok[k].flags & PRESSE_TF_SENT_START) ||
      w->para[k] != w->para[i] || !q_def_sg(w, k) || k + 2 >= w->ntok)
    return -1;
  /* the same noun: the paths below read it ("Le gouverneur de
  ** l'institution … « … », a dit le gouverneur": as written) */
  if (q_same_word(w, k + 1, t)) return -1;
  /* a noun with its complement names its function itself ("le ministre
  ** de l'Intérieur"): only a wording of the same function
  ** (data/speaker_functions.txt: "représentant de l'État" is the préfet) */
  if (t1 > t + 1 &&
      (!cls || !(w->feat[k + 1] & (QT_TITLE_M | QT_TITLE_F)) ||
       function_class(w, k + 1, q_title_end(w, k + 1, w->ntok)) != cls))
    return -1;
  /* "La première salve": an ordinal, not "la Première ministre" */
  if (q_first_ordinal(w, k + 1) &&
      !(w->feat[k + 2] & (QT_TITLE_M | QT_TITLE_F)))
    return -1;
  uint8_t g = q_det_gender(w, d);
  uint8_t tf = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  if (!g && tf != (QT_TITLE_M | QT_TITLE_F)) g = tf == QT_TITLE_F ? 2 : 1;
  size_t n0 = w->nspk;
  int32_t s = g != 2 ? q_function_subject(w, k, 0) : -1;
  if (s < 0 && g != 1) s = q_function_subject(w, k, 1);
  /* "Le procureur de la République, lui, n'a pas été convaincu. « … », a
  ** lancé le magistrat": a group whose complement says which function it
  ** is, guessed to be someone no mention joins to it (a name in a photo
  ** credit), is that function as written, not the guesses below, which
  ** would take that person again */
  if (s >= 0 && w->how == QH_GUESS && function_with_complement(w, k + 1)) {
    w->nspk = n0;
    return q_function_as_written(w, k, w->ntok);
  }
  /* that group guessed to be someone (the object it introduces) is no
  ** better than the guesses below */
  /* "Le pivot sénégalais X a compilé 18 points. « … », a regretté
  ** l'entraîneur villeurbannais": a person named there with another noun
  ** is someone else; only the function as written, or its holder named
  ** with the same noun */
  if (s >= 0 && (w->how == QH_GUESS ||
                 (w->how != QH_BARE && !q_same_word(w, k + 1, t)))) {
    w->nspk = n0;
    return -1;
  }
  return s;
}

/* The gender of the role noun at t whose determiner is at d: the
** determiner's, else the noun's own form. After an elided article only
** the noun tells it: a masculine form is a man ("« … », a lancé l'élu" is
** not the woman just quoted), unless it is also written for women
** ("l'auteur", "l'expert"); a feminine form is a woman. 0 when unknown. */
static uint8_t role_gender(const qwork *w, size_t d, size_t t) {
  uint8_t g = q_det_gender(w, d);
  if (g) return g;
  uint8_t tf = w->feat[t] & (QT_TITLE_M | QT_TITLE_F);
  int elided = q_elided_article(w, d) && (w->tok[d].flags & PRESSE_TF_ELISION);
  if (tf == QT_TITLE_M && (!elided || !q_title_names_women(w, t))) return 1;
  return tf == QT_TITLE_F ? 2 : 0;
}

/* Whether speaker p spoke as the function noun at t, or as the same
** function in other words ("« … », a expliqué l'autrice" then "La
** romancière reconnaît …": class cls of data/speaker_functions.txt, a
** generic noun aside). */
static int spoke_as(const qwork *w, const qspeaker *p, size_t t, int cls) {
  if (!(p->tt1 > p->tt0) || p->tt0 >= w->ntok) return 0;
  if (q_same_word(w, p->tt0, t)) return 1;
  return cls && cls != GENERIC_CLASS && p->tt1 <= w->ntok &&
         function_class(w, p->tt0, p->tt1) == cls;
}

int32_t q_resolve_title(qwork *w, size_t t, size_t t1, int *guess) {
  uint32_t excl[EXCL];
  size_t nexcl = 0;
  *guess = 0;
  int cls = function_class(w, t, t1);
  if (w->ents) {
    int seen = 0;
    /* what maker_of_work and tried_person first ask of t, asked once */
    int maker = works_value(w, t) >= 10, defendant = defendant_noun(w, t);
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
        if (!fit && maker &&
            maker_of_work(w, f, q_entity_gender(w, w->ent[i]), t))
          fit = 1;
        if (!fit && defendant && tried_person(w, q_ent_last(w, i), t)) fit = 1;
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
      q_definite(w, t - 1) && !qualified && !after_first_sentence(w, t)) {
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
    if (w->inq[k] || !q_same_word(w, k, t)) continue;
    int32_t e = q_predicate_person(w, k);
    if (e >= 0) return q_entity_speaker(w, e, (uint32_t)t);
  }
  {
    int32_t a = adjective_role_person(w, t, t1);
    if (a >= 0) {
      *guess = 1;
      return a;
    }
  }
  if (t > 0) {
    int32_t a = function_before(w, t - 1, t, t1, cls);
    if (a >= 0) {
      *guess = 1;
      return a;
    }
  }
  /* "la ministre" with no name: the previous speaker, if she fits */
  uint8_t g = 0;
  size_t d = t;
  while (d > 0 && t - d < 3 && !(w->word[d] & (QW_DET | QW_POSS)))
    d--;
  g = role_gender(w, d, t);
  int32_t s = q_last_speaker_excl(w, t, g, excl, nexcl);
  /* the one who spoke as that function ("le porte-parole de la police",
  ** then "le porte-parole") stays first; else the person just named */
  if (q_definite(w, d) && !(s >= 0 && spoke_as(w, &w->spk[s], t, cls))) {
    int32_t p = q_paragraph_person(w, t, t1, cls, g, generic_noun(w, t));
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
  ** "la ministre" may still be (dev sets: rejecting it there loses more),
  ** unless only a trade named that one (office_of_nobody) */
  if (s >= 0 && t1 > t + 1 && other_function(w, &w->spk[s], t, cls)) s = -1;
  if (s >= 0 &&
      (mayor_of_nobody(w, s, t, t1, cls) || office_of_nobody(w, s, t))) {
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
    if (s >= 0 && o.spokes) {
      /* "le porte-parole" after "le porte-parole de la police": the
      ** same spokesperson, with her body */
      w->spk[s].ob0 = o.ob0;
      w->spk[s].ob1 = o.ob1;
      w->spk[s].olink = o.olink;
      w->spk[s].spokes = 1;
    }
  }
  return s;
}

/* ------------------------------------------- definite descriptions */

/* The definite article of the noun group whose head is at h ("le
** praticien", "la jeune femme", "l'élue schaerbeekoise"): its token, or
** Q_NONE when the group opens otherwise (un, des, les, a possessive). */
static size_t definite_article(const qwork *w, size_t h) {
  for (size_t d = h; d-- > 0 && h - d <= 2;) {
    if (!q_is_word(w, d) || w->inq[d]) return Q_NONE;
    if (w->word[d] & (QW_DET | QW_POSS)) return q_def_sg(w, d) ? d : Q_NONE;
    if (w->verb[d] || q_upper(w, d) || w->ent[d] >= 0) return Q_NONE;
  }
  return Q_NONE;
}

/* Whether the person of speaker s was named, in one of the last 64
** speakers recorded under the same name, with the function group at
** [t, t1) but another modifier, as other_holder() judges ("l'entraîneur
** briochin, X" ... "« … », a glissé X" ... "L'entraîneur d'Avranches a
** dénoncé": X's latest attribution carries no function, an earlier one
** does). For described_person(), once "Avranches" is typed a place.
** Bounded: 64 speakers. Branch ents12a. */
static int holder_named_before(const qwork *w, int32_t s, size_t t, size_t t1,
                               int cls) {
  const qspeaker *p = &w->spk[s];
  size_t n = p->b1 - p->b0;
  size_t lo = w->nspk > 64 ? w->nspk - 64 : 0;
  for (size_t k = w->nspk; k-- > lo;) {
    const qspeaker *o = &w->spk[k];
    if (o->b1 - o->b0 != n || memcmp(w->text + o->b0, w->text + p->b0, n))
      continue;
    if (other_holder(w, o, t, t1, cls)) return 1;
  }
  return 0;
}

/* Whether speaker s cannot be the holder of the function group [t, t1)
** of class cls: named with another function, or, in an earlier
** attribution, with the same function and another modifier. */
static int not_the_holder(const qwork *w, int32_t s, size_t t, size_t t1,
                          int cls) {
  return other_function(w, &w->spk[s], t, cls) ||
         holder_named_before(w, s, t, t1, cls);
}

/* The person a definite description at d designates for a reader when
** nobody was named with its noun: the subject of the sentence it opens
** or of one of the two before ("Le Japonais X repart avec le prix.
** Interrogé, le mangaka a dit …", "X, chef du service, … « … »,
** déplore-t-il. Le praticien assure …"), or the person quoted there.
** Subjects only: not after a preposition, not in parentheses; of the
** noun's gender (role_gender: "l'eurodéputée" is not the man named beside
** her); not named with another function than the noun at t.
** -1 when none. Bounded: two sentences, 300 tokens. */
static int32_t described_person(qwork *w, size_t d, size_t t, size_t t1,
                                const qdirect *self) {
  uint8_t g = role_gender(w, d, t);
  int cls = function_class(w, t, t1);
  /* a noun for any person ("la jeune femme", class 99) conflicts with
  ** no function a person was named with */
  int title = (w->feat[t] & (QT_TITLE_M | QT_TITLE_F)) && cls != GENERIC_CLASS;
  uint32_t last = w->tok[d].sent;
  int crossed = 0, first = 1, adjective = adjective_modifier(w, t, t1);
  /* "Le maire de X a salué « … »" after a festival-goer quoted: a
  ** commune's office with its place is held by one the text presented
  ** with a function, not by someone named with none */
  int office = t1 > t + 1 && q_commune_office(w, t);
  for (size_t i = d, n = 0; i-- > 0 && n < 300; n++) {
    if (w->para[d] - w->para[i] > 1) break;
    if (w->inq[i]) {
      const qdirect *q = &w->dq[w->inq[i] - 1];
      if (q != self && q->spk >= 0 && w->spk[q->spk].person &&
          (!g || !w->spk[q->spk].gender || w->spk[q->spk].gender == g) &&
          !(title && not_the_holder(w, q->spk, t, t1, cls)) &&
          !(office && !(w->spk[q->spk].tt1 > w->spk[q->spk].tt0)))
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
    if (s >= 0 && ((title && not_the_holder(w, s, t, t1, cls)) ||
                   (office && !(w->spk[s].tt1 > w->spk[s].tt0)))) {
      w->nspk = n0;
      continue;
    }
    return s;
  }
  return -1;
}

/* "Le maire de Plouzévet a salué « … »", "le député du Var": a
** function whose complement names a place says which holder it is by
** that place, a new holder as written, not a second description of the
** person the sentences before are about ("Venue de Kerbrat, X avoue …
** « … », rit-elle. Le maire de Plouzévet a salué …" is not X). Whether the
** group [h, t1) has such a complement: de / du / des, maybe la / l',
** then a place. */
static int place_complement(const qwork *w, size_t h, size_t t1) {
  for (size_t k = h + 1; k < t1; k++) {
    if (!q_de_word(w, k)) continue;
    size_t c = k + 1;
    if (c < t1 && q_fem_article(w, c)) c++;
    if (c < t1 && w->ent[c] >= 0 && w->ents->ent[w->ent[c]].type == PRESSE_LOC)
      return 1;
  }
  return 0;
}

/* Whether the noun group [h, t1) has no complement but a place ("le
** député de la Gironde" may be a person the text presents; "le ministre
** de la Culture", "le président de l'ASVEL" are functions a reader takes
** as written when nobody was named with them). q_definite_speakers reads
** a place complement as a new holder too (place_complement). */
static int place_complement_only(const qwork *w, size_t h, size_t t1) {
  for (size_t k = h + 1; k < t1; k++) {
    if (portfolio_to(w, k)) return 0; /* "délégué au Commerce extérieur" */
    if (!q_de_word(w, k)) continue;
    size_t c = k + 1;
    if (c < t1 && q_fem_article(w, c)) c++;
    if (c < t1 && w->tok[c].kind == PRESSE_TOK_NUMBER) continue; /* age */
    /* "mère de famille", "milieu de terrain": a compound noun */
    if (c == k + 1 && q_de(w, k) && c < t1 && q_is_word(w, c) &&
        !q_upper(w, c) && !(w->word[c] & QW_KNOWN))
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
  if (p > 0 && q_is_word(w, p - 1) && (w->word[p - 1] & QW_DET) &&
      !(w->word[p - 1] & QW_PREP))
    p--;
  if (p == 0 || (w->tok[p].flags & PRESSE_TF_SENT_START) ||
      !q_is_word(w, p - 1))
    return 2;
  if (w->feat[p - 1] & (QT_SELON | QT_DAPRES)) return 1;
  if (!(w->word[p - 1] & QW_PREP)) return 0;
  return q_de_word(w, p - 1) ? 2 : 0;
}

/* An institution entities() does not name (a lowercase head: "Le tribunal
** administratif de Lyon a suspendu l'arrêté. La juridiction estime …",
** "Le ministère de la Justice a répondu. … la chancellerie assure …")
** opening, as a definite group (data/speaker_groups.txt noun after le /
** la / l'), its sentence or one of the two before the description at d,
** outside quotations, in d's paragraph or the one before: a speaker
** index for the group as written, the nearest, or -1. For described_body
** when no organisation is named there. */
static int32_t institution_subject(qwork *w, size_t d) {
  uint32_t last = w->tok[d].sent;
  int crossed = 0;
  for (size_t i = d, n = 0; i-- > 0 && n < 300; n++) {
    if (w->para[d] - w->para[i] > 1) break;
    if (w->tok[i].sent != last) {
      last = w->tok[i].sent;
      if (++crossed > 2) break;
    }
    size_t h = i + 1;
    if (w->inq[i] || !(w->tok[i].flags & PRESSE_TF_SENT_START) ||
        !q_def_sg(w, i) || h >= d || !q_is_word(w, h) ||
        !(w->feat[h] & QT_GROUP) || q_upper(w, h) || w->ent[h] >= 0)
      continue;
    size_t e = q_title_end(w, h, d);
    return q_add_speaker(w, w->tok[h].b0, w->tok[e - 1].b1, (uint32_t)h,
                         q_det_gender(w, i));
  }
  return -1;
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
  int org = 0; /* an organisation named there, even as an object */
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
    org = 1;
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
  /* "Le syndicat saisira la Banque du Nord. L'institution …": an
  ** object is no antecedent, nor is the group beside it */
  if (e < 0) return org ? -1 : institution_subject(w, d);
  /* "X et Y ont signé. La société affirme …": either, the group as
  ** written (Y a name entities() may have missed) */
  size_t c = q_ent_last(w, ef) + 1;
  if (c + 1 < w->ntok && q_and_or(w, c)) {
    size_t o = c + 1;
    if (o + 1 < w->ntok && (w->word[o] & QW_DET) && !(w->word[o] & QW_PREP))
      o++;
    if (q_is_word(w, o) &&
        (w->ent[o] >= 0 ? w->ents->ent[w->ent[o]].type != PRESSE_PER
                        : q_upper(w, o)))
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
    if (h + 1 < w->ntok && q_is_word(w, h) && (w->word[h] & QW_DET)) h++;
    if (h >= w->ntok || !q_is_word(w, h) || q_upper(w, h)) continue;
    size_t d = definite_article(w, h);
    if (d == Q_NONE) continue;
    size_t t1 = q_title_end(w, h, w->ntok);
    int32_t s = -1;
    if (q->how == QH_BARE && (w->feat[h] & (QT_TITLE_M | QT_TITLE_F)) &&
        place_complement_only(w, h, t1) && !place_complement(w, h, t1))
      s = described_person(w, d, h, t1, q);
    else if (body_noun(w, h) && place_complement_only(w, h, t1))
      s = described_body(w, d);
    if (s < 0) continue;
    q->spk = s;
    q->how = QH_GUESS;
  }
}
