/*
** quotes_subject.c: speech-verb groups (a déclaré, a-t-il ajouté, fait
** savoir) and their subjects: the noun group before a verb
** (q_subject_before, plain and bare subjects, "on" and groups of people)
** or after a postposed verb, and a function standing alone as written.
**
** A wrong speaker is worse than none: every rule gives up (-1) rather than
** guess when the noun group cannot be resolved.
*/
#include "lexicon.h"
#include "quotes_int.h"

#include <string.h>

#include "lex_speech_modals.h"

int32_t q_subject_before(qwork *w, size_t v, size_t *where);

/* Verb groups. Returns 1 and sets [*c0, *c1) to the cue tokens when a
** speech-verb group ends at or starts at token j. */

/* A verb group starting at j: aux [adv] participle, finite, or light verb
** + infinitive (fait savoir). Sets *last to its last token. */
/* A modal verb (data/speech_modals.txt) before the infinitive of a speech
** verb that governs a que-clause: "Il veut croire que …". The list is
** looked up last, on the few tokens the bit tests let through. */
static int modal_speech(const qwork *w, size_t j) {
  if (!(j + 2 < w->ntok && (w->verb[j + 1] & QV_INFIN) &&
        (w->verb[j + 1] & QV_QUE) && (w->word[j + 2] & QW_QUE) && !w->verb[j] &&
        q_is_word(w, j)))
    return 0;
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_tok_fold(w, j, b);
  return n && presse_lex_find(&lex_speech_modals, b, n) != NULL;
}

int q_verb_group_at(const qwork *w, size_t j, size_t *last, uint16_t *vf) {
  if (!q_is_word(w, j)) return 0;
  size_t k = j;
  int aux = (w->word[j] & (QW_AUX | QW_AUXPL)) != 0;
  if (aux) {
    k = j + 1;
    for (int s = 0;
         s < 4 && k < w->ntok && (q_adv_like(w, k) || Q_ISPUNCT(w, k, ','));
         s++)
      k++;
    /* "de son côté", "en tout cas" between the auxiliary and the verb */
    for (int s = 0; s < 4 && k < w->ntok && q_is_word(w, k) && !w->verb[k] &&
                    (w->word[k] & (QW_PREP | QW_POSS | QW_DET | QW_ADV));
         s++)
      k++;
    if (k >= w->ntok || !(w->verb[k] & QV_PART)) return 0;
  } else if (!(w->verb[j] & (QV_FIN | QV_GER))) {
    if (!modal_speech(w, j)) return 0;
    k = j + 1;
  }
  uint16_t v = w->verb[k];
  if (!q_speech(v)) {
    /* light verb + infinitive: fait savoir, laissé entendre */
    if (k + 1 < w->ntok && (w->verb[k + 1] & QV_INFIN) &&
        !q_speech(w->verb[k + 1]))
      k++;
    /* light verb + noun + de: "fait état d'une « … »", "a fait part de"
    ** (data/quote_words.txt) */
    else if (k + 2 < w->ntok && !(w->verb[k] & QV_GER) && q_is_word(w, k + 1) &&
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
  if (!q_after_de(w, f)) return 0;
  for (size_t k = f, s = 0; k-- > 0 && s < 6; s++) {
    if (!q_is_word(w, k) || w->inq[k] || w->ent[k] >= 0) return 0;
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
  for (int s = 0; s < 2 && k > 0 && q_is_word(w, k - 1) && !q_upper(w, k - 1) &&
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
    if (Q_ISPUNCT(w, j, ',') || w->inq[j] || !q_is_word(w, j) ||
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
    if (!q_is_word(w, k) || w->inq[k] ||
        (w->verb[k] && !(w->feat[k] & (QT_TITLE_M | QT_TITLE_F))) ||
        (w->word[k] & (QW_REL | QW_QUE | QW_AUX | QW_AUXPL)))
      return -1;
    k++;
  }
  if (k >= v) return -1;
  for (k++; k < v; k++)
    if (!q_adv_like(w, k)) return -1;
  size_t e;
  *where = q_ent_first(w, c - 2);
  return q_speaker_at(w, *where, w->ntok, &e);
}

/* "La mission d'observation de l'UE, dirigée par l'eurodéputée X, a
** relevé « … »", "Le club, présidé par X, a dénoncé": an apposition
** between commas [c, i) opening with a past participle and its agent
** (par) holds no subject of the verb after it, as a relative does not:
** the name closing it was read as "X, a dit". */
static int agent_apposition(const qwork *w, size_t c, size_t i) {
  size_t p = c + 1;
  if (p < i && q_is_word(w, p) && (w->word[p] & QW_ADV)) p++; /* "aussi" */
  return p + 1 < i && q_is_word(w, c) && !q_upper(w, c) &&
         q_participle_form(w, c) && q_tok_is(w, p, "par");
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
             !q_sent_end_tok(w, b - 1))
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
      if (s == -1 && x == a) s = q_plain_after(w, e - 1);
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
    if (q_sent_end_tok(w, i) && !w->inq[i]) return -1;
    if (Q_ISPUNCT(w, i, ',') && !w->inq[i]) {
      /* "X, qui dirige le club depuis 2010, a déclaré": a relative
      ** between commas holds no subject of this verb */
      size_t c = i;
      while (c > 0 && i - c < 20 && !Q_ISPUNCT(w, c - 1, ',') &&
             !q_sent_end_tok(w, c - 1) && !w->inq[c - 1])
        c--;
      if (c > 0 && c < i && Q_ISPUNCT(w, c - 1, ',') &&
          ((w->word[c] & QW_REL) || agent_apposition(w, c, i))) {
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
             !q_sent_end_tok(w, o))
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
          if (q_sent_end_tok(w, c) || w->inq[c]) break;
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
        while (g > 0 && g + 8 > f && q_is_word(w, g - 1) &&
               !q_upper(w, g - 1) && !w->verb[g - 1] &&
               !(w->word[g - 1] & (QW_AUX | QW_REL | QW_QUE)))
          g--;
        /* "Pour X, « … ! » Le porte-parole de l'association Y, se félicite":
        ** the function group ending with Y may be the person just quoted */
        if (g > 0 && g < f && (w->feat[g] & (QT_TITLE_M | QT_TITLE_F)) &&
            w->ents->ent[w->ent[i]].type != PRESSE_PER) {
          int32_t s = q_speaker_just_quoted(w, g - 1, g, f);
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
        if (!q_is_word(w, d - 1) || q_upper(w, d - 1)) break;
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
        if (s == -3) s = q_function_as_written(w, d, v);
        return s == -3 ? -1 : s;
      }
    }
    k = i;
  }
  return -1;
}

/* "…, précise-t-on à la préfecture, où l'on reconnaît des délais « … »",
** "Chez X, où l'on juge …": the indefinite on of a relative où speaks for
** the body the relative's antecedent names after à, au or chez (an
** organisation entity, or a noun of data/speaker_groups.txt as written,
** which q_full_body_names completes), as on_speaks_for and q_on_at_group
** read "on" beside such a body; d is the article before on (or on).
** -1 otherwise: "on" alone names no one a reader would quote. */
static int32_t on_where(qwork *w, size_t d) {
  if (d < 4 || !q_tok_is(w, d - 1, "où") || !Q_ISPUNCT(w, d - 2, ','))
    return -1;
  size_t c = d - 2, p = c;
  while (p > 0 && c - p < 12 && !w->inq[p - 1] && q_is_word(w, p - 1) &&
         !q_tok_is(w, p - 1, "à") && !q_tok_is(w, p - 1, "au") &&
         !q_tok_is(w, p - 1, "chez"))
    p--;
  if (p == 0 || w->inq[p - 1] || !q_is_word(w, p - 1) ||
      !(q_tok_is(w, p - 1, "à") || q_tok_is(w, p - 1, "au") ||
        q_tok_is(w, p - 1, "chez")))
    return -1;
  size_t g = p;
  if (q_tok_is(w, p - 1, "à") && g + 1 < c &&
      (q_tok_is(w, g, "la") || q_tok_is(w, g, "l")))
    g++;
  if (g >= c) return -1;
  if (w->ent[g] >= 0 && w->ents->ent[w->ent[g]].type != PRESSE_PER &&
      q_ent_first(w, g) == g && q_ent_last(w, g) + 1 == c) {
    int32_t sp = q_entity_speaker(w, w->ent[g], (uint32_t)g);
    w->how = QH_NAME;
    return sp;
  }
  if (!(w->feat[g] & QT_GROUP) || q_upper(w, g) || q_title_end(w, g, c) != c)
    return -1;
  int32_t sp = q_add_speaker(w, w->tok[g].b0, w->tok[c - 1].b1, (uint32_t)g, 0);
  w->how = QH_GROUP;
  return sp;
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

int32_t q_plain_subject_speaker(qwork *w, size_t v) {
  size_t k = v;
  while (k > 0 && q_clitic(w, k - 1))
    k--;
  if (k > 0 && Q_ISPUNCT(w, k - 1, ',')) {
    /* "le documentaire d'X, réalisé en un an, précise" */
    size_t c = k - 1;
    while (c > 0 && k - c < 16 && !Q_ISPUNCT(w, c - 1, ',') &&
           !q_sent_end_tok(w, c - 1) && !w->inq[c - 1])
      c--;
    if (c > 0 && Q_ISPUNCT(w, c - 1, ','))
      k = c - 1;
    else
      return -1;
  }
  size_t d = k;
  for (int s = 0; d > 0 && s < 8; s++) {
    size_t i = d - 1;
    if (w->inq[i] || !q_is_word(w, i)) return -1;
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
  if (h + 1 == k && q_tok_is(w, h, "on")) return on_where(w, d);
  if (h >= k || !q_is_word(w, h) || (w->tok[h].flags & PRESSE_TF_UPPER) ||
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
int32_t q_bare_subject(qwork *w, size_t v) {
  size_t k = v;
  while (k > 0 && q_clitic(w, k - 1))
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
           !q_sent_end_tok(w, c - 1) && !w->inq[c - 1])
      c--;
    if (c == 0 || !Q_ISPUNCT(w, c - 1, ',') || !(w->word[c] & QW_REL))
      return -1;
    k = c - 1;
  }
  size_t s = k;
  /* a verb form may open the name ("Souffle urbain"), never end it */
  while (s > 0 && k - s < 6 && q_is_word(w, s - 1) && !w->inq[s - 1] &&
         (!w->verb[s - 1] ||
          ((w->tok[s - 1].flags & PRESSE_TF_SENT_START) && s < k)) &&
         w->ent[s - 1] < 0 &&
         !(w->word[s - 1] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL |
                             QW_ELLE | QW_PRONPL)) &&
         !(w->tok[s].flags & PRESSE_TF_SENT_START))
    s--;
  if (s == k || !(w->tok[s].flags & PRESSE_TF_SENT_START)) return -1;
  if (q_tok_is(w, s, "l") && (w->tok[s].flags & PRESSE_TF_ELISION)) s++;
  if (s >= k || !q_upper(w, s) || (w->word[s] & QW_PREP)) return -1;
  if (s + 1 == k && s > 0 && w->tok[s - 1].sent == w->tok[s].sent) {
    /* "L'Italienne affirme …": a person of that origin */
    size_t n0 = w->nspk;
    int32_t p = q_demonym_subject(w, s - 1, s);
    if (p >= 0) {
      w->how = QH_GUESS;
      return p;
    }
    w->nspk = n0;
  }
  if ((w->word[s] & QW_DET) && (s + 1 >= k || !q_upper(w, s + 1))) return -1;
  int32_t sp = q_add_speaker(w, w->tok[s].b0, w->tok[k - 1].b1, (uint32_t)s, 0);
  w->how = QH_BARE;
  return sp;
}

/* "Au ministère de la Santé, on indique que …", "Chez Renault, on
** assure que …": "on" before the verb at v speaks for the institution the
** sentence opens with (an organisation entity or an institution noun
** group after au / à la / chez). -1 otherwise. */
int32_t q_on_at_group(qwork *w, size_t v) {
  size_t k = v;
  while (k > 0 && (q_clitic(w, k - 1) || (w->word[k - 1] & QW_NEG)))
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
  /* "Chez les Républicains, on …": a party or a team named with its
  ** plural article; a group of people with no name ("chez les
  ** agriculteurs") stays no speaker below */
  if (q_tok_is(w, s, "chez") && g + 1 < c && q_tok_is(w, g, "les") &&
      w->ent[g + 1] >= 0)
    g++;
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
  int32_t s = q_plain_subject_speaker(w, v);
  w->nspk = n;
  return s >= 0;
}

/* A plain noun group after a postposed cue ("», ajoute le documentaire.",
** "», a expliqué un riverain."): the organisation named earlier with that
** noun ("le documentaire d'X"), else the noun as written. -1 otherwise. */
int32_t q_plain_after(qwork *w, size_t s) {
  if (s + 1 >= w->ntok || !(w->word[s] & QW_DET)) return -1;
  size_t h = s + 1;
  if (!q_is_word(w, h) || w->inq[h] || w->ent[h] >= 0 ||
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
      if (w->inq[a] || !q_same_word(w, a, h)) continue;
      size_t b = a + 1;
      if (b < w->ntok && (q_de(w, b) || q_tok_is(w, b, "du"))) b++;
      if (b < w->ntok && w->ent[b] >= 0 &&
          w->ents->ent[w->ent[b]].type != PRESSE_LOC) {
        int32_t sp = q_entity_speaker(w, w->ent[b], (uint32_t)b);
        w->how = QH_TITLE;
        return sp;
      }
      if (said < 0) said = q_predicate_person(w, a);
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

/* A function group at i that designates nobody the text names ("le
** recteur se veut rassurant : « … »"): the function as written, as after
** a postposed cue ("», a dit le préfet"). -3 when there is none. In the
** body it is recorded as the function it was named with (tt0, tt1): a
** person known only by a function keeps it, and "la maire" paragraphs
** later is that speaker (q_last_speaker_excl), not the last woman quoted
** with another trade. Not in the headline or standfirst, whose function
** the body names later ("promet le patron de X", then "son PDG, Y"). */
int32_t q_function_as_written(qwork *w, size_t i, size_t limit) {
  for (size_t t = i; t < limit && t < i + 4; t++) {
    if (!q_is_word(w, t)) break;
    if (!(w->feat[t] & (QT_TITLE_M | QT_TITLE_F))) continue;
    size_t e = q_title_end(w, t, limit);
    int32_t s = q_add_speaker(w, w->tok[t].b0, w->tok[e - 1].b1, (uint32_t)t,
                              q_det_gender(w, i));
    if (s >= 0 && w->para[t] > w->lead_para) {
      w->spk[s].tt0 = (uint32_t)t;
      w->spk[s].tt1 = (uint32_t)e;
    }
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
      q_is_word(w, t) && !w->word[t] && !w->verb[t] && !q_upper(w, t) &&
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
  if (s == -3) s = q_function_as_written(w, k, w->ntok);
  if (s < 0 || (w->spk[s].gender && w->spk[s].gender != (fem ? 2 : 1))) {
    w->nspk = n;
    return -1;
  }
  return s;
}
