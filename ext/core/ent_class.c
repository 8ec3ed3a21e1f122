/*
** ent_class.c: the type of each candidate span, from its own words (the
** lexicons, its form: acronym, initials, digits, an institution's head
** word) and its left context (a title before it makes a person; à, au, en,
** capitale, nord du make a place; groupe, société make an organisation;
** opération, programme make an event or product). Each decision carries
** an evidence strength so that ent_doc.c can let a confident mention
** decide for the weaker mentions of the same name.
*/
#include <string.h>

#include "ent_int.h"

static int word_is(const ent_ctx *c, size_t i, const char *w) {
  size_t l = strlen(w);
  return ent_is_word(c, i) && c->tok[i].b1 - c->tok[i].b0 == l &&
         !memcmp(c->text + c->tok[i].b0, w, l);
}

static int de_word(const ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i)) return 0;
  if (word_is(c, i, "de") || word_is(c, i, "du") || word_is(c, i, "des") ||
      word_is(c, i, "la"))
    return 1;
  return (c->tok[i].flags & PRESSE_TF_ELISION) &&
         (c->text[c->tok[i].b0] == 'd' || c->text[c->tok[i].b0] == 'l');
}

static int starts_with(const ent_ctx *c, size_t i, const char *w) {
  size_t l = strlen(w);
  return ent_is_word(c, i) && c->tok[i].b1 - c->tok[i].b0 >= l &&
         !memcmp(c->text + c->tok[i].b0, w, l);
}

enum {
  CUE_PER = 1,
  CUE_LOC = 2,
  CUE_ORG = 4,
  CUE_MISC = 8,
  CUE_PORTFOLIO = 16
};

/* What the words just before token t0 announce. Lowercase adjectives in
** between are skipped ("le ministre malien", "la société paramilitaire
** russe"); "de" only after a place cue ("nord du", "capitale de la"). */
static int left_cue(ent_ctx *c, size_t t0) {
  size_t k = t0;
  int skipped = 0, via_de = 0;
  while (k > 0 && skipped <= 4) {
    k--;
    if (!ent_is_word(c, k) || c->tok[k].sent != c->tok[t0].sent) return 0;
    if (c->tok[k].flags & PRESSE_TF_UPPER &&
        !(c->tok[k].flags & PRESSE_TF_ABBREV) &&
        !(ent_tok_flags(c, k) & EL_TITLE))
      return 0;
    uint32_t f = ent_tok_flags(c, k);
    if (f & (EL_TITLE | EL_PERCUE)) {
      if (!via_de) return CUE_PER;
      /* "ministre des Affaires étrangères": a portfolio, not a name */
      if (starts_with(c, k, "minist")) return CUE_PORTFOLIO;
      if (f & EL_LOCCUE) return CUE_LOC;
      return 0;
    }
    if (f & EL_LOCCUE) return CUE_LOC;
    if (f & EL_ORGCUE) return via_de ? 0 : CUE_ORG;
    if (f & EL_MISCCUE) return via_de ? 0 : CUE_MISC;
    if ((f & (EL_ADJ | EL_DEMONYM)) && !(c->tok[k].flags & PRESSE_TF_UPPER) &&
        !(f & EL_FUNC)) {
      skipped++;
      continue;
    }
    if (de_word(c, k)) {
      via_de = 1;
      skipped++;
      continue;
    }
    return 0;
  }
  return 0;
}

/* Flags of the whole span folded as one key (for multi-word names). */
static uint32_t span_flags(ent_ctx *c, const ent_span *s) {
  char buf[ENT_FOLD_MAX], w[ENT_FOLD_MAX];
  size_t m = 0;
  for (size_t j = s->t0; j < s->t1; j++) {
    const char *p = c->text + (j == s->t0 ? s->b0 : c->tok[j].b0);
    size_t n = c->tok[j].b1 - (j == s->t0 ? s->b0 : c->tok[j].b0);
    if (j > s->t0 && !(c->tok[j - 1].flags & PRESSE_TF_ELISION)) {
      if (m + 1 > ENT_FOLD_MAX) return 0;
      buf[m++] = ' ';
    }
    size_t a = ent_fold(p, n, w);
    if (a == (size_t)-1 || m + a > ENT_FOLD_MAX) return 0;
    memcpy(buf + m, w, a);
    m += a;
  }
  return ent_lex_lookup(buf, m);
}

static void classify(ent_ctx *c, ent_span *s) {
  size_t ntok = s->t1 - s->t0;
  uint32_t fs = span_flags(c, s);
  uint32_t f0 = s->b0 == c->tok[s->t0].b0 ? ent_tok_flags(c, s->t0) : fs;
  if (ntok == 1) f0 = fs;
  uint32_t fl = ent_tok_flags(c, s->t1 - 1);
  uint32_t any = 0;
  for (size_t j = s->t0; j < s->t1; j++)
    any |= ent_tok_flags(c, j);
  int cue = left_cue(c, s->t0);
  int amb = (c->info[s->t0] & TI_AMBIG) != 0;
  const presse_token *t0 = &c->tok[s->t0];
  uint8_t type = 0, ev = EV_DEFAULT;

  if (cue == CUE_PORTFOLIO) {
    s->type = 0;
    return;
  }
  if (ntok > 1 && (fs & EL_PLACE) && !(fs & EL_DEMONYM)) {
    type = PRESSE_LOC, ev = EV_LEXICON;
  } else if (ntok == 1 && (f0 & EL_DEMONYM) &&
             !(t0->flags & PRESSE_TF_ALLCAPS) &&
             (!(f0 & EL_PLACE) || c->text[s->b1 - 1] == 's')) {
    /* les Maliens, les Corses (but la Corse) */
    type = PRESSE_MISC, ev = EV_LEXICON;
    s->flags |= SP_DEMONYM;
  } else if ((f0 & EL_ORGHEAD) && ntok > 1) {
    type = PRESSE_ORG, ev = EV_FORM;
  } else if ((f0 & EL_LOCHEAD) && ntok > 1 && !(f0 & EL_GIVEN)) {
    type = PRESSE_LOC, ev = EV_FORM;
  } else if (cue == CUE_PER && !(ntok == 1 && (f0 & (EL_COUNTRY)))) {
    type = PRESSE_PER, ev = EV_CUE;
  } else if (s->flags & SP_INITIAL) {
    type = PRESSE_PER, ev = EV_FORM;
  } else if (cue == CUE_ORG) {
    type = PRESSE_ORG, ev = EV_CUE;
  } else if (cue == CUE_MISC) {
    type = PRESSE_MISC, ev = EV_CUE;
  } else if (s->flags & SP_DIGIT) {
    /* TF1, G5 Sahel: an acronym with a digit is a body; Falcon 9,
    ** AK-47, Euro 2012 are products and events */
    int acr =
        (t0->flags & PRESSE_TF_ALLCAPS) && !(t0->flags & PRESSE_TF_HYPHEN);
    type = acr ? PRESSE_ORG : PRESSE_MISC, ev = EV_FORM;
  } else if (ntok > 1 && (f0 & EL_GIVEN) && !(f0 & (EL_COUNTRY | EL_CITY))) {
    type = PRESSE_PER, ev = EV_LEXICON;
  } else if ((any & (EL_ORGWORD | EL_ORGHEAD)) && ntok > 1) {
    type = PRESSE_ORG, ev = EV_LEXICON;
  } else if (ntok > 1 && (any & (EL_COUNTRY | EL_CITY)) &&
             !(fl & (EL_COUNTRY | EL_CITY) && ntok == 2 &&
               (f0 & EL_CARDINAL))) {
    /* Air France, Météo France, AS Saint-Étienne: a name made with a
    ** place name is an organisation */
    type = PRESSE_ORG, ev = EV_LEXICON;
  } else if (ntok > 1 && (fl & EL_SURNAME)) {
    type = PRESSE_PER, ev = EV_LEXICON;
  } else if (ntok == 1 && (f0 & (EL_COUNTRY | EL_CITY | EL_CAPNOM))) {
    type = PRESSE_LOC, ev = EV_LEXICON;
  } else if (cue == CUE_LOC) {
    type = PRESSE_LOC, ev = EV_CUE;
  } else if (s->flags & SP_ALLCAPS) {
    type = PRESSE_ORG, ev = EV_FORM;
  } else if (ntok == 1 && (f0 & EL_NPR)) {
    type = PRESSE_LOC, ev = EV_DEFAULT + 1;
  } else if (ntok == 1 && (f0 & (EL_GIVEN | EL_SURNAME))) {
    type = PRESSE_PER, ev = EV_DEFAULT;
  } else if (ntok > 1) {
    type = PRESSE_PER, ev = EV_DEFAULT;
  } else {
    type = PRESSE_ORG, ev = EV_NONE;
    /* a capitalised common word alone, mid-sentence: l'Internet, la
    ** Poste. Kept as a weak candidate; ent_doc.c may confirm it */
    if ((f0 & EL_COMMON) && !(f0 & EL_NAMEY)) {
      type = PRESSE_MISC;
    }
  }
  (void)amb;
  s->type = type;
  s->ev = ev;
}

void ent_classify(ent_ctx *c) {
  for (size_t i = 0; i < c->nsp; i++)
    classify(c, &c->sp[i]);
}
