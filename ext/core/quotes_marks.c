/*
** quotes_marks.c: pair quotation marks into direct-quote spans.
**
** One pass over the tokens with a small stack (depth bounded, so 10^6
** openers cost linear time and constant memory). Rules, in the order a
** reader applies them:
**   - « » ‹ › “ ” „ pair by family; " pairs with the next ".
**   - Nested quotes (« … “ … ” … ») belong to the outer one: only the
**     outermost pair is a quotation of its own.
**   - At a paragraph break an open quote stays open when the next
**     paragraph reopens it with the same mark (the French convention for
**     quotations over several paragraphs) or when the next mark of the
**     text is its closer, a few paragraphs on; otherwise it was never
**     closed and ends with its paragraph, or where an incise
**     (", a-t-il dit") shows the reported words ended.
**   - A closer with no opener starts its quote at the beginning of its
**     sentence (or after a colon), never before the previous quote.
**   - Inside a quote, "! — " starts the reply of another speaker.
*/
#include "quotes_int.h"

#include <string.h>

enum { FAM_GUIL = 0, FAM_CURLY = 1, FAM_STRAIGHT = 2, FAM_SINGLE = 3 };
enum { R_OPEN = 1, R_CLOSE = 2, R_EITHER = 3 };
#define MAXDEPTH 8
#define MAXPARAS 8

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

/* An opener never closed: its words end at the end of the paragraph, or
** before a postposed incise (", a-t-il dit") that shows where they ended. */
static int emit_unclosed(qwork *w, uint32_t open, uint32_t end) {
  uint32_t t1 = end;
  for (uint32_t k = open + 1; k + 1 < end; k++) {
    if (Q_ISPUNCT(w, k, ',') && (w->tok[k + 1].flags & PRESSE_TF_INVERTED) &&
        (w->verb[k + 1] || (w->word[k + 1] & (QW_AUX | QW_AUXPL)))) {
      t1 = k;
      break;
    }
  }
  return emit(w, open + 1, t1, open, Q_NONE);
}

typedef struct entry {
  uint32_t tok;
  uint8_t fam, low; /* low: opened by „ */
} entry;

int q_pair_marks(qwork *w) {
  size_t nt = w->ntok;
  if (!nt) return PRESSE_OK;
  /* The next mark at or after each token, for the paragraph rule; kept in
  ** inq until the pairing fills it. */
  uint32_t next = Q_NONE;
  for (size_t i = nt; i-- > 0;) {
    int fam;
    if (mark_of(w, i, &fam)) next = (uint32_t)i;
    w->inq[i] = next;
  }
  /* Paragraph numbers. */
  uint32_t p = 0;
  for (size_t i = 0; i < nt; i++) {
    if (i && (w->tok[i].flags & PRESSE_TF_PARA_START)) p++;
    w->para[i] = p;
  }
  entry st[MAXDEPTH];
  int depth = 0, rc;
  uint32_t last_end = 0; /* first token after the last quote */
  uint32_t *nextmark = w->inq;
  /* inq doubles as the next-mark table ahead of the scan position and as
  ** the quote index behind it: push_direct only writes behind. */
  for (size_t i = 0; i < nt; i++) {
    uint32_t nm = nextmark[i];
    nextmark[i] = 0;
    int fam = 0, role = mark_of(w, i, &fam);
    if (depth && i && (w->tok[i].flags & PRESSE_TF_PARA_START)) {
      entry *top = &st[depth - 1];
      int keep = 0;
      if (role && fam == top->fam && fam != FAM_STRAIGHT && (role & R_OPEN) &&
          !(fam == FAM_CURLY && is_closing_curly(w, i))) {
        /* « reopening the paragraph: the same quotation goes on. */
        w->feat[i] |= QT_OPEN;
        continue;
      }
      if (nm != Q_NONE && w->para[nm] - w->para[st[0].tok] <= MAXPARAS) {
        int f2;
        int r2 = mark_of(w, nm, &f2);
        if (f2 == top->fam && (r2 & R_CLOSE) &&
            (r2 != R_EITHER || !looks_open(w, nm)))
          keep = 1;
      }
      if (!keep) {
        if ((rc = emit_unclosed(w, st[0].tok, (uint32_t)i))) return rc;
        last_end = (uint32_t)i;
        depth = 0;
      }
    }
    if (!role) continue;
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
      is_open = closes < 0 && looks_open(w, i);
    else if (!is_closing_curly(w, i)) /* “ */
      is_open = !(closes >= 0 && st[closes].low);
    else /* ” */
      is_open = closes < 0 && looks_open(w, i);
    if (is_open) {
      w->feat[i] |= QT_OPEN;
      if (depth < MAXDEPTH) {
        st[depth].tok = (uint32_t)i;
        st[depth].fam = (uint8_t)fam;
        st[depth].low =
            (uint8_t)(fam == FAM_CURLY &&
                      (unsigned char)w->text[w->tok[i].b0 + 2] == 0x9E);
        depth++;
      }
      continue;
    }
    w->feat[i] |= QT_CLOSE;
    if (closes == 0) {
      if ((rc = emit(w, st[0].tok + 1, (uint32_t)i, st[0].tok, (uint32_t)i)))
        return rc;
      last_end = (uint32_t)i + 1;
      depth = 0;
    } else if (closes > 0) {
      depth = closes; /* a nested quote: part of the outer one */
    } else if (depth == 0) {
      /* A closer without opener: the quote starts with its sentence, after
      ** a colon, and never before the previous quote. */
      uint32_t s = (uint32_t)i;
      while (s > last_end && w->tok[s - 1].sent == w->tok[i].sent &&
             w->para[s - 1] == w->para[i] && !Q_ISPUNCT(w, s - 1, ':'))
        s--;
      if ((rc = emit(w, s, (uint32_t)i, Q_NONE, (uint32_t)i))) return rc;
      last_end = (uint32_t)i + 1;
    }
  }
  if (depth) {
    if ((rc = emit_unclosed(w, st[0].tok, (uint32_t)nt))) return rc;
  }
  return PRESSE_OK;
}
