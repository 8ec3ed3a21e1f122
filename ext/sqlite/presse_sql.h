/*
** presse_sql.h: what the SQLite binding files share. Internal: not
** installed. Each feature file registers its own functions through one
** presse_sql_register_* function listed in presse_ext.c.
*/
#ifndef PRESSE_SQL_H
#define PRESSE_SQL_H

#include "presse.h"
#include <sqlite3ext.h>

/* Flags for pure functions: usable in indexes, generated columns, and
** from views and triggers of untrusted schemas. */
#define PRESSE_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* An allocator that goes through sqlite3_realloc64 / sqlite3_free, so
** memory limits and fault injection apply to the core too. */
extern const presse_mem presse_sql_mem;

/* Report a core return code on ctx, prefixed by the function's name:
** "entities(): invalid UTF-8 at byte 12". PRESSE_ENOMEM becomes
** sqlite3_result_error_nomem(). */
void presse_sql_error(sqlite3_context *ctx, const char *fname, int rc,
                      const char *detail);

/* A formatted error on ctx (sqlite3_mprintf syntax); when the message
** cannot be allocated, sqlite3_result_error_nomem() instead. */
void presse_sql_errorf(sqlite3_context *ctx, const char *fmt, ...);

/* The document argument of entities() and quotes(), checked. TEXT, or a
** BLOB read as UTF-8 (readfile('a.txt')). SQLITE_OK with *out NULL for a
** NULL argument (no rows); SQLITE_OK with *out the value's bytes (valid
** while xFilter runs: presse_sql_analyze() copies what it keeps); or an
** error code with the message naming
** the value or the document's first words ("fname: expected TEXT argument,
** not the integer 42", "fname: invalid UTF-8 at byte N of the document
** beginning \"Le maire\"") in vtab->zErrMsg. */
int presse_sql_document_arg(sqlite3_vtab *vtab, const char *fname,
                            sqlite3_value *v, const char **out, size_t *n);

/* xBestIndex of a table-valued function over one document whose hidden
** argument is column `column`: the argument must be given (equality), or
** the query fails with "fname: expected one argument, the document". */
int presse_sql_document_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info,
                                   int column, const char *fname,
                                   sqlite3_int64 rows);

/* Store "fname: detail" (or "fname: " + presse_errstr(rc)) as vtab's error
** and return SQLITE_ERROR; PRESSE_ENOMEM gives SQLITE_NOMEM. */
int presse_sql_vtab_fail(sqlite3_vtab *vtab, const char *fname, int rc,
                         const char *detail);

/* sql_analysis.c: one analysis (segmentation + entity mentions) per
** document, shared by entities() and quotes() through a small cache that
** each connection owns (the client data of both modules). */
typedef struct presse_sql_cache presse_sql_cache;
typedef struct presse_sql_analysis {
  int refs;
  const presse_mem *mem; /* of this block, toks and ents: the cache's
                         ** scratch blocks (presse_sql_scratch) */
  const char *text;      /* the document, NUL-terminated: a copy in this
                         ** struct's block, after it */
  size_t n;
  uint64_t hash;
  presse_tokens toks;
  presse_entities ents;
  presse_buf keys;   /* normalised canonical forms, made on first use */
  uint32_t *key_off; /* per mention: offset and length in keys */
} presse_sql_analysis;

/* The analysis of text[0..n) (valid UTF-8, as presse_sql_document_arg()
** leaves it): taken from the cache c when the same text was analysed
** lately, else computed on a copy of the text (and kept). *out holds a
** reference: release it with presse_sql_analysis_unref(). c may be NULL
** (no cache). Returns a PRESSE_* code. */
int presse_sql_analyze(presse_sql_cache *c, const char *text, size_t n,
                       presse_sql_analysis **out);
void presse_sql_analysis_unref(presse_sql_analysis *a);
/* The connection's scratch allocator (sql_analysis.c), presse_sql_mem when
** c is NULL: blocks freed to it are kept for the next document. For
** memory a cursor holds while it walks one document's rows. */
const presse_mem *presse_sql_scratch(presse_sql_cache *c);
/* The key (french_normalize of the canonical form) of mention i,
** normalised once per distinct name of the document. */
int presse_sql_analysis_key(presse_sql_analysis *a, size_t i, const char **k,
                            size_t *n);
/* The cache's reference count (one per module) and destructor. */
void presse_sql_cache_unref(void *c);

/* One registration function per feature (see presse_ext.c).
** presse_sql_register_analysis registers entities() and quotes() with one
** shared cache. */
int presse_sql_register_misc(sqlite3 *db);
int presse_sql_register_normalize(sqlite3 *db);
int presse_sql_register_analysis(sqlite3 *db);
int presse_sql_register_entities(sqlite3 *db, presse_sql_cache *c);
int presse_sql_register_quotes(sqlite3 *db, presse_sql_cache *c);
int presse_sql_register_corpus(sqlite3 *db);
int presse_sql_register_fts5(sqlite3 *db);
int presse_sql_register_debug(sqlite3 *db);

#endif
