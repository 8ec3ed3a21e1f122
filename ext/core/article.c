/*
** article.c: presse_article_parse(), a scraped article cleaned of site
** boilerplate, with the title, date and author its header gives.
**
** The raw text is cut into lines; boilerplate.c marks the site's lines;
** the body is the remaining lines, with runs of blank lines made one and
** none at either end. The header (the first kept lines, up to the first
** paragraphs of text) gives:
**   - title: the first line, when it reads as a headline (short, no final
**     period, not a date or a byline);
**   - date: a scraper's "date 2021-11" prefix, else a line that is a date
**     ("Jeudi 29 Février 2024", "Publié le 29/02/2024 à 10h"), else a
**     dateline opening one of the first paragraphs ("22 mai 2012. -");
**     an update date ("Mis à jour le") only when nothing else dates it;
**   - author: a byline ("Par Jeanne Roy, à Lyon") or a line that is only a
**     name, before the first paragraph and after the title.
** Everything is linear in the input: each line is folded at most a few
** times, and only the first PRESSE_FOLD_MAX bytes of it.
*/
#include "article.h"
#include "lexicon.h"

#include "lex_article_bylines.h"
#include "lex_article_particles.h"

#include <string.h>

/* How far the header extends, in non-blank kept lines. */
#define HEADER_LINES 12
#define DATELINE_LINES 4
#define TITLE_MAX_CP 200

static const presse_mem *mem_of(const presse_article *a) {
  return a->mem ? a->mem : &presse_mem_libc;
}

static char *dup(const presse_mem *m, const char *s, size_t n) {
  char *p = m->xRealloc(m->ctx, NULL, n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

static int is_space(const char *s, uint32_t i, uint32_t end, uint32_t *len) {
  unsigned char c = (unsigned char)s[i];
  *len = 1;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
    return 1;
  if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0)
    return *len = 2, 1;
  if (c == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] <= 0x8A || (unsigned char)s[i + 2] == 0xAF))
    return *len = 3, 1;
  return 0;
}

/* Trim white space at both ends of [*b0, *b1). */
static void trim(const char *s, uint32_t *b0, uint32_t *b1) {
  uint32_t len;
  while (*b0 < *b1 && is_space(s, *b0, *b1, &len))
    *b0 += len;
  while (*b1 > *b0) {
    uint32_t k = *b1 - 1; /* find the start of the last character */
    while (k > *b0 && ((unsigned char)s[k] & 0xC0) == 0x80)
      k--;
    if (!is_space(s, k, *b1, &len) || k + len != *b1) break;
    *b1 = k;
  }
}

static size_t split_lines(const char *raw, uint32_t start, uint32_t n,
                          presse_line *L) {
  size_t nl = 0;
  uint32_t i = start;
  while (i < n) {
    uint32_t e = i;
    while (e < n && raw[e] != '\n')
      e++;
    presse_line *l = &L[nl++];
    memset(l, 0, sizeof *l);
    l->b0 = i;
    l->b1 = e > i && raw[e - 1] == '\r' ? e - 1 : e;
    l->next = e < n ? e + 1 : e;
    uint32_t t0 = l->b0, t1 = l->b1;
    trim(raw, &t0, &t1);
    l->blank = t0 == t1;
    i = l->next;
  }
  return nl;
}

/* ---------------------------------------------------------------- cuts */

static int add_cut(presse_article *a, size_t *cap, uint32_t b0, uint32_t b1) {
  if (a->ncuts == *cap) {
    size_t nc = *cap ? *cap * 2 : 8;
    presse_cut *p =
        mem_of(a)->xRealloc(mem_of(a)->ctx, a->cuts, nc * sizeof *p);
    if (!p) return PRESSE_ENOMEM;
    a->cuts = p;
    *cap = nc;
  }
  a->cuts[a->ncuts++] = (presse_cut){b0, b1, 0, 0};
  return PRESSE_OK;
}

/* The regions removed, whole lines merged when only white space lies
** between them; then their code-point offsets in one pass. */
static int collect_cuts(const char *raw, const presse_line *L, size_t nl,
                        presse_article *a) {
  size_t cap = 0;
  for (size_t i = 0; i < nl; i++) {
    uint32_t b0 = L[i].b0, b1 = L[i].cut ? L[i].b1 : L[i].b0 + L[i].skip;
    trim(raw, &b0, &b1);
    if (b0 == b1) continue;
    if (a->ncuts) { /* merge across blank lines and white space */
      presse_cut *last = &a->cuts[a->ncuts - 1];
      uint32_t g0 = last->b1, g1 = b0;
      trim(raw, &g0, &g1);
      if (g0 == g1) {
        last->b1 = b1;
        continue;
      }
    }
    if (add_cut(a, &cap, b0, b1)) return PRESSE_ENOMEM;
  }
  uint32_t at = 0, cp = 0;
  for (size_t k = 0; k < a->ncuts; k++) {
    presse_cut *c = &a->cuts[k];
    cp += (uint32_t)presse_utf8_count(raw + at, c->b0 - at);
    c->c0 = cp;
    cp += (uint32_t)presse_utf8_count(raw + c->b0, c->b1 - c->b0);
    c->c1 = cp;
    at = c->b1;
  }
  return PRESSE_OK;
}

/* ---------------------------------------------------------------- body */

static int build_body(const char *raw, const presse_line *L, size_t nl,
                      presse_buf *body) {
  int pending_blank = 0;
  for (size_t i = 0; i < nl; i++) {
    if (L[i].cut) continue;
    uint32_t b0 = L[i].b0 + L[i].skip, b1 = L[i].b1, t0 = b0, t1 = b1;
    trim(raw, &t0, &t1);
    if (t0 == t1) {
      pending_blank = body->len > 0;
      continue;
    }
    if (L[i].skip) b0 = t0;
    b1 = t1; /* trailing spaces go, indentation stays */
    if (body->len && presse_buf_append(body, pending_blank ? "\n\n" : "\n",
                                       pending_blank ? 2 : 1))
      return PRESSE_ENOMEM;
    pending_blank = 0;
    if (presse_buf_append(body, raw + b0, b1 - b0)) return PRESSE_ENOMEM;
  }
  /* a NUL after the text, not counted, for callers that want a C string */
  if (presse_buf_reserve(body, 1)) return PRESSE_ENOMEM;
  body->data[body->len] = 0;
  return PRESSE_OK;
}

/* -------------------------------------------------------------- header */

typedef struct hline {
  uint32_t b0, b1; /* trimmed text */
  presse_fold f;
} hline;

/* A code point at s[i] that starts a capitalised word. */
static int upper_at(const char *s, uint32_t i, uint32_t end) {
  uint32_t cp;
  presse_utf8_decode((const unsigned char *)s + i, end - i, &cp);
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
         (cp >= 0x100 && cp < 0x180 && cp % 2 == 0) || cp == 0x152;
}

/* Words of a person's name (or two joined by "et"): capitalised words,
** initials ("J.-P."), particles inside. No digits or punctuation. */
static int is_name(const char *s, uint32_t b0, uint32_t b1, int min_words) {
  if (b1 - b0 > 80 || b0 == b1) return 0;
  int words = 0, last_particle = 0;
  uint32_t i = b0;
  while (i < b1) {
    uint32_t len;
    while (i < b1 && is_space(s, i, b1, &len))
      i += len;
    if (i >= b1) break;
    uint32_t e = i;
    while (e < b1 && !is_space(s, e, b1, &len))
      e++;
    for (uint32_t k = i; k < e; k++) {
      unsigned char c = (unsigned char)s[k];
      if ((c >= '0' && c <= '9') || c == ',' || c == ':' || c == ';' ||
          c == '!' || c == '?' || c == '(' || c == '"' || c == '|' || c == '/')
        return 0;
    }
    presse_fold f;
    presse_fold_text(s + i, e - i, &f);
    if (presse_lex_find(&lex_article_particles, f.s, f.n)) {
      if (!words) return 0;
      last_particle = 1;
    } else if (upper_at(s, i, e)) {
      last_particle = 0;
      if (s[e - 1] == '.' && f.n > 3 && !memchr(f.s, '-', f.n))
        return 0; /* "Fin." */
    } else {
      return 0;
    }
    words++;
    if (words > 6) return 0;
    i = e;
  }
  return words >= min_words && !last_particle;
}

int presse_byline_opening(const char *text, size_t n) {
  presse_fold f;
  presse_fold_text(text, n, &f);
  return !f.truncated && f.n && presse_lex_find(&lex_article_bylines, f.s, f.n);
}

/* A "Par X" line: the author's span, up to a ',', '|', dash or date. */
static int byline(const char *s, const hline *h, uint32_t *a0, uint32_t *a1) {
  const presse_fold *f = &h->f;
  if (f->truncated || f->n > 160) return 0;
  size_t best = 0;
  for (size_t e = 1; e <= f->n && e <= 40; e++) {
    if (e < f->n && f->s[e] != ' ' && f->s[e] != ':') continue;
    if (presse_lex_find(&lex_article_bylines, f->s, e)) best = e;
  }
  if (!best) return 0;
  size_t i = best;
  while (i < f->n && (f->s[i] == ' ' || f->s[i] == ':'))
    i++;
  size_t e = i;
  while (e < f->n && f->s[e] != ',' && f->s[e] != '|' && f->s[e] != '(' &&
         !(f->s[e] == '-' && e > 0 && f->s[e - 1] == ' ')) {
    if (e > i && f->s[e - 1] == ' ' && f->s[e] >= '0' && f->s[e] <= '9') break;
    if (e > i && f->s[e - 1] == ' ' && f->n - e >= 4 &&
        !memcmp(f->s + e, "le ", 3) && f->s[e + 3] >= '0' && f->s[e + 3] <= '9')
      break; /* "Par Anne Roy le 12 mars", not "Yannick Le Gall" */
    e++;
  }
  uint32_t b0 = h->b0 + f->src[i], b1 = h->b0 + f->src[e];
  trim(s, &b0, &b1);
  if (!is_name(s, b0, b1, 1)) return 0;
  *a0 = b0, *a1 = b1;
  return 1;
}

static int is_prose(const char *s, const hline *h) {
  size_t cps = presse_utf8_count(s + h->b0, h->b1 - h->b0);
  if (cps >= 120) return 1;
  const presse_fold *f = &h->f;
  int words = 1;
  for (size_t i = 0; i < f->n; i++)
    words += f->s[i] == ' ';
  char last = f->n ? f->s[f->n - 1] : 0;
  return words >= 8 &&
         (last == '.' || last == '!' || last == '?' || last == '"');
}

static int is_headline(const char *s, const hline *h) {
  /* a headline may be long, and end with '?', '!' or a quotation */
  if (h->f.truncated ||
      presse_utf8_count(s + h->b0, h->b1 - h->b0) > TITLE_MAX_CP)
    return 0;
  const presse_fold *f = &h->f;
  if (f->n == 0) return 0; /* folds to nothing: a lone soft hyphen... */
  char last = f->s[f->n - 1];
  if (last == ':' || last == ',' || last == ';') return 0;
  if (last == '.' &&
      !(f->n >= 3 && f->s[f->n - 2] == '.' && f->s[f->n - 3] == '.'))
    return 0;
  return 1;
}

static int header(const char *raw, const presse_line *L, size_t nl,
                  const uint32_t meta_date[2], presse_article *a) {
  const presse_mem *m = mem_of(a);
  hline *H = m->xRealloc(m->ctx, NULL, HEADER_LINES * sizeof *H);
  if (!H) return PRESSE_ENOMEM;
  size_t nh = 0;
  for (size_t i = 0; i < nl && nh < HEADER_LINES; i++) {
    if (L[i].cut || L[i].blank) continue;
    hline *h = &H[nh];
    h->b0 = L[i].b0 + L[i].skip, h->b1 = L[i].b1;
    trim(raw, &h->b0, &h->b1);
    if (h->b0 == h->b1) continue;
    presse_fold_text(raw + h->b0, h->b1 - h->b0, &h->f);
    nh++;
  }
  char date[11] = "", revised[11] = "";
  uint32_t au0 = 0, au1 = 0;
  int title = -1, prose_seen = 0, rc = PRESSE_OK;
  if (meta_date[1] > meta_date[0]) {
    presse_fold f;
    size_t p = 0;
    presse_fold_text(raw + meta_date[0], meta_date[1] - meta_date[0], &f);
    presse_date_at(f.s, f.n, &p, date);
  }
  for (size_t k = 0; k < nh; k++) {
    hline *h = &H[k];
    char d[11];
    int rev = 0, is_date = presse_date_line(&h->f, d, &rev);
    if (is_date) {
      if (rev && !revised[0])
        memcpy(revised, d, 11);
      else if (!rev && !date[0])
        memcpy(date, d, 11);
    } else if (!date[0] && k < DATELINE_LINES &&
               presse_date_dateline(&h->f, d)) {
      memcpy(date, d, 11);
    }
    uint32_t b0, b1;
    int is_by = !prose_seen && byline(raw, h, &b0, &b1);
    if (is_by && !au1) au0 = b0, au1 = b1;
    if (title < 0 && k < 2 && !is_date && !is_by && !prose_seen &&
        is_headline(raw, h)) {
      title = (int)k;
      continue;
    }
    if (!prose_seen && !is_date && !is_by && !au1 && title >= 0 &&
        is_name(raw, h->b0, h->b1, 2))
      au0 = h->b0, au1 = h->b1;
    if (is_prose(raw, h) && ++prose_seen >= 3) break;
  }
  if (!date[0] && revised[0]) memcpy(date, revised, 11);
  if (date[0] && !(a->date = dup(m, date, strlen(date)))) rc = PRESSE_ENOMEM;
  if (title >= 0 &&
      !(a->title = dup(m, raw + H[title].b0, H[title].b1 - H[title].b0)))
    rc = PRESSE_ENOMEM;
  if (au1 && !(a->author = dup(m, raw + au0, au1 - au0))) rc = PRESSE_ENOMEM;
  m->xFree(m->ctx, H);
  return rc;
}

/* ---------------------------------------------------------------- API */

void presse_article_free(presse_article *a) {
  if (!a) return;
  const presse_mem *m = mem_of(a);
  presse_buf_free(&a->body);
  if (a->title) m->xFree(m->ctx, a->title);
  if (a->date) m->xFree(m->ctx, a->date);
  if (a->author) m->xFree(m->ctx, a->author);
  if (a->cuts) m->xFree(m->ctx, a->cuts);
  a->title = a->date = a->author = NULL;
  a->cuts = NULL;
  a->ncuts = 0;
}

int presse_article_parse(const char *raw, size_t n, presse_article *a) {
  const presse_mem *m = mem_of(a);
  memset(&a->body, 0, sizeof a->body);
  a->body.mem = a->mem;
  a->title = a->date = a->author = NULL;
  a->cuts = NULL;
  a->ncuts = 0;
  if (!raw) n = 0;
  if (n > UINT32_MAX - 1) return PRESSE_ETOOBIG;
  if (n && presse_utf8_invalid_at(raw, n) != n) return PRESSE_EUTF8;
  uint32_t start = 0;
  if (n >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3))
    start = 3; /* a BOM is not text */
  size_t maxl = 1;
  for (size_t i = start; i < n; i++)
    maxl += raw[i] == '\n';
  presse_line *L = m->xRealloc(m->ctx, NULL, maxl * sizeof *L);
  if (!L) return PRESSE_ENOMEM;
  size_t nl = split_lines(raw, start, (uint32_t)n, L);
  uint32_t meta_date[2];
  presse_boilerplate_mark(raw, L, nl, meta_date);
  int rc = collect_cuts(raw, L, nl, a);
  if (!rc) rc = build_body(raw, L, nl, &a->body);
  if (!rc) rc = header(raw, L, nl, meta_date, a);
  m->xFree(m->ctx, L);
  if (rc) presse_article_free(a);
  return rc;
}
