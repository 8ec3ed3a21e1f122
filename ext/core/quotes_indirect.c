/*
** quotes_indirect.c: reported speech without quotation marks.
**   X a indiqué que CLAUSE.       the clause after que, to the sentence end
**   X a démenti OBJECT.           the object (singular subject only: "les
**                                 deux pays ont évoqué" is no statement)
**   X a dit avoir accepté ...     an infinitive clause
**   Selon X, CLAUSE. / CLAUSE selon X.  d'après X, ...  Pour X (a person), ...
**   CLAUSE, a indiqué X.          a postposed cue closing the sentence
** A clause that is a quotation from its first word is a direct quote only.
*/
#include "lexicon.h"
#include "quotes_int.h"

#include "lex_selon_generic.h"

static int is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

static int stop_tok(const qwork *w, size_t i) {
  return !w->inq[i] && (Q_ISPUNCT(w, i, '.') || Q_ISPUNCT(w, i, '!') ||
                        Q_ISPUNCT(w, i, '?') || Q_ISPUNCT(w, i, ';'));
}

int q_push_indirect(qwork *w, uint32_t t0, uint32_t t1, int32_t spk,
                    uint32_t cue0, uint32_t cue1) {
  while (t1 > t0 && w->tok[t1 - 1].kind == PRESSE_TOK_PUNCT && !w->inq[t1 - 1])
    t1--;
  if (t1 <= t0) return PRESSE_OK;
  if (w->niq == w->capiq) {
    size_t cap = w->capiq ? 2 * w->capiq : 16;
    qindirect *p = w->mem->xRealloc(w->mem->ctx, w->iq, cap * sizeof *p);
    if (!p) return PRESSE_ENOMEM;
    w->iq = p;
    w->capiq = cap;
  }
  qindirect *q = &w->iq[w->niq++];
  q->t0 = t0;
  q->t1 = t1;
  q->spk = spk;
  q->cue0 = cue0;
  q->cue1 = cue1;
  q->how = spk >= 0 ? w->how : 0; /* QH_* of the group just resolved */
  return PRESSE_OK;
}

/* End of the clause starting at c: the end of its sentence, quotations
** included; a colon announcing a quotation ends it too. */
static size_t clause_end(const qwork *w, size_t c) {
  size_t k = c;
  while (k < w->ntok && w->para[k] == w->para[c] && !stop_tok(w, k)) {
    if (!w->inq[k] && Q_ISPUNCT(w, k, ':') && k + 1 < w->ntok && w->inq[k + 1])
      break;
    k++;
  }
  return k;
}

/* Whether the clause [c, e) is one quotation from its first words. */
static int all_quoted(const qwork *w, size_t c, size_t e, int obj) {
  size_t k = c;
  /* an object noun group around a quotation ("une décision « brutale »")
  ** is the quotation's: within its first three tokens */
  if (obj)
    for (size_t a = c; a < e && a < c + 3; a++)
      if (w->inq[a]) {
        k = a;
        break;
      }
  /* leading punctuation (": « ... »") is not a word of the clause */
  while (k < e && k < c + 3 && !w->inq[k] && w->tok[k].kind == PRESSE_TOK_PUNCT)
    k++;
  if (k >= e || !w->inq[k]) return 0; /* "ce projet « montre ... »": reported */
  const qdirect *d = &w->dq[w->inq[k] - 1];
  size_t end = d->close != Q_NONE ? d->close + 1 : d->t1;
  return end + 1 >= e;
}

static size_t sentence_start(const qwork *w, size_t i) {
  size_t s = i;
  while (s > 0 && w->para[s - 1] == w->para[i] && !stop_tok(w, s - 1))
    s--;
  return s;
}

int q_verb_group(const qwork *w, size_t j, size_t *last, uint16_t *vf);
int32_t q_subject_before(qwork *w, size_t v, size_t *where);

/* "selon les cas", "selon les régions": "depending on", no speech. */
static int generic_selon(const qwork *w, size_t j) {
  size_t k = j + 1;
  if (k < w->ntok && (w->word[k] & QW_DET)) k++;
  if (k >= w->ntok || !is_word(w, k)) return 0;
  char buf[64];
  size_t n = q_fold(w->text + w->tok[k].b0, w->tok[k].b1 - w->tok[k].b0, buf,
                    sizeof buf);
  return n && presse_lex_find(&lex_selon_generic, buf, n) != NULL;
}

int q_indirect(qwork *w) {
  int rc;
  for (size_t j = 0; j < w->ntok; j++) {
    if (w->inq[j] || !is_word(w, j)) continue;
    /* selon X / d'après X / Pour X, */
    int selon = (w->feat[j] & QT_SELON) ||
                ((w->feat[j] & QT_DAPRES) && j > 0 && q_tok_is(w, j - 1, "d"));
    int pour =
        (w->feat[j] & QT_POUR) && (w->tok[j].flags & PRESSE_TF_SENT_START);
    if (selon || pour) {
      size_t e;
      int32_t spk = q_speaker_at(w, j + 1, w->ntok, &e);
      if (selon && generic_selon(w, j)) continue;
      if (selon && q_tok_is(w, j + 1, "lui") &&
          (w->tok[j].flags & PRESSE_TF_SENT_START)) {
        /* "Selon lui, ..." opening a sentence: the previous subject (inside
        ** a sentence, "lui" is that sentence's own subject, often no person) */
        spk = q_resolve_pronoun(w, j + 1, 0);
        e = j + 2;
        if (spk < 0) spk = -3;
      }
      if (selon && spk == -1 && j + 1 < w->ntok &&
          (w->word[j + 1] & (QW_DET | QW_POSS)) &&
          !(w->word[j + 1] & QW_PREP)) {
        /* "selon un proche du maire", "d'après un sondage publié ...":
        ** reported speech whose source we cannot name */
        for (e = j + 1; e < w->ntok && e < j + 16 && !w->inq[e] &&
                        w->tok[e].kind != PRESSE_TOK_PUNCT;
             e++)
          ;
        spk = -3;
        /* an apposition naming the source: "D'après son éditeur, X, ..." */
        if (e + 1 < w->ntok && Q_ISPUNCT(w, e, ',') && w->ent[e + 1] >= 0 &&
            w->ents->ent[w->ent[e + 1]].type == PRESSE_PER) {
          size_t l = q_ent_last(w, e + 1);
          if (l + 1 < w->ntok && Q_ISPUNCT(w, l + 1, ','))
            spk = q_entity_speaker(w, w->ent[e + 1], (uint32_t)e + 1);
        }
      }
      if (spk < 0 && (spk != -3 || pour)) continue;
      if (spk < 0) spk = -1; /* "selon le ministre": nobody we can name */
      if (pour &&
          (w->ent[j + 1] < 0 || w->ents->ent[w->ent[j + 1]].type != PRESSE_PER))
        continue;
      /* an apposition: "Selon le président du conseil, Michel Spiro," */
      size_t c0 = selon && q_tok_is(w, j, "après") ? j - 1 : j;
      /* "81 % sont contre, selon un sondage, et ..." closes its clause:
      ** the words before it, run on with no comma, are the reported ones */
      int postposed = 0;
      if (selon && c0 > 0 && is_word(w, c0 - 1)) {
        size_t s0 = sentence_start(w, c0), words = 0;
        for (size_t a = s0; a < c0 && words < 3; a++)
          words += is_word(w, a) && !w->inq[a];
        postposed = words >= 3;
      }
      if (!postposed && e < w->ntok && Q_ISPUNCT(w, e, ',')) {
        size_t k = e + 1;
        /* skip an apposition ending with a comma */
        for (size_t s = k; s < w->ntok && s < k + 12 && !stop_tok(w, s); s++) {
          if (w->inq[s] || w->verb[s] || (w->word[s] & (QW_AUX | QW_AUXPL)))
            break;
          if (Q_ISPUNCT(w, s, ',')) {
            k = s + 1;
            break;
          }
        }
        size_t end = clause_end(w, k);
        if (end > k && !all_quoted(w, k, end, 0))
          if ((rc = q_push_indirect(w, (uint32_t)k, (uint32_t)end, spk,
                                    (uint32_t)c0, (uint32_t)j + 1)))
            return rc;
        j = end > j ? end - 1 : j;
        continue;
      }
      if (selon) {
        size_t s = sentence_start(w, c0);
        if (s < c0 && !all_quoted(w, s, c0, 0))
          if ((rc = q_push_indirect(w, (uint32_t)s, (uint32_t)c0, spk,
                                    (uint32_t)c0, (uint32_t)j + 1)))
            return rc;
      }
      continue;
    }
    size_t last;
    uint16_t vf;
    if (!q_verb_group(w, j, &last, &vf)) continue;
    if (w->tok[j].flags & PRESSE_TF_INVERTED) continue;
    /* "ce qu'il déclare", "les mots qu'il a dits": a relative clause */
    size_t b = j;
    while (b > 0 && (w->word[b - 1] & (QW_IL | QW_ELLE | QW_PRONPL | QW_NEG)))
      b--;
    if (b > 0 && (w->word[b - 1] & QW_QUE)) {
      j = last;
      continue;
    }
    size_t c = last + 1;
    while (c < w->ntok && is_word(w, c) && (w->word[c] & QW_ADV) &&
           !(w->word[c] & (QW_DET | QW_QUE)))
      c++;
    /* "sur le fait que" */
    if (q_tok_is(w, c, "sur") && q_tok_is(w, c + 1, "le") &&
        q_tok_is(w, c + 2, "fait") && (w->word[c + 3] & QW_QUE))
      c += 3;
    /* "estime pour sa part que", "a de son côté affirmé que": a short
    ** adverbial phrase before the que-clause */
    if ((vf & QV_QUE) && c < w->ntok && !(w->word[c] & QW_QUE) &&
        (w->word[c] & (QW_PREP | QW_ADV)))
      for (size_t a = c + 1; a < w->ntok && a < c + 4; a++) {
        if (!is_word(w, a) || w->verb[a] || (w->word[a] & (QW_AUX | QW_AUXPL)))
          break;
        if ((w->word[a] & QW_QUE) && !(w->word[a] & QW_REL)) {
          c = a;
          break;
        }
      }
    size_t where;
    int32_t spk;
    size_t start = c;
    if (c < w->ntok && (w->word[c] & QW_QUE) && !(w->word[c] & QW_REL) &&
        (vf & (QV_QUE | QV_WEAK))) {
      start = c + 1;
    } else if (c < w->ntok && (vf & QV_OBJ) && !(vf & QV_PL) &&
               !(vf & QV_GER) && (w->word[c] & (QW_DET | QW_POSS)) &&
               !(w->word[c] & QW_PREP)) {
      start = c;
    } else if (c < w->ntok && (vf & QV_INF) && !(vf & QV_PL) && is_word(w, c) &&
               (w->verb[c] & QV_INFIN || q_tok_is(w, c, "avoir") ||
                q_tok_is(w, c, "être"))) {
      start = c;
    } else if (c < w->ntok && Q_ISPUNCT(w, c, '.') && j > 1 &&
               Q_ISPUNCT(w, j - 1, ',') && !(vf & QV_GER)) {
      /* nothing after the verb: maybe a postposed cue, handled below */
      start = Q_NONE;
    } else {
      /* postposed: "CLAUSE, a indiqué X." */
      size_t e;
      if (j > 0 && Q_ISPUNCT(w, j - 1, ',') && (vf & QV_INCISE)) {
        spk = q_speaker_at(w, c, w->ntok, &e);
        if (spk < 0 && spk != -3 && c < w->ntok &&
            (w->word[c] & (QW_DET | QW_POSS))) {
          /* a subject noun group we cannot name: the span still counts */
          for (e = c; e < w->ntok && e < c + 8 && is_word(w, e); e++)
            ;
          spk = -3;
        }
        if (spk >= 0 || spk == -3) {
          if (e < w->ntok && stop_tok(w, e)) {
            size_t s = sentence_start(w, j - 1);
            /* "…, nous entendîmes : « … », répondit X": the cue belongs
            ** to a quotation announced by a colon, nothing is reported */
            size_t qb = j - 1;
            if (qb > 0 && w->inq[qb - 1]) {
              /* (the first part of a dialogue split at "! —" has the mark) */
              size_t qi = w->inq[qb - 1] - 1;
              while (qi > 0 && w->dq[qi].open == Q_NONE &&
                     w->dq[qi - 1].t1 + 1 == w->dq[qi].t0)
                qi--;
              const qdirect *d = &w->dq[qi];
              size_t o = d->open != Q_NONE ? d->open : d->t0;
              if (o > 0 && Q_ISPUNCT(w, o - 1, ':')) s = j - 1;
            }
            if (s + 1 < j - 1 && !all_quoted(w, s, j - 1, 0) &&
                (rc = q_push_indirect(w, (uint32_t)s, (uint32_t)(j - 1),
                                      spk < 0 ? -1 : spk, (uint32_t)j,
                                      (uint32_t)last + 1)))
              return rc;
          }
        }
      }
      j = last;
      continue;
    }
    if (start == Q_NONE) {
      j = last;
      continue;
    }
    size_t end = clause_end(w, start);
    if (end <= start ||
        all_quoted(w, start, end, start == c && !(w->word[c] & QW_QUE))) {
      j = last;
      continue;
    }
    spk = q_subject_before(w, j, &where);
    if ((vf & QV_GER) && spk < 0) {
      /* "précisant que": the speaker of the sentence's main verb */
      for (size_t q = w->niq; q-- > 0;) {
        if (w->iq[q].t1 + 2 >= j && w->iq[q].t0 < j) spk = w->iq[q].spk;
        break;
      }
    }
    if ((rc = q_push_indirect(w, (uint32_t)start, (uint32_t)end, spk,
                              (uint32_t)j, (uint32_t)last + 1)))
      return rc;
    j = last;
  }
  return PRESSE_OK;
}
