/*
** oom_sql.c: every presse SQL entry point under SQLite allocation failure.
** SQLite's allocator is replaced (SQLITE_CONFIG_MALLOC) by one that fails
** the k-th allocation, or every allocation from the k-th on, once the
** statement starts; k runs from 1 to what a successful run needs. Every
** failure must end in SQLITE_NOMEM (or the same result, if the memory was
** optional), never a crash or another error, and the connection must hold
** no more memory once closed. The SQL layer is compiled with -DSQLITE_CORE
** (tests/check_oom_sql.sh builds it) and calls presse_register(db).
**
**   oom_sql [CORPUS_DIR]     prints "oom_sql: N passed, N failed"
*/
#include "presse.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long calls, fail_at, live;
static int sticky;
static sqlite3_mem_methods sys;

static int should_fail(void) {
  calls++;
  return fail_at && (calls == fail_at || (sticky && calls > fail_at));
}
static void *m_malloc(int n) {
  if (should_fail()) return NULL;
  void *p = sys.xMalloc(n);
  if (p) live++;
  return p;
}
static void m_free(void *p) {
  if (p) live--;
  sys.xFree(p);
}
static void *m_realloc(void *p, int n) {
  if (should_fail()) return NULL;
  return sys.xRealloc(p, n);
}
static int m_size(void *p) {
  return sys.xSize(p);
}
static int m_roundup(int n) {
  return sys.xRoundup(n);
}
static int m_init(void *x) {
  return sys.xInit(x);
}
static void m_shutdown(void *x) {
  sys.xShutdown(x);
}

static const char *corpus_dir = "corpus";

/* The statements: each function of presse on a small French text. */
static const char *const cases[] = {
    "SELECT french_normalize('« L’Été » — ŒUVRE  déclarée')",
    "SELECT french_normalize('Été', 'keep_accents,keep_case')",
    "SELECT french_normalize('x', 'bogus')", /* an error, not NOMEM */
    "SELECT french_terms('Les déclarations de l''État')",
    "SELECT french_terms('Les déclarations', 'stem 0')",
    "SELECT presse_version()",
    "SELECT * FROM entities('Le président Emmanuel Macron a reçu Angela "
    "Merkel à Paris, avec l''ONU.')",
    "SELECT * FROM quotes('« Nous partons demain », a déclaré Jean Dupont. "
    "Selon Marie Curie, le radium brille. « Bien », a-t-il ajouté.')",
    "SELECT path, title, date, author, length(body), boilerplate FROM "
    "corpus(?1)",
    "CREATE VIRTUAL TABLE temp.t USING fts5(b, tokenize = 'french "
    "prefix_words 1'); INSERT INTO t VALUES ('Les déclarations de l''État "
    "français'); SELECT rowid FROM t WHERE t MATCH 'declaration etat*'; "
    "DROP TABLE temp.t",
};

/* Runs sql (several statements allowed); appends the rows to out. */
static int run(sqlite3 *db, const char *sql, char *out, size_t cap) {
  size_t len = 0;
  out[0] = 0;
  const char *tail = sql;
  int rc = SQLITE_OK;
  while (rc == SQLITE_OK && tail && *tail) {
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(db, tail, -1, &st, &tail);
    if (rc != SQLITE_OK || !st) break;
    if (sqlite3_bind_parameter_count(st) >= 1)
      sqlite3_bind_text(st, 1, corpus_dir, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      for (int i = 0; i < sqlite3_column_count(st); i++) {
        const char *t = (const char *)sqlite3_column_text(st, i);
        if (!t && sqlite3_errcode(db) == SQLITE_NOMEM) {
          rc = SQLITE_NOMEM;
          break;
        }
        int n = snprintf(out + len, cap - len, "%s|", t ? t : "NULL");
        if (n > 0 && (size_t)n < cap - len) len += (size_t)n;
      }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
    int frc = sqlite3_finalize(st);
    if (rc == SQLITE_OK) rc = frc;
  }
  return rc;
}

int main(int argc, char **argv) {
  if (argc > 1) corpus_dir = argv[1];
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &sys);
  static sqlite3_mem_methods mine = {m_malloc,  m_free, m_realloc,  m_size,
                                     m_roundup, m_init, m_shutdown, NULL};
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &mine) != SQLITE_OK) return 2;
  /* Lookaside would hide allocations from the counter. */
  sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
  static char ref[65536], got[65536];
  int pass = 0, fail = 0;
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    sqlite3 *db;
    fail_at = 0;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK || presse_register(db)) {
      fprintf(stderr, "cannot open a database\n");
      return 2;
    }
    calls = 0;
    int ref_rc = run(db, cases[c], ref, sizeof ref);
    long total = calls;
    sqlite3_close(db);
    int bad = 0;
    for (sticky = 0; sticky <= 1; sticky++)
      for (long k = 1; k <= total + 1; k++) {
        long live0 = live;
        fail_at = 0;
        if (sqlite3_open(":memory:", &db) != SQLITE_OK || presse_register(db))
          return 2;
        calls = 0;
        fail_at = k;
        int rc = run(db, cases[c], got, sizeof got);
        fail_at = 0;
        sqlite3_close(db);
        int same = rc == ref_rc && !strcmp(got, ref);
        if (!same && (rc & 0xff) != SQLITE_NOMEM) {
          fprintf(stderr,
                  "FAIL case %zu k=%ld sticky=%d: rc %d (%s), want "
                  "SQLITE_NOMEM or rc %d\n    %s\n",
                  c, k, sticky, rc, sqlite3_errstr(rc), ref_rc, cases[c]);
          bad = 1;
        }
        if (live != live0) {
          fprintf(stderr, "FAIL case %zu k=%ld sticky=%d: %ld blocks leaked\n",
                  c, k, sticky, live - live0);
          bad = 1;
        }
        if (bad) break;
      }
    printf("case %zu: %ld allocations, %s\n", c, total, bad ? "FAILED" : "ok");
    if (bad)
      fail++;
    else
      pass++;
  }
  printf("oom_sql: %d passed, %d failed\n", pass, fail);
  return fail != 0;
}
