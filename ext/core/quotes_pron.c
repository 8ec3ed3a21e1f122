/*
** quotes_pron.c: persons and pronouns. Who "il" or "elle" is, as a reader
** decides it:
**   - gender: the pronoun's own (il, elle) against the person's, read from
**     the given name (data/given_names.txt, from Debian's French Hunspell
**     dictionary), the determiner and title before the name ("la ministre
**     X", "la Bretonne X", "le graphiste X"), an apposition (", la
**     présidente"), Mme / M., a participle after être ("est partie"), the
**     pronoun of a quotation attributed to the person; a person of the
**     other gender is never the antecedent;
**   - recency: the most recent fitting person in subject position or
**     speaker of a quotation, in the paragraph, then the one before;
**   - salience: a pronoun that opens a paragraph's narration ("En 1998,
**     il obtint ...") continues the person the text is about (the
**     protagonist: most subject mentions), not the last one quoted; a
**     later pronoun of the same paragraph follows that chain;
**   - impersonal "il" (il faut, il s'agit, il y a) designates nobody.
** A misspelt repetition of a name ("Miguel Nerva" beside three "Miguel
** Neiva") is merged into the commoner spelling.
*/
#include "lexicon.h"
#include "quotes_int.h"
#include "segment.h"

#include <string.h>

#include "lex_given_names.h"
#include "lex_speaker_titles.h"
#include "speaker_gender_endings.h"
#include "speaker_grammar.h"

#define SCAN 400  /* tokens looked back for an antecedent */
#define EVENTS 24 /* recent quotation speakers considered */
#define MERGE 64  /* distinct persons compared for misspellings */

static int is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

/* What a determiner or a civility word, folded f[0..n), says: its gender
** (1 or 2, in DW_GENDER) and whether it is a civility (DW_CIVILITY), or 0
** for any other word. One switch on the length, so that a form is
** compared only with the words of its length, as constants (a loop over a
** table of the words cost 180 instructions a call, and 0.4 % of quotes()).
** The words are data/quote_grammar.txt's (MASC_CIVILITIES,
** FEM_CIVILITIES, MASC_DETERMINERS, FEM_DETERMINERS), the one list of
** civilities of quotes(). */
#define DW_GENDER 3
#define DW_CIVILITY 4
#define DET_WORD_MAX 12 /* bytes of the longest word (mademoiselle) */
#define DET_FITS(lit) &&sizeof lit - 1 <= DET_WORD_MAX
_Static_assert(1 MASC_CIVILITIES(DET_FITS) FEM_CIVILITIES(DET_FITS)
                   MASC_DETERMINERS(DET_FITS) FEM_DETERMINERS(DET_FITS),
               "a determiner longer than DET_WORD_MAX");
#undef DET_FITS

/* det_word_of() for n a constant: the compares of the words of another
** length fold away (the lists of data/quote_grammar.txt). */
#define DET_IS(lit) (n == sizeof lit - 1 && !memcmp(f, lit, sizeof lit - 1)) ||
static inline __attribute__((always_inline)) uint8_t det_word_len(const char *f,
                                                                  size_t n) {
  if (MASC_CIVILITIES(DET_IS) 0) return 1 | DW_CIVILITY;
  if (FEM_CIVILITIES(DET_IS) 0) return 2 | DW_CIVILITY;
  if (MASC_DETERMINERS(DET_IS) 0) return 1;
  return FEM_DETERMINERS(DET_IS) 0 ? 2 : 0;
}
#undef DET_IS

static uint8_t det_word_of(const char *f, size_t n) {
  switch (n) {
    /* clang-format off */
  case 1: return det_word_len(f, 1);
  case 2: return det_word_len(f, 2);
  case 3: return det_word_len(f, 3);
  case 4: return det_word_len(f, 4);
  case 5: return det_word_len(f, 5);
  case 6: return det_word_len(f, 6);
  case 7: return det_word_len(f, 7);
  case 8: return det_word_len(f, 8);
  case 9: return det_word_len(f, 9);
  case 10: return det_word_len(f, 10);
  case 11: return det_word_len(f, 11);
  case 12: return det_word_len(f, 12);
    /* clang-format on */
  default:
    return 0;
  }
}

/* det_word_of() of token i. A token whose folded form was not kept is
** folded here, its final apostrophe dropped as q_tok_is does. */
static uint8_t det_word(const qwork *w, size_t i) {
  if (!is_word(w, i)) return 0;
  uint8_t fl = w->flen[i];
  if (fl == Q_FLEN_SLOW) {
    char buf[64];
    const presse_token *t = &w->tok[i];
    size_t n = q_fold(w->text + t->b0, t->b1 - t->b0, buf, sizeof buf);
    if (n && buf[n - 1] == '\'') n--;
    return det_word_of(buf, n);
  }
  return det_word_of(w->fold + w->tok[i].b0, fl);
}

/* Gender of a determiner or a civility word at token i: 1, 2, or 0. */
uint8_t q_det_gender(const qwork *w, size_t i) {
  return det_word(w, i) & DW_GENDER;
}

/* Whether token i is a civility: M., Mme, Madame, Monsieur, Mlle… */
int q_civility(const qwork *w, size_t i) {
  return (det_word(w, i) & DW_CIVILITY) != 0;
}

static uint8_t title_gender(const qwork *w, size_t i) {
  uint8_t f = w->feat[i] & (QT_TITLE_M | QT_TITLE_F);
  return f == QT_TITLE_M ? 1 : f == QT_TITLE_F ? 2 : 0;
}

int q_title_names_women(const qwork *w, size_t i) {
  if (!(w->feat[i] & (QT_TITLE_M | QT_TITLE_F))) return 0;
  char buf[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, i, buf);
  const presse_lex_entry *e =
      n ? presse_lex_find(&lex_speaker_titles, buf, n) : NULL;
  return e && (e->value & 4);
}

/* "le docteur X", "le professeur X", "le médecin X": titles whose
** masculine is still written for women too (value 4 in
** data/speaker_titles.txt: "le docteur Aïssatou X ... Elle prévient");
** after le / un the given name decides, not the determiner. Whether such a
** title stands in [k, f). */
static int generic_masculine(const qwork *w, size_t k, size_t f) {
  if (q_det_gender(w, k - 1) != 1) return 0;
  for (size_t i = k; i < f; i++)
    if (q_title_names_women(w, i)) return 1;
  return 0;
}

/* "Son fils, X, 24 ans, avait été capturé", "Sa mère, X, est venue": a
** function or relation noun of one gender, with its article or
** possessive, in apposition before the name gives the name its gender
** (the comma stops the leftward walk of mention_gender). 1, 2, or 0. */
static uint8_t fronted_title_gender(const qwork *w, size_t f) {
  if (f < 3 || !Q_ISPUNCT(w, f - 1, ',') || !is_word(w, f - 2) ||
      !is_word(w, f - 3) || !(w->word[f - 3] & (QW_DET | QW_POSS)) ||
      (w->word[f - 3] & QW_PREP) || w->ent[f - 2] >= 0)
    return 0;
  return title_gender(w, f - 2);
}

/* "X, directrice de l'école, …", "X, infirmière au CHU, …", "X, elle,
** a applaudi": a title noun of one gender apposed to the name with no
** determiner (a determiner is read by the caller), or a stressed
** pronoun between commas, gives the name its gender, as a reader knows
** it; a noun of either gender (porte-parole, élève) says nothing. k: the
** token after the comma. 1, 2, or 0. */
static uint8_t bare_apposition_gender(const qwork *w, size_t k) {
  if (!is_word(w, k) || w->inq[k] || w->ent[k] >= 0 ||
      (w->tok[k].flags & PRESSE_TF_UPPER))
    return 0;
  if (k + 1 < w->ntok && Q_ISPUNCT(w, k + 1, ',')) {
    if (q_fem_stressed(w, k)) return 2;
    if (q_masc_stressed(w, k)) return 1;
  }
  return title_gender(w, k);
}

/* The gender of an apposition opening at token k: a determiner and a
** title noun, maybe one plain adjective between ("la présidente", "l'
** ancienne directrice": the title's own gender after l'), else
** bare_apposition_gender. 1, 2, or 0. */
static uint8_t apposed_title_gender(const qwork *w, size_t k) {
  uint8_t d = q_det_gender(w, k);
  int l = q_def_sg(w, k);
  if (!d && !l) return bare_apposition_gender(w, k);
  size_t t = k + 1;
  if (t + 1 < w->ntok && is_word(w, t) && !w->word[t] && !w->verb[t] &&
      w->ent[t] < 0 && !(w->tok[t].flags & PRESSE_TF_UPPER) &&
      !(w->feat[t] & (QT_TITLE_M | QT_TITLE_F)))
    t++; /* "l'ancienne directrice" */
  if (t >= w->ntok || !(w->feat[t] & (QT_TITLE_M | QT_TITLE_F))) return 0;
  return d ? d : title_gender(w, t);
}

/* The gender the words around one PER mention [f, l] give it. */
static uint8_t mention_gender(const qwork *w, size_t f, size_t l) {
  uint8_t g = 0;
  /* Leftwards over the title and its modifiers ("la Bretonne", "le
  ** graphiste portugais", "M.") to a determiner. */
  size_t k = f;
  int title = 0, lower = 0;
  for (int s = 0; k > 0 && s < 4; s++) {
    size_t i = k - 1;
    if (Q_ISPUNCT(w, i, '.') && i > 0 && q_monsieur_abbreviation(w, i - 1) &&
        w->tok[i - 1].b1 == w->tok[i].b0)
      return 1; /* M. */
    if (!is_word(w, i)) break;
    uint8_t d = q_det_gender(w, i);
    if (d) {
      /* The determiner is the name's when a title or only capitalised
      ** words (la Bretonne X) stand between: "la diplomatie russe X"
      ** gives no gender. */
      if (generic_masculine(w, k, f)) {
        g = 0; /* nor the title's own gender */
        break;
      }
      if (title || !lower) return d;
      break;
    }
    if (w->word[i] & ~(QW_KNOWN | QW_ADV)) break; /* a function word */
    if (w->verb[i]) break;
    if (w->feat[i] & (QT_TITLE_M | QT_TITLE_F)) {
      title = 1;
      g |= title_gender(w, i);
    } else if (!(w->tok[i].flags & PRESSE_TF_UPPER)) {
      lower = 1;
    }
    k = i;
  }
  /* An apposition: "X, la présidente du ...", "X, l'ancienne directrice",
  ** "X, directrice de …". */
  if (!g && l + 2 < w->ntok && Q_ISPUNCT(w, l + 1, ','))
    g = apposed_title_gender(w, l + 2);
  if (!g) g = fronted_title_gender(w, f);
  return g == 3 ? 0 : g;
}

/* "est partie", "s'est dite", "est élue", "s'est montrée surprise": the
** feminine endings of participles in -i, -u, -is, -it (-ie, -ue, -ise,
** -ite), not -que / -gue ("est unique", "est longue" says nothing of
** the -u form), on a folded word of at least five bytes. */
static int feminine_participle(const char *b, size_t n) {
  if (n < 5) return 0;
  const char *e = b + n - 2;
  if (!memcmp(e, "ie", 2)) return 1;
  if (!memcmp(e, "ue", 2)) return b[n - 3] != 'q' && b[n - 3] != 'g';
  return !memcmp(b + n - 3, "ise", 3) || !memcmp(b + n - 3, "ite", 3);
}

/* The gender a past participle at token i shows: 2 for -ée / -ées, 1 for
** -é, 0 for any other word (a lowercase word only). */
static uint8_t participle_gender(const qwork *w, size_t i) {
  if (!is_word(w, i) || w->ents->n == 0 || w->ent[i] >= 0) return 0;
  char buf[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, i, buf);
  if (n < 4) return 0;
  if (!memcmp(buf + n - 3, "ée", 3)) return 2;
  if (n >= 5 && !memcmp(buf + n - 4, "ées", 4)) return 2;
  if (!memcmp(buf + n - 2, "é", 2)) return 1;
  return feminine_participle(buf, n) ? 2 : 0;
}

/* "présente", "heureuse", "active", "ancienne", "nouvelle": the feminine
** endings of adjectives (-ente, -euse, -ive, -ienne, -elle), on a folded
** lowercase word of six bytes or more; not -ère, which "sévère" and
** "sincère" end for both genders. */
static int feminine_adjective(const qwork *w, size_t i) {
  if (!is_word(w, i) || w->ent[i] >= 0 || (w->tok[i].flags & PRESSE_TF_UPPER))
    return 0;
  char buf[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, i, buf);
  if (n < 6) return 0;
#define ENDS(lit) (!memcmp(buf + n - (sizeof lit - 1), lit, sizeof lit - 1))
  return ENDS("ente") || ENDS("euse") || ENDS("ive") || ENDS("ienne") ||
         ENDS("elle");
#undef ENDS
}

/* The gender the attribute after être at token i shows: "X est
** arrivée", "X est directrice", "X était présente", "X s'est dite
** satisfaite" (dite is too short for participle_gender); up to two
** adverbs data/quote_words.txt marks are passed over ("est aussi
** présente"). 1, 2, or 0. */
static uint8_t attribute_gender(const qwork *w, size_t i) {
  for (int s = 0; s < 2 && is_word(w, i) && (w->word[i] & QW_ADV) &&
                  !(w->feat[i] & (QT_TITLE_M | QT_TITLE_F));
       s++)
    i++;
  if (i >= w->ntok || w->inq[i]) return 0;
  uint8_t g = participle_gender(w, i);
  if (g) return g;
  if (w->ents->n && w->ent[i] < 0 && (w->feat[i] & (QT_TITLE_M | QT_TITLE_F)))
    return title_gender(w, i);
  if (q_fem_said(w, i)) return 2;
  return feminine_adjective(w, i) ? 2 : 0;
}

/* "X, 27 ans, l'une des figures du mouvement", "X, 45 ans, la directrice
** de …": an apposition after the age, one of a group (l'un / l'une des)
** or a determiner and a title noun. */
static uint8_t apposition_gender(const qwork *w, size_t l) {
  size_t k = l + 1;
  if (k + 4 >= w->ntok || !Q_ISPUNCT(w, k, ',')) return 0;
  k++;
  if (w->tok[k].kind == PRESSE_TOK_NUMBER && q_age_noun(w, k + 1) &&
      Q_ISPUNCT(w, k + 2, ','))
    k += 3;
  else
    return 0;
  if (k + 1 >= w->ntok) return 0;
  if (q_elided_article(w, k)) k++;
  int of = q_indefinite_plural(w, k + 1) || q_de_whole(w, k + 1);
  if (q_indefinite_fem(w, k) && of) return 2;
  if (q_indefinite_masc(w, k) && of) return 1;
  uint8_t d = q_det_gender(w, k);
  if (!d) return bare_apposition_gender(w, k); /* "X, 45 ans, infirmière" */
  return w->feat[k + 1] & (QT_TITLE_M | QT_TITLE_F) ? d : 0;
}

/* The gender agreement gives a person mention [f, l]: a participle after
** être ("X est arrivée", "X s'est montrée", "X a été élue"), or opening
** the sentence before the name ("Interrogée par l'AFP, X", "Arrivée
** d'El-Geneina en juin, X"). Participles agree with their subject: a
** reader reads the gender of an unknown given name from them. */
static uint8_t apposition_gender(const qwork *w, size_t l);

static uint8_t agreement_gender(const qwork *w, size_t f, size_t l) {
  uint8_t ag = apposition_gender(w, l);
  if (ag) return ag;
  size_t k = l + 1;
  if (k + 1 < w->ntok && q_reflexive(w, k)) k++;
  int etre = q_etre_third(w, k);
  if (!etre && q_has_been(w, k)) {
    k++;
    etre = 1;
  }
  if (etre && k + 1 < w->ntok && !w->inq[k + 1]) {
    uint8_t g = attribute_gender(w, k + 1);
    if (g) return g;
  }
  /* "Interrogée par l'AFP, X": the sentence's first word, a participle
  ** followed by a preposition, and a comma right before the name */
  if (f == 0 || !Q_ISPUNCT(w, f - 1, ',')) return 0;
  size_t s = f - 1;
  for (int n = 0; s > 0 && n < 12 && !(w->tok[s].flags & PRESSE_TF_SENT_START);
       n++)
    s--;
  if (!(w->tok[s].flags & PRESSE_TF_SENT_START) || s + 1 >= f ||
      !is_word(w, s + 1) || !(w->word[s + 1] & QW_PREP))
    return 0;
  uint8_t g = participle_gender(w, s);
  /* "Directrice de l'école depuis 2020, X": a title noun opening it */
  return g ? g : title_gender(w, s);
}

/* The first entity of the text starting at byte b or after (entities
** come in text order): a binary search, the entity map being sorted. */
size_t q_entity_from(const qwork *w, uint32_t b) {
  size_t lo = 0, hi = w->ents->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (w->ents->ent[mid].b0 < b)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The entity whose mention starts at byte b0, or -1. */
static int32_t entity_at(const qwork *w, uint32_t b0) {
  size_t lo = q_entity_from(w, b0);
  return lo < w->ents->n && w->ents->ent[lo].b0 == b0 ? (int32_t)lo : -1;
}

static uint8_t given_name_gender(const qwork *w, uint32_t b0) {
  size_t t = presse_token_at_byte(w->tok, w->ntok, b0);
  if (t == w->ntok || !is_word(w, t)) return 0;
  char buf[64];
  size_t n = q_tok_fold(w, t, buf);
  if (!n) return 0;
  const presse_lex_entry *e = presse_lex_find(&lex_given_names, buf, n);
  if (!e || e->value == 3) return 0;
  return (uint8_t)e->value;
}

static int in_parens(const qwork *w, size_t f) {
  return f > 0 && Q_ISPUNCT(w, f - 1, '(');
}

/* Two spellings of one name: same length, one byte differs or two
** adjacent bytes are swapped ("Nerva" / "Neiva"), long enough to be
** a full name. */
static int misspelt(const char *a, const char *b, size_t n) {
  if (n < 8) return 0;
  size_t i = 0;
  while (i < n && a[i] == b[i])
    i++;
  if (i == n) return 0;
  if ((unsigned char)a[i] >= 0x80 || (unsigned char)b[i] >= 0x80) return 0;
  if (a[i] >= 'A' && a[i] <= 'Z') return 0; /* an initial differs */
  if (!memcmp(a + i + 1, b + i + 1, n - i - 1)) return 1;
  return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         !memcmp(a + i + 2, b + i + 2, n - i - 2);
}

#define ORGS 16

/* The canonical name of entity e, as a byte span. */
static void canon_span(const qwork *w, int32_t e, uint32_t *b0, uint32_t *b1) {
  const presse_entity *x = &w->ents->ent[w->qe ? w->qe[e].canon : e];
  *b0 = x->cb1 > x->cb0 ? x->cb0 : x->b0;
  *b1 = x->cb1 > x->cb0 ? x->cb1 : x->b1;
}

/* Whether names a and b are one organisation: equal, or one is the other
** followed by more words ("Radio Nord" / "Radio Nord Électronique"). */
static int same_org(const qwork *w, uint32_t a0, uint32_t a1, uint32_t b0,
                    uint32_t b1) {
  uint32_t n = a1 - a0 < b1 - b0 ? a1 - a0 : b1 - b0;
  if (memcmp(w->text + a0, w->text + b0, n)) return 0;
  if (a1 - a0 == b1 - b0) return 1;
  return (a1 - a0 > n ? w->text[a0 + n] : w->text[b0 + n]) == ' ';
}

/* The organisation the text names most (its shortest name), when it is
** named at least twice and more than any other; -1 otherwise. */
static int32_t salient_org(const qwork *w) {
  int32_t ent[ORGS];
  uint32_t count[ORGS], c0[ORGS], c1[ORGS];
  size_t n = 0;
  for (size_t e = 0; e < w->ents->n && e < 4000; e++) {
    if (w->ents->ent[e].type != PRESSE_ORG) continue;
    uint32_t b0, b1;
    canon_span(w, (int32_t)e, &b0, &b1);
    size_t k = 0;
    while (k < n && !same_org(w, c0[k], c1[k], b0, b1))
      k++;
    if (k == n) {
      if (n == ORGS) continue;
      count[n++] = 0;
      c0[k] = c1[k] = 0;
    }
    if (!c1[k] || b1 - b0 < c1[k] - c0[k]) {
      ent[k] = (int32_t)e;
      c0[k] = b0;
      c1[k] = b1;
    }
    count[k]++;
  }
  size_t best = ORGS;
  uint32_t bc = 0, second = 0;
  for (size_t k = 0; k < n; k++) {
    if (count[k] > bc) {
      second = bc;
      bc = count[k];
      best = k;
    } else if (count[k] > second) {
      second = count[k];
    }
  }
  return best < ORGS && bc >= 2 && bc > second ? ent[best] : -1;
}

/* Whether entities a and b name one organisation (canonical forms equal,
** or one the other followed by more words). */
int q_same_org(const qwork *w, int32_t a, int32_t b) {
  uint32_t a0, a1, b0, b1;
  canon_span(w, a, &a0, &a1);
  canon_span(w, b, &b0, &b1);
  return same_org(w, a0, a1, b0, b1);
}

/* The last paragraph of the headline and its standfirst: the first one
** with a sentence that ends in a period, at least the second paragraph.
** Lines of page furniture before the headline ("Le Journal\nAccueil >
** Justice") have no period and so do not push the headline out of it. */
static uint32_t lead_paragraph(const qwork *w) {
  for (size_t i = 0; i < w->ntok && i < 400; i++) {
    if (w->para[i] > 5) break;
    if (Q_ISPUNCT(w, i, '.') && !w->inq[i] &&
        (i + 1 == w->ntok || (w->tok[i + 1].flags & PRESSE_TF_SENT_START)))
      return w->para[i] > 1 ? w->para[i] : 1;
  }
  return 1;
}

int q_pron_prepare(qwork *w) {
  w->protagonist = -1;
  w->salient_org = -1;
  w->lead_para = w->ntok ? lead_paragraph(w) : 1;
  if (!w->ents || !w->ents->n) return PRESSE_OK;
  size_t ne = w->ents->n;
  w->qe = w->mem->xRealloc(w->mem->ctx, NULL, ne * sizeof *w->qe);
  if (!w->qe) return PRESSE_ENOMEM;
  for (size_t e = 0; e < ne; e++) {
    const presse_entity *x = &w->ents->ent[e];
    /* a mention that is its own canonical form is the first entity
    ** starting there when the one before starts earlier: no search */
    int32_t c = x->cb1 <= x->cb0 ? -1
                : x->cb0 == x->b0 && (!e || w->ents->ent[e - 1].b0 < x->b0)
                    ? (int32_t)e
                    : entity_at(w, x->cb0);
    w->qe[e].canon = c >= 0 ? c : (int32_t)e;
    w->qe[e].count = 0;
    w->qe[e].score = 0;
    w->qe[e].gender = 0;
    w->qe[e].tt0 = w->qe[e].tt1 = 0;
  }
  /* Gender and salience, gathered on the canonical entry. */
  size_t t = 0;
  for (size_t e = 0; e < ne; e++) {
    const presse_entity *x = &w->ents->ent[e];
    if (x->type != PRESSE_PER) continue;
    t = q_tok_near(w, t, x->b0);
    if (t >= w->ntok || w->ent[t] != (int32_t)e) continue;
    size_t l = q_ent_last(w, t);
    qent *c = &w->qe[w->qe[e].canon];
    c->gender |= mention_gender(w, t, l);
    if (!w->inq[t]) c->gender |= agreement_gender(w, t, l);
    if (!c->tt1 && !w->inq[t]) q_mention_title(w, t, l, &c->tt0, &c->tt1);
    if (w->inq[t]) continue;
    c->count++;
    unsigned s =
        c->score + (q_after_preposition(w, t) || in_parens(w, t) ? 1 : 2);
    c->score = (uint16_t)(s > 60000 ? 60000 : s);
  }
  for (size_t e = 0; e < ne; e++)
    if (w->ents->ent[e].type == PRESSE_PER && w->qe[e].canon == (int32_t)e)
      w->qe[e].gender |= given_name_gender(
          w, w->ents->ent[e].cb1 > w->ents->ent[e].cb0 ? w->ents->ent[e].cb0
                                                       : w->ents->ent[e].b0);
  /* Misspellings: a rarer spelling goes to the commoner one. */
  int32_t per[MERGE];
  size_t np = 0;
  for (size_t e = 0; e < ne && np < MERGE; e++)
    if (w->ents->ent[e].type == PRESSE_PER && w->qe[e].canon == (int32_t)e)
      per[np++] = (int32_t)e;
  for (size_t a = 0; a < np; a++) {
    const presse_entity *x = &w->ents->ent[per[a]];
    uint32_t xb0 = x->cb1 > x->cb0 ? x->cb0 : x->b0;
    uint32_t xb1 = x->cb1 > x->cb0 ? x->cb1 : x->b1;
    for (size_t b = 0; b < np; b++) {
      const presse_entity *y = &w->ents->ent[per[b]];
      uint32_t yb0 = y->cb1 > y->cb0 ? y->cb0 : y->b0;
      uint32_t yb1 = y->cb1 > y->cb0 ? y->cb1 : y->b1;
      if (a == b || xb1 - xb0 != yb1 - yb0) continue;
      if (w->qe[per[b]].count <= w->qe[per[a]].count) continue;
      if (!misspelt(w->text + xb0, w->text + yb0, xb1 - xb0)) continue;
      w->qe[per[b]].score += w->qe[per[a]].score;
      w->qe[per[b]].gender |= w->qe[per[a]].gender;
      w->qe[per[a]].canon = per[b];
      break;
    }
  }
  for (size_t e = 0; e < ne; e++) {
    int32_t c = w->qe[e].canon;
    if (w->qe[c].canon != c) w->qe[e].canon = w->qe[c].canon;
  }
  /* The protagonist: the person with the most salience, clearly ahead. */
  int32_t best = -1;
  unsigned bs = 0, second = 0;
  for (size_t e = 0; e < ne; e++) {
    if (w->ents->ent[e].type != PRESSE_PER || w->qe[e].canon != (int32_t)e)
      continue;
    unsigned s = w->qe[e].score;
    if (s > bs) {
      second = bs;
      bs = s;
      best = (int32_t)e;
    } else if (s > second) {
      second = s;
    }
  }
  if (best >= 0 && bs >= 3 && bs > second) w->protagonist = best;
  w->salient_org = salient_org(w);
  return PRESSE_OK;
}

uint8_t q_entity_gender(const qwork *w, int32_t e) {
  if (!w->qe) return 0;
  uint8_t g = w->qe[w->qe[e].canon].gender;
  return g == 3 ? 0 : g;
}

int32_t q_entity_speaker(qwork *w, int32_t e, uint32_t at) {
  int32_t c = w->qe ? w->qe[e].canon : e;
  const presse_entity *x = &w->ents->ent[c];
  uint32_t b0 = x->cb1 > x->cb0 ? x->cb0 : x->b0;
  uint32_t b1 = x->cb1 > x->cb0 ? x->cb1 : x->b1;
  int32_t s = q_add_speaker(w, b0, b1, at, q_entity_gender(w, e));
  if (s >= 0) w->spk[s].person = x->type == PRESSE_PER;
  if (s >= 0 && w->qe) {
    w->spk[s].tt0 = w->qe[w->qe[c].canon].tt0;
    w->spk[s].tt1 = w->qe[w->qe[c].canon].tt1;
  }
  w->how = QH_NAME;
  return s;
}

static int fits(uint8_t have, uint8_t want) {
  return !have || !want || have == want;
}

/* A speaker of an earlier quotation: where it was quoted, and who. */
typedef struct qevent {
  uint32_t at;
  int32_t spk;
} qevent;

/* The speakers of the quotations before token at, most recent first. */
static size_t recent_events(const qwork *w, size_t at, qevent *ev) {
  size_t n = 0;
  size_t lo = 0, hi = w->ndq;
  while (lo < hi) { /* first direct quote starting at or after at */
    size_t mid = lo + (hi - lo) / 2;
    if (w->dq[mid].t0 < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t i = lo, s = 0; i-- > 0 && s < EVENTS && n < EVENTS / 2; s++)
    if (w->dq[i].spk >= 0) ev[n++] = (qevent){w->dq[i].t0, w->dq[i].spk};
  size_t nd = n;
  for (size_t i = q_iq_end(w, at), s = 0;
       i-- > 0 && s < EVENTS && n < EVENTS;) {
    if (w->iq[i].t0 >= at) continue;
    s++;
    if (w->iq[i].spk >= 0) ev[n++] = (qevent){w->iq[i].t0, w->iq[i].spk};
  }
  /* Merge the two descending runs (insertion: n is small). */
  for (size_t i = nd; i < n; i++) {
    qevent x = ev[i];
    size_t j = i;
    while (j > 0 && ev[j - 1].at < x.at) {
      ev[j] = ev[j - 1];
      j--;
    }
    ev[j] = x;
  }
  return n;
}

int32_t q_last_speaker(qwork *w, size_t at, uint8_t gender) {
  qevent ev[EVENTS];
  size_t n = recent_events(w, at, ev);
  for (size_t i = 0; i < n; i++) {
    if (w->para[at] - w->para[ev[i].at] > 1) break;
    if (fits(w->spk[ev[i].spk].gender, gender)) return ev[i].spk;
  }
  return -1;
}

/* The previous speaker of a fitting gender within three paragraphs whose
** name does not start at one of the excluded bytes (persons named with a
** function that conflicts with the one looked for). */
static int same_fold(const qwork *w, size_t a, size_t b) {
  char x[64], y[64];
  size_t n = q_tok_fold(w, a, x);
  size_t m = q_tok_fold(w, b, y);
  return n && n == m && !memcmp(x, y, n);
}

int32_t q_last_speaker_excl(qwork *w, size_t at, uint8_t gender,
                            const uint32_t *excl, size_t nexcl) {
  qevent ev[EVENTS];
  size_t n = recent_events(w, at, ev);
  /* a speaker who spoke as that function ("un porte-parole de la police",
  ** then "le porte-parole"), among all the recent quotations: a function
  ** keeps its holder through the article ("la ministre" six paragraphs
  ** after she spoke as one is still she, not the last woman quoted) */
  for (size_t i = 0; i < n; i++) {
    const qspeaker *s = &w->spk[ev[i].spk];
    if (s->tt1 > s->tt0 && s->tt0 < w->ntok && same_fold(w, s->tt0, at))
      return ev[i].spk;
  }
  for (size_t i = 0; i < n; i++) {
    if (w->para[at] - w->para[ev[i].at] > 3) break;
    const qspeaker *s = &w->spk[ev[i].spk];
    if (!s->person || !fits(s->gender, gender)) continue;
    int out = 0;
    for (size_t x = 0; x < nexcl && !out; x++)
      out = s->b0 == excl[x];
    if (!out) return ev[i].spk;
  }
  return -1;
}

/* Whether "il" at i is impersonal: il faut, il s'agit, il y a. */
static int impersonal(const qwork *w, size_t i) {
  if (!(w->word[i] & QW_IL)) return 0;
  size_t k = i + 1;
  for (int s = 0;
       s < 3 && k < w->ntok && (q_reflexive(w, k) || q_negation(w, k)); s++)
    k++;
  return k < w->ntok && (w->word[k] & QW_IMPERS);
}

/* A subject pronoun il / elle designating a person at token i. */
int q_personal_pronoun_at(const qwork *w, size_t i) {
  if (!is_word(w, i) || w->inq[i] || !(w->word[i] & (QW_IL | QW_ELLE)))
    return 0;
  if (w->tok[i].flags & PRESSE_TF_INVERTED) return 0;
  if (i > 0 && is_word(w, i - 1) && (w->word[i - 1] & QW_PREP) &&
      !(w->word[i - 1] & QW_QUE))
    return 0; /* "avec elle": not a subject */
  return !impersonal(w, i);
}

/* Whether the pronoun at i is the subject of a speech verb ("il a
** ajouté"): such a pronoun follows the last speaker, not the protagonist. */
static int speech_subject(const qwork *w, size_t i) {
  size_t k = i + 1;
  for (int s = 0; s < 3 && k < w->ntok && is_word(w, k) &&
                  (w->word[k] & (QW_NEG | QW_ADV) || q_s_l_y_clitic(w, k)) &&
                  !(w->word[k] & (QW_AUX | QW_AUXPL));
       s++)
    k++;
  size_t last;
  uint16_t vf;
  return q_verb_group(w, k, &last, &vf);
}

/* Whether the name starting at f is an object: right after a lowercase
** word that is no function word, title or group noun ("critique X",
** "a reçu X"), not opening its sentence. */
/* The token before f over adverbs and negations inside the sentence
** ("qui joue aussi Y", "ne connaît pas Y"): the verb they modify. */
static size_t before_adverbs(const qwork *w, size_t f) {
  size_t p = f - 1;
  while (p > 0 && is_word(w, p) && (w->word[p] & (QW_ADV | QW_NEG)) &&
         !(w->tok[p].flags & PRESSE_TF_SENT_START))
    p--;
  return p;
}

/* "a reçu son homologue X", "a limogé le ministre X": a title noun with
** its article or possessive right after a verb (a lowercase word that is
** no function word, title or group noun) names an object, not the
** subject the title would make it ("Le président X a reçu son homologue
** Y. « … », a-t-il dit": X speaks). t is the title noun before the name. */
/* "X, dont le fils Y est mort, a témoigné", "X, dont Y est l'élève": a
** name in a dont-clause is embedded in the sentence of X, no subject of
** it (read as an object: the sentence's subject first, the name if none). */
static int relative_dont(const qwork *w, size_t v) {
  return v > 0 && Q_ISPUNCT(w, v - 1, ',') && q_dont(w, v);
}

static int titled_object(const qwork *w, size_t t) {
  if (t < 2 || (w->tok[t].flags & PRESSE_TF_SENT_START)) return 0;
  size_t d = t - 1;
  if (!is_word(w, d) || !(w->word[d] & (QW_DET | QW_POSS)) ||
      (w->word[d] & QW_PREP) || (w->tok[d].flags & PRESSE_TF_SENT_START))
    return 0;
  size_t v = before_adverbs(w, d);
  if (relative_dont(w, v)) return 1;
  return is_word(w, v) && !(w->tok[v].flags & PRESSE_TF_UPPER) &&
         !(w->word[v] & QW_KNOWN) &&
         !(w->feat[v] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP));
}

/* "X a remporté le tournoi en battant le Tchèque Y", "a reçu l'Américain
** Y": a capitalised word standing alone as a name's title (a demonym: a
** one-token MISC entity) between the determiner and the name works as
** the lowercase title of "le joueur tchèque Y": the same object test
** (titled_object). p: the token before the name. */
static int demonym_object(const qwork *w, size_t p) {
  return w->ent[p] >= 0 && w->ents->ent[w->ent[p]].type == PRESSE_MISC &&
         q_ent_first(w, p) == p && !(w->tok[p].flags & PRESSE_TF_SENT_START) &&
         titled_object(w, p);
}

static int object_position(const qwork *w, size_t f) {
  if (f == 0 || (w->tok[f].flags & PRESSE_TF_SENT_START)) return 0;
  size_t p = before_adverbs(w, f);
  if (is_word(w, p) && (w->tok[p].flags & PRESSE_TF_UPPER))
    return demonym_object(w, p);
  if (!is_word(w, p)) return 0;
  if (relative_dont(w, p)) return 1;
  if (w->word[p] & QW_KNOWN) return 0;
  if (w->feat[p] & (QT_TITLE_M | QT_TITLE_F)) return titled_object(w, p);
  if (w->feat[p] & QT_GROUP) return 0;
  return 1;
}

/* Whether a sentence of narration (outside quotations, with a definite
** subject, before at) opens in at's paragraph: "Le garde des Sceaux
** s'est rendu sur place. « … », a-t-il affirmé" has one, the function
** group is then the antecedent, read by the caller. */
static int narration_before(const qwork *w, size_t at) {
  for (size_t k = at, n = 0; k-- > 0 && n < 400 && w->para[k] == w->para[at];
       n++)
    if (!w->inq[k] && (w->tok[k].flags & PRESSE_TF_SENT_START) &&
        is_word(w, k) && (w->word[k] & QW_DET))
      return 1;
  return 0;
}

/* Whether speaker s is a function as written whose gender is want ("»,
** a déclaré le préfet de l'Aude. Il a annoncé …"): a title noun heads
** it; an institution or a plural group is not one. */
static uint8_t function_gender(const qwork *w, const qspeaker *p);

static int function_speaker(const qwork *w, int32_t s, uint8_t want) {
  const qspeaker *p = &w->spk[s];
  return !p->person && p->at < w->ntok &&
         (w->feat[p->at] & (QT_TITLE_M | QT_TITLE_F)) &&
         function_gender(w, p) == want;
}

/* "Selon son président, … « … », observe-t-il": a function whose
** determiner gives no gender (son, leur, none) has its noun's own when
** the noun has one form per gender (président, présidente). */
static uint8_t function_gender(const qwork *w, const qspeaker *p) {
  return p->gender ? p->gender : title_gender(w, p->at);
}

/* The contents of reported speech before token at whose speaker is a
** person of gender want ("il a maintenu sa version : selon lui, X l'aurait
** menacé"): a person named inside is what was said, not who speaks next;
** that speaker is met as a quotation speaker where the content opens. At
** most 8, most recent first, as token spans [r[2i], r[2i + 1]). */
static size_t reported_contents(const qwork *w, size_t at, uint8_t want,
                                uint32_t *r) {
  size_t n = 0;
  for (size_t i = q_iq_end(w, at), s = 0; i-- > 0 && s < EVENTS && n < 8;) {
    const qindirect *q = &w->iq[i];
    if (q->t0 >= at) continue;
    s++;
    if (q->t1 > at || q->spk < 0 || !w->spk[q->spk].person ||
        w->spk[q->spk].gender != want)
      continue;
    r[2 * n] = q->t0;
    r[2 * n + 1] = q->t1;
    n++;
  }
  return n;
}

static int in_spans(const uint32_t *r, size_t n, size_t k) {
  for (size_t i = 0; i < n; i++)
    if (k >= r[2 * i] && k < r[2 * i + 1]) return 1;
  return 0;
}

/* "« … », explique X, qui joue aussi Y. Il ajoute …": reaching, from an
** object Y, the quotation whose postposed cue is in Y's sentence, that
** cue's speaker is the sentence's subject, when a person or a function of
** the pronoun's gender. k is a token of the quotation or its closing mark. */
static int32_t postposed_subject(const qwork *w, size_t k, size_t objf,
                                 uint8_t want) {
  uint32_t q = w->inq[k];
  if (!q && k > 0 && (w->feat[k] & QT_CLOSE)) q = w->inq[k - 1];
  if (!q) return -1;
  const qdirect *d = &w->dq[q - 1];
  if (d->spk < 0 || d->cue0 == Q_NONE || d->cue0 < d->t1 ||
      d->cue0 >= w->ntok || w->tok[d->cue0].sent != w->tok[objf].sent)
    return -1;
  const qspeaker *p = &w->spk[d->spk];
  if (!(p->person && fits(p->gender, want)) &&
      !function_speaker(w, d->spk, want))
    return -1;
  return d->spk;
}

/* "L'Association des X … : selon elle", "L'Institut des Y … Il estime":
** after an elided article, the gender of a body's head noun that its
** ending tells (-ion, -ence, -ance, -ée, -té, -ie, -ure are feminine;
** -ment, -at, -ut, -al, -age, -eil, -if, -isme masculine), 0 for any
** other ending, which a pronoun then does not take for the body; -sée and
** -cée are masculine as often (l'Élysée, le lycée): 0. */
static uint8_t noun_gender(const qwork *w, size_t h) {
  if (!is_word(w, h)) return 0;
  char buf[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, h, buf);
  /* the endings of data/speaker_gender_endings.txt, those that tell
  ** nothing first (l'Élysée, le lycée: -sée, -cée before -ée) */
  if (n < 4) return 0;
#define ENDS(lit)                                                              \
  (sizeof lit - 1 <= n &&                                                      \
   !memcmp(buf + n - (sizeof lit - 1), lit, sizeof lit - 1))
#define ENDS_OR(lit) ENDS(lit) ||
  if (NEUTER_ENDINGS(ENDS_OR) 0) return 0;
  if (FEMININE_ENDINGS(ENDS_OR) 0) return 2;
  if (MASCULINE_ENDINGS(ENDS_OR) 0) return 1;
  return 0;
#undef ENDS_OR
#undef ENDS
}

/* "Présidé par l'acteur X, le jury a salué …", "Saisie par Y, la cour
** a …": a sentence at s opening with a past participle and par puts the
** agent in a fronted phrase; the subject comes after its comma. The
** token after that comma, or Q_NONE when the sentence opens otherwise. */
static size_t fronted_agent_end(const qwork *w, size_t s) {
  if (s + 2 >= w->ntok || w->inq[s] || !participle_gender(w, s) ||
      !q_agent_par(w, s + 1))
    return Q_NONE;
  for (size_t i = s + 2; i + 1 < w->ntok && w->tok[i].sent == w->tok[s].sent;
       i++) {
    if (w->inq[i]) return Q_NONE;
    if (Q_ISPUNCT(w, i, ',')) return i + 1;
  }
  return Q_NONE;
}

/* Whether the mention at f stands in such a fronted phrase. */
static int in_fronted_agent(const qwork *w, size_t f) {
  size_t s = f;
  while (s > 0 && w->tok[s - 1].sent == w->tok[f].sent)
    s--;
  size_t e = fronted_agent_end(w, s);
  return e != Q_NONE && f < e;
}

/* "La Commission européenne a publié son rapport. Selon elle, « … »",
** "Le gouvernement a présenté son projet. Il estime que …": a body (an
** organisation or an institution noun) opening the sentence at k after
** le / la, or l' with a head noun whose ending tells (noun_gender), of the
** pronoun's gender. A candidate after the persons of the
** pronoun's paragraph, before anyone further back. */
static int32_t body_subject(qwork *w, size_t k, uint8_t want) {
  if (w->in_fsubj || k + 1 >= w->ntok || w->inq[k]) return -1;
  uint8_t g = q_def_sg_whole(w, k)     ? q_det_gender(w, k)
              : q_elided_article(w, k) ? noun_gender(w, k + 1)
                                       : 0;
  if (g != want) return -1;
  size_t h = k + 1, e;
  int org = w->ents && w->ent[h] >= 0 && q_ent_first(w, h) == h &&
            w->ents->ent[w->ent[h]].type == PRESSE_ORG;
  if (!org && !(w->feat[h] & QT_GROUP)) return -1;
  size_t n = w->nspk;
  w->in_fsubj = 1;
  int32_t s = q_speaker_at(w, k, w->ntok, &e);
  w->in_fsubj = 0;
  if (s < 0 || w->spk[s].person) {
    w->nspk = n;
    return -1;
  }
  return s;
}

/* A person after a preposition or in parentheses ("avec la préfète, X",
** "la pièce de la metteuse en scène X") is no subject, but one whose
** gender is known to be the pronoun's is its antecedent when no subject,
** quotation speaker or body fits. */
static int oblique_candidate(const qwork *w, int32_t x, size_t f,
                             uint8_t want) {
  return w->ents->ent[x].type == PRESSE_PER &&
         (q_after_preposition(w, f) || in_parens(w, f)) &&
         q_entity_gender(w, x) == want;
}

/* "Le parcours, conçu par le scénographe X, s'achève sur … « … »,
** résume-t-il": a person of the pronoun's gender after a preposition in
** the pronoun's own paragraph, nobody else of that paragraph fitting, is
** its antecedent before the speakers of the paragraphs above (the person
** the paragraph introduces). Not for a narrative pronoun (the caller has
** given the protagonist first) nor a function noun resolved like one. */
static int para_oblique(const qwork *w, int32_t obl, size_t oblf, size_t at) {
  return obl >= 0 && w->para[oblf] == w->para[at] &&
         !(w->feat[at] & (QT_TITLE_M | QT_TITLE_F));
}

/* "X a accusé Y de mentir. Ce dernier a démenti : « … », a-t-il dit": a
** sentence opening with ce dernier / celui-ci (or cette dernière /
** celle-ci) of the pronoun's gender has that person for subject, whom
** the pronoun continues (Y), not the subject of the sentence before.
** -1 when the sentence at k opens otherwise. */
static int32_t demonstrative_subject(qwork *w, size_t k, uint8_t want) {
  size_t last;
  if (w->inq[k] || q_demonstrative(w, k, &last) != want) return -1;
  return q_resolve_demonstrative(w, k, want);
}

/* "L'accusé était jugé pour le meurtre de X. Depuis, il clame son
** innocence. « … », a-t-il déclaré": a sentence whose subject is a
** pronoun of the chain hands the antecedent to the sentence before it,
** whose opening function group is read as well (one more, at most).
** Whether the sentence opening at k is the one before csent. */
static int chain_sentence(const qwork *w, size_t k, uint32_t csent) {
  return csent != UINT32_MAX && w->tok[k].sent + 1 == csent;
}

static int32_t demonstrative_function(qwork *w, size_t t, uint8_t gender);

/* "Le journal s'inquiète des marchés : selon lui, …": a colon outside
** quotations between the sentence start k and the pronoun at closes a
** clause whose subject the pronoun designates, as the sentence before
** would. */
static int colon_between(const qwork *w, size_t k, size_t at) {
  for (size_t i = k; i < at; i++)
    if (Q_ISPUNCT(w, i, ':') && !w->inq[i]) return 1;
  return 0;
}

/* "Il était 5 heures quand le ministre de l'Agriculture est sorti. « … »,
** a-t-il déclaré", "…, a reconnu lundi le ministre des Finances. « … »,
** a-t-il justifié": a definite function group of the pronoun's gender,
** subject of a clause inside the sentence (not opening it, not after a
** preposition), in the pronoun's sentence or the two before. Whether the
** title noun at k is one ("le premier extrait" is an ordinal, no title);
** resolve_pronoun keeps the latest for when no person, quotation speaker
** or body of the pronoun's paragraph fits: before the persons of the
** paragraph above ("¶ …, a annoncé le secrétaire général. « … », a-t-il
** conclu" is not the expert quoted above), else after all of them. */
static int inner_function(const qwork *w, size_t k, size_t at, uint8_t want) {
  /* the title bit first: resolve_pronoun asks of every token it passes,
  ** and few are title nouns */
  if (!(w->feat[k] & (want == 2 ? QT_TITLE_F : QT_TITLE_M)) || w->inq[k] ||
      w->ent[k] >= 0 || k < 1 || q_ordinal_adjective(w, k))
    return 0;
  if (w->tok[at].sent - w->tok[k].sent > 2 || !q_def_sg(w, k - 1)) return 0;
  if (q_after_preposition(w, k)) return 0;
  uint8_t g = q_det_gender(w, k - 1);
  return !g || g == want;
}

/* The prepositions of a source and the contracted articles
** (data/speaker_grammar.txt). */
Q_WORD_LIST_TEST(source_preposition, SOURCE_PREPOSITIONS)
Q_WORD_LIST_TEST(contracted_article, CONTRACTED_ARTICLES)

/* "Sur scène, le réalisateur a remercié …", "En visite à X, la ministre a
** répondu …": a sentence at s opening with a circumstantial phrase (a
** preposition or an adverb, up to its comma within 8 tokens, no
** quotation) has its subject after that comma. Not "Pour X, …", "Selon
** X, …", whose phrase names a source, the subject after it being what the
** source says. The token after the comma, or Q_NONE. */
static size_t fronted_phrase_end(const qwork *w, size_t s) {
  if (w->inq[s] || !is_word(w, s) || !(w->word[s] & (QW_PREP | QW_ADV)) ||
      source_preposition(w, s))
    return Q_NONE;
  for (size_t i = s + 1;
       i + 1 < w->ntok && i < s + 9 && w->tok[i].sent == w->tok[s].sent; i++) {
    if (w->inq[i] || (w->feat[i] & QT_OPEN)) return Q_NONE;
    if (Q_ISPUNCT(w, i, ',')) return i + 1;
  }
  return Q_NONE;
}

/* "L'entraîneur a visionné deux matchs. Il compte sur ses attaquants, X
** et Y. « … », prévient-il": a sentence whose subject is a pronoun of the
** chain (il / elle of the pronoun's gender opening it, or after one
** adverb or conjunction: "Puis il", "Mais elle") has that subject; a name
** further on in it, in apposition or coordinated, is a complement the
** next pronoun does not continue. Whether f's sentence opens so. */
static int pronoun_opens_sentence(const qwork *w, size_t f, int fem) {
  size_t s = f;
  while (s > 0 && w->tok[s - 1].sent == w->tok[f].sent)
    s--;
  if (s + 1 < f && is_word(w, s) && !(w->tok[s + 1].flags & PRESSE_TF_UPPER) &&
      (w->word[s] & (QW_ADV | QW_COORD)) && !q_personal_pronoun(w, s))
    s++;
  /* "Elle, X a …", "Elle aussi, X a …": a pronoun set off by a comma is
  ** dislocated, the name after it the subject */
  if (s + 2 < f && (Q_ISPUNCT(w, s + 1, ',') || Q_ISPUNCT(w, s + 2, ',')))
    return 0;
  return s < f && q_personal_pronoun(w, s) &&
         ((w->word[s] & QW_ELLE) != 0) == (fem != 0);
}

/* Whether function speaker s is written with more than its title noun
** ("préfet de la Vésonce", "directeur sportif de X"), an office whose
** holder the function itself introduces. */
static int completed_function(const qwork *w, int32_t s) {
  const qspeaker *p = &w->spk[s];
  return p->at < w->ntok && p->b1 > w->tok[p->at].b1;
}

static int32_t resolve_pronoun(qwork *w, size_t at, int fem, int narrative) {
  uint8_t want = fem ? 2 : 1;
  qevent ev[EVENTS];
  size_t nev = recent_events(w, at, ev), e = 0;
  uint32_t para = w->para[at];
  int prot =
      w->protagonist >= 0 && fits(q_entity_gender(w, w->protagonist), want);
  size_t i = at;
  int32_t obj = -1, group = -1, dropped = -1, func = -1, body = -1;
  int32_t obl = -1;
  size_t objf = 0, droppedf = 0, oblf = 0;
  int chain = 0, fsubj = 0;
  size_t infn = Q_NONE;        /* inner_function: the latest */
  uint32_t csent = UINT32_MAX; /* the last sentence with a pronoun subject */
  uint32_t rep[16];
  size_t nrep = reported_contents(w, at, want, rep);
  /* the paragraph before at's, and the one before a subheading */
  uint32_t reach = para ? para - 1 : 0;
  for (size_t steps = 0; i > 0 && steps < SCAN; steps++) {
    size_t k = i - 1;
    if (obj >= 0 && (w->inq[k] || (w->feat[k] & QT_CLOSE))) {
      int32_t s = postposed_subject(w, k, objf, want);
      if (s >= 0) return s;
    }
    if (obj >= 0 && w->tok[k].sent != w->tok[objf].sent) {
      if (!chain) return q_entity_speaker(w, obj, (uint32_t)objf);
      /* "X est arrivé. Il a rencontré Y. « … », a-t-il dit": the
      ** object's sentence has a subject of the same gender, the chain
      ** goes on before it; Y only if nobody else fits */
      dropped = obj;
      droppedf = objf;
      obj = -1;
      chain = 0;
    }
    /* Quotation speakers from here on back come first. */
    for (; e < nev && ev[e].at > k; e++)
      if (w->para[ev[e].at] >= reach && fits(w->spk[ev[e].spk].gender, want)) {
        /* a group speaker ("selon un collectif") only when no person
        ** fits */
        if (w->spk[ev[e].spk].person) return ev[e].spk;
        /* a function quoted in this paragraph: before a person named
        ** in an earlier one */
        if (func < 0 && w->para[ev[e].at] == para &&
            function_speaker(w, ev[e].spk, want))
          func = ev[e].spk;
        /* "« … », a déclaré le préfet de X. « … », a-t-il ajouté": a
        ** function with its complement quoted in the pronoun's sentence
        ** or the one before is the speaker it continues, as a person
        ** quoted there would be (a bare noun, "la magistrate", stands for
        ** someone named before, whom the walk goes on to find) */
        if (func == ev[e].spk && w->tok[at].sent - w->tok[ev[e].at].sent <= 1 &&
            completed_function(w, func))
          return func;
        if (group < 0) group = ev[e].spk;
      }
    if (w->para[k] != para && func >= 0) return func;
    if (w->para[k] != para && body >= 0) return body;
    /* a function subject of this paragraph, before the persons above */
    if (w->para[k] != para && infn != Q_NONE && group < 0 &&
        !(w->feat[at] & (QT_TITLE_M | QT_TITLE_F))) {
      int32_t s = demonstrative_function(w, infn, want);
      if (s >= 0) return s;
      infn = Q_NONE;
    }
    if (w->para[k] != para) {
      /* A paragraph whose narration began with the pronoun chain is about
      ** the protagonist. */
      if (narrative && prot)
        return q_entity_speaker(w, w->protagonist, (uint32_t)at);
      if (para_oblique(w, obl, oblf, at))
        return q_entity_speaker(w, obl, (uint32_t)oblf);
      if (w->para[k] < reach) break;
    }
    if (w->inq[k]) {
      const qdirect *d = &w->dq[w->inq[k] - 1];
      size_t o = d->open != Q_NONE ? d->open : d->t0;
      i = o < k ? o : k;
      continue;
    }
    if (w->ents && w->ent[k] >= 0) {
      size_t f = q_ent_first(w, k);
      int32_t x = w->ent[k];
      if (w->ents->ent[x].type == PRESSE_PER && !q_after_preposition(w, f) &&
          !in_parens(w, f) && !in_fronted_agent(w, f) &&
          fits(q_entity_gender(w, x), want) &&
          !(nrep && in_spans(rep, nrep, f))) {
        if (obj < 0 &&
            (object_position(w, f) || pronoun_opens_sentence(w, f, fem))) {
          /* "X critique Y. « … », prévient-il": the subject of Y's
          ** sentence comes first, Y if there is none */
          obj = x;
          objf = f;
          i = f;
          continue;
        }
        return q_entity_speaker(w, x, (uint32_t)f);
      }
      if (obl < 0 && oblique_candidate(w, x, f, want) &&
          !(nrep && in_spans(rep, nrep, f))) {
        obl = x;
        oblf = f;
      }
      i = f;
      continue;
    }
    if (infn == Q_NONE && obj < 0 && inner_function(w, k, at, want)) infn = k;
    if (obj < 0 && (w->tok[k].flags & PRESSE_TF_SENT_START)) {
      int32_t s = demonstrative_subject(w, k, want);
      if (s >= 0) return s;
    }
    if ((w->tok[k].flags & PRESSE_TF_SENT_START) && obj < 0 &&
        (!fsubj || (fsubj == 1 && chain_sentence(w, k, csent))) &&
        (w->tok[k].sent != w->tok[at].sent || colon_between(w, k, at))) {
      /* "La ministre a écarté cette hypothèse. Elle a estimé …": the
      ** function opening the sentence before, as a reader takes it (that
      ** sentence only: resolving a title costs a scan) */
      fsubj++;
      int32_t s = q_function_subject(w, k, fem);
      size_t c = fronted_phrase_end(w, k);
      if (s < 0 && c != Q_NONE) s = q_function_subject(w, c, fem);
      if (s >= 0) return s;
      if (body < 0) body = body_subject(w, k, want);
      c = fronted_agent_end(w, k);
      if (body < 0 && c != Q_NONE) body = body_subject(w, c, want);
    }
    if (k != at && q_personal_pronoun(w, k) &&
        ((w->word[k] & QW_ELLE) != 0) == (fem != 0)) {
      csent = w->tok[k].sent;
      narrative = !speech_subject(w, k); /* the chain: its start decides */
      if (obj >= 0 && w->tok[k].sent == w->tok[objf].sent) chain = 1;
    }
    i = k;
  }
  if (obj >= 0) return q_entity_speaker(w, obj, (uint32_t)objf);
  if (func >= 0) return func;
  if (body >= 0) return body;
  if (dropped >= 0 && group < 0 && !(narrative && prot))
    return q_entity_speaker(w, dropped, (uint32_t)droppedf);
  for (; e < nev; e++)
    if (w->para[ev[e].at] >= reach && fits(w->spk[ev[e].spk].gender, want) &&
        w->spk[ev[e].spk].person)
      return ev[e].spk;
    else if (group < 0 && w->para[ev[e].at] >= reach &&
             fits(w->spk[ev[e].spk].gender, want))
      group = ev[e].spk;
  if (infn != Q_NONE && group < 0 &&
      !(w->feat[at] & (QT_TITLE_M | QT_TITLE_F))) {
    int32_t s = demonstrative_function(w, infn, want);
    if (s >= 0) return s;
  }
  /* nobody of that gender in this paragraph or the one before: the
  ** person the text is about, as a reader falls back on */
  if (prot && (narrative || (group < 0 && !narration_before(w, at))))
    return q_entity_speaker(w, w->protagonist, (uint32_t)at);
  /* only for a pronoun (not a function noun resolved like one) */
  if (obl >= 0 && !(w->feat[at] & (QT_TITLE_M | QT_TITLE_F)))
    return q_entity_speaker(w, obl, (uint32_t)oblf);
  return group;
}

/* "La Commission a indiqué qu'elle examinerait …", "X s'est contentée
** d'indiquer qu'elle « … »": a pronoun opening the que-clause of a speech
** verb is that verb's subject, person or body, when its gender fits. */
static int32_t que_subject(qwork *w, size_t at, int fem) {
  if (at < 2 || !is_word(w, at - 1) || !(w->word[at - 1] & QW_QUE) ||
      (w->word[at - 1] & QW_REL))
    return -1;
  size_t v = at - 2;
  if (!is_word(w, v) || w->inq[v] || !(w->verb[v] & QV_QUE)) return -1;
  while (v > 0 && at - v < 5 && is_word(w, v - 1) &&
         (w->word[v - 1] & (QW_AUX | QW_AUXPL)))
    v--;
  size_t n = w->nspk, where;
  int32_t s = q_subject_before(w, v, &where);
  if (s >= 0 && fits(w->spk[s].gender, fem ? 2 : 1)) return s;
  w->nspk = n;
  return -1;
}

/* "Sa mère, X, … « … », raconte-t-elle. … Il a confié …": a speaker
** of no known gender that il / elle designates has that gender from then
** on, as a reader knows it; a later pronoun of the other gender passes
** over that quotation. */
static void pronoun_gender(qwork *w, int32_t s, int fem) {
  if (s < 0 || w->spk[s].gender) return;
  w->spk[s].gender = fem ? 2 : 1;
}

int32_t q_resolve_pronoun_mode(qwork *w, size_t at, int fem, int narrative) {
  w->pron_at = (uint32_t)at;
  w->pron_fem = (uint8_t)(fem != 0);
  int32_t s = que_subject(w, at, fem);
  if (s >= 0) {
    w->how = QH_PRONOUN;
    return s;
  }
  s = resolve_pronoun(w, at, fem, narrative);
  pronoun_gender(w, s, fem);
  w->how = s >= 0 ? QH_PRONOUN : QH_NONE;
  return s;
}

/* "Ndeye X … « … », a-t-elle déclaré. ¶ … X promet …": the person a
** quotation's pronoun was resolved to (an entity of no known gender whose
** canonical form starts where speaker s does) has the pronoun's gender
** for the rest of the text, as a reader knows her from then on: a later
** il passes over X's mentions, not only over that quotation. Called on
** a quotation's final attribution, never on a probe (q_attribute). */
void q_pronoun_person_gender(qwork *w, int32_t s) {
  if (s < 0 || !w->qe || !w->spk[s].person || !w->spk[s].gender) return;
  int32_t e = entity_at(w, w->spk[s].b0);
  if (e < 0 || w->ents->ent[e].type != PRESSE_PER) return;
  qent *c = &w->qe[w->qe[e].canon];
  if (!c->gender) c->gender = w->spk[s].gender;
}

int32_t q_resolve_pronoun(qwork *w, size_t at, int fem) {
  return q_resolve_pronoun_mode(w, at, fem, 0);
}

/* "ce dernier", "cette dernière", "celui-ci", "celle-ci" starting at token
** i: the gender it asks for (1 masculine, 2 feminine) and its last token;
** 0 when i starts none. */
int q_demonstrative_at(const qwork *w, size_t i, size_t *last) {
  *last = i;
  if (q_masc_demonstrative(w, i)) return 1;
  if (q_fem_demonstrative(w, i)) return 2;
  *last = i + 1;
  if (q_masc_latter(w, i)) return 1;
  if (q_fem_latter(w, i)) return 2;
  return 0;
}

/* The person a demonstrative at token at designates: the last person named
** before it (not inside a quotation) whose gender fits, in its paragraph
** or the one before, as a reader reads "X a reçu Y. Ce dernier a dit …"
** (Y, unlike "il", which would follow the subject X). */
/* A function group "le / la TITLE ..." whose title noun is token t, of
** that gender ("le projet porté par la ministre du Travail. À la
** tribune, celle-ci …"): the person it designates or the function as
** written; -1 otherwise. */
static int32_t demonstrative_function(qwork *w, size_t t, uint8_t gender) {
  if (w->in_fsubj || t == 0 || w->ent[t] >= 0 ||
      !(w->feat[t] & (gender == 2 ? QT_TITLE_F : QT_TITLE_M)))
    return -1;
  size_t d = t - 1;
  /* "aux côtés du chancelier X-ien. Ce dernier …": du / au are le */
  int contracted = contracted_article(w, d);
  if (contracted ? gender != 1 : !q_def_sg(w, d)) return -1;
  uint8_t g = contracted ? 1 : q_det_gender(w, d);
  if (g && g != gender) return -1;
  size_t n = w->nspk, e;
  w->in_fsubj = 1;
  int32_t s = q_speaker_at(w, d, w->ntok, &e);
  w->in_fsubj = 0;
  if (s == -3 || (contracted && s < 0)) {
    if (s != -3) w->nspk = n; /* "au" read as à: the group as written */
    size_t l = q_title_end(w, t, w->ntok);
    s = q_add_speaker(w, w->tok[t].b0, w->tok[l - 1].b1, (uint32_t)t, gender);
    w->how = QH_BARE;
  }
  if (s < 0 || (w->spk[s].gender && w->spk[s].gender != gender)) {
    w->nspk = n;
    return -1;
  }
  return s;
}

int32_t q_resolve_demonstrative(qwork *w, size_t at, uint8_t gender) {
  for (size_t i = at, s = 0; i-- > 0 && s < SCAN; s++) {
    if (w->para[at] - w->para[i] > 1) break;
    if (!w->inq[i] && (w->feat[i] & (QT_TITLE_M | QT_TITLE_F))) {
      int32_t f = demonstrative_function(w, i, gender);
      if (f >= 0) return f;
    }
    int32_t e = w->ent[i];
    if (e < 0 || w->inq[i]) continue;
    size_t f = q_ent_first(w, i);
    if (w->ents->ent[e].type == PRESSE_PER &&
        fits(q_entity_gender(w, e), gender))
      return q_entity_speaker(w, e, (uint32_t)f);
    i = f;
  }
  return -1;
}

/* "le premier", "la seconde", "le deuxième" at token i (le / la), no noun
** after it ("le premier ministre", "la première adjointe" are functions):
** 1 for the first of a pair, 2 for the second; *last its last token. */
static int ordinal_at(const qwork *w, size_t i, size_t *last) {
  if (i + 1 >= w->ntok || !q_def_sg_whole(w, i) || !is_word(w, i + 1) ||
      (w->tok[i + 1].flags & PRESSE_TF_UPPER))
    return 0;
  int n = q_first_ordinal(w, i + 1) ? 1 : q_second_ordinal(w, i + 1) ? 2 : 0;
  if (!n) return 0;
  size_t k = i + 2;
  /* a verb, an auxiliary, a clitic or punctuation after it: a pronoun */
  if (k < w->ntok && is_word(w, k) && !w->verb[k] &&
      !(w->word[k] & (QW_AUX | QW_AUXPL | QW_NEG | QW_ADV)) &&
      !q_y_or_reflexive(w, k))
    return 0;
  *last = i + 1;
  return n;
}

/* "X a rencontré Y. « … », a assuré le premier. « … », a répondu le
** second.": of the last two persons named in one sentence (outside
** quotations, in this paragraph or the one before), the first or the
** second in the order of the text, if the determiner's gender fits. The
** pair a reader means; -1 when the text named no such pair (the caller
** then reads the words as a noun group, as before). */
int32_t q_resolve_ordinal(qwork *w, size_t i, size_t limit, size_t *end) {
  size_t last;
  int n = ordinal_at(w, i, &last);
  if (!n || last >= limit || !w->ents || !w->ents->n) return -1;
  int32_t got[2] = {-1, -1};
  size_t at[2] = {0, 0};
  int ng = 0;
  for (size_t k = i; k-- > 0 && ng < 2;) {
    if (w->para[i] - w->para[k] > 1) break;
    int32_t e = w->ent[k];
    if (e < 0 || w->inq[k]) continue;
    size_t f = q_ent_first(w, k);
    if (w->ents->ent[e].type == PRESSE_PER &&
        (!ng || w->qe[e].canon != w->qe[got[0]].canon)) {
      got[ng] = e;
      at[ng++] = f;
    }
    k = f;
  }
  if (ng < 2 || w->tok[at[0]].sent != w->tok[at[1]].sent) return -1;
  int which = n == 1 ? 1 : 0; /* got[1] is the earlier one */
  if (!fits(q_entity_gender(w, got[which]), q_det_gender(w, i))) return -1;
  *end = last + 1;
  int32_t s = q_entity_speaker(w, got[which], (uint32_t)at[which]);
  w->how = QH_PRONOUN;
  return s;
}

static int same_speaker(const qwork *w, int32_t x, int32_t y) {
  const qspeaker *a = &w->spk[x], *b = &w->spk[y];
  return a->b1 - a->b0 == b->b1 - b->b0 &&
         !memcmp(w->text + a->b0, w->text + b->b0, a->b1 - a->b0);
}

/* The number of direct quotations starting before token at (dq is in
** text order). */
static size_t quotes_before(const qwork *w, size_t at) {
  return q_first_from(w->dq, w->ndq, sizeof *w->dq, at);
}

/* The speaker of the last direct quotation before token at when it ends
** in at's sentence or the one before, in at's paragraph: the quotation a
** reader has just read when the pronoun comes. -1 otherwise. */
static int32_t quotation_just_read(const qwork *w, size_t at) {
  size_t k = quotes_before(w, at);
  if (k == 0) return -1;
  const qdirect *d = &w->dq[k - 1];
  size_t c = d->close != Q_NONE ? d->close : d->t1 - 1;
  if (c >= at || w->para[c] != w->para[at] ||
      w->tok[c].sent + 1 < w->tok[at].sent)
    return -1;
  return d->spk;
}

/* "« … », a-t-il regretté. Selon lui, le club devra …", "« … », observe
** X. À ses yeux, …": q_indirect resolves the pronoun of a report before
** the direct quotations have speakers, so a walk back from it passes over
** the quotation just before (its speaker unknown then) to someone named
** before it. Once they have theirs, each such pronoun is resolved again,
** in text order, and the answer is taken when it is the speaker of that
** quotation (any other change meets title guesses the first walk did not
** meet: written..written14 lost more than it gained); a quotation inside
** the report that took its speaker (report_fragment) follows. One
** resolution at most per report, and binary searches: linear. */
void q_reresolve_reports(qwork *w) {
  for (size_t i = 0; i < w->niq; i++) {
    qindirect *q = &w->iq[i];
    if (q->pron == Q_NONE || q->spk < 0) continue;
    int32_t old = q->spk, read = quotation_just_read(w, q->pron);
    if (read < 0 || same_speaker(w, old, read)) continue;
    int32_t s = q->pfem == Q_PRON_POSS ? q_last_speaker(w, q->pron, 0)
                                       : q_resolve_pronoun(w, q->pron, q->pfem);
    if (q->pfem == Q_PRON_POSS) w->how = QH_PRONOUN;
    if (s < 0 || w->how != QH_PRONOUN || !same_speaker(w, s, read)) continue;
    q->spk = s;
    q->how = QH_PRONOUN;
    for (size_t k = quotes_before(w, q->t0); k < w->ndq && w->dq[k].t0 < q->t1;
         k++) {
      qdirect *d = &w->dq[k];
      if (d->spk == old && d->rule == QR_SUBJECT && d->t1 <= q->t1) d->spk = s;
    }
  }
}
