/*
** vt_quotes.c: quotes(document), an eponymous table-valued function in the
** manner of SQLite's ext/misc/series.c. The whole pipeline (segmenter,
** entities, quotes) runs once in xFilter; the cursor then walks the result.
*/
#include "presse_sql.h"

SQLITE_EXTENSION_INIT3

#include <string.h>

enum {
  COL_START,
  COL_END,
  COL_TEXT,
  COL_KIND,
  COL_SPEAKER,
  COL_KEY,
  COL_CUE,
  COL_CONFIDENCE,
  COL_EVIDENCE,
  COL_SPEAKER_TITLE,
  COL_ID,
  COL_PARENT,
  COL_DOCUMENT
};

typedef struct qcursor {
  sqlite3_vtab_cursor base;
  presse_sql_analysis *a; /* segmentation and mentions (sql_analysis.c) */
  const char *text;       /* the document: a->text */
  size_t n;
  presse_quotes q;
  size_t row;
} qcursor;

typedef struct qvtab {
  sqlite3_vtab base;
  presse_sql_cache *cache; /* the connection's, shared with entities() */
} qvtab;

static int q_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                     sqlite3_vtab **ppVtab, char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  int rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(start INTEGER, \"end\" INTEGER, text TEXT, kind TEXT,"
          " speaker TEXT, speaker_key TEXT, cue TEXT, confidence REAL,"
          " evidence TEXT, speaker_title TEXT, id INTEGER, parent INTEGER,"
          " document HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  qvtab *v = sqlite3_malloc(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->cache = aux;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &v->base;
  return SQLITE_OK;
}

static int q_disconnect(sqlite3_vtab *v) {
  sqlite3_free(v);
  return SQLITE_OK;
}

static int q_open(sqlite3_vtab *v, sqlite3_vtab_cursor **pp) {
  (void)v;
  qcursor *c = sqlite3_malloc(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  c->q.mem = &presse_sql_mem;
  *pp = &c->base;
  return SQLITE_OK;
}

static void reset(qcursor *c) {
  presse_quotes_free(&c->q);
  presse_sql_analysis_unref(c->a);
  c->a = NULL;
  c->text = NULL;
  c->n = 0;
  c->row = 0;
}

static int q_close(sqlite3_vtab_cursor *cur) {
  qcursor *c = (qcursor *)cur;
  reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* Segmentation and mentions come from the connection's analysis cache:
** computed here, or reused when entities() has just seen the same text.
** The quote stages' work arrays and the rows come from the connection's
** scratch blocks (reset() gives them back), not from sqlite3_malloc()
** for each of a document's eight arrays. */
static int run(qcursor *c, presse_sql_cache *cache, const char *text,
               size_t n) {
  int rc = presse_sql_analyze(cache, text, n, &c->a);
  if (rc != PRESSE_OK) return rc;
  c->q.mem = presse_sql_scratch(cache);
  c->text = c->a->text;
  c->n = c->a->n;
  return presse_quotes_extract(c->text, c->n, &c->a->toks, &c->a->ents, &c->q);
}

static int q_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv) {
  (void)idxStr;
  qcursor *c = (qcursor *)cur;
  reset(c);
  if (idxNum != 1 || argc < 1) return SQLITE_OK;
  const char *text;
  size_t n;
  int rc = presse_sql_document_arg(cur->pVtab, "quotes()", argv[0], &text, &n);
  if (rc != SQLITE_OK || !text) return rc;
  rc = run(c, ((qvtab *)cur->pVtab)->cache, text, n);
  if (rc != PRESSE_OK) {
    reset(c);
    return presse_sql_vtab_fail(cur->pVtab, "quotes()", rc, NULL);
  }
  return SQLITE_OK;
}

static int q_next(sqlite3_vtab_cursor *cur) {
  ((qcursor *)cur)->row++;
  return SQLITE_OK;
}

static int q_eof(sqlite3_vtab_cursor *cur) {
  qcursor *c = (qcursor *)cur;
  return c->row >= c->q.n;
}

/* A speaker named as a function and its body ("président de la CPME"),
** or with its country's adjective ("gouvernement congolais"):
** the name (key: its french_normalize() form) built for the row. */
static int composed_speaker(sqlite3_context *ctx, const char *text,
                            const presse_quote *q, int key) {
  presse_buf b, k;
  memset(&b, 0, sizeof b);
  memset(&k, 0, sizeof k);
  b.mem = k.mem = &presse_sql_mem;
  int rc = presse_quote_speaker(text, q, &b);
  if (rc == PRESSE_OK && key)
    rc = presse_normalize(b.data ? b.data : "", b.len, 0, &k);
  if (rc != PRESSE_OK) {
    presse_buf_free(&b);
    presse_buf_free(&k);
    presse_sql_error(ctx, "quotes()", rc, NULL);
    return SQLITE_ERROR;
  }
  const presse_buf *r = key ? &k : &b;
  sqlite3_result_text(ctx, r->data ? r->data : "", (int)r->len,
                      SQLITE_TRANSIENT);
  presse_buf_free(&b);
  presse_buf_free(&k);
  return SQLITE_OK;
}

static int q_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  qcursor *c = (qcursor *)cur;
  const presse_quote *q = &c->q.q[c->row];
  switch (col) {
  case COL_START:
    sqlite3_result_int64(ctx, q->c0);
    break;
  case COL_END:
    sqlite3_result_int64(ctx, q->c1);
    break;
  case COL_TEXT:
    sqlite3_result_text(ctx, c->text + q->b0, (int)(q->b1 - q->b0),
                        SQLITE_TRANSIENT);
    break;
  case COL_KIND:
    sqlite3_result_text(ctx,
                        q->kind == PRESSE_QUOTE_DIRECT ? "direct" : "indirect",
                        -1, SQLITE_STATIC);
    break;
  case COL_SPEAKER:
    if (q->sb0 >= 0 && (q->ob0 >= 0 || q->adj))
      return composed_speaker(ctx, c->text, q, 0);
    if (q->sb0 >= 0)
      sqlite3_result_text(ctx, c->text + q->sb0, (int)(q->sb1 - q->sb0),
                          SQLITE_TRANSIENT);
    break;
  case COL_KEY:
    if (q->sb0 >= 0 && (q->ob0 >= 0 || q->adj))
      return composed_speaker(ctx, c->text, q, 1);
    if (q->sb0 >= 0) {
      presse_buf b;
      memset(&b, 0, sizeof b);
      b.mem = &presse_sql_mem;
      int rc =
          presse_normalize(c->text + q->sb0, (size_t)(q->sb1 - q->sb0), 0, &b);
      if (rc != PRESSE_OK) {
        presse_buf_free(&b);
        presse_sql_error(ctx, "quotes()", rc, NULL);
        return SQLITE_ERROR;
      }
      sqlite3_result_text(ctx, b.data ? b.data : "", (int)b.len,
                          SQLITE_TRANSIENT);
      presse_buf_free(&b);
    }
    break;
  case COL_CUE:
    if (q->qb0 >= 0)
      sqlite3_result_text(ctx, c->text + q->qb0, (int)(q->qb1 - q->qb0),
                          SQLITE_TRANSIENT);
    break;
  case COL_CONFIDENCE:
    /* two decimals: the bands of docs/quotes.md, not float noise */
    sqlite3_result_double(ctx,
                          (double)(int)(q->confidence * 100.0f + 0.5f) / 100.0);
    break;
  case COL_EVIDENCE:
    sqlite3_result_text(ctx, presse_quote_evidence_name(q->evidence), -1,
                        SQLITE_STATIC);
    break;
  case COL_SPEAKER_TITLE:
    if (q->tb0 >= 0 && q->sb0 >= 0)
      sqlite3_result_text(ctx, c->text + q->tb0, (int)(q->tb1 - q->tb0),
                          SQLITE_TRANSIENT);
    break;
  case COL_ID: /* 0-based ordinal of the row in this call */
    sqlite3_result_int64(ctx, (sqlite3_int64)c->row);
    break;
  case COL_PARENT: /* id of the enclosing indirect quote, or NULL */
    if (q->parent >= 0) sqlite3_result_int64(ctx, q->parent);
    break;
  default:
    break; /* document: not kept */
  }
  return SQLITE_OK;
}

static int q_rowid(sqlite3_vtab_cursor *cur, sqlite_int64 *rowid) {
  *rowid = (sqlite_int64)((qcursor *)cur)->row + 1;
  return SQLITE_OK;
}

/* The document argument is required, as an equality constraint; an
** unusable one asks the planner for another order (lateral joins). */
static int q_best_index(sqlite3_vtab *v, sqlite3_index_info *info) {
  return presse_sql_document_best_index(v, info, COL_DOCUMENT, "quotes()", 50);
}

static sqlite3_module quotes_module = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = q_connect,
    .xBestIndex = q_best_index,
    .xDisconnect = q_disconnect,
    .xOpen = q_open,
    .xClose = q_close,
    .xFilter = q_filter,
    .xNext = q_next,
    .xEof = q_eof,
    .xColumn = q_column,
    .xRowid = q_rowid,
};

int presse_sql_register_quotes(sqlite3 *db, presse_sql_cache *cache) {
  return sqlite3_create_module_v2(db, "quotes", &quotes_module, cache,
                                  presse_sql_cache_unref);
}
