/*
** fuzz_sql: every SQL entry point of presse on the fuzzer's bytes, through
** an in-memory database. The SQL layer is compiled with -DSQLITE_CORE and
** linked against the system libsqlite3, so presse_register(db) is called
** directly (the loadable entry point's api pointer is not needed: with
** SQLITE_CORE the sqlite3_* calls are the library's own).
**
** Each input is bound as TEXT (and once as a BLOB) to french_normalize(),
** french_terms(), entities(), quotes(), inserted into an FTS5 table using
** the `french` tokenizer and used as a MATCH query, and written to a file
** that corpus() reads. Errors are expected (invalid UTF-8, bad MATCH
** syntax); crashes, sanitizer reports and broken offsets are not:
** substr(document, start + 1, end - start) must be the mention's text.
*/
#include "fuzz.h"

#include <sqlite3.h>
#include <unistd.h>

static sqlite3 *db;
static char dir[64];
static char file[96];

enum {
  S_NORM,
  S_NORM2,
  S_TERMS,
  S_TERMS2,
  S_ENT,
  S_ENT_OFF,
  S_QUO,
  S_QUO_OFF,
  S_FTS_DEL,
  S_FTS_INS,
  S_FTS_MATCH,
  S_FTS_PFX,
  S_CORPUS,
  S_N
};

static const char *const sql[S_N] = {
    "SELECT french_normalize(?1)",
    "SELECT french_normalize(?1, 'keep_accents'), french_normalize(?1, "
    "'keep_case,keep_accents'), french_normalize('x', ?1)",
    "SELECT french_terms(?1)",
    "SELECT french_terms(?1, 'stem 0 stopwords 1'), french_terms('x', ?1)",
    "SELECT * FROM entities(?1)",
    "SELECT count(*) FROM entities(?1) WHERE substr(?1, start + 1, \"end\" - "
    "start) IS NOT text OR key IS NOT french_normalize(canonical)",
    "SELECT * FROM quotes(?1)",
    "SELECT count(*) FROM quotes(?1) WHERE substr(?1, start + 1, \"end\" - "
    "start) IS NOT text OR speaker_key IS NOT french_normalize(speaker)",
    "DELETE FROM fts",
    "INSERT INTO fts(body) VALUES (?1)",
    "SELECT rowid, highlight(fts, 0, '[', ']') FROM fts WHERE fts MATCH ?1",
    "SELECT count(*) FROM fts WHERE fts MATCH '\"' || replace(?1, '\"', '') "
    "|| '\"*'",
    "SELECT * FROM corpus(?2)",
};
static sqlite3_stmt *st[S_N];

static void cleanup(void) {
  unlink(file);
  rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
  CHECK(presse_register(db) == SQLITE_OK);
  CHECK(sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE fts USING fts5(body, tokenize = "
                     "'french prefix_words 1')",
                     NULL, NULL, NULL) == SQLITE_OK);
  for (int i = 0; i < S_N; i++)
    CHECK(sqlite3_prepare_v2(db, sql[i], -1, &st[i], NULL) == SQLITE_OK);
  snprintf(dir, sizeof dir, "/tmp/presse-fuzz-sql-XXXXXX");
  CHECK(mkdtemp(dir));
  snprintf(file, sizeof file, "%s/a.txt", dir);
  atexit(cleanup);
  return 0;
}

/* Runs st to completion; returns the last row's first column as an int. */
static long long run(sqlite3_stmt *s) {
  long long v = 0;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    int nc = sqlite3_column_count(s);
    for (int i = 0; i < nc; i++) {
      const unsigned char *t = sqlite3_column_text(s, i);
      int nb = sqlite3_column_bytes(s, i);
      if (t) CHECK(nb >= 0 && (int)strlen((const char *)t) <= nb);
    }
    v = sqlite3_column_int64(s, 0);
  }
  /* NOMEM would mean a leak of the whole budget: never expected here. */
  CHECK(rc == SQLITE_DONE || rc == SQLITE_ERROR);
  if (rc == SQLITE_ERROR) CHECK(sqlite3_errmsg(db)[0] != 0);
  sqlite3_reset(s);
  return v;
}

static void bind_run(int i, const void *p, int n, int as_blob) {
  sqlite3_stmt *s = st[i];
  if (as_blob)
    sqlite3_bind_blob(s, 1, p, n, SQLITE_STATIC);
  else
    sqlite3_bind_text(s, 1, p, n, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count(s) >= 2)
    sqlite3_bind_text(s, 2, dir, -1, SQLITE_STATIC);
  run(s);
  sqlite3_clear_bindings(s);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  if (n > 1 << 20) return 0;
  const char *p = (const char *)data;
  int len = (int)n;
  int valid = presse_utf8_invalid_at(p, n) == n;

  for (int i = S_NORM; i <= S_TERMS2; i++)
    bind_run(i, p, len, 0);
  bind_run(S_NORM, p, len, 1);
  bind_run(S_ENT, p, len, 0);
  bind_run(S_ENT, p, len, 1);
  bind_run(S_QUO, p, len, 0);

  /* Offsets: what entities() and quotes() report must cut the document.
  ** SQLite's substr() counts characters up to a NUL in some versions, so
  ** the check is for NUL-free valid text. */
  if (valid && !memchr(p, 0, n)) {
    sqlite3_bind_text(st[S_ENT_OFF], 1, p, len, SQLITE_STATIC);
    CHECK(run(st[S_ENT_OFF]) == 0);
    sqlite3_bind_text(st[S_QUO_OFF], 1, p, len, SQLITE_STATIC);
    CHECK(run(st[S_QUO_OFF]) == 0);
  }

  run(st[S_FTS_DEL]);
  bind_run(S_FTS_INS, p, len, 0);
  bind_run(S_FTS_MATCH, p, len, 0);
  bind_run(S_FTS_PFX, p, len, 0);

  FILE *f = fopen(file, "wb");
  CHECK(f);
  if (n) CHECK(fwrite(p, 1, n, f) == n);
  fclose(f);
  sqlite3_bind_text(st[S_CORPUS], 2, dir, -1, SQLITE_STATIC);
  run(st[S_CORPUS]);
  return 0;
}
