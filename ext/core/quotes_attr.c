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
#include "quotes_int.h"

#include <string.h>

#define WINDOW 12 /* tokens of a noun group */

static int is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

static int upper(const qwork *w, size_t i) {
  return (w->tok[i].flags & PRESSE_TF_UPPER) != 0;
}

static int sent_end_tok(const qwork *w, size_t i) {
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
  return (int32_t)w->nspk++;
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

static int same_word(const qwork *w, size_t a, size_t b) {
  char x[64], y[64];
  size_t n = q_fold(w->text + w->tok[a].b0, w->tok[a].b1 - w->tok[a].b0, x, 64);
  size_t m = q_fold(w->text + w->tok[b].b0, w->tok[b].b1 - w->tok[b].b0, y, 64);
  return n && n == m && !memcmp(x, y, n);
}

/* The person a title noun (token t) designates: the most recent PER
** entity introduced with the same noun ("le graphiste portugais X", "X, le
** ministre ..."). -1 when none. */
static int32_t resolve_title(qwork *w, size_t t) {
  if (!w->ents) return -1;
  int seen = 0;
  for (size_t i = t; i-- > 0 && seen < 64;) {
    if (w->ent[i] < 0 || w->inq[i]) continue;
    size_t f = q_ent_first(w, i);
    const presse_entity *e = &w->ents->ent[w->ent[i]];
    if (e->type == PRESSE_PER) {
      seen++;
      size_t l = q_ent_last(w, i);
      /* The noun before the name, in its group ... */
      for (size_t k = f, s = 0; k-- > 0 && s < 8; s++) {
        if (same_word(w, k, t))
          return q_entity_speaker(w, w->ent[i], (uint32_t)t);
        if (sent_end_tok(w, k) || w->ent[k] >= 0) break;
      }
      /* ... or in an apposition after it. */
      if (l + 1 < w->ntok && Q_ISPUNCT(w, l + 1, ','))
        for (size_t k = l + 2, s = 0; k < w->ntok && s < 6; k++, s++) {
          if (same_word(w, k, t))
            return q_entity_speaker(w, w->ent[i], (uint32_t)t);
          if (w->tok[k].kind == PRESSE_TOK_PUNCT) break;
        }
    }
    i = f;
  }
  return -1;
}

/* Whether the noun group whose name starts at f is the object of a
** preposition ("avec la société X", "à l'invitation de X"), not a subject.
** The group is read leftwards to its determiner; "de" inside a title group
** ("le chef de la diplomatie russe X") does not count; "selon X" and
** "pour X" introduce speakers. An apposition ("son complice, X") is judged
** by the group before the comma. */
int q_after_preposition(const qwork *w, size_t f) {
  size_t k = f;
  for (int s = 0; k > 0 && s < 14; s++) {
    size_t i = k - 1;
    if (Q_ISPUNCT(w, i, ',') && s == 0) {
      k = i;
      continue;
    }
    if (!is_word(w, i)) return 0;
    uint16_t b = w->word[i];
    if (w->feat[i] & (QT_SELON | QT_DAPRES | QT_POUR)) return 0;
    if (b & QW_PREP) {
      /* "de" completing a title noun further left stays in the group */
      int de = q_tok_is(w, i, "de") || q_tok_is(w, i, "d") ||
               q_tok_is(w, i, "du") || q_tok_is(w, i, "des");
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
      if (i >= 1 && s > 0 &&
          (q_tok_is(w, i - 1, "de") || q_tok_is(w, i - 1, "d"))) {
        k = i; /* "chef de la diplomatie X": the de-rule decides */
        continue;
      }
      if (w->feat[i - 1] & (QT_SELON | QT_DAPRES | QT_POUR)) return 0;
      return (w->word[i - 1] & QW_PREP) != 0;
    }
    if (upper(w, i) || w->verb[i] || (b & (QW_AUX | QW_AUXPL | QW_REL)))
      return 0;
    k = i;
  }
  return 0;
}

/* The speaker named by the noun group starting at token i (an entity, a
** title group, an institution, a pronoun). *end gets the token after it.
** -1: not a speaker group; -3: a group that designates someone who cannot
** be resolved (the caller must not look further). */
int32_t q_speaker_at(qwork *w, size_t i, size_t limit, size_t *end) {
  if (i >= limit || w->inq[i]) return -1;
  *end = i + 1;
  if (w->ent[i] >= 0) {
    *end = q_ent_last(w, i) + 1;
    return q_entity_speaker(w, w->ent[i], (uint32_t)i);
  }
  uint16_t b = w->word[i];
  if (b & (QW_IL | QW_ELLE)) return q_resolve_pronoun(w, i, (b & QW_ELLE) != 0);
  if (!(b & (QW_DET | QW_POSS))) return -1;
  /* A noun group: det, title or institution noun, modifiers, and maybe the
  ** name itself ("le chef de la diplomatie russe Serguei Lavrov", "le
  ** président du conseil, Michel Spiro"). */
  size_t title = Q_NONE, group = Q_NONE, k;
  for (k = i + 1; k < limit && k < i + WINDOW; k++) {
    if (w->inq[k]) break;
    if (w->ent[k] >= 0) {
      if (w->ents->ent[w->ent[k]].type == PRESSE_PER &&
          (title != Q_NONE || group != Q_NONE)) {
        *end = q_ent_last(w, k) + 1;
        return q_entity_speaker(w, w->ent[k], (uint32_t)k);
      }
      k = q_ent_last(w, k);
      continue;
    }
    if (Q_ISPUNCT(w, k, ',')) {
      if (k + 1 < limit && w->ent[k + 1] >= 0 && title != Q_NONE &&
          w->ents->ent[w->ent[k + 1]].type == PRESSE_PER)
        continue;
      break;
    }
    if (!is_word(w, k)) break;
    if (w->verb[k] || (w->word[k] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE)))
      break;
    if (title == Q_NONE && group == Q_NONE && k > i + 3) break;
    if ((w->feat[k] & (QT_TITLE_M | QT_TITLE_F)) && title == Q_NONE &&
        group == Q_NONE)
      title = k;
    if ((w->feat[k] & QT_GROUP) && title == Q_NONE && group == Q_NONE)
      group = k;
  }
  *end = k;
  if (title != Q_NONE) {
    int32_t s = resolve_title(w, title);
    if (s >= 0) return s;
    /* "la ministre" with no name: the previous speaker, if she fits */
    uint8_t g = q_det_gender(w, i);
    uint8_t tf = w->feat[title] & (QT_TITLE_M | QT_TITLE_F);
    if (!g && tf == QT_TITLE_M) g = 1;
    if (!g && tf == QT_TITLE_F) g = 2;
    s = q_last_speaker(w, i, g);
    return s >= 0 ? s : -3;
  }
  if (group != Q_NONE) {
    size_t e = k;
    while (e > i + 1 && !is_word(w, e - 1))
      e--;
    return q_add_speaker(w, w->tok[i].b0, w->tok[e - 1].b1, (uint32_t)i,
                         q_det_gender(w, i));
  }
  return -1;
}

int q_verb_group(const qwork *w, size_t j, size_t *last, uint16_t *vf);
int32_t q_subject_before(qwork *w, size_t v, size_t *where);

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
int q_verb_group(const qwork *w, size_t j, size_t *last, uint16_t *vf) {
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
    return 0;
  }
  uint16_t v = w->verb[k];
  if (!speech(v)) {
    /* light verb + infinitive: fait savoir, laissé entendre */
    if (k + 1 < w->ntok && (w->verb[k + 1] & QV_INFIN) &&
        !speech(w->verb[k + 1]))
      k++;
    else
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
int32_t q_subject_before(qwork *w, size_t v, size_t *where) {
  size_t k = v;
  /* "s'est exclamé", "ne l'a pas dit" */
  for (int s = 0; s < 3 && k > 0 &&
                  (q_tok_is(w, k - 1, "s") || q_tok_is(w, k - 1, "se") ||
                   (w->word[k - 1] & QW_NEG));
       s++)
    k--;
  for (int steps = 0; k > 0 && steps < 30; steps++) {
    size_t i = k - 1;
    if (w->tok[i].sent != w->tok[v].sent && !Q_ISPUNCT(w, i, ',')) {
      /* The segmenter may cut a sentence inside a quote; a quote is no
      ** boundary for its own sentence. */
      if (!w->inq[i]) return -1;
    }
    if (sent_end_tok(w, i) && !w->inq[i]) return -1;
    if (w->inq[i]) {
      /* Skip a quotation: its words are not the subject. */
      k = w->dq[w->inq[i] - 1].open != Q_NONE ? w->dq[w->inq[i] - 1].open
                                              : w->dq[w->inq[i] - 1].t0;
      continue;
    }
    if (w->ent[i] >= 0) {
      size_t f = q_ent_first(w, i);
      /* "X a dit", "X, a dit": right before the verb, a subject anyway */
      int adjacent = w->ents->ent[w->ent[i]].type == PRESSE_PER && i + 1 == k &&
                     (k == v || (k + 1 == v && Q_ISPUNCT(w, k, ',')));
      if (adjacent || !q_after_preposition(w, f)) {
        /* the title group it ends ("le ministre X") or the name alone */
        size_t e;
        size_t g = f;
        while (g > 0 && g + 8 > f && is_word(w, g - 1) && !upper(w, g - 1) &&
               !w->verb[g - 1] &&
               !(w->word[g - 1] & (QW_AUX | QW_REL | QW_QUE)))
          g--;
        *where = f;
        (void)g;
        return q_speaker_at(w, f, w->ntok, &e);
      }
      k = f;
      continue;
    }
    uint16_t b = w->word[i];
    if (b & (QW_IL | QW_ELLE)) {
      if (w->tok[i].flags & PRESSE_TF_INVERTED) return -1;
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
      if ((w->word[d] & (QW_DET | QW_POSS)) && !q_after_preposition(w, d)) {
        size_t e;
        *where = d;
        int32_t s = q_speaker_at(w, d, v, &e);
        return s == -3 ? -1 : s;
      }
    }
    k = i;
  }
  return -1;
}

static int set_cue(qdirect *d, size_t c0, size_t c1, int32_t spk) {
  d->cue0 = (uint32_t)c0;
  d->cue1 = (uint32_t)c1;
  d->spk = spk;
  return 1;
}

/* "», a déclaré X", "» indique X", "», a-t-il ajouté", "», X a ajouté". */
static int post_cue(qwork *w, qdirect *d) {
  size_t k = d->close != Q_NONE ? d->close + 1 : d->t1;
  if (k < w->ntok && Q_ISPUNCT(w, k, ',')) k++;
  while (k < w->ntok && is_word(w, k) && (w->word[k] & QW_ADV) &&
         !(w->word[k] & (QW_AUX | QW_AUXPL)))
    k++;
  if (k >= w->ntok || w->inq[k]) return 0;
  if (w->para[k] != w->para[d->t1 - 1]) return 0;
  size_t last;
  uint16_t vf;
  if (q_verb_group(w, k, &last, &vf)) {
    if (w->tok[k].flags & PRESSE_TF_INVERTED) {
      int fem = (w->word[k] & QW_ELLE) != 0;
      return set_cue(d, k, last + 1, q_resolve_pronoun(w, d->t0, fem));
    }
    size_t s = last + 1, e;
    while (s < w->ntok && adv_like(w, s))
      s++;
    int32_t spk = q_speaker_at(w, s, w->ntok, &e);
    if (spk == -3) spk = -1;
    if (spk >= 0 || (vf & QV_INCISE)) return set_cue(d, k, last + 1, spk);
    return 0;
  }
  /* bare participle: "» averti Météo France" */
  if ((w->verb[k] & QV_PART) && speech(w->verb[k])) {
    size_t e;
    int32_t spk = q_speaker_at(w, k + 1, w->ntok, &e);
    if (spk >= 0) return set_cue(d, k, k + 1, spk);
  }
  /* subject first: "», X a ajouté" */
  size_t e;
  int32_t spk = q_speaker_at(w, k, w->ntok, &e);
  if (spk >= 0 && q_verb_group(w, e, &last, &vf))
    return set_cue(d, e, last + 1, spk);
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
      int fem = (w->word[k + 1] & QW_ELLE) != 0;
      return set_cue(d, k + 1, last + 1, q_resolve_pronoun(w, d->t0, fem));
    }
  }
  return 0;
}

/* A cue earlier in the sentence: "X a déclaré : « … »", "X a expliqué
** que … une « impulsion »", "Selon X, « … »". */
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
      if (q_tok_is(w, i + 1, "lui") && (w->tok[i].flags & PRESSE_TF_SENT_START))
        spk = q_resolve_pronoun(w, i + 1, 0);
      if (spk >= 0) return set_cue(d, i, i + 1, spk);
      if (spk == -3) return 0;
    }
    size_t last;
    uint16_t vf;
    size_t start = i;
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
        !(last + 1 < w->ntok && (w->word[last + 1] & QW_QUE))) {
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
        if (sent_end_tok(w, a) || w->inq[a]) break;
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
      if (m != start) spk = q_subject_before(w, m, &where);
    } else {
      spk = q_subject_before(w, start, &where);
      if (spk < 0) {
        /* postposed subject before the quote: "a déclaré X : « »" */
        size_t e;
        spk = q_speaker_at(w, last + 1, open, &e);
        if (spk == -3) spk = -1;
      }
    }
    return set_cue(d, start, last + 1, spk);
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
    if (is_word(w, s) && (w->word[s] & QW_PREP))
      for (size_t c = s + 1; c + 1 < open && c < s + 12; c++)
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
      if (spk >= 0) {
        d->spk = spk;
        return 1;
      }
      if (spk == -3) return 0;
      if (w->tok[i].kind == PRESSE_TOK_PUNCT) break;
    }
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
  d->spk = spk;
  d->weak = 1;
  return 1;
}

int q_attribute(qwork *w) {
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    if (post_cue(w, d) || incise(w, d) || pre_cue(w, d)) continue;
    pronoun_fragment(w, d);
  }
  return w->nspk > 0 && w->spk == NULL ? PRESSE_ENOMEM : PRESSE_OK;
}

/* After the indirect quotes are known: a quotation standing alone as a
** sentence with no cue continues the previous speaker. */
int q_continue_speakers(qwork *w) {
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    if (d->spk >= 0 || d->cue0 != Q_NONE) continue;
    size_t words = 0;
    for (size_t k = d->t0; k < d->t1 && words < 4; k++)
      words += is_word(w, k);
    if (words < 4 || !starts_sentence(w, d)) continue;
    d->spk = q_last_speaker(w, d->t0, 0);
    d->weak = 1;
  }
  return PRESSE_OK;
}
