/*
** sql_normalize.c: french_normalize(text [, options]).
**
** Argument handling (documented in docs/french_normalize.md):
**   - NULL text -> NULL; NULL options -> the defaults.
**   - INTEGER / REAL: their text form (as CAST(x AS TEXT)) is normalised.
**   - BLOB: its bytes are taken as UTF-8 text, invalid sequences replaced.
**   - NUL bytes inside the text are kept: the length is explicit.
** The result buffer is allocated through sqlite3_realloc64 and handed to
** SQLite with sqlite3_free as destructor, so it is never copied.
*/
#include "presse_sql.h"

SQLITE_EXTENSION_INIT3

#include <stdint.h>

static void normalize_func(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv) {
  unsigned flags = 0;
  if (argc == 2 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    const char *opts = (const char *)sqlite3_value_text(argv[1]);
    int nopts = sqlite3_value_bytes(argv[1]);
    if (!opts) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    const char *bad;
    size_t badlen;
    if (presse_norm_parse_options(opts, (size_t)nopts, &flags, &bad, &badlen)) {
      presse_sql_errorf(ctx,
                        "french_normalize(): unknown option '%.*s' "
                        "(expected keep_accents, keep_case)",
                        (int)badlen, bad);
      return;
    }
  }

  const char *text;
  int type = sqlite3_value_type(argv[0]);
  if (type == SQLITE_NULL) return; /* NULL result */
  if (type == SQLITE_BLOB)
    text = (const char *)sqlite3_value_blob(argv[0]);
  else
    text = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if (!text && n > 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }

  presse_buf out = {0};
  out.mem = &presse_sql_mem;
  int rc = presse_normalize(text ? text : "", (size_t)n, flags, &out);
  if (rc) {
    presse_buf_free(&out);
    presse_sql_error(ctx, "french_normalize()", rc, NULL);
    return;
  }
  sqlite3_result_text64(ctx, out.data, (sqlite3_uint64)out.len, sqlite3_free,
                        SQLITE_UTF8);
}

int presse_sql_register_normalize(sqlite3 *db) {
  int rc = sqlite3_create_function(db, "french_normalize", 1, PRESSE_PURE, NULL,
                                   normalize_func, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function(db, "french_normalize", 2, PRESSE_PURE, NULL,
                                 normalize_func, NULL, NULL);
  return rc;
}
