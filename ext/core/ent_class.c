/*
** ent_class.c: the type of each candidate span, by weighing evidence.
**
** Each span gets a set of features (ent_int.h, ENT_FEATURES): of the name
** itself (the lexicons, its form: acronym, initials, digits, an
** institution's head word), of its context (a title or function before or
** after it, a speech verb after it, à / au / en before it, groupe, société,
** opération before it) and, in ent_doc.c, of the whole document. What a
** feature is worth is data: data/ent_evidence.txt gives, for each feature,
** the type it supports, a weight and the kind of evidence it is (compiled
** into $(BUILD)/gen/ent_evidence.h). The type with the highest sum wins;
** the strongest kind of evidence behind it is kept (ent_span.ev) so that
** ent_doc.c can weigh the mentions of one name against each other, and
** the features are kept (ent_span.feat) for the evidence trace.
*/
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ent_apposition_lists.h"
#include "ent_cuenoun_lists.h"
#include "ent_frames.h"
#include "ent_grammar.h"
#include "ent_int.h"

/* de, du, des, la, d', l': the word of n bytes at p with its token flags.
** On bytes so that a caller holding them (left_cue) tests them once. */
static inline int de_bytes(const char *p, size_t n, uint32_t flags) {
  return (n == 2 && p[0] == 'd' && (p[1] == 'e' || p[1] == 'u')) ||
         (n == 3 && p[0] == 'd' && p[1] == 'e' && p[2] == 's') ||
         (n == 2 && p[0] == 'l' && p[1] == 'a') ||
         ((flags & PRESSE_TF_ELISION) && (p[0] == 'd' || p[0] == 'l'));
}

static int de_word(const ent_ctx *c, size_t i) {
  return ent_is_word(c, i) &&
         de_bytes(c->text + c->tok[i].b0, c->tok[i].b1 - c->tok[i].b0,
                  c->tok[i].flags);
}

static inline int starts_with(const ent_ctx *c, size_t i, const char *w) {
  size_t l = strlen(w);
  return ent_is_word(c, i) && c->tok[i].b1 - c->tok[i].b0 >= l &&
         !memcmp(c->text + c->tok[i].b0, w, l);
}

enum {
  CUE_PER = 1,
  CUE_LOC = 2,
  CUE_ORG = 4,
  CUE_MISC = 8,
  CUE_PORTFOLIO = 16,
  /* with CUE_LOC or CUE_MISC: the cue is a noun right before the name
  ** ("la série X", "le pont X"), whose name X is, whatever its words */
  CUE_NEXT = 32,
  /* a body's head and "de" before the name ("le président du X"): a cue
  ** of a body only for a name the lexicons do not place (features(),
  ** unplaced_name()) */
  CUE_HEAD = 64
};

/* Lowercase noun k after "de", "d'", "de la", "du" and a cue: what the
** cue announces (CUE_PER, CUE_ORG, CUE_MISC), else 0. */
static int noun_complement_cue(ent_ctx *c, size_t k) {
  if ((c->tok[k].flags & PRESSE_TF_UPPER) || k < 2) return 0;
  /* the word before is "la", "l'", "de", "du" or "d'": short, and l or d */
  char a = c->text[c->tok[k - 1].b0];
  if ((a != 'l' && a != 'd') || c->tok[k - 1].b1 - c->tok[k - 1].b0 > 4)
    return 0;
  size_t d = k;
  if (d > 0 && (ew_la(c, d - 1) || ((c->tok[d - 1].flags & PRESSE_TF_ELISION) &&
                                    c->text[c->tok[d - 1].b0] == 'l')))
    d--;
  /* (and "des": "le club des supporters X"; branch ents14) */
  if (d < 2 ||
      !(ew_de_du_des(c, d - 1) || ((c->tok[d - 1].flags & PRESSE_TF_ELISION) &&
                                   c->text[c->tok[d - 1].b0] == 'd')))
    return 0;
  size_t q = d - 2;
  if (!ent_is_word(c, q) || (c->tok[q].flags & PRESSE_TF_UPPER) ||
      c->tok[q].sent != c->tok[k].sent)
    return 0;
  uint32_t g = ent_tok_flags(c, q);
  if (g & EL_TITLE) return CUE_PER;
  if (g & EL_ORGCUE) return CUE_ORG;
  if (g & EL_MISCCUE) return CUE_MISC;
  return 0;
}

/* What the words just before token t0 announce. Lowercase adjectives in
** between are skipped ("le ministre malien", "la société paramilitaire
** russe"); "de" only after a place cue ("nord du", "capitale de la"). */
/* "côté", "côtés" fold as "côte", a coast, does (a place's cue of
** data/ent_loccues.txt), but "du côté de X" says nothing of X: a
** ministry by its seat ("du côté de Matignon"), a party, a town. */
static int side_word(const char *p, size_t n) {
  return (n == 6 || (n == 7 && p[6] == 's')) && p[4] == '\xC3' &&
         p[5] == '\xA9' && (p[0] == 'c' || p[0] == 'C');
}

/* "les salariés de X", "les employés de X" (k the noun, t0 the name):
** when no lexicon knows X at all, X is as often the site, a town named
** for its plant ("les salariés de Douvrin", beside "à Douvrin" and "le
** site de Douvrin"), as the company; the cue is left out and the
** document's other mentions decide. A known word keeps it ("les salariés
** d'Ardent", "de Renault"); a known town never had it (see features()).
** Branch ents10a. */
static __attribute__((noinline)) int staff_of_site(ent_ctx *c, size_t k,
                                                   size_t t0) {
  /* the staff's nouns: data/ent_cuenouns.txt, value 1, compared as
  ** written (STAFF_NOUNS, build/gen/ent_cuenoun_lists.h) */
  if (!(STAFF_NOUNS(ENT_WORD_IS_K) 0)) return 0;
  if (!ent_is_word(c, t0) || (c->tok[t0].flags & PRESSE_TF_ALLCAPS) ||
      (ent_tok_flags(c, t0) & (EL_NAMEY | EL_COMMON | EL_ORGWORD | EL_ORGHEAD)))
    return 0;
  /* one word: "de Valmétal Industrie" has its own words */
  return t0 + 1 >= c->ntok || !ent_is_word(c, t0 + 1) ||
         !(c->tok[t0 + 1].flags & PRESSE_TF_UPPER);
}

/* "a confié au Parisien", "a indiqué au Temps", "un entretien aux
** Échos": a capitalised common noun or a people's noun after a verb of
** saying (or "entretien") and "au", "aux" is the newspaper spoken to, a
** body, not a place nor a people; a place keeps its name ("a déclaré à
** Kiev" has no common noun), and a people in the plural is spoken to
** ("promis aux Français"). The nouns of speaking ("entretien") are
** data/ent_cuenouns.txt, value 2, compared as written
** (SPEECH_CUE_NOUNS, build/gen/ent_cuenoun_lists.h). Branch ents10a. */
static __attribute__((noinline)) int
speech_to_medium(ent_ctx *c, const ent_span *s, uint32_t f0) {
  size_t t = s->t0;
  if (t < 2 || !(f0 & (EL_COMMON | EL_DEMONYM)) ||
      (f0 & (EL_COUNTRY | EL_CITY | EL_REGION | EL_GIVEN | EL_SURNAME)) ||
      !(ew_au(c, t - 1) || (ew_aux(c, t - 1) && !(f0 & EL_DEMONYM))) ||
      !ent_is_word(c, t - 2) || (c->tok[t - 2].flags & PRESSE_TF_UPPER) ||
      c->tok[t - 2].sent != c->tok[t].sent)
    return 0;
  if (ent_tok_flags(c, t - 2) & EL_SPEECH) return 1;
#define SPEECH_CUE_NOUN(w) word_is(c, t - 2, w) ||
  return SPEECH_CUE_NOUNS(SPEECH_CUE_NOUN) 0;
#undef SPEECH_CUE_NOUN
}

/* Is word token k a portfolio's holder (data/ent_cuenouns.txt, value 4,
** PORTFOLIO_HOLDERS)? */
static int portfolio_holder(ent_ctx *c, size_t k) {
  return ent_is_word(c, k) && (PORTFOLIO_HOLDERS(ENT_WORD_IS_K) 0);
}

/* "le garde des Sceaux", "le vice-ministre de l'Agriculture", "la
** commissaire européenne aux Affaires intérieures": before the
** preposition at token k ("de", "des", "du", "au", "aux"), a holder of a
** portfolio, maybe with its adjective, makes the capitalised common noun
** at t0 a portfolio, no name (as "ministre de" does in left_cue()). */
static __attribute__((noinline)) int held_portfolio(ent_ctx *c, size_t k,
                                                    size_t t0) {
  if (k == 0 || !(ent_tok_flags(c, t0) & EL_COMMON)) return 0;
  size_t h = k - 1;
  if (h > 0 && ent_is_word(c, h) && !(c->tok[h].flags & PRESSE_TF_UPPER) &&
      (ent_tok_flags(c, h) & EL_ADJ) && !portfolio_holder(c, h))
    h--;
  return portfolio_holder(c, h);
}

/* Is token k, right before name t0, a storm's noun capitalised because it
** opens the sentence or the line ("Ouragan X : 39 morts", a headline)? The
** span stage leaves it out of the name (drop_ambiguous()); it still says
** the name is the storm's, not a person's. */
static __attribute__((noinline)) int storm_opens(ent_ctx *c, size_t k,
                                                 size_t t0) {
  if (k + 1 != t0 || (c->tok[k].flags & PRESSE_TF_ALLCAPS) ||
      !(k == 0 || c->tok[k - 1].sent != c->tok[k].sent ||
        (c->tok[k].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START))))
    return 0;
  uint32_t f = ent_tok_flags(c, k);
  return (f & EL_MISCCUE) && !(f & EL_NAMEY) && ent_storm_word(c, k);
}

/* Is the title at word token k the head of a body before "de" and its
** name (data/ent_cuenouns.txt, value 16, BODY_HEADS)? */
static int body_head(const ent_ctx *c, size_t k) {
  return BODY_HEADS(ENT_WORD_IS_K) 0;
}

static int left_cue(ent_ctx *c, size_t t0) {
  size_t k = t0;
  int skipped = 0, via_de = 0, noun_de = 0;
  /* a title in quotation marks: "l'album « X »", "le journal « X »" */
  if (k > 1 && c->tok[k - 1].kind == PRESSE_TOK_PUNCT &&
      (c->tok[k - 1].flags & PRESSE_TF_OPEN_QUOTE))
    k--;
  while (k > 0 && skipped <= 4) {
    k--;
    if (!ent_is_word(c, k) || c->tok[k].sent != c->tok[t0].sent) return 0;
    /* (a common noun's acronym is a cue too: "l'ONG X"; and "À" opening
    ** a sentence is the preposition: "À Kervel, les ...") */
    if (c->tok[k].flags & PRESSE_TF_UPPER &&
        !(c->tok[k].flags & PRESSE_TF_ABBREV) && !ew_cap_a(c, k) &&
        !(ent_tok_flags(c, k) & EL_TITLE) &&
        !((c->tok[k].flags & PRESSE_TF_ALLCAPS) &&
          (ent_tok_flags(c, k) & (EL_NOTENT | EL_ORGCUE)) ==
              (EL_NOTENT | EL_ORGCUE)))
      return storm_opens(c, k, t0) ? CUE_MISC | CUE_NEXT : 0;
    uint32_t f = ent_tok_flags(c, k);
    /* token k is a word: its bytes read once here, where word_is(),
    ** starts_with() and de_word() would each test it again and reload
    ** c->tok after the out-of-line lookup above */
    const char *p = c->text + c->tok[k].b0;
    size_t n = c->tok[k].b1 - c->tok[k].b0;
    /* the verb "a" folds like the preposition "à"; a cardinal point
    ** announces a place only through "de" ("à l'est de X"): "qui est X"
    ** is the verb (from branch ents, ef11d10) */
    if (n == 1 && p[0] == 'a') return 0;
    if ((f & EL_CARDINAL) && !via_de) return 0;
    /* "ministre des Affaires étrangères", "ministère de l'Intérieur": a
    ** portfolio, not a name */
    if (via_de && n >= 6 &&
        (!memcmp(p, "minist", 6) || !memcmp(p, "Minist", 6)))
      return CUE_PORTFOLIO;
    if (k + 2 >= t0 &&
        (de_bytes(p, n, c->tok[k].flags) ||
         (n == 2 && p[0] == 'a' && p[1] == 'u') ||
         (n == 3 && p[0] == 'a' && p[1] == 'u' && p[2] == 'x')) &&
        held_portfolio(c, k, t0))
      return CUE_PORTFOLIO;
    if (f & (EL_TITLE | EL_PERCUE)) {
      if (!via_de) return CUE_PER;
      if (f & EL_LOCCUE) return CUE_LOC;
      /* (the title may be the head's adjective: "directrice générale") */
      return body_head(c, k) || ((f & EL_ADJ) && k > 0 && body_head(c, k - 1))
                 ? CUE_HEAD
                 : 0;
    }
    /* "face à X", "grâce à X", "succède à X": no place; nor "analyste à
    ** X", "professeur à X", where X employs the person */
    if ((f & EL_LOCCUE) && (f & EL_FUNC) && k > 0 && ent_is_word(c, k - 1)) {
      uint32_t g = ent_tok_flags(c, k - 1);
      if ((g & EL_NOTLOC) || ((g & EL_TITLE) && !(g & EL_LOCCUE))) return 0;
    }
    /* a noun of a thing right before the name: "le pont X", "la série
    ** X" (not a preposition, a participle or a function: "à X", "situé
    ** X", "le maire X") */
    int next = !via_de && !skipped && (f & (EL_LOCCUE | EL_MISCCUE)) &&
                       (f & EL_COMMON) &&
                       !(f & (EL_FUNC | EL_VERB | EL_TITLE | EL_PERCUE))
                   ? CUE_NEXT
                   : 0;
    if ((f & EL_LOCCUE) && side_word(p, n)) return 0;
    if (f & EL_LOCCUE) return CUE_LOC | next;
    /* (but "l'association de consommateurs X": a lowercase word that
    ** can be a noun between "de" and the name makes the cue's complement,
    ** and the name the cue's own; branch ents14) */
    if (f & EL_ORGCUE) return via_de && !noun_de ? 0 : CUE_ORG;
    /* (but "les salariés de X", X unknown: see staff_of_site()) */
    if ((f & EL_MEMBERS) && via_de)
      return staff_of_site(c, k, t0) ? 0 : CUE_ORG;
    if (f & EL_MISCCUE) return via_de ? 0 : CUE_MISC | next;
    if ((f & (EL_ADJ | EL_DEMONYM)) && !(c->tok[k].flags & PRESSE_TF_UPPER) &&
        !(f & EL_FUNC)) {
      noun_de |= !via_de && (f & EL_COMMON) && !(f & EL_DEMONYM);
      skipped++;
      continue;
    }
    if (de_bytes(p, n, c->tok[k].flags)) {
      via_de = 1;
      skipped++;
      continue;
    }
    /* a cue with a complement of its own: "l'accélérateur de particules
    ** X", "la chaîne de télévision X", "le directeur de campagne X" */
    if (!via_de && (f & EL_COMMON) && !(f & (EL_FUNC | EL_VERB)))
      return noun_complement_cue(c, k);
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
    size_t a = ent_fold_text(c, p, n, w);
    if (a == (size_t)-1 || m + a > ENT_FOLD_MAX) return 0;
    memcpy(buf + m, w, a);
    m += a;
  }
  return ent_lex_lookup(buf, m);
}

/* Is token i a separator of a list of labels (tags, menus: "·", "|",
** "•", ",", ":") or no token on the line of token j? */
static int label_sep(const ent_ctx *c, size_t i, size_t j) {
  if (i >= c->ntok || c->tok[i].sent != c->tok[j].sent) return 1;
  const presse_token *t = &c->tok[i];
  uint32_t brk = PRESSE_TF_LINE_START | PRESSE_TF_PARA_START;
  if (i > j ? (t->flags & brk) : (c->tok[j].flags & brk)) return 1;
  if (t->kind != PRESSE_TOK_PUNCT && t->kind != PRESSE_TOK_SYMBOL) return 0;
  size_t n = t->b1 - t->b0;
  const char *p = c->text + t->b0;
  /* (">" and "/" part a breadcrumb: "Accueil > Faits divers > Justice") */
  return (n == 1 &&
          (*p == ',' || *p == ':' || *p == '|' || *p == '>' || *p == '/')) ||
         (n == 2 && !memcmp(p, "\xC2\xB7", 2)) ||
         (n == 3 && !memcmp(p, "\xE2\x80\xA2", 3));
}

/* Does the label holding the lowercase word k open with a capital
** ("Mots-clés : Parti socialiste, Emploi": "socialiste" belongs to
** "Parti")? Back to the comma, colon, bar or bullet before it, which
** must be there: a label opening its line may be a sentence ("Les
** peintres Manet, Millet"). Returns the index of the label's first
** word, or (size_t)-1 when it opens with a lowercase or function word. */
static size_t label_start(ent_ctx *c, size_t k) {
  uint32_t brk = PRESSE_TF_LINE_START | PRESSE_TF_PARA_START;
  size_t first = (size_t)-1;
  for (size_t j = k + 1; j > 0;) {
    j--;
    if (c->tok[j].sent != c->tok[k].sent) return (size_t)-1;
    if (ent_is_word(c, j))
      first = j;
    else if (label_sep(c, j, k))
      break;
    if (c->tok[j].flags & brk) return (size_t)-1;
  }
  if (first == (size_t)-1 || !(c->tok[first].flags & PRESSE_TF_UPPER) ||
      (ent_tok_flags(c, first) & EL_FUNC))
    return (size_t)-1;
  return first;
}

/* A label made of common words alone between separators ("Sur le même
** sujet : Kervel · Collège · Carte scolaire", "Newsletter Politique :",
** "À LA UNE :"): a topic, no name. Not a place or a name, nor a body's
** head with more words ("Conseil constitutionnel"). Taken from branch
** ents (9eed716), without its list of bodies. */
static int common_label(ent_ctx *c, const ent_span *s) {
  if (!label_sep(c, s->t0 ? s->t0 - 1 : c->ntok, s->t0) ||
      !label_sep(c, s->t1, s->t1 - 1) || ent_dateline_at(c, s->t0, s->t1))
    return 0;
  /* a party's name, its article and a word of bodies' names
  ** (data/ent_orgwords.txt), in a list of tags: "Tags : Les Écologistes" */
  if (s->t1 - s->t0 == 2 && ew_cap_les(c, s->t0) &&
      (ent_tok_flags(c, s->t0 + 1) & EL_ORGWORD))
    return 0;
  /* a masthead opening its line with its article: "Le Matin Sportif" */
  if (s->t1 - s->t0 > 1 &&
      (c->tok[s->t0].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) &&
      ew_cap_definite(c, s->t0))
    return 0;
  /* a list of labels, not of names in a sentence ("les peintres Manet,
  ** Millet, Monet"): back to the line's start or a colon, bullet or
  ** bar, only capitalised words and separators */
  uint32_t brk = PRESSE_TF_LINE_START | PRESSE_TF_PARA_START;
  size_t label0 = (size_t)-1; /* first word of a label checked whole */
  for (size_t k = s->t0; k > 0 && !(c->tok[k].flags & brk);) {
    k--;
    if (c->tok[k].sent != c->tok[s->t0].sent) break;
    if (ent_is_word(c, k)) {
      if (!(c->tok[k].flags & PRESSE_TF_UPPER) &&
          (label0 == (size_t)-1 || k < label0) &&
          (label0 = label_start(c, k)) == (size_t)-1)
        return 0;
      continue;
    }
    const char *p = c->text + c->tok[k].b0;
    if (*p == ':' || *p == '|' || (unsigned char)*p >= 0x80) break;
  }
  for (size_t j = s->t0; j < s->t1; j++) {
    if (!ent_is_word(c, j)) return 0;
    uint32_t f = ent_tok_flags(c, j);
    if (!(f & (EL_COMMON | EL_ENGLISH | EL_FUNC)) ||
        (f & (EL_NAMEY | EL_LOCHEAD | EL_MISCCUE | EL_EVENT)))
      return 0;
    if ((f & EL_ORGHEAD) && s->t1 - s->t0 > 1) return 0;
  }
  /* but a place the lexicon knows whole: "Tags : Côte d'Ivoire | Cacao",
  ** "Côte d'Ivoire : ..." */
  return s->t1 - s->t0 == 1 ||
         !(span_flags(c, s) & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_REGION));
}

/* Is token i a mark that parts a site's rubrics on a line (">", "›",
** "|", "/", ":", "·", "•", "-", "–", "—")? */
static int rubric_mark(const ent_ctx *c, size_t i) {
  const presse_token *t = &c->tok[i];
  if (t->kind != PRESSE_TOK_PUNCT && t->kind != PRESSE_TOK_SYMBOL) return 0;
  size_t n = t->b1 - t->b0;
  const char *p = c->text + t->b0;
  if (n == 1)
    return *p == '>' || *p == '|' || *p == '/' || *p == ':' || *p == '-';
  return (n == 2 && !memcmp(p, "\xC2\xB7", 2)) ||
         (n == 3 &&
          (!memcmp(p, "\xE2\x80\xA2", 3) || !memcmp(p, "\xE2\x80\xBA", 3) ||
           !memcmp(p, "\xE2\x80\x93", 3) || !memcmp(p, "\xE2\x80\x94", 3)));
}

/* A site's rubric: common words joined by "&" alone between the line's
** ends or rubric marks ("Tech & Numérique", "Sciences et Avenir > Nature
** & Environnement > Animaux"). A brand of common words is written in a
** sentence ("chez Nature & Découvertes"); a name no lexicon knows as a
** common word (Procter & Gamble, Pierre & Vacances) is kept. */
static int amp_rubric(ent_ctx *c, const ent_span *s) {
  uint32_t brk = PRESSE_TF_LINE_START | PRESSE_TF_PARA_START;
  if (!(c->tok[s->t0].flags & brk) &&
      (!s->t0 || ent_is_word(c, s->t0 - 1) || !rubric_mark(c, s->t0 - 1) ||
       c->tok[s->t0 - 1].sent != c->tok[s->t0].sent))
    return 0;
  int amp = 0;
  for (size_t j = s->t0 + 1; j < s->t1; j++)
    if (!ent_is_word(c, j)) {
      if (c->tok[j].b1 - c->tok[j].b0 != 1 || c->text[c->tok[j].b0] != '&')
        return 0;
      amp = 1;
    }
  if (!amp) return 0;
  for (size_t j = s->t0; j < s->t1; j++) {
    uint32_t f = ent_is_word(c, j) ? ent_tok_flags(c, j) : EL_COMMON;
    if (!(f & (EL_COMMON | EL_ENGLISH)) || (f & EL_NAMEY)) return 0;
  }
  return s->t1 >= c->ntok || (c->tok[s->t1].flags & brk) ||
         (rubric_mark(c, s->t1) && !(c->tok[s->t1].flags & brk));
}

static int upper_ascii_or_latin(const char *s) {
  unsigned char a = (unsigned char)s[0];
  return (a >= 'A' && a <= 'Z') || (a == 0xC3 && (unsigned char)s[1] >= 0x80 &&
                                    (unsigned char)s[1] <= 0x9E);
}

/* Does the hyphenated word s[0..n) open with "Radio-" or "Télé-" and a
** capital ("Radio-Kervel", "Télé-Trégor": a broadcaster named after its
** place; data/ent_spanwords.txt, bit 1024)? Not every institution's head:
** some open places too (Haut-Rhin). */
static int head_part(const char *s, size_t n) {
  const char *h = memchr(s, '-', n);
  if (!h || h == s || (size_t)(h - s) + 1 >= n || !upper_ascii_or_latin(h + 1))
    return 0;
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(s, (size_t)(h - s), w);
  return m != (size_t)-1 && ent_head_part_word(w, m);
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

/* "les commandes de X", "avec la participation de X", "propriétaire de
** X": the complement of a noun of a company's trade or ownership is the
** party that orders, holds or is held, a body, never the place a thing
** is in (data/ent_cuenouns.txt, value 64, compared as written:
** TRADE_NOUNS, build/gen/ent_cuenoun_lists.h). Branch ents21. */
static int trade_noun(ent_ctx *c, size_t k) {
  return TRADE_NOUNS(ENT_WORD_IS_K) 0;
}

/* "le site de X", "la station de X", "l'usine Y de X": an unknown name
** governed by "de" after a noun is most often a place. Not after a
** title, a group's members or a verb ("le fils de X", "les partisans de
** X", "parler de X"), where it is a person or a body. */
static int after_noun_de(ent_ctx *c, size_t t0) {
  if (t0 < 2 || !ent_is_word(c, t0 - 1) || !ent_is_word(c, t0 - 2)) return 0;
  if (c->tok[t0 - 2].sent != c->tok[t0].sent) return 0;
  if (!ew_de_form(c, t0 - 1)) return 0;
  uint32_t f = ent_tok_flags(c, t0 - 2);
  if (f & (EL_TITLE | EL_PERCUE | EL_MEMBERS | EL_VERB | EL_FUNC)) return 0;
  if (trade_noun(c, t0 - 2)) return 0;
  /* nor after a title and its adjective: "le directeur commercial de X" */
  if ((f & EL_ADJ) && t0 >= 3 && ent_is_word(c, t0 - 3) &&
      (ent_tok_flags(c, t0 - 3) & EL_TITLE))
    return 0;
  return (f & EL_COMMON) || (c->tok[t0 - 2].flags & PRESSE_TF_UPPER);
}

/* The coordinating conjunctions of data/ent_grammar.txt (bit 1). */
ENT_WORD_LIST_TEST(coordinator, COORDINATORS)

/* Is word token k a noun of a work whose author follows it ("une étude
** du X", "une inspection du X": data/ent_cuenouns.txt, value 32,
** build/gen/ent_work_nouns.h)? */
static int work_noun(const ent_ctx *c, size_t k) {
#define WORK_NOUN(w) word_is(c, k, w) ||
  return
#include "ent_work_nouns.h"
      0;
#undef WORK_NOUN
}

/* "un café du X", "un agriculteur de X", "(PGHM) de X": a word no source
** knows after "du", "de" or "d'" with nothing else for any type is where
** the thing or the person is when the document names it once, in
** passing; a body the article speaks of it names again ("les armes du X"
** ... "le X dément"). This tells the first half; ent_doc.c counts the
** mentions (passing_place()). Whatever governs "de": a title, a bracket,
** a quotation mark (after_noun_de() types a word after a plain noun);
** not a work whose author follows ("une étude du X"), a party to a
** trade ("les commandes de X": see trade_noun()), a group's members
** ("les salariés de X": see staff_of_site()), nor "et" or "ou",
** which leave the governing word out of sight ("auprès d'investisseurs
** et de X"). Not a word in capitals (an acronym). Branch ents20. */
static __attribute__((noinline)) int
place_in_passing(ent_ctx *c, const ent_span *s, uint32_t f0) {
  size_t t0 = s->t0;
  if (s->t1 != t0 + 1 || (f0 & ~(uint32_t)EL_PREFIX) || t0 < 2 ||
      (c->tok[t0].flags & PRESSE_TF_ALLCAPS) ||
      c->tok[t0 - 2].sent != c->tok[t0].sent)
    return 0;
  int du = ew_du(c, t0 - 1);
  if (!du && !ew_de_form(c, t0 - 1)) return 0;
  if (!ent_is_word(c, t0 - 2)) return !du;
  /* (a partitive "du" after a verb or a preposition: "traité avec du X",
  ** a product) */
  uint32_t gov = EL_MEMBERS | (du ? EL_FUNC | EL_VERB : 0);
  return !work_noun(c, t0 - 2) && !trade_noun(c, t0 - 2) &&
         !coordinator(c, t0 - 2) && !(ent_tok_flags(c, t0 - 2) & gov);
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

/* "l'Institut kervalien de recherche (KRI)", "la Fédération kervalienne
** des éducateurs (Fekode)": one word in brackets right after a body's
** name that its head word opens is that body's acronym even when the
** name does not spell it (another language's words, syllables), if it is
** in capitals or opens with the name's first letter. (s[-1] is the name,
** already classified.) */
static int body_acronym(ent_ctx *c, const ent_span *s) {
  const ent_span *p = s - 1;
  if (p->type != PRESSE_ORG || !(p->feat & EFB(org_head)) ||
      s->t1 != s->t0 + 1 || s->t1 >= c->ntok ||
      c->text[c->tok[s->t0 - 1].b0] != '(' || c->text[c->tok[s->t1].b0] != ')')
    return 0;
  if (c->tok[s->t0].flags & PRESSE_TF_ALLCAPS) return 1;
  char a[ENT_FOLD_MAX], b[ENT_FOLD_MAX];
  size_t la = s->b1 - s->b0, lb = p->b1 - p->b0;
  size_t m = ent_fold(c->text + s->b0, la < 4 ? la : 4, a);
  size_t n = ent_fold(c->text + p->b0, lb < 4 ? lb : 4, b);
  return m != (size_t)-1 && n != (size_t)-1 && m && n && a[0] == b[0];
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

/* The evidence table, in the order of data/ent_evidence.txt. */
static const ent_weight ent_weights[] = {
#include "ent_evidence.h"
};

#define ENT_FEATURE_NAME(n) #n,
static const char *const feature_names[] = {ENT_FEATURES(ENT_FEATURE_NAME)};
#undef ENT_FEATURE_NAME

/* The same table by feature, for ent_score(): weight and kind of
** evidence of each feature for each type (generated from the same file). */
static const int16_t weight_of[EF_COUNT][5] = {
#define ENT_W(f, t, e, w) [EF_##f][PRESSE_##t] = w,
#include "ent_evidence_by.h"
#undef ENT_W
};
static const uint8_t ev_of[EF_COUNT][5] = {
#define ENT_W(f, t, e, w) [EF_##f][PRESSE_##t] = (w) > 0 ? EV_##e : EV_NONE,
#include "ent_evidence_by.h"
#undef ENT_W
};

void ent_score(ent_feat feat, int score[5], uint8_t ev[5]) {
#if defined(__SSE2__)
  /* the four types at once where SSE2 is there (every x86-64): weights
  ** sign-extended to 32 bits and added, kinds of evidence maxed */
  __m128i sum = _mm_setzero_si128(), top = _mm_setzero_si128();
  /* word by word: a 128-bit ctz and clear cost twice a 64-bit one */
  const uint64_t half[2] = {(uint64_t)feat, ent_feat_hi(feat)};
  for (int h = 0; h < 2; h++)
    for (uint64_t bits = half[h]; bits; bits &= bits - 1) {
      int f = 64 * h + __builtin_ctzll(bits);
      if (f >= EF_COUNT) break;
      __m128i w =
          _mm_loadl_epi64((const __m128i *)(const void *)&weight_of[f][1]);
      sum = _mm_add_epi32(sum, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
      uint32_t e;
      memcpy(&e, &ev_of[f][1], 4);
      top = _mm_max_epu8(top, _mm_cvtsi32_si128((int)e));
    }
  int32_t s4[4];
  _mm_storeu_si128((__m128i *)(void *)s4, sum);
  uint32_t e4 = (uint32_t)_mm_cvtsi128_si32(top);
  score[0] = 0, ev[0] = EV_NONE;
  for (int t = 1; t < 5; t++)
    score[t] = s4[t - 1], ev[t] = (uint8_t)(e4 >> (8 * (t - 1)));
#else
  for (int t = 0; t < 5; t++)
    score[t] = 0, ev[t] = EV_NONE;
  /* word by word: a 128-bit ctz and clear cost twice a 64-bit one */
  const uint64_t half[2] = {(uint64_t)feat, ent_feat_hi(feat)};
  for (int h = 0; h < 2; h++)
    for (uint64_t bits = half[h]; bits; bits &= bits - 1) {
      int f = 64 * h + __builtin_ctzll(bits);
      if (f >= EF_COUNT) break;
      for (int t = 1; t < 5; t++) {
        score[t] += weight_of[f][t];
        if (ev_of[f][t] > ev[t]) ev[t] = ev_of[f][t];
      }
    }
#endif
}

/* The score of F for a person alone: ent_score()'s PER column, without
** the other types and the kinds of evidence. features() asks it twice
** (verb_alone(), the article before a name) of features that are not yet
** final: what it answers changes the features classify() then scores, so
** classify()'s one full score cannot answer it. */
static int person_score(ent_feat feat) {
  int sum = 0;
  const uint64_t half[2] = {(uint64_t)feat, ent_feat_hi(feat)};
  for (int h = 0; h < 2; h++)
    for (uint64_t bits = half[h]; bits; bits &= bits - 1) {
      int f = 64 * h + __builtin_ctzll(bits);
      if (f >= EF_COUNT) break;
      sum += weight_of[f][PRESSE_PER];
    }
  return sum;
}

static const char *const type_names[5] = {"-", "PER", "LOC", "ORG", "MISC"};

size_t ent_evidence_text(ent_feat feat, int type, char *out, size_t cap) {
  size_t n = 0;
  if (!cap) return 0;
  out[0] = 0;
#define PUT(...)                                                               \
  do {                                                                         \
    int k_ = snprintf(out + n, cap - n, __VA_ARGS__);                          \
    if (k_ < 0) return n;                                                      \
    n = (size_t)k_ >= cap - n ? cap - 1 : n + (size_t)k_;                      \
  } while (0)
  for (int f = 0; f < EF_COUNT; f++) {
    if (!(feat & ((ent_feat)1 << f))) continue;
    PUT("%s%s", n ? " " : "", feature_names[f]);
    for (size_t i = 0; i < sizeof ent_weights / sizeof ent_weights[0]; i++)
      if (ent_weights[i].feat == f)
        PUT(" %s%+d", type_names[ent_weights[i].type], ent_weights[i].weight);
    PUT(",");
  }
  if (n && out[n - 1] == ',') out[--n] = 0;
  int score[5];
  uint8_t ev[5];
  ent_score(feat & ~(EFB(doc_type) | EFB(doc_person) | EFB(doc_acronym) |
                     EFB(doc_last_word) | EFB(doc_first_word) | EFB(doc_start)),
            score, ev);
  PUT("%s=>", n ? " " : "");
  for (int t = 1; t < 5; t++)
    if (score[t]) PUT(" %s %d", type_names[t], score[t]);
  if (type >= 1 && type <= 4) PUT(" : %s", type_names[type]);
#undef PUT
  return n;
}

/* Is token i one of the auxiliaries before a participle (a, avait...:
** data/ent_auxiliaries.txt, compared as written, build/gen/
** ent_auxiliaries.h)? They all open with a, v or o (the build checks it):
** that letter first. */
static int aux_word(const ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i)) return 0;
  char a = c->text[c->tok[i].b0];
  if (a != 'a' && a != 'v' && a != 'o') return 0;
#define AUX_WORD(w) word_is(c, i, w) ||
  return
#include "ent_auxiliaries.h"
      0;
#undef AUX_WORD
}

static int punct_is(const ent_ctx *c, size_t i, char ch) {
  return i < c->ntok && c->tok[i].kind == PRESSE_TOK_PUNCT &&
         c->text[c->tok[i].b0] == ch;
}

/* Is word token k a scoring action of a match report (data/ent_cuenouns.txt,
** value 8, SCORE_NOUNS)? */
static int score_noun(ent_ctx *c, size_t k) {
  return ent_is_word(c, k) && (SCORE_NOUNS(ENT_WORD_IS_K) 0);
}

/* "2 essais (Kervalec, Trémaud)", "4 pénalités (Kervalec)", "essais de
** Kervalec (12e) et Trémaud (33e)": the names a match report lists after
** a scoring action, in brackets or after "de", are its players, persons,
** though no lexicon knows them (they were bodies by default). Walks left
** over the list (names, minutes, commas, "et", brackets) to the noun. */
static __attribute__((noinline)) int scorer_listed(ent_ctx *c,
                                                   const ent_span *s) {
  size_t sent = c->tok[s->t0].sent;
  for (size_t k = s->t0, n = 0; k > 0 && n < 24; n++) {
    k--;
    if (c->tok[k].sent != sent) return 0;
    if (punct_is(c, k, '(') || de_word(c, k))
      return k > 0 && score_noun(c, k - 1) &&
             (punct_is(c, k, '(') ||
              (c->text[c->tok[k].b0] == 'd' &&
               (c->tok[k].flags & PRESSE_TF_ELISION || ew_de(c, k))));
    if (punct_is(c, k, ',') || punct_is(c, k, ')') || ew_et(c, k) ||
        (c->tok[k].flags & PRESSE_TF_UPPER) ||
        (c->text[c->tok[k].b0] >= '0' && c->text[c->tok[k].b0] <= '9'))
      continue;
    return 0;
  }
  return 0;
}

/* Span s opens its line and a colon follows it: the shape of a kicker
** ("Hennebont : deux blessés", "Prix du gazole : …"). */
static int line_kicker(const ent_ctx *c, const ent_span *s) {
  return (c->tok[s->t0].flags &
          (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) &&
         punct_is(c, s->t1, ':');
}

/* A headline's kicker ("Prix du gazole : ...", "Loi de finances 2027 :
** ..."): a head of events and products (data/ent_misccues.txt) opening
** its line, then only lowercase words and numbers up to a colon, is the
** article's topic, capitalised by its place alone. An event's name has a
** capitalised word ("Coupe de France :", "Festival d'Avignon :"); the
** dev gold names no kicker of lowercase words. */
static int kicker_topic(const ent_ctx *c, const ent_span *s) {
  if (!line_kicker(c, s)) return 0;
  int low = 0;
  for (size_t j = s->t0 + 1; j < s->t1; j++) {
    if (c->tok[j].flags & PRESSE_TF_UPPER) return 0;
    if (ent_is_word(c, j) && !(c->tok[j].flags & PRESSE_TF_ELISION)) low = 1;
  }
  return low;
}

/* "X a déclaré", "X estime", "X a aussi affirmé": a verb of saying after
** the name, in its sentence. */
static int verb_after(ent_ctx *c, const ent_span *s) {
  size_t j = s->t1;
  if (!ent_is_word(c, j) || c->tok[j].sent != c->tok[s->t0].sent) return 0;
  for (int k = 0; k < 2 && aux_word(c, j) && ent_is_word(c, j + 1); k++)
    j++;
  if (c->tok[j].flags & PRESSE_TF_UPPER) return 0;
  /* a participle needs its auxiliary: "X évoqué au forum" is a title
  ** (folded, évoqué is évoque: look at the accent) */
  if (j == s->t1) {
    const char *p = c->text + c->tok[j].b0;
    size_t l = c->tok[j].b1 - c->tok[j].b0;
    while (l && (p[l - 1] == 's' || p[l - 1] == 'e'))
      l--;
    if (l >= 2 && (unsigned char)p[l - 2] == 0xC3 &&
        (unsigned char)p[l - 1] == 0xA9)
      return 0;
    return (ent_tok_flags(c, j) & EL_SPEECHFIN) != 0;
  }
  return (ent_tok_flags(c, j) & EL_SPEECH) != 0;
}

/* « ... », a déclaré X / , explique X: an incise names who speaks. */
static int verb_before(ent_ctx *c, const ent_span *s) {
  size_t t0 = s->t0;
  if (t0 < 2 || !ent_is_word(c, t0 - 1)) return 0;
  if (!(ent_tok_flags(c, t0 - 1) & EL_SPEECH)) return 0;
  size_t k = t0 - 2;
  if (aux_word(c, k)) {
    if (!k) return 0;
    k--;
  }
  return punct_is(c, k, ',') || (c->tok[k].kind == PRESSE_TOK_PUNCT &&
                                 (c->tok[k].flags & PRESSE_TF_CLOSE_QUOTE));
}

/* "X, ministre de ...", "X, le porte-parole de ...", "X, 45 ans": a
** function or an age in apposition after the name. Returns 1 for a
** function, 2 for an age. */
static int apposition_after(ent_ctx *c, const ent_span *s) {
  size_t j = s->t1;
  /* "désigner X comme successeur de Y", "nommer X comme directeur": a
  ** function after "comme" */
  int comme = j < c->ntok && c->text[c->tok[j].b0] == 'c' && ew_comme(c, j) &&
              c->tok[j].sent == c->tok[s->t0].sent;
  if (!comme && !punct_is(c, j, ',') && !punct_is(c, j, '(')) return 0;
  j++;
  if (comme && (c->tok[j].kind == PRESSE_TOK_NUMBER || ent_article_word(c, j)))
    return 0;
  if (j < c->ntok && c->tok[j].kind == PRESSE_TOK_NUMBER &&
      ew_age_noun(c, j + 1))
    return 2;
#define TITLE_TIME_WORD(w) word_is(c, j, w) ||
  /* no article: "X, le chef du parti, a dit" reads as well as "à X, le
  ** chef du parti a dit"; a word of time first ("X, ancien ministre":
  ** data/ent_appositions.txt, value 4, compared as written through
  ** TITLE_TIME_WORDS, build/gen/ent_apposition_lists.h) */
  if (TITLE_TIME_WORDS(TITLE_TIME_WORD) 0) j++;
#undef TITLE_TIME_WORD
  if (!ent_is_word(c, j) || (c->tok[j].flags & PRESSE_TF_UPPER)) return 0;
  uint32_t f = ent_tok_flags(c, j);
  if (!(f & EL_TITLE) || (f & (EL_LOCCUE | EL_ORGCUE))) return 0;
  /* "maire de X, juge le compromis": a verb, not a function */
  uint32_t g = ent_tok_flags(c, j + 1);
  if ((g & EL_FUNC) && !de_word(c, j + 1)) return 0;
  return 1;
}

/* A year: four digits, 1900..2099. */
static int year_tok(const ent_ctx *c, size_t i) {
  if (i >= c->ntok || c->tok[i].kind != PRESSE_TOK_NUMBER) return 0;
  const char *p = c->text + c->tok[i].b0;
  if (c->tok[i].b1 - c->tok[i].b0 != 4) return 0;
  for (int k = 0; k < 4; k++)
    if (p[k] < '0' || p[k] > '9') return 0;
  return (p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0');
}

/* A place's head that is an adjective (Nouvelle, Grand, Haute) makes a
** place of what follows only when that is a name or a cardinal point
** (Nouvelle Calédonie, Grand Est), not a common word (Nouvelle
** Démocratie, a party). Other heads (Golfe, Mont) always do. */
static int place_after_adj(ent_ctx *c, size_t fi, uint32_t f0) {
  if (!(f0 & EL_ADJ)) return 1;
  uint32_t f = ent_tok_flags(c, fi + 1);
  return (f & (EL_PLACE | EL_CARDINAL)) || !(f & EL_COMMON);
}

/* Does the adjective b[0..nb) end like those of a state's services
** (nationale, sociale, civile, constitutionnel: -al, -ale, -il, -ile,
** -el, -elle)? After a capitalised singular noun they name a body
** ("l'Éducation nationale", "la Sécurité civile"), where other
** adjectives make a work or an event ("Guerre froide"). */
static int state_adjective(const char *b, size_t nb) {
  if (nb > 5 && b[nb - 1] == 'e' && b[nb - 2] == 'l' && b[nb - 3] == 'l' &&
      b[nb - 4] == 'e')
    return 1; /* -elle */
  if (nb > 4 && b[nb - 1] == 'e') nb--;
  return nb > 4 && b[nb - 1] == 'l' &&
         (b[nb - 2] == 'a' || b[nb - 2] == 'i' || b[nb - 2] == 'e');
}

/* "la Section paloise", "l'Aviron bayonnais", "les Dauphins lannionnais":
** a lowercase adjective of a town's or a country's people (the
** lexicon's, or a word no source knows that ends like one) after a
** capitalised common noun says whose the body is, a club, a party, a
** paper; annotators type them ORG. Not after the head of a place, an
** event or a thing ("le Marais poitevin", "le Printemps arabe"): those
** have their own cue. Branch ents21. */
static int people_adjective(ent_ctx *c, size_t k, uint32_t f0, uint32_t f1) {
  if ((c->tok[k].flags & PRESSE_TF_UPPER) ||
      (f0 & (EL_LOCHEAD | EL_LOCCUE | EL_EVENT | EL_MISCCUE | EL_CARDINAL)))
    return 0;
  return !(f1 & ~(uint32_t)EL_PREFIX) &&
         ent_inhabitant_end(c->text + c->tok[k].b0,
                            c->tok[k].b1 - c->tok[k].b0);
}

/* "les Frères musulmans", "les Casques bleus": a capitalised plural common
** noun and its plural adjective name a group of people, a body. */
static int group_name(ent_ctx *c, size_t fi, uint32_t f0) {
  if (!ent_is_word(c, fi + 1) || (f0 & (EL_NAMEY | EL_DEMONYM | EL_FUNC)) ||
      !(f0 & EL_COMMON))
    return 0;
  /* "Reporters sans frontières" */
  if (ew_sans(c, fi + 1)) return sans_plural(c, fi, fi + 1);
  uint32_t f1 = ent_tok_flags(c, fi + 1);
  if (people_adjective(c, fi + 1, f0, f1)) return 1;
  if (!(f1 & EL_ADJ) || (f1 & (EL_COUNTRY | EL_CITY | EL_FUNC))) return 0;
  const char *a = c->text + c->tok[fi].b0, *b = c->text + c->tok[fi + 1].b0;
  size_t na = c->tok[fi].b1 - c->tok[fi].b0;
  size_t nb = c->tok[fi + 1].b1 - c->tok[fi + 1].b0;
  return (na > 3 && nb > 3 && (a[na - 1] == 's' || a[na - 1] == 'x') &&
          (b[nb - 1] == 's' || b[nb - 1] == 'x')) ||
         (na > 3 && a[na - 1] != 's' && state_adjective(b, nb));
}

/* Does name s go on after "de" with a capitalised word that is no common
** word ("les Sables d'Olonne": a town's name)? */
static int plural_of_place(ent_ctx *c, const ent_span *s) {
  for (size_t j = s->t0 + 2; j < s->t1; j++)
    if (de_word(c, j - 1) && (c->tok[j].flags & PRESSE_TF_UPPER) &&
        !(ent_tok_flags(c, j) & EL_COMMON))
      return 1;
  return 0;
}

/* "La Nuit des autres", "Le Silence du fjord": a capitalised article, a
** capitalised noun that heads no body or place, then only "de" and
** lowercase words to the end is a title of a work, not a body (those go
** on with a capital or an adjective: "Le Courrier de la Mayenne", "La
** Marée haute"). */
static int work_complement(ent_ctx *c, const ent_span *s) {
  size_t j = s->t0 + 2;
  if (s->t1 < s->t0 + 4 || !de_word(c, j) ||
      (ent_tok_flags(c, s->t0 + 1) &
       (EL_ORGHEAD | EL_ORGWORD | EL_LOCHEAD | EL_NAMEY)))
    return 0;
  for (; j < s->t1; j++)
    if (!ent_is_word(c, j) || (c->tok[j].flags & PRESSE_TF_UPPER)) return 0;
  return !de_word(c, s->t1 - 1);
}

/* Is token i one of the articles "le", "la", "au", "du", "aux"? */
int ent_article_word(const ent_ctx *c, size_t i) {
  if (c->tok[i].kind != PRESSE_TOK_WORD) return 0;
  const char *p = c->text + c->tok[i].b0;
  size_t n = c->tok[i].b1 - c->tok[i].b0;
  if (n == 2)
    return (p[0] == 'l' && (p[1] == 'e' || p[1] == 'a')) ||
           (p[1] == 'u' && (p[0] == 'a' || p[0] == 'd'));
  return n == 3 && p[0] == 'a' && p[1] == 'u' && p[2] == 'x';
}

/* A brand in CamelCase: a capital inside the word after three lowercase
** letters ("SpaceX", "YouTube"; not the surnames "MacArthur", "DiCaprio",
** "LeBlanc"). */
static int camel_brand(const char *s, size_t n, size_t room) {
  /* the capital comes fifth at the earliest: most single words are
  ** shorter, and skip the loop */
  if (n < 5) return 0;
#if defined(__SSE2__)
  /* (branch speedE2) the loop answers yes only at a capital 'A'..'Z' at
  ** k >= 4, after three lowercase letters: a word of up to sixteen bytes
  ** with no such capital from its fifth byte on (most names: "Kervel",
  ** "Dupont") is answered from one load, where the loop read every byte.
  ** room: the bytes readable from s (the text's end). */
  if (n <= 16 && room >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    /* x - 'A' biased by 0x80 is below 26 as a signed byte for 'A'..'Z' */
    __m128i up = _mm_cmpgt_epi8(_mm_set1_epi8(-102),
                                _mm_add_epi8(v, _mm_set1_epi8(0x80 - 'A')));
    unsigned inside = ((1u << n) - 1) & ~0xFu;
    if (!((unsigned)_mm_movemask_epi8(up) & inside)) return 0;
  }
#else
  (void)room;
#endif
  size_t low = 0;
  for (size_t k = 1; k < n; k++) {
    unsigned char a = (unsigned char)s[k];
    if (a >= 'a' && a <= 'z')
      low++;
    else if (a >= 'A' && a <= 'Z' && low >= 3)
      return 1;
    else if (a < 0x80)
      low = 0;
  }
  return 0;
}

/* "Wikidata", "Wikiversity", "Wikinews": "Wiki" and a lowercase word
** glued names a wiki, a project of a body (the Wikinews gold: ORG), which
** camel_brand() misses (no capital inside). */
static int wiki_name(const char *s, size_t n) {
  return n > 5 && !memcmp(s, "Wiki", 4) && s[4] >= 'a' && s[4] <= 'z';
}

/* "Madrid Arena", "Paris La Défense Arena", "Wembley Stadium": a name
** of several words that ends with a hall's or a stadium's English noun
** names the venue, a place (the gold: LOC), whatever its first words
** (a town: has_place; a given name: given_first). */
static int venue_last(const ent_ctx *c, size_t i) {
  /* (asked of most names of several words: the first letter first; the
  ** nouns of data/ent_venues.txt, build/gen/ent_venue_nouns.h) */
  char ch = c->text[c->tok[i].b0];
#define VENUE_NOUN(w) ch == (w)[0] ||
  int first =
#include "ent_venue_nouns.h"
      0;
#undef VENUE_NOUN
  if (!first) return 0;
#define VENUE_NOUN(w) word_is(c, i, w) ||
  return
#include "ent_venue_nouns.h"
      0;
#undef VENUE_NOUN
}

/* A body's name of a word and an acronym joined by a hyphen: one part in
** capitals (two letters or more), another with lowercase letters
** ("Kerval-CFDT", "SE-Kerva", "Kervalis-FDJ": a union's branch, a team). */
static int hyphen_acronym(const char *s, size_t n) {
  int caps = 0, low = 0;
  size_t a = 0;
  for (size_t k = 0; k <= n; k++) {
    if (k < n && s[k] != '-') continue;
    size_t up = 0, lo = 0;
    for (size_t j = a; j < k; j++) {
      unsigned char ch = (unsigned char)s[j];
      up += ch >= 'A' && ch <= 'Z';
      lo += (ch >= 'a' && ch <= 'z') || ch >= 0x80;
    }
    if (up >= 2 && !lo && up == k - a) caps = 1;
    if (lo >= 2) low = 1;
    a = k + 1;
  }
  return caps && low;
}

/* A surname in CamelCase: Mc, Mac, Di, De, Le, La, Du, O' then a capital
** ("McCain", "MacArthur", "DiCaprio", "LeBlanc"; the prefixes:
** data/ent_surname_prefixes.txt, build/gen/ent_surname_prefixes.h). */
static int camel_surname(const char *s, size_t n) {
  /* the capital inside comes third or fourth: look there first */
  size_t q = n > 3 && s[2] >= 'A' && s[2] <= 'Z'   ? 2
             : n > 4 && s[3] >= 'A' && s[3] <= 'Z' ? 3
                                                   : 0;
  if (!q || s[q + 1] < 'a' || s[q + 1] > 'z') return 0;
#define SURNAME_PREFIX(p) (sizeof p - 1 == q && !memcmp(s, p, q)) ||
  return
#include "ent_surname_prefixes.h"
      0;
#undef SURNAME_PREFIX
}

/* Initials joined by a hyphen: "J-M", "J.-P." (a person's given names). */
static int hyphen_initials(const ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i)) return 0;
  const char *p = c->text + c->tok[i].b0;
  size_t n = c->tok[i].b1 - c->tok[i].b0, k = 0, letters = 0;
  while (k < n) {
    if (p[k] < 'A' || p[k] > 'Z') return 0;
    k++, letters++;
    if (k < n && p[k] == '.') k++;
    if (k == n) break;
    if (p[k] != '-') return 0;
    k++;
  }
  return letters >= 2 && k == n;
}

/* "Orvéa a annoncé", "Télérama évoque", "Vinci Autoroutes conseille": a
** verb of saying after a name speaks for a person only beside something
** else that does (a given name, a title, several unknown words); alone
** it types companies, papers and bodies as persons: on every dev set the
** 9 names a verb after them alone made PER were all bodies or no name.
** Is F without verb_after empty of any evidence for a person? Branch
** ents12a. */
static int verb_alone(ent_feat F) {
  return person_score(F & ~EFB(verb_after)) <= 0;
}

/* A single word no lexicon knows may still look like a place's name
** (ent_shape_type(): -ville, -bourg). Asked only when nothing else speaks
** for a type and of words without any flag, so the model costs a few
** probes of a small table per unknown name. (The last word of several
** unknown words says nothing more than the "words" feature: tried, it
** only made noise.) A person's shape (-ski, -ov) no longer types a word
** alone: on every dev set it was right 8 times of 34 (company names,
** Stellantis, Deezer; things, a typhoon, a satellite, a drug; towns after
** "de"), since a person's first mention in news carries a given name, a
** title or a verb of speech; the persons it found were sports line-ups
** and lists, where the list vote and doc_person type them anyway. */
static ent_feat shape(const ent_ctx *c, const ent_span *s, size_t ntok,
                      uint32_t f0, int acr) {
  if (ntok != 1 || acr || (s->flags & SP_DIGIT) || (f0 & ~EL_PREFIX)) return 0;
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(c->text + s->b0, s->b1 - s->b0, w);
  if (m == (size_t)-1 || m < 3) return 0;
  int t = ent_shape_type(w, m);
  return t == PRESSE_LOC ? EFB(shape_loc) : 0;
}

/* Whether token i names a source of speech for the name after it
** ("selon", "Selon": data/ent_source_words.txt, compared as written,
** build/gen/ent_source_words.h). */
static int source_word(const ent_ctx *c, size_t i) {
#define SOURCE_WORD(w) word_is(c, i, w) ||
  return
#include "ent_source_words.h"
      0;
#undef SOURCE_WORD
}

/* "X évoque une merveille", "Selon X, ...": a word no lexicon knows that
** speaks is a body, a paper or a person, not a town by its shape; the
** places that speak for their governments (Kiev, Washington) are in the
** lexicon. */
static int source_not_town(const ent_ctx *c, const ent_span *s, int speaks) {
  return speaks || (s->t0 > 0 && source_word(c, s->t0 - 1));
}

/* "dans le Nord", "l'accent du Sud-Ouest", "de l'Est", "Douai (Nord)": a
** capitalised cardinal point (Nord, Sud, Est, Ouest and their compounds)
** after a definite article, or alone in brackets, names a region; not
** after the noun of a place or a thing ("la gare du Nord") nor after
** "vers", a direction. */
static int cardinal_region(ent_ctx *c, const ent_span *s) {
  size_t t = s->t0;
  if (t == 0 || s->t1 != t + 1 || s->b0 != c->tok[t].b0) return 0;
  char ch = c->text[s->b0];
  if (ch != 'N' && ch != 'S' && ch != 'E' && ch != 'O') return 0;
  const presse_token *p = &c->tok[t - 1];
  if (p->kind == PRESSE_TOK_PUNCT)
    return c->text[p->b0] == '(' && s->t1 < c->ntok &&
           c->text[c->tok[s->t1].b0] == ')';
  if (!ew_le_du(c, t - 1) &&
      !((p->flags & PRESSE_TF_ELISION) && c->text[p->b0] == 'l'))
    return 0;
  if (t >= 2 && ent_is_word(c, t - 2) &&
      !(c->tok[t - 2].flags & PRESSE_TF_UPPER)) {
    if (ew_vers(c, t - 2)) return 0; /* a direction */
    uint32_t f = ent_tok_flags(c, t - 2);
    if ((f & (EL_LOCCUE | EL_MISCCUE | EL_ORGCUE)) && (f & EL_COMMON) &&
        !(f & (EL_FUNC | EL_VERB)))
      return 0;
  }
  return 1;
}

/* "Ouest-France souligne", "un entretien à Ouest-Bretagne": Ouest or Est
** joined by a hyphen to a name (parts_are_places() has read it as a
** place) is a newspaper when no article and no "en" comes before it; a
** region of that form takes one ("dans l'Ouest-X"). Nord and Sud are left
** out: they open many regions that a headline names bare ("Sud-Liban :
** ...", "Nord-Mali"). Nor a compound the lexicon knows as a place, nor
** the cardinal's own compounds (Est-Nord-Est, left to cardinal_region()). */
static __attribute__((noinline)) int
cardinal_title(ent_ctx *c, const ent_span *s, uint32_t f0) {
  size_t t = s->t0;
  const char *p = c->text + s->b0;
  size_t n = c->tok[t].b1 - s->b0;
  if (s->t1 != t + 1 || s->b0 != c->tok[t].b0 ||
      (f0 & (EL_CARDINAL | EL_PLACE | EL_REGION)) || (*p != 'E' && *p != 'O'))
    return 0;
  const char *h = memchr(p, '-', n);
  char w[ENT_FOLD_MAX];
  size_t m = h ? ent_fold(p, (size_t)(h - p), w) : (size_t)-1;
  if (m == (size_t)-1 || !(ent_lex_lookup(w, m) & EL_CARDINAL)) return 0;
  if (t == 0 || c->tok[t - 1].sent != c->tok[t].sent || !ent_is_word(c, t - 1))
    return 1;
  /* the word before, lowercased: le, la, les, l', du, des, au, aux, en */
  const presse_token *b = &c->tok[t - 1];
  char a[4] = {0};
  if (b->b1 - b->b0 > 3) return 1;
  for (size_t k = 0; k < b->b1 - b->b0; k++)
    a[k] = (char)(c->text[b->b0 + k] | 0x20);
  if (b->flags & PRESSE_TF_ELISION) return a[0] != 'l';
#define A_IS(w) !strcmp(a, w) ||
  return !(CARDINAL_TITLE_ARTICLES(A_IS) 0);
#undef A_IS
}

/* Is word j a body's noun in apposition though no ORG cue ("X, filiale
** de Y"; data/ent_appositions.txt, value 1)? Compared as written
** (ORG_APPOS_NOUNS, build/gen/ent_apposition_lists.h). */
static int org_appos_noun(const ent_ctx *c, size_t j) {
#define ORG_APPOS_NOUN(w) word_is(c, j, w) ||
  return ORG_APPOS_NOUNS(ORG_APPOS_NOUN) 0;
#undef ORG_APPOS_NOUN
}

/* Is word j an ORG cue that in apposition names no body ("X, usine de
** ..."; data/ent_appositions.txt, value 2)? Compared as written
** (NO_ORG_APPOS_NOUNS). */
static int no_org_appos_noun(const ent_ctx *c, size_t j) {
#define NO_ORG_APPOS_NOUN(w) word_is(c, j, w) ||
  return NO_ORG_APPOS_NOUNS(NO_ORG_APPOS_NOUN) 0;
#undef NO_ORG_APPOS_NOUN
}

/* "X, groupe armé qui ...", "X, quotidien économique, ...", "X, un groupe
** familial", "X, filiale de Y": a body's noun in apposition right after
** the name, with no definite article (", l'organisation rappelle" opens
** a clause whose subject it is) and followed by no name of its own. A
** noun of an agent in -eur names a person's trade as well ("X,
** transporteur depuis vingt ans"), and a factory a town's ("X, usine
** de ..."): neither counts. */
static __attribute__((noinline)) int org_apposition(ent_ctx *c,
                                                    const ent_span *s) {
  size_t j = s->t1;
  if (!punct_is(c, j, ',')) return 0;
  j++;
  if (j < c->ntok && ew_indefinite(c, j)) j++;
  if (!ent_is_word(c, j) || (c->tok[j].flags & PRESSE_TF_UPPER) ||
      c->tok[j].sent != c->tok[s->t0].sent)
    return 0;
  uint32_t f = ent_tok_flags(c, j);
  if (!(f & EL_ORGCUE) && !org_appos_noun(c, j)) return 0;
  const char *p = c->text + c->tok[j].b0;
  size_t n = c->tok[j].b1 - c->tok[j].b0;
  if ((n > 3 && !memcmp(p + n - 3, "eur", 3)) ||
      (n > 4 && !memcmp(p + n - 4, "euse", 4)) || no_org_appos_noun(c, j))
    return 0;
  /* "X, groupe Kervel": the noun's own name follows, X is another */
  return j + 1 >= c->ntok || !(c->tok[j + 1].flags & PRESSE_TF_UPPER);
}

/* "un gros mot à l'Otan", "chercheur à l'Inria": "à" and the elided
** article before a word that hunspell capitalises as a noun but no
** gazetteer lists (no country, town or ISO region: the acronyms written
** as words, Otan, Ifremer, beside the historic regions) name a body. A
** region takes "en" or "dans l'" (en Alsace, dans l'Ain), and "à l'"
** before a one-word name is the dative or an institution. */
static __attribute__((noinline)) int at_the_body(ent_ctx *c, const ent_span *s,
                                                 uint32_t f0) {
  size_t t = s->t0;
  if (t < 2 || s->t1 != t + 1 || s->b0 != c->tok[t].b0 || !(f0 & EL_CAPNOM) ||
      (f0 & (EL_COUNTRY | EL_CITY | EL_REGION)))
    return 0;
  const presse_token *a = &c->tok[t - 1];
  return (a->flags & PRESSE_TF_ELISION) && c->text[a->b0] == 'l' &&
         a->b1 - a->b0 <= 4 && a->sent == c->tok[t].sent && ew_a(c, t - 2);
}

/* Is the name s one that the lexicons do not place: one word hunspell
** capitalises as a noun but no gazetteer lists (an acronym written as a
** word: the hunspell entries of bodies look like regions'), one word no
** lexicon knows, or several words with a capitalised common one and no
** name, head or article first (common: see features())? */
static int unplaced_name(const ent_ctx *c, const ent_span *s, size_t ntok,
                         uint32_t f0, int common) {
  if (s->b0 != c->tok[s->t0].b0) return 0;
  if (ntok > 1)
    return common && !(f0 & (EL_NAMEY | EL_MISCCUE | EL_LOCHEAD)) &&
           !ew_cap_article(c, s->t0);
  if (f0 & (EL_COUNTRY | EL_CITY | EL_REGION | EL_GIVEN | EL_SURNAME |
            EL_COMMON | EL_DEMONYM))
    return 0;
  if (f0 & EL_CAPNOM) return 1;
  if (f0 & ~EL_PREFIX) return 0;
  /* a word no lexicon knows shaped like a place's ("le président du
  ** Kervalistan") may be a country the gazetteers lack */
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(c->text + s->b0, s->b1 - s->b0, w);
  return m != (size_t)-1 && ent_shape_type(w, m) != PRESSE_LOC;
}

/* "selon le X", "selon l'X": "selon" and an article before token t0;
** without one, "selon X" is a person's or a paper's as often. */
static int selon_article(const ent_ctx *c, size_t t0) {
  if (t0 < 2 || c->tok[t0 - 1].sent != c->tok[t0].sent) return 0;
  const presse_token *a = &c->tok[t0 - 1];
  return ((a->flags & PRESSE_TF_ELISION) && c->text[a->b0] == 'l') ||
                 ew_le_la(c, t0 - 1)
             ? source_word(c, t0 - 2)
             : 0;
}

/* The words of a frame giving a view (data/ent_frames.txt). */
ENT_WORD_LIST_TEST(frame_noun, FRAME_NOUNS)
ENT_WORD_LIST_TEST(frame_preposition, FRAME_PREPOSITIONS)
ENT_WORD_LIST_TEST(frame_inner_noun, FRAME_INNER_NOUNS)
ENT_WORD_LIST_TEST(frame_opener, FRAME_OPENERS)
ENT_WORD_LIST_TEST(frame_article, FRAME_ARTICLES)
ENT_WORD_LIST_TEST(pour_article_word, POUR_ARTICLES)
ENT_WORD_LIST_TEST(frame_de_word, FRAME_DE_WORDS)

/* "Pour la X, la réforme est...": "Pour" opening the sentence, an
** article and the name, then a comma: whose view the sentence gives,
** like "selon le X" (a place there is what the view is about: "pour le
** Kervalistan" has no capital, the lexicon places the rest). Branch
** ents18. */
static int pour_article(const ent_ctx *c, const ent_span *s) {
  size_t t0 = s->t0;
  if (t0 < 2 || !punct_is(c, s->t1, ',') ||
      c->tok[t0 - 2].sent != c->tok[t0].sent ||
      c->tok[s->t1].sent != c->tok[t0].sent || !frame_preposition(c, t0 - 2) ||
      (t0 > 2 && c->tok[t0 - 3].sent == c->tok[t0].sent))
    return 0;
  const presse_token *a = &c->tok[t0 - 1];
  return ((a->flags & PRESSE_TF_ELISION) && c->text[a->b0] == 'l') ||
         pour_article_word(c, t0 - 1);
}

/* Is token i the first of its sentence? */
static int opens_sentence(const ent_ctx *c, size_t i) {
  return i == 0 || c->tok[i - 1].sent != c->tok[i].sent;
}

/* "Côté X, on réclame...", "Du côté de X, on assure...", "Pour la X,
** la bataille...": a frame opening the sentence, then the name and a
** comma, gives the view of the body the name is (or of a person, whose
** name has evidence of its own; a capital the lexicon places speaks for
** its government and stays a place: the caller keeps it).
** Without an article "Pour X," names a person as often. Branch ents18. */
static int view_frame(const ent_ctx *c, const ent_span *s) {
  size_t t0 = s->t0;
  if (t0 == 0 || !punct_is(c, s->t1, ',') ||
      c->tok[s->t1].sent != c->tok[t0].sent ||
      c->tok[t0 - 1].sent != c->tok[t0].sent)
    return 0;
  /* (the word before is "Côté", an article or "de": most names fail on
  ** its first byte or its length, before any compare) */
  char b = c->text[c->tok[t0 - 1].b0];
  if ((b != 'C' && b != 'l' && b != 'd') ||
      c->tok[t0 - 1].b1 - c->tok[t0 - 1].b0 > 6)
    return 0;
  if (frame_noun(c, t0 - 1)) return opens_sentence(c, t0 - 1);
  size_t k = t0 - 1;
  /* the article: "de la X", "de l'X", "Pour le X" */
  int article = frame_article(c, k) || ((c->tok[k].flags & PRESSE_TF_ELISION) &&
                                        c->text[c->tok[k].b0] == 'l');
  if (article && k > 0 && frame_preposition(c, k - 1))
    return opens_sentence(c, k - 1);
  if (article && k > 0) k--;
  if (k < 2 || c->tok[k - 2].sent != c->tok[t0].sent) return 0;
  if (!(frame_de_word(c, k) || ((c->tok[k].flags & PRESSE_TF_ELISION) &&
                                c->text[c->tok[k].b0] == 'd')))
    return 0;
  return frame_inner_noun(c, k - 1) && frame_opener(c, k - 2) &&
         opens_sentence(c, k - 2);
}

/* "Iker Kerbrat (Kervel Cross-Team)", "Jean Kerval (Kervel Ensemble)":
** several words in brackets right after a person's name are the
** person's team, party or employer, a body (ent_team_in_brackets() says
** so of one unknown word, the ORG default then typing it). The caller
** keeps the places (a member's constituency: "M. Paul Kerlann (Kervel
** Nord)") and names with a given name first. Branch ents18. */
static int team_after_person(ent_ctx *c, const ent_span *s) {
  size_t k = s->t0;
  if (k < 3 || s == c->sp || s->t1 - s->t0 < 2 || !punct_is(c, k - 1, '(') ||
      !punct_is(c, s->t1, ')'))
    return 0;
  const ent_span *p = s - 1;
  if (p->type != PRESSE_PER || p->t1 != k - 1 ||
      c->tok[p->t0].sent != c->tok[k].sent)
    return 0;
  size_t a = p->t0;
  if (a > 0 && punct_is(c, a - 1, '.')) a--;
  return !(a > 0 && ent_civility_word(c, a - 1));
}

/* "Le X a engagé un hélicoptère", "L'X a annoncé le départ": a name of
** capitalised words with a common one, the subject of a verb in the
** compound past with its article outside it, is a body that acts; a
** work keeps its article inside its name ("Le Dernier Été a reçu"), an
** event or a thing is seldom the subject of an act. Branch ents14. */
static __attribute__((noinline)) int body_acts(ent_ctx *c, const ent_span *s) {
  size_t t = s->t0, j = s->t1;
  if (t == 0 || j + 1 >= c->ntok || c->tok[t - 1].sent != c->tok[t].sent ||
      c->tok[j + 1].sent != c->tok[t].sent)
    return 0;
  const presse_token *a = &c->tok[t - 1];
  int article = ((a->flags & PRESSE_TF_ELISION) &&
                 (c->text[a->b0] == 'l' || c->text[a->b0] == 'L')) ||
                ew_def_sg(c, t - 1);
  if (!article || !ew_have(c, j) || !ent_is_word(c, j + 1) ||
      (c->tok[j + 1].flags & PRESSE_TF_UPPER))
    return 0;
  /* a past participle, by its ending: -é, -i, -u, -is, -it (the lexicon
  ** marks no participle as a verb's form) */
  const char *p = tok_s(c, j + 1);
  size_t n = tok_n(c, j + 1);
  if (n < 3) return 0;
  return (p[n - 2] == '\xC3' && p[n - 1] == '\xA9') || p[n - 1] == 'i' ||
         p[n - 1] == 'u' ||
         (p[n - 2] == 'i' && (p[n - 1] == 's' || p[n - 1] == 't'));
}

/* "le parti au pouvoir, X, a dénoncé", "l'association organisatrice, X,
** avait refusé": a body's noun (an ORG cue) with its article, a few
** lowercase words after it, then the name between commas, in apposition
** to the noun. Branch ents14. */
static __attribute__((noinline)) int body_noun_before(ent_ctx *c,
                                                      const ent_span *s) {
  size_t t = s->t0;
  if (t < 3 || !punct_is(c, t - 1, ',') || !punct_is(c, s->t1, ',')) return 0;
  for (size_t k = t - 2, n = 0; k > 0 && n < 4; k--, n++) {
    if (!ent_is_word(c, k) || c->tok[k].sent != c->tok[t].sent ||
        ((c->tok[k].flags & PRESSE_TF_UPPER) && n > 0))
      return 0;
    uint32_t f = ent_tok_flags(c, k);
    if (!(f & EL_ORGCUE) || (f & (EL_TITLE | EL_FUNC))) continue;
    /* (not the complement of another noun: "le patron de la société, X,"
    ** names the patron) */
    if (k >= 2 && ew_de(c, k - 2)) return 0;
    const presse_token *a = &c->tok[k - 1];
    return ((a->flags & PRESSE_TF_ELISION) &&
            (c->text[a->b0] == 'l' || c->text[a->b0] == 'L')) ||
           ew_def_sg(c, k - 1);
  }
  return 0;
}

/* "Brighton & Hove Albion", "S&P Global", "X Child & Adolescent Health":
** an ampersand inside a name joins a firm's partners or a body's parts,
** never a person's names, and a work's title spells "et" more often. */
static __attribute__((noinline)) int ampersand_inside(const ent_ctx *c,
                                                      const ent_span *s) {
  for (size_t j = s->t0 + 1; j + 1 < s->t1; j++)
    if ((c->tok[j].kind == PRESSE_TOK_PUNCT ||
         c->tok[j].kind == PRESSE_TOK_SYMBOL) &&
        c->tok[j].b1 - c->tok[j].b0 == 1 && c->text[c->tok[j].b0] == '&')
      return 1;
  return 0;
}

/* "Le X, lui, salue le vote", "l'X estime que": a word that hunspell
** capitalises as a noun but no gazetteer lists (see at_the_body()) and
** that a verb of saying follows, over a short incise, is a body that
** speaks; the regions of that kind do not (the ISO regions, which speak
** for their councils, are EL_REGION and left out). */
static __attribute__((noinline)) int
capnom_speaks(ent_ctx *c, const ent_span *s, uint32_t f0) {
  if (s->t1 != s->t0 + 1 || s->t0 == 0 ||
      (f0 & (EL_COUNTRY | EL_CITY | EL_REGION)))
    return 0;
  /* the subject's own article right before it: le, la, l' ("les
  ** pêcheurs des X ont signalé", "le président du X a dit": X is no
  ** subject) */
  const presse_token *a = &c->tok[s->t0 - 1];
  if (a->sent != c->tok[s->t0].sent ||
      !(((a->flags & PRESSE_TF_ELISION) && a->b1 - a->b0 <= 4 &&
         (c->text[a->b0] == 'l' || c->text[a->b0] == 'L')) ||
        ew_def_sg(c, s->t0 - 1)))
    return 0;
  size_t j = s->t1;
  if (punct_is(c, j, ',')) {
    /* ", lui,", ", de son côté,", ", pour sa part,": up to four words */
    size_t k = j + 1;
    while (k < j + 6 && ent_is_word(c, k) &&
           !(c->tok[k].flags & PRESSE_TF_UPPER))
      k++;
    if (k == j + 1 || !punct_is(c, k, ',')) return 0;
    j = k + 1;
  }
  if (!ent_is_word(c, j) || c->tok[j].sent != c->tok[s->t0].sent ||
      (c->tok[j].flags & PRESSE_TF_UPPER))
    return 0;
  if (aux_word(c, j) && ent_is_word(c, j + 1))
    return (ent_tok_flags(c, j + 1) & EL_SPEECH) != 0;
  /* (a participle alone is no finite verb: "X lancé par", folded as
  ** "lance") */
  const char *p = c->text + c->tok[j].b0;
  size_t l = c->tok[j].b1 - c->tok[j].b0;
  if (l >= 2 && (unsigned char)p[l - 2] == 0xC3 &&
      (unsigned char)p[l - 1] == 0xA9)
    return 0;
  return (ent_tok_flags(c, j) & EL_SPEECHFIN) != 0;
}

/* The features of span s (EFB bits), or 0 for a span that is no entity
** (a minister's portfolio, a user name, an English word, a cardinal point
** that no place cue announces). */
/* Is s[0..n) one capital and three or four digits: the model of an
** aircraft or a machine ("A320", "B777"), a product; a body's acronym
** has more letters or fewer digits ("TF1", "G20")? */
static int model_code(const char *s, size_t n) {
  if (n < 4 || n > 5 || s[0] < 'A' || s[0] > 'Z') return 0;
  for (size_t k = 1; k < n; k++)
    if (s[k] < '0' || s[k] > '9') return 0;
  return 1;
}

/* Is one of the words [i, t1) an acronym of three letters or more ("Oddo
** BHF", "Kervel Finance SA" is not: SA has two)? After a first word
** that is no given name, it makes a company's or a body's name, not a
** person's nor a work's. */
static int acronym_after(const ent_ctx *c, size_t i, size_t t1) {
  for (; i < t1; i++)
    if (ent_is_word(c, i) && (c->tok[i].flags & PRESSE_TF_ALLCAPS) &&
        c->tok[i].b1 - c->tok[i].b0 >= 3)
      return 1;
  return 0;
}

/* "l'Unédic prévoit", "L'Élysée a salué": the elided article before a
** name of one word says, as "le" and "la" do (ent_article_word()), that no
** person is named; ent_article_word() leaves "l'" out because it is asked
** elsewhere too, where an elided pronoun would read as an article. */
static int elided_article_before(const ent_ctx *c, const ent_span *s) {
  const presse_token *p = &c->tok[s->t0 - 1];
  return (p->flags & PRESSE_TF_ELISION) && p->b1 - p->b0 <= 4 && /* l’ */
         (c->text[p->b0] == 'l' || c->text[p->b0] == 'L') &&
         s->b0 == c->tok[s->t0].b0 && s->t1 == s->t0 + 1;
}

/* Is token i an article of any case: le, la, les, du, des, au, aux, l'?
** ("Les Stéphanois perdent": the capital of a sentence's start says
** nothing of the noun after it.) */
static int article_any_case(const ent_ctx *c, size_t i) {
  if (c->tok[i].kind != PRESSE_TOK_WORD) return 0;
  const char *p = c->text + c->tok[i].b0;
  size_t n = c->tok[i].b1 - c->tok[i].b0;
  char a = (char)(p[0] | 0x20);
  if (c->tok[i].flags & PRESSE_TF_ELISION) return a == 'l' && n <= 4;
  if (n == 2)
    return (a == 'l' && (p[1] == 'e' || p[1] == 'a')) ||
           (p[1] == 'u' && (a == 'a' || a == 'd'));
  return n == 3 && (((a == 'l' || a == 'd') && p[1] == 'e' && p[2] == 's') ||
                    (a == 'a' && p[1] == 'u' && p[2] == 'x'));
}

/* A one-word span, not in capitals, right after an article of its
** sentence (article_any_case()): where a noun of inhabitants stands. */
static int word_after_article(const ent_ctx *c, const ent_span *s) {
  return s->t1 == s->t0 + 1 && s->t0 > 0 &&
         !(c->tok[s->t0].flags & PRESSE_TF_ALLCAPS) &&
         c->tok[s->t0 - 1].sent == c->tok[s->t0].sent &&
         article_any_case(c, s->t0 - 1);
}

/* Does w[0..n) end like a noun of inhabitants, singular or plural
** (ent_inhabitant_end(), maybe then an s)? */
static int inhabitants_ending(const char *w, size_t n) {
  return ent_inhabitant_end(w, n) ||
         (n > 4 && w[n - 1] == 's' && ent_inhabitant_end(w, n - 1));
}

/* "le Savoyard a soufflé", "les Stéphanois perdent", "la Rimouskoise
** remporte": a capitalised noun-adjective that ends like a noun of
** inhabitants, alone after an article, names inhabitants as a nationality
** noun does; the lexicon derives those only from a place of the same stem
** (Mali, malien), which a town's people often lack (Reims, rémois). Not
** a word a lexicon knows as a name, a party's word (les Républicains), a
** verb or a word in capitals. */
static __attribute__((noinline)) int
inhabitant_noun(const ent_ctx *c, const ent_span *s, uint32_t f0) {
  if (!(f0 & EL_ADJ) ||
      (f0 & (EL_NAMEY | EL_DEMONYM | EL_FUNC | EL_ORGWORD | EL_ORGHEAD |
             EL_VERB | EL_TITLE)) ||
      !word_after_article(c, s))
    return 0;
  return inhabitants_ending(c->text + c->tok[s->t0].b0,
                            c->tok[s->t0].b1 - c->tok[s->t0].b0);
}

/* "Les Vierzonnais méritent mieux", "la Rimouskoise remporte": the same
** noun of inhabitants when no lexicon knows the word at all (hunspell
** lacks most towns' people). Only where the article or the ending says
** it is no place: after les, des, aux, or a feminine ending after la,
** l'; "le Valois", "le Gâtinais" are regions. */
static __attribute__((noinline)) int
unknown_inhabitants(const ent_ctx *c, const ent_span *s, uint32_t f0) {
  if ((f0 & (EL_NAMEY | EL_COMMON | EL_ADJ | EL_DEMONYM | EL_FUNC | EL_ORGWORD |
             EL_ORGHEAD | EL_VERB | EL_TITLE | EL_ENGLISH | EL_REGION |
             EL_NOTENT)) ||
      !word_after_article(c, s))
    return 0;
  const char *w = c->text + c->tok[s->t0].b0;
  size_t n = c->tok[s->t0].b1 - c->tok[s->t0].b0;
  size_t an = c->tok[s->t0 - 1].b1 - c->tok[s->t0 - 1].b0;
  const char *a = c->text + c->tok[s->t0 - 1].b0;
  int plural = an == 3 && (a[2] == 's' || a[2] == 'x');
  if (plural) return inhabitants_ending(w, n);
  return n > 6 &&
         (!memcmp(w + n - 4, "oise", 4) || !memcmp(w + n - 4, "aise", 4) ||
          !memcmp(w + n - 5, "ienne", 5));
}

/* "le député LR X", "le maire PCF", "la secrétaire CGT a dit": right
** after a title, a short acronym that no lexicon knows as a name is the
** person's party or union, not the person: title_before typed LR, RN,
** PS PER, and one such mention, a cue, made every RN of the document a
** person. (A capitalised common word there, "la députée Renaissance",
** is as often a surname: "le député Boulanger".) Branch ents10a. */
static __attribute__((noinline)) int
party_after_title(ent_ctx *c, const ent_span *s, size_t ntok, uint32_t f0) {
  size_t t = s->t0 - 1, n = s->b1 - s->b0;
  return ntok == 1 && s->t1 - s->t0 == 1 && n >= 2 && n <= 4 &&
         ent_is_word(c, t) && !(c->tok[t].flags & PRESSE_TF_UPPER) &&
         !(f0 & (EL_GIVEN | EL_SURNAME | EL_COUNTRY | EL_CITY)) &&
         (ent_tok_flags(c, t) & EL_TITLE);
}

/* "l'américain X", "le chinois X": an article and a lowercase nationality
** adjective right before a name announce a company (a person takes the
** capitalised noun, "l'Américain Jean X", or a title, "le président
** français X", which left_cue() finds); not before a given name. */
static int nationality_company(ent_ctx *c, const ent_span *s, uint32_t f0) {
  size_t t = s->t0;
  /* (an adjective of four letters or more: not the "de", "à", "le" that
  ** most names follow) */
  if (t < 2 || c->tok[t - 1].b1 - c->tok[t - 1].b0 < 4 || (f0 & EL_GIVEN) ||
      !ent_is_word(c, t - 1) || (c->tok[t - 1].flags & PRESSE_TF_UPPER) ||
      c->tok[t - 2].sent != c->tok[t].sent)
    return 0;
  /* the article first, on its bytes (le, la, l', du, au, aux): the
  ** lookup of the adjective after */
  const presse_token *a = &c->tok[t - 2];
  const char *p = c->text + a->b0;
  size_t n = a->b1 - a->b0;
  int art;
  if (a->flags & PRESSE_TF_ELISION) /* l', l’ (four bytes) */
    art = n <= 4 && (p[0] == 'l' || p[0] == 'L');
  else if (n == 2)
    art = (p[0] == 'l' && (p[1] == 'e' || p[1] == 'a')) ||
          (p[1] == 'u' && (p[0] == 'a' || p[0] == 'd'));
  else
    art = n == 3 && p[0] == 'a' && p[1] == 'u' && p[2] == 'x';
  if (!art) return 0;
  return (ent_tok_flags(c, t - 1) & EL_DEMONYM) != 0;
}

/* "du Sdis 83", "le Sdis 66": after an article, a short word that no
** lexicon knows, capitalised as an acronym spoken as a word, and a
** département's two digits name that département's service, a body (as
** "Racing 92" does with a club's head; "Falcon 9", "Ligue 1" have one
** digit, "le CAC 40" is in capitals, "Fifa 23" takes no article). The
** two digits were checked by the caller. Branch ents10a. */
static __attribute__((noinline)) int
dept_service(const ent_ctx *c, const ent_span *s, uint32_t f0) {
  size_t t = s->t0, n = c->tok[t].b1 - c->tok[t].b0;
  const char *p = c->text + c->tok[t].b0;
  if (f0 || t == 0 || n < 3 || n > 5 || c->tok[t - 1].sent != c->tok[t].sent ||
      p[0] < 'A' || p[0] > 'Z')
    return 0;
  /* the article, capitalised too at a sentence start ("Le Sdis 66 a"), or
  ** the brackets of an acronym after the name it stands for ("le service
  ** départemental d'incendie et de secours (Sdis 83)"; branch ents17) */
  const char *a = c->text + c->tok[t - 1].b0;
  int bracketed = punct_is(c, t - 1, '(') && punct_is(c, s->t1, ')');
  if (!bracketed &&
      (!ent_is_word(c, t - 1) || c->tok[t - 1].b1 - c->tok[t - 1].b0 != 2 ||
       !(((a[0] | 32) == 'l' && (a[1] == 'e' || a[1] == 'a')) ||
         (((a[0] | 32) == 'a' || (a[0] | 32) == 'd') && a[1] == 'u'))))
    return 0;
  for (size_t k = 1; k < n; k++)
    if (p[k] < 'a' || p[k] > 'z') return 0;
  return 1;
}

/* "le maire de X, 61 ans", "l'ancien notaire de X, ministre de...": the
** age or the function in apposition after "de X" belongs to the title or
** the kin before "de", whose place or employer X is (age_after made a
** town a person, and the document's vote every mention of it). Branch
** ents10a. */
static __attribute__((noinline)) int apposition_of_holder(ent_ctx *c,
                                                          const ent_span *s) {
  size_t t = s->t0;
  if (t < 2 || !de_word(c, t - 1) || !ent_is_word(c, t - 2) ||
      (c->tok[t - 2].flags & PRESSE_TF_UPPER) ||
      c->tok[t - 2].sent != c->tok[t].sent)
    return 0;
  uint32_t f = ent_tok_flags(c, t - 2);
  return (f & (EL_TITLE | EL_PERCUE)) && !(f & (EL_FUNC | EL_VERB));
}

/* "le collectif Toit Commun 44", "le collectif Virage Est 1985": a
** name ending in a number (a département's, a year) right after a
** lowercase head of bodies (data/ent_orgcues.txt) is the body's own
** name; the number says nothing of a product, a model or an edition
** there (branch ents12c) */
static __attribute__((noinline)) int numbered_body(ent_ctx *c,
                                                   const ent_span *s) {
  size_t k = s->t0 - 1;
  return ent_is_word(c, k) && !(c->tok[k].flags & PRESSE_TF_UPPER) &&
         c->tok[k].sent == c->tok[s->t0].sent &&
         (ent_tok_flags(c, k) & EL_ORGCUE);
}

/* "Hippolyte Kerval (Kervel Demain)", "La conseillère municipale (Kervel
** Ensemble)": two or three words in brackets right after a person's name
** or a title, the last a capitalised common word that is no adjective
** (Demain, Ensemble, Avenir: not "(Seine Maritime)"), are the person's
** municipal list or group, a body, when nothing else types them (written21,
** written10's convention; branch ents12c) */
static __attribute__((noinline)) int
list_in_brackets(ent_ctx *c, const ent_span *s, size_t ntok) {
  size_t k = s->t0;
  if (ntok < 2 || ntok > 3 || k < 2 || !punct_is(c, k - 1, '(') ||
      !punct_is(c, s->t1, ')') || c->tok[k - 2].sent != c->tok[k].sent)
    return 0;
  uint32_t fl = ent_tok_flags(c, s->t1 - 1);
  if (!(fl & EL_COMMON) || (fl & (EL_ADJ | EL_NAMEY | EL_DEMONYM)) ||
      !(c->tok[s->t1 - 1].flags & PRESSE_TF_UPPER) ||
      (c->tok[s->t1 - 1].flags & PRESSE_TF_ALLCAPS))
    return 0;
  if (s > c->sp && s[-1].type == PRESSE_PER && s[-1].t1 == k - 1) return 1;
  /* a title, an adjective after it: "la conseillère municipale (X)" */
  for (size_t j = k - 1; j-- > 0 && j + 3 >= k;) {
    if (!ent_is_word(c, j) || (c->tok[j].flags & PRESSE_TF_UPPER)) return 0;
    if (ent_tok_flags(c, j) & EL_TITLE) return 1;
  }
  return 0;
}

/* "Kerbriac : deux blessés dans l'incendie", "Kervel : la piscine
** fermée": one word opening a line (a headline's or a brief's kicker)
** and followed by a colon and the news is where it happened far more
** often than who did it (dev sets: 97 such kickers LOC, 12 ORG); not a
** word in capitals (RDC, PAC), nor a person's name before a quotation
** ("Kerval : « ... »"), nor the document's first word: its own title
** names its topic, which its body types ("Kervel : bénéfice record pour
** l'équipementier"), where a kicker further down heads a brief or a
** related article that has no body here (branch ents12c) */
static __attribute__((noinline)) int kicker_place(ent_ctx *c, const ent_span *s,
                                                  uint32_t f0) {
  size_t k = s->t0;
  if (!k || !line_kicker(c, s) || (c->tok[k].flags & PRESSE_TF_ALLCAPS) ||
      s->t1 + 1 >= c->ntok ||
      (c->tok[s->t1 + 1].flags &
       (PRESSE_TF_OPEN_QUOTE | PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)))
    return 0;
  return !((f0 & (EL_GIVEN | EL_SURNAME)) && !(f0 & EL_PLACE));
}

/* "Yannig Le Kerbihan", "Soazig Le Floc'h-Kervel": a capitalised word
** that is no common word, place or head, then "Le" or "La" and a
** capitalised word that is no common word, is a given name and a family
** name with its article (dev sets: 58 of 59 gold spans of this shape are
** persons), even when no lexicon knows the given name; "Le" there is no
** capitalised common word of a work's title (branch ents12c) */
static __attribute__((noinline)) int
article_surname(ent_ctx *c, const ent_span *s, uint32_t f0) {
  size_t k = s->t0;
  if ((c->tok[k].flags & PRESSE_TF_ALLCAPS) ||
      (f0 & (EL_COMMON | EL_PLACE | EL_ORGHEAD | EL_LOCHEAD | EL_MISCCUE |
             EL_ORGWORD | EL_TITLE | EL_CARDINAL | EL_EVENT)) ||
      !ew_cap_le_la(c, k + 1))
    return 0;
  uint32_t fl = ent_tok_flags(c, k + 2);
  return ent_is_word(c, k + 2) && (c->tok[k + 2].flags & PRESSE_TF_UPPER) &&
         !(c->tok[k + 2].flags & PRESSE_TF_ALLCAPS) &&
         (!(fl & EL_COMMON) || (fl & (EL_GIVEN | EL_SURNAME))) &&
         !(fl & (EL_ORGWORD | EL_ORGHEAD | EL_LOCHEAD | EL_MISCCUE));
}

/* "ingénieur chez X", "analyste chez X": after a person's title, "chez"
** names the employer, a company even when a given name opens it (named
** after its founder); "dîner chez X" is a person's home. Three words at
** least, so that a person's full name stays one (branch ents15). */
static __attribute__((noinline)) int employer_chez(ent_ctx *c,
                                                   const ent_span *s) {
  size_t k = s->t0 - 1;
  return k > 0 && s->t1 - s->t0 >= 3 && ent_is_word(c, k - 1) &&
         !(c->tok[k - 1].flags & PRESSE_TF_UPPER) &&
         (ent_tok_flags(c, k - 1) & EL_TITLE);
}

/* "Kervel Matin > Faits divers > Justice", "Kervelinfo" alone on the
** first line: a name opening the document and closing its line, or
** followed by a rubric mark, is the masthead of the paper that published
** it. Not before a colon: "Kervel : le maire démissionne" is a headline's
** topic, most often a place. Nor a place's name ("Kervel > Sports", a
** rubric), though a cardinal point may open the paper's ("Ouest Kervel").
** (The caller keeps names with evidence of their own; branch ents18.) */
static int opens_document(ent_ctx *c, const ent_span *s) {
  if (s->t0 != 0) return 0;
  for (size_t j = s->t0; j < s->t1; j++) {
    uint32_t f = ent_is_word(c, j) ? ent_tok_flags(c, j) : 0;
    if ((f & (EL_PLACE | EL_REGION)) && !(f & EL_CARDINAL)) return 0;
  }
  if (s->t1 >= c->ntok ||
      (c->tok[s->t1].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)))
    return 1;
  return rubric_mark(c, s->t1) && c->text[c->tok[s->t1].b0] != ':';
}

static ent_feat features(ent_ctx *c, ent_span *s) {
  size_t ntok = 0;
  for (size_t j = s->t0; j < s->t1; j++)
    ntok += c->tok[j].kind != PRESSE_TOK_PUNCT &&
            c->tok[j].kind != PRESSE_TOK_SYMBOL &&
            !(c->tok[j].flags & PRESSE_TF_ELISION);
  if (!ntok) ntok = 1;
  /* the whole span as one key: one token is its own key; several tokens
  ** can only be a key when the first is a key's first word (EL_PREFIX) */
  uint32_t fs;
  if (s->t1 - s->t0 == 1 && s->b0 == c->tok[s->t0].b0)
    fs = ent_tok_flags(c, s->t0);
  else if (s->t1 - s->t0 > 1 && s->b0 == c->tok[s->t0].b0 &&
           !(ent_tok_flags(c, s->t0) & EL_PREFIX))
    fs = 0;
  else
    fs = span_flags(c, s);
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
  uint32_t any = 0, anyrest = 0;
  int common = 0, perpart = 0;
  for (size_t j = s->t0; j < s->t1; j++) {
    uint32_t f = ent_tok_flags(c, j);
    any |= f;
    if (j > fi) anyrest |= f;
    /* "Jasper Van den Y", "X bin Y": a person's particle inside */
    if (j > fi && j + 1 < s->t1 && (f & EL_PARTICLE) && !(f & EL_FUNC) &&
        !(c->tok[j].flags & PRESSE_TF_UPPER) && ent_person_particle(c, j))
      perpart = 1;
    if (c->tok[j].kind == PRESSE_TOK_WORD &&
        (c->tok[j].flags & PRESSE_TF_UPPER) &&
        (((f & EL_COMMON) && !(f & EL_NAMEY)) ||
         (c->tok[j].flags & PRESSE_TF_ALLCAPS)))
      common = 1;
  }
  int cue = left_cue(c, s->t0), cue_next = cue & CUE_NEXT;
  cue &= ~CUE_NEXT;
  /* "le président du X", "selon le X": a body when the lexicons do not
  ** place X (unplaced_name()); towns, countries and persons keep their
  ** own evidence. Branch ents14. */
  int head_cue =
      (cue == CUE_HEAD ||
       (!cue && (selon_article(c, s->t0) || pour_article(c, s) ||
                 (punct_is(c, s->t1, ',') && body_noun_before(c, s))))) &&
      unplaced_name(c, s, ntok, f0, common);
  if (cue == CUE_HEAD || head_cue) cue = head_cue ? CUE_ORG : 0;
  const presse_token *t0 = &c->tok[fi];
  const char *txt = c->text + s->b0;
  size_t len = s->b1 - s->b0;
  int plural = len > 3 && (txt[len - 1] == 's' || txt[len - 1] == 'x');
  int after_les = s->t0 > 0 && (ent_is_word(c, s->t0 - 1)) &&
                  (c->tok[s->t0 - 1].b1 - c->tok[s->t0 - 1].b0 == 3) &&
                  (!memcmp(c->text + c->tok[s->t0 - 1].b0, "les", 3) ||
                   !memcmp(c->text + c->tok[s->t0 - 1].b0, "des", 3) ||
                   !memcmp(c->text + c->tok[s->t0 - 1].b0, "aux", 3));
  uint32_t pair =
      ntok > 1 && (ent_tok_flags(c, fi) & EL_PREFIX) ? pair_flags(c, fi) : 0;
  int lastnum = c->tok[s->t1 - 1].kind == PRESSE_TOK_NUMBER;
  int hinit = ntok > 1 && hyphen_initials(c, fi);
  int acr = (t0->flags & PRESSE_TF_ALLCAPS) != 0 && !hinit;
  ent_feat F = 0;

  /* "la ministre du Kervalie": a place after a minister is no portfolio,
  ** which is a common noun (l'Intérieur, la Culture) */
  if (cue == CUE_PORTFOLIO &&
      ((fs & EL_COUNTRY) ||
       ((fs & (EL_CITY | EL_CAPNOM)) && !(fs & EL_COMMON))))
    cue = CUE_LOC;
  /* "les salariés de Kervel": the members of a town are its people, not
  ** a body's */
  if (cue == CUE_ORG && ntok == 1 && (fs & (EL_COUNTRY | EL_CITY)) &&
      s->t0 > 0 && de_word(c, s->t0 - 1))
    cue = 0;
  /* "analyste chez X", "paru chez X", "Chez X, on ...": X employs,
  ** publishes or sells, a company, when no given name opens it (a
  ** person's full name elsewhere still wins over this cue) */
  int employer = 0; /* a given name opens a company's name */
  if (!cue && s->t0 > 0 && ew_chez(c, s->t0 - 1) &&
      c->tok[s->t0 - 1].sent == c->tok[s->t0].sent &&
      !(f0 & (EL_COUNTRY | EL_CITY | EL_TITLE)) &&
      (!(f0 & EL_GIVEN) || (employer = employer_chez(c, s))) &&
      !(c->tok[fi].flags & PRESSE_TF_INITIAL))
    cue = CUE_ORG;
  /* ("à l'américain X": the place's cue is for the company) */
  if ((!cue || cue == CUE_LOC) && nationality_company(c, s, f0)) cue = CUE_ORG;
  /* ("le X, lui, salue": see capnom_speaks()) */
  if ((f0 & EL_CAPNOM) && !cue && capnom_speaks(c, s, f0)) cue = CUE_ORG;
  /* ("à l'Otan": see at_the_body()) */
  if ((f0 & EL_CAPNOM) && (!cue || cue == CUE_LOC) && at_the_body(c, s, f0))
    cue = CUE_ORG;
  /* ("le député LR X": see party_after_title()) */
  if (cue == CUE_PER && acr && s->t0 > 0 && party_after_title(c, s, ntok, f0))
    cue = CUE_ORG;
  /* ("a confié au Parisien": see speech_to_medium()) */
  if ((f0 & (EL_COMMON | EL_DEMONYM)) && (!cue || cue == CUE_LOC) &&
      ntok == 1 && s->t1 - s->t0 == 1 && speech_to_medium(c, s, f0))
    cue = CUE_ORG;
  /* ("X, groupe armé qui": see org_apposition()) */
  if (!cue && punct_is(c, s->t1, ',') && org_apposition(c, s)) cue = CUE_ORG;
  /* ("Kerbriac : deux blessés": see kicker_place()) */
  if (!cue && (t0->flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) &&
      s->t1 - s->t0 == 1 && kicker_place(c, s, f0))
    cue = CUE_LOC;
  /* ("Ouest-France": see cardinal_title()) */
  if ((!cue || cue == CUE_LOC) && ntok == 1 && (t0->flags & PRESSE_TF_HYPHEN) &&
      cardinal_title(c, s, f0))
    cue = CUE_ORG;
  if (cue == CUE_PORTFOLIO || user_name(c, s) || common_label(c, s) ||
      (ntok >= 2 && amp_rubric(c, s)) ||
      (ntok >= 2 && (f0 & EL_MISCCUE) && !elided && kicker_topic(c, s)))
    return 0;
  /* (but an English word in capitals inside a sentence is an acronym:
  ** "la HAD", "(HAD)") */
  if (ntok == 1 && (f0 & EL_ENGLISH) && !(f0 & EL_NAMEY) &&
      !(acr && !(c->info[fi] & TI_AMBIG)))
    return 0;
  /* (but "le syndicat SUD": a body's name in capitals after its cue) */
  if (ntok == 1 && (f0 & EL_CARDINAL) && cue != CUE_LOC &&
      !(cue == CUE_ORG && acr) && !cardinal_region(c, s))
    return 0;

  /* the name itself */
  if (ntok > 1 && (fs & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_REGION)) &&
      !(fs & EL_DEMONYM))
    F |= EFB(place_phrase);
  /* "Afrique de l'Ouest", "Asie du Sud-Est": a place, de and a cardinal
  ** point is a part of that place, whether the lexicon lists the phrase
  ** (Afrique du Sud) or not */
  else if (ntok == 3 && (f0 & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_REGION)) &&
           !(f0 & (EL_DEMONYM | EL_GIVEN)) && (fl & EL_CARDINAL) &&
           s->t1 - fi <= 4 && de_word(c, fi + 1) && de_word(c, s->t1 - 2))
    F |= EFB(place_phrase);
  if (ntok == 1 && (f0 & EL_COUNTRY) && !(f0 & EL_DEMONYM)) F |= EFB(country);
  /* a nationality noun (les Maliens, but la Corse); a country's name that
  ** is also one is a country after a place cue (aux Philippines) */
  /* "les Républicains", "des Verts": a plural word of parties' names
  ** after a plural article is a party, not a group of people */
  int party = ntok == 1 && plural && after_les && !acr && (f0 & EL_ORGWORD);
  if (party) F |= EFB(org_word);
  if (ntok == 1 && (f0 & EL_DEMONYM) && !acr && (!(f0 & EL_PLACE) || plural) &&
      !((f0 & EL_COUNTRY) && cue == CUE_LOC) && !party)
    F |= EFB(demonym);
  /* "jusqu'à Bourges", "une aide-soignante de Valenciennes": a town whose
  ** name is also the plural of a people's noun or adjective that the
  ** lexicon derived (bourge, valencienne) names the people only after a
  ** plural article ("les Grisons"); without one, the town */
  if ((F & EFB(demonym)) && (f0 & EL_PLACE) && !after_les) F &= ~EFB(demonym);
  if ((F & EFB(demonym)) && cue == CUE_ORG && s->t1 - s->t0 == 1 &&
      speech_to_medium(c, s, f0))
    F &= ~EFB(demonym);
  if (elided) F |= EFB(elided_article);
  if ((pair & EL_MISCCUE) && !(pair & EL_NAMEY)) F |= EFB(event_head);
  /* "Kervadol 500 mg": a dose's unit after the number (grow() joins it)
  ** leaves a name and its number */
  int dose = ntok == 3 && s->t1 - s->t0 == 3 &&
             c->tok[s->t1 - 2].kind == PRESSE_TOK_NUMBER &&
             ew_dose_unit(c, s->t1 - 1);
  if ((s->flags & SP_DIGIT) && ((lastnum && ntok == 2) || dose) && !acr) {
    /* France 24, Europe 1: a place and a number is a broadcaster */
    /* Racing 92, Stade 29: a club's head and its département's two
    ** digits is the club (Ligue 1, Ligue 2 stay competitions) */
    int dept = (f0 & EL_ORGHEAD) && !elided &&
               c->tok[s->t1 - 1].b1 - c->tok[s->t1 - 1].b0 == 2 &&
               c->text[c->tok[s->t1 - 1].b0] != '0';
    /* ("du Sdis 83": see dept_service()) */
    if (!dept && !elided && s->t1 - s->t0 == 2 &&
        c->tok[s->t1 - 1].b1 - c->tok[s->t1 - 1].b0 == 2 &&
        c->text[c->tok[s->t1 - 1].b0] != '0')
      dept = dept_service(c, s, f0);
    F |= ((f0 & (EL_COUNTRY | EL_CITY)) &&
          !(f0 & (EL_GIVEN | EL_COMMON | EL_ORGHEAD)) &&
          !year_tok(c, s->t1 - 1)) ||
                 dept
             ? EFB(place_number)
             : EFB(name_number);
  }
  int year =
      (s->flags & SP_DIGIT) && lastnum && ntok >= 2 && year_tok(c, s->t1 - 1);
  if (year) F |= EFB(year);
  /* "Fédération de Russie", "Royaume du Maroc": a state's form (a head
  ** of both bodies and places) and a country alone after de is the
  ** country */
  int state = (f0 & EL_ORGHEAD) && (f0 & EL_LOCHEAD) && !elided &&
              s->t1 - s->t0 == 3 && de_word(c, fi + 1) && (fl & EL_COUNTRY) &&
              !(fl & EL_DEMONYM);
  if (state)
    F |= EFB(loc_head);
  else if ((f0 & EL_ORGHEAD) && ntok > 1)
    F |= EFB(org_head);
  /* one head word speaks, the institution's first (Force ouvrière) */
  if (F & (EFB(org_head) | EFB(loc_head)))
    ;
  else if ((f0 & EL_LOCHEAD) && ntok > 1 && !(f0 & EL_GIVEN) &&
           cue != CUE_ORG && cue != CUE_MISC && place_after_adj(c, fi, f0))
    F |= EFB(loc_head);
  else if ((f0 & EL_MISCCUE) && ntok > 1 && !(f0 & EL_NAMEY))
    F |= EFB(misc_head);
  else if (ntok > 1 && venue_last(c, s->t1 - 1))
    F |= EFB(loc_head);
  /* an event's head word, alone too ("au Mondial", "à l'Open de X"):
  ** the cue of a place before it says where it happens, not what it is */
  if ((s->flags & SP_EVENT) && !(F & EFB(misc_head))) F |= EFB(event_word);
  /* "X de Y" joined as a person's particle; "De Santis", "Van Kervel":
  ** a capitalised particle opening two words (not an article: Le Monde,
  ** El Pais, Al Jazeera) */
  if ((s->flags & SP_PARTICLE) || perpart ||
      (ntok == 2 && !elided && (f0 & EL_PARTICLE) &&
       (t0->flags & PRESSE_TF_UPPER) && !(t0->flags & PRESSE_TF_ALLCAPS) &&
       !ew_name_article(c, fi) && !(anyrest & (EL_COUNTRY | EL_CITY))))
    F |= EFB(person_particle);
  /* ("Yannig Le Kerbihan": see article_surname()) */
  else if (ntok == 3 && s->t1 - s->t0 == 3 && !elided &&
           (t0->flags & PRESSE_TF_UPPER) && !(f0 & EL_GIVEN) &&
           article_surname(c, s, f0))
    F |= EFB(person_particle);
  if ((ntok == 2 || (ntok == 3 && s->t1 - fi == 3)) && !elided &&
      group_name(c, fi, f0))
    F |= EFB(group_name);
  /* "des Cahiers du X", "les Laboratoires X", "les Jeunes Agriculteurs":
  ** a capitalised plural common noun opening a name of several words, the
  ** article outside it, names a body (a work keeps its own article: "Les
  ** Marées de septembre"; a town's name goes on with "de" and a name: "les
  ** Sables d'Olonne") */
  if (ntok > 1 && after_les && fi == s->t0 && !elided &&
      !(t0->flags & PRESSE_TF_ALLCAPS) && (f0 & EL_COMMON) &&
      !(f0 & (EL_NAMEY | EL_DEMONYM | EL_FUNC | EL_TITLE)) &&
      t0->b1 - t0->b0 > 3 &&
      (c->text[t0->b1 - 1] == 's' || c->text[t0->b1 - 1] == 'x') &&
      !plural_of_place(c, s))
    F |= EFB(group_name);
  if ((s->flags & SP_INITIAL) || hinit) F |= EFB(initials);
  if ((s->flags & SP_DIGIT) && !year)
    F |= acr && !(t0->flags & PRESSE_TF_HYPHEN) && !model_code(txt, len)
             ? EFB(acronym_digit)
             : EFB(digits);
  if ((ntok > 1 && acr && c->tok[fi].b1 - c->tok[fi].b0 <= 4 &&
       ent_is_word(c, s->t1 - 1) &&
       !(c->tok[s->t1 - 1].flags & PRESSE_TF_ALLCAPS)) ||
      (ntok > 1 && !acr && !(s->flags & SP_DIGIT) && !(f0 & EL_GIVEN) &&
       acronym_after(c, fi + 1, s->t1)))
    F |= EFB(acronym_name);
  /* (a hyphenated given name the lexicon lacks: Paul-Henri) */
  if (ntok > 1 && !acr &&
      ((f0 & EL_GIVEN) ||
       ((t0->flags & PRESSE_TF_HYPHEN) && !(f0 & (EL_PLACE | EL_COMMON)) &&
        ent_given_word(c, fi))))
    F |=
        f0 & (EL_COUNTRY | EL_CITY) ? EFB(given_place_first) : EFB(given_first);
  if (((any & EL_ORGWORD) || (anyrest & EL_ORGHEAD)) && ntok > 1 &&
      !(F & EFB(org_head)))
    F |= EFB(org_word);
  /* (an ampersand: see ampersand_inside(); a token of the span that is
  ** no word is a sign to look for it) */
  if (!(F & (EFB(org_head) | EFB(org_word))) && s->t1 - s->t0 > ntok &&
      ampersand_inside(c, s))
    F |= EFB(org_word);
  /* Air France, Météo France: a name made with a place name (a given
  ** name first is no place: Florence, Vladimir) */
  uint32_t places = (f0 & EL_GIVEN) && !acr ? anyrest : any;
  if (ntok > 1 && (places & (EL_COUNTRY | EL_CITY)) && !(any & EL_CARDINAL) &&
      (common || acr || (any & (EL_ORGWORD | EL_ORGHEAD | EL_COUNTRY))))
    F |= EFB(has_place);
  if (ntok > 1 && (fl & EL_SURNAME) && !common) F |= EFB(surname_last);
  if ((s->flags & SP_ALLCAPS) && defined_by_common_words(c, s))
    F |= EFB(acronym_defined);
  /* a name of several words that a bracketed acronym after it spells is a
  ** body's (173 of 174 such names of the written gold): "Intersyndicale
  ** nationale des internes (ISNI)"; not a person's (a given name first)
  ** or an event's (its head outweighs this cue) */
  else if (ntok > 1 && !(f0 & EL_GIVEN) && !(s->flags & SP_ALLCAPS) &&
           ent_defines_acronym(c, s->t0, s->t1))
    F |= EFB(defines_acronym);
  /* counted once (TF1 is acronym_digit); a word in capitals that the
  ** lexicon knows as a town or a name is that word shouting (a dateline:
  ** "KERVEL, 12 mars"), not an acronym */
  if ((s->flags & SP_ALLCAPS) && !(f0 & EL_COUNTRY) &&
      !(F & EFB(acronym_digit)) && !(len >= 5 && (f0 & (EL_NPR | EL_SURNAME))))
    F |= EFB(acronym);
  if (ntok == 1 && (f0 & EL_CARDINAL)) F |= EFB(cardinal_place);
  /* a region of ISO 3166-2 is a place alone, not a town inside a name */
  /* (an institution's head word that hunspell capitalises is the seat of
  ** the institution: "le Kremlin", "l'Élysée" are bodies) */
  if (ntok == 1 && (f0 & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_REGION)) &&
      !(f0 & EL_CARDINAL) &&
      !((f0 & EL_ORGHEAD) && !(f0 & (EL_COUNTRY | EL_CITY | EL_REGION))))
    F |= EFB(place);
  if (ntok == 1 && (t0->flags & PRESSE_TF_HYPHEN) && head_part(txt, len))
    F |= EFB(org_head);
  else if (ntok == 1 && (t0->flags & PRESSE_TF_HYPHEN) &&
           parts_are_places(txt, len))
    F |= EFB(place_parts);
  /* Saint-Malo: a place's form, like Nord-Kivu */
  if (ntok == 1 && (t0->flags & PRESSE_TF_HYPHEN) &&
      (starts_with(c, fi, "Saint-") || starts_with(c, fi, "Sainte-")))
    F |= EFB(place_parts);
  /* an institution's head alone (le Sénat, l'Assemblée: a participle
  ** made a noun, not an adjective such as Haut, Olympique) */
  if (ntok == 1 && (f0 & EL_ORGHEAD) && !(f0 & (EL_LOCHEAD | EL_CARDINAL)) &&
      (!(f0 & EL_ADJ) ||
       (len > 3 && txt[len - 2] == '\xC3' && txt[len - 1] == '\xA9') ||
       (len > 3 && txt[len - 3] == '\xC3' && txt[len - 2] == '\xA9' &&
        txt[len - 1] == 'e')) &&
      !(c->info[fi] & TI_AMBIG))
    F |= EFB(head_alone);
  if (ntok == 1 && plural && after_les && !(f0 & EL_NAMEY) && !party)
    F |= EFB(group_plural);
  if (ntok == 1 &&
      (camel_brand(txt, len, c->n - s->b0) || wiki_name(txt, len) ||
       ((c->tok[fi].flags & PRESSE_TF_HYPHEN) && hyphen_acronym(txt, len))))
    F |= EFB(camel_brand);
  if (ntok == 1 && camel_surname(txt, len)) F |= EFB(name_word);
  if (ntok == 1 && (f0 & EL_NPR)) F |= EFB(proper_noun);
  if (ntok == 1 && (f0 & (EL_GIVEN | EL_SURNAME))) F |= EFB(name_word);
  if (ntok > 1) {
    int art =
        (c->tok[s->t0].flags & PRESSE_TF_UPPER) && ew_cap_definite(c, s->t0);
    /* no person's name has English function words inside */
    if (art && work_complement(c, s))
      F |= EFB(words_common);
    else if (art)
      F |= EFB(words_article);
    else if (common)
      F |= EFB(words_common);
    else if (!(anyrest & EL_ENGLISH) || acr)
      F |= EFB(words);
  }
  if (ntok > 1 && (anyrest & EL_ENGLISH) && !acr) F |= EFB(english_words);
  if (ntok > 1 && (f0 & EL_NPR) && !(f0 & (EL_PLACE & ~EL_NPR)) &&
      !(f0 & (EL_GIVEN | EL_SURNAME)) && !acr)
    F |= EFB(brand_first);
  if (ntok == 1 && (((f0 & EL_ADJ) && inhabitant_noun(c, s, f0)) ||
                    unknown_inhabitants(c, s, f0)))
    F |= EFB(demonym);
  else if (ntok == 1 && (f0 & EL_COMMON) && !(f0 & EL_NAMEY))
    F |= EFB(common_word);
  else if (ntok == 1 && after_noun_de(c, s->t0)) {
    F |= EFB(after_noun_de);
    /* "un hangar de X", "la gendarmerie de X": there hunspell's proper
    ** noun is a town more often than a brand, and says nothing */
    if (!(f0 & (EL_GIVEN | EL_SURNAME))) F &= ~EFB(proper_noun);
  }

  /* "la série Julie Kerval", "le pont Mathilde", "le ferry Jean Bart": a
  ** thing named after a person; the person's words say whose name it
  ** took, the noun before it what it is */
  if (cue_next)
    F &= ~(EFB(given_first) | EFB(given_place_first) | EFB(surname_last) |
           EFB(name_word) | EFB(words));
  /* (the founder's given name says who the company is named after) */
  if (employer) F &= ~(EFB(given_first) | EFB(given_place_first));
  /* a title in quotation marks: its words name no body, place or person
  ** ("« La Maison sur la dune »"); its context may still say what it is
  ** ("le journal « Le Kervel »") */
  if (s->t0 > 0 && (c->tok[s->t0 - 1].flags & PRESSE_TF_OPEN_QUOTE) &&
      ent_quoted_title(c, s->t0) == s->t1)
    F = EFB(work_title);
  /* ("le collectif Toit Commun 44": see numbered_body()) */
  if (cue == CUE_ORG && lastnum &&
      (F & (EFB(name_number) | EFB(year) | EFB(digits))) && numbered_body(c, s))
    F &= ~(EFB(name_number) | EFB(year) | EFB(digits));
  /* its context */
  if (cue == CUE_PER) F |= EFB(title_before);
  /* (body_context, not org_cue: a person's full name elsewhere in the
  ** document still makes the word that person, "le médecin de X",
  ** which ent_doc.c does over no org_cue) */
  if (cue == CUE_ORG) F |= head_cue ? EFB(body_context) : EFB(org_cue);
  if (cue == CUE_MISC) F |= EFB(misc_cue);
  /* "la Communauté économique des États de l'Afrique de l'Ouest
  ** (Cédéao)": a word in brackets that the name before it spells is
  ** that name's acronym, of its type (in any case: Cédéao, Ifri) when
  ** more than a default gave the name its type */
  if (ntok == 1 && s > c->sp && s[-1].type && s[-1].ev > EV_DEFAULT &&
      s[-1].t1 + 1 == s->t0 && !(F & (EFB(org_cue) | EFB(misc_cue))) &&
      (ent_spells_acronym(c, s[-1].t0, s[-1].t1) || body_acronym(c, s)))
    F |= s[-1].type == PRESSE_MISC  ? EFB(misc_cue)
         : s[-1].type == PRESSE_ORG ? EFB(org_cue)
                                    : 0;
  /* "a proposé le poste à Antonis Kervalos": after a bare "à", several
  ** capitalised words that no lexicon knows as places or words are a
  ** person as often as a place (places of several words are in the
  ** lexicon: Buenos Aires) */
  if (cue == CUE_LOC && !((F & EFB(words)) && !(any & EL_PLACE) && s->t0 > 0 &&
                          ew_a(c, s->t0 - 1)))
    F |= EFB(loc_cue);
  /* ("Iker Kerbrat (Kervel Cross-Team)": see team_after_person()) */
  if (!(F & (EFB(given_first) | EFB(given_place_first) | EFB(initials) |
             EFB(title_before))) &&
      !(any & (EL_PLACE | EL_REGION)) && team_after_person(c, s))
    F |= EFB(team_bracket);
  /* ("Côté X, on réclame": see view_frame()) */
  if (!(F & (EFB(place) | EFB(country) | EFB(place_phrase))) &&
      view_frame(c, s))
    F |= EFB(view_holder);
  if (verb_after(c, s)) F |= EFB(verb_after);
  if (verb_before(c, s)) F |= EFB(verb_before);
  int app = apposition_after(c, s);
  /* ("le maire de X, 61 ans": see apposition_of_holder()) */
  if (app && apposition_of_holder(c, s)) app = 0;
  if (app == 1) F |= EFB(function_after);
  if (app == 2) F |= EFB(age_after);
  if (ntok <= 2 && !(F & EFB(place_phrase)) && scorer_listed(c, s))
    F |= EFB(scorer);
  /* forms of address, kinship, origin, datelines (ent_context.c) */
  F |= ent_context_features(c, s, (int)ntok, F);
  /* ("Hippolyte Kerval (Kervel Demain)": see list_in_brackets()) */
  if ((F & ~(EFB(verb_after) | EFB(verb_before))) == EFB(words_common) &&
      list_in_brackets(c, s, ntok))
    F |= EFB(org_cue);
  /* ("Le X a engagé": see body_acts()) */
  if ((F & ~(EFB(verb_after) | EFB(verb_before))) == EFB(words_common) &&
      body_acts(c, s))
    F |= EFB(org_cue);
  int speaks = (F & EFB(verb_after)) != 0;
  if (speaks && verb_alone(F)) F &= ~EFB(verb_after);
  /* nothing else: the word's shape, if it has a telling one */
  /* (not a team's in brackets after a person: ent_team_in_brackets();
  ** nor a word that speaks: see source_not_town()) */
  if (!F && !ent_team_in_brackets(c, s) && !source_not_town(c, s, speaks))
    F = shape(c, s, ntok, f0, acr);
  /* a person takes no article: "le Figaro", "au Progrès" (said only where
  ** something speaks for a person) */
  if (s->t0 > 0 && c->tok[s->t0 - 1].sent == c->tok[s->t0].sent &&
      (ent_article_word(c, s->t0 - 1) || elided_article_before(c, s))) {
    /* "la Cédéao", "l'Inrap", "du Kervalo": nor does a town, so a word
    ** no lexicon knows is no town there whatever its shape (the model
    ** learnt towns and regions alike; the regions that take an article
    ** are in the lexicon) */
    if (F == EFB(shape_loc)) F = 0;
    if (person_score(F) > 0) F |= EFB(article_before);
  }
  /* ("Kervel Matin > Faits divers": see opens_document()) */
  if (!(F & ~(EFB(words_common) | EFB(words) | EFB(shape_loc))) &&
      opens_document(c, s))
    F |= EFB(masthead);
  if (!F) {
    F = EFB(no_evidence);
    /* (see place_in_passing(): typed by ent_doc.c, which counts
    ** mentions) */
    if (ntok == 1 && place_in_passing(c, s, f0)) F |= EFB(place_in_passing);
  }
  return F;
}

static void classify(ent_ctx *c, ent_span *s) {
  ent_feat F = features(c, s);
  s->feat = F;
  if (!F) {
    s->type = 0;
    return;
  }
  int score[5];
  uint8_t ev[5];
  ent_score(F, score, ev);
  /* The type with the highest score, then the strongest evidence, the
  ** first of equals; and the scores clamped to int16_t. Both without
  ** branches: (score, ev) as one key, min and max as conditional moves,
  ** where the compares of the scores of each span mispredicted about one
  ** time in four. */
  int best = 1;
  int64_t top = (int64_t)score[1] * 256 + ev[1];
  for (int t = 2; t < 5; t++) {
    int64_t k = (int64_t)score[t] * 256 + ev[t];
    best = k > top ? t : best;
    top = k > top ? k : top;
  }
#if defined(__SSE2__)
  /* types 1..4 in one step: a saturating pack to 16 bits (which keeps
  ** anything beyond 30000 beyond it), then min and max */
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(score + 1));
  v = _mm_packs_epi32(v, v);
  v = _mm_min_epi16(_mm_max_epi16(v, _mm_set1_epi16(-30000)),
                    _mm_set1_epi16(30000));
  _mm_storel_epi64((__m128i *)(void *)&s->score[1], v);
  int v0 = score[0] < 30000 ? score[0] : 30000;
  s->score[0] = (int16_t)(v0 > -30000 ? v0 : -30000);
#else
  for (int t = 0; t < 5; t++) {
    int v = score[t] < 30000 ? score[t] : 30000;
    s->score[t] = (int16_t)(v > -30000 ? v : -30000);
  }
#endif
  if (score[best] <= 0) {
    /* nothing speaks for any type: an organisation, weakest */
    s->type = PRESSE_ORG, s->ev = EV_NONE;
    return;
  }
  s->type = (uint8_t)best;
  s->ev = ev[best];
  /* a capitalised common word alone, mid-sentence (l'Univers, le Dragon)
  ** with nothing else for it: ent_doc.c keeps it only inside a longer
  ** name of the document */
  if ((F & EFB(common_word)) && ev[best] == EV_NONE) s->flags |= SP_WEAK;
}

/* A title opening a sentence or a line ("Les Enfants du fleuve, deuxième
** film de X", "CINÉMA. Le Dernier Été, du Kervelien Y"): the capitalised
** article before a name of common words, typed MISC by them alone, is
** the title's first word, as it is mid-sentence ("dans Les Heures
** claires", work_complement()); ent_cand.c left it out because a capital
** there says nothing. Events keep theirs out: their head word is a
** feature of its own ("Le Tour de France" gives "Tour de France"). */
static void title_article(ent_ctx *c, ent_span *s) {
  if (s->type != PRESSE_MISC || s->t0 == 0 || s->feat != EFB(words_common))
    return;
  size_t p = s->t0 - 1;
  if (s->b0 != c->tok[s->t0].b0 || !(c->info[p] & TI_AMBIG) ||
      !ent_is_word(c, p) || !(c->tok[p].flags & PRESSE_TF_UPPER) ||
      !ew_cap_article(c, p) || (c->tok[s->t0].flags & PRESSE_TF_LINE_START) ||
      (ent_tok_flags(c, s->t0) & (EL_ORGHEAD | EL_ORGWORD | EL_LOCHEAD)))
    return;
  /* a comma or a colon after it: the title given, then what it is ("Les
  ** X, deuxième roman de Y", "Les X : le jury..."); a body acts ("La
  ** Tribune de X rappelle", "La Mutualité X a voté") and keeps its
  ** article out */
  size_t e = s->t1;
  if (e >= c->ntok || c->tok[e].kind != PRESSE_TOK_PUNCT || tok_n(c, e) != 1 ||
      (tok_s(c, e)[0] != ',' && tok_s(c, e)[0] != ':'))
    return;
  s->t0 = (uint32_t)p;
  s->b0 = c->tok[p].b0;
  s->c0 = c->tok[p].c0;
}

void ent_classify(ent_ctx *c) {
  for (size_t i = 0; i < c->nsp; i++)
    if (!(c->sp[i].flags & SP_PRESET)) classify(c, &c->sp[i]);
}

/* After ent_consistency(), whose types are final (a newspaper typed MISC
** by its words is a body by its other mentions: "La Tribune de X" keeps
** its article out, as ANNOTATION.md does), and whose canonical forms are
** spans' indices, which follow the span. */
void ent_title_articles(ent_ctx *c) {
  for (size_t i = 0; i < c->nsp; i++)
    if (!(c->sp[i].flags & SP_PRESET)) title_article(c, &c->sp[i]);
}
