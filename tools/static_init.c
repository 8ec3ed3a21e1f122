/*
** static_init.c: presse in a SQLite linked statically. Compile sqlite3.c
** with -DSQLITE_EXTRA_INIT=presse_static_init and link libpresse-static.a:
** sqlite3_initialize() then calls this, and every connection opened
** afterwards has presse registered, with no .load (this is how
** `make shell` builds build/sqlite3). Programs that prefer to choose
** per connection call presse_register(db) instead.
*/
#include "presse.h"
#include "sqlite3.h"

int presse_static_init(const char *unused);

static int auto_entry(sqlite3 *db, char **pzErrMsg,
                      const sqlite3_api_routines *pApi) {
  (void)pApi;
  int rc = presse_register(db);
  if (rc != SQLITE_OK && pzErrMsg)
    *pzErrMsg =
        sqlite3_mprintf("presse: registration failed: %s", sqlite3_errstr(rc));
  return rc;
}

int presse_static_init(const char *unused) {
  (void)unused;
  /* Called at the end of sqlite3_initialize(), once it is marked done, so
  ** sqlite3_auto_extension() does not re-enter initialisation. */
  return sqlite3_auto_extension((void (*)(void))auto_entry);
}
