/*
** quotes_speaker.c: the speaker noun group at a position (q_speaker_at):
** a named entity, with its civility, apposition or acronym; a title
** resolved to its holder (quotes_title.c); an organisation, a body or its
** spokesperson; a group of people as written.
**
** A wrong speaker is worse than none: every rule gives up (-1) rather than
** guess when the noun group cannot be resolved.
*/
#include "ent_lex.h"
#include "lexicon.h"
#include "quotes_int.h"

#include <string.h>

#include "lex_speaker_orgnouns.h"
#include "speaker_class_lists.h"
#include "lex_speech_nouns.h"
#include "speaker_grammar.h"

#define WINDOW 12 /* tokens of a noun group */

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
         Q_ISPUNCT(w, i - 1, ',') || !q_is_word(w, i - 1);
}

static int after_preposition(const qwork *w, size_t f);

/* Whether the word at i opens a subordinate clause (quand, lorsque,
** puisque, tandis que, dès que): a grammar word, so a name after it
** opens that clause as its subject ("Il restait deux minutes à jouer
** quand X a marqué": X follows no preposition). The words are
** data/speaker_functions.txt classes 115 and 116 (build/gen/
** build/gen/speaker_class_lists.h), compared as
** literals. */
Q_WORD_LIST_TEST(subordinator_word, SUBORDINATORS)
Q_WORD_LIST_TEST(que_subordinator, QUE_SUBORDINATORS)
static int subordinator(const qwork *w, size_t i) {
  return subordinator_word(w, i) ||
         (q_que(w, i) && i > 0 && que_subordinator(w, i - 1));
}

/* Whether the words before the comma at c are a prepositional phrase
** opening the sentence ("Sous couvert d'anonymat, un porte-parole …"):
** what follows the comma is the subject, not an apposition. */
/* Whether the word at i ends like a past participle (é, ée, és, ées):
** "Interrogée sur la suite, X", "Arrivé à Brest, X". */
int q_participle_form(const qwork *w, size_t i) {
  if (w->verb[i] & QV_PART) return 1;
  const char *b = w->text + w->tok[i].b0;
  size_t n = w->tok[i].b1 - w->tok[i].b0;
  while (n > 0 && (b[n - 1] == 's' || b[n - 1] == 'e'))
    n--;
  size_t tail = w->tok[i].b1 - w->tok[i].b0 - n;
  return tail <= 3 && n >= 4 && (unsigned char)b[n - 2] == 0xC3 &&
         (unsigned char)b[n - 1] == 0xA9;
}

Q_WORD_LIST_TEST(not_participle, NOT_PARTICIPLES)

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
  /* saint, sainte (class 105 of data/speaker_functions.txt, compared as
  ** literals: build/gen/speaker_class_lists.h) open a name */
  if (n < 3 || (w->word[i] & (QW_PREP | QW_DET | QW_ADV | QW_COORD)) ||
      not_participle(w, i))
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
  return l < w->ntok && q_is_word(w, l);
}

/* "Au camp de X, joint par téléphone, Y, infirmière, raconte que « … »":
** two opening phrases in a row. The words between the commas at o and c
** open with a participle or a preposition, and those before o are an
** opening phrase themselves: what follows c is the subject, not an
** apposition (the quotation had no speaker). */
static int chained_intro(const qwork *w, size_t o, size_t c) {
  size_t a = o + 1;
  if (a + 1 >= c || w->inq[o] || !q_is_word(w, a) ||
      !(q_participle_form(w, a) || other_participle(w, a) ||
        ((w->word[a] & QW_PREP) && !speaker_cue_word(w, a))))
    return 0;
  return intro_phrase(w, o);
}

/* Whether the verb form at i is a past participle alone, after a noun
** and no auxiliary ("un communiqué lu à la radio", "une lettre adressée
** au maire"): it qualifies that noun, no clause opens there. */
static int participle_modifier(const qwork *w, size_t i) {
  return i > 0 && (w->verb[i] & QV_PART) && !(w->verb[i] & QV_FIN) &&
         q_is_word(w, i - 1) && !q_upper(w, i - 1) && !q_clitic(w, i - 1) &&
         !(w->word[i - 1] & (QW_AUX | QW_AUXPL | QW_IL | QW_ELLE | QW_PRONPL |
                             QW_NEG | QW_REL | QW_QUE));
}

static int intro_phrase(const qwork *w, size_t c) {
  for (size_t i = c, s = 0; i > 0 && s < 14; s++) {
    i--;
    if (!q_is_word(w, i) || w->inq[i])
      return Q_ISPUNCT(w, i, ',') && chained_intro(w, i, c);
    /* a participial phrase opening the sentence */
    if ((w->tok[i].flags & PRESSE_TF_SENT_START) && i + 1 < c &&
        (q_participle_form(w, i) || other_participle(w, i)))
      return 1;
    /* "Dans un communiqué lu à la radio, son porte-parole …": a past
    ** participle with no auxiliary qualifies the phrase's noun, no verb
    ** of a clause */
    if (w->verb[i] && !participle_modifier(w, i)) return 0;
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
  if (v < w->ntok && q_is_word(w, v) && (w->word[v] & QW_NEG)) v++;
  if (v < w->ntok && q_is_word(w, v) && !w->inq[v] && q_reflexive(w, v)) v++;
  return v < w->ntok && q_is_word(w, v) && !w->inq[v] &&
         ((w->word[v] & (QW_AUX | QW_AUXPL)) || (w->verb[v] & QV_FIN));
}

int q_after_preposition(const qwork *w, size_t f) {
  int r = after_preposition(w, f);
  if (r && f > 0 && Q_ISPUNCT(w, f - 1, ',') && intro_phrase(w, f - 1))
    return 0;
  if (r && comma_subject(w, f)) return 0;
  return r;
}

/* "face à l'Espagnol X", "contre la Tchèque X": a capitalised demonym
** (a one-word MISC entity) after a determiner works as a title noun
** before the name; the word before the determiner decides, as for "face
** au joueur espagnol X". */
static int demonym_title(const qwork *w, size_t i) {
  return i > 0 && w->ent[i] >= 0 &&
         w->ents->ent[w->ent[i]].type == PRESSE_MISC &&
         q_ent_first(w, i) == i && q_ent_last(w, i) == i &&
         (w->word[i - 1] & QW_DET) && !(w->tok[i].flags & PRESSE_TF_SENT_START);
}

/* "le milieu de terrain X", "son ami d'enfance X", "le conseiller
** d'opposition X": de at i then one bare lowercase noun (no determiner)
** right before the name at f, after a lowercase noun, make one compound
** naming the person's role; the name is apposed to it, not a complement
** of de, and the walk goes on left of the noun. */
static int bare_noun_complement(const qwork *w, size_t i, size_t f) {
  if (!q_de(w, i) || i + 2 != f || i == 0) return 0;
  size_t c = i + 1, h = i - 1;
  return q_is_word(w, c) && !w->word[c] && !w->verb[c] && !q_upper(w, c) &&
         w->ent[c] < 0 && q_is_word(w, h) && !w->word[h] && !w->verb[h] &&
         !q_upper(w, h) && w->ent[h] < 0;
}

static int after_preposition(const qwork *w, size_t f) {
  size_t k = f;
  for (int s = 0; k > 0 && s < 14; s++) {
    size_t i = k - 1;
    /* a headline has no final period: its words are no part of the group
    ** opening the next paragraph ("… en quarts¶X s'est qualifié") */
    if (w->para[i] != w->para[f]) return 0;
    if (Q_ISPUNCT(w, i, ',') && s == 0) {
      k = i;
      continue;
    }
    if (!q_is_word(w, i) || subordinator(w, i)) return 0;
    uint16_t b = w->word[i];
    if (speaker_cue_word(w, i)) return 0;
    if (b & QW_PREP) {
      /* "de" completing a title noun further left stays in the group */
      int de = q_de_word(w, i);
      if (!de || s == 0) return 1; /* "PDG de HP": a complement */
      size_t t = i;
      while (t > 0 && i - t < 6 && q_is_word(w, t - 1) && !w->verb[t - 1] &&
             !(w->feat[t - 1] & (QT_TITLE_M | QT_TITLE_F)) &&
             !(w->word[t - 1] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE)))
        t--;
      if (t > 0 && (w->feat[t - 1] & (QT_TITLE_M | QT_TITLE_F))) {
        k = t - 1;
        continue;
      }
      if (bare_noun_complement(w, i, f)) {
        k = i;
        continue;
      }
      return 1;
    }
    if (b & (QW_DET | QW_POSS)) {
      /* the word before the determiner decides */
      if (i == 0 || !q_is_word(w, i - 1)) return 0;
      if (i >= 1 && s > 0 && q_de(w, i - 1)) {
        k = i; /* "chef de la diplomatie X": the de-rule decides */
        continue;
      }
      if (speaker_cue_word(w, i - 1)) return 0;
      return (w->word[i - 1] & QW_PREP) != 0 || (w->feat[i - 1] & QT_POUR);
    }
    if (demonym_title(w, i)) {
      k = i;
      continue;
    }
    if (q_upper(w, i) || w->verb[i] || (b & (QW_AUX | QW_AUXPL | QW_REL)))
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
  int32_t s = q_resolve_title(w, t, q_title_end(w, t, k), &guess);
  w->nspk = n; /* a probe: the speakers it added are dropped */
  return s >= 0 && !guess;
}

/* A name entities() missed: an acronym (HRW, CGT) standing alone. */
static int acronym(const qwork *w, size_t i) {
  return q_is_word(w, i) && (w->tok[i].flags & PRESSE_TF_ALLCAPS) &&
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
  if (g + 1 >= w->ntok || !q_is_word(w, g + 1) ||
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
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, t, b);    /* q_fold's form, kept by q_lex_features */
  if (n > 1 && b[n - 1] == 's') n--; /* "les analystes" */
  return q_listed_with_class(b, n, 98);
}

/* "Me X", "Maître X": the title of a lawyer before a name, capitalised
** (not the pronoun me), as a civility ("», a plaidé Me X"). The titles
** are class 104 of data/speaker_functions.txt, compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(lawyer_title_word, LAWYER_TITLES)
static int lawyer_title(const qwork *w, size_t i) {
  return q_upper(w, i) && lawyer_title_word(w, i);
}

/* M., Mme, Monsieur ... before a name. */
int q_civility_or_lawyer(const qwork *w, size_t i) {
  if (!q_is_word(w, i) || (w->word[i] & QW_DET)) return 0;
  return q_civility(w, i) || lawyer_title(w, i);
}

/* An apposition naming a person with a civility or a lawyer's title
** ("Selon son avocate, Me X, …", "sa porte-parole, Mme X,"): the name
** after it, as with no title; else a itself. */
static size_t civility_name(const qwork *w, size_t a, size_t limit) {
  if (a + 1 < limit && q_civility_or_lawyer(w, a) && w->ent[a + 1] >= 0 &&
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
int32_t q_speaker_just_quoted(qwork *w, size_t i, size_t t, size_t k) {
  if (i < 2 || !q_definite(w, i) || !(w->tok[i].flags & PRESSE_TF_SENT_START) ||
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
        if (q_sent_end_tok(w, k) || w->inq[k]) break;
        if (q_same_word(w, k, g)) return 1;
      }
    a = f;
  }
  return 0;
}

/* "la direction de X" (org_noun() value 3): the management of the
** organisation named at b, as written ("direction de X"), as the written
** gold names it (7 quotes in 3 articles of the development sets, none
** X alone); a communiqué (value 2) is X's. */
static int32_t management_of(qwork *w, size_t g, size_t b) {
  return q_add_speaker(w, w->tok[g].b0, w->tok[q_ent_last(w, b)].b1,
                       (uint32_t)g, q_det_gender(w, g - 1));
}

static int same_company(const qwork *w, size_t a, size_t b);

/* A kind of organisation described in the headline or the standfirst
** (g its noun: "La compagnie minière assure que …"), which the article
** names only further on: the first organisation the text names after
** the lead with that noun or another company noun ("exploité par la
** compagnie X"), outside quotations. -1 when g is not in the lead or
** none is named so. */
static int32_t lead_org_named_after(qwork *w, size_t g) {
  if (w->para[g] > w->lead_para) return -1;
  for (size_t a = g + 1, n = 0; a < w->ntok && n < 3000; a++, n++) {
    if (w->inq[a] || w->ent[a] < 0 || w->para[a] <= w->lead_para) continue;
    size_t f = q_ent_first(w, a);
    if (f == a && w->ents->ent[w->ent[a]].type == PRESSE_ORG && f > 0 &&
        !q_upper(w, f - 1) &&
        (q_same_word(w, f - 1, g) || same_company(w, f - 1, g))) {
      int32_t s = q_entity_speaker(w, w->ent[a], (uint32_t)g);
      w->how = QH_TITLE;
      return s;
    }
    a = q_ent_last(w, a);
  }
  return -1;
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
  if (on >= 2) {
    size_t a = g + 1;
    if (a >= e || !q_de_word(w, a)) return -1;
    size_t b = a + 1;
    int def = q_de_article(w, a);
    if (b < e && (w->word[b] & QW_DET) && !(w->word[b] & QW_PREP)) {
      def = q_definite(w, b);
      b++;
    }
    if (b < e && w->ent[b] >= 0 && w->ents->ent[w->ent[b]].type == PRESSE_ORG) {
      int32_t s = on == 3 ? management_of(w, g, b)
                          : q_entity_speaker(w, w->ent[b], (uint32_t)b);
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
  if (names_in(w, g + 1, e)) return -1;
  int32_t l = lead_org_named_after(w, g);
  if (l >= 0) return l;
  if (w->salient_org < 0 || !named_with(w, w->salient_org, g)) return -1;
  int32_t s = q_entity_speaker(w, w->salient_org, (uint32_t)g);
  w->how = QH_TITLE;
  return s;
}

/* "la direction académique de l'Ardèche", "la direction départementale
** des territoires": a management noun (value 3) with an adjective of its
** own before any complement is a directorate of the administration, an
** institution that speaks as itself, as written (the gold writes
** "direction académique des Côtes-d'Armor"), not a company's management
** of nobody named ("la direction du groupe"). The group [g, e). */
static int public_office(const qwork *w, size_t g, size_t e) {
  size_t a = g + 1;
  return org_noun(w, g) == 3 && a < e && q_is_word(w, a) && !q_upper(w, a) &&
         !w->word[a] && !w->verb[a] &&
         !(w->feat[a] & (QT_TITLE_M | QT_TITLE_F));
}

/* A management noun alone ("La direction promet …", org_noun() value
** 2): the speaker as written, not the organisation the text names most
** or that opens the sentence before ("… en grève à Sochaux, selon la
** CGT. La direction évoque …"): the written gold names it 'direction'
** (11 quotes of a bare direction in the development sets, none the
** organisation). */
static int management_alone(int on) {
  return on >= 2;
}

/* "Les syndicats dénoncent un « … »", "les associations": a plural
** article before a kind of organisation names several bodies, not the
** one organisation the text is about (the gold names them as written,
** "syndicats"); only a body named with that noun is one of them. */
static int several_bodies(const qwork *w, size_t i) {
  return q_les(w, i);
}

/* "le quotidien X, proche du parti, affiche …": after the comma at c,
** an apposition opening with a lowercase word and closed by a comma
** within eight words, no name in it (not a list "X, Y et Z"). */
static int lowercase_apposition(const qwork *w, size_t c) {
  if (c + 1 >= w->ntok || !q_is_word(w, c + 1) || q_upper(w, c + 1)) return 0;
  for (size_t k = c + 1; k < w->ntok && k < c + 10; k++) {
    if (Q_ISPUNCT(w, k, ',')) return k > c + 1;
    if (!q_is_word(w, k) || w->inq[k] || w->verb[k] ||
        (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER))
      return 0;
  }
  return 0;
}

/* Whether token k is a noun for a company (data/speaker_functions.txt
** class 108: entreprise, société, compagnie, groupe), compared as
** literals (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(company_noun, COMPANY_NOUNS)

/* Whether the nouns at a and b both name a company ("la compagnie X" …
** "l'entreprise"): one kind of organisation for a reader. */
static int same_company(const qwork *w, size_t a, size_t b) {
  return !q_upper(w, a) && company_noun(w, a) && company_noun(w, b);
}

/* Whether token k is a noun for a newspaper (data/speaker_functions.txt
** class 112: quotidien, journal, hebdomadaire), compared as literals
** (build/gen/speaker_class_lists.h). */
Q_WORD_LIST_TEST(press_noun, PRESS_NOUNS)

/* Whether the name whose first token is f (maybe after its article)
** speaks in its sentence: it opens the sentence ("Les X, plus
** techniques, rappellent …") or follows a verb as an inverted subject
** ("», titre le X, qui salue …"). */
static int speaking_name(const qwork *w, size_t f) {
  size_t st = f > 0 && (w->word[f - 1] & QW_DET) ? f - 1 : f;
  return (w->tok[st].flags & PRESSE_TF_SENT_START) ||
         (st > 0 && w->verb[st - 1] && !(w->word[st - 1] & QW_DET));
}

/* "« … », titre le X. Le quotidien de centre gauche estime …", "Pour le
** quotidien économique, …": a newspaper described, not named, after a
** definite article at i, is the title that spoke last, in its sentence
** or the one before (an organisation as subject, out of quotations): a
** press review goes from one title to the next, so neither the title
** named most nor one named with the noun long before. -1 when none. */
static int32_t press_title_before(qwork *w, size_t i) {
  for (size_t a = i, n = 0, sents = 0; a-- > 0 && n < 120; n++) {
    if (w->inq[a]) continue;
    if (q_sent_end_tok(w, a) && ++sents > 1) break;
    if (w->ent[a] < 0) continue;
    size_t f = q_ent_first(w, a);
    int t = w->ents->ent[w->ent[a]].type;
    if ((t == PRESSE_ORG || t == PRESSE_MISC) && speaking_name(w, f)) {
      int32_t s = q_entity_speaker(w, w->ent[a], (uint32_t)i);
      w->how = QH_TITLE;
      return s;
    }
    a = f;
  }
  return -1;
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
          q_same_word(w, a, g)) {
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
        ((f > 0 && (q_same_word(w, f - 1, g) || same_company(w, f - 1, g))) ||
         (f != g && q_same_word(w, f, g)))) {
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
  if (!on || !w->ents || management_alone(on) || several_bodies(w, i))
    return -1;
  /* "La SNCF a indiqué … . Un porte-parole de la compagnie a précisé",
  ** "À Pékin, le X, proche du parti, affiche … Le journal écrit":
  ** the organisation opening this sentence or the one before (maybe
  ** after an opening phrase, past a lowercase apposition) */
  for (size_t a = i, n = 0, sents = 0; a-- > 0 && n < 80; n++) {
    if (w->inq[a]) continue;
    if (q_sent_end_tok(w, a) && ++sents > 1) break;
    if (w->ent[a] < 0) continue;
    size_t f = q_ent_first(w, a);
    size_t st = f > 0 && (w->word[f - 1] & QW_DET) ? f - 1 : f;
    size_t nx = q_ent_last(w, a) + 1; /* not "X et Y ont signé" */
    if (w->ents->ent[w->ent[a]].type == PRESSE_ORG &&
        ((w->tok[st].flags & PRESSE_TF_SENT_START) ||
         (st > 0 && Q_ISPUNCT(w, st - 1, ',') && intro_phrase(w, st - 1))) &&
        nx < w->ntok && !(w->word[nx] & QW_COORD) &&
        (!Q_ISPUNCT(w, nx, ',') || lowercase_apposition(w, nx))) {
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
        q_same_word(w, k, m) && l + 1 < w->ntok && w->ent[l + 1] >= 0 &&
        w->ents->ent[w->ent[l + 1]].type == PRESSE_PER)
      return q_entity_speaker(w, w->ent[l + 1], (uint32_t)(l + 1));
    k = f;
  }
  uint8_t g = q_det_gender(w, d);
  int32_t s = q_paragraph_person(w, m, m + 1, 0, g, 1);
  if (s < 0 && g) s = q_last_speaker_excl(w, m, g, NULL, 0);
  return s;
}

/* Whether a person's name follows at a, maybe after a determiner and a
** title ("l'ambassadeur X"): an apposition naming the holder. */
static int appos_name(const qwork *w, size_t a) {
  for (size_t k = a; k < w->ntok && k < a + 4; k++) {
    if (w->ent[k] >= 0) return w->ents->ent[w->ent[k]].type == PRESSE_PER;
    if (!q_is_word(w, k)) return 0;
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
    if (!q_is_word(w, k) || q_upper(w, k) || w->verb[k] || w->word[k])
      return Q_NONE;
  }
  return Q_NONE;
}

/* "Du côté de X, un porte-parole assure …": like "Chez X,", the side
** the sentence opens with names the body its spokesperson speaks for
** (du côté de / d' at a; "du côté du gouvernement" would give "du
** gouvernement"). */
static int side_of(const qwork *w, size_t a) {
  return q_side_locution(w, a) && q_de(w, a + 2);
}

/* The body a spokesperson noun at i speaks for: the organisation or
** institution a sentence opens with as subject ("Chez X, …", or "Le
** rectorat avance un taux, « … », a précisé une porte-parole" in its own
** sentence: an unnamed spokesperson speaks for her body, as the gold
** conventions write it; with a possessive, "son porte-parole", also the
** subject of the two sentences before: "Le cabinet du ministre, lui, se
** dit serein. Selon nos informations, le texte … . « … », fait valoir
** son porte-parole."). Not a person. -1 when none. */
static int32_t spokes_body(qwork *w, size_t i, int poss) {
  size_t sents = 0;
  for (size_t a = i + 1, n = 0; a-- > 0 && n < 80; n++) {
    if (w->inq[a]) continue;
    if (a < i && q_sent_end_tok(w, a) && ++sents > (poss ? 2u : 0u)) break;
    if (!(w->tok[a].flags & PRESSE_TF_SENT_START) || a == i) continue;
    size_t g = a;
    if (q_chez(w, a))
      g = a + 1;
    else if (side_of(w, a))
      g = a + 3;
    else if ((w->word[a] & QW_DET) && !(w->word[a] & QW_PREP))
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
    if (!q_is_word(w, a) || q_upper(w, a) || w->inq[a] || w->verb[a]) return 0;
  return 1;
}

/* Whether a capitalised word at k goes on the name before it: in the
** same paragraph. A headline ending "…, selon l'ONU" has no final period,
** and the next paragraph's first word ("DJEDDAH (AFP) - …", "Le …") is
** no part of the name: read as one, the article before was taken for
** the article of a longer name nobody found, and the quotation had no
** speaker. */
static int name_goes_on(const qwork *w, size_t k) {
  return k < w->ntok && k > 0 && q_upper(w, k) && w->para[k] == w->para[k - 1];
}

/* "Le Suisse, arrivé l'été dernier, a assuré …", "L'Italienne affirme
** …": a capitalised nationality noun (EL_DEMONYM in the entity lexicon)
** after le or l' that entities() typed a place ("Suisse", the country
** too) or did not take ("Italienne"): a person of that origin, read as
** demonym_person reads a MISC one. Not after la ("la Suisse" is the
** country), nor a country's own name after l' ("l'Italie" is no
** demonym). The token m after the article d. */
static int demonym_word(const qwork *w, size_t d, size_t m) {
  if (!q_masc_article(w, d) || !q_upper(w, m) ||
      (w->ent[m] >= 0 && (w->ents->ent[w->ent[m]].type != PRESSE_LOC ||
                          q_ent_first(w, m) != m || q_ent_last(w, m) != m)))
    return 0;
  char b[ENT_FOLD_MAX];
  size_t n = ent_fold(w->text + w->tok[m].b0, w->tok[m].b1 - w->tok[m].b0, b);
  if (n == (size_t)-1 || !n) return 0;
  uint32_t f = ent_lex_lookup(b, n);
  return (f & EL_DEMONYM) && (q_le(w, d) || !(f & EL_COUNTRY));
}

/* demonym_word() and demonym_person() for q_bare_subject ("L'Italienne
** affirme …" opening its sentence, no entity): the person, or -1. */
int32_t q_demonym_subject(qwork *w, size_t d, size_t m) {
  if (!w->ents || !demonym_word(w, d, m)) return -1;
  return demonym_person(w, d, m);
}

/* Whether token i is a noun of something said (data/speech_nouns.txt:
** mots, propos, expression, formule …). */
static int said_noun(const qwork *w, size_t i) {
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_is_word(w, i) ? q_tok_fold(w, i, b) : 0;
  return n && presse_lex_find(&lex_speech_nouns, b, n) != NULL;
}

/* The last person named before token i in its sentence (sentences 1)
** or the one before too (2), not after a preposition, or -1. */
static int32_t person_before(qwork *w, size_t i, int sentences) {
  for (size_t a = i, ends = 0; a > 0;) {
    a--;
    if (w->para[a] != w->para[i]) break;
    if (q_sent_end_tok(w, a) && !w->inq[a] && ++ends >= (size_t)sentences)
      break;
    if (w->ent[a] < 0 || w->inq[a]) continue;
    size_t f = q_ent_first(w, a);
    if (w->ents->ent[w->ent[a]].type == PRESSE_PER &&
        !q_after_preposition(w, f))
      return q_entity_speaker(w, w->ent[a], (uint32_t)f);
    a = f;
  }
  return -1;
}

/* "selon ses mots", "selon son expression", "pour reprendre ses
** termes": a singular possessive and a noun of something said name no
** one but the possessor, whose words they are: the person its sentence
** names, else the last speaker (as "À ses yeux", q_pre_cue), else the
** person the sentence before names. Before
** (spk14d) the noun itself was the speaker ("expression"), or nobody.
** -1 when i starts no such group or nobody fits. */
static int32_t possessor_words(qwork *w, size_t i, size_t limit, size_t *end) {
  if (i + 1 >= limit || !q_third_possessive(w, i)) return -1;
  size_t k = i + 1;
  if (q_own_adjective(w, k)) k++;
  if (k >= limit || !said_noun(w, k)) return -1;
  int32_t s = person_before(w, i, 1);
  if (s < 0) s = q_last_speaker(w, i, 0);
  if (s < 0) s = person_before(w, i, 2);
  if (s < 0) return -1;
  *end = k + 1;
  w->how = QH_PRONOUN;
  return s;
}

/* "Comme le disait mon directeur de thèse, X : « … »", "selon ma
** voisine, X, …": a group opening with a first-person possessive (an
** interview answer, a first-person account), which the rules read as no
** determiner (mon, ma, mes are none in data/quote_words.txt: read as
** determiners, a report inside a quotation, "Mon mari pensait que …",
** cut it), names the person in apposition after its comma, a name closed
** by a comma, a colon, a full stop or limit. Up to eight words of no
** verb before the comma. -1 otherwise. */
static int32_t first_person_appos(qwork *w, size_t i, size_t limit,
                                  size_t *end) {
  size_t c = i + 1;
  while (c < limit && c < i + 9 && q_is_word(w, c) && !w->verb[c] &&
         !(w->word[c] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)) &&
         !(w->ent[c] >= 0 && w->ents->ent[w->ent[c]].type == PRESSE_PER))
    c++;
  size_t a = c + 1;
  if (c == i + 1 || a >= limit || !Q_ISPUNCT(w, c, ',') || w->ent[a] < 0 ||
      w->ents->ent[w->ent[a]].type != PRESSE_PER || q_ent_first(w, a) != a)
    return -1;
  size_t l = q_ent_last(w, a) + 1;
  if (l < limit && !Q_ISPUNCT(w, l, ',') && !Q_ISPUNCT(w, l, ':') &&
      !q_sent_end_tok(w, l))
    return -1;
  *end = l;
  w->how = QH_APPOS;
  return q_entity_speaker(w, w->ent[a], (uint32_t)a);
}

/* The body s a function at title (ending before k) stands beside, with
** that function when the text gives it ("le président de X"), and for an
** unnamed spokesperson that spokesperson of the body (q_spokes_of). */
static int32_t titled_body(qwork *w, int32_t s, size_t title, size_t k) {
  s = with_title(w, s, title, q_title_end(w, title, k));
  return spokes_noun(w, title) ? q_spokes_of(w, title, s) : s;
}

int32_t q_speaker_at(qwork *w, size_t i, size_t limit, size_t *end) {
  w->how = QH_NONE;
  if (i >= limit || w->inq[i]) return -1;
  *end = i + 1;
  if (w->ent[i] >= 0) {
    *end = q_ent_last(w, i) + 1;
    if (i > 0 && q_definite(w, i - 1) && !q_les(w, i - 1) &&
        q_ent_first(w, i) == i && q_ent_last(w, i) == i &&
        (w->ents->ent[w->ent[i]].type == PRESSE_MISC ||
         demonym_word(w, i - 1, i)) &&
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
  if (q_civility_or_lawyer(w, i) && i + 1 < limit && w->ent[i + 1] >= 0 &&
      w->ents->ent[w->ent[i + 1]].type == PRESSE_PER) {
    /* "selon M. X", "selon M.X" */
    *end = q_ent_last(w, i + 1) + 1;
    return q_entity_speaker(w, w->ent[i + 1], (uint32_t)(i + 1));
  }
  if ((w->word[i] & QW_DET) && !(w->word[i] & QW_PREP) && i + 1 < limit &&
      w->ent[i + 1] >= 0 && q_ent_first(w, i + 1) == i + 1 &&
      w->ents->ent[w->ent[i + 1]].type != PRESSE_MISC &&
      !name_goes_on(w, q_ent_last(w, i + 1) + 1) &&
      !demonym_word(w, i, i + 1)) {
    /* "a indiqué l'Élysée", "selon la Commission européenne": the
    ** article of a name (not "l'ONG Terre Solidaire", a name entities()
    ** missed after it: the group below) */
    *end = q_ent_last(w, i + 1) + 1;
    return q_entity_speaker(w, w->ent[i + 1], (uint32_t)(i + 1));
  }
  if (q_definite(w, i) && !q_les(w, i) && i + 1 < limit &&
      ((w->ent[i + 1] >= 0 && q_ent_first(w, i + 1) == i + 1 &&
        q_ent_last(w, i + 1) == i + 1 &&
        w->ents->ent[w->ent[i + 1]].type == PRESSE_MISC) ||
       (w->ents && demonym_word(w, i, i + 1))) &&
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
  if (b & QW_POSS) {
    int32_t s = possessor_words(w, i, limit, end);
    if (s >= 0) return s;
  }
  if (q_first_possessive(w, i)) return first_person_appos(w, i, limit, end);
  /* du and des (data/quote_words.txt: prepositions) are also articles:
  ** "selon des sources", "le constat du docteur X" */
  if (!(b & (QW_DET | QW_POSS)) && !q_de_article(w, i)) return -1;
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
      if (type == PRESSE_ORG && group != Q_NONE && title == Q_NONE &&
          k <= group + 3 && q_after_de(w, k) && org_noun(w, group) == 3) {
        /* "la direction de X": as written (management_of) */
        *end = q_ent_last(w, k) + 1;
        w->how = QH_APPOS;
        return management_of(w, group, k);
      }
      /* "le skipper X", "la navigatrice X": a noun no list knows right
      ** after the determiner names the person that follows */
      int noun_name = type == PRESSE_PER && k <= i + 3 &&
                      (w->word[i] & (QW_DET | QW_POSS)) &&
                      !(w->word[i] & QW_PREP) && !w->word[k - 1] &&
                      !w->word[i + 1];
      if ((type == PRESSE_PER &&
           (title != Q_NONE || group != Q_NONE || noun_name) &&
           !(title != Q_NONE && q_after_de(w, k))) ||
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
    if (!q_is_word(w, k) || q_clitic(w, k)) break;
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
    int many = q_group_determiner(w, i);
    for (size_t a = title + 1; a < k; a++) {
      if (!q_de_word(w, a)) continue;
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
      if ((org || grp) && !many && q_definite(w, i) && !spokes_noun(w, title))
        break;
      if ((org || grp) && !many) {
        int32_t s = q_speaker_just_quoted(w, i, title, k);
        if (s >= 0) return s;
      }
      if (org) {
        int32_t s = q_entity_speaker(w, w->ent[g2], (uint32_t)g2);
        w->how = QH_APPOS;
        return titled_body(w, s, title, k);
      }
      if (grp && q_title_end(w, g2, k) == g2 + 1 &&
          (q_du(w, a) || q_definite(w, g2 - 1))) {
        /* "un représentant du groupe": the organisation it designates */
        int32_t s = group_alone(w, g2, g2);
        if (s >= 0) {
          w->how = QH_APPOS;
          return titled_body(w, s, title, k);
        }
      }
      if (grp) {
        size_t e = q_title_end(w, g2, k);
        /* a spokesperson of a group as written ("le porte-parole de la
        ** gendarmerie bretonne") is that spokesperson, not the group */
        int32_t s = e == g2 + 2 && !spokes_noun(w, title)
                        ? bare_group_before(w, g2)
                        : -1;
        if (s < 0)
          s = q_add_speaker(w, w->tok[g2].b0, w->tok[e - 1].b1, (uint32_t)g2,
                            0);
        w->how = QH_GROUP;
        return titled_body(w, s, title, k);
      }
      break;
    }
  }
  if (title != Q_NONE && i + 1 == title && !w->in_spokes &&
      !(k + 1 < w->ntok && Q_ISPUNCT(w, k, ',') && appos_name(w, k + 1)) &&
      q_title_end(w, title, k) == title + 1 && spokes_noun(w, title) &&
      (w->word[i] & QW_POSS || q_indefinite_singular(w, i))) {
    /* "Le gouvernement a rejeté … . Son porte-parole a dénoncé « … »",
    ** "Chez X, un porte-parole a indiqué …": the body speaks */
    int32_t s = spokes_body(w, i, (w->word[i] & QW_POSS) != 0);
    if (s >= 0) {
      *end = title + 1;
      return q_spokes_of(w, title, s);
    }
  }
  if (title != Q_NONE && i + 1 <= title && q_some_determiner(w, i)) {
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
    int32_t s = q_resolve_title(w, title, t1, &guess);
    if (s < 0 && (s = q_sentence_before_person(w, i, title, t1)) >= 0)
      guess = 1;
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
    while (e > i + 1 && !q_is_word(w, e - 1))
      e--;
    {
      /* "le ministère … sur les réseaux sociaux": the group ends before
      ** a preposition other than de */
      size_t te = q_title_end(w, group, k);
      if (te < e) e = te;
    }
    if (w->ents && press_noun(w, group) && (w->word[i] & QW_DET) &&
        q_definite(w, i) && !names_in(w, group + 1, e)) {
      int32_t s = press_title_before(w, i);
      if (s >= 0) return s;
    }
    if (e == group + 1 && w->ents && (w->word[i] & QW_DET) &&
        q_definite(w, i)) {
      /* "la chaîne" alone: the organisation named with that noun ("la
      ** chaîne France 24", "le syndicat X"), or the one the text is about */
      int32_t s = group_alone(w, i, group);
      if (s >= 0) return s;
    }
    if (e > group + 1 && (w->word[i] & QW_DET) && q_definite(w, i)) {
      int32_t s = described_org(w, group, e);
      if (s >= 0) return s;
    }
    /* "la direction" of nobody the text names: no group of its own;
    ** alone, the group as written (management_alone); a directorate
    ** of the administration is an institution as written (public_office) */
    if (org_noun(w, group) >= 2 && e > group + 1 && !public_office(w, group, e))
      return -1;
    while (e > group + 1 && (w->word[e - 1] & (QW_DET | QW_PREP)))
      e--;
    /* as the gold names groups: without the article ("ministère de
    ** l'Intérieur", "police"), like entities */
    size_t g0 = (w->word[i] & QW_DET) ? i + 1 : i;
    /* "l'ONG Terres du Sahel", "l'association Air pur": a lowercase kind
    ** of group before a name entities() missed is no part of the name; the
    ** gold names the body by its name alone (as "l'ONG Acled": "Acled") */
    if (g0 == group && e > group + 1 && q_is_word(w, group + 1) &&
        q_upper(w, group + 1) && (!q_upper(w, group) || acronym(w, group)))
      g0 = group + 1;
    int32_t s = q_add_speaker(w, w->tok[g0].b0, w->tok[e - 1].b1, (uint32_t)i,
                              q_det_gender(w, i));
    w->how = QH_GROUP;
    return s;
  }
  return -1;
}

/* The words of a relaying medium and of a verb group's auxiliary
** (data/speaker_grammar.txt). */
Q_WORD_LIST_TEST(relay_medium, RELAY_MEDIA)
Q_WORD_LIST_TEST(verb_auxiliary, VERB_AUXILIARIES)

/* Whether the group after the cue [c0, c1) is a medium that relays
** ("selon l'agence X", "a rapporté le quotidien X", "selon la télévision
** d'État"): the cue is selon, d'après or a form of rapporter, and a
** determiner and a press noun (class 112 of data/speaker_functions.txt,
** or a medium of data/speaker_grammar.txt: agence, télévision, radio)
** follow it. */
static int relay_cue(const qwork *w, size_t c0, size_t c1) {
  /* the medium first: most cues are followed by no press noun */
  size_t g = c1 + 1;
  if (c0 >= c1 || g >= w->ntok || !q_is_word(w, c1) ||
      !(w->word[c1] & QW_DET) || !(press_noun(w, g) || relay_medium(w, g)))
    return 0;
  if (w->feat[c0] & (QT_SELON | QT_DAPRES)) return 1;
  for (size_t k = c0; k < c1; k++) {
    char b[Q_TOK_FOLD_CAP];
    size_t n = q_tok_fold(w, k, b);
    if (n >= 8 && !memcmp(b, "rapport", 7)) return 1;
  }
  return 0;
}

/* "La junte, elle, s'est dite « prête … », a rapporté le quotidien
** officiel X"; "la diplomatie russe a dénoncé des « élections … »,
** selon l'agence Y": a quotation inside a clause whose subject speaks
** through its own speech verb is that subject's, the medium after it
** only relays the words (written13's README; written5's, written13's
** and written24's golds). The speech verb is the last one before the
** opening mark in its sentence, outside quotations. */
void q_relayed_speakers(qwork *w) {
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *q = &w->dq[i];
    if ((q->rule != QR_CUE_AFTER && q->rule != QR_SELON) || q->cue0 == Q_NONE ||
        q->cue0 < q->t1 || q->open == Q_NONE || !relay_cue(w, q->cue0, q->cue1))
      continue;
    size_t v = Q_NONE;
    for (size_t k = q->open; k-- > 0;) {
      if (w->inq[k]) break; /* another quotation before: not one clause */
      if (w->verb[k] && q_is_word(w, k) && !(w->verb[k] & QV_INFIN)) {
        v = k;
        break;
      }
      if (w->tok[k].flags & PRESSE_TF_SENT_START) break;
    }
    if (v == Q_NONE) continue;
    /* the verb group opens with its auxiliary ("a dénoncé", "s'est dite") */
    if (v > 0 && verb_auxiliary(w, v - 1)) v--;
    size_t where;
    int32_t s = q_subject_before(w, v, &where);
    /* a noun group no list knows, as written ("la diplomatie russe") */
    if (s < 0) s = q_plain_subject_speaker(w, v);
    if (s < 0 || s == q->spk) continue;
    q->spk = s;
    q->rule = QR_CUE_BEFORE;
    q->how = w->how;
  }
}
