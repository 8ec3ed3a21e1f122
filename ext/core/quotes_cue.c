/*
** quotes_cue.c: the cue of a direct quotation, the speech-verb group that
** attributes it: postposed after the closing mark (post_cue), an incise
** inside the quotation (incise, incise_period, incise_named), or a cue
** earlier in the sentence (pre_cue), with the speaker each one names.
**
** A wrong speaker is worse than none: every rule gives up (-1) rather than
** guess when the noun group cannot be resolved.
*/
#include "lexicon.h"
#include "quotes_int.h"

#include <string.h>

#include "lex_dates_months.h"
#include "lex_speech_nouns.h"
#include "speaker_prepositions.h"

static int set_cue(qwork *w, qdirect *d, size_t c0, size_t c1, int32_t spk,
                   int rule) {
  d->cue0 = (uint32_t)c0;
  d->cue1 = (uint32_t)c1;
  d->spk = spk;
  d->rule = (uint8_t)(spk >= 0 ? rule : QR_NONE);
  d->how = spk >= 0 ? w->how : QH_NONE;
  return 1;
}

/* Whether the word at i is a month name (data/dates_months.txt, folded
** without accents). */
static int month(const qwork *w, size_t i) {
  char b[32], c[32];
  size_t n =
      q_fold(w->text + w->tok[i].b0, w->tok[i].b1 - w->tok[i].b0, b, sizeof b);
  size_t m = 0;
  for (size_t k = 0; k < n && m < sizeof c; k++) {
    unsigned char x = (unsigned char)b[k];
    if (x == 0xC3 && k + 1 < n) {
      unsigned char y = (unsigned char)b[++k];
      c[m++] = y >= 0xA8 && y <= 0xAB   ? 'e'
               : y >= 0xB9 && y <= 0xBC ? 'u'
                                        : '?';
    } else {
      c[m++] = (char)x;
    }
  }
  return m && presse_lex_find(&lex_dates_months, c, m) != NULL;
}

/* After a date between a postposed cue and its subject ("a annoncé
** lundi 12 mars le ministre"): the token after it, else s. */
static size_t skip_date(const qwork *w, size_t s) {
  size_t k = s;
  while (k < w->ntok && k < s + 2 && q_is_word(w, k) &&
         ((w->word[k] & QW_ADV) || q_date_article(w, k)))
    k++; /* lundi, le */
  if (k + 1 < w->ntok && w->tok[k].kind == PRESSE_TOK_NUMBER &&
      q_is_word(w, k + 1) && month(w, k + 1)) {
    k += 2;
    if (k < w->ntok && w->tok[k].kind == PRESSE_TOK_NUMBER) k++; /* year */
    return k;
  }
  return s;
}

/* Whether the verb group ending at last is followed (over adverbs) by
** que or an opening quotation mark: the content it governs. */
static int governs_next(const qwork *w, size_t last) {
  size_t k = last + 1;
  while (k < w->ntok && k < last + 4 && q_adv_like(w, k))
    k++;
  return k < w->ntok && ((q_is_word(w, k) && (w->word[k] & QW_QUE) &&
                          !(w->word[k] & QW_REL)) ||
                         (w->feat[k] & QT_OPEN));
}

/* Whether token i is a noun of something said (data/speech_nouns.txt). */
static int speech_noun(const qwork *w, size_t i) {
  char b[64];
  if (i >= w->ntok || !q_is_word(w, i)) return 0;
  size_t n =
      q_fold(w->text + w->tok[i].b0, w->tok[i].b1 - w->tok[i].b0, b, sizeof b);
  return n && presse_lex_find(&lex_speech_nouns, b, n) != NULL;
}

/* "« … » C'est la remarque d'un manifestant, X", "Tel est le constat de
** X", "Voilà l'avis du maire" right after a quotation: the one whose words
** they are. Returns 1 when the quotation was attributed. */
static int said_noun_after(qwork *w, qdirect *d, size_t k) {
  size_t a;
  if (q_presentative_subject(w, k) && q_copula(w, k + 1))
    a = k + 2;
  else if (q_presentative(w, k))
    a = k + 1;
  else
    return 0;
  if (a + 3 >= w->ntok || !(w->word[a] & QW_DET) || (w->word[a] & QW_PREP) ||
      !speech_noun(w, a + 1))
    return 0;
  size_t s = a + 2, e;
  if (q_de(w, s))
    s++;
  else if (!q_de_article(w, s))
    return 0;
  int32_t spk = q_speaker_at(w, s, w->ntok, &e);
  if (spk == -3) spk = q_function_as_written(w, s, w->ntok);
  if (spk < 0) return 0;
  return set_cue(w, d, a + 1, a + 2, spk, QR_CUE_AFTER);
}

/* "», a déclaré X", "» indique X", "», a-t-il ajouté", "», X a ajouté". */
/* A postposed subject after a short complement of the verb: "», a
** déclaré en fin de matinée la procureure, X", "», a résumé devant la
** presse X". The complement opens with a preposition and holds plain
** lowercase words only (a title or a name in it would be its own noun:
** "a dit devant le maire X" gives nothing); the subject is a person's
** name or a determiner with a function noun. -1 otherwise. */
static int32_t after_complement(qwork *w, size_t s, size_t *e) {
  if (s >= w->ntok || !q_is_word(w, s) || !(w->word[s] & QW_PREP) ||
      q_upper(w, s) || w->inq[s])
    return -1;
  int noun = 0;
  for (size_t a = s + 1; a < w->ntok && a < s + 7; a++) {
    if (w->inq[a] || w->para[a] != w->para[s]) return -1;
    if (noun && w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type == PRESSE_PER &&
        q_ent_first(w, a) == a)
      return q_speaker_at(w, a, w->ntok, e);
    if (noun && q_is_word(w, a) && (w->word[a] & QW_DET) &&
        !(w->word[a] & QW_PREP) && a + 1 < w->ntok &&
        (w->feat[a + 1] & (QT_TITLE_M | QT_TITLE_F)))
      return q_speaker_at(w, a, w->ntok, e);
    if (!q_is_word(w, a) || q_upper(w, a) || w->ent[a] >= 0 ||
        (w->verb[a] && !(w->word[a] & (QW_PREP | QW_DET))) ||
        (w->feat[a] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)) ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL | QW_ELLE |
                       QW_PRONPL | QW_COORD)))
      return -1;
    if (!(w->word[a] & (QW_DET | QW_PREP | QW_POSS))) noun = 1;
  }
  return -1;
}

/* "…, avant d'ajouter : « … »¶Le ministre a assuré mardi que …": a
** quotation closing its line after a colon is not the words of the
** subject opening the next line (a paragraph in scraped text, one
** newline), which says its own; the colon's cue has them. */
static int next_line_subject(const qwork *w, const qdirect *d, size_t k) {
  return (w->tok[k].flags & PRESSE_TF_LINE_START) && d->open != Q_NONE &&
         d->open > 0 && Q_ISPUNCT(w, d->open - 1, ':');
}

/* Whether token k is a preposition of data/speaker_prepositions.txt with
** bit 4 (before a complement of the verb), 2 (before the body "on"
** speaks for) or 1 (before a medium), compared as literals
** (build/gen/speaker_prepositions.h). */
Q_WORD_LIST_TEST(complement_prep, COMPLEMENT_PREPS)
Q_WORD_LIST_TEST(on_body_prep, ON_BODY_PREPS)
Q_WORD_LIST_TEST(medium_prep, MEDIUM_PREPS)

/* "», a déclaré à l'ouverture des travaux le ministre X", "», a déclaré à
** notre journal sa cofondatrice, Y": a complement of the postposed verb
** (à / au / aux / devant + a lowercase noun group) before its subject, a
** determiner or a possessive group that names a speaker or a function as
** written. -1 when the words after the verb read otherwise. */
static int32_t complement_subject(qwork *w, size_t s, size_t *e) {
  if (s >= w->ntok || !q_is_word(w, s) || w->inq[s] || !complement_prep(w, s))
    return -1;
  int noun = 0;
  for (size_t a = s + 1; a < w->ntok && a < s + 8; a++) {
    if (w->inq[a] || w->para[a] != w->para[s] || !q_is_word(w, a) ||
        q_upper(w, a) || w->ent[a] >= 0)
      return -1;
    if (noun && (w->word[a] & (QW_DET | QW_POSS)) && !(w->word[a] & QW_PREP)) {
      int32_t spk = q_speaker_at(w, a, w->ntok, e);
      if (spk == -3) spk = q_function_as_written(w, a, w->ntok);
      return spk < 0 ? -1 : spk;
    }
    if ((w->verb[a] && !(w->word[a] & (QW_PREP | QW_DET))) ||
        (w->feat[a] & (QT_TITLE_M | QT_TITLE_F)) ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_REL | QW_QUE | QW_IL | QW_ELLE |
                       QW_PRONPL | QW_COORD)))
      return -1;
    if (!(w->word[a] & (QW_DET | QW_PREP | QW_POSS))) noun = 1;
  }
  return -1;
}

/* "l'ancienne diplomate X", "le nouveau ministre": a determiner at a, one
** plain adjective, then a function noun. For post_cue's short
** complement ("», plaide dans une tribune l'ancienne diplomate X"), where
** the group was looked for right after the determiner only and the
** quotation had no speaker. */
static int adjective_title(const qwork *w, size_t a) {
  size_t j = a + 1;
  return j + 1 < w->ntok && (w->word[a] & QW_DET) && !(w->word[a] & QW_PREP) &&
         q_is_word(w, j) && !w->word[j] && !w->verb[j] && !q_upper(w, j) &&
         w->ent[j] < 0 && !w->inq[j] &&
         (w->feat[j + 1] & (QT_TITLE_M | QT_TITLE_F));
}

/* "», nous confie-t-elle", "», m'a expliqué X", "», leur lance le
** maire": an object pronoun between the closing mark and the speech verb
** of a postposed cue belongs to the cue, as the reflexive "s'" does
** ("lui" is read as an adverb already). Whether token k is such a
** pronoun before a verb group. */
static int cue_object_clitic(const qwork *w, size_t k) {
  if (!q_is_word(w, k) || k + 1 >= w->ntok || w->inq[k + 1] ||
      (w->tok[k].flags & PRESSE_TF_UPPER))
    return 0;
  if (!q_object_clitic(w, k)) return 0;
  size_t last;
  uint16_t vf;
  return q_verb_group(w, k + 1, &last, &vf);
}

/* "« Nou pa … » (« Nous n'avons … »), souffle X": a quotation and its
** translation in parentheses share the cue after both. From k, the token
** after d's closing mark: the token after the parenthesised quotation
** that follows d, or after the parenthesis that closes d itself (d is
** the translation); k otherwise. */
static size_t translation_skip(const qwork *w, const qdirect *d, size_t k) {
  if (k >= w->ntok) return k;
  if (Q_ISPUNCT(w, k, ')') && d->open != Q_NONE && d->open > 0 &&
      Q_ISPUNCT(w, d->open - 1, '(') && d->open >= 2 &&
      (w->feat[d->open - 2] & QT_CLOSE))
    return k + 1;
  if (!Q_ISPUNCT(w, k, '(') || k + 2 >= w->ntok ||
      !(w->feat[k + 1] & QT_OPEN) || !w->inq[k + 2])
    return k;
  const qdirect *p = &w->dq[w->inq[k + 2] - 1];
  if (p->open != k + 1 || p->close == Q_NONE || p->close + 1 >= w->ntok ||
      !Q_ISPUNCT(w, p->close + 1, ')'))
    return k;
  return p->close + 2;
}

/* "Les riverains ont manifesté samedi. « … », ont-ils expliqué": ils /
** elles are plural, never one person; the plural noun group opening the
** sentence before the quotation in its paragraph (les, des, ces, leurs),
** as written, or nobody. d is the quotation. */
static int32_t plural_subject(qwork *w, const qdirect *d) {
  size_t o = d->open != Q_NONE ? d->open : d->t0;
  for (size_t k = o, s = 0; k-- > 0 && s < 80; s++) {
    if (w->para[k] != w->para[o]) return -1;
    if (w->inq[k] || !(w->tok[k].flags & PRESSE_TF_SENT_START)) continue;
    if (!q_plural_determiner(w, k)) return -1;
    size_t n = w->nspk, e;
    int32_t spk = q_speaker_at(w, k, o, &e);
    if (spk >= 0 && !w->spk[spk].person) return spk;
    w->nspk = n;
    return -1;
  }
  return -1;
}

/* "« … », peste X, président d'une association", "« … », a attaqué X,
** conseillère du groupe Y": after the closing mark and its comma, a
** lowercase word no list knows (or an auxiliary and such a word), then a
** person's name closing the clause. French inverts the subject there only
** after a verb of saying, whatever the verb (the lists cannot hold every
** verb a writer uses for it): the person is the speaker. c: the token after
** the comma. */
static int unknown_verb_cue(qwork *w, qdirect *d, size_t c) {
  size_t v = c;
  if (d->close == Q_NONE || c != d->close + 2 || !Q_ISPUNCT(w, c - 1, ','))
    return 0;
  /* words said, not a title ("« Les Veilleurs du causse », musée X,
  ** Rodez", a noun and a name): six words at least */
  size_t words = 0;
  for (size_t k = d->t0; k < d->t1 && words < 6; k++)
    words += q_is_word(w, k);
  if (words < 6) return 0;
  if (v + 1 < w->ntok && q_is_word(w, v) && (w->word[v] & QW_AUX) &&
      !(w->tok[v].flags & PRESSE_TF_INVERTED))
    v++;
  if (v + 1 >= w->ntok || !q_is_word(w, v) || q_upper(w, v) || w->ent[v] >= 0 ||
      w->inq[v] || (w->word[v] & ~QW_KNOWN) ||
      (w->feat[v] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)) ||
      w->para[v] != w->para[d->close])
    return 0;
  size_t p = v + 1;
  if (w->ent[p] < 0 || w->ents->ent[w->ent[p]].type != PRESSE_PER ||
      q_ent_first(w, p) != p || w->para[p] != w->para[v])
    return 0;
  size_t l = q_ent_last(w, p) + 1;
  if (l < w->ntok && w->para[l] == w->para[p] && !Q_ISPUNCT(w, l, ',') &&
      !q_sent_end_tok(w, l))
    return 0;
  w->how = QH_NONE;
  return set_cue(w, d, c, v + 1, q_entity_speaker(w, w->ent[p], (uint32_t)p),
                 QR_CUE_AFTER);
}

/* "», glisse le milieu italien.", "», a plaidé la pénaliste bruxelloise,
** qui …", "», a résumé l'arrière gauche, auteure de …": after a postposed
** cue, a definite article, a noun no list knows and one or two lowercase
** words no list knows either (an adjective of origin or of position),
** closing the sentence or followed by a comma, qui or a gerund's en: a
** description of the person named in the sentence before (sports and court
** reports name a player, then describe him), as demonym_person does for
** "le Danois". One-noun groups are q_plain_after's ("le documentaire").
** -1 when the shape differs or nobody of the article's gender is named. */
static int32_t descriptor_person(qwork *w, size_t s) {
  if (s + 2 >= w->ntok || !q_def_sg(w, s)) return -1;
  size_t k = s + 1, n = 0;
  for (; k < w->ntok && n < 3; k++, n++)
    if (!q_is_word(w, k) || w->inq[k] || w->ent[k] >= 0 || q_upper(w, k) ||
        w->word[k] || w->verb[k] || w->feat[k])
      break;
  if (n < 2 || k >= w->ntok || w->para[k] != w->para[s]) return -1;
  if (!(q_sent_end_tok(w, k) || Q_ISPUNCT(w, k, ',') ||
        q_subject_relative(w, k) || q_en_pronoun(w, k)))
    return -1;
  int32_t p = q_paragraph_person(w, s + 1, s + 2, 0, q_det_gender(w, s), 1);
  if (p >= 0) w->how = QH_GUESS;
  return p;
}

/* Whether the inverted verb at k ends with the pronoun on ("précise-t-on",
** "dit-on"). */
static int inverted_on(const qwork *w, size_t k) {
  const presse_token *t = &w->tok[k];
  return t->b1 - t->b0 > 3 && !memcmp(w->text + t->b1 - 3, "-on", 3);
}

/* "», précise-t-on à la préfecture", "», explique-t-on chez X", "dit-on
** au ministère de l'Intérieur": the indefinite on speaks for the body
** named after à, au, aux or chez (an organisation or a place the entities
** name, or a noun of data/speaker_groups.txt with its complement). -1
** when none follows. */
static int32_t on_speaks_for(qwork *w, size_t s) {
  if (s >= w->ntok || !on_body_prep(w, s)) return -1;
  size_t h = s + 1;
  if (h < w->ntok && q_is_word(w, h) && (w->word[h] & QW_DET) &&
      !(w->word[h] & QW_PREP))
    h++;
  if (h >= w->ntok || !q_is_word(w, h) || w->inq[h]) return -1;
  if (w->ent[h] >= 0)
    return w->ents->ent[w->ent[h]].type == PRESSE_PER
               ? -1
               : q_entity_speaker(w, w->ent[h], (uint32_t)h);
  if (!(w->feat[h] & QT_GROUP) || q_upper(w, h)) return -1;
  size_t e = q_title_end(w, h, w->ntok);
  w->how = QH_NONE; /* the body as written, named by its cue */
  return q_add_speaker(w, w->tok[h].b0, w->tok[e - 1].b1, (uint32_t)h, 0);
}

/* "X, 19 points, est resté sobre : « On rentre avec rien. » Selon son
** agent, le Serbe est suivi …": a quotation a colon introduces, closed
** with its own final period, and a source (selon, d'après) opening the
** next sentence at k: that sentence is about something else, and the
** quotation's cue is the one before its colon (pre_cue). */
static int colon_before_closed(const qwork *w, const qdirect *d, size_t k) {
  if (d->open == Q_NONE || d->open == 0 || !Q_ISPUNCT(w, d->open - 1, ':') ||
      !(w->tok[k].flags & PRESSE_TF_SENT_START) || d->t1 <= d->t0)
    return 0;
  size_t e = d->t1 - 1;
  return Q_ISPUNCT(w, e, '.') || Q_ISPUNCT(w, e, '!') || Q_ISPUNCT(w, e, '?');
}

/* The subject of a speech verb that comes after it, from s (the word
** after the verb group): "a déclaré X", "a ajouté pour sa part le maire",
** "a expliqué à l'AFP X", "a écrit sur X le préfet", a function nobody
** holds as written, a plain group, a description of the person just
** named. The speaker, or -1 (-1 also for an unresolved pronoun). One
** reading for the postposed cue (q_post_cue) and the incise with a noun
** group (q_incise_named). */
static int32_t postposed_subject(qwork *w, size_t s) {
  size_t e;
  while (s < w->ntok && q_adv_like(w, s))
    s++;
  s = skip_date(w, s);
  while (s < w->ntok && q_adv_like(w, s))
    s++;
  if (s + 3 < w->ntok && q_is_word(w, s) && (w->word[s] & QW_PREP) &&
      (w->word[s + 1] & QW_POSS) && q_is_word(w, s + 2) && w->ent[s + 2] < 0 &&
      !w->inq[s + 2])
    s += 3; /* "martèle de son côté X", "a ajouté pour sa part X" */
  int32_t spk = q_speaker_at(w, s, w->ntok, &e);
  if (spk == -1 && s < w->ntok && medium_prep(w, s)) {
    /* "a expliqué à l'AFP X", "a réagi auprès de l'AFP X", "a déclaré
    ** au journal Y X", "a écrit sur X le préfet" (a capitalised medium
    ** no entity covers) */
    size_t a = s + 1;
    while (
        a < w->ntok && a < s + 6 && !w->inq[a] &&
        !(w->tok[a].flags & PRESSE_TF_SENT_START) &&
        ((q_is_word(w, a) && (w->word[a] & (QW_DET | QW_PREP))) ||
         (w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type != PRESSE_PER) ||
         (w->ent[a] < 0 && q_is_word(w, a) && q_upper(w, a) && a == s + 1))) {
      int named = w->ent[a] >= 0 || q_upper(w, a);
      a = w->ent[a] >= 0 ? q_ent_last(w, a) + 1 : a + 1;
      if (named && a < w->ntok && (w->word[a] & (QW_DET | QW_POSS)) &&
          !(w->word[a] & QW_PREP))
        break; /* "à l'AFP | le porte-parole de X" */
    }
    if (a > s + 1 && a < w->ntok &&
        ((w->ent[a] >= 0 && w->ents->ent[w->ent[a]].type == PRESSE_PER) ||
         ((w->ent[a - 1] >= 0 || q_upper(w, a - 1)) &&
          (w->word[a] & (QW_DET | QW_POSS))))) {
      spk = q_speaker_at(w, a, w->ntok, &e);
      /* the subject's group opens after the medium: the readings below
      ** ("le maire" as written, a plain group) start there too */
      s = a;
    }
  }
  if (spk == -1 && s < w->ntok && q_short_complement_prep(w, s)) {
    /* "a écrit sur X le préfet", "a assuré sur une radio locale le
    ** maire de Y, Z": a short complement, then the subject group */
    for (size_t a = s + 2; a < w->ntok && a < s + 6; a++) {
      if (w->inq[a] || !q_is_word(w, a) || w->verb[a] ||
          (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)))
        break;
      int names = w->ent[a] >= 0 &&
                  w->ents->ent[w->ent[a]].type == PRESSE_PER &&
                  q_ent_first(w, a) == a;
      int group = (w->word[a] & QW_DET) && !(w->word[a] & QW_PREP) &&
                  a + 1 < w->ntok &&
                  (w->feat[a + 1] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP));
      if (!group) group = adjective_title(w, a);
      if (names || group) {
        spk = q_speaker_at(w, a, w->ntok, &e);
        break;
      }
      if (w->ent[a] >= 0) a = q_ent_last(w, a);
    }
  }
  if (spk == -1) spk = complement_subject(w, s, &e);
  if (spk == -1) spk = after_complement(w, s, &e);
  /* a function nobody holds: as written, with its complement ("a
  ** assuré le préfet du Finistère") */
  if (spk == -3) spk = q_function_as_written(w, s, w->ntok);
  if (spk == -3) spk = -1;
  if (spk == -1) spk = q_plain_after(w, s);
  if (spk == -1) spk = descriptor_person(w, s);
  return spk;
}

int q_post_cue(qwork *w, qdirect *d) {
  size_t k = d->close != Q_NONE ? d->close + 1 : d->t1;
  k = translation_skip(w, d, k);
  if (k < w->ntok && Q_ISPUNCT(w, k, ',')) k++;
  /* "« Restez chez vous » : le préfet demande …", a headline's quotation
  ** opening its line, then who said it */
  else if (k < w->ntok && Q_ISPUNCT(w, k, ':') && d->open != Q_NONE &&
           (d->open == 0 || (w->tok[d->open].flags & PRESSE_TF_LINE_START)))
    k++;
  if (k < w->ntok && !w->inq[k] && said_noun_after(w, d, k)) return 1;
  while (k < w->ntok && q_is_word(w, k) && (w->word[k] & QW_ADV) &&
         !(w->word[k] & (QW_AUX | QW_AUXPL)))
    k++;
  if (k >= w->ntok || w->inq[k]) return 0;
  if (w->para[k] != w->para[d->t1 - 1]) return 0;
  size_t last;
  uint16_t vf;
  /* "», s'est félicité le ministère": the clitic belongs to the cue */
  size_t c = k;
  if (q_is_word(w, k) && q_reflexive(w, k) && k + 1 < w->ntok)
    k++;
  else if (cue_object_clitic(w, k))
    k++;
  if (q_verb_group(w, k, &last, &vf)) {
    /* "» évoquant …": a gerund's speaker is its sentence's subject, which
    ** the cue before finds */
    if ((w->verb[last] & QV_GER) && !(w->word[k] & (QW_AUX | QW_AUXPL)))
      return 0;
    if ((w->tok[k].flags & PRESSE_TF_INVERTED) && (w->word[k] & QW_PRONPL))
      return set_cue(w, d, c, last + 1, plural_subject(w, d), QR_CUE_AFTER);
    if ((w->tok[k].flags & PRESSE_TF_INVERTED) && inverted_on(w, k)) {
      int32_t spk = on_speaks_for(w, last + 1);
      if (spk >= 0) return set_cue(w, d, c, last + 1, spk, QR_CUE_AFTER);
    }
    if (w->tok[k].flags & PRESSE_TF_INVERTED) {
      int fem = (w->word[k] & QW_ELLE) != 0;
      return set_cue(w, d, c, last + 1, q_resolve_pronoun(w, d->t0, fem),
                     QR_CUE_AFTER);
    }
    int32_t spk = postposed_subject(w, last + 1);
    if (spk >= 0 || (vf & QV_INCISE))
      return set_cue(w, d, c, last + 1, spk, QR_CUE_AFTER);
    return 0;
  }
  k = c;
  /* "», selon X." / "», d'après X." */
  if (((w->feat[k] & QT_SELON) || (q_elided_de(w, k) && k + 1 < w->ntok &&
                                   (w->feat[k + 1] & QT_DAPRES))) &&
      !colon_before_closed(w, d, k)) {
    size_t a = (w->feat[k] & QT_SELON) ? k + 1 : k + 2, e;
    int32_t spk = q_speaker_at(w, a, w->ntok, &e);
    /* "», selon le ministre de l'Intérieur.": a function nobody the text
    ** names holds is the speaker as written, as before the quotation
    ** (pre_cue) and after a verb; it was left with no speaker */
    if (spk == -3) spk = q_function_as_written(w, a, w->ntok);
    if (spk == -1) spk = q_plain_after(w, a); /* "», selon les pompiers." */
    if (spk >= 0) return set_cue(w, d, k, a, spk, QR_SELON);
    return 0;
  }
  /* "« … » pour X" closing a headline or a sentence: X's words */
  if ((w->feat[k] & QT_POUR) &&
      k == (d->close != Q_NONE ? d->close + 1 : Q_NONE) && k + 1 < w->ntok &&
      w->ent[k + 1] >= 0 && q_ent_first(w, k + 1) == k + 1 &&
      w->ents->ent[w->ent[k + 1]].type == PRESSE_PER) {
    size_t l = q_ent_last(w, k + 1);
    if (l + 1 >= w->ntok || q_sent_end_tok(w, l + 1) ||
        w->para[l + 1] != w->para[k])
      return set_cue(w, d, k, k + 1,
                     q_entity_speaker(w, w->ent[k + 1], (uint32_t)(k + 1)),
                     QR_SELON);
  }
  /* bare participle: "» averti Météo France" */
  if ((w->verb[k] & QV_PART) && q_speech(w->verb[k])) {
    size_t e;
    int32_t spk = q_speaker_at(w, k + 1, w->ntok, &e);
    if (spk >= 0) return set_cue(w, d, k, k + 1, spk, QR_CUE_AFTER);
  }
  /* a cue closing the sentence further on: "« … » qui peut …, a indiqué
  ** un porte-parole de la police." */
  for (size_t a = d->close != Q_NONE ? d->close + 1 : d->t1, n = 0;
       a + 1 < w->ntok && n < 60; a++, n++) {
    if (w->inq[a]) {
      /* another quotation of the same sentence: the cue is both's */
      const qdirect *p = &w->dq[w->inq[a] - 1];
      a = p->close != Q_NONE ? p->close : p->t1 - 1;
      continue;
    }
    if (q_sent_end_tok(w, a) || w->para[a] != w->para[k]) break;
    if (!Q_ISPUNCT(w, a, ',')) continue;
    size_t v = a + 1;
    int comme = 0;
    if (q_as_conjunction(w, v)) {
      /* ", comme l'écrit le ministère sur son site." */
      v++;
      comme = 1;
      if (v < w->ntok && q_neuter_object(w, v)) v++;
    }
    if (!q_verb_group(w, v, &last, &vf) || (!(vf & QV_INCISE) && !comme) ||
        (w->tok[v].flags & PRESSE_TF_INVERTED))
      continue;
    size_t x, sp = last + 1;
    int32_t spk = q_speaker_at(w, sp, w->ntok, &x);
    /* the cue closes the sentence, maybe with a short complement */
    size_t y = x;
    while (spk >= 0 && y < w->ntok && y < x + 8 && !q_sent_end_tok(w, y) &&
           !w->inq[y] && !w->verb[y] && w->para[y] == w->para[k])
      y++;
    /* a headline has no final period: its line's end closes it */
    if (spk >= 0 &&
        (y >= w->ntok || q_sent_end_tok(w, y) || w->para[y] != w->para[k]))
      return set_cue(w, d, v, last + 1, spk, comme ? QR_SELON : QR_CUE_AFTER);
    break;
  }
  if (unknown_verb_cue(w, d, k)) return 1;
  /* subject first: "», X a ajouté" */
  if (next_line_subject(w, d, k)) return 0;
  size_t e;
  int32_t spk = q_speaker_at(w, k, w->ntok, &e);
  uint8_t how = w->how;
  if (spk >= 0) {
    size_t v = e;
    if (v < w->ntok && q_reflexive(w, v)) v++;
    /* "« … ! » Le porte-parole se félicite que « … »": a verb that
    ** governs its own content opens a new statement */
    if (q_verb_group(w, v, &last, &vf) && !governs_next(w, last)) {
      w->how = how;
      return set_cue(w, d, e, last + 1, spk, QR_CUE_AFTER);
    }
  }
  return 0;
}

/* An incise inside the quote: "« …, a-t-elle dit, … »". */
int q_incise(qwork *w, qdirect *d) {
  for (size_t k = d->t0 + 1; k + 1 < d->t1; k++) {
    if (!Q_ISPUNCT(w, k, ',')) continue;
    size_t last;
    uint16_t vf;
    if ((w->tok[k + 1].flags & PRESSE_TF_INVERTED) &&
        q_verb_group(w, k + 1, &last, &vf) && last + 1 < d->t1 &&
        Q_ISPUNCT(w, last + 1, ',')) {
      if (w->word[k + 1] & QW_PRONPL) /* « …, disent-ils, … » */
        return set_cue(w, d, k + 1, last + 1, plural_subject(w, d), QR_INCISE);
      int fem = (w->word[k + 1] & QW_ELLE) != 0;
      return set_cue(w, d, k + 1, last + 1, q_resolve_pronoun(w, d->t0, fem),
                     QR_INCISE);
    }
  }
  return 0;
}

/* An incise that ends its sentence inside the quotation, maybe after a
** short complement: "« On a été prévenus trop tard, a-t-il dit devant la
** mairie. Je ne cherche pas … »" (incise() wants a comma after the verb).
** The complement holds no verb, no quotation and at most six words. */
int q_incise_period(qwork *w, qdirect *d) {
  for (size_t k = d->t0 + 1; k + 2 < d->t1; k++) {
    if (!Q_ISPUNCT(w, k, ',')) continue;
    size_t last;
    uint16_t vf;
    if (!(w->tok[k + 1].flags & PRESSE_TF_INVERTED) ||
        !q_verb_group(w, k + 1, &last, &vf) || !(vf & QV_INCISE))
      continue;
    for (size_t a = last + 1; a < d->t1 && a < last + 8; a++) {
      if (q_sent_end_tok(w, a)) {
        int fem = (w->word[k + 1] & QW_ELLE) != 0;
        return set_cue(w, d, k + 1, last + 1, q_resolve_pronoun(w, d->t0, fem),
                       QR_INCISE);
      }
      if (!q_is_word(w, a) || w->verb[a] || w->inq[a] != w->inq[d->t0] ||
          (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)))
        break;
    }
  }
  return 0;
}

/* "« On n'avait rien à perdre, a expliqué le capitaine. Eux avaient tout
** à perdre. »", "« …, soupire un commerçant de la place. … »": an
** incise whose subject is a noun group (a determiner or a possessive, a
** function, a role, a body), closing its sentence inside the quotation,
** words of the quotation after it. The group is read as after a
** postposed cue (postposed_subject): the person named with the
** function, the function as written, a description of the person just
** named. Before (spk14d), no rule read it: the quotation went to the
** previous speaker, or to nobody. The incise's comma at k, its verb
** group ending at last. Sets the cue (and the speaker when the group
** resolves) and returns 1 when the shape is there. */
static int incise_group(qwork *w, qdirect *d, size_t k, size_t last) {
  size_t s = last + 1;
  if (!q_is_word(w, s) || !(w->word[s] & (QW_DET | QW_POSS)) ||
      (w->word[s] & QW_PREP) || w->inq[s] != w->inq[d->t0])
    return 0;
  /* the group ends its sentence within eight words holding no verb */
  size_t a = s + 1;
  while (a < d->t1 && a < s + 9 && !q_sent_end_tok(w, a)) {
    if (w->inq[a] != w->inq[d->t0] || w->verb[a] ||
        (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)) ||
        (q_is_word(w, a) ? 0 : !Q_ISPUNCT(w, a, ',') && !Q_ISPUNCT(w, a, '-')))
      return 0;
    a++;
  }
  if (a + 1 >= d->t1 || !q_sent_end_tok(w, a)) return 0;
  /* the incise is the narrator's words, not the quotation's: the noun
  ** group readings stop at a quotation's words, so they are lifted over
  ** the incise while it is read */
  uint32_t q = w->inq[s];
  for (size_t i = k + 1; i < a; i++)
    w->inq[i] = 0;
  size_t n0 = w->nspk;
  int32_t spk = postposed_subject(w, s);
  if (spk < 0) w->nspk = n0;
  for (size_t i = k + 1; i < a; i++)
    w->inq[i] = q;
  return set_cue(w, d, k + 1, last + 1, spk < 0 ? -1 : spk, QR_INCISE);
}

/* An incise with a named subject inside the quotation: "« Le prix paraît
** élevé, estime X, analyste chez Y. Mais … »", "« …, a précisé Mme X.
** C'est … »". incise() and incise_period() read an inverted pronoun
** only; such a quotation fell to continuity and went to the previous
** speaker. A comma, an incise verb (not inverted), a person (after a
** civility word or not), then a comma or, within six words holding no
** verb, the end of a sentence with words of the quotation after it. */
int q_incise_named(qwork *w, qdirect *d) {
  if (!w->ents || !w->ents->n) return 0;
  for (size_t k = d->t0 + 1; k + 3 < d->t1; k++) {
    if (!Q_ISPUNCT(w, k, ',')) continue;
    size_t v = k + 1, last;
    uint16_t vf;
    if (q_reflexive(w, v)) v++;
    if (!q_is_word(w, v) || (w->tok[v].flags & PRESSE_TF_INVERTED) ||
        !q_verb_group(w, v, &last, &vf) || !(vf & QV_INCISE) ||
        (w->verb[last] & QV_GER))
      continue;
    size_t s = last + 1;
    if (q_civility_or_lawyer(w, s)) s++;
    if (s >= d->t1) continue;
    if (w->ent[s] < 0 || q_ent_first(w, s) != s ||
        w->ents->ent[w->ent[s]].type != PRESSE_PER) {
      if (incise_group(w, d, k, last)) return 1;
      continue;
    }
    size_t e = q_ent_last(w, s) + 1;
    int ok = 0;
    for (size_t a = e; a < d->t1 && a < e + 7; a++) {
      if (Q_ISPUNCT(w, a, ',') || q_sent_end_tok(w, a)) {
        ok = a + 1 < d->t1;
        break;
      }
      if (!q_is_word(w, a) || w->verb[a] ||
          (w->word[a] & (QW_AUX | QW_AUXPL | QW_QUE | QW_REL)))
        break;
    }
    if (!ok) continue;
    int32_t spk = q_entity_speaker(w, w->ent[s], (uint32_t)s);
    return set_cue(w, d, k + 1, e, spk, QR_INCISE);
  }
  return 0;
}

/* "comme le rappelle", "comme l'a dit", "comme l'écrit": a verb group
** starting at v after comme, whose subject comes after it. */
static int comme_cue(const qwork *w, size_t v) {
  size_t k = v;
  if (k > 0 && q_neuter_object(w, k - 1)) k--;
  return k > 0 && q_as_conjunction(w, k - 1);
}

/* Whether the quotation opening at open follows the verb ending at last
** with at most a short object between: "juge « inacceptable »", "parlant
** d'un « effort »", "qualifiant de « scandale »", "juge le compromis
** « fragile »". */
static int names_fragment(const qwork *w, size_t last, size_t open) {
  if (open <= last || open - last > 5) return 0;
  for (size_t k = last + 1; k < open; k++)
    if (!q_is_word(w, k) || w->verb[k] || q_upper(w, k) || w->ent[k] >= 0 ||
        (w->word[k] & (QW_QUE | QW_REL | QW_AUX | QW_AUXPL | QW_IL | QW_ELLE |
                       QW_PRONPL | QW_COORD)))
      return 0;
  return 1;
}

/* A cue earlier in the sentence: "X a déclaré : « … »", "X a expliqué
** que … une « impulsion »", "Selon X, « … »". */
/* "…, analyse la politologue X, de l'Université Y, pour qui la
** présidente « … »", "a indiqué le président du groupe, pour qui « … »":
** the antecedent of "pour qui" (pour at i, after a comma) speaks. Walking
** back in the sentence, the first person named (not in a quotation), else
** the speaker of the quotation whose cue the walk passed; none when the
** person follows a preposition. -1 otherwise (the quotation had no
** speaker). One rule from two branches (spk8a, spk8b) that wrote it each. */
static int32_t pour_qui(qwork *w, size_t i) {
  if (i < 2 || !q_subject_relative(w, i + 1) || !Q_ISPUNCT(w, i - 1, ','))
    return -1;
  for (size_t k = i - 1, n = 0; k > 0 && n < 25; n++) {
    k--;
    if (w->inq[k]) {
      const qdirect *p = &w->dq[w->inq[k] - 1];
      return p->spk;
    }
    if (q_sent_end_tok(w, k) || w->para[k] != w->para[i]) return -1;
    if (w->ent[k] >= 0 && w->ents->ent[w->ent[k]].type == PRESSE_PER) {
      size_t f = q_ent_first(w, k);
      /* not a complement: "le parcours conçu par X, pour qui" */
      return q_after_preposition(w, f)
                 ? -1
                 : q_entity_speaker(w, w->ent[k], (uint32_t)f);
    }
  }
  return -1;
}

/* "Elle a précisé que les Forces de soutien rapide (FSR) exigeaient des
** « … »", "a assuré que l'exécutif soutiendrait « … »": the verb group
** at start is that of a que-clause whose subject (a noun group: no
** verb, no comma) follows a speech verb taking que ("a précisé",
** "a-t-elle rappelé"): the quotation is the reporter's words, the
** speaker the subject of that outer verb, not the clause's. The que
** token, for q_pre_cue to walk on from it, or Q_NONE. Bounded: 12
** tokens back. in_reported_clause() (quotes_attr.c) answers a close
** question from the reports q_indirect found, for the fragment rules:
** its comment says why the two are not one. */
static size_t reported_clause_que(const qwork *w, size_t start) {
  for (size_t u = start, n = 0; u-- > 0 && n < 12; n++) {
    if (w->inq[u] || w->ent[u] >= 0) {
      if (w->ent[u] >= 0) u = q_ent_first(w, u);
      continue;
    }
    if (!q_is_word(w, u)) {
      if (Q_ISPUNCT(w, u, '(') || Q_ISPUNCT(w, u, ')')) continue;
      return Q_NONE;
    }
    if (w->word[u] & QW_QUE) {
      if (u + 1 >= start || u == 0) return Q_NONE;
      size_t last, s2 = u - 1;
      uint16_t vf;
      /* the verb group ending right before que: from its auxiliary */
      for (size_t a = u - 1, m = 0; m < 6 && a > 0; m++, a--) {
        if (w->word[a] & (QW_AUX | QW_AUXPL)) {
          s2 = a;
          break;
        }
        if (!q_is_word(w, a)) break;
      }
      /* a light verb and its infinitive govern que as one speech verb
      ** ("a fait savoir que", "a laissé entendre que": no speech bits of
      ** their own, as ind_verb_group in quotes_indirect.c reads them) */
      if ((q_verb_group(w, s2, &last, &vf) && last == u - 1 &&
           ((vf & QV_QUE) || !q_speech(vf))) ||
          (q_verb_group(w, u - 1, &last, &vf) && last == u - 1 &&
           (vf & QV_QUE)))
        return u;
      return Q_NONE;
    }
    if (w->verb[u] || (w->word[u] & (QW_AUX | QW_AUXPL | QW_REL)))
      return Q_NONE;
  }
  return Q_NONE;
}

int q_pre_cue(qwork *w, qdirect *d) {
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
    if (q_sent_end_tok(w, i)) break;
    if (w->tok[i].sent != sent && w->para[i] != w->para[open] && !colon) break;
    /* selon X, d'après X */
    if ((w->feat[i] & QT_SELON) ||
        ((w->feat[i] & QT_DAPRES) && i > 0 && q_elided_de(w, i - 1))) {
      size_t e;
      int32_t spk = q_speaker_at(w, i + 1, open, &e);
      /* "Selon lui, …", "D'après elle, …" opening the sentence */
      size_t st = (w->feat[i] & QT_SELON) ? i : i - 1;
      if (q_stressed_pronoun(w, i + 1) &&
          (w->tok[st].flags & PRESSE_TF_SENT_START))
        spk = q_resolve_pronoun(w, i + 1, q_fem_stressed(w, i + 1));
      if (spk == -3) spk = q_function_as_written(w, i + 1, open);
      if (spk >= 0) return set_cue(w, d, i, i + 1, spk, QR_SELON);
      if (spk == -3) return 0;
    }
    /* "À ses yeux, …", "À son avis, …" opening the sentence: the view
    ** of the last person quoted */
    if ((w->feat[i] & QT_DAPRES) && i >= 2 && (w->word[i - 1] & QW_POSS) &&
        q_a_preposition(w, i - 2) &&
        (w->tok[i - 2].flags & PRESSE_TF_SENT_START) && i + 1 < open &&
        Q_ISPUNCT(w, i + 1, ',')) {
      int32_t spk = q_last_speaker(w, i, 0);
      if (spk >= 0) {
        w->how = QH_PRONOUN;
        return set_cue(w, d, i - 2, i + 1, spk, QR_SELON);
      }
    }
    /* "Pour X, « … »": pour opening its sentence, a speaker, a comma */
    if ((w->feat[i] & QT_POUR) && ((w->tok[i].flags & PRESSE_TF_SENT_START) ||
                                   (i > 0 && Q_ISPUNCT(w, i - 1, ',')))) {
      size_t e;
      int32_t spk = q_speaker_at(w, i + 1, open, &e);
      /* "Pour sa collègue X (Parti), …": over the parenthesis */
      if (spk >= 0 && e < open && Q_ISPUNCT(w, e, '(')) {
        size_t c = e + 1;
        while (c < open && c < e + 8 && !Q_ISPUNCT(w, c, ')'))
          c++;
        if (c < open && Q_ISPUNCT(w, c, ')')) e = c + 1;
      }
      if (spk >= 0 && e < open &&
          (Q_ISPUNCT(w, e, ',') || Q_ISPUNCT(w, e, ':')))
        return set_cue(w, d, i, i + 1, spk, QR_SELON);
      if (spk == -1 && (spk = pour_qui(w, i)) >= 0)
        return set_cue(w, d, i, i + 2, spk, QR_SELON);
    }
    size_t last;
    uint16_t vf;
    size_t start = i;
    /* A verb group ends at a verb form or a light verb's noun (its last
    ** token) and starts at an auxiliary, a finite verb, a gerund or a
    ** modal before an infinitive (modal_speech): a word with none of these
    ** is neither, and the walk below cannot find one here (a cut on the
    ** many tokens this loop passes). */
    if (!w->verb[i] && !(w->word[i] & (QW_LIGHTN | QW_AUX | QW_AUXPL)) &&
        !(i + 1 < w->ntok && (w->verb[i + 1] & QV_INFIN))) {
      k = i;
      continue;
    }
    /* a verb group ending here: walk to its auxiliary */
    for (size_t a = i, s = 0; s < 6 && a > 0; s++, a--) {
      if (w->word[a] & (QW_AUX | QW_AUXPL)) {
        start = a;
        break;
      }
      if (!q_is_word(w, a)) break;
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
        !(last + 1 < w->ntok && (w->word[last + 1] & QW_QUE)) &&
        !names_fragment(w, last, open)) {
      k = start;
      continue;
    }
    size_t where;
    int32_t spk;
    if (!(w->tok[start].flags & PRESSE_TF_INVERTED) &&
        !(w->verb[last] & QV_GER)) {
      size_t u = reported_clause_que(w, start);
      if (u != Q_NONE) {
        k = u; /* the speech verb before que decides */
        continue;
      }
    }
    if (w->tok[start].flags & PRESSE_TF_INVERTED)
      spk = q_resolve_pronoun(w, start, (w->word[start] & QW_ELLE) != 0);
    else if (w->verb[last] & QV_GER) {
      /* "précisant que": the subject of the main verb before it */
      size_t m = start;
      spk = -1;
      for (size_t a = start, s = 0; a > 0 && s < 40; s++) {
        a--;
        if (w->inq[a]) {
          const qdirect *p = &w->dq[w->inq[a] - 1];
          a = p->open != Q_NONE ? p->open : p->t0;
          continue;
        }
        if (q_sent_end_tok(w, a)) break;
        size_t l2;
        uint16_t v2;
        if ((w->word[a] & (QW_AUX | QW_AUXPL)) &&
            q_verb_group(w, a, &l2, &v2)) {
          m = a;
          break;
        }
        if ((w->verb[a] & QV_FIN) && q_speech(w->verb[a])) {
          m = a;
          break;
        }
      }
      if (m != start && (w->tok[m].flags & PRESSE_TF_INVERTED))
        /* "« … », a-t-il souligné, ajoutant que …" */
        spk = q_resolve_pronoun(w, m, (w->word[m] & QW_ELLE) != 0);
      else if (m != start)
        spk = q_subject_before(w, m, &where);
      if (spk < 0 && (w->tok[start].flags & PRESSE_TF_SENT_START)) {
        /* "Estimant que « … », il a voté contre": the subject follows */
        size_t c = d->close != Q_NONE ? d->close + 1 : d->t1, e;
        if (c < w->ntok && Q_ISPUNCT(w, c, ',')) {
          spk = q_speaker_at(w, c + 1, w->ntok, &e);
          if (spk == -3) spk = -1;
        }
      } else if (spk < 0) {
        /* "X défend cette mesure, parlant d'un « … »": the subject of
        ** the sentence */
        spk = q_subject_before(w, start, &where);
      }
      if (spk >= 0) w->how = w->how == QH_NAME ? QH_NAME : w->how;
      return set_cue(w, d, start, last + 1, spk, QR_SUBJECT);
    } else if (comme_cue(w, start)) {
      /* "comme le rappelle X, « … »": the subject follows the verb */
      size_t e, a = last + 1;
      while (a < open && q_adv_like(w, a))
        a++;
      spk = q_speaker_at(w, a, open, &e);
      if (spk == -3) spk = -1;
      return set_cue(w, d, start, last + 1, spk, QR_SELON);
    } else {
      spk = q_subject_before(w, start, &where);
      /* a subject pronoun before the verb, even unresolved, leaves the
      ** words after the verb its object ("Il a promis un gouvernement
      ** « … »") */
      int pron = start > 0 && q_is_word(w, start - 1) &&
                 (w->word[start - 1] & (QW_IL | QW_ELLE | QW_PRONPL)) &&
                 !(w->tok[start - 1].flags & PRESSE_TF_INVERTED);
      if (spk < 0 && !pron) {
        /* postposed subject before the quote: "a déclaré X : « »" */
        size_t e;
        spk = q_speaker_at(w, last + 1, open, &e);
        if (spk == -3) spk = -1;
      }
      if (spk < 0) spk = q_plain_subject_speaker(w, start);
      if (spk < 0) spk = q_bare_subject(w, start);
      if (spk < 0) spk = q_on_at_group(w, start);
    }
    return set_cue(w, d, start, last + 1, spk, QR_CUE_BEFORE);
  }
  if (colon) {
    /* "le graphiste s'est basé sur le raisonnement suivant : « »": the
    ** subject of the sentence introducing the quote. */
    size_t s = open - 1;
    while (s > 0 && !q_sent_end_tok(w, s - 1) &&
           w->para[s - 1] == w->para[open - 1] && !w->inq[s - 1])
      s--;
    /* "Pour construire ce code, le graphiste ...": a leading adverbial
    ** phrase before the subject. */
    int sub = q_adverbial_opener(w, s);
    if (q_is_word(w, s) && ((w->word[s] & QW_PREP) || sub))
      for (size_t c = s + 1; c + 1 < open && c < s + (sub ? 25 : 12); c++)
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
      if (spk == -3) spk = q_function_as_written(w, i, open);
      if (spk >= 0) return q_set_speaker(w, d, spk, QR_SUBJECT);
      if (spk == -3) return 0;
      if (w->tok[i].kind == PRESSE_TOK_PUNCT) break;
    }
    /* else the nearest subject before the colon ("…, où il s'était pris
    ** au président : « »") */
    size_t where;
    int32_t spk = q_subject_before(w, open - 1, &where);
    if (spk >= 0) return q_set_speaker(w, d, spk, QR_SUBJECT);
  }
  return 0;
}
