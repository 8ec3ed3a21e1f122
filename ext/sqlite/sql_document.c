/*
** sql_document.c: the argument checks that entities() and quotes() share.
** Both take one document and must reject it the same way, with the same
** messages, so the checks live here once.
*/
#include "presse_sql.h"

#include <string.h>

SQLITE_EXTENSION_INIT3

int presse_sql_vtab_fail(sqlite3_vtab *vtab, const char *fname, int rc,
                         const char *detail) {
  if (rc == PRESSE_ENOMEM) return SQLITE_NOMEM;
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = detail ? sqlite3_mprintf("%s: %s", fname, detail)
                         : sqlite3_mprintf("%s: %s", fname, presse_errstr(rc));
  return vtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* "the document beginning \"Le maire de Lyon\"": its first words (up to
** 40 bytes of its valid start, cut at a character, white space as single
** spaces), so that a lateral join that fails on one row out of thousands
** says which. */
static void document_start(const char *s, size_t n, char *out, size_t cap) {
  size_t lim = n < 40 ? n : 40, o = 0;
  while (lim > 0 && lim < n && ((unsigned char)s[lim] & 0xC0) == 0x80)
    lim--; /* do not cut a character */
  int space = 1;
  for (size_t i = 0; i < lim && o + 8 < cap; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch < 0x20 || ch == 0x7F || ch == ' ') {
      if (!space) out[o++] = ' ';
      space = 1;
      continue;
    }
    out[o++] = ch == '"' ? '\'' : (char)ch;
    space = 0;
  }
  while (o > 0 && out[o - 1] == ' ')
    o--;
  if (lim < n && o + 4 < cap) {
    memcpy(out + o, "...", 3);
    o += 3;
  }
  out[o] = 0;
}

int presse_sql_document_arg(sqlite3_vtab *vtab, const char *fname,
                            sqlite3_value *v, const char **out, size_t *n) {
  *out = NULL;
  *n = 0;
  int type = sqlite3_value_type(v);
  if (type == SQLITE_NULL) return SQLITE_OK;
  if (type != SQLITE_TEXT && type != SQLITE_BLOB) {
    /* Name the value: in a join over a table, it tells which row. */
    char msg[96];
    if (type == SQLITE_INTEGER)
      sqlite3_snprintf(sizeof msg, msg,
                       "expected TEXT argument, not the integer %lld",
                       (long long)sqlite3_value_int64(v));
    else
      sqlite3_snprintf(sizeof msg, msg,
                       "expected TEXT argument, not the real %g",
                       sqlite3_value_double(v));
    return presse_sql_vtab_fail(vtab, fname, PRESSE_EINVAL, msg);
  }
  /* A BLOB is read as its bytes (readfile('a.txt') gives one), as
  ** french_normalize() reads it; it must be UTF-8 like a text. */
  const char *s = type == SQLITE_BLOB ? (const char *)sqlite3_value_blob(v)
                                      : (const char *)sqlite3_value_text(v);
  size_t len = (size_t)sqlite3_value_bytes(v);
  if (!s && len) return SQLITE_NOMEM;
  if (!s) s = "";
  /* Offsets are code points: a text that is not UTF-8 has none to give. */
  size_t bad = presse_utf8_invalid_at(s, len);
  if (bad < len) {
    char start[64], msg[160];
    document_start(s, bad, start, sizeof start);
    if (*start)
      sqlite3_snprintf(sizeof msg, msg,
                       "invalid UTF-8 at byte %lld of the document beginning "
                       "\"%s\"",
                       (long long)bad, start);
    else
      sqlite3_snprintf(sizeof msg, msg, "invalid UTF-8 at byte %lld",
                       (long long)bad);
    return presse_sql_vtab_fail(vtab, fname, PRESSE_EUTF8, msg);
  }
  /* No copy here: the value may be freed or converted before the cursor
  ** ends, so presse_sql_analyze() copies the text it keeps, and only
  ** when the cache does not hold it already. */
  *out = s;
  *n = len;
  return SQLITE_OK;
}

int presse_sql_document_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info,
                                   int column, const char *fname,
                                   sqlite3_int64 rows) {
  int found = -1, unusable = 0;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *k = &info->aConstraint[i];
    if (k->iColumn != column) continue;
    if (!k->usable)
      unusable = 1;
    else if (k->op == SQLITE_INDEX_CONSTRAINT_EQ)
      found = i;
  }
  if (found >= 0) {
    info->aConstraintUsage[found].argvIndex = 1;
    info->aConstraintUsage[found].omit = 1;
    info->idxNum = 1;
    info->estimatedCost = 1000;
    info->estimatedRows = rows;
    return SQLITE_OK;
  }
  /* An argument that is not usable yet (a lateral join's column): let
  ** SQLite try another join order rather than fail the whole query. */
  if (unusable) return SQLITE_CONSTRAINT;
  /* Constraints on other columns only: SQLite is costing one branch of an
  ** OR (WHERE kind = 'direct' OR speaker IS NULL), whose constraint set
  ** leaves the document out. Refuse that plan; the plan with the document
  ** was offered first. With no constraint at all the argument is missing. */
  if (info->nConstraint > 0) return SQLITE_CONSTRAINT;
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg =
      sqlite3_mprintf("%s: expected one argument, the document", fname);
  return SQLITE_ERROR;
}
