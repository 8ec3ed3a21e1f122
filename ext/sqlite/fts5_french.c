/*
** fts5_french.c: the FTS5 tokenizer `french` (SQLite >= 3.20, the v1
** tokenizer interface, since fts5_tokenizer_v2 only exists from 3.47), and
** french_terms(text [, options]), which shows what it indexes.
**
** The work is in the core (search_token.c); this file adapts it: one
** presse_search (hence one Snowball stemmer, which is not thread-safe) per
** tokenizer instance, created in xCreate; per-call state on the stack.
*/
#include "presse_sql.h"

SQLITE_EXTENSION_INIT3

#include <string.h>

typedef struct french_tokenizer {
  presse_search *s;
} french_tokenizer;

static int fr_create(void *pUser, const char **azArg, int nArg,
                     Fts5Tokenizer **ppOut) {
  unsigned flags;
  const char *bad;
  (void)pUser;
  *ppOut = NULL;
  if (presse_search_parse_args(azArg, nArg, &flags, &bad) != PRESSE_OK) {
    /* The v1 interface cannot return a message: FTS5 reports "error in
    ** tokenizer constructor". The detail goes to the error log. */
    sqlite3_log(SQLITE_ERROR, "french tokenizer: bad option '%s'", bad);
    return SQLITE_ERROR;
  }
  french_tokenizer *t = sqlite3_malloc(sizeof *t);
  if (!t) return SQLITE_NOMEM;
  int rc = presse_search_new(flags, &presse_sql_mem, &t->s);
  if (rc != PRESSE_OK) {
    sqlite3_free(t);
    return SQLITE_NOMEM;
  }
  *ppOut = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static void fr_delete(Fts5Tokenizer *p) {
  french_tokenizer *t = (french_tokenizer *)p;
  if (!t) return;
  presse_search_free(t->s);
  sqlite3_free(t);
}

typedef struct fr_call {
  void *pCtx;
  int (*xToken)(void *, int, const char *, int, int, int);
  int rc; /* the first non-OK code of xToken */
} fr_call;

static int fr_emit(void *ctx, const char *term, size_t n, uint32_t b0,
                   uint32_t b1, int colocated) {
  fr_call *c = ctx;
  c->rc = c->xToken(c->pCtx, colocated ? FTS5_TOKEN_COLOCATED : 0, term, (int)n,
                    (int)b0, (int)b1);
  return c->rc != SQLITE_OK;
}

static int fr_tokenize(Fts5Tokenizer *p, void *pCtx, int flags,
                       const char *pText, int nText,
                       int (*xToken)(void *, int, const char *, int, int,
                                     int)) {
  french_tokenizer *t = (french_tokenizer *)p;
  fr_call c = {pCtx, xToken, SQLITE_OK};
  if (!pText || nText <= 0) return SQLITE_OK;
  unsigned mode = (flags & FTS5_TOKENIZE_PREFIX) ? PRESSE_SEARCH_PREFIX : 0;
  int rc = presse_search_text(t->s, pText, (size_t)nText, mode, fr_emit, &c);
  if (c.rc != SQLITE_OK) return c.rc;
  if (rc == PRESSE_ENOMEM) return SQLITE_NOMEM;
  return rc == PRESSE_OK ? SQLITE_OK : SQLITE_ERROR;
}

/* ------------------------------------------------ french_terms(text, opts) */
typedef struct terms_out {
  presse_buf b;
  int any;
} terms_out;

/* "sous|sous-marin marin|^marins": positions separated by spaces, forms at
** one position by '|', surface forms (prefix queries only) marked '^'. */
static int terms_emit(void *ctx, const char *term, size_t n, uint32_t b0,
                      uint32_t b1, int colocated) {
  terms_out *o = ctx;
  (void)b0;
  (void)b1;
  int rc = PRESSE_OK;
  if (o->any) rc = presse_buf_append(&o->b, colocated ? "|" : " ", 1);
  if (!rc && n > 0 && term[0] == PRESSE_SEARCH_SURFACE) {
    rc = presse_buf_append(&o->b, "^", 1);
    term++;
    n--;
  }
  if (!rc) rc = presse_buf_append(&o->b, term, n);
  o->any = 1;
  return rc;
}

/* Split opts on white space into at most 16 words (in place, in a copy). */
static int split_opts(char *s, const char **argv, int max) {
  int n = 0;
  while (*s) {
    while (*s == ' ' || *s == '\t' || *s == '\n')
      *s++ = 0;
    if (!*s) break;
    if (n == max) return -1;
    argv[n++] = s;
    while (*s && *s != ' ' && *s != '\t' && *s != '\n')
      s++;
  }
  return n;
}

static void terms_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  unsigned flags = 0;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    const char *bad, *av[16];
    char *opts = sqlite3_mprintf("%s", sqlite3_value_text(argv[1]));
    if (!opts) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    int n = split_opts(opts, av, 16);
    int rc =
        n < 0 ? PRESSE_EINVAL : presse_search_parse_args(av, n, &flags, &bad);
    if (rc != PRESSE_OK) {
      presse_sql_errorf(
          ctx,
          "french_terms(): bad option '%s' (expected: stem 0|1, stopwords 0|1, "
          "remove_diacritics 0|1|2, prefix_words 0|1)",
          n < 0 ? "(too many)" : bad);
      sqlite3_free(opts);
      return;
    }
    sqlite3_free(opts);
  }
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if (!text) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  presse_search *s;
  int rc = presse_search_new(flags, &presse_sql_mem, &s);
  if (rc) {
    presse_sql_error(ctx, "french_terms()", rc, NULL);
    return;
  }
  terms_out o = {{0}, 0};
  o.b.mem = &presse_sql_mem;
  rc = presse_search_text(s, text, (size_t)n, 0, terms_emit, &o);
  presse_search_free(s);
  if (rc)
    presse_sql_error(ctx, "french_terms()", rc, NULL);
  else
    sqlite3_result_text(ctx, o.b.data ? o.b.data : "", (int)o.b.len,
                        SQLITE_TRANSIENT);
  presse_buf_free(&o.b);
}

/* ---------------------------------------------------------- registration */
static fts5_api *get_fts5_api(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
    return NULL; /* SQLite built without FTS5 */
  sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(st);
  sqlite3_finalize(st);
  return api;
}

int presse_sql_register_fts5(sqlite3 *db) {
  int rc = sqlite3_create_function(db, "french_terms", 1, PRESSE_PURE, NULL,
                                   terms_func, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function(db, "french_terms", 2, PRESSE_PURE, NULL,
                                 terms_func, NULL, NULL);
  if (rc != SQLITE_OK) return rc;
  fts5_api *api = get_fts5_api(db);
  if (!api) return SQLITE_OK; /* no FTS5: the functions still work */
  static const fts5_tokenizer tok = {fr_create, fr_delete, fr_tokenize};
  return api->xCreateTokenizer(api, "french", NULL, (fts5_tokenizer *)&tok,
                               NULL);
}
