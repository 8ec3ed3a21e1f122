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

#include "lex_dates_weekdays.h"
#include "lex_selon_generic.h"

#include <string.h>

/* A clause or sentence is read over at most this many tokens: news
** sentences are far shorter, and every cue of a text with no full stop
** would otherwise scan the whole of it (quadratic time). */
#define Q_CLAUSE_MAX 400

static int is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

/* Inlined: the clause scans call it on every token they pass. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
stop_tok(const qwork *w, size_t i) {
  return !w->inq[i] && (Q_ISPUNCT(w, i, '.') || Q_ISPUNCT(w, i, '!') ||
                        Q_ISPUNCT(w, i, '?') || Q_ISPUNCT(w, i, ';'));
}

/* The parentheses left open in [t0, t1): a ")" ending the span closes
** one of them and stays ("… (au lieu de 2 millions)"). */
static int open_parens(const qwork *w, size_t t0, size_t t1) {
  int depth = 0;
  for (size_t k = t0; k < t1; k++)
    depth += Q_ISPUNCT(w, k, '(') - Q_ISPUNCT(w, k, ')');
  return depth;
}

int q_push_indirect(qwork *w, uint32_t t0, uint32_t t1, int32_t spk,
                    uint32_t cue0, uint32_t cue1) {
  int depth = -1; /* counted once, at the first ")" */
  while (t1 > t0 && w->tok[t1 - 1].kind == PRESSE_TOK_PUNCT &&
         !w->inq[t1 - 1]) {
    if (Q_ISPUNCT(w, t1 - 1, ')')) {
      if (depth < 0)
        depth = open_parens(w, t0, t1) + 1; /* before it */
      else
        depth++;
      if (depth > 0) break;
    }
    t1--;
  }
  if (t1 <= t0) return PRESSE_OK;
  if (w->niq == w->capiq) {
    size_t cap = w->capiq ? 2 * w->capiq : 16;
    qindirect *p = w->mem->xRealloc(w->mem->ctx, w->iq, cap * sizeof *p);
    if (!p) return PRESSE_ENOMEM;
    w->iq = p;
    w->capiq = cap;
  }
  if (w->niq && t0 < w->iq[w->niq - 1].t0) w->iq_unsorted = 1;
  if (t1 - t0 > w->iq_maxlen) w->iq_maxlen = t1 - t0;
  qindirect *q = &w->iq[w->niq++];
  q->t0 = t0;
  q->t1 = t1;
  q->spk = spk;
  q->cue0 = cue0;
  q->cue1 = cue1;
  q->how = spk >= 0 ? w->how : 0; /* QH_* of the group just resolved */
  /* the pronoun that named the speaker, when it stands in the report's
  ** sentence: resolved again once the direct quotations have speakers */
  q->pron = Q_NONE;
  q->pfem = 0;
  if (spk >= 0 && w->how == QH_PRONOUN && w->pron_at < w->ntok &&
      w->pron_at < t1 && w->para[w->pron_at] == w->para[t0] &&
      w->tok[w->pron_at].sent + 1 >= w->tok[t0].sent) {
    q->pron = w->pron_at;
    q->pfem = w->pron_fem;
  }
  w->pron_at = Q_NONE;
  return PRESSE_OK;
}

size_t q_iq_end(const qwork *w, size_t at) {
  if (w->iq_unsorted) return w->niq;
  return q_first_from(w->iq, w->niq, sizeof *w->iq, at);
}

static int ind_verb_group(const qwork *w, size_t j, size_t *last, uint16_t *vf);

static int speech_bits(uint16_t v) {
  return (v & (QV_QUE | QV_OBJ | QV_INF | QV_INCISE | QV_WEAK)) != 0;
}

/* Punctuation glued to the words on both sides ("2019-2020", "24/7"):
** inside a noun group, no boundary. */
static int glued_punct(const qwork *w, size_t i) {
  return i > 0 && i + 1 < w->ntok && w->tok[i].kind == PRESSE_TOK_PUNCT &&
         w->tok[i].b0 == w->tok[i - 1].b1 && w->tok[i + 1].b0 == w->tok[i].b1;
}

/* A past participle of speech with a content (que-clause, object,
** infinitive, call, de) not agreed: coordinated with an auxiliary said
** before it ("a jugé le projet « irresponsable » et affirmé que …"), not
** an adjective or a passive ("une décision annoncée et confirmée"). */
static int bare_participle(const qwork *w, size_t i) {
  if (i >= w->ntok || w->inq[i] || !(w->verb[i] & QV_PART) ||
      !(w->verb[i] & (QV_QUE | QV_OBJ | QV_INF | QV_A | QV_DE)))
    return 0;
  const char *t = w->text + w->tok[i].b0;
  size_t n = w->tok[i].b1 - w->tok[i].b0;
  /* é is two bytes: "ée", "és" end with 0xA9 then e or s */
  return !(n >= 3 && (t[n - 1] == 'e' || t[n - 1] == 's') &&
           (unsigned char)t[n - 2] == 0xA9);
}

/* "X a nié toute implication et accusé Y de …": the participle coordinated
** with the verb group ending at j, the auxiliary not repeated (no other
** auxiliary between them), in the same sentence. Its token, or Q_NONE. */
static size_t coordinated_participle(const qwork *w, size_t j) {
  /* run for every auxiliary: the bits of each token first, the words and
  ** the punctuation only where they may matter */
  for (size_t k = j + 1, n = 0; k + 1 < w->ntok && n < 16; k++, n++) {
    if (w->inq[k]) { /* a quotation counts as one word */
      const qdirect *d = &w->dq[w->inq[k] - 1];
      if (d->close != Q_NONE && d->close > k) k = d->close;
      continue;
    }
    uint16_t wd = w->word[k];
    if (wd & QW_COORD) {
      if (bare_participle(w, k + 1) && q_and(w, k)) return k + 1;
    } else if ((wd & (QW_AUX | QW_AUXPL)) || (w->verb[k] & QV_FIN)) {
      return Q_NONE;
    } else if (w->tok[k].kind == PRESSE_TOK_PUNCT && stop_tok(w, k)) {
      return Q_NONE;
    }
  }
  return Q_NONE;
}

/* A second speech verb of the same subject, coordinated at k (", mais a
** souligné que", "et a ajouté"): the first clause ends there. */
static int coordinated_cue(const qwork *w, size_t k) {
  /* "a nié toute faute en affirmant que …": en + a speech
  ** gerund reports on its own */
  if (q_gerund_en(w, k) && k + 1 < w->ntok && !w->inq[k + 1] &&
      (w->verb[k + 1] & QV_GER) && speech_bits(w->verb[k + 1]))
    return 1;
  size_t v = k;
  if (Q_ISPUNCT(w, k, ',')) v++;
  int coord = v < w->ntok && is_word(w, v) && (w->word[v] & QW_COORD);
  v += coord;
  if (v == k || v >= w->ntok || w->inq[v]) return 0;
  size_t last;
  uint16_t vf;
  /* ", précisant que …": a gerund after a comma */
  if (v == k + 1 && (w->verb[v] & QV_GER) &&
      (w->verb[v] & (QV_QUE | QV_OBJ | QV_INF | QV_INCISE | QV_WEAK)))
    return 1;

  /* "a jugé le projet « irresponsable » et affirmé que" */
  if (coord && q_and(w, v - 1) && bare_participle(w, v)) return 1;
  /* "X, principale coalition, a appelé": a comma alone closes an
  ** apposition */
  if (coord && (w->word[v] & (QW_AUX | QW_AUXPL)))
    return ind_verb_group(w, v, &last, &vf);
  /* "…, mais il a ajouté que": a subject pronoun, then a speech verb */
  return coord && (w->word[v] & (QW_IL | QW_ELLE | QW_PRONPL)) &&
         !(w->tok[v].flags & PRESSE_TF_INVERTED) && v + 1 < w->ntok &&
         ind_verb_group(w, v + 1, &last, &vf) && speech_bits(w->verb[last]);
}

/* End of the clause starting at c: the end of its sentence, quotations
** included; a colon announcing a quotation ends it too, and so does a
** coordinated speech verb. */
static size_t clause_end(const qwork *w, size_t c) {
  size_t k = c;
  while (k < w->ntok && k < c + Q_CLAUSE_MAX && w->para[k] == w->para[c] &&
         !stop_tok(w, k)) {
    if (!w->inq[k] && Q_ISPUNCT(w, k, ':') && k + 1 < w->ntok && w->inq[k + 1])
      break;
    /* a quotation closing its sentence inside the marks ("« … ! » Le
    ** porte-parole …"): the next sentence is not reported */
    if (k > c && !w->inq[k] && (w->tok[k].flags & PRESSE_TF_SENT_START)) break;
    if (k > c && !w->inq[k] && coordinated_cue(w, k)) break;
    k++;
  }
  return k;
}

/* The end of a clause at its first comma outside quotations (a gerund
** opening the sentence: "Estimant que X, il a voté contre"). */
static size_t clause_end_comma(const qwork *w, size_t c) {
  size_t e = clause_end(w, c);
  for (size_t k = c; k < e; k++)
    if (!w->inq[k] && Q_ISPUNCT(w, k, ',')) return k;
  return e;
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

/* Whether [s, e), the words before a postposed cue, hold a quotation set
** off by commas ("Outre les travaux, « nous rénoverons … »", "« … »,
** y compris le coût …"): the quotation is what was said, the words
** around it a frame; it is a direct quote only. */
static int detached_quote(const qwork *w, size_t s, size_t e) {
  for (size_t k = s; k < e; k++) {
    if (!w->inq[k]) continue;
    const qdirect *d = &w->dq[w->inq[k] - 1];
    if (d->open == Q_NONE || d->close == Q_NONE || d->close >= e) return 0;
    int before =
        d->open == s || (d->open > s && Q_ISPUNCT(w, d->open - 1, ','));
    int after = d->close + 1 >= e || Q_ISPUNCT(w, d->close + 1, ',');
    size_t words = 0;
    for (size_t a = d->t0; a < d->t1 && words < 3; a++)
      words += is_word(w, a);
    if (before && after && words >= 3) return 1;
    k = d->close;
  }
  return 0;
}

static size_t sentence_start(const qwork *w, size_t i) {
  size_t s = i;
  while (s > 0 && i - s < Q_CLAUSE_MAX && w->para[s - 1] == w->para[i] &&
         !stop_tok(w, s - 1))
    s--;
  return s;
}

int32_t q_subject_before(qwork *w, size_t v, size_t *where);

/* "selon les cas", "selon les régions": "depending on", no speech. */
static int generic_selon(const qwork *w, size_t j) {
  size_t k = j + 1;
  if (k < w->ntok && (w->word[k] & QW_DET)) k++;
  if (k >= w->ntok || !is_word(w, k)) return 0;
  char buf[64];
  size_t n = q_tok_fold(w, k, buf);
  return n && presse_lex_find(&lex_selon_generic, buf, n) != NULL;
}

/* A speech-verb group for reported speech: q_verb_group, where a light
** verb with its infinitive governs a que-clause ("a fait savoir que",
** "a laissé entendre que"), and a light verb before a speech infinitive
** ("fait remarquer que", "vient d'annoncer que"). */
static int ind_verb_group(const qwork *w, size_t j, size_t *last,
                          uint16_t *vf) {
  if (q_verb_group(w, j, last, vf)) {
    if (!speech_bits(*vf)) *vf |= QV_QUE | QV_INCISE;
    return 1;
  }
  if (!is_word(w, j)) return 0;
  size_t k = j;
  uint16_t pl = 0;
  if (w->word[j] & (QW_AUX | QW_AUXPL)) {
    pl = w->word[j] & QW_AUXPL ? QV_PL : 0;
    k = j + 1;
    while (k < w->ntok && k < j + 4 && is_word(w, k) && (w->word[k] & QW_ADV) &&
           !w->verb[k])
      k++;
    if (k >= w->ntok || !(w->verb[k] & QV_PART)) return 0;
  } else if (!(w->verb[j] & QV_FIN)) {
    return 0;
  } else {
    pl = w->verb[j] & QV_PL;
  }
  if (speech_bits(w->verb[k])) return 0; /* not a light verb */
  size_t v = k + 1;
  /* "a fait état de", "fait part de": a light verb and its noun
  ** (data/quote_words.txt) report what follows de */
  if (v + 1 < w->ntok && is_word(w, v) && (w->word[v] & QW_LIGHTN) &&
      q_de_word(w, v + 1)) {
    *last = v;
    *vf = (uint16_t)(QV_OBJ | QV_DE | QV_FIN | pl);
    return 1;
  }
  if (v < w->ntok && q_elided_de(w, v)) v++;
  if (v >= w->ntok || !(w->verb[v] & QV_INFIN) || !speech_bits(w->verb[v]))
    return 0;
  *last = v;
  *vf = (uint16_t)((w->verb[v] & ~QV_INFIN) | QV_FIN | pl);
  return 1;
}

/* Inside the sentence, an inverted cue between commas with no quotation
** ("Contrairement aux discours, appuie-t-il, le français recule."): the
** sentence is reported speech of the pronoun's antecedent. */
static int inverted_incise(qwork *w, size_t j, size_t last, size_t *next) {
  *next = last;
  /* after a comma, or right after a closing mark when it ends the
  ** sentence ("… « selon les prévisions » a-t-il précisé.") */
  int closed = j > 0 && (w->feat[j - 1] & QT_CLOSE);
  if (j == 0 || !(Q_ISPUNCT(w, j - 1, ',') || closed) || last + 1 >= w->ntok ||
      !(Q_ISPUNCT(w, last + 1, ',') || stop_tok(w, last + 1)))
    return PRESSE_OK;
  size_t s = sentence_start(w, j - 1), e = clause_end(w, last + 1);
  int final = e == last + 1; /* the cue closes the sentence */
  if (closed && !final) return PRESSE_OK;
  /* two words at least before it: "Il est, disent-ils, trop tôt …" */
  if (s + 1 >= j - 1) return PRESSE_OK;
  if (final) {
    /* "…, a-t-il précisé.": the words before it, unless they are one
    ** quotation or a quotation announced by a colon */
    if (all_quoted(w, s, j, 0) || detached_quote(w, s, j - 1)) return PRESSE_OK;
    for (size_t k = s; k < j; k++)
      if (w->inq[k] && k > 0 && Q_ISPUNCT(w, k - 1, ':')) return PRESSE_OK;
  } else {
    for (size_t k = s; k < e; k++)
      if (w->inq[k]) return PRESSE_OK; /* the attribution of a quotation */
  }
  /* "dit-on": nobody in particular */
  const presse_token *t = &w->tok[j];
  if (t->b1 - t->b0 > 3 && !memcmp(w->text + t->b1 - 3, "-on", 3))
    return PRESSE_OK;
  int32_t spk = q_resolve_pronoun(w, j, (w->word[j] & QW_ELLE) != 0);
  *next = e > last ? e - 1 : last;
  /* a cue closing the sentence is not reported */
  if (final) e = j;
  return q_push_indirect(w, (uint32_t)s, (uint32_t)e, spk < 0 ? -1 : spk,
                         (uint32_t)j, (uint32_t)last + 1);
}

/* Whether the words from c to the end of the sentence hold no verb nor
** quotation: a complement or an apposition after a postposed cue's
** subject ("…, a annoncé X, le président de la banque.", "…, a révélé
** son entraîneur à la radio, à la demande des joueurs."). */
static int verbless_to_end(const qwork *w, size_t c, size_t max) {
  for (size_t k = c; k < w->ntok && k < c + max; k++) {
    if (stop_tok(w, k)) return 1;
    /* a verb form after a determiner is a noun: "à la demande de" */
    int verb = w->verb[k] && !(k > c && (w->word[k - 1] & (QW_DET | QW_POSS)));
    if (w->inq[k] || verb || (w->word[k] & (QW_AUX | QW_AUXPL | QW_QUE)))
      return 0;
    if (w->tok[k].kind == PRESSE_TOK_PUNCT && !Q_ISPUNCT(w, k, ',') &&
        !Q_ISPUNCT(w, k, '-') && !Q_ISPUNCT(w, k, '(') && !Q_ISPUNCT(w, k, ')'))
      return 0;
  }
  return 0;
}

/* The same with a noun subject after the verb ("Par ailleurs, poursuit
** l'ancienne présidente, le budget …"): a finite incise verb between commas,
** its subject a name or a function or institution group closed by the
** second comma. Returns 1 when it pushed the report, [*next] its end. */
static int noun_incise(qwork *w, size_t j, size_t c, size_t *next, int *rc) {
  *rc = PRESSE_OK;
  if (j == 0 || !Q_ISPUNCT(w, j - 1, ',') || !(w->verb[j] & QV_FIN) ||
      c >= w->ntok)
    return 0;
  int named = w->ent[c] >= 0 && w->ents->ent[w->ent[c]].type != PRESSE_LOC;
  int title = (w->word[c] & (QW_DET | QW_POSS)) && c + 1 < w->ntok &&
              (w->feat[c + 1] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP));
  if (!named && !title) return 0;
  size_t e;
  int32_t spk = q_speaker_at(w, c, w->ntok, &e);
  if ((spk < 0 && spk != -3) || e >= w->ntok || !Q_ISPUNCT(w, e, ',')) return 0;
  size_t s = sentence_start(w, j - 1), end = clause_end(w, e + 1);
  if (s + 1 >= j - 1 || end <= e + 1) return 0;
  /* "…, ajoute X, ancien maire de Brest.": an apposition, not the rest of
  ** the reported sentence (the postposed cue below) */
  for (size_t a = e + 1; a < end && a < e + 4; a++)
    if ((w->feat[a] & (QT_TITLE_M | QT_TITLE_F)) && verbless_to_end(w, a, 24))
      return 0;
  for (size_t k = s; k < end; k++)
    if (w->inq[k]) return 0; /* the attribution of a quotation */
  *next = end - 1;
  *rc = q_push_indirect(w, (uint32_t)s, (uint32_t)end, spk < 0 ? -1 : spk,
                        (uint32_t)j, (uint32_t)j + 1);
  return 1;
}

/* A noun group at c that ends its sentence, maybe with a complement: the
** subject of a postposed cue ("…, a annoncé le maire Paul Roux."), not an
** object. */
static int subject_to_end(const qwork *w, size_t c) {
  if (c >= w->ntok || w->inq[c]) return 0;
  int named = w->ent[c] >= 0 && w->ents->ent[w->ent[c]].type != PRESSE_LOC;
  int title = (w->word[c] & (QW_DET | QW_POSS)) && c + 1 < w->ntok &&
              (w->feat[c + 1] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP));
  if (!named && !title) return 0;
  return verbless_to_end(w, c, 24);
}

/* ", qui" at e: a relative on the noun group before it ("…, a confirmé la
** préfecture, qui précise …", "…, selon la CGT, qui réclame …"): that
** group ends the reported clause's attribution. */
static int subject_relative(const qwork *w, size_t e) {
  return e + 1 < w->ntok && Q_ISPUNCT(w, e, ',') &&
         q_subject_relative(w, e + 1);
}

/* A date opening an adverbial phrase: "ce jeudi", "le 12 mars". */
static int date_phrase(const qwork *w, size_t c) {
  if (!(w->word[c] & QW_DET) || c + 1 >= w->ntok) return 0;
  if (w->tok[c + 1].kind == PRESSE_TOK_NUMBER) return 1;
  if (!is_word(w, c + 1)) return 0;
  char buf[32];
  size_t n = q_fold(w->text + w->tok[c + 1].b0,
                    w->tok[c + 1].b1 - w->tok[c + 1].b0, buf, sizeof buf);
  return n && presse_lex_find(&lex_dates_weekdays, buf, n) != NULL;
}

/* A word that reads as an infinitive: -er, -ir, -re. */
static int infinitive_like(const qwork *w, size_t i) {
  if (!is_word(w, i) || (w->tok[i].flags & PRESSE_TF_UPPER)) return 0;
  const char *t = w->text + w->tok[i].b0;
  size_t n = w->tok[i].b1 - w->tok[i].b0;
  if (n < 4) return 0;
  return !memcmp(t + n - 2, "er", 2) || !memcmp(t + n - 2, "ir", 2) ||
         !memcmp(t + n - 2, "re", 2);
}

/* Whether an infinitive clause opens at c after a verb governing one
** (QV_INF: "dit vouloir revenir", "affirme disposer de", "dit ne pas en
** vouloir", "dit s'attendre à", "dit y avoir découvert", "a confié
** travailler à"): negation and clitic pronouns first, maybe a quotation
** mark, then a word that reads as an infinitive and no list knows (not
** "hier", "contre", "notre"). The caller asks for a verb of speech that
** also makes a cue (QV_INCISE), not negated: "souhaite profiter de",
** "n'a pas souhaité s'exprimer" state a wish, nothing said. */
static int inf_clause(const qwork *w, size_t c) {
  size_t k = c;
  if (q_negation(w, k)) {
    k++;
    if (k < w->ntok && (w->word[k] & QW_NEG)) k++;
  }
  for (int n = 0; n < 2 && k < w->ntok; n++)
    if (q_infinitive_clitic(w, k)) k++;
  /* l', le, la, les are articles too ("a déclaré la commissaire"): an
  ** object pronoun only before avoir / être ("dit l'avoir vu") */
  if (q_object_pronoun(w, k) && q_infinitive_aux(w, k + 1)) return 1;
  if (k > c && k < w->ntok && (w->feat[k] & QT_OPEN)) k++;
  if (k >= w->ntok) return 0;
  if (q_infinitive_aux(w, k)) return 1;
  /* "Que vous a dit votre père ?": possessives no list holds */
  if (q_our_your(w, k)) return 0;
  return infinitive_like(w, k) && !w->word[k] &&
         !(w->feat[k] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP));
}

/* The content of a call ("a appelé l'ONU à privilégier le dialogue", "a
** appelé à ce que les auteurs soient jugés"): the token after "à" (after
** "à ce que"), within a short object; 0 when there is none. */
static size_t call_content(const qwork *w, size_t c) {
  for (size_t a = c; a < w->ntok && a < c + 12; a++) {
    if (w->inq[a] || stop_tok(w, a) || w->verb[a] ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE)))
      return 0;
    if (!q_accented_a(w, a)) continue;
    size_t v = a + 1;
    if (q_ce(w, v) && v + 1 < w->ntok && (w->word[v + 1] & QW_QUE))
      return v + 2;
    /* "appelé les parties à « respecter … »": the call quoted; its
    ** content starts with the object (its first word is inside marks) */
    if (v + 1 < w->ntok && (w->feat[v] & QT_OPEN)) {
      size_t x = v + 1;
      if (q_ne_pas(w, x)) x += 2;
      return infinitive_like(w, x) ? c : 0;
    }
    if (q_ne_pas(w, v)) v += 2;
    return infinitive_like(w, v) ? v : 0;
  }
  return 0;
}

/* "Le stade fermera en mai. C'est ce qu'a annoncé X.", "Voilà ce
** qu'affirme X.": the relative at b (after "c'est ce que" / "voilà ce
** que" opening the sentence) reports the sentence before it, said by the
** subject after the verb group [j, last]. */
static int cest_ce_que(qwork *w, size_t b, size_t j, size_t last) {
  if (b < 3 || !q_ce(w, b - 2)) return PRESSE_OK;
  size_t o; /* the first word of the sentence */
  if (b >= 4 && q_is_word_est(w, b - 3) && q_elided_ce(w, b - 4))
    o = b - 4;
  else if (q_voila(w, b - 3))
    o = b - 3;
  else
    return PRESSE_OK;
  if (!(w->tok[o].flags & PRESSE_TF_SENT_START) || o < 2 ||
      !stop_tok(w, o - 1) || w->para[o - 1] != w->para[o])
    return PRESSE_OK;
  size_t e = last + 1;
  int32_t spk;
  if (b < j && (w->word[b] & (QW_IL | QW_ELLE))) /* "C'est ce qu'il a dit." */
    spk = q_resolve_pronoun(w, b, (w->word[b] & QW_ELLE) != 0);
  else if ((spk = q_speaker_at(w, last + 1, w->ntok, &e)) < 0 && spk != -3)
    return PRESSE_OK;
  if (e >= w->ntok || !verbless_to_end(w, e, 24)) return PRESSE_OK;
  size_t pe = o - 1, ps = sentence_start(w, pe - 1);
  if (ps + 2 >= pe || all_quoted(w, ps, pe, 0)) return PRESSE_OK;
  if (w->niq && w->iq[w->niq - 1].t1 > ps) return PRESSE_OK; /* reported */
  return q_push_indirect(w, (uint32_t)ps, (uint32_t)pe, spk < 0 ? -1 : spk,
                         (uint32_t)j, (uint32_t)last + 1);
}

/* The content of a de-complement (QV_DE): right after the verb ("se plaint
** des horaires", "a fait état de trois blessés"), or an object followed
** within a few words by de + infinitive ("accusent la mairie d'avoir
** ignoré les plaintes"): its first token, Q_NONE when there is none. */
static size_t de_content(const qwork *w, size_t c) {
  if (c >= w->ntok || w->inq[c]) return Q_NONE;
  if (q_de_word(w, c)) return c;
  if (!(w->word[c] & (QW_DET | QW_POSS)) && w->ent[c] < 0) return Q_NONE;
  for (size_t a = c + 1; a < w->ntok && a < c + 16; a++) {
    if (w->inq[a] || stop_tok(w, a) || w->verb[a] ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE)))
      return Q_NONE;
    /* "accusé Israël de “chercher un prétexte”": the mark before it */
    size_t v = a + 1 + (a + 2 < w->ntok && (w->feat[a + 1] & QT_OPEN));
    if (q_de(w, a) && (infinitive_like(w, v) || q_infinitive_aux(w, v)))
      return c;
  }
  return Q_NONE;
}

/* "a demandé aux habitants de rejoindre les abris", "reproche à la
** majorité d'avoir ignoré …": an indirect object then de + infinitive
** (an order, a request, a reproach), for a verb whose object is the
** content. Its first token (the à), Q_NONE when there is none. */
static size_t a_de_content(const qwork *w, size_t c) {
  if (!q_dative(w, c)) return Q_NONE;
  for (size_t a = c + 1; a + 1 < w->ntok && a < c + 16; a++) {
    if (w->inq[a] || stop_tok(w, a) || w->verb[a] ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE)))
      return Q_NONE;
    if (q_de(w, a) && inf_clause(w, a + 1)) return c;
  }
  return Q_NONE;
}

/* Whether the verb group at j is negated: ne / n' before it, maybe with an
** object pronoun between ("ne l'a pas dit"). */
static int negated(const qwork *w, size_t j) {
  size_t k = j;
  if (k > 0 && q_pre_verb_object(w, k - 1)) k--;
  return k > 0 && q_negation(w, k - 1);
}

/* Whether a negation word (pas, jamais, plus) sits in [j, last]. */
static int neg_word_in(const qwork *w, size_t j, size_t last) {
  for (size_t k = j; k <= last && k < w->ntok; k++)
    if (is_word(w, k) && (w->word[k] & QW_NEG)) return 1;
  return 0;
}

/* Whether the verb group at j is pronominal: "s'est dit", "se dit". */
static int reflexive_before(const qwork *w, size_t j) {
  return j > 0 && q_reflexive(w, j - 1);
}

/* A word that may open an attribute ("satisfait", "prêt", "favorable"): a
** lowercase word that no list knows as a determiner, preposition,
** pronoun, que or auxiliary. */
static int attribute_word(const qwork *w, size_t c) {
  return is_word(w, c) && !w->inq[c] && !(w->tok[c].flags & PRESSE_TF_UPPER) &&
         !(w->word[c] & (QW_DET | QW_PREP | QW_QUE | QW_AUX | QW_AUXPL | QW_IL |
                         QW_ELLE | QW_PRONPL | QW_REL | QW_NEG | QW_POSS));
}

/* "Selon l'AFP, le conseil a appelé …", "D'après la police, le suspect a
** reconnu …": a speech verb in the clause [k, end) whose subject is after
** the source (from on: an apposition skipped before k may be that subject)
** says the words; the source of selon only relays them. Its speaker
** (w->how set), or -1. */
static int32_t relayed_speaker(qwork *w, size_t from, size_t k, size_t end) {
  for (size_t t = k; t < end && t < k + 24; t++) {
    if (w->inq[t] || !is_word(w, t)) continue;
    if (!(w->word[t] & (QW_AUX | QW_AUXPL)) && !(w->verb[t] & QV_FIN)) continue;
    size_t last, at = Q_NONE;
    uint16_t vf;
    if (!ind_verb_group(w, t, &last, &vf)) continue;
    if ((vf & (QV_WEAK | QV_GER)) ||
        !(vf & (QV_QUE | QV_OBJ | QV_INF | QV_A | QV_DE)) ||
        (w->tok[t].flags & PRESSE_TF_INVERTED))
      return -1;
    int32_t s = q_subject_before(w, t, &at);
    return s >= 0 && at != Q_NONE && at >= from ? s : -1;
  }
  return -1;
}

/* "Du côté de la mairie, on assure que …", "Chez Vélomax, on affirme que
** …": the subject "on" at token o speaks for the group its sentence opens
** with. Its speaker, or -1. */
static int32_t on_side_of(qwork *w, size_t o) {
  size_t s = sentence_start(w, o), g;
  if (q_chez(w, s))
    g = s + 1;
  else if (q_side_locution(w, s) && q_de(w, s + 2))
    g = s + 3;
  else if (q_side_locution(w, s) && q_de_article(w, s + 2))
    g = s + 2;
  else
    return -1;
  size_t e;
  if (g >= o) return -1;
  int32_t spk = q_speaker_at(w, g, o, &e);
  return spk >= 0 && e + 1 == o && Q_ISPUNCT(w, e, ',') ? spk : -1;
}

/* Whether the comma at token k closes a relative opened after a noun group
** that opens its sentence ("X, qui organise la collecte depuis dix ans, a
** lancé un appel"): the verb after it is X's, no postposed cue of the
** words before ("La mairie a fermé la piscine, qui devient un parking, a
** annoncé X" has a verb before the relative: a clause, reported). */
static int after_relative(const qwork *w, size_t k) {
  size_t c = k;
  while (c > 0 && k - c < 20 && !Q_ISPUNCT(w, c - 1, ',') && !w->inq[c - 1] &&
         w->tok[c - 1].kind == PRESSE_TOK_WORD)
    c--;
  if (!(c > 0 && c < k && Q_ISPUNCT(w, c - 1, ',') && q_subject_relative(w, c)))
    return 0;
  for (size_t a = sentence_start(w, c - 1); a + 1 < c; a++)
    if (w->inq[a] || (w->word[a] & (QW_AUX | QW_AUXPL)) ||
        (w->verb[a] & QV_FIN))
      return 0;
  return 1;
}

int q_indirect(qwork *w) {
  int rc;
  size_t ci = 0; /* in w->cand */
  /* a participle coordinated with the auxiliary at coord_aux, visited as
  ** a verb group of its own (no candidate of q_lex_features) */
  size_t coord = Q_NONE, coord_aux = 0;
  for (size_t j = 0; j < w->ntok; j++) {
    /* Most words start nothing below: no selon / d'après / pour, not
    ** "avis", no verb group. Only the candidates of q_lex_features are
    ** visited. */
    while (ci < w->ncand && w->cand[ci] < j)
      ci++;
    if (coord != Q_NONE && coord < j) coord = Q_NONE;
    if (ci == w->ncand && coord == Q_NONE) break;
    j = coord != Q_NONE && (ci == w->ncand || coord < w->cand[ci])
            ? coord
            : w->cand[ci];
    if (w->inq[j] || !is_word(w, j)) continue;
    /* selon X / d'après X / Pour X, */
    int selon = (w->feat[j] & QT_SELON) ||
                ((w->feat[j] & QT_DAPRES) && j > 0 && q_elided_de(w, j - 1));
    int pour =
        (w->feat[j] & QT_POUR) && (w->tok[j].flags & PRESSE_TF_SENT_START);
    /* "De l'avis de X, …", "De l'opinion de X, …": like d'après (the
    ** nouns of data/quote_cues.txt) */
    size_t g = j + 1; /* first token of the source */
    int noun = 0;
    /* "Aux yeux de X, …" too; the words are read only after the feature
    ** bit, which most candidates lack */
    if (!selon && !pour && j >= 1 && (w->feat[j] & QT_DAPRES) &&
        ((j >= 2 && q_elided_article(w, j - 1) && q_de_whole(w, j - 2)) ||
         q_aux(w, j - 1)) &&
        j + 1 < w->ntok) {
      if (q_de(w, j + 1))
        selon = noun = 1, g = j + 2;
      else if (w->word[j + 1] & QW_DET)
        selon = noun = 1;
    }
    /* "À ses yeux, …", "À son avis, …" opening a sentence: the view of
    ** the last person quoted */
    if (!selon && !pour && (w->feat[j] & QT_DAPRES) && j >= 2 &&
        (w->word[j - 1] & QW_POSS) && q_a_preposition(w, j - 2) &&
        (w->tok[j - 2].flags & PRESSE_TF_SENT_START) && j + 2 < w->ntok &&
        Q_ISPUNCT(w, j + 1, ',')) {
      size_t k = j + 2, end = clause_end(w, k);
      int32_t spk = q_last_speaker(w, j, 0);
      /* before the direct quotes are attributed: the person a pronoun
      ** would designate, of either gender */
      if (spk < 0) spk = q_resolve_pronoun(w, j - 1, 0);
      if (spk < 0) spk = q_resolve_pronoun(w, j - 1, 1);
      if (spk >= 0 && end > k && !all_quoted(w, k, end, 0)) {
        w->how = QH_PRONOUN;
        /* the possessive, resolved again with the quotations' speakers */
        w->pron_at = (uint32_t)(j - 1);
        w->pron_fem = Q_PRON_POSS;
        if ((rc = q_push_indirect(w, (uint32_t)k, (uint32_t)end, spk,
                                  (uint32_t)(j - 2), (uint32_t)(j + 1))))
          return rc;
        j = end - 1;
      }
      continue;
    }
    if (pour && g < w->ntok) {
      /* "Pour le collectif, …", "Pour le ministre, …": a person, an
      ** organisation, a title or institution group, never "pour la
      ** première fois", "pour l'instant", "pour sa part" */
      size_t n = g; /* "Pour la CGT, …": the article of a name */
      if ((w->word[g] & QW_DET) && !(w->word[g] & QW_PREP) && g + 1 < w->ntok &&
          w->ent[g + 1] >= 0)
        n = g + 1;
      /* "Pour sa collègue X, …", "Pour le critique X, …": a noun then the
      ** name */
      if ((w->word[g] & (QW_POSS | QW_DET)) && !(w->word[g] & QW_PREP) &&
          g + 2 < w->ntok && w->ent[g + 1] < 0 && is_word(w, g + 1) &&
          w->ent[g + 2] >= 0 && w->ents->ent[w->ent[g + 2]].type == PRESSE_PER)
        n = g + 2;
      int named =
          w->ent[n] >= 0 && (w->ents->ent[w->ent[n]].type == PRESSE_PER ||
                             w->ents->ent[w->ent[n]].type == PRESSE_ORG);
      int group = (w->word[g] & QW_DET) && g + 1 < w->ntok &&
                  (w->feat[g + 1] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP));
      /* "Pour lui, …", "Pour elle, …" opening a sentence: like "Selon
      ** lui" below */
      int pron = q_stressed_pronoun(w, g);
      if (!named && !group && !pron) continue;
    }
    if (selon || pour) {
      size_t e;
      int32_t spk = q_speaker_at(w, g, w->ntok, &e);
      if (selon && generic_selon(w, j)) continue;
      /* "Selon l'expert, Karim X est …": the name after the comma is the
      ** subject of the reported clause, no apposition of the source (an
      ** apposition closes with a comma: "Selon le maire, Paul Roux, …") */
      if (selon && spk >= 0 && e < w->ntok && !Q_ISPUNCT(w, e, ',') &&
          !stop_tok(w, e)) {
        size_t e0 = e;
        for (size_t a = g + 1; a < e; a++)
          if (!w->inq[a] && Q_ISPUNCT(w, a, ',')) {
            spk = q_speaker_at(w, g, a, &e);
            break;
          }
        /* "D'après Santé publique France, …", "Selon l'ONG Publiez ce que
        ** vous payez, …": a name read only in part (the words up to a
        ** comma, no auxiliary nor cue among them) is a source we cannot
        ** name */
        for (size_t a = e0; e == e0 && a < w->ntok && a < e0 + 6; a++) {
          if (Q_ISPUNCT(w, a, ',')) {
            e = a;
            spk = -3;
          } else if (!is_word(w, a) || w->inq[a] || w->verb[a] ||
                     w->para[a] != w->para[g] ||
                     (w->word[a] & (QW_AUX | QW_AUXPL))) {
            break;
          }
        }
      }
      size_t o = selon && !(w->feat[j] & QT_SELON) ? j - 1 : j;
      if (q_stressed_pronoun(w, j + 1) &&
          ((w->tok[o].flags & PRESSE_TF_SENT_START) ||
           (selon && o > 0 && Q_ISPUNCT(w, o - 1, ':')))) {
        /* "Selon lui, ...", "D'après elle, ...", "Pour lui, ..." opening a
        ** sentence, or selon after a colon ("il a maintenu sa version :
        ** selon lui, …"): the previous subject (inside a sentence, "lui" is
        ** that sentence's own subject, often no person) */
        spk = q_resolve_pronoun(w, j + 1, q_fem_stressed(w, j + 1));
        e = j + 2;
        if (spk < 0) spk = -3;
      }
      if ((selon || pour) && spk == -1 && g < w->ntok &&
          ((w->word[g] & (QW_DET | QW_POSS)) || q_indefinite_plural(w, g))) {
        /* "selon un proche du maire", "d'après un sondage publié ...",
        ** "selon des analyses effectuées …", "selon un rapport sur « … »":
        ** reported speech whose source we cannot name */
        for (e = g; e < w->ntok && e < g + 24 &&
                    (w->inq[e] || w->tok[e].kind != PRESSE_TOK_PUNCT ||
                     glued_punct(w, e));
             e++)
          if (w->inq[e]) { /* a title quoted inside the group */
            const qdirect *d = &w->dq[w->inq[e] - 1];
            if (d->close == Q_NONE) break;
            e = d->close;
          }
        spk = -3;
        /* the organisation the group names ("d'après la Fédération X",
        ** "selon un rapport établi par l'Observatoire X", "selon un
        ** sondage de l'institut X"); a person only right after the determiner
        */
        for (size_t a = g; a < e; a++) {
          if (w->ent[a] < 0) continue;
          int type = w->ents->ent[w->ent[a]].type;
          if (type == PRESSE_ORG || (type == PRESSE_PER && a == g + 1)) {
            spk = q_entity_speaker(w, w->ent[a], (uint32_t)a);
            if (spk < 0) spk = -3;
            break;
          }
          a = q_ent_last(w, a);
        }
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
      /* an apposition: "Selon le président du conseil, Michel Spiro," */
      size_t c0 = noun && !q_aux(w, j - 1)                      ? j - 2
                  : noun || (selon && (w->feat[j] & QT_DAPRES)) ? j - 1
                                                                : j;
      /* "81 % sont contre, selon un sondage, et ..." closes its clause:
      ** the words before it, run on with no comma, are the reported ones */
      int postposed = 0;
      if (selon && c0 > 0 && is_word(w, c0 - 1)) {
        size_t s0 = sentence_start(w, c0), words = 0;
        for (size_t a = s0; a < c0 && words < 3; a++)
          words += is_word(w, a) && !w->inq[a];
        postposed = words >= 3;
      }
      /* "Depuis mardi, 600 salariés sont en grève, selon la CGT, qui
      ** réclame …": a relative on the source, the words before it are
      ** the reported ones */
      if (selon && !postposed && subject_relative(w, e) && c0 > 0 &&
          Q_ISPUNCT(w, c0 - 1, ',')) {
        size_t s0 = sentence_start(w, c0), words = 0;
        for (size_t a = s0; a < c0 && words < 3; a++)
          words += is_word(w, a) && !w->inq[a];
        if (words >= 3) {
          if (!all_quoted(w, s0, c0 - 1, 0) &&
              (rc = q_push_indirect(w, (uint32_t)s0, (uint32_t)c0, spk,
                                    (uint32_t)c0, (uint32_t)g)))
            return rc;
          continue;
        }
      }
      if (!postposed && e < w->ntok && Q_ISPUNCT(w, e, '(')) {
        /* "Pour sa collègue X (Parti), …": over the parenthesis */
        size_t c = e + 1;
        while (c < w->ntok && c < e + 8 && !Q_ISPUNCT(w, c, ')') &&
               !stop_tok(w, c))
          c++;
        if (c + 1 < w->ntok && Q_ISPUNCT(w, c, ')')) e = c + 1;
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
        if (end > k && !all_quoted(w, k, end, 0)) {
          uint8_t how = w->how;
          int32_t inner = selon ? relayed_speaker(w, e + 1, k, end) : -1;
          if (inner >= 0)
            spk = inner;
          else
            w->how = how;
          if ((rc = q_push_indirect(w, (uint32_t)k, (uint32_t)end, spk,
                                    (uint32_t)c0, (uint32_t)g)))
            return rc;
        }
        j = end > j ? end - 1 : j;
        continue;
      }
      if (selon) {
        size_t s = sentence_start(w, c0);
        if (s < c0 && !all_quoted(w, s, c0, 0))
          if ((rc = q_push_indirect(w, (uint32_t)s, (uint32_t)c0, spk,
                                    (uint32_t)c0, (uint32_t)g)))
            return rc;
      }
      continue;
    }
    /* A verb group starts with an auxiliary or a finite verb or gerund
    ** (q_verb_group, ind_verb_group): most words are none, and are
    ** skipped here without the calls. */
    size_t last;
    uint16_t vf;
    size_t subj_at = j; /* the verb group whose subject speaks */
    if (j == coord) {
      last = j;
      vf = (uint16_t)((w->verb[j] & ~QV_PART) | QV_FIN |
                      (w->word[coord_aux] & QW_AUXPL ? QV_PL : 0));
      subj_at = coord_aux;
      coord = Q_NONE;
    } else {
      if (!(w->word[j] & (QW_AUX | QW_AUXPL)) &&
          !(w->verb[j] & (QV_FIN | QV_GER)))
        continue;
      if (!ind_verb_group(w, j, &last, &vf)) continue;
      /* a speech verb group only: a scan after every auxiliary would cost
      ** more than the rule is worth ("a ouvert des écoles et appelé …") */
      if ((w->word[j] & (QW_AUX | QW_AUXPL)) && coord == Q_NONE &&
          !(w->tok[j].flags & PRESSE_TF_INVERTED) &&
          (coord = coordinated_participle(w, last)) != Q_NONE)
        coord_aux = j;
    }
    if (w->tok[j].flags & PRESSE_TF_INVERTED) {
      size_t next;
      if ((vf & QV_INCISE) && (rc = inverted_incise(w, j, last, &next)))
        return rc;
      j = last > j ? last : j;
      if ((vf & QV_INCISE)) j = next;
      continue;
    }
    /* "ce qu'il déclare", "les mots qu'il a dits": a relative clause */
    size_t b = j;
    while (b > 0 && (w->word[b - 1] & (QW_IL | QW_ELLE | QW_PRONPL | QW_NEG)))
      b--;
    if (b > 0 && (w->word[b - 1] & QW_QUE)) {
      if ((rc = cest_ce_que(w, b, j, last))) return rc;
      j = last;
      continue;
    }
    size_t c = last + 1;
    while (c < w->ntok && is_word(w, c) && (w->word[c] & QW_ADV) &&
           !(w->word[c] & (QW_DET | QW_QUE)))
      c++;
    /* "sur le fait que" */
    if (q_fact_locution(w, c) && (w->word[c + 3] & QW_QUE)) c += 3;
    /* "estime pour sa part que", "jugent dans la presse locale que", "a
    ** déclaré lors d'une visite à Lyon ce jeudi, que": an adverbial phrase
    ** (no verb, no quotation) before the que-clause */
    if ((vf & QV_QUE) && c < w->ntok && !(w->word[c] & QW_QUE) &&
        ((w->word[c] & (QW_PREP | QW_ADV)) || date_phrase(w, c)))
      for (size_t a = c + 1; a < w->ntok && a < c + 14; a++) {
        if (w->inq[a] || stop_tok(w, a) || w->verb[a] ||
            (w->word[a] & (QW_AUX | QW_AUXPL | QW_COORD)) ||
            (!is_word(w, a) && !Q_ISPUNCT(w, a, ',') && !Q_ISPUNCT(w, a, '[') &&
             !Q_ISPUNCT(w, a, ']') && !Q_ISPUNCT(w, a, '(') &&
             !Q_ISPUNCT(w, a, ')') && w->tok[a].kind != PRESSE_TOK_NUMBER))
          break;
        /* a long phrase ends with a comma before que */
        if ((w->word[a] & QW_QUE) && !(w->word[a] & QW_REL) &&
            (a < c + 6 || Q_ISPUNCT(w, a - 1, ','))) {
          c = a;
          break;
        }
      }
    size_t where;
    int32_t spk;
    size_t start = c;
    int objrep = 0; /* the object is the content */
    int infrep = 0; /* an infinitive clause is: "dit vouloir « … »" is
                    ** reported, its quotation no object's */
    if ((vf & QV_INCISE) && !(vf & QV_GER)) {
      size_t next;
      if (noun_incise(w, j, c, &next, &rc)) {
        if (rc) return rc;
        j = next;
        continue;
      }
    }
    int post = j > 0 && Q_ISPUNCT(w, j - 1, ',') && (vf & QV_INCISE) &&
               !(vf & QV_GER) && subject_to_end(w, c);
    size_t call = (vf & QV_A) && !post ? call_content(w, c) : 0;
    size_t de = (vf & QV_DE) && !post ? de_content(w, c) : Q_NONE;
    int neg = negated(w, j);
    /* post: "…, a annoncé le maire Paul Roux." is no object: the
    ** postposed branch below */
    if (call) {
      start = call;
    } else if (!post && c < w->ntok && (w->word[c] & QW_QUE) &&
               !(w->word[c] & QW_REL) && (vf & (QV_QUE | QV_WEAK))) {
      /* "ne prévoit qu'une sanction": a restriction, no clause */
      if (neg && c == last + 1 && !neg_word_in(w, j, last)) {
        j = last;
        continue;
      }
      /* "n'a pas dit que …", "n'a jamais affirmé que …": nothing was said */
      if (neg && neg_word_in(w, j, last)) {
        j = last;
        continue;
      }
      start = c + 1;
    } else if (de != Q_NONE) {
      start = de;
    } else if (!post && !neg && (vf & QV_OBJ) && !(vf & QV_GER) &&
               (start = a_de_content(w, c)) != Q_NONE) {
      /* "a demandé à la population de se confiner"; like an object, said
      ** only by a subject we can read ("une directive demande aux
      ** pilotes de …" is a rule) */
      objrep = 1;
    } else if (!post && !neg && c < w->ntok && (vf & QV_OBJ) &&
               (!(vf & QV_PL) || (w->word[c] & QW_POSS)) && !(vf & QV_GER) &&
               (w->word[c] & (QW_DET | QW_POSS)) && !(w->word[c] & QW_PREP)) {
      /* "n'a pas confirmé la fermeture": nothing is stated */
      start = c;
      objrep = 1;
    } else if (!post && c < w->ntok && (vf & QV_INF) && is_word(w, c) &&
               ((!(vf & QV_PL) && (w->verb[c] & QV_INFIN)) ||
                q_infinitive_aux(w, c) ||
                (q_de(w, c) && infinitive_like(w, c + 1)) ||
                (!neg && (vf & QV_INCISE) && inf_clause(w, c)))) {
      /* "a dit avoir …", "a promis de verser …", "dit vouloir …" */
      start = c;
      infrep = 1;
    } else if (!post && (vf & QV_ATTR) && reflexive_before(w, j) &&
               attribute_word(w, c)) {
      /* "s'est dit satisfait de …" */
      start = c;
    } else if (c < w->ntok && Q_ISPUNCT(w, c, '.') && j > 1 &&
               Q_ISPUNCT(w, j - 1, ',') && !(vf & QV_GER)) {
      /* nothing after the verb: maybe a postposed cue, handled below */
      start = Q_NONE;
    } else {
      /* postposed: "CLAUSE, a indiqué X." */
      size_t e;
      if (j > 0 && Q_ISPUNCT(w, j - 1, ',') && (vf & QV_INCISE) &&
          !after_relative(w, j - 1)) {
        spk = q_speaker_at(w, c, w->ntok, &e);
        int rough = 0;
        if (spk < 0 && spk != -3 && c < w->ntok &&
            (w->word[c] & (QW_DET | QW_POSS))) {
          /* a subject noun group we cannot name: the span still counts */
          for (e = c; e < w->ntok && e < c + 8 && is_word(w, e); e++)
            ;
          spk = -3;
          rough = 1;
        }
        if (spk >= 0 || spk == -3) {
          /* a subject read as a group may have a complement after it; a
          ** group we could not read must end the sentence */
          /* a relative on the subject: when the words before the cue are
          ** a clause, three words or more (not "Une « avancée », reconnaît
          ** X, qui prévient …") */
          size_t words = 0;
          if (e < w->ntok && subject_relative(w, e))
            for (size_t a = sentence_start(w, j - 1); a + 1 < j && words < 3;
                 a++)
              words += is_word(w, a) && !w->inq[a];
          if (e < w->ntok &&
              (words >= 3 ||
               (rough ? stop_tok(w, e) : verbless_to_end(w, e, 24)))) {
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
                !detached_quote(w, s, j - 1) &&
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
    /* "a déclaré avoir dit qu'…", "Selon l'AFP, X a appelé à …": the
    ** inner report is part of the outer one */
    if (w->niq && w->iq[w->niq - 1].t0 <= j && j < w->iq[w->niq - 1].t1 &&
        ((j > 0 && q_infinitive_have(w, j - 1)) ||
         (w->feat[w->iq[w->niq - 1].cue1 - 1] &
          (QT_SELON | QT_DAPRES | QT_POUR)))) {
      j = last;
      continue;
    }
    size_t end = (vf & QV_GER) && (w->tok[j].flags & PRESSE_TF_SENT_START)
                     ? clause_end_comma(w, start)
                     : clause_end(w, start);
    if (end <= start ||
        all_quoted(w, start, end,
                   start == c && !infrep && !(w->word[c] & QW_QUE))) {
      j = last;
      continue;
    }
    where = Q_NONE;
    spk = q_subject_before(w, subj_at, &where);
    if (spk < 0 && where == Q_NONE && subj_at > 0 && q_on(w, subj_at - 1))
      spk = on_side_of(w, subj_at - 1);
    /* "la hausse des prix annonçait la tendance": an object
    ** states something only when the verb has a subject we can read (a
    ** name, a function or group noun, a pronoun) */
    if (objrep && spk < 0 && where == Q_NONE && !q_plain_subject(w, subj_at)) {
      j = last;
      continue;
    }
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
