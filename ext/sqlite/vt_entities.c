/*
** vt_entities.c: entities(document), an eponymous table-valued function in
** the manner of SQLite's ext/misc/series.c. The segmenter and the entity
** pipeline run once in xFilter; the cursor then walks the mentions. key
** (french_normalize of the canonical form) is computed only when read.
*/
#include "presse_sql.h"

SQLITE_EXTENSION_INIT3

#include <string.h>

enum {
  COL_START,
  COL_END,
  COL_TEXT,
  COL_TYPE,
  COL_CANONICAL,
  COL_KEY,
  COL_DOCUMENT,
  COL_EVIDENCE /* hidden: the trace of the type decision */
};

typedef struct evtab {
  sqlite3_vtab base;
  presse_sql_cache *cache; /* the connection's, shared with quotes() */
} evtab;

typedef struct ecursor {
  sqlite3_vtab_cursor base;
  presse_sql_analysis *a; /* the document's analysis (sql_analysis.c) */
  size_t row;
} ecursor;

static int e_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                     sqlite3_vtab **ppVtab, char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  int rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(start INTEGER, \"end\" INTEGER, text TEXT, type TEXT,"
          " canonical TEXT, key TEXT, document HIDDEN, evidence HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  evtab *v = sqlite3_malloc(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->cache = aux;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &v->base;
  return SQLITE_OK;
}

static int e_disconnect(sqlite3_vtab *v) {
  sqlite3_free(v);
  return SQLITE_OK;
}

static int e_open(sqlite3_vtab *v, sqlite3_vtab_cursor **pp) {
  (void)v;
  ecursor *c = sqlite3_malloc(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *pp = &c->base;
  return SQLITE_OK;
}

static void reset(ecursor *c) {
  presse_sql_analysis_unref(c->a);
  c->a = NULL;
  c->row = 0;
}

static int e_close(sqlite3_vtab_cursor *cur) {
  ecursor *c = (ecursor *)cur;
  reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int e_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv) {
  (void)idxStr;
  ecursor *c = (ecursor *)cur;
  reset(c);
  if (idxNum != 1 || argc < 1) return SQLITE_OK;
  const char *text;
  size_t n;
  int rc =
      presse_sql_document_arg(cur->pVtab, "entities()", argv[0], &text, &n);
  if (rc != SQLITE_OK || !text) return rc;
  /* segmentation and mentions: computed, or reused from quotes() */
  rc = presse_sql_analyze(((evtab *)cur->pVtab)->cache, text, n, &c->a);
  if (rc != PRESSE_OK) {
    reset(c);
    return presse_sql_vtab_fail(cur->pVtab, "entities()", rc, NULL);
  }
  return SQLITE_OK;
}

static int e_next(sqlite3_vtab_cursor *cur) {
  ((ecursor *)cur)->row++;
  return SQLITE_OK;
}

static int e_eof(sqlite3_vtab_cursor *cur) {
  ecursor *c = (ecursor *)cur;
  return !c->a || c->row >= c->a->ents.n;
}

static int e_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  ecursor *c = (ecursor *)cur;
  const presse_entity *e = &c->a->ents.ent[c->row];
  const char *text = c->a->text;
  switch (col) {
  case COL_START:
    sqlite3_result_int64(ctx, e->c0);
    break;
  case COL_END:
    sqlite3_result_int64(ctx, e->c1);
    break;
  case COL_TEXT:
    sqlite3_result_text(ctx, text + e->b0, (int)(e->b1 - e->b0),
                        SQLITE_TRANSIENT);
    break;
  case COL_TYPE:
    sqlite3_result_text(ctx, presse_ent_type_name(e->type), -1, SQLITE_STATIC);
    break;
  case COL_CANONICAL:
    sqlite3_result_text(ctx, text + e->cb0, (int)(e->cb1 - e->cb0),
                        SQLITE_TRANSIENT);
    break;
  case COL_KEY: { /* normalised once per name of the document */
    const char *k;
    size_t kn;
    int rc = presse_sql_analysis_key(c->a, c->row, &k, &kn);
    if (rc != PRESSE_OK) {
      presse_sql_error(ctx, "entities()", rc, NULL);
      return SQLITE_ERROR;
    }
    sqlite3_result_text(ctx, k, (int)kn, SQLITE_TRANSIENT);
    break;
  }
  case COL_EVIDENCE: {
    presse_buf b;
    memset(&b, 0, sizeof b);
    b.mem = &presse_sql_mem;
    int rc = presse_entity_evidence(e, &b);
    if (rc != PRESSE_OK) {
      presse_buf_free(&b);
      presse_sql_error(ctx, "entities()", rc, NULL);
      return SQLITE_ERROR;
    }
    sqlite3_result_text(ctx, b.data ? b.data : "", (int)b.len,
                        SQLITE_TRANSIENT);
    presse_buf_free(&b);
    break;
  }
  default:
    break; /* document: not kept */
  }
  return SQLITE_OK;
}

static int e_rowid(sqlite3_vtab_cursor *cur, sqlite_int64 *rowid) {
  *rowid = (sqlite_int64)((ecursor *)cur)->row + 1;
  return SQLITE_OK;
}

/* The document argument is required, as an equality constraint; an
** unusable one asks the planner for another order (lateral joins). */
static int e_best_index(sqlite3_vtab *v, sqlite3_index_info *info) {
  /* evidence is a hidden output column, so SQLite would take a second
  ** argument for it: say what SQLite says for one argument too many (an
  ** equality on evidence in WHERE gets the same answer: use LIKE) */
  for (int i = 0; i < info->nConstraint; i++)
    if (info->aConstraint[i].iColumn == COL_EVIDENCE &&
        info->aConstraint[i].op == SQLITE_INDEX_CONSTRAINT_EQ) {
      sqlite3_free(v->zErrMsg);
      v->zErrMsg = sqlite3_mprintf("too many arguments on entities() - max 1");
      return SQLITE_ERROR;
    }
  return presse_sql_document_best_index(v, info, COL_DOCUMENT, "entities()",
                                        100);
}

static sqlite3_module entities_module = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = e_connect,
    .xBestIndex = e_best_index,
    .xDisconnect = e_disconnect,
    .xOpen = e_open,
    .xClose = e_close,
    .xFilter = e_filter,
    .xNext = e_next,
    .xEof = e_eof,
    .xColumn = e_column,
    .xRowid = e_rowid,
};

int presse_sql_register_entities(sqlite3 *db, presse_sql_cache *cache) {
  return sqlite3_create_module_v2(db, "entities", &entities_module, cache,
                                  presse_sql_cache_unref);
}
