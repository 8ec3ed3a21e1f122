/*
** quotes_marks.c: pair quotation marks into direct-quote spans.
**
** One pass over the tokens with a small stack (depth bounded, so 10^6
** openers cost linear time and constant memory), after a backward pass
** over the marks alone that tells each mark what lies ahead in its block.
** A block is a paragraph: text after a blank line, or a line that starts
** a sentence (scraped articles often separate paragraphs by one newline;
** a hard-wrapped line that goes on mid-sentence is no block start).
** Rules, in the order a reader applies them:
**   - « » ‹ › “ ” „ pair by family; " pairs with the next ". A “ placed as
**     a closer (no space before, one after) closes an open “.
**   - Nested quotes (« … “ … ” … ») belong to the outer one: only the
**     outermost pair is a quotation of its own.
**   - At a block end an open quote stays open when the next block reopens
**     it with the same mark (the French convention for quotations over
**     several paragraphs) or when the next mark of the text is its closer,
**     a few blocks on; otherwise it was never closed.
**   - An open quote whose closer is not ahead in its block (and that does
**     not go on past it) was never closed: a new opener of the same family,
**     or of another family at a sentence start, begins a new quotation;
**     a closer of another family closes it (mixed “ … »).
**   - An unclosed quote ends with its block, or earlier where a reader
**     sees the reported words end: before a speech cue that closes its
**     sentence (". a-t-il ajouté.", ", a déclaré X."), or before a
**     sentence of narration ("X a ajouté que …", "Selon X, …").
**   - A closer with no opener starts its quote at the beginning of its
**     sentence (after . ! ? or a colon, even before a lowercase word), in
**     its block, never before the previous quote.
**   - Inside a quote, "! — " starts the reply of another speaker.
*/
#include "quotes_int.h"

#include <string.h>

enum { FAM_GUIL = 0, FAM_CURLY = 1, FAM_STRAIGHT = 2, FAM_SINGLE = 3 };
enum { R_OPEN = 1, R_CLOSE = 2, R_EITHER = 3 };
#define NFAM 4
#define MAXDEPTH 8
#define MAXPARAS 8
#define CNTMAX 3 /* closers ahead are counted up to this */

/* Family and possible roles of a quotation-mark token, or 0. */
static int mark_of(const qwork *w, size_t i, int *fam) {
  const presse_token *t = &w->tok[i];
  if (t->kind != PRESSE_TOK_PUNCT) return 0;
  const unsigned char *s = (const unsigned char *)w->text + t->b0;
  size_t n = t->b1 - t->b0;
  if (n == 1 && s[0] == '"') return *fam = FAM_STRAIGHT, R_EITHER;
  if (n == 2 && s[0] == 0xC2) {
    if (s[1] == 0xAB) return *fam = FAM_GUIL, R_OPEN;
    if (s[1] == 0xBB) return *fam = FAM_GUIL, R_CLOSE;
  }
  if (n == 3 && s[0] == 0xE2 && s[1] == 0x80) {
    switch (s[2]) {
    case 0x9C:
      return *fam = FAM_CURLY, R_EITHER; /* “ opens, or closes „ */
    case 0x9D:
      return *fam = FAM_CURLY, R_EITHER; /* ” closes, rarely opens */
    case 0x9E:
      return *fam = FAM_CURLY, R_OPEN; /* „ */
    case 0xB9:
      return *fam = FAM_SINGLE, R_OPEN; /* ‹ */
    case 0xBA:
      return *fam = FAM_SINGLE, R_CLOSE; /* › */
    }
  }
  return 0;
}

/* Whether an ambiguous mark reads as an opener from the spaces around it. */
static int looks_open(const qwork *w, size_t i) {
  const presse_token *t = &w->tok[i];
  if (t->flags & PRESSE_TF_OPEN_QUOTE) return 1;
  if (t->flags & PRESSE_TF_CLOSE_QUOTE) return 0;
  int space_before =
      i == 0 || (t->flags & (PRESSE_TF_SPACE_BEFORE | PRESSE_TF_LINE_START));
  int space_after =
      i + 1 >= w->ntok || (w->tok[i + 1].flags & PRESSE_TF_SPACE_BEFORE);
  return space_before && !space_after;
}

static int is_closing_curly(const qwork *w, size_t i) {
  return (unsigned char)w->text[w->tok[i].b0 + 2] == 0x9D;
}

/* A mark that can close a quote of its family where it stands. */
static int can_close(const qwork *w, size_t i, int role) {
  if (role == R_CLOSE) return 1;
  if (role == R_OPEN) return 0;
  return !looks_open(w, i);
}

/* A block (paragraph) starts at token i > 0. */
static int block_start(const qwork *w, size_t i) {
  unsigned f = w->tok[i].flags;
  return (f & PRESSE_TF_PARA_START) ||
         ((f & PRESSE_TF_LINE_START) && (f & PRESSE_TF_SENT_START));
}

static int push_direct(qwork *w, uint32_t t0, uint32_t t1, uint32_t open,
                       uint32_t close) {
  if (t0 >= t1) return PRESSE_OK;
  if (w->ndq == w->capdq) {
    size_t cap = w->capdq ? 2 * w->capdq : 16;
    qdirect *p = w->mem->xRealloc(w->mem->ctx, w->dq, cap * sizeof *p);
    if (!p) return PRESSE_ENOMEM;
    w->dq = p;
    w->capdq = cap;
  }
  qdirect *d = &w->dq[w->ndq++];
  memset(d, 0, sizeof *d);
  d->t0 = t0;
  d->t1 = t1;
  d->open = open;
  d->close = close;
  d->spk = -1;
  d->cue0 = d->cue1 = Q_NONE;
  uint32_t a = open != Q_NONE ? open : t0;
  uint32_t b = close != Q_NONE ? close + 1 : t1;
  for (uint32_t k = a; k < b; k++)
    w->inq[k] = (uint32_t)w->ndq;
  return PRESSE_OK;
}

/* Whether the words [t0, t1) nested in a quotation are a quotation of
** their own: announced by a colon or a speech verb (`il m'a dit : "…"`,
** `quand ils ont dit "…"`), or a sentence of their own (a capital, four
** words or more). A short fragment inside a sentence (`dans “sa vie au
** travail”`) is a scare quote or a title: part of the words around it. */
static int reported_words(const qwork *w, uint32_t t0, uint32_t t1) {
  if (t0 >= 2 && (Q_ISPUNCT(w, t0 - 2, ':') || w->verb[t0 - 2])) return 1;
  if (!(w->tok[t0].flags & PRESSE_TF_UPPER)) return 0;
  int words = 0;
  for (uint32_t k = t0; k < t1 && words < 4; k++)
    words += w->tok[k].kind == PRESSE_TOK_WORD;
  return words >= 4;
}

/* The words [t0, t1) of a quotation nested in an open one. */
static int push_nested(qwork *w, uint32_t t0, uint32_t t1) {
  if (t0 >= t1 || !reported_words(w, t0, t1)) return PRESSE_OK;
  if (w->nnest + 2 > w->capnest) {
    size_t cap = w->capnest ? 2 * w->capnest : 16;
    uint32_t *p = w->mem->xRealloc(w->mem->ctx, w->nest, cap * sizeof *p);
    if (!p) return PRESSE_ENOMEM;
    w->nest = p;
    w->capnest = cap;
  }
  w->nest[w->nnest++] = t0;
  w->nest[w->nnest++] = t1;
  return PRESSE_OK;
}

static int is_dash(const qwork *w, size_t i) {
  const unsigned char *s = (const unsigned char *)w->text + w->tok[i].b0;
  return w->tok[i].kind == PRESSE_TOK_PUNCT &&
         w->tok[i].b1 - w->tok[i].b0 == 3 && s[0] == 0xE2 && s[1] == 0x80 &&
         (s[2] == 0x94 || s[2] == 0x93);
}

static int ends_sentence(const qwork *w, size_t i) {
  return Q_ISPUNCT(w, i, '!') || Q_ISPUNCT(w, i, '?') || Q_ISPUNCT(w, i, '.') ||
         (w->tok[i].kind == PRESSE_TOK_PUNCT &&
          w->tok[i].b1 - w->tok[i].b0 == 3 &&
          !memcmp(w->text + w->tok[i].b0, "\xE2\x80\xA6", 3));
}

/* "Accueil › Justice › Nièvre", "CULTURE » BANDE DESSINÉE": a closer
** with no opener after a few words opening their line, with a capitalised
** word after it on the same line, parts a site's rubrics; no reported
** words end there (an orphan closer ends a sentence or an incise: "…
** bien ». Le maire", "… bien », dit-il"). */
static int rubric_separator(const qwork *w, size_t i) {
  if (i + 1 >= w->ntok || (w->tok[i + 1].flags & PRESSE_TF_LINE_START) ||
      !q_is_word(w, i + 1) || !q_upper(w, i + 1))
    return 0;
  for (size_t k = i, n = 0; k-- > 0 && n < 8; n++) {
    if (ends_sentence(w, k)) return 0;
    if (w->tok[k].flags & PRESSE_TF_LINE_START) return 1;
  }
  return 0;
}

static int is_word(const qwork *w, size_t i) {
  return i < w->ntok && w->tok[i].kind == PRESSE_TOK_WORD;
}

/* Emit a quote, split at dialogue dashes ("Oui ! — Non !"). */
static int emit(qwork *w, uint32_t t0, uint32_t t1, uint32_t open,
                uint32_t close) {
  uint32_t s = t0;
  for (uint32_t k = t0 + 1; k + 1 < t1; k++) {
    if (is_dash(w, k) && ends_sentence(w, k - 1)) {
      int rc = push_direct(w, s, k, s == t0 ? open : Q_NONE, Q_NONE);
      if (rc) return rc;
      s = k + 1;
    }
  }
  return push_direct(w, s, t1, s == t0 ? open : Q_NONE, close);
}

/* The end of the attribution phrase starting at j (at most 10 tokens, up
** to the end): 1 when it closes its sentence or block (". a-t-il ajouté."),
** 0 when a comma follows it, an incise inside the words ("…, a-t-il dit,
** …"), or when it runs on. */
static int cue_closes(const qwork *w, size_t j, size_t end) {
  for (size_t k = j; k < end && k < j + 16; k++) {
    if (k > j && block_start(w, k)) return 1;
    if (w->tok[k].kind != PRESSE_TOK_PUNCT) continue;
    if (ends_sentence(w, k) || Q_ISPUNCT(w, k, ';')) return 1;
    if (Q_ISPUNCT(w, k, ',') || Q_ISPUNCT(w, k, ':')) return 0;
  }
  return end <= j + 16;
}

/* A speech cue starting at j, after the punctuation j - 1 inside an open
** quote: an inverted verb ("a-t-il ajouté", "poursuit-elle"), or after a
** comma a speech verb and its subject ("a déclaré le ministre",
** "a ajouté Jean Dupont"). */
static int cue_at(const qwork *w, size_t j, size_t end) {
  if (j >= end || !is_word(w, j)) return 0;
  if (w->tok[j].flags & PRESSE_TF_INVERTED)
    return (w->verb[j] || (w->word[j] & (QW_AUX | QW_AUXPL))) &&
           cue_closes(w, j, end);
  if (!Q_ISPUNCT(w, j - 1, ',') || (w->tok[j].flags & PRESSE_TF_UPPER))
    return 0;
  size_t last;
  uint16_t vf;
  if (!q_verb_group(w, j, &last, &vf) || !(vf & QV_INCISE) || (vf & QV_GER))
    return 0;
  size_t s = last + 1;
  if (s >= end) return 0;
  int subject = w->ent[s] >= 0 && w->ents->ent[w->ent[s]].type != PRESSE_LOC;
  if (!subject && (w->word[s] & (QW_DET | QW_POSS)) && s + 1 < end &&
      (w->feat[s + 1] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP)))
    subject = 1;
  return subject && cue_closes(w, s, end);
}

/* A sentence of narration starting at s: a subject (a named person or
** organisation, il / elle, a title or institution group) and a speech verb
** that is not inverted, or "Selon X," / "D'après X,". */
static int narration_at(const qwork *w, size_t s, size_t end) {
  if (!is_word(w, s) || !(w->tok[s].flags & PRESSE_TF_UPPER)) return 0;
  if ((w->feat[s] & QT_SELON) ||
      (q_elided_de(w, s) && s + 1 < end && (w->feat[s + 1] & QT_DAPRES)))
    return 1;
  size_t k = s;
  if (w->ent[s] >= 0) {
    int32_t e = w->ent[s];
    if (w->ents->ent[e].type != PRESSE_PER &&
        w->ents->ent[e].type != PRESSE_ORG)
      return 0;
    while (k < end && w->ent[k] == e)
      k++;
  } else if (w->word[s] & (QW_IL | QW_ELLE)) {
    k = s + 1;
  } else if ((w->word[s] & QW_DET) && s + 1 < end &&
             (w->feat[s + 1] & (QT_TITLE_M | QT_TITLE_F | QT_GROUP))) {
    k = s + 2;
    /* a short complement: "Le ministre de l'Intérieur a ajouté" */
    for (size_t a = k; a < end && a < k + 5; a++)
      if (w->verb[a] || (w->word[a] & (QW_AUX | QW_AUXPL))) {
        k = a;
        break;
      }
  } else {
    return 0;
  }
  /* clitics and negation between subject and verb */
  while (k < end && k < s + 12 && is_word(w, k) && (w->word[k] & QW_NEG))
    k++;
  size_t last;
  uint16_t vf;
  return k < end && !(w->tok[k].flags & PRESSE_TF_INVERTED) &&
         q_verb_group(w, k, &last, &vf) && last < end &&
         (vf & (QV_QUE | QV_OBJ | QV_INF | QV_INCISE));
}

/* The first token after the sentence of a speech cue starting at j (at
** most 16 tokens on), or `end` when it runs on or ends its block. */
static uint32_t cue_sentence_end(const qwork *w, uint32_t j, uint32_t end) {
  for (uint32_t m = j; m < end && m < j + 16; m++) {
    if (m > j && block_start(w, m)) return end;
    if (ends_sentence(w, m)) return m + 1;
  }
  return end;
}

/* Whether the sentence starting at s speaks in the speaker's own voice: a
** first or second person (je, nous, vous, on, mon, notre...) or the
** present of "c'est" and "il faut". News narration is in the third person
** and in the past, so after ", a-t-elle dit." such a sentence is the
** speaker's words going on, the closing mark forgotten. A closed
** grammatical class, compared as written (see docs/quotes.md; the words:
** data/speaker_voice.txt, build/gen/speaker_voice_words.h). */
static int speaker_voice(const qwork *w, uint32_t s, uint32_t end) {
#define VOICE_WORD(v) q_tok_is(w, k, v) ||
  for (uint32_t k = s; k < end && k < s + 40; k++) {
    if (k > s && (block_start(w, k) || ends_sentence(w, k - 1))) break;
    if (!is_word(w, k)) continue;
    if (
#include "speaker_voice_words.h"
        0)
      return 1;
    if (q_elided_ce(w, k) && k + 1 < end && q_is_word_est(w, k + 1)) return 1;
  }
#undef VOICE_WORD
  return 0;
}

/* Where the words of a quotation opened at `from` and never closed end:
** at `end` (the end of its block or the next quotation), or earlier,
** before a speech cue closing its sentence or before a sentence of
** narration. An incise after a comma (", lance-t-il.") followed in the
** block by a sentence in the speaker's voice is inside the words: they go
** on. */
static uint32_t unclosed_end(const qwork *w, uint32_t from, uint32_t end) {
  for (uint32_t k = from + 1; k + 1 < end; k++) {
    if (w->tok[k].kind != PRESSE_TOK_PUNCT) continue;
    int stop = ends_sentence(w, k);
    if (!stop && !Q_ISPUNCT(w, k, ',')) continue;
    if (cue_at(w, k + 1, end)) {
      uint32_t after = stop ? end : cue_sentence_end(w, k + 1, end);
      if (after < end && speaker_voice(w, after, end)) {
        k = after - 1;
        continue;
      }
      return stop ? k + 1 : k; /* the words keep their final mark */
    }
    if (stop && narration_at(w, k + 1, end)) return k + 1;
  }
  /* "… Puis il a souri : « …": the sentence announcing the next
  ** quotation is narration */
  if (end > from + 2 && Q_ISPUNCT(w, end - 1, ':')) {
    uint32_t k = end - 1;
    while (k > from + 1 && !ends_sentence(w, k - 1))
      k--;
    if (k > from + 1) return k;
  }
  return end;
}

/* An opener never closed, whose last paragraph was reopened at `from`. */
static int emit_unclosed(qwork *w, uint32_t open, uint32_t from, uint32_t end) {
  return emit(w, open + 1, unclosed_end(w, from, end), open, Q_NONE);
}

typedef struct entry {
  uint32_t tok;
  uint8_t fam, low; /* low: opened by „ */
} entry;

/* Whether a " that looks like an opener inside a quotation opened by "
** starts a quotation nested in it: announced by a colon or a speech verb
** (`"Il m'a dit : "Va !" Alors j'y suis allé", raconte-t-il`, where a
** scraper turned « “ ” » into straight marks), with a closer ahead in its
** block for it and for each " still open. Otherwise it closes. */
static int straight_nests(const qwork *w, size_t i, int ahead, const entry *st,
                          int depth) {
  if (i == 0 || !(Q_ISPUNCT(w, i - 1, ':') || w->verb[i - 1])) return 0;
  int same = 0;
  for (int k = 0; k < depth; k++)
    same += st[k].fam == FAM_STRAIGHT;
  return ahead > same;
}

/* A quotation mark, and what lies ahead of it. */
typedef struct qmark {
  uint32_t tok;
  uint32_t blk;      /* block number */
  uint32_t next_blk; /* index of the first mark of a later block, or nm */
  uint8_t fam, role;
  uint8_t ahead[NFAM]; /* closers of each family after it in its block,
                       ** before the next opener of that family
                       ** (saturated at CNTMAX) */
} qmark;

/* Whether the quotation opened by o goes on past the end of its block:
** the first mark of a later block, x, reopens it at the start of the next
** block or is its closer, within MAXPARAS blocks. */
static int goes_on(const qwork *w, const qmark *mk, size_t nm, size_t x,
                   const entry *o, uint32_t oblk) {
  if (x >= nm) return 0;
  const qmark *m = &mk[x];
  if (m->fam != o->fam || m->blk - oblk > MAXPARAS) return 0;
  int first = m->tok == 0 || block_start(w, m->tok);
  if (first && m->blk == oblk + 1 && (m->role & R_OPEN) &&
      m->fam != FAM_STRAIGHT &&
      !(m->fam == FAM_CURLY && is_closing_curly(w, m->tok)))
    return 1; /* reopened */
  return (m->role & R_CLOSE) && (m->role != R_EITHER || !looks_open(w, m->tok));
}

int q_pair_marks(qwork *w) {
  size_t nt = w->ntok;
  if (!nt) return PRESSE_OK;
  /* The marks with their blocks, from the tokens q_lex_features listed
  ** (it also numbered the paragraphs, w->para) */
  memset(w->inq, 0, nt * sizeof *w->inq);
  qmark *mk = NULL;
  size_t nm = 0;
  uint32_t blk = 0;
  if (w->nmpos) {
    mk = w->mem->xRealloc(w->mem->ctx, NULL, w->nmpos * sizeof *mk);
    if (!mk) return PRESSE_ENOMEM;
  }
  for (size_t j = 0; j < w->nmpos; j++) {
    size_t i = w->mpos[j].tok;
    int fam = 0, role = mark_of(w, i, &fam);
    if (!role) continue;
    mk[nm].tok = (uint32_t)i;
    mk[nm].blk = w->mpos[j].blk;
    mk[nm].fam = (uint8_t)fam;
    mk[nm].role = (uint8_t)role;
    nm++;
  }
  /* Backward over the marks: closers ahead in the block, next block. */
  {
    uint8_t c[NFAM] = {0};
    size_t nb = nm;
    for (size_t k = nm; k-- > 0;) {
      if (k + 1 < nm && mk[k + 1].blk != mk[k].blk) {
        memset(c, 0, sizeof c);
        nb = k + 1;
      }
      memcpy(mk[k].ahead, c, sizeof c);
      mk[k].next_blk = (uint32_t)nb;
      if (can_close(w, mk[k].tok, mk[k].role)) {
        if (c[mk[k].fam] < CNTMAX) c[mk[k].fam]++;
      } else {
        c[mk[k].fam] = 0; /* an opener: the closers after it are its own */
      }
    }
  }
  entry st[MAXDEPTH];
  uint32_t oblk = 0;  /* block of st[0] */
  uint32_t sopen = 0; /* st[0], or the mark reopening its last paragraph */
  int depth = 0, rc = PRESSE_OK;
  uint32_t last_end = 0; /* first token after the last quote */
  size_t x = 0;          /* the next mark at or after token i, or nm */
  for (size_t i = 0; i < nt; i++) {
    while (x < nm && mk[x].tok < i)
      x++;
    if (!depth) {
      /* No quotation open: nothing happens before the next mark, whose
      ** block is known. */
      if (x >= nm) break;
      i = mk[x].tok;
      blk = mk[x].blk;
    }
    int here = x < nm && mk[x].tok == i;
    if (depth && i && block_start(w, i)) {
      blk++;
      if (here && mk[x].fam == st[0].fam && mk[x].fam != FAM_STRAIGHT &&
          (mk[x].role & R_OPEN) &&
          !(mk[x].fam == FAM_CURLY && is_closing_curly(w, i)) &&
          unclosed_end(w, sopen, (uint32_t)i) == i) {
        /* « reopening the paragraph: the same quotation goes on (unless
        ** a cue ended its words in the paragraph before) */
        w->feat[i] |= QT_OPEN;
        depth = 1;
        oblk = blk;
        sopen = (uint32_t)i;
        continue;
      }
      if (!goes_on(w, mk, nm, x, &st[0], oblk)) {
        if ((rc = emit_unclosed(w, st[0].tok, sopen, (uint32_t)i))) goto out;
        last_end = (uint32_t)i;
        depth = 0;
      }
    }
    if (!here) {
      /* Inside a quotation: the next token that matters is the next mark
      ** or one that may start a block (a paragraph or line start), found
      ** by the flags alone. */
      if (depth) {
        size_t lim = x < nm ? mk[x].tok : nt, j = i + 1;
        while (j < lim && !(w->tok[j].flags &
                            (PRESSE_TF_PARA_START | PRESSE_TF_LINE_START)))
          j++;
        i = j - 1;
      }
      continue;
    }
    int fam = mk[x].fam, role = mk[x].role;
    /* Decide the role of ambiguous marks. */
    int closes = -1; /* index in the stack this mark closes */
    for (int k = depth - 1; k >= 0; k--)
      if (st[k].fam == fam) {
        closes = k;
        break;
      }
    int is_open;
    if (role == R_OPEN)
      is_open = 1;
    else if (role == R_CLOSE)
      is_open = 0;
    else if (fam == FAM_STRAIGHT)
      is_open =
          looks_open(w, i) &&
          (closes < 0 || straight_nests(w, i, mk[x].ahead[fam], st, depth));
    else if (!is_closing_curly(w, i)) /* “ */
      is_open = !(closes >= 0 && (st[closes].low || !looks_open(w, i)));
    else /* ” */
      is_open = closes < 0 && looks_open(w, i);
    /* Is the open quotation one that was never closed? Its closer is not
    ** ahead in this block and it does not go on past it. */
    int broken = depth && mk[x].ahead[st[0].fam] == 0 &&
                 !goes_on(w, mk, nm, mk[x].next_blk, &st[0], oblk);
    if (is_open) {
      if (depth) {
        int same = 0;
        for (int k = 0; k < depth; k++)
          same += st[k].fam == fam;
        /* « a « b » c »: nesting needs a closer for each */
        int nest = same ? mk[x].ahead[fam] > same
                        : !broken || !(w->tok[i].flags & PRESSE_TF_SENT_START ||
                                       (i > 0 && ends_sentence(w, i - 1)));
        if (same && mk[x].ahead[st[0].fam] == 0 &&
            goes_on(w, mk, nm, mk[x].next_blk, &st[0], oblk))
          nest = 1;
        if (!nest) {
          if ((rc = emit_unclosed(w, st[0].tok, sopen, (uint32_t)i))) goto out;
          last_end = (uint32_t)i;
          depth = 0;
        }
      }
      w->feat[i] |= QT_OPEN;
      if (depth < MAXDEPTH) {
        if (!depth) oblk = blk, sopen = (uint32_t)i;
        st[depth].tok = (uint32_t)i;
        st[depth].fam = (uint8_t)fam;
        st[depth].low =
            (uint8_t)(fam == FAM_CURLY &&
                      (unsigned char)w->text[w->tok[i].b0 + 2] == 0x9E);
        depth++;
      }
      continue;
    }
    /* mixed: “ … », a closer of another family where the words end */
    if (closes < 0 && depth &&
        (broken ||
         (i + 2 < nt && Q_ISPUNCT(w, i + 1, ',') && cue_at(w, i + 2, nt))))
      closes = 0;
    if (closes == 0) {
      w->feat[i] |= QT_CLOSE;
      if ((rc = emit(w, st[0].tok + 1, (uint32_t)i, st[0].tok, (uint32_t)i)))
        goto out;
      last_end = (uint32_t)i + 1;
      depth = 0;
    } else if (closes > 0) {
      /* A nested quote: its words stay part of the outer one's, and are
      ** also a quotation of their own. */
      w->feat[i] |= QT_CLOSE;
      if ((rc = push_nested(w, st[closes].tok + 1, (uint32_t)i))) goto out;
      depth = closes;
    } else if (depth == 0) {
      if (rubric_separator(w, i)) continue;
      /* A closer without opener: the quote starts with its sentence, after
      ** a colon, in its block, and never before the previous quote. */
      w->feat[i] |= QT_CLOSE;
      uint32_t s = (uint32_t)i;
      while (s > last_end && w->tok[s - 1].sent == w->tok[i].sent &&
             !block_start(w, s) && !ends_sentence(w, s - 1) &&
             !Q_ISPUNCT(w, s - 1, ':'))
        s--;
      if ((rc = emit(w, s, (uint32_t)i, Q_NONE, (uint32_t)i))) goto out;
      last_end = (uint32_t)i + 1;
    }
  }
  if (depth) rc = emit_unclosed(w, st[0].tok, sopen, (uint32_t)nt);
out:
  if (mk) w->mem->xFree(w->mem->ctx, mk);
  return rc;
}
