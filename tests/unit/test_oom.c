/* test_oom.c: every core function under allocation failure. A presse_mem
** that fails the k-th allocation (and, in a second pass, every allocation
** from the k-th on), for k = 1..K where K is what a successful run needs:
** the function must return PRESSE_ENOMEM (or succeed with the same result,
** if it can do without that memory), leave its output empty, and, once the
** output is freed, hold no memory (counted here; ASan also checks leaks in
** the sanitizer build). */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct {
  long calls;   /* allocations asked so far */
  long fail_at; /* 1-based: which allocation fails (0: none) */
  int sticky;   /* fail every allocation from fail_at on */
  long live;    /* blocks allocated and not freed */
} failing;

static void *f_realloc(void *ctx, void *p, size_t n) {
  failing *f = ctx;
  f->calls++;
  if (f->fail_at &&
      (f->calls == f->fail_at || (f->sticky && f->calls > f->fail_at)))
    return NULL;
  void *q = realloc(p, n);
  if (q && !p) f->live++;
  return q;
}

static void f_free(void *ctx, void *p) {
  failing *f = ctx;
  if (p) f->live--;
  free(p);
}

/* A text that exercises every stage: boilerplate, a dateline, a byline,
** titles, entities of each type, direct and indirect quotes, a pronoun
** speaker, an incise, elisions, numbers, a URL. Written for this test. */
static const char ARTICLE[] =
    "Accueil > Politique > Régions\n"
    "La région adopte son budget après un long débat\n"
    "Par Camille Dufresne\n"
    "Publié le 3 mars 2023 à 18h05\n"
    "\n"
    "LILLE, 3 mars 2023 (AFP) - Le conseil régional des Hauts-de-France a "
    "adopté jeudi un budget de 3,2 milliards d'euros. « C'est un budget "
    "de responsabilité », a déclaré le président Xavier Bertrand devant "
    "l'assemblée. Selon Mme Karima Delli, l'opposition « n'a pas été "
    "entendue ». Le ministre de l'Économie a indiqué que l'État "
    "soutiendrait les lycées. « Nous verrons », a-t-il ajouté.\n"
    "\n"
    "Jean-Pierre Martin, maire d'Arras, estime qu'il faudra « aller plus "
    "loin ». L'ONU et la Banque mondiale n'ont pas réagi. Voir "
    "https://www.exemple.fr/budget pour le détail.\n"
    "\n"
    "Lire aussi : Les lycées de la région en chiffres\n"
    "Crédit photo : AFP\n"
    "Partager sur Facebook\n";

/* The article 16 times over, so that every growable array grows a few
** times (more allocations, more failure points). */
#define REPEAT 16
static char *g_text;
static size_t g_n;

/* Runs op with allocator m and returns its code; check() compares the
** result with the reference one and frees it. */
typedef int (*op_fn)(const presse_mem *m, void *out);
typedef int (*same_fn)(void *ref, void *out);
typedef void (*free_fn)(void *out);
typedef int (*empty_fn)(void *out);

static presse_tokens g_toks;
static presse_entities g_ents;

static void sweep(op_fn op, same_fn same, free_fn fr, empty_fn empty,
                  size_t outsize) {
  failing f = {0, 0, 0, 0};
  presse_mem m = {f_realloc, f_free, &f};
  void *ref = calloc(1, outsize), *out = calloc(1, outsize);
  assert_non_null(ref);
  assert_non_null(out);
  assert_int_equal(op(&m, ref), PRESSE_OK);
  long total = f.calls;
  assert_true(total > 0);
  if (getenv("OOM_VERBOSE")) fprintf(stderr, "%ld allocations\n", total);
  /* Failures are collected, not raised at once: fail_msg() jumps out, and
  ** this harness must not leak what it allocated itself. */
  char msg[200] = "";
  for (int sticky = 0; sticky <= 1 && !msg[0]; sticky++) {
    for (long k = 1; k <= total && !msg[0]; k++) {
      failing g = {0, k, sticky, 0};
      presse_mem gm = {f_realloc, f_free, &g};
      memset(out, 0, outsize);
      int rc = op(&gm, out);
      if (rc == PRESSE_ENOMEM) {
        if (!empty(out))
          snprintf(msg, sizeof msg, "k=%ld sticky=%d: output not empty", k,
                   sticky);
      } else if (rc != PRESSE_OK || !same(ref, out)) {
        snprintf(msg, sizeof msg,
                 "k=%ld sticky=%d: rc %d, neither ENOMEM nor the same result",
                 k, sticky, rc);
      }
      fr(out);
      if (g.live != 0 && !msg[0])
        snprintf(msg, sizeof msg, "k=%ld sticky=%d: %ld blocks leaked", k,
                 sticky, g.live);
    }
  }
  fr(ref);
  long live = f.live;
  free(ref);
  free(out);
  if (msg[0]) fail_msg("%s", msg);
  assert_int_equal(live, 0);
}

/* ------------------------------------------------------------ segment */
static int seg_op(const presse_mem *m, void *o) {
  presse_tokens *t = o;
  t->mem = m;
  return presse_segment(g_text, g_n, t);
}
static int seg_same(void *a, void *b) {
  presse_tokens *x = a, *y = b;
  return x->n == y->n && x->nsent == y->nsent &&
         !memcmp(x->tok, y->tok, x->n * sizeof *x->tok);
}
static void seg_free(void *o) {
  presse_tokens_free(o);
}
static int seg_empty(void *o) {
  return ((presse_tokens *)o)->n == 0;
}

static void oom_segment(void **state) {
  (void)state;
  sweep(seg_op, seg_same, seg_free, seg_empty, sizeof(presse_tokens));
}

/* ---------------------------------------------------------- normalize */
static int norm_op(const presse_mem *m, void *o) {
  presse_buf *b = o;
  b->mem = m;
  return presse_normalize(g_text, g_n, 0, b);
}
static int norm_same(void *a, void *b) {
  presse_buf *x = a, *y = b;
  return x->len == y->len && !memcmp(x->data, y->data, x->len);
}
static void norm_free(void *o) {
  presse_buf_free(o);
}
static int norm_empty(void *o) {
  return ((presse_buf *)o)->len == 0;
}

static void oom_normalize(void **state) {
  (void)state;
  sweep(norm_op, norm_same, norm_free, norm_empty, sizeof(presse_buf));
}

/* ----------------------------------------------------------- entities */
static int ent_op(const presse_mem *m, void *o) {
  presse_entities *e = o;
  e->mem = m;
  return presse_entities_extract(g_text, g_n, &g_toks, e);
}
static int ent_same(void *a, void *b) {
  presse_entities *x = a, *y = b;
  return x->n == y->n && !memcmp(x->ent, y->ent, x->n * sizeof *x->ent);
}
static void ent_free(void *o) {
  presse_entities_free(o);
}
static int ent_empty(void *o) {
  return ((presse_entities *)o)->n == 0;
}

static void oom_entities(void **state) {
  (void)state;
  sweep(ent_op, ent_same, ent_free, ent_empty, sizeof(presse_entities));
}

/* ------------------------------------------------------------- quotes */
static int quo_op(const presse_mem *m, void *o) {
  presse_quotes *q = o;
  q->mem = m;
  return presse_quotes_extract(g_text, g_n, &g_toks, &g_ents, q);
}
static int quo_same(void *a, void *b) {
  presse_quotes *x = a, *y = b;
  if (x->n != y->n) return 0;
  for (size_t i = 0; i < x->n; i++)
    if (x->q[i].b0 != y->q[i].b0 || x->q[i].b1 != y->q[i].b1 ||
        x->q[i].kind != y->q[i].kind || x->q[i].sb0 != y->q[i].sb0 ||
        x->q[i].qb0 != y->q[i].qb0)
      return 0;
  return 1;
}
static void quo_free(void *o) {
  presse_quotes_free(o);
}
static int quo_empty(void *o) {
  return ((presse_quotes *)o)->n == 0;
}

static void oom_quotes(void **state) {
  (void)state;
  sweep(quo_op, quo_same, quo_free, quo_empty, sizeof(presse_quotes));
}

/* ----------------------------------------------------------- articles */
static int art_op(const presse_mem *m, void *o) {
  presse_article *a = o;
  a->mem = m;
  a->body.mem = m;
  return presse_article_parse(g_text, g_n, a);
}
static int streq(const char *a, const char *b) {
  return (!a && !b) || (a && b && !strcmp(a, b));
}
static int art_same(void *a, void *b) {
  presse_article *x = a, *y = b;
  return x->body.len == y->body.len &&
         !memcmp(x->body.data, y->body.data, x->body.len) &&
         streq(x->title, y->title) && streq(x->date, y->date) &&
         streq(x->author, y->author) && x->ncuts == y->ncuts;
}
static void art_free(void *o) {
  presse_article_free(o);
}
static int art_empty(void *o) {
  presse_article *a = o;
  return a->body.len == 0 && !a->title && !a->date && !a->author &&
         a->ncuts == 0;
}

static void oom_article(void **state) {
  (void)state;
  sweep(art_op, art_same, art_free, art_empty, sizeof(presse_article));
}

/* ------------------------------------------------------------- search */
typedef struct {
  presse_search *s;
  presse_buf terms; /* libc: only the search allocations fail */
} search_out;

static int emit(void *ctx, const char *t, size_t n, uint32_t b0, uint32_t b1,
                int col) {
  (void)b0;
  (void)b1;
  (void)col;
  presse_buf *b = ctx;
  return presse_buf_append(b, t, n) || presse_buf_append(b, " ", 1);
}
static int sea_op(const presse_mem *m, void *o) {
  search_out *s = o;
  int rc = presse_search_new(PRESSE_SEARCH_PREFIX_WORDS, m, &s->s);
  if (rc) return rc;
  return presse_search_text(s->s, g_text, g_n, 0, emit, &s->terms);
}
static int sea_same(void *a, void *b) {
  return norm_same(&((search_out *)a)->terms, &((search_out *)b)->terms);
}
static void sea_free(void *o) {
  search_out *s = o;
  presse_search_free(s->s);
  s->s = NULL;
  presse_buf_free(&s->terms);
}
static int sea_empty(void *o) {
  (void)o;
  return 1; /* terms already emitted before the failure are the caller's */
}

static void oom_search(void **state) {
  (void)state;
  sweep(sea_op, sea_same, sea_free, sea_empty, sizeof(search_out));
}

static int setup(void **state) {
  (void)state;
  size_t one = sizeof ARTICLE - 1;
  g_text = malloc(one * REPEAT);
  if (!g_text) return -1;
  for (int i = 0; i < REPEAT; i++)
    memcpy(g_text + i * one, ARTICLE, one);
  g_n = one * REPEAT;
  memset(&g_toks, 0, sizeof g_toks);
  memset(&g_ents, 0, sizeof g_ents);
  if (presse_segment(g_text, g_n, &g_toks)) return -1;
  return presse_entities_extract(g_text, g_n, &g_toks, &g_ents) ? -1 : 0;
}

static int teardown(void **state) {
  (void)state;
  presse_entities_free(&g_ents);
  presse_tokens_free(&g_toks);
  free(g_text);
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(oom_segment),  cmocka_unit_test(oom_normalize),
      cmocka_unit_test(oom_entities), cmocka_unit_test(oom_quotes),
      cmocka_unit_test(oom_article),  cmocka_unit_test(oom_search),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
