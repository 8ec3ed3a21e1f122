/*
** mem.c: the allocator indirection, growable buffers, error strings and
** the version. Everything else in the core allocates through presse_mem so
** that the SQLite layer can route memory through sqlite3_malloc64.
*/
#include "presse.h"

#include <stdlib.h>
#include <string.h>

#ifndef PRESSE_VERSION
#define PRESSE_VERSION "unknown"
#endif

static void *libc_realloc(void *ctx, void *p, size_t n) {
  (void)ctx;
  return realloc(p, n);
}

static void libc_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

const presse_mem presse_mem_libc = {libc_realloc, libc_free, NULL};

const char *presse_version(void) {
  return PRESSE_VERSION;
}

const char *presse_errstr(int rc) {
  switch (rc) {
  case PRESSE_OK:
    return "not an error";
  case PRESSE_ENOMEM:
    return "out of memory";
  case PRESSE_EUTF8:
    return "invalid UTF-8";
  case PRESSE_ETOOBIG:
    return "text too large (4 GiB at most)";
  case PRESSE_EINVAL:
    return "invalid argument";
  case PRESSE_EIO:
    return "input/output error";
  }
  return "unknown error";
}

int presse_buf_reserve(presse_buf *b, size_t extra) {
  const presse_mem *m = b->mem ? b->mem : &presse_mem_libc;
  if (b->len + extra <= b->cap && b->data) return PRESSE_OK;
  if (extra > SIZE_MAX / 2 - b->len) return PRESSE_ENOMEM;
  size_t want = b->len + extra;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < want)
    cap *= 2;
  char *p = m->xRealloc(m->ctx, b->data, cap);
  if (!p) return PRESSE_ENOMEM;
  b->data = p;
  b->cap = cap;
  return PRESSE_OK;
}

int presse_buf_append(presse_buf *b, const char *s, size_t n) {
  int rc = presse_buf_reserve(b, n);
  if (rc) return rc;
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  return PRESSE_OK;
}

void presse_buf_free(presse_buf *b) {
  const presse_mem *m = b->mem ? b->mem : &presse_mem_libc;
  if (b->data) m->xFree(m->ctx, b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
