/*
** quotes.c: presse_quotes_extract(), the driver. Runs the stages of
** quotes_int.h over one text and writes the quotations in text order.
*/
#include "article.h"
#include "quotes_int.h"

#include <stdlib.h>
#include <string.h>

static void *alloc(const presse_mem *m, size_t n) {
  return m->xRealloc(m->ctx, NULL, n ? n : 1);
}

static void release(const presse_mem *m, void *p) {
  if (p) m->xFree(m->ctx, p);
}

static int out_push(presse_quotes *out, const presse_quote *q) {
  const presse_mem *m = out->mem ? out->mem : &presse_mem_libc;
  if (out->n == out->cap) {
    size_t cap = out->cap ? 2 * out->cap : 16;
    presse_quote *p = m->xRealloc(m->ctx, out->q, cap * sizeof *p);
    if (!p) return PRESSE_ENOMEM;
    out->q = p;
    out->cap = cap;
  }
  out->q[out->n++] = *q;
  return PRESSE_OK;
}

static void fill(const qwork *w, presse_quote *q, uint32_t t0, uint32_t t1,
                 int kind, int32_t spk, uint32_t cue0, uint32_t cue1) {
  memset(q, 0, sizeof *q);
  q->b0 = w->tok[t0].b0;
  q->b1 = w->tok[t1 - 1].b1;
  q->c0 = w->tok[t0].c0;
  q->c1 = w->tok[t1 - 1].c1;
  q->kind = (uint8_t)kind;
  q->sb0 = q->sb1 = q->qb0 = q->qb1 = q->ob0 = q->ob1 = -1;
  if (spk >= 0) {
    q->sb0 = w->spk[spk].b0;
    q->sb1 = w->spk[spk].b1;
    if (w->spk[spk].ob1 > w->spk[spk].ob0) {
      q->ob0 = w->spk[spk].ob0;
      q->ob1 = w->spk[spk].ob1;
      q->olink = w->spk[spk].olink;
    }
    q->adj = w->spk[spk].adj;
  }
  if (cue0 != Q_NONE && cue1 > cue0) {
    q->qb0 = w->tok[cue0].b0;
    q->qb1 = w->tok[cue1 - 1].b1;
  }
}

static int by_start(const void *a, const void *b) {
  const presse_quote *x = a, *y = b;
  if (x->b0 != y->b0) return x->b0 < y->b0 ? -1 : 1;
  if (x->b1 != y->b1) return x->b1 > y->b1 ? -1 : 1; /* longer first */
  return x->kind < y->kind ? -1 : x->kind > y->kind;
}

/* The rows in by_start order. A text has a few quotes, in three runs
** each in text order (direct, nested, indirect): an insertion sort, which
** like glibc's merge sort keeps equal rows in their order, costs less
** than qsort's calls to the comparison; many rows go to qsort. */
#define SORT_INSERTION 64
static void sort_rows(presse_quotes *out) {
  size_t n = out->n;
  if (n > SORT_INSERTION) {
    qsort(out->q, n, sizeof *out->q, by_start);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    if (by_start(&out->q[i - 1], &out->q[i]) <= 0) continue;
    presse_quote x = out->q[i];
    size_t j = i;
    while (j > 0 && by_start(&out->q[j - 1], &x) > 0) {
      out->q[j] = out->q[j - 1];
      j--;
    }
    out->q[j] = x;
  }
}

/* The parent of each direct quote: the innermost quote whose span holds
** it, an indirect one for a fragment of reported speech, a direct one for
** a quotation nested in another. Rows are sorted by start, longer first,
** so an enclosing quote comes first; the quotes still open at a row are
** kept on a small stack (quotations rarely nest deeper: beyond
** PARENT_DEPTH the oldest are forgotten), which keeps this linear. */
#define PARENT_DEPTH 8
static void set_parents(presse_quotes *out) {
  size_t st[PARENT_DEPTH], depth = 0;
  for (size_t i = 0; i < out->n; i++) {
    presse_quote *q = &out->q[i];
    q->parent = -1;
    /* drop the quotes that end before this one starts */
    size_t k = 0;
    for (size_t s = 0; s < depth; s++)
      if (out->q[st[s]].b1 > q->b0) st[k++] = st[s];
    depth = k;
    if (q->kind == PRESSE_QUOTE_DIRECT) {
      for (size_t s = depth; s-- > 0;)
        if (out->q[st[s]].b0 <= q->b0 && q->b1 <= out->q[st[s]].b1) {
          q->parent = (int32_t)st[s];
          break;
        }
    }
    if (depth == PARENT_DEPTH) {
      memmove(st, st + 1, (PARENT_DEPTH - 1) * sizeof *st);
      depth--;
    }
    st[depth++] = i;
  }
}

/* The direct quotation whose words hold tokens [t0, t1), or NULL: the
** last one starting at or before t0 (they are in text order). */
static const qdirect *direct_holding(const qwork *w, uint32_t t0, uint32_t t1) {
  size_t lo = 0, hi = w->ndq;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (w->dq[mid].t0 <= t0)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (!lo) return NULL;
  const qdirect *d = &w->dq[lo - 1];
  return t1 <= d->t1 && (t0 > d->t0 || t1 < d->t1) ? d : NULL;
}

/* The entity covering each token: the first entity that does not end
** before the token starts, when the token lies within it. The tokens
** before that entity's start are skipped by q_tok_near's search. */
static void map_entities(qwork *w) {
  memset(w->ent, 0xFF, w->ntok * sizeof *w->ent); /* -1 */
  if (!w->ents) return;
  const presse_entity *ent = w->ents->ent;
  size_t ne = w->ents->n;
  const presse_token *tok = w->tok;
  size_t nt = w->ntok, i = 0;
  /* an entity at a time, its bounds held while its tokens are walked
  ** (speedL: the one loop over both read them again each step) */
  for (size_t e = 0; e < ne && i < nt; e++) {
    uint32_t b0 = ent[e].b0, b1 = ent[e].b1;
    while (i < nt && tok[i].b0 < b1) {
      if (tok[i].b0 < b0) {
        i = q_tok_near(w, i, b0);
        continue;
      }
      if (tok[i].b1 <= b1) w->ent[i] = (int32_t)e;
      i++;
    }
  }
}

/* Whether a byline's date or place follows its name at byte b (past the
** blanks): a dash ("Par X - 6 mars", "Par X — 12/01"), "le" and a digit
** ("Par X le 01.12.2026"), as the cleaner's author span ends (article.c),
** or "à" and a capital ("Par X à Lyon"). */
static int byline_date(const qwork *w, uint32_t b) {
  const char *t = w->text + b;
  size_t r = w->n - b;
  if (r >= 2 && t[0] == '-' && t[1] == ' ') return 1;
  if (r >= 3 && !memcmp(t, "\xe2\x80", 2) &&
      ((unsigned char)t[2] == 0x93 || (unsigned char)t[2] == 0x94))
    return 1;
  if (r >= 4 && !memcmp(t, "\xc3\xa0 ", 3) && t[3] >= 'A' && t[3] <= 'Z')
    return 1; /* "Par X à Lyon" */
  return r >= 4 && !memcmp(t, "le ", 3) && t[3] >= '0' && t[3] <= '9';
}

/* Whether a line ends at byte b (only blanks before the newline or the
** end of the text), or the name there goes on with "(", "," or "|". */
static int byline_end(const qwork *w, uint32_t b) {
  while (b < w->n && (w->text[b] == ' ' || w->text[b] == '\t'))
    b++;
  return b == w->n || w->text[b] == '\n' || w->text[b] == '\r' ||
         w->text[b] == '(' || w->text[b] == ',' || w->text[b] == '|' ||
         byline_date(w, b);
}

/* The first token of the words that open a byline before token k, or
** SIZE_MAX: up to four words (the longest opening of
** data/article_bylines.txt is "De notre envoyée spéciale") and a colon,
** the first of them opening a line or following a "|" or "—" of a
** dateline. Token flags settle it in a few steps for nearly every name of
** running text, whose words before it do not start a line. */
static size_t byline_start(const qwork *w, size_t k) {
  const presse_token *tok = w->tok;
  for (size_t j = k; j > 0 && k - j < 5;) {
    j--;
    if (tok[j].kind != PRESSE_TOK_WORD &&
        !(tok[j].kind == PRESSE_TOK_PUNCT && w->text[tok[j].b0] == ':'))
      return SIZE_MAX;
    if (tok[j].flags & PRESSE_TF_LINE_START || j == 0) return j;
    const char *p = w->text + tok[j - 1].b0;
    size_t len = tok[j - 1].b1 - tok[j - 1].b0;
    if ((len == 1 && *p == '|') || (len == 3 && !memcmp(p, "\xe2\x80\x94", 3)))
      return j;
  }
  return SIZE_MAX;
}

/* Whether token k is a preposition of a byline's place (à, au, en:
** data/quote_grammar.txt), compared before the tokens' folded forms are
** kept (q_tok_is_slow). */
static int byline_place_preposition(const qwork *w, size_t k) {
#define Q_TOK_IS_SLOW_K(s) q_tok_is_slow(w, k, s) ||
  return BYLINE_PLACE_PREPOSITIONS(Q_TOK_IS_SLOW_K) 0;
#undef Q_TOK_IS_SLOW_K
}

/* The token before which a byline's opening ends when the name follows a
** place ("De notre correspondant à Brivezac, Paul Marnier"): the "à" of
** up to three capitalised words and a comma before token k, else k. */
static size_t byline_place(const qwork *w, size_t k) {
  if (k < 3 || !Q_ISPUNCT(w, k - 1, ',')) return k;
  for (size_t j = k - 1; j-- > 0 && k - j <= 5;) {
    if (w->tok[j].kind != PRESSE_TOK_WORD) return k;
    if (w->tok[j].flags & PRESSE_TF_LINE_START) return k;
    if (byline_place_preposition(w, j)) return j + 1 < k - 1 ? j : k;
    if (!(w->tok[j].flags & PRESSE_TF_UPPER)) return k;
  }
  return k;
}

/* Every other person on a byline's line after its first name ("Par X, avec
** Y à Z", "Par X et Y"): co-authors, no speaker either. Up to twelve
** tokens of words, commas and parentheses on the same line. */
static void unmap_byline_rest(qwork *w, size_t k) {
  for (size_t s = 0; k < w->ntok && s < 12; k++, s++) {
    if (w->tok[k].flags & PRESSE_TF_LINE_START) return;
    if (w->tok[k].kind != PRESSE_TOK_WORD && !Q_ISPUNCT(w, k, ',') &&
        !Q_ISPUNCT(w, k, '(') && !Q_ISPUNCT(w, k, ')'))
      return;
    int32_t e = w->ent[k];
    if (e < 0 || w->ents->ent[e].type != PRESSE_PER) continue;
    while (k < w->ntok && w->ent[k] == e)
      w->ent[k++] = -1;
    k--;
  }
}

/* A byline ("Par Jeanne Roy (à Lyon)", "De notre correspondante Anne Roy"
** opening a line, or after "|" or "—" in a dateline): its author writes
** the article and quotes nobody, so the name is no antecedent of a
** function, a pronoun or a headline cue ("« … », promet le patron de X"
** then "Par Y" on the next line). Its tokens are taken out of the entity
** map of quotes(). The openings are the cleaner's (presse_byline_opening),
** so one list serves both. */
static void unmap_bylines(qwork *w) {
  size_t t0 = 0;
  for (size_t e = 0; e < w->ents->n; e++) {
    const presse_entity *x = &w->ents->ent[e];
    if (x->type != PRESSE_PER || !byline_end(w, x->b1)) continue;
    t0 = q_tok_near(w, t0, x->b0);
    size_t a = byline_place(w, t0);
    size_t s = byline_start(w, a);
    if (s == SIZE_MAX) continue;
    size_t o1 = a; /* the opening ends before "Auteur : X"'s colon */
    if (w->tok[o1 - 1].kind == PRESSE_TOK_PUNCT) o1--;
    if (o1 <= s || !presse_byline_opening(w->text + w->tok[s].b0,
                                          w->tok[o1 - 1].b1 - w->tok[s].b0))
      continue;
    size_t k = t0;
    for (; k < w->ntok && w->ent[k] == (int32_t)e; k++)
      w->ent[k] = -1;
    unmap_byline_rest(w, k);
  }
}

int presse_quotes_extract(const char *text, size_t n, const presse_tokens *toks,
                          const presse_entities *ents, presse_quotes *out) {
  const presse_mem *m = out->mem ? out->mem : &presse_mem_libc;
  out->n = 0;
  if (n > UINT32_MAX - 1) return PRESSE_ETOOBIG;
  if (!toks || !toks->n) return PRESSE_OK;
  qwork w;
  memset(&w, 0, sizeof w);
  w.pron_at = Q_NONE;
  qfc_cache fc;
  memset(&fc, 0, sizeof fc);
  w.fc = &fc;
  qacr_cache acr;
  memset(&acr, 0, sizeof acr);
  w.acr = &acr;
  w.text = text;
  w.n = n;
  w.tok = toks->tok;
  w.ntok = toks->n;
  w.ents = ents;
  w.mem = m;
  w.tok_per_byte = n ? ((uint64_t)toks->n << 32) / n : 0;
  size_t nt = toks->n;
  int rc = PRESSE_ENOMEM;
  /* The per-token arrays in one block, widest first so each is aligned;
  ** then the folded forms, each at its token's byte offset (no longer
  ** than the token), and 8 more bytes for the last chunk folded 8 bytes
  ** at a time. */
  const size_t per_tok = 3 * sizeof(uint32_t) + 2 * sizeof(uint16_t) + 2;
  if (nt > (SIZE_MAX - n - 8) / per_tok) goto done;
  char *block = alloc(m, nt * per_tok + n + 8);
  if (!block) goto done;
  w.ent = (int32_t *)block;
  w.para = (uint32_t *)(w.ent + nt);
  w.inq = w.para + nt;
  w.verb = (uint16_t *)(w.inq + nt);
  w.word = w.verb + nt;
  w.feat = (uint8_t *)(w.word + nt);
  w.flen = w.feat + nt;
  w.fold = (char *)(w.flen + nt);
  map_entities(&w);
  if (w.ents) unmap_bylines(&w);
  if ((rc = q_lex_features(&w))) goto done;
  if ((rc = q_pair_marks(&w))) goto done;
  if ((rc = q_pron_prepare(&w))) goto done;
  /* Reported speech first: its speakers are antecedents for the
  ** pronouns of the quotes that follow. */
  if ((rc = q_indirect(&w))) goto done;
  if ((rc = q_attribute(&w))) goto done;
  q_reresolve_reports(&w);
  if ((rc = q_continue_speakers(&w))) goto done;
  q_relative_speakers(&w);
  q_signed_documents(&w);
  q_definite_speakers(&w);
  q_described_sources(&w);
  if ((rc = q_headline_speakers(&w))) goto done;
  q_following_subjects(&w);
  q_relayed_speakers(&w);
  q_full_body_names(&w);
  q_defined_acronyms(&w);
  q_acronym_full_names(&w);
  q_head_full_names(&w);
  q_function_bodies(&w);
  if (w.spk_nomem) {
    rc = PRESSE_ENOMEM;
    goto done;
  }
  for (size_t i = 0; i < w.ndq; i++) {
    presse_quote q;
    const qdirect *d = &w.dq[i];
    fill(&w, &q, d->t0, d->t1, PRESSE_QUOTE_DIRECT, d->spk, d->cue0, d->cue1);
    q_annotate_direct(&w, d, &q);
    if ((rc = out_push(out, &q))) goto done;
  }
  for (size_t k = 0; k + 1 < w.nnest; k += 2) {
    const qdirect *d = direct_holding(&w, w.nest[k], w.nest[k + 1]);
    if (!d) continue; /* its outer quotation was cut before it */
    presse_quote q;
    qdirect inner = *d;
    int32_t rel = w.ents ? q_nested_relative(&w, d, w.nest[k]) : -1;
    if (rel < 0 && w.ents) rel = q_nested_pronoun(&w, d, w.nest[k]);
    if (rel >= 0) inner.spk = rel;
    fill(&w, &q, w.nest[k], w.nest[k + 1], PRESSE_QUOTE_DIRECT, inner.spk,
         d->cue0, d->cue1);
    q_annotate_nested(&w, &inner, &q);
    if ((rc = out_push(out, &q))) goto done;
  }
  for (size_t i = 0; i < w.niq; i++) {
    presse_quote q;
    const qindirect *d = &w.iq[i];
    fill(&w, &q, d->t0, d->t1, PRESSE_QUOTE_INDIRECT, d->spk, d->cue0, d->cue1);
    q_annotate_indirect(&w, d, &q);
    if ((rc = out_push(out, &q))) goto done;
  }
  sort_rows(out);
  set_parents(out);
  rc = PRESSE_OK;
done:
  release(m, w.ent); /* the block */
  release(m, w.cand);
  release(m, w.mpos);
  release(m, w.dq);
  release(m, w.iq);
  release(m, w.nest);
  release(m, w.spk);
  release(m, w.qe);
  release(m, acr.slot);
  if (rc) out->n = 0;
  return rc;
}

int presse_quote_speaker(const char *text, const presse_quote *q,
                         presse_buf *out) {
  static const char *const link[] = {"de ",    "d'",    "du ", "des ",
                                     "de la ", "de l'", ""};
  if (q->sb0 < 0) return PRESSE_OK;
  int rc = presse_buf_append(out, text + q->sb0, (size_t)(q->sb1 - q->sb0));
  /* a country's adjective follows the head, before a body or a portfolio
  ** named apart ("ministre" + "togolais" + "des Affaires étrangères") */
  if (!rc && q->adj && !(rc = presse_buf_append(out, " ", 1)))
    rc = presse_buf_append(out, q->adj, strlen(q->adj));
  if (!rc && q->ob0 >= 0) {
    const char *l = link[q->olink < 7 ? q->olink : 0];
    if (!(rc = presse_buf_append(out, " ", 1)) &&
        !(rc = presse_buf_append(out, l, strlen(l))))
      rc = presse_buf_append(out, text + q->ob0, (size_t)(q->ob1 - q->ob0));
  }
  return rc;
}

void presse_quotes_free(presse_quotes *q) {
  const presse_mem *m = q->mem ? q->mem : &presse_mem_libc;
  release(m, q->q);
  q->q = NULL;
  q->n = q->cap = 0;
}
