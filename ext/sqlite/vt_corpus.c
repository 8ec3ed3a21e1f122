/*
** vt_corpus.c: corpus(directory), one row per *.txt article below a
** directory. An eponymous table-valued function modelled on SQLite's
** ext/misc/series.c (hidden argument column, equality required) and
** fileio.c (reading files from SQL).
**
**   SELECT path, title, date FROM corpus('articles');
**
** Columns: path (relative to the directory, '/'-separated), raw (the
** file's text as read), body, title, date, author (presse_article_parse),
** bytes, hash (64-bit FNV-1a of the raw bytes, 16 hex digits: a change
** detector for incremental loads, NOT a cryptographic digest), error,
** boilerplate (JSON [[start,end],...]: code-point spans of raw removed from
** body), warning (what decoding changed), and the hidden arguments
** `directory` and `progress` (corpus('dir', 1000) prints a line on stderr
** every 1000 files).
**
** The walk: depth first, the entries of each directory in byte order of
** their names, so the order is stable across runs and machines. Names
** starting with '.' are skipped. Symbolic links to files are read;
** symbolic links to directories are not followed (no loops, no escaping
** the tree). Only one file is in memory at a time, and the walk keeps one
** sorted name list per directory level being visited.
**
** Bad input: a NULL directory gives no rows; a directory that is missing
** or cannot be opened is an SQL error naming it. A file's bytes go through
** presse_text_decode (ext/core/text_decode.c): NUL bytes become spaces,
** Latin-1 is converted, damaged UTF-8 gets U+FFFD, each with a warning;
** HTML, binary and UTF-16 files are rejected. A file that cannot be read,
** is empty, is larger than 1 GiB or is rejected still gives a row, with
** `error` saying why and body, title, date and author NULL; a
** subdirectory that cannot be opened gives a row for "sub/" with its
** error. So one bad file never stops a load, and it is visible.
**
** corpus_path(dir), registered here too, is realpath(): load.sql stores
** each folder under it.
**
** It reads files, so it is registered with SQLITE_VTAB_DIRECTONLY: a view
** or trigger of an untrusted database cannot call it.
*/
#include "presse_sql.h"

SQLITE_EXTENSION_INIT3

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FILE_MAX (1u << 30)

enum {
  COL_PATH,
  COL_RAW,
  COL_BODY,
  COL_TITLE,
  COL_DATE,
  COL_AUTHOR,
  COL_BYTES,
  COL_HASH,
  COL_ERROR,
  COL_BOILERPLATE,
  COL_WARNING,
  COL_DIRECTORY,
  COL_PROGRESS
};

typedef struct level {
  char **names;
  int n, i;
  size_t rel_len; /* length of the relative path of this directory */
} level;

typedef struct corpus_cursor {
  sqlite3_vtab_cursor base;
  char *root; /* the directory argument */
  level *stack;
  int depth, cap;
  char *rel; /* relative path of the current entry */
  size_t rel_len, rel_cap;
  sqlite3_int64 rowid;
  int eof;
  /* the current row */
  char *raw; /* the file's text, decoded (presse_text_decode) */
  sqlite3_int64 nraw;
  sqlite3_int64 nfile;    /* the file's size in bytes */
  char *warning;          /* what decoding changed, or NULL */
  sqlite3_int64 progress; /* print a line every this many files (0: never) */
  int is_dir;             /* an unreadable subdirectory's row */
  int utf8_ok;
  char *error;
  char hash[17];
  presse_article art;
  int parsed, parse_rc;
} corpus_cursor;

static int corpusConnect(sqlite3 *db, void *aux, int argc,
                         const char *const *argv, sqlite3_vtab **ppVtab,
                         char **pzErr) {
  (void)aux, (void)argc, (void)argv, (void)pzErr;
  int rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(path TEXT, raw TEXT, body TEXT, "
          "title TEXT, date TEXT, author TEXT, bytes INTEGER, "
          "hash TEXT, error TEXT, boilerplate TEXT, warning TEXT, "
          "directory HIDDEN, progress HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  sqlite3_vtab *v = sqlite3_malloc(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  *ppVtab = v;
  return SQLITE_OK;
}

static int corpusDisconnect(sqlite3_vtab *v) {
  sqlite3_free(v);
  return SQLITE_OK;
}

static int corpusOpen(sqlite3_vtab *v, sqlite3_vtab_cursor **pp) {
  (void)v;
  corpus_cursor *c = sqlite3_malloc(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  c->art.mem = &presse_sql_mem;
  *pp = &c->base;
  return SQLITE_OK;
}

static void row_clear(corpus_cursor *c) {
  sqlite3_free(c->raw);
  sqlite3_free(c->error);
  sqlite3_free(c->warning);
  c->raw = c->error = c->warning = NULL;
  c->nraw = c->nfile = 0;
  c->is_dir = 0;
  c->utf8_ok = 0;
  c->hash[0] = 0;
  if (c->parsed) presse_article_free(&c->art);
  c->parsed = 0;
  c->parse_rc = 0;
}

static void level_free(level *l) {
  for (int i = 0; i < l->n; i++)
    sqlite3_free(l->names[i]);
  sqlite3_free(l->names);
  l->names = NULL;
  l->n = l->i = 0;
}

static void walk_clear(corpus_cursor *c) {
  while (c->depth > 0)
    level_free(&c->stack[--c->depth]);
  sqlite3_free(c->stack);
  c->stack = NULL;
  c->cap = 0;
  sqlite3_free(c->root);
  c->root = NULL;
  c->rel_len = 0;
}

static int corpusClose(sqlite3_vtab_cursor *cur) {
  corpus_cursor *c = (corpus_cursor *)cur;
  row_clear(c);
  walk_clear(c);
  sqlite3_free(c->rel);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted entries of a directory (without "." names) as a new level.
** Returns SQLITE_OK, SQLITE_NOMEM, or SQLITE_CANTOPEN with errno set. */
static int read_dir(const char *path, level *out) {
  memset(out, 0, sizeof *out);
  DIR *d = opendir(path);
  if (!d) return SQLITE_CANTOPEN;
  int cap = 0, rc = SQLITE_OK;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    if (out->n == cap) {
      cap = cap ? cap * 2 : 32;
      char **p = sqlite3_realloc64(out->names, (sqlite3_uint64)cap * sizeof *p);
      if (!p) {
        rc = SQLITE_NOMEM;
        break;
      }
      out->names = p;
    }
    if (!(out->names[out->n] = sqlite3_mprintf("%s", e->d_name))) {
      rc = SQLITE_NOMEM;
      break;
    }
    out->n++;
  }
  closedir(d);
  if (rc) {
    level_free(out);
    return rc;
  }
  if (out->n > 1)
    qsort(out->names, (size_t)out->n, sizeof *out->names, by_name);
  return SQLITE_OK;
}

static int rel_set(corpus_cursor *c, size_t keep, const char *name, int slash) {
  size_t k = strlen(name), need = keep + k + 2;
  if (need > c->rel_cap) {
    char *p = sqlite3_realloc64(c->rel, need * 2);
    if (!p) return SQLITE_NOMEM;
    c->rel = p;
    c->rel_cap = need * 2;
  }
  memcpy(c->rel + keep, name, k);
  c->rel_len = keep + k;
  if (slash) c->rel[c->rel_len++] = '/';
  c->rel[c->rel_len] = 0;
  return SQLITE_OK;
}

static int push(corpus_cursor *c, const level *l) {
  if (c->depth == c->cap) {
    int nc = c->cap ? c->cap * 2 : 8;
    level *p = sqlite3_realloc64(c->stack, (sqlite3_uint64)nc * sizeof *p);
    if (!p) return SQLITE_NOMEM;
    c->stack = p;
    c->cap = nc;
  }
  c->stack[c->depth++] = *l;
  return SQLITE_OK;
}

static int ends_with_txt(const char *s) {
  size_t n = strlen(s);
  return n > 4 && !strcmp(s + n - 4, ".txt");
}

static void fnv1a(const char *p, sqlite3_int64 n, char out[17]) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (sqlite3_int64 i = 0; i < n; i++) {
    h ^= (unsigned char)p[i];
    h *= 0x100000001b3ull;
  }
  static const char hex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; i--, h >>= 4)
    out[i] = hex[h & 15];
  out[16] = 0;
}

/* Read the current file into the row; problems go to c->error. */
static int read_file(corpus_cursor *c, const char *full) {
  FILE *f = fopen(full, "rb");
  struct stat st;
  if (!f || fstat(fileno(f), &st) != 0) {
    c->error = sqlite3_mprintf("cannot read: %s", strerror(errno));
    if (f) fclose(f);
    return c->error ? SQLITE_OK : SQLITE_NOMEM;
  }
  if ((sqlite3_uint64)st.st_size > FILE_MAX) {
    fclose(f);
    c->nfile = st.st_size;
    c->error = sqlite3_mprintf("file too large: %lld bytes (1 GiB at most)",
                               (long long)st.st_size);
    return c->error ? SQLITE_OK : SQLITE_NOMEM;
  }
  c->raw = sqlite3_malloc64((sqlite3_uint64)st.st_size + 1);
  if (!c->raw) {
    fclose(f);
    return SQLITE_NOMEM;
  }
  size_t got = fread(c->raw, 1, (size_t)st.st_size, f);
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    c->error = sqlite3_mprintf("cannot read: %s", strerror(errno));
    sqlite3_free(c->raw);
    c->raw = NULL;
    return c->error ? SQLITE_OK : SQLITE_NOMEM;
  }
  c->raw[got] = 0;
  c->nraw = c->nfile = (sqlite3_int64)got;
  fnv1a(c->raw, c->nraw, c->hash);
  if (got == 0) {
    c->error = sqlite3_mprintf("empty file");
    c->utf8_ok = 1; /* raw is '' */
    return c->error ? SQLITE_OK : SQLITE_NOMEM;
  }
  /* NUL bytes, Latin-1, damaged UTF-8, binary and HTML: see
  ** ext/core/text_decode.c and docs/corpus.md. */
  size_t len = got;
  presse_decode_info di;
  if (presse_text_decode(&c->raw, &len, &presse_sql_mem, &di) != PRESSE_OK)
    return SQLITE_NOMEM;
  c->nraw = (sqlite3_int64)len;
  if (di.reject) {
    c->error = sqlite3_mprintf("%s", di.reject);
    return c->error ? SQLITE_OK : SQLITE_NOMEM;
  }
  c->utf8_ok = 1;
  if (di.nul || di.cp1252 || di.replaced) {
    sqlite3_str *w = sqlite3_str_new(NULL);
    if (di.cp1252)
      sqlite3_str_appendf(w, "not UTF-8 (byte %lld): read as Windows-1252",
                          (long long)di.first_bad);
    if (di.replaced)
      sqlite3_str_appendf(w,
                          "%lld invalid UTF-8 sequence%s (first at byte %lld) "
                          "read as U+FFFD",
                          (long long)di.replaced, di.replaced > 1 ? "s" : "",
                          (long long)di.first_bad);
    if (di.nul)
      sqlite3_str_appendf(w, "%s%lld NUL byte%s read as space%s",
                          sqlite3_str_length(w) ? "; " : "", (long long)di.nul,
                          di.nul > 1 ? "s" : "", di.nul > 1 ? "s" : "");
    if (!(c->warning = sqlite3_str_finish(w))) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Advance to the next row: a *.txt file, or an unreadable subdirectory. */
static int walk_next(corpus_cursor *c) {
  row_clear(c);
  while (c->depth > 0) {
    level *top = &c->stack[c->depth - 1];
    if (top->i >= top->n) {
      level_free(top);
      c->depth--;
      continue;
    }
    const char *name = top->names[top->i++];
    if (rel_set(c, top->rel_len, name, 0)) return SQLITE_NOMEM;
    char *full = sqlite3_mprintf("%s/%s", c->root, c->rel);
    if (!full) return SQLITE_NOMEM;
    struct stat st;
    int rc = SQLITE_OK, row = 0;
    if (lstat(full, &st) != 0) {
      /* vanished since listed: nothing to report */
    } else if (S_ISDIR(st.st_mode)) {
      level l;
      size_t keep = c->rel_len + 1;
      rc = read_dir(full, &l);
      if (rc == SQLITE_CANTOPEN) {
        rc = SQLITE_OK;
        if (rel_set(c, top->rel_len, name, 1))
          rc = SQLITE_NOMEM;
        else if (!(c->error = sqlite3_mprintf("cannot open directory: %s",
                                              strerror(errno))))
          rc = SQLITE_NOMEM;
        c->is_dir = 1;
        row = 1;
      } else if (rc == SQLITE_OK) {
        l.rel_len = keep;
        if (rel_set(c, top->rel_len, name, 1) || push(c, &l)) {
          level_free(&l);
          rc = SQLITE_NOMEM;
        }
      }
    } else if (ends_with_txt(name)) {
      /* a link is read when it leads to a regular file */
      int regular =
          S_ISREG(st.st_mode) ||
          (S_ISLNK(st.st_mode) && stat(full, &st) == 0 && S_ISREG(st.st_mode));
      if (regular) {
        rc = read_file(c, full);
        row = 1;
      }
    }
    sqlite3_free(full);
    if (rc) return rc;
    if (row) {
      c->rowid++;
      if (c->progress > 0 && c->rowid % c->progress == 0) {
        /* a long load shows where it is: docs/corpus.md */
        fprintf(stderr, "corpus: %lld file%s read, at %s\n",
                (long long)c->rowid, c->rowid > 1 ? "s" : "", c->rel);
        fflush(stderr);
      }
      return SQLITE_OK;
    }
  }
  c->eof = 1;
  return SQLITE_OK;
}

static int corpusNext(sqlite3_vtab_cursor *cur) {
  return walk_next((corpus_cursor *)cur);
}

static int corpusEof(sqlite3_vtab_cursor *cur) {
  return ((corpus_cursor *)cur)->eof;
}

static int corpusRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *p) {
  *p = ((corpus_cursor *)cur)->rowid;
  return SQLITE_OK;
}

static int vt_error(sqlite3_vtab_cursor *cur, char *msg) {
  sqlite3_free(cur->pVtab->zErrMsg);
  cur->pVtab->zErrMsg = msg;
  return msg ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int corpusFilter(sqlite3_vtab_cursor *cur, int idxNum,
                        const char *idxStr, int argc, sqlite3_value **argv) {
  (void)idxStr;
  corpus_cursor *c = (corpus_cursor *)cur;
  row_clear(c);
  walk_clear(c);
  c->rowid = 0;
  c->eof = 1;
  if (!(idxNum & 1) || argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL)
    return SQLITE_OK; /* corpus(NULL): no rows */
  c->progress = 0;
  if ((idxNum & 2) && argc > 1) {
    int t = sqlite3_value_type(argv[1]);
    if (t != SQLITE_NULL && t != SQLITE_INTEGER)
      return vt_error(
          cur, sqlite3_mprintf("corpus(): the second argument, progress, must "
                               "be a number of files (0: no progress lines)"));
    c->progress = sqlite3_value_int64(argv[1]);
  }
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT)
    return vt_error(cur,
                    sqlite3_mprintf("corpus(): the directory must be text"));
  const char *dir = (const char *)sqlite3_value_text(argv[0]);
  if (!dir) return SQLITE_NOMEM;
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/')
    n--; /* "corpus/" and "corpus" alike */
  if (!(c->root = sqlite3_mprintf("%.*s", (int)n, dir))) return SQLITE_NOMEM;
  struct stat st;
  level l;
  int rc;
  if (!*dir || stat(c->root, &st) != 0)
    return vt_error(
        cur, sqlite3_mprintf("corpus(): cannot open directory '%s': %s", dir,
                             *dir ? strerror(errno) : "empty name"));
  if (!S_ISDIR(st.st_mode))
    return vt_error(cur,
                    sqlite3_mprintf("corpus(): '%s' is not a directory", dir));
  rc = read_dir(c->root, &l);
  if (rc == SQLITE_CANTOPEN)
    return vt_error(cur,
                    sqlite3_mprintf("corpus(): cannot open directory '%s': %s",
                                    dir, strerror(errno)));
  if (rc) return rc;
  l.rel_len = 0;
  if (push(c, &l)) {
    level_free(&l);
    return SQLITE_NOMEM;
  }
  c->eof = 0;
  return walk_next(c);
}

static int parse(corpus_cursor *c) {
  if (!c->parsed) {
    c->parsed = 1;
    c->parse_rc = presse_article_parse(c->raw, (size_t)c->nraw, &c->art);
  }
  return c->parse_rc;
}

static int corpusColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx,
                        int col) {
  corpus_cursor *c = (corpus_cursor *)cur;
  int have = c->raw && c->utf8_ok;
  switch (col) {
  case COL_PATH:
    sqlite3_result_text(ctx, c->rel, (int)c->rel_len, SQLITE_TRANSIENT);
    break;
  case COL_RAW:
    if (c->raw && c->utf8_ok)
      sqlite3_result_text64(ctx, c->raw, (sqlite3_uint64)c->nraw,
                            SQLITE_TRANSIENT, SQLITE_UTF8);
    break;
  case COL_BYTES:
    if (!c->is_dir) sqlite3_result_int64(ctx, c->nfile);
    break;
  case COL_HASH:
    if (c->hash[0]) sqlite3_result_text(ctx, c->hash, 16, SQLITE_TRANSIENT);
    break;
  case COL_ERROR:
    if (c->error) sqlite3_result_text(ctx, c->error, -1, SQLITE_TRANSIENT);
    break;
  case COL_WARNING:
    if (c->warning) sqlite3_result_text(ctx, c->warning, -1, SQLITE_TRANSIENT);
    break;
  case COL_PROGRESS:
    if (c->progress) sqlite3_result_int64(ctx, c->progress);
    break;
  case COL_DIRECTORY:
    if (c->root) sqlite3_result_text(ctx, c->root, -1, SQLITE_TRANSIENT);
    break;
  default: {
    if (!have || c->error) break;
    int rc = parse(c);
    if (rc) {
      presse_sql_error(ctx, "corpus()", rc, c->rel);
      return rc == PRESSE_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
    }
    const presse_article *a = &c->art;
    const char *s = NULL;
    if (col == COL_BODY) {
      sqlite3_result_text64(ctx, a->body.len ? a->body.data : "", a->body.len,
                            SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    }
    if (col == COL_BOILERPLATE) {
      sqlite3_str *str = sqlite3_str_new(NULL);
      sqlite3_str_appendchar(str, 1, '[');
      for (size_t i = 0; i < a->ncuts; i++)
        sqlite3_str_appendf(str, "%s[%u,%u]", i ? "," : "", a->cuts[i].c0,
                            a->cuts[i].c1);
      sqlite3_str_appendchar(str, 1, ']');
      int n = sqlite3_str_length(str);
      char *json = sqlite3_str_finish(str);
      if (!json) return SQLITE_NOMEM;
      sqlite3_result_text(ctx, json, n, sqlite3_free);
      break;
    }
    s = col == COL_TITLE ? a->title : col == COL_DATE ? a->date : a->author;
    if (s) sqlite3_result_text(ctx, s, -1, SQLITE_TRANSIENT);
  }
  }
  return SQLITE_OK;
}

/* The directory argument must come as an equality: corpus('dir'); the
** optional second, progress, too: corpus('dir', 1000). */
static int corpusBestIndex(sqlite3_vtab *tab, sqlite3_index_info *info) {
  int dir = -1, progress = -1, unusable = 0;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *k = &info->aConstraint[i];
    if (k->iColumn != COL_DIRECTORY && k->iColumn != COL_PROGRESS) continue;
    if (!k->usable)
      unusable = 1;
    else if (k->op == SQLITE_INDEX_CONSTRAINT_EQ) {
      if (k->iColumn == COL_DIRECTORY)
        dir = i;
      else
        progress = i;
    }
  }
  if (unusable) return SQLITE_CONSTRAINT; /* another plan will bind it */
  if (dir >= 0) {
    info->aConstraintUsage[dir].argvIndex = 1;
    info->aConstraintUsage[dir].omit = 1;
    info->idxNum = 1;
    if (progress >= 0) {
      info->aConstraintUsage[progress].argvIndex = 2;
      info->aConstraintUsage[progress].omit = 1;
      info->idxNum |= 2;
    }
    info->estimatedCost = 1e6;
    info->estimatedRows = 1000;
    return SQLITE_OK;
  }
  sqlite3_free(tab->zErrMsg);
  tab->zErrMsg =
      sqlite3_mprintf("corpus(): expected one argument, a directory: "
                      "SELECT * FROM corpus('dir')");
  return SQLITE_ERROR;
}

static sqlite3_module corpusModule = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only: no CREATE VIRTUAL TABLE */
    .xConnect = corpusConnect,
    .xBestIndex = corpusBestIndex,
    .xDisconnect = corpusDisconnect,
    .xOpen = corpusOpen,
    .xClose = corpusClose,
    .xFilter = corpusFilter,
    .xNext = corpusNext,
    .xEof = corpusEof,
    .xColumn = corpusColumn,
    .xRowid = corpusRowid,
};

/* corpus_path(directory): the canonical absolute path of a directory
** (realpath: no ".", "..", doubled or trailing slashes, symbolic links
** resolved), so that load.sql stores one name per folder however it is
** spelled ('bad', 'bad/', './bad', '/tmp/x/bad', a link to it). NULL for
** NULL; an error naming the directory when it cannot be resolved. */
static void corpus_path_fn(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
    sqlite3_result_error(ctx, "corpus_path(): the directory must be text", -1);
    return;
  }
  const char *dir = (const char *)sqlite3_value_text(argv[0]);
  if (!dir) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  char *real = *dir ? realpath(dir, NULL) : NULL;
  if (!real) {
    presse_sql_errorf(ctx, "corpus_path(): cannot open directory '%s': %s", dir,
                      *dir ? strerror(errno) : "empty name");
    return;
  }
  sqlite3_result_text(ctx, real, -1, SQLITE_TRANSIENT);
  free(real);
}

int presse_sql_register_corpus(sqlite3 *db) {
  int rc = sqlite3_create_module(db, "corpus", &corpusModule, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function(db, "corpus_path", 1,
                                 SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL,
                                 corpus_path_fn, NULL, NULL);
  return rc;
}
