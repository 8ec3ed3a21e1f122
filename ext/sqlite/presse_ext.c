/*
** presse_ext.c: the extension's entry point. Registration is a table so
** that adding a feature is one line, and every return code is checked: a
** half-registered extension would fail later in confusing ways.
*/
#include "presse_sql.h"

#include <stdarg.h>
#include <stdio.h>

SQLITE_EXTENSION_INIT1

static void *sql_realloc(void *ctx, void *p, size_t n) {
  (void)ctx;
  return sqlite3_realloc64(p, (sqlite3_uint64)n);
}

static void sql_free(void *ctx, void *p) {
  (void)ctx;
  sqlite3_free(p);
}

const presse_mem presse_sql_mem = {sql_realloc, sql_free, NULL};

void presse_sql_error(sqlite3_context *ctx, const char *fname, int rc,
                      const char *detail) {
  if (rc == PRESSE_ENOMEM) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  presse_sql_errorf(ctx, "%s: %s%s%s", fname, presse_errstr(rc),
                    detail ? " " : "", detail ? detail : "");
}

void presse_sql_errorf(sqlite3_context *ctx, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = sqlite3_vmprintf(fmt, ap);
  va_end(ap);
  if (!msg) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_error(ctx, msg, -1);
  sqlite3_free(msg);
}

static const struct {
  const char *name;
  int (*xRegister)(sqlite3 *);
} features[] = {
    {"misc", presse_sql_register_misc},
    {"french_normalize", presse_sql_register_normalize},
    {"corpus", presse_sql_register_corpus},
    {"entities and quotes", presse_sql_register_analysis},
    {"fts5 french", presse_sql_register_fts5},
    {"presse_debug", presse_sql_register_debug},
};

int presse_register(sqlite3 *db) {
  for (size_t i = 0; i < sizeof(features) / sizeof(features[0]); i++) {
    int rc = features[i].xRegister(db);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
    int sqlite3_presse_init(sqlite3 *db, char **pzErrMsg,
                            const sqlite3_api_routines *pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  int rc = presse_register(db);
  if (rc != SQLITE_OK && pzErrMsg)
    *pzErrMsg =
        sqlite3_mprintf("presse: registration failed: %s", sqlite3_errstr(rc));
  return rc;
}
