/*
** sql_misc.c: presse_version().
*/
#include "presse_sql.h"

SQLITE_EXTENSION_INIT3

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, presse_version(), -1, SQLITE_STATIC);
}

int presse_sql_register_misc(sqlite3 *db) {
  return sqlite3_create_function(db, "presse_version", 0, PRESSE_PURE, NULL,
                                 version_func, NULL, NULL);
}
