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
    /* the verb "a" folds like the preposition "à" */
    if (word_is(c, k, "a")) return 0;
    /* "ministre des Affaires étrangères", "ministère de l'Intérieur": a
    ** portfolio, not a name */
    if (via_de && (starts_with(c, k, "minist") || starts_with(c, k, "Minist")))
      return CUE_PORTFOLIO;
    if (f & (EL_TITLE | EL_PERCUE)) {
      if (!via_de) return CUE_PER;
      if (f & EL_LOCCUE) return CUE_LOC;
      return 0;
    }
    if (f & EL_LOCCUE) return CUE_LOC;
    if (f & EL_ORGCUE) return via_de ? 0 : CUE_ORG;
    if ((f & EL_MEMBERS) && via_de) return CUE_ORG;
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

static int upper_ascii_or_latin(const char *s) {
  unsigned char a = (unsigned char)s[0];
  return (a >= 'A' && a <= 'Z') || (a == 0xC3 && (unsigned char)s[1] >= 0x80 &&
                                    (unsigned char)s[1] <= 0x9E);
}

/* Are all hyphen-separated parts of s[0..n) places or cardinal points
** (Asie-Pacifique, Nord-Kivu)? */
static int parts_are_places(const char *s, size_t n) {
  size_t a = 0, parts = 0;
  for (size_t i = 0; i <= n; i++) {
    if (i < n && s[i] != '-') continue;
    char w[ENT_FOLD_MAX];
    size_t m = ent_fold(s + a, i - a, w);
    if (m == (size_t)-1 || !m) return 0;
    uint32_t f = ent_lex_lookup(w, m);
    if (!(f & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_CARDINAL)) &&
        (!parts || !upper_ascii_or_latin(s + a)))
      return 0;
    parts++;
    a = i + 1;
  }
  return parts >= 2;
}

/* Flags of tokens i and i + 1 folded as one key ("Grand Prix"). */
static uint32_t pair_flags(ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i) || !ent_is_word(c, i + 1)) return 0;
  char buf[ENT_FOLD_MAX], w[ENT_FOLD_MAX];
  size_t a = ent_fold(c->text + c->tok[i].b0, c->tok[i].b1 - c->tok[i].b0, buf);
  if (a == (size_t)-1 || a + 1 >= ENT_FOLD_MAX) return 0;
  buf[a++] = ' ';
  /* ent_fold() may fill ENT_FOLD_MAX bytes: fold into w, then copy what
  ** fits (folding into buf + a overflowed buf by up to a bytes). */
  size_t b = ent_fold(c->text + c->tok[i + 1].b0,
                      c->tok[i + 1].b1 - c->tok[i + 1].b0, w);
  if (b == (size_t)-1 || a + b > ENT_FOLD_MAX) return 0;
  memcpy(buf + a, w, b);
  return ent_lex_lookup(buf, a + b);
}

/* "le site de X", "la station de X", "l'usine Y de X": an unknown name
** governed by "de" after a noun is most often a place. Not after a
** title, a group's members or a verb ("le fils de X", "les partisans de
** X", "parler de X"), where it is a person or a body. */
static int after_noun_de(ent_ctx *c, size_t t0) {
  if (t0 < 2 || !ent_is_word(c, t0 - 1) || !ent_is_word(c, t0 - 2)) return 0;
  if (c->tok[t0 - 2].sent != c->tok[t0].sent) return 0;
  if (!(word_is(c, t0 - 1, "de") || word_is(c, t0 - 1, "d'") ||
        word_is(c, t0 - 1, "d\xE2\x80\x99")))
    return 0;
  uint32_t f = ent_tok_flags(c, t0 - 2);
  if (f & (EL_TITLE | EL_PERCUE | EL_MEMBERS | EL_VERB | EL_FUNC)) return 0;
  return (f & EL_COMMON) || (c->tok[t0 - 2].flags & PRESSE_TF_UPPER);
}

/* "la station spatiale internationale (ISS)": an acronym defined by
** lowercase words names a thing, not a body (those are capitalised:
** "l'Organisation des Nations unies (ONU)", or say so: "syndicat"). */
static int defined_by_common_words(ent_ctx *c, const ent_span *s) {
  size_t t0 = s->t0;
  if (t0 < 2 || s->t1 >= c->ntok || c->tok[t0 - 1].kind != PRESSE_TOK_PUNCT ||
      c->text[c->tok[t0 - 1].b0] != '(' ||
      c->tok[s->t1].kind != PRESSE_TOK_PUNCT ||
      c->text[c->tok[s->t1].b0] != ')')
    return 0;
  size_t words = 0;
  for (size_t k = t0 - 1; k-- > 0 && words < 6;) {
    if (!ent_is_word(c, k)) return 0;
    uint32_t f = ent_tok_flags(c, k);
    if (c->tok[k].flags & PRESSE_TF_UPPER) return 0;
    if (f & (EL_ORGCUE | EL_ORGHEAD | EL_MEMBERS | EL_NOTENT)) return 0;
    if (f & EL_FUNC) return words >= 2;
    words++;
  }
  return 0;
}

/* A user name: letters then digits glued, "Jean64", "marc_75". */
static int user_name(const ent_ctx *c, const ent_span *s) {
  if (s->t1 - s->t0 != 1 || (c->tok[s->t0].flags & PRESSE_TF_ALLCAPS)) return 0;
  const char *p = c->text + s->b0;
  size_t n = s->b1 - s->b0, d = 0;
  while (d < n && p[n - 1 - d] >= '0' && p[n - 1 - d] <= '9')
    d++;
  return d > 0 && d < n && p[n - 1 - d] >= 'a' && p[n - 1 - d] <= 'z';
}

static void classify(ent_ctx *c, ent_span *s) {
  size_t ntok = 0;
  for (size_t j = s->t0; j < s->t1; j++)
    ntok += c->tok[j].kind != PRESSE_TOK_PUNCT &&
            c->tok[j].kind != PRESSE_TOK_SYMBOL &&
            !(c->tok[j].flags & PRESSE_TF_ELISION);
  if (!ntok) ntok = 1;
  uint32_t fs = span_flags(c, s);
  size_t fi = s->t0;
  int elided = 0;
  if (s->t1 - s->t0 > 1 && (c->tok[fi].flags & PRESSE_TF_ELISION))
    fi++, elided = 1;
  uint32_t f0;
  if (s->b0 != c->tok[s->t0].b0) {
    char w[ENT_FOLD_MAX];
    size_t m = ent_fold(c->text + s->b0, c->tok[s->t0].b1 - s->b0, w);
    f0 = m == (size_t)-1 ? 0 : ent_lex_lookup(w, m);
  } else {
    f0 = ent_tok_flags(c, fi);
  }
  if (ntok == 1 && !elided && s->t1 - s->t0 == 1) f0 = fs;
  uint32_t fl = ent_tok_flags(c, s->t1 - 1);
  uint32_t any = 0, common = 0;
  for (size_t j = s->t0; j < s->t1; j++) {
    uint32_t f = ent_tok_flags(c, j);
    any |= f;
    if (c->tok[j].kind == PRESSE_TOK_WORD &&
        (c->tok[j].flags & PRESSE_TF_UPPER) &&
        (((f & EL_COMMON) && !(f & EL_NAMEY)) ||
         (c->tok[j].flags & PRESSE_TF_ALLCAPS)))
      common = 1;
  }
  int cue = left_cue(c, s->t0);
  const presse_token *t0 = &c->tok[fi];
  const char *txt = c->text + s->b0;
  size_t len = s->b1 - s->b0;
  int plural = len > 3 && (txt[len - 1] == 's' || txt[len - 1] == 'x');
  int after_les = s->t0 > 0 && (ent_is_word(c, s->t0 - 1)) &&
                  (c->tok[s->t0 - 1].b1 - c->tok[s->t0 - 1].b0 == 3) &&
                  (!memcmp(c->text + c->tok[s->t0 - 1].b0, "les", 3) ||
                   !memcmp(c->text + c->tok[s->t0 - 1].b0, "des", 3) ||
                   !memcmp(c->text + c->tok[s->t0 - 1].b0, "aux", 3));
  uint8_t type = 0, ev = EV_DEFAULT;
  uint32_t pair = ntok > 1 ? pair_flags(c, fi) : 0;
  int lastnum = c->tok[s->t1 - 1].kind == PRESSE_TOK_NUMBER;

  if (cue == CUE_PORTFOLIO || user_name(c, s)) {
    s->type = 0;
    return;
  }
  if (ntok > 1 && (fs & (EL_COUNTRY | EL_CITY | EL_CAPNOM)) &&
      !(fs & EL_DEMONYM)) {
    type = PRESSE_LOC, ev = EV_LEXICON;
  } else if (ntok == 1 && (f0 & EL_COUNTRY) && !(f0 & EL_DEMONYM) &&
             cue != CUE_PER) {
    /* a country is a country whatever the cue: "les troupes du Mali" */
    type = PRESSE_LOC, ev = EV_CUE;
  } else if (ntok == 1 && (f0 & EL_DEMONYM) &&
             !(t0->flags & PRESSE_TF_ALLCAPS) && (!(f0 & EL_PLACE) || plural)) {
    /* les Maliens, les Corses (but la Corse) */
    type = PRESSE_MISC, ev = EV_LEXICON;
    s->flags |= SP_DEMONYM;
  } else if (elided) {
    /* an article that belongs to the name: L'Oréal, L'Équipe */
    type = PRESSE_ORG, ev = EV_FORM;
  } else if ((pair & EL_MISCCUE) && !(pair & EL_NAMEY)) {
    /* "Grand Prix de Plouay", "Jeux olympiques" */
    type = PRESSE_MISC, ev = EV_FORM;
  } else if ((s->flags & SP_DIGIT) && lastnum && ntok == 2 &&
             !(t0->flags & PRESSE_TF_ALLCAPS)) {
    /* a name and a number: "Ligue 1", "Falcon 9", "Euro 2016" */
    type = PRESSE_MISC, ev = EV_FORM;
  } else if ((f0 & EL_ORGHEAD) && ntok > 1) {
    type = PRESSE_ORG, ev = EV_FORM;
  } else if ((f0 & EL_LOCHEAD) && ntok > 1 && !(f0 & EL_GIVEN) &&
             cue != CUE_ORG && cue != CUE_MISC) {
    type = PRESSE_LOC, ev = EV_FORM;
  } else if ((f0 & EL_MISCCUE) && ntok > 1 && !(f0 & EL_NAMEY)) {
    type = PRESSE_MISC, ev = EV_FORM;
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
  } else if (ntok > 1 && (t0->flags & PRESSE_TF_ALLCAPS) &&
             c->tok[fi].b1 - c->tok[fi].b0 <= 4 &&
             !(c->tok[s->t1 - 1].flags & PRESSE_TF_ALLCAPS)) {
    /* an acronym and a name: "FC Nantes", "AS Monaco", "BNP Paribas" */
    type = PRESSE_ORG, ev = EV_LEXICON;
  } else if (ntok > 1 && (f0 & EL_GIVEN) && !(f0 & (EL_COUNTRY | EL_CITY))) {
    type = PRESSE_PER, ev = EV_LEXICON;
  } else if ((any & (EL_ORGWORD | EL_ORGHEAD)) && ntok > 1) {
    type = PRESSE_ORG, ev = EV_LEXICON;
  } else if (ntok > 1 && (any & (EL_COUNTRY | EL_CITY)) &&
             !(any & EL_CARDINAL)) {
    /* Air France, Météo France, AS Saint-Étienne: a name made with a
    ** place name is an organisation */
    type = PRESSE_ORG, ev = EV_LEXICON;
  } else if (ntok > 1 && (fl & EL_SURNAME) && !common) {
    type = PRESSE_PER, ev = EV_LEXICON;
  } else if ((s->flags & SP_ALLCAPS) && defined_by_common_words(c, s)) {
    type = PRESSE_MISC, ev = EV_CUE;
  } else if ((s->flags & SP_ALLCAPS) && !(f0 & EL_COUNTRY)) {
    type = PRESSE_ORG, ev = EV_FORM;
  } else if (ntok == 1 && (f0 & EL_CARDINAL)) {
    type = cue == CUE_LOC ? PRESSE_LOC : 0, ev = EV_CUE;
  } else if (ntok == 1 && (f0 & (EL_COUNTRY | EL_CITY | EL_CAPNOM))) {
    type = PRESSE_LOC, ev = EV_LEXICON;
  } else if (ntok == 1 && (t0->flags & PRESSE_TF_HYPHEN) &&
             parts_are_places(txt, len)) {
    type = PRESSE_LOC, ev = EV_LEXICON;
  } else if (ntok == 1 && (t0->flags & PRESSE_TF_HYPHEN) &&
             (starts_with(c, fi, "Saint-") || starts_with(c, fi, "Sainte-"))) {
    /* Saint-Malo, Sainte-Maxime: places unless a person's name says
    ** otherwise (consistency may still make it a short form) */
    type = PRESSE_LOC, ev = EV_LEXICON;
  } else if (ntok == 1 && (f0 & EL_ORGHEAD) &&
             !(f0 & (EL_ADJ | EL_LOCHEAD | EL_CARDINAL)) &&
             !(c->info[fi] & TI_AMBIG)) {
    /* the head of an institution alone, capitalised inside a sentence
    ** names it: "le Sénat", "le Parlement" */
    type = PRESSE_ORG, ev = EV_LEXICON;
  } else if (cue == CUE_LOC) {
    type = PRESSE_LOC, ev = EV_CUE;
  } else if (ntok == 1 && plural && after_les && !(f0 & EL_NAMEY)) {
    /* les Harkis, les Bleus: a capitalised group of people */
    type = PRESSE_MISC, ev = EV_LEXICON;
  } else if (ntok == 1 && (f0 & EL_NPR)) {
    /* hunspell's proper nouns that are neither cities nor countries are
    ** mostly brands and software */
    type = PRESSE_MISC, ev = EV_DEFAULT;
  } else if (ntok == 1 && (f0 & (EL_GIVEN | EL_SURNAME))) {
    type = PRESSE_PER, ev = EV_DEFAULT;
  } else if (ntok > 1) {
    /* several capitalised words: a person's name unless one is a common
    ** word (a work, an event, a product), or a body when a capitalised
    ** article opens it ("Les Verts", "La Gauche unie") */
    int art = (c->tok[s->t0].flags & PRESSE_TF_UPPER) &&
              (word_is(c, s->t0, "Le") || word_is(c, s->t0, "La") ||
               word_is(c, s->t0, "Les"));
    type = art ? PRESSE_ORG : common ? PRESSE_MISC : PRESSE_PER;
    ev = EV_DEFAULT;
  } else if ((f0 & EL_COMMON) && !(f0 & EL_NAMEY)) {
    /* a capitalised common word alone, mid-sentence: l'Univers, le
    ** Dragon. Weak: ent_doc.c keeps it only inside a longer name */
    type = PRESSE_MISC, ev = EV_NONE;
    s->flags |= SP_WEAK;
  } else if (ntok == 1 && after_noun_de(c, s->t0)) {
    type = PRESSE_LOC, ev = EV_DEFAULT;
  } else {
    type = PRESSE_ORG, ev = EV_NONE;
  }
  s->type = type;
  s->ev = ev;
}

void ent_classify(ent_ctx *c) {
  for (size_t i = 0; i < c->nsp; i++)
    classify(c, &c->sp[i]);
}
