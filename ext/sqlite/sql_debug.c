/*
** sql_debug.c: presse_debug(), what a bug report needs in one call: the
** version, the commit and flags it was built from, how it is linked, and
** the versions of the libraries it runs against. Runtime and compile-time
** SQLite versions both appear because a loadable extension built against
** one SQLite is often loaded into another.
*/
#include "presse_sql.h"

SQLITE_EXTENSION_INIT3

#include <libstemmer.h>
#include <string.h>
#include <utf8proc.h>

/* PRESSE_GIT_COMMIT, PRESSE_BUILD_CC, PRESSE_BUILD_FLAGS: written by
** mk/ecosystem.mk, rewritten only when they change. */
#if defined(__has_include)
#if __has_include("presse_build.h")
#include "presse_build.h"
#endif
#endif
#ifndef PRESSE_GIT_COMMIT
#define PRESSE_GIT_COMMIT "unknown"
#endif
#ifndef PRESSE_BUILD_CC
#define PRESSE_BUILD_CC "unknown"
#endif
#ifndef PRESSE_BUILD_FLAGS
#define PRESSE_BUILD_FLAGS "unknown"
#endif

#ifdef SQLITE_CORE
#define PRESSE_LINKAGE "static (compiled into SQLite, SQLITE_CORE)"
#else
#define PRESSE_LINKAGE "loadable extension"
#endif

static int has_french_stemmer(void) {
  for (const char **a = sb_stemmer_list(); a && *a; a++)
    if (strcmp(*a, "french") == 0) return 1;
  return 0;
}

static void debug_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  char *s = sqlite3_mprintf(
      "version: %s\n"
      "commit: %s\n"
      "linkage: %s\n"
      "compiler: %s\n"
      "flags: %s\n"
      "sqlite: %s (compiled against %s)\n"
      "utf8proc: %s (Unicode %s)\n"
      "libstemmer: %s",
      presse_version(), PRESSE_GIT_COMMIT, PRESSE_LINKAGE, PRESSE_BUILD_CC,
      PRESSE_BUILD_FLAGS, sqlite3_libversion(), SQLITE_VERSION,
      utf8proc_version(), utf8proc_unicode_version(),
      has_french_stemmer() ? "yes (french stemmer)" : "no french stemmer");
  if (!s) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, s, -1, sqlite3_free);
}

int presse_sql_register_debug(sqlite3 *db) {
  /* Not deterministic: the runtime SQLite version belongs to the host. */
  return sqlite3_create_function(db, "presse_debug", 0,
                                 SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL,
                                 debug_func, NULL, NULL);
}
