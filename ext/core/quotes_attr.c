/*
** quotes_attr.c: who said it. The attribution of direct quotes
** (q_attribute): postposed cue, incise, cue earlier in the sentence
** (quotes_cue.c), then the fragment rules; continuity with the previous
** speaker, speakers introduced by a relative clause or a headline, the
** definite speakers and the full names of bodies. The noun groups are in
** quotes_speaker.c, quotes_subject.c and quotes_title.c.
**
** A wrong speaker is worse than none: every rule gives up (-1) rather than
** guess when the noun group cannot be resolved.
*/
#include "lexicon.h"
#include "quotes_int.h"

#include <string.h>

static int starts_sentence(const qwork *w, const qdirect *d) {
  size_t o = d->open != Q_NONE ? d->open : d->t0;
  if (o == 0 || w->para[o - 1] != w->para[o]) return 1;
  return q_sent_end_tok(w, o - 1) || Q_ISPUNCT(w, o - 1, ':');
}

/* A fragment right after a subject pronoun, with no speech verb: "Le but
** est qu'il « doit être compris par tous »": the words of that person. */
static int pronoun_fragment(qwork *w, qdirect *d) {
  size_t o = d->open;
  if (o == Q_NONE || o == 0 || !q_personal_pronoun(w, o - 1)) return 0;
  int32_t spk =
      q_resolve_pronoun_mode(w, o - 1, (w->word[o - 1] & QW_ELLE) != 0, 1);
  if (spk < 0) return 0;
  q_set_speaker(w, d, spk, QR_SUBJECT);
  d->weak = 1;
  return 1;
}

/* "Elle envisage une extension vers Nice et la Côte d'Azur « … »": a
** fragment with no verb before it in a sentence that opens with il /
** elle is the words of that pronoun's person (the words right before the
** fragment are an object, whatever entities() makes of them). Sets the
** speaker and returns 1 when the pronoun resolves. */
static int pronoun_sentence(qwork *w, qdirect *d) {
  size_t s = d->open;
  for (size_t n = 0; s > 0 && n < 40; n++) {
    if (q_sent_end_tok(w, s - 1) || w->para[s - 1] != w->para[d->open] ||
        w->inq[s - 1])
      break;
    s--;
  }
  if (s == d->open || !(w->tok[s].flags & PRESSE_TF_SENT_START) ||
      !q_personal_pronoun_at(w, s))
    return 0;
  size_t n0 = w->nspk;
  int32_t spk = q_resolve_pronoun(w, s, (w->word[s] & QW_ELLE) != 0);
  if (spk < 0) {
    w->nspk = n0;
    return 0;
  }
  q_set_speaker(w, d, spk, QR_SUBJECT);
  return 1;
}

/* The first indirect quote that may hold a quotation starting at token
** t0: while iq is in order of start, none starting more than the longest
** report (iq_maxlen) before t0 reaches it (q_iq_end's binary search), so
** the fragment rules scan a bounded tail of iq, not every report of the
** document per quotation; 0 when iq is out of order. */
static size_t first_report_reaching(const qwork *w, uint32_t t0) {
  return !w->iq_unsorted && t0 > w->iq_maxlen ? q_iq_end(w, t0 - w->iq_maxlen)
                                              : 0;
}

/* "Son employeur a fait savoir qu'il était « en règle »", "selon lui, le
** penalty accordé à X était « … »": a verb found before the fragment
** inside a report with a speaker, opened by its cue (que after a speech
** verb, selon lui), is the reported clause's, whose subject is talked
** about, not speaking; the fragment is the words of the report's speaker
** (report_fragment), as ANNOTATION.md has it (spk11b; spk13b: any cue
** before the report, not only que; a cue after it, "…, selon un
** communiqué", leaves the sentence's subject speaking). v: that verb.
** Not one rule with reported_clause_que() (quotes_cue.c), which also
** finds a verb inside a que-clause: that one reads the tokens (a noun
** group subject, at most 12 tokens back, then que after a speech verb
** taking que) so that q_pre_cue walks on to the outer verb and resolves
** its subject there; this one asks the reports q_indirect found (any
** subject, any length, a speaker already resolved) and hands the fragment
** to report_fragment. Measured on the development sets (2026-12-07), of
** the 7 fragments either takes here, they agree on 1, and of the 21 cues
** either takes in q_pre_cue, on 12: swapping one for the other changes
** speakers, so both stay, each where its evidence exists. */
static int in_reported_clause(const qwork *w, const qdirect *d, size_t v) {
  int ord = !w->iq_unsorted;
  for (size_t i = first_report_reaching(w, d->t0); i < w->niq; i++) {
    const qindirect *r = &w->iq[i];
    if (ord && r->t0 > d->t0) break;
    if (r->spk >= 0 && r->t0 > 0 && r->t0 <= v && d->t1 <= r->t1 &&
        r->cue0 != Q_NONE && r->cue0 < r->t0)
      return 1;
  }
  return 0;
}

/* The quotation before d in its sentence, or NULL: d's index is found
** from its place in w->dq. */
static const qdirect *previous_in_sentence(const qwork *w, const qdirect *d) {
  if (d == w->dq) return NULL;
  const qdirect *p = d - 1;
  size_t c = p->close != Q_NONE ? p->close : p->t1;
  if (d->open == Q_NONE || c >= d->open || w->para[c] != w->para[d->open])
    return NULL;
  for (size_t k = c + 1; k < d->open; k++)
    if (q_sent_end_tok(w, k)) return NULL;
  return p;
}

/* "« … », a lancé la lauréate, avant de dédier son prix à sa
** grand-mère, « … »", "X titre sur « … » et dénonce « … »": the verb v
** nearest before a fragment is the postposed cue of the quotation before
** it in the sentence, or a verb coordinated by et right after that
** quotation: the fragment's speaker is that quotation's, who goes on
** speaking (spk14d; the subject read before v was the quotation itself,
** and the fragment had no speaker). Sets it and returns 1, else 0. */
static int shared_verb_speaker(qwork *w, qdirect *d, size_t v) {
  const qdirect *p = previous_in_sentence(w, d);
  if (!p || p->spk < 0 || p->rule == QR_CONTINUITY) return 0;
  size_t c = p->close != Q_NONE ? p->close : p->t1 - 1;
  int postposed =
      p->cue0 != Q_NONE && p->cue0 > c && p->cue0 <= v && v < p->cue1;
  size_t k = v;
  while (k > c + 1 && q_is_word(w, k - 1) &&
         (q_clitic(w, k - 1) || q_adv_like(w, k - 1)))
    k--;
  int coordinated = k == c + 2 && q_and(w, c + 1);
  if (!postposed && !coordinated) return 0;
  /* no new clause between ("…, a dit X, alors que le maire restait
  ** « … »"): after the cue's subject, no person, pronoun or conjunction */
  int comma = 0;
  for (size_t a = postposed ? p->cue1 : c + 1; a < d->open; a++) {
    comma |= Q_ISPUNCT(w, a, ',');
    if (coordinated && a == c + 1) continue; /* the et itself */
    if ((comma && w->ent[a] >= 0 &&
         w->ents->ent[w->ent[a]].type == PRESSE_PER) ||
        (q_is_word(w, a) &&
         ((w->word[a] & (QW_QUE | QW_IL | QW_ELLE | QW_PRONPL | QW_COORD)) ||
          q_new_clause_opener(w, a))))
      return 0;
  }
  w->how = p->how;
  q_set_speaker(w, d, p->spk, p->rule);
  return 1;
}

/* A fragment inside a sentence that no cue attributes: "X a accusé le
** gouvernement de « … »", "X décrit des scènes « … »", "X se souvient
** d'une enfant « … »". ANNOTATION.md makes it the words of the sentence's
** speaker: the subject of the nearest verb before it (an auxiliary or a
** finite speech verb marks it), else of the words before the fragment.
** Runs once per quotation and looks back at most one sentence. */
static int fragment_subject(qwork *w, qdirect *d) {
  if (d->open == Q_NONE || starts_sentence(w, d)) return 0;
  size_t open = d->open, v = open;
  for (size_t k = open, s = 0; k > 0 && s < 40; s++) {
    size_t i = k - 1;
    if (w->inq[i]) {
      const qdirect *p = &w->dq[w->inq[i] - 1];
      k = p->open != Q_NONE ? p->open : p->t0;
      continue;
    }
    if (q_sent_end_tok(w, i) || w->para[i] != w->para[open]) break;
    if (q_is_word(w, i) && !(w->tok[i].flags & PRESSE_TF_INVERTED) &&
        ((w->word[i] & (QW_AUX | QW_AUXPL)) || (w->verb[i] & QV_FIN))) {
      v = i;
      break;
    }
    /* "X a fait savoir que le chef de l'État souhaitait « … »": in a
    ** que-clause, the speaker is the subject of the verb governing it */
    if (q_is_word(w, i) && (w->word[i] & QW_QUE) && !(w->word[i] & QW_REL) &&
        v == open)
      v = Q_NONE;
    k = i;
  }
  if (v == Q_NONE) return 0;
  if (v != open && shared_verb_speaker(w, d, v)) return 1;
  if (v != open && in_reported_clause(w, d, v)) return 0;
  if (v == open && pronoun_sentence(w, d)) return 1;
  size_t where;
  size_t n0 = w->nspk;
  int32_t spk = q_subject_before(w, v, &where);
  /* no verb before the fragment ("Elle envisage une extension vers la
  ** Côte d'Azur « … »"): a place is an object there, not who speaks; the
  ** subject is read before it */
  for (int s = 0;
       s < 2 && spk >= 0 && v == open && where < w->ntok &&
       w->ent[where] >= 0 && w->ents->ent[w->ent[where]].type == PRESSE_LOC;
       s++) {
    if ((size_t)spk >= n0) w->nspk = n0; /* a speaker added for it */
    n0 = w->nspk;
    spk = s ? -1 : q_subject_before(w, where, &where);
  }
  if (spk < 0) return 0;
  q_set_speaker(w, d, spk, QR_SUBJECT);
  return 1;
}

/* "À la Confédération paysanne, on met en garde contre une « … »": a
** fragment in a sentence whose subject is the collective "on" of a group
** named before it (on_at_group) is that group's, whatever the verb. */
static int on_group_fragment(qwork *w, qdirect *d) {
  if (d->open == Q_NONE) return 0;
  for (size_t k = d->open, s = 0; k > 1 && s < 30; s++) {
    size_t i = k - 1;
    if (w->inq[i]) {
      const qdirect *p = &w->dq[w->inq[i] - 1];
      k = p->open != Q_NONE ? p->open : p->t0;
      continue;
    }
    if (q_sent_end_tok(w, i) || w->para[i] != w->para[d->open]) return 0;
    if (q_on(w, i) && Q_ISPUNCT(w, i - 1, ',')) {
      int32_t spk = q_on_at_group(w, i + 1);
      if (spk < 0) return 0;
      q_set_speaker(w, d, spk, QR_SUBJECT);
      return 1;
    }
    k = i;
  }
  return 0;
}

/* "Pour lui, son client a été « le bouc émissaire » d'un groupe qui « … »":
** a fragment inside reported speech (an indirect quote whose words hold
** it) is the words of that report's speaker (ANNOTATION.md), whatever
** the verb next to it. */
static int report_fragment(qwork *w, qdirect *d) {
  int ord = !w->iq_unsorted;
  for (size_t i = first_report_reaching(w, d->t0); i < w->niq; i++) {
    const qindirect *r = &w->iq[i];
    if (ord && r->t0 > d->t0) break;
    if (r->spk < 0 || r->t0 > d->t0 || r->t1 < d->t1) continue;
    w->how = r->how;
    q_set_speaker(w, d, r->spk, QR_SUBJECT);
    return 1;
  }
  return 0;
}

/* "Une mesure jugée « très insuffisante » par la FCPE", "un texte qualifié
** de « … » par les syndicats": a speech participle right before the
** fragment (maybe with de), its agent right after it. The passive's agent
** is who speaks, whatever the sentence around it. */
static int passive_agent(qwork *w, qdirect *d) {
  if (d->open == Q_NONE || d->close == Q_NONE || d->open < 2) return 0;
  size_t v = d->open - 1, p = d->close + 1, e;
  if (q_de(w, v)) v--;
  if (!q_is_word(w, v) || !(w->verb[v] & QV_PART) || !q_speech(w->verb[v]) ||
      p + 1 >= w->ntok || !q_agent_par(w, p) || w->para[p] != w->para[d->open])
    return 0;
  int32_t spk = q_speaker_at(w, p + 1, w->ntok, &e);
  if (spk == -3) spk = q_function_as_written(w, p + 1, w->ntok);
  if (spk < 0) return 0;
  q_set_speaker(w, d, spk, QR_SUBJECT);
  return 1;
}

/* "« … » : entretien avec la glaciologue X", "« … » : X": a quotation
** opening a headline line, a colon, then words with no verb and a
** person's name ending the line: the person the headline quotes. */
static int headline_name_after(qwork *w, qdirect *d) {
  if (d->open == Q_NONE || d->close == Q_NONE ||
      !(d->open == 0 || (w->tok[d->open].flags & PRESSE_TF_LINE_START)))
    return 0;
  size_t c = d->close + 1;
  if (c >= w->ntok || !Q_ISPUNCT(w, c, ':')) return 0;
  for (size_t a = c + 1; a < w->ntok && a < c + 10; a++) {
    if (w->para[a] != w->para[c] || w->inq[a]) return 0;
    if (w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type == PRESSE_PER &&
        q_ent_first(w, a) == a) {
      size_t l = q_ent_last(w, a) + 1;
      if (l < w->ntok && w->para[l] == w->para[c] && !q_sent_end_tok(w, l))
        return 0;
      q_set_speaker(w, d, q_entity_speaker(w, w->ent[a], (uint32_t)a),
                    QR_SELON);
      return 1;
    }
    if (!q_is_word(w, a) || w->ent[a] >= 0 || w->verb[a] ||
        (q_upper(w, a) && a != c + 1))
      return 0;
  }
  return 0;
}

/* "Pour lui, « … »", "Pour le pénaliste, « … »": a sentence opening
** with pour, a pronoun or a noun group, its comma, then the quotation:
** the words of the one that group designates (the pour of opinion, as
** "selon"); a role noun alone is the last speaker of its gender. Looks
** back eight tokens. */
static int pour_fragment(qwork *w, qdirect *d) {
  size_t o = d->open;
  if (o == Q_NONE || o < 3 || !Q_ISPUNCT(w, o - 1, ',')) return 0;
  size_t p = o - 2;
  while (p > 0 && o - p < 8 && !(w->feat[p] & QT_POUR) && q_is_word(w, p))
    p--;
  if (!(w->feat[p] & QT_POUR) || p + 1 >= o - 1 ||
      !(p == 0 || q_sent_end_tok(w, p - 1) || w->para[p - 1] != w->para[p]))
    return 0;
  size_t n0 = w->nspk, e = 0;
  int32_t spk;
  if (p + 2 == o - 1 && q_stressed_pronoun(w, p + 1))
    spk = q_resolve_pronoun(w, p + 1, q_fem_stressed(w, p + 1));
  else {
    spk = q_speaker_at(w, p + 1, o - 1, &e);
    if (e != o - 1) spk = -1;
    /* "Pour le pénaliste, « … »": a role noun alone, right after its
    ** person spoke, is that person (the last speaker of its gender) */
    if (spk < 0 && p + 3 == o - 1 && q_def_sg_whole(w, p + 1) &&
        q_is_word(w, p + 2) && !q_upper(w, p + 2) && !w->word[p + 2]) {
      w->nspk = n0;
      spk = q_last_speaker(w, o, q_la(w, p + 1) ? 2 : 1);
      d->weak = 1;
    }
  }
  if (spk < 0) {
    w->nspk = n0;
    return 0;
  }
  q_set_speaker(w, d, spk, QR_SELON);
  return 1;
}

/* "Pour lui, l'album parle surtout « … »", "Pour la pénaliste, la
** chambre des notaires « savait … »": a sentence opening with pour, a
** pronoun or a noun group and its comma, and a quotation further in the
** same clause (no colon, no other quotation before it) gives the view of
** the one the group designates (the pour of opinion, as pour_fragment
** where the quotation follows the comma), not of the clause's subject,
** which the quotation is about. Not when a person is named between the
** comma and the quotation (a cue of its own: "Pour lui, X a dit « … »").
** Tried before pre_cue (the clause's verb, "parle", would give its
** subject). Looks back 40 tokens. */
static int pour_opening(qwork *w, qdirect *d) {
  size_t o = d->open;
  if (o == Q_NONE || o < 4 || Q_ISPUNCT(w, o - 1, ',')) return 0;
  size_t s = o;
  for (size_t n = 0; s > 0 && n < 40; n++) {
    size_t i = s - 1;
    if (q_sent_end_tok(w, i) || w->para[i] != w->para[o] || w->inq[i] ||
        Q_ISPUNCT(w, i, ':'))
      break;
    s = i;
  }
  if (!(w->feat[s] & QT_POUR) ||
      !(s == 0 || q_sent_end_tok(w, s - 1) || w->para[s - 1] != w->para[s]))
    return 0;
  size_t c = s + 2;
  while (c < o && c < s + 8 && !Q_ISPUNCT(w, c, ',') && q_is_word(w, c))
    c++;
  if (c + 1 >= o || !Q_ISPUNCT(w, c, ',')) return 0;
  for (size_t k = c + 1; k < o; k++)
    if (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER) return 0;
  size_t n0 = w->nspk, e = 0;
  uint8_t how = w->how;
  int32_t spk;
  if (c == s + 2 && q_stressed_pronoun(w, s + 1))
    spk = q_resolve_pronoun(w, s + 1, q_fem_stressed(w, s + 1));
  else {
    spk = q_speaker_at(w, s + 1, c, &e);
    if (e != c || w->how == QH_BARE) spk = -1;
    /* "Pour la pénaliste, …": a role noun alone is the person its
    ** paragraph has just named, of its gender, else the last speaker of
    ** that gender, as in pour_fragment */
    if (spk < 0 && c == s + 3 && q_def_sg_whole(w, s + 1) &&
        q_is_word(w, s + 2) && !q_upper(w, s + 2) && !w->word[s + 2]) {
      uint8_t g = q_la(w, s + 1) ? 2 : 1;
      w->nspk = n0;
      spk = q_paragraph_person(w, s + 2, s + 3, 0, g, 1);
      if (spk < 0) {
        w->nspk = n0;
        spk = q_last_speaker(w, o, g);
      }
      w->how = QH_GUESS;
      d->weak = 1;
    }
  }
  if (spk < 0) {
    w->nspk = n0;
    w->how = how;
    return 0;
  }
  d->cue0 = (uint32_t)s;
  d->cue1 = (uint32_t)(s + 1);
  q_set_speaker(w, d, spk, QR_SELON);
  return 1;
}

/* "Kigali, de son côté, rejette « … »", "Son producteur, X, qui a
** travaillé avec Y, décrit un artiste « … »", "En Corée du Sud, le
** quotidien X voit dans ce vote « … »": a fragment in a sentence whose
** verb no list knows (fragment_subject finds none) is the words of the
** group opening the sentence, maybe after a short adverbial and its comma,
** when a verb-like lowercase word follows that group, maybe past one
** apposition or relative between commas or an acronym in parentheses.
** Looks back one sentence. */
/* The speaker the group at a designates when a verb-like lowercase word
** follows it before o, maybe past one apposition or relative between
** commas or an acronym in parentheses; else -1 (nothing added). */
static int32_t subject_then_verb(qwork *w, size_t a, size_t o) {
  /* "des experts … ont effectué des expéditions sans rencontrer l'« … »":
  ** an indefinite group introduces no one whose words a term would be */
  if (q_indefinite(w, a)) return -1;
  size_t n0 = w->nspk, e;
  int32_t spk = q_speaker_at(w, a, o, &e);
  if (spk < 0 || e >= o) {
    w->nspk = n0;
    return -1;
  }
  size_t k = e;
  if (Q_ISPUNCT(w, k, '(')) {
    while (k < o && k < e + 8 && !Q_ISPUNCT(w, k, ')'))
      k++;
    k++;
  }
  if (k < o && Q_ISPUNCT(w, k, ',')) {
    size_t c = k + 1;
    while (c < o && c < k + 24 && !Q_ISPUNCT(w, c, ','))
      c++;
    k = c + 1;
  }
  while (k < o && q_is_word(w, k) &&
         (q_y_or_reflexive(w, k) || (w->word[k] & QW_NEG)))
    k++;
  if (k >= o || !q_is_word(w, k) || q_upper(w, k) || w->ent[k] >= 0 ||
      (w->word[k] & (QW_PREP | QW_DET | QW_QUE | QW_REL | QW_COORD | QW_POSS |
                     QW_IL | QW_ELLE | QW_PRONPL))) {
    w->nspk = n0;
    return -1;
  }
  return spk;
}

static int opening_subject(qwork *w, qdirect *d) {
  if (d->open == Q_NONE || starts_sentence(w, d)) return 0;
  size_t o = d->open, s = o;
  for (size_t n = 0; s > 0 && n < 60; n++) {
    size_t i = s - 1;
    if (q_sent_end_tok(w, i) || w->para[i] != w->para[o] || w->inq[i] ||
        (w->tok[s].flags & PRESSE_TF_LINE_START))
      break;
    s = i;
  }
  /* after a colon, another quotation, a headline with no final period
  ** ("À X, la Cohue expose …¶L'exposition « … » réunit"), or too long */
  if (s > 0 && w->para[s - 1] == w->para[o] && !q_sent_end_tok(w, s - 1))
    return 0;
  int32_t spk = subject_then_verb(w, s, o);
  if (spk < 0) {
    size_t a = s;
    while (a < o && a < s + 6 && !Q_ISPUNCT(w, a, ',') && !w->verb[a] &&
           !(w->word[a] & (QW_AUX | QW_AUXPL)) && !(w->feat[a] & QT_SELON) &&
           !q_personal_pronoun_at(w, a))
      a++;
    if (a > s && a + 1 < o && Q_ISPUNCT(w, a, ','))
      spk = subject_then_verb(w, a + 1, o);
  }
  if (spk < 0) return 0;
  q_set_speaker(w, d, spk, QR_SUBJECT);
  return 1;
}

/* The last resorts for a quotation that no cue nor subject attributed:
** readings of the sentence structure around it. */
static void unattributed_fragment(qwork *w, qdirect *d) {
  if (!on_group_fragment(w, d) && !passive_agent(w, d) &&
      !headline_name_after(w, d))
    report_fragment(w, d);
  if (d->spk < 0) pour_fragment(w, d);
  if (d->spk < 0) opening_subject(w, d);
}

int q_attribute(qwork *w) {
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    if (q_post_cue(w, d) || q_incise(w, d) || pour_opening(w, d) ||
        q_pre_cue(w, d) || q_incise_period(w, d) || q_incise_named(w, d)) {
      if (d->spk < 0) fragment_subject(w, d);
      if (d->spk < 0) unattributed_fragment(w, d);
      if (d->how == QH_PRONOUN) q_pronoun_person_gender(w, d->spk);
      continue;
    }
    if (!pronoun_fragment(w, d)) fragment_subject(w, d);
    if (d->spk < 0) unattributed_fragment(w, d);
  }
  return w->nspk > 0 && w->spk == NULL ? PRESSE_ENOMEM : PRESSE_OK;
}

/* "Devant sa cave, le viticulteur X contemple le désastre. « … »": a
** sentence of narration whose subject is a named person, right before a
** quotation with no cue in its paragraph, introduces that person as the
** speaker. The subject: the first person of the sentence opening it, after
** a comma, or after a determiner and a noun ("le viticulteur X"), not
** after a preposition nor in parentheses. A sentence holding a quotation
** or ending with a colon introduces nobody. Looks back one sentence. */
/* "X, 34 ans, attend un logement. Elle vit avec ses enfants. « … »": the
** sentence before opens with il / elle, whose antecedent is the person
** it introduces (a person only; -1 leaves the previous speaker), not the
** previous speaker when another person was named between. */
static int32_t intro_pronoun(qwork *w, size_t s) {
  size_t n = w->nspk;
  int32_t p = q_resolve_pronoun(w, s, (w->word[s] & QW_ELLE) != 0);
  if (p >= 0 && w->spk[p].person) return p;
  w->nspk = n;
  return -1;
}

/* "Un avis que ne partage pas X. « … »", "C'est ce qu'explique X.": a
** person closing the sentence after the verb of a que-relative is that
** clause's subject, inverted, and the person the sentence introduces
** (the previous speaker's words are what X does not share). [s, o): the
** sentence, o its quotation's opening mark. */
static int32_t inverted_relative_subject(qwork *w, size_t s, size_t o) {
  size_t end = o - 1; /* the sentence's final punctuation */
  if (end <= s + 3 || w->ent[end - 1] < 0) return -1;
  int32_t x = w->ent[end - 1];
  size_t f = q_ent_first(w, end - 1);
  if (w->ents->ent[x].type != PRESSE_PER || f <= s + 2) return -1;
  size_t v = f - 1;
  while (v > s && q_is_word(w, v) && (w->word[v] & (QW_NEG | QW_ADV)))
    v--;
  /* the verb: a lowercase word, no function word, title or group noun */
  if (!q_is_word(w, v) || q_upper(w, v) || w->ent[v] >= 0 ||
      (w->word[v] & ~QW_KNOWN) ||
      (w->feat[v] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)))
    return -1;
  size_t q = v - 1;
  if (q > s && q_is_word(w, q) && (w->word[q] & QW_NEG)) q--;
  if (!q_is_word(w, q) || !(w->word[q] & QW_QUE)) return -1;
  return q_entity_speaker(w, x, (uint32_t)f);
}

/* "L'entraîneur burgien est arrivé cinq minutes plus tard. « … »", "Le
** président se tourne vers le prévenu. « … »": a sentence opening with a
** singular definite function group (le / la / l', maybe one adjective,
** a title noun) introduces that person, the function resolved as after a
** cue, not the previous speaker (spk11b: the subject of the sentence
** before vs the last speaker). Only a person named with the function, or
** the function as written when nobody is: a guess (the previous speaker
** of fitting gender, "La syndicaliste réclame …") or a group is left to
** continuity. [s, o): the sentence. */
static int32_t intro_title_subject(qwork *w, size_t s, size_t o) {
  if (!q_def_sg(w, s) || s + 2 >= o) return -1;
  size_t t = s + 1;
  if (!(w->feat[t] & (QT_TITLE_M | QT_TITLE_F)) && !q_upper(w, t) &&
      q_is_word(w, t) && !w->word[t])
    t++; /* "l'ancien ministre" */
  if (!(w->feat[t] & (QT_TITLE_M | QT_TITLE_F))) return -1;
  size_t n = w->nspk, end;
  uint8_t how = w->how;
  int32_t p = q_speaker_at(w, s, o, &end);
  if (p == -3) p = q_function_as_written(w, s, o);
  if (p >= 0 && w->how != QH_GROUP && w->how != QH_GUESS) return p;
  w->nspk = n;
  w->how = how;
  return -1;
}

/* "Plus loin, le demi d'ouverture X refusait …": a determiner opening
** the sentence or its clause after a comma, then one to four lowercase
** words naming a role no list knows (maybe with de), then the name at f:
** the name is the subject (spk11b; the determiner right before the name
** is the case below). */
static int role_before_name(const qwork *w, size_t s, size_t f) {
  size_t k = f - 1;
  for (size_t n = 0; n < 4 && k > s; n++, k--) {
    if (!q_is_word(w, k) || q_upper(w, k) || w->verb[k] || w->ent[k] >= 0)
      return 0;
    if (w->word[k] && !q_de(w, k)) break;
  }
  return k + 1 < f && (w->word[k] & (QW_DET | QW_POSS)) &&
         !(w->word[k] & QW_PREP) && (k == s || Q_ISPUNCT(w, k - 1, ','));
}

static int32_t intro_person(qwork *w, size_t o) {
  if (o == 0 || w->para[o - 1] != w->para[o] || !q_sent_end_tok(w, o - 1))
    return -1;
  size_t s = o - 1;
  for (size_t n = 0; s > 0 && n < 60; n++) {
    size_t i = s - 1;
    if (w->para[i] != w->para[o] || q_sent_end_tok(w, i) ||
        Q_ISPUNCT(w, i, ':'))
      break;
    if (w->inq[i]) {
      /* a quotation that ends its sentence ("« … ». X, elle, …") bounds it */
      const qdirect *p = &w->dq[w->inq[i] - 1];
      if (p->t1 > p->t0 && q_sent_end_tok(w, p->t1 - 1) &&
          (i == p->close || i + 1 == p->t1))
        break;
      return -1;
    }
    s = i;
  }
  if (s > 0 && w->para[s - 1] == w->para[o] && !q_sent_end_tok(w, s - 1) &&
      !w->inq[s - 1])
    return -1; /* too long a sentence, or after a colon */
  if (q_personal_pronoun_at(w, s)) return intro_pronoun(w, s);
  {
    int32_t p = intro_title_subject(w, s, o);
    if (p >= 0) return p;
  }
  for (size_t f = s; f + 1 < o; f++) {
    if (w->ent[f] < 0) continue;
    int32_t x = w->ent[f];
    size_t l = q_ent_last(w, f);
    if (w->ents->ent[x].type == PRESSE_PER && f == q_ent_first(w, f) &&
        !q_after_preposition(w, f) &&
        (f == s || Q_ISPUNCT(w, f - 1, ',') ||
         (f >= s + 2 && q_is_word(w, f - 1) && (w->word[f - 2] & QW_DET)) ||
         role_before_name(w, s, f)))
      return q_entity_speaker(w, x, (uint32_t)f);
    f = l;
  }
  return inverted_relative_subject(w, s, o);
}

/* After the indirect quotes are known: a quotation standing alone as a
** sentence with no cue continues the previous speaker, or the person the
** sentence before introduces. */
int q_continue_speakers(qwork *w) {
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    if (d->spk >= 0 || d->cue0 != Q_NONE) continue;
    size_t words = 0;
    for (size_t k = d->t0; k < d->t1 && words < 4; k++)
      words += q_is_word(w, k);
    if (words < 4 || !starts_sentence(w, d)) continue;
    d->spk =
        w->ents ? intro_person(w, d->open != Q_NONE ? d->open : d->t0) : -1;
    if (d->spk < 0) d->spk = q_last_speaker(w, d->t0, 0);
    d->rule = d->spk >= 0 ? QR_CONTINUITY : QR_NONE;
    d->how = QH_NONE;
    d->weak = 1;
  }
  return PRESSE_OK;
}

/* "« Mon père m'a toujours dit : “…”, et il avait raison », a souri X":
** a quotation nested in X's words whose sentence there opens with a
** relative of the first person (mon / ma and a noun of relation, class
** 97 of data/speaker_functions.txt), then a speech verb or a colon before
** it, is that relative's: "père de X", as the gold names a relative
** (written5's "père de …"), not X, who quotes it (spk14d). The new
** speaker, or -1 (the outer speaker's then). t0: the nested words' first
** token, its opening mark before it. */
int32_t q_nested_relative(qwork *w, const qdirect *outer, size_t t0) {
  if (outer->spk < 0 || t0 < 4 || t0 <= outer->t0 + 3) return -1;
  const qspeaker *x = &w->spk[outer->spk];
  if (!x->person || x->ob1 > x->ob0 || x->b1 <= x->b0) return -1;
  size_t o = t0 - 1, s = o, said = Q_ISPUNCT(w, o - 1, ':');
  while (s > outer->t0 && o - s < 24 && !q_sent_end_tok(w, s - 1)) {
    s--;
    said |= q_is_word(w, s) && q_speech(w->verb[s]);
  }
  if (!said || o - s < 3) return -1;
  int fem = q_my_fem(w, s);
  char b[Q_TOK_FOLD_CAP];
  size_t n = q_is_word(w, s + 1) ? q_tok_fold(w, s + 1, b) : 0;
  if (!(fem || q_my_masc(w, s)) || !n || !q_listed_with_class(b, n, 97))
    return -1;
  int32_t r = q_add_speaker(w, w->tok[s + 1].b0, w->tok[s + 1].b1,
                            (uint32_t)(s + 1), fem ? 2 : 1);
  if (r < 0) return -1;
  qspeaker *p = &w->spk[r];
  x = &w->spk[outer->spk]; /* the array may have moved */
  unsigned char c = (unsigned char)w->text[x->b0];
  p->ob0 = x->b0;
  p->ob1 = x->b1;
  /* "grand-père d'Anahit", "père de Tavita": elided before a vowel */
  p->olink = (uint8_t)(strchr("AEIOUYaeiouy", c) && c ? PRESSE_LINK_D
                       : c == 0xC3                    ? PRESSE_LINK_D
                                                      : PRESSE_LINK_DE);
  return r;
}

/* ------------------------------------------------ headline quotations */

/* Words of [a0, a1) found as a run in [b0, b1): the longest run of equal
** words, punctuation skipped. */
static size_t common_run(const qwork *w, size_t a0, size_t a1, size_t b0,
                         size_t b1) {
  size_t best = 0;
  for (size_t i = a0; i < a1; i++) {
    if (!q_is_word(w, i)) continue;
    for (size_t j = b0; j < b1; j++) {
      if (!q_is_word(w, j) || !q_same_word(w, i, j)) continue;
      size_t x = i, y = j, run = 0;
      while (x < a1 && y < b1) {
        if (!q_is_word(w, x)) {
          x++;
          continue;
        }
        if (!q_is_word(w, y)) {
          y++;
          continue;
        }
        if (!q_same_word(w, x, y)) break;
        run++;
        x++;
        y++;
      }
      if (run > best) best = run;
    }
  }
  return best;
}

/* A headline quotation attributed without a cue: the topic before a
** colon (`Ville : « … »`, `Le club renverse X, « … »`), words no list
** knows, a function guessed; or with a cue whose subject is a role or a
** group as written (`témoigne une mère`, `dénonce un délégué syndical`,
** `affirme le quotidien`). Headlines name the subject of the news, or
** describe the one quoted, so the body's speaker of the same words (the
** person named there) is better. */
static int headline_weak(const qdirect *h) {
  return h->rule == QR_SUBJECT || h->rule == QR_CONTINUITY ||
         h->how == QH_BARE || h->how == QH_GUESS || h->how == QH_GROUP;
}

/* An intertitle: a short paragraph (at most 24 tokens) holding the
** quotation at `o` that ends with no full stop (`« On a tout perdu »`,
** `Un feu de décembre, « … »`): it announces words the section below
** quotes, not the speaker of the section above. */
static int intertitle(const qwork *w, size_t o) {
  if (o >= w->ntok) return 0;
  uint32_t p = w->para[o];
  size_t a = o, b = o;
  while (a > 0 && w->para[a - 1] == p && o - a < 24)
    a--;
  while (b + 1 < w->ntok && w->para[b + 1] == p && b - a < 24)
    b++;
  if (b - a >= 24 || (a > 0 && w->para[a - 1] == p)) return 0;
  if (b + 1 >= w->ntok) return 0; /* the last words are no title */
  return !Q_ISPUNCT(w, b, '.');
}

/* "« … », a indiqué la préfecture maritime de X, qui parle d'un
** sauvetage « … »", "a regretté le gaucher de Y, qui se dit « … »": a
** relative right after the subject of a postposed cue has that subject
** for antecedent, not the last name of its group; the quotation it
** governs is the earlier quotation's speaker's. */
void q_relative_speakers(qwork *w) {
  for (size_t i = 1; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    const qdirect *p = &w->dq[i - 1];
    if (d->cue0 == Q_NONE || d->cue0 >= w->ntok || d->cue0 < 2 ||
        d->cue0 > d->t0 || p->spk < 0 || p->rule != QR_CUE_AFTER ||
        p->cue1 == Q_NONE || p->cue1 > d->cue0)
      continue;
    size_t k = d->cue0;
    while (k > 0 && q_clitic(w, k - 1))
      k--;
    if (k < 2 || !q_subject_relative(w, k - 1) || !Q_ISPUNCT(w, k - 2, ','))
      continue;
    /* the comma ends the earlier quotation's postposed subject: nothing
    ** but that cue's words between its closing mark and the comma */
    size_t c = k - 2, from = p->close != Q_NONE ? p->close : p->t1;
    if (from >= c || c - from > 16) continue;
    int clean = 1;
    for (size_t a = from + 1; a < c && clean; a++)
      clean = !q_sent_end_tok(w, a) && !w->inq[a] &&
              !(a > from + 1 && Q_ISPUNCT(w, a, ','));
    if (!clean) continue;
    d->spk = p->spk;
    d->how = p->how;
    d->rule = QR_CUE_BEFORE;
    d->weak = 0;
  }
}

/* "Conakry signe un accord « historique »": a headline quotation of one
** word, a content word of five letters or more (no function word), which
** a body quotation says again ("C'est un accord historique", a affirmé
** le ministre): the headline borrowed it from that speaker (spk14d).
** Only for a quotation no rule attributed: a cue a one-word headline
** quotation has (« … », dénonce l'opposition) stays. */
static int headline_word(const qwork *w, const qdirect *h) {
  size_t k = h->t0;
  while (k < h->t1 && !q_is_word(w, k))
    k++;
  return k < h->t1 && !w->word[k] && !q_upper(w, k) &&
         w->tok[k].c1 - w->tok[k].c0 >= 5;
}

/* A quotation in the headline (the first lines of the text, no final
** period) with no speaker, or one read from no cue, belongs to whoever
** says the same words in the body. */
int q_headline_speakers(qwork *w) {
  /* no quotation, no headline to read (many texts: the count below
  ** costs 60 tokens' steps) */
  if (!w->ndq) return PRESSE_OK;
  /* the headline: the first three lines (a site name or a rubric may
  ** come before it), at most 60 tokens */
  size_t lim = 0, lines = 0, end = w->ntok < 60 ? w->ntok : 60;
  /* line starts are rare: a branch on the flag, not a count each token */
  for (; lim < end; lim++)
    if ((w->tok[lim].flags & PRESSE_TF_LINE_START) && ++lines > 3) break;
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *h = &w->dq[i];
    size_t o = h->open != Q_NONE ? h->open : h->t0;
    if (o >= lim || h->t1 > lim + 40) {
      if (!intertitle(w, o)) continue;
    }
    if (h->spk >= 0 && !headline_weak(h)) continue;
    size_t words = 0;
    for (size_t k = h->t0; k < h->t1; k++)
      words += q_is_word(w, k);
    if (words > 40 || (words < 2 && (h->spk >= 0 || !headline_word(w, h))))
      continue;
    for (size_t j = i + 1; j < w->ndq && j < i + 64; j++) {
      const qdirect *b = &w->dq[j];
      if (b->spk < 0 || b->rule == QR_CONTINUITY) continue;
      size_t run = common_run(w, h->t0, h->t1, b->t0, b->t1);
      if (run >= (words < 4 ? words : 4)) {
        h->spk = q_spokes_body(w, b->spk);
        h->rule = QR_HEADLINE;
        h->how = b->how;
        h->weak = 1;
        break;
      }
    }
  }
  return PRESSE_OK;
}

/* "« L'Europe de la défense n'est plus un slogan. » Le président de la
** République a donné le ton …", "« Nous ne venons pas vendre. » Devant un
** parterre d'industriels …, la ministre déléguée … a signé": a quotation
** no rule attributed (spk12c: evidence none, 0 / 19 on written15..20 and
** on the blind sets) that ends its sentence is the words of the subject
** of the sentence right after it in its paragraph (maybe after an
** adverbial and its comma), when a verb follows that subject: the lede
** that opens with the words and names their speaker next, a title line
** above its section ("Sur France Inter : « … »¶Invité de France Inter, le
** député X, …, a estimé"). Not il / elle (who is that?), nor past another
** quotation. Looks at one sentence. */
static int32_t following_subject(qwork *w, const qdirect *d) {
  size_t c = d->close != Q_NONE ? d->close : d->t1, s = c + 1;
  if (c == 0 || s >= w->ntok || w->para[s] != w->para[c]) return -1;
  uint32_t p = w->para[c];
  if (q_sent_end_tok(w, s))
    s++;
  else if (!q_sent_end_tok(w, c - 1) &&
           !(w->tok[s].flags & PRESSE_TF_LINE_START))
    return -1;
  if (s >= w->ntok || w->para[s] != p || w->inq[s] ||
      q_personal_pronoun_at(w, s))
    return -1;
  size_t e = s;
  while (e < w->ntok && e < s + 60 && w->para[e] == p && !w->inq[e] &&
         !q_sent_end_tok(w, e))
    e++;
  int32_t spk = subject_then_verb(w, s, e);
  if (spk < 0) spk = intro_title_subject(w, s, e);
  if (spk >= 0) return spk;
  /* the adverbial: no verb in it, unless it opens with a preposition
  ** ("Devant un parterre d'industriels réunis lundi à Jakarta,") */
  int prep = q_is_word(w, s) && (w->word[s] & QW_PREP);
  size_t a = s;
  while (a < e && a < s + 16 && !Q_ISPUNCT(w, a, ',') &&
         (prep || !w->verb[a]) && !(w->word[a] & (QW_AUX | QW_AUXPL)) &&
         !(w->feat[a] & QT_SELON) && !q_personal_pronoun_at(w, a))
    a++;
  if (a == s || a + 1 >= e || !Q_ISPUNCT(w, a, ',') ||
      q_personal_pronoun_at(w, a + 1))
    return -1;
  spk = subject_then_verb(w, a + 1, e);
  return spk >= 0 ? spk : intro_title_subject(w, a + 1, e);
}

/* "« … », a réagi l'un de ses vice-présidents, X, joint par …", "X
** (équipe) a limité la casse. « … », a reconnu le Flamand en souriant",
** "X n'a pas caché sa frustration : « … ». Le milieu sang et or a reconnu
** que …": a quotation whose cue was found but whose subject no rule
** resolved (spk12c: evidence none with a speech verb). After a postposed
** cue, a person named in its group in apposition, not after a
** preposition ("le frère de X" is not X); else, for a definite group
** (le / la / l' and a noun no list knows, a description of someone), the
** person named in the sentence before, as for a descriptor
** (q_paragraph_person, of the article's gender). Not il / elle. -1 when
** none; *rule gets the cue's side. */
static int32_t cue_group_person(qwork *w, const qdirect *d, int *rule) {
  size_t c0 = d->cue0, c1 = d->cue1, o = d->open != Q_NONE ? d->open : d->t0;
  if (c0 == Q_NONE || c1 == Q_NONE || c1 >= w->ntok || c0 >= c1) return -1;
  /* an incise closing its sentence inside the quotation ("« …, a
  ** expliqué le milieu de terrain. … »") is read as a postposed cue */
  int incise = c0 > d->t0 && c0 < d->t1;
  if (c0 >= d->t1 || incise) {
    *rule = incise ? QR_INCISE : QR_CUE_AFTER;
    for (size_t k = c1; k < w->ntok && k < c1 + 16; k++) {
      if (w->para[k] != w->para[c0] || (w->inq[k] && !incise) ||
          q_sent_end_tok(w, k))
        break;
      if (w->ent[k] < 0) continue;
      int32_t x = w->ent[k];
      /* in apposition after a comma, or after a word that is no
      ** preposition ("l'un de ses vice-présidents, X"; "le frère de X",
      ** "joint par X" are not X) */
      if (w->ents->ent[x].type == PRESSE_PER && q_ent_first(w, k) == k &&
          Q_ISPUNCT(w, k - 1, ','))
        return q_entity_speaker(w, x, (uint32_t)k);
      k = q_ent_last(w, k);
    }
    if (!q_def_sg(w, c1)) return -1;
    return q_paragraph_person(w, o, o + 1, 0, q_det_gender(w, c1), 1);
  }
  *rule = QR_CUE_BEFORE;
  size_t s = c0;
  for (size_t n = 0; s > 0 && n < 40; n++) {
    if ((w->tok[s].flags & PRESSE_TF_SENT_START) ||
        w->para[s - 1] != w->para[c0] || w->inq[s - 1])
      break;
    s--;
  }
  if (!(w->tok[s].flags & PRESSE_TF_SENT_START) || !q_def_sg(w, s) ||
      q_personal_pronoun_at(w, s))
    return -1;
  return q_paragraph_person(w, s, s + 1, 0, q_det_gender(w, s), 1);
}

/* "Livres¶« Mon village n'existe pas … »¶Avec « La Saison des cormorans
** », son troisième roman, la Lorientaise X est en lice …",
** "«Une avalanche ne prévient pas deux fois»¶Alors que …, la prévisionniste
** X détaille …": a title quotation (a short paragraph of its own, no final
** period, intertitle()) that no body quotation repeats is the words of
** the person the paragraph after it opens with, as the subject of its
** first sentence: a name opening it, after a comma, or after an article
** and a noun (interviews and portraits: spk12c). -1 when none. */
static int32_t title_lede_person(qwork *w, const qdirect *d) {
  size_t o = d->open != Q_NONE ? d->open : d->t0;
  if (!intertitle(w, o)) return -1;
  size_t s = o;
  while (s < w->ntok && w->para[s] == w->para[o])
    s++;
  if (s >= w->ntok) return -1;
  for (size_t f = s; f + 1 < w->ntok && f < s + 40; f++) {
    if (w->para[f] != w->para[s] || q_sent_end_tok(w, f)) break;
    if (w->ent[f] < 0 || w->inq[f]) continue;
    int32_t x = w->ent[f];
    size_t l = q_ent_last(w, f);
    if (w->ents->ent[x].type == PRESSE_PER && f == q_ent_first(w, f) &&
        !q_after_preposition(w, f) &&
        (f == s || Q_ISPUNCT(w, f - 1, ',') ||
         (f >= s + 2 && q_is_word(w, f - 2) && (w->word[f - 2] & QW_DET) &&
          !(w->word[f - 2] & QW_PREP))))
      return q_entity_speaker(w, x, (uint32_t)f);
    f = l;
  }
  return -1;
}

/* The last resort, after every other rule and the headlines: a quotation
** still with no speaker takes the person its cue's group describes, or
** the subject of the sentence after it. */
void q_following_subjects(qwork *w) {
  if (!w->ents) return;
  for (size_t i = 0; i < w->ndq; i++) {
    qdirect *d = &w->dq[i];
    if (d->spk >= 0) continue;
    size_t n0 = w->nspk;
    int rule = QR_SUBJECT;
    int32_t spk = cue_group_person(w, d, &rule);
    if (spk >= 0) {
      q_set_speaker(w, d, spk, rule);
      d->how = QH_GUESS;
      d->weak = 1;
      continue;
    }
    w->nspk = n0;
    /* a quotation with a cue ("a-t-il lancé, ajoutant que … « … »") is
    ** its cue's speaker's, even unresolved */
    spk = d->cue0 == Q_NONE ? following_subject(w, d) : -1;
    if (spk < 0 && d->cue0 == Q_NONE) {
      w->nspk = n0;
      spk = title_lede_person(w, d);
    }
    if (spk < 0) continue;
    q_set_speaker(w, d, spk, QR_SUBJECT);
    d->weak = 1;
  }
}

/* Whether the group of speaker s is a definite description of a body
** with an adjective at most ("l'instance", "l'organisme public",
** data/speaker_bodies.txt), written from token h: the article's index
** (Q_NONE when it is not one). */
static size_t body_description(const qwork *w, int32_t s) {
  const qspeaker *p = &w->spk[s];
  size_t h = p->at;
  if (h + 1 < w->ntok && q_is_word(w, h) && (w->word[h] & QW_DET)) h++;
  if (h == 0 || h >= w->ntok || !q_is_word(w, h) || q_upper(w, h) ||
      !q_body_noun(w, h) || !(w->word[h - 1] & QW_DET) || !q_def_sg(w, h - 1))
    return Q_NONE;
  /* the noun and one adjective at most: "l'organisme public", not "la
  ** mission d'information" (a body of its own) */
  size_t e = h + 1;
  while (e < w->ntok && w->tok[e].b1 <= p->b1)
    e++;
  return e <= h + 2 ? h - 1 : Q_NONE;
}

/* "La Fédération X a salué … D'après l'instance, …", "Pour l'organisme
** public, « … »": a source (selon, d'après, pour) that describes a body
** with one of its kind's nouns is the organisation the text has just
** named (q_described_body): q_definite_speakers does so for direct
** quotations, this for reported speech; the noun as written names no one
** a reader would quote. */
void q_described_sources(qwork *w) {
  if (!w->ents) return;
  for (size_t i = 0; i < w->niq; i++) {
    qindirect *d = &w->iq[i];
    if (d->spk < 0 || d->how != QH_GROUP) continue;
    size_t a = body_description(w, d->spk);
    int32_t s = a == Q_NONE ? -1 : q_described_body(w, a);
    if (s < 0) continue;
    d->spk = s;
    d->how = QH_GUESS;
  }
}

/* A body speaker's full name: a body named somewhere in the text with a
** place after it ("la FDSEA des Hautes-Alpes a qualifié …", "selon la
** préfecture" in the headline, "la préfecture du Var" in the body) is
** that body wherever its short name speaks, as the gold names it (its
** canonical name), when the text gives it one place only. Persons keep
** their names. 0 when there is nothing to add, else 1 and the span in
** *f0, *f1. */
static int full_body_name(const qwork *w, int32_t s, const uint32_t *de,
                          size_t nde, uint32_t *f0, uint32_t *f1) {
  const qspeaker *p = &w->spk[s];
  if (p->person || p->b1 <= p->b0) return 0;
  uint32_t n = p->b1 - p->b0;
  size_t s0 = q_tok_from(w->tok, w->ntok, 0, p->b0), len = 1;
  if (s0 >= w->ntok || w->tok[s0].b0 != p->b0) return 0;
  while (s0 + len < w->ntok && len < 8 && w->tok[s0 + len - 1].b1 < p->b1)
    len++;
  if (w->tok[s0 + len - 1].b1 != p->b1) return 0;
  /* a body with local branches: a group noun as written ("préfecture")
  ** or an acronym ("FDSEA"), not a proper name ("Commission européenne") */
  const char *c = w->text + p->b0;
  int acro = len == 1 && n >= 2;
  for (uint32_t j = 0; acro && j < n; j++)
    acro = c[j] >= 'A' && c[j] <= 'Z';
  if (!acro && q_upper(w, s0)) return 0;
  uint32_t fb0 = 0, fb1 = 0;
  /* from each place named after de / du / des back to the name */
  for (size_t j = 0; j < nde; j++) {
    size_t q = de[j], t = q + 1;
    if (q_fem_article(w, t)) t++;
    if (q < len) continue;
    size_t k = q - len;
    if (w->tok[q - 1].b1 - w->tok[k].b0 != n || w->inq[k] ||
        memcmp(w->text + w->tok[k].b0, c, n))
      continue;
    /* a subject, or where the speaker was named ("un porte-parole de la
    ** MSA de Bourgogne"); not a complement ("les abords de la préfecture
    ** des Deux-Sèvres", "le président de la FDSEA de X") */
    if (k != p->at && k != p->at + 1 && q_after_preposition(w, k)) continue;
    uint32_t end = w->tok[q_ent_last(w, t)].b1;
    if (fb1 && (end - w->tok[k].b0 != fb1 - fb0 ||
                memcmp(w->text + fb0, w->text + w->tok[k].b0, fb1 - fb0)))
      return 0; /* two places: which one is not said */
    fb0 = w->tok[k].b0;
    fb1 = end;
  }
  *f0 = fb0;
  *f1 = fb1;
  return fb1 != 0;
}

/* The de / du / des before a place ("de la Méditerranée", "du Var"), at
** most BODY_PLACES of them: the token of de in de[]. */
#define BODY_PLACES 64
static size_t places_after_de(const qwork *w, uint32_t *de) {
  size_t n = 0, t = 0;
  for (size_t e = 0; e < w->ents->n && n < BODY_PLACES; e++) {
    const presse_entity *x = &w->ents->ent[e];
    if (x->type != PRESSE_LOC) continue;
    t = q_tok_near(w, t, x->b0);
    if (t >= w->ntok || w->tok[t].b0 != x->b0 || t < 3) continue;
    size_t q = t - 1;
    if (q_fem_article(w, q)) q--;
    if (q_de_word(w, q)) de[n++] = (uint32_t)q;
  }
  return n;
}

/* What full_body_name() needs across the speakers of a document: the de
** before each place, found once, when a name first asks. */
typedef struct body_places {
  uint32_t de[BODY_PLACES];
  size_t nde; /* SIZE_MAX: not looked for yet */
} body_places;

static int body_name_finder(qwork *w, int32_t s, void *ctx, uint32_t *f0,
                            uint32_t *f1) {
  body_places *p = ctx;
  const qspeaker *o = &w->spk[s];
  /* a lowercase group or an all-capitals name, before any search */
  const char *c = w->text + o->b0;
  if (!(o->b1 > o->b0 + 1 &&
        (*c < 'A' || *c > 'Z' || c[1] < 'a' || c[1] > 'z'))) /* "Commission" */
    return 0;
  if (p->nde == SIZE_MAX) p->nde = places_after_de(w, p->de);
  return p->nde && full_body_name(w, s, p->de, p->nde, f0, f1);
}

void q_full_body_names(qwork *w) {
  if (!w->ents) return;
  body_places p;
  p.nde = SIZE_MAX;
  q_rename_body_speakers(w, body_name_finder, &p);
}
