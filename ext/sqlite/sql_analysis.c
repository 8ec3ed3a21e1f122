/*
** sql_analysis.c: one analysis per document. entities(x) and quotes(x) both
** need the segmentation of x and its entity mentions; a load calls them one
** after the other on the same body (sql/load.sql), and a query may join
** both on the same column. Each connection keeps the last few analyses in
** a small cache, found by exact text equality (length, hash, then memcmp),
** so the second call reuses the first one's work instead of segmenting and
** recognising entities again.
**
** No global state: one cache per connection, created by
** presse_sql_register_analysis() and handed to both modules as their
** client data (sqlite3_create_module_v2), freed by its destructor when
** the last of the two modules goes. A connection is used by one thread at
** a time (SQLite serialises it), so the cache needs no lock.
**
** Bounded: at most CACHE_DOCS documents and CACHE_BYTES bytes of text are
** kept; a larger document is analysed but not kept. An analysis is shared
** by reference count: a cursor keeps the one it walks even when newer
** documents push it out of the cache. Entries are immutable once made, so
** nothing needs invalidating: a text that differs by one byte is another
** entry.
*/
#include "presse_sql.h"

#include "../core/segment.h"

SQLITE_EXTENSION_INIT3

#include <string.h>

#define CACHE_DOCS 8
#define CACHE_BYTES (4u << 20) /* text bytes kept, all entries together */

/* Scratch memory: the entity pipeline makes a few temporary arrays per
** document (token flags, spans, hash tables), the same ones each time.
** Freed blocks are kept for the next document instead of going back to
** sqlite3_malloc(), whose accounting and mutex cost more than the rest of
** a small document's allocations; quotes() takes its work arrays and rows
** from here too (presse_sql_scratch()), and the analyses the cache keeps
** are made of such blocks (presse_sql_analyze()). At most SCRATCH_KEEP
** blocks of at most SCRATCH_MAX bytes are kept (6 MB a connection at
** worst; an article needs a few kB); each carries its capacity before it,
** a power of two up to SCRATCH_MAX.
**
** The kept blocks are sorted by capacity: one list per power of two,
** linked through the blocks' headers, and a bit per non-empty list, so
** that the smallest kept block large enough is the lowest bit at or above
** the request's power (one count of trailing zeros). A scan of every kept
** block at each request, where a document makes some forty, cost 0.46 M
** instructions and 14 K mispredicted branches on the 300 bench rows (the
** comparisons of capacities, a coin toss). */
#define SCRATCH_KEEP 24
#define SCRATCH_MAX (256u << 10)
#define SCRATCH_MIN_LOG 6 /* the smallest block: 64 bytes */
#define SCRATCH_HDR 16    /* the data as aligned as sqlite3_malloc()'s */

typedef struct scratch {
  presse_mem mem;  /* ctx: this struct */
  void *head[32];  /* head[k]: the kept blocks of 2^k bytes, each header's
                   ** second word the next one (NULL ends) */
  uint32_t filled; /* bit k: head[k] is not empty */
  unsigned nkeep;
} scratch;

struct presse_sql_cache {
  int refs; /* modules holding it */
  presse_sql_analysis *slot[CACHE_DOCS];
  size_t bytes;  /* text bytes of the entries in slot[] */
  unsigned next; /* round-robin victim */
  scratch scr;
};

/* The index of the lowest set bit of x (x != 0). */
static unsigned low_bit(uint64_t x) {
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(x);
#else
  unsigned k = 0;
  while (!(x & 1))
    x >>= 1, k++;
  return k;
#endif
}

static size_t scratch_cap(const void *p) {
  size_t cap;
  memcpy(&cap, (const char *)p - SCRATCH_HDR, sizeof cap);
  return cap;
}

/* The next block of p's list, kept in the second word of its header. */
static void *scratch_next(const void *p) {
  void *q;
  memcpy(&q, (const char *)p - SCRATCH_HDR + 8, sizeof q);
  return q;
}

static void scratch_free(void *ctx, void *p) {
  scratch *s = ctx;
  if (!p) return;
  size_t cap = scratch_cap(p);
  if (s->nkeep < SCRATCH_KEEP && cap <= SCRATCH_MAX) {
    unsigned k = low_bit(cap);
    memcpy((char *)p - SCRATCH_HDR + 8, &s->head[k], sizeof(void *));
    s->head[k] = p;
    s->filled |= 1u << k;
    s->nkeep++;
  } else
    sqlite3_free((char *)p - SCRATCH_HDR);
}

/* A block of at least n bytes: the smallest kept one that is large
** enough, else a new one (a power of two, so that blocks fit again; a
** block too large to be kept is of n bytes exactly, as the tokens of a
** long document held by the cache, which a power of two could double). */
static void *scratch_alloc(scratch *s, size_t n) {
  /* the power of two of the smallest block of n bytes or more */
  unsigned k = SCRATCH_MIN_LOG;
#if defined(__GNUC__)
  if (n > ((size_t)1 << SCRATCH_MIN_LOG))
    k = 64 - (unsigned)__builtin_clzll((uint64_t)n - 1);
#else
  while (k < 32 && ((size_t)1 << k) < n)
    k++;
#endif
  uint32_t fit = k < 32 ? s->filled >> k << k : 0;
  if (fit) {
    unsigned j = low_bit(fit);
    void *p = s->head[j];
    s->head[j] = scratch_next(p);
    if (!s->head[j]) s->filled &= ~(1u << j);
    s->nkeep--;
    return p;
  }
  size_t cap = 64;
  while (cap < n && cap < SCRATCH_MAX)
    cap *= 2;
  if (cap < n) cap = n;
  if (cap > SIZE_MAX - SCRATCH_HDR) return NULL;
  char *b = sqlite3_malloc64((sqlite3_uint64)cap + SCRATCH_HDR);
  if (!b) return NULL;
  memcpy(b, &cap, sizeof cap);
  return b + SCRATCH_HDR;
}

static void *scratch_realloc(void *ctx, void *p, size_t n) {
  scratch *s = ctx;
  if (p && scratch_cap(p) >= n) return p;
  void *q = scratch_alloc(s, n);
  if (q && p) {
    memcpy(q, p, scratch_cap(p));
    scratch_free(s, p);
  }
  return q;
}

static void scratch_clear(scratch *s) {
  while (s->filled) {
    unsigned j = low_bit(s->filled);
    void *p = s->head[j];
    s->head[j] = scratch_next(p);
    if (!s->head[j]) s->filled &= ~(1u << j);
    sqlite3_free((char *)p - SCRATCH_HDR);
  }
  s->nkeep = 0;
}

/* Words of a long text mixed into its hash, spread evenly over it (and
** its last eight bytes). */
#define HASH_WORDS 32

static inline uint64_t hash_word(uint64_t h, const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  h = (h ^ w) * 0x100000001b3ull;
  return h ^ (h >> 29);
}

static uint64_t text_hash(const char *s, size_t n) {
  /* FNV-1a over 8-byte words, then the tail: a filter before memcmp, not
  ** a digest, so a long text is sampled (equal texts still hash alike,
  ** and memcmp() tells apart those that differ between the words read):
  ** the cache is looked up for every row, and most rows miss. */
  uint64_t h = 0xcbf29ce484222325ull ^ n;
  size_t i = 0, step = 8;
  if (n > 8 * HASH_WORDS) step = (n / HASH_WORDS) & ~(size_t)7;
  for (; i + 8 <= n; i += step)
    h = hash_word(h, s + i);
  if (n >= 8) return hash_word(h, s + n - 8); /* the tail */
  for (i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
  return h;
}

presse_sql_cache *presse_sql_cache_new(void) {
  presse_sql_cache *c = sqlite3_malloc(sizeof *c);
  if (!c) return NULL;
  memset(c, 0, sizeof *c);
  c->scr.mem.xRealloc = scratch_realloc;
  c->scr.mem.xFree = scratch_free;
  c->scr.mem.ctx = &c->scr;
  return c;
}

const presse_mem *presse_sql_scratch(presse_sql_cache *c) {
  return c ? &c->scr.mem : &presse_sql_mem;
}

void presse_sql_analysis_unref(presse_sql_analysis *a) {
  if (!a || --a->refs > 0) return;
  presse_entities_free(&a->ents);
  presse_tokens_free(&a->toks);
  presse_buf_free(&a->keys);
  sqlite3_free(a->key_off);
  a->mem->xFree(a->mem->ctx, a); /* and its text */
}

static void cache_clear(presse_sql_cache *c) {
  for (unsigned i = 0; i < CACHE_DOCS; i++) {
    presse_sql_analysis_unref(c->slot[i]);
    c->slot[i] = NULL;
  }
  c->bytes = 0;
}

/* The modules' destructor: the cache goes with the last module. */
void presse_sql_cache_unref(void *p) {
  presse_sql_cache *c = p;
  if (!c || --c->refs > 0) return;
  cache_clear(c);
  scratch_clear(&c->scr);
  sqlite3_free(c);
}

static presse_sql_analysis *lookup(presse_sql_cache *c, const char *text,
                                   size_t n, uint64_t h) {
  for (unsigned i = 0; i < CACHE_DOCS; i++) {
    presse_sql_analysis *a = c->slot[i];
    if (a && a->n == n && a->hash == h && !memcmp(a->text, text, n)) return a;
  }
  return NULL;
}

static void keep(presse_sql_cache *c, presse_sql_analysis *a) {
  if (a->n > CACHE_BYTES / 2) return; /* too large to be worth keeping */
  unsigned i = c->next;
  c->next = (c->next + 1) % CACHE_DOCS;
  if (c->slot[i]) {
    c->bytes -= c->slot[i]->n;
    presse_sql_analysis_unref(c->slot[i]);
    c->slot[i] = NULL;
  }
  /* over the byte budget: drop the others, oldest first */
  for (unsigned k = 1; k < CACHE_DOCS && c->bytes + a->n > CACHE_BYTES; k++) {
    unsigned j = (i + k) % CACHE_DOCS;
    if (!c->slot[j]) continue;
    c->bytes -= c->slot[j]->n;
    presse_sql_analysis_unref(c->slot[j]);
    c->slot[j] = NULL;
  }
  a->refs++;
  c->slot[i] = a;
  c->bytes += a->n;
}

/* An analysis lives in the connection's scratch blocks: one for the
** struct and its copy of the text, one for the tokens, one for the
** mentions, each back to the scratch lists when the last reference goes
** (the cache pushing it out, or the cursor that held it on). A document
** took five sqlite3_malloc() and as many sqlite3_free() before (with
** their mutex and accounting), its text a copy even when the cache held
** it, and its mentions a copy out of the scratch block the pipeline had
** filled. */
int presse_sql_analyze(presse_sql_cache *c, const char *text, size_t n,
                       presse_sql_analysis **out) {
  *out = NULL;
  uint64_t h = text_hash(text, n);
  presse_sql_analysis *a = c ? lookup(c, text, n, h) : NULL;
  if (a) {
    a->refs++;
    *out = a;
    return PRESSE_OK;
  }
  const presse_mem *m = presse_sql_scratch(c);
  if (n > SIZE_MAX - sizeof *a - 1) return PRESSE_ETOOBIG;
  a = m->xRealloc(m->ctx, NULL, sizeof *a + n + 1);
  if (!a) return PRESSE_ENOMEM;
  memset(a, 0, sizeof *a);
  char *copy = (char *)(a + 1);
  memcpy(copy, text, n);
  copy[n] = 0;
  a->refs = 1;
  a->mem = m;
  a->text = copy;
  a->n = n;
  a->hash = h;
  a->toks.mem = m;
  a->ents.mem = m;
  /* presse_sql_document_arg() has checked the UTF-8: not again */
  int rc = presse_segment_valid(copy, n, &a->toks);
  if (rc == PRESSE_OK)
    rc = presse_entities_extract(copy, n, &a->toks, &a->ents);
  if (rc != PRESSE_OK) {
    presse_sql_analysis_unref(a);
    return rc;
  }
  if (c) keep(c, a);
  *out = a;
  return PRESSE_OK;
}

/* Keys: french_normalize() of each mention's canonical form, computed
** once per distinct canonical span of the document (a name mentioned ten
** times is normalised once), on the first read of a key. */
int presse_sql_analysis_key(presse_sql_analysis *a, size_t i, const char **k,
                            size_t *n) {
  size_t ne = a->ents.n;
  if (!a->key_off) {
    size_t cap = 16;
    while (cap < 2 * ne)
      cap *= 2;
    uint32_t *off = sqlite3_malloc64((sqlite3_uint64)ne * 2 * sizeof *off);
    uint32_t *tab = sqlite3_malloc64((sqlite3_uint64)cap * sizeof *tab);
    if (!off || !tab) {
      sqlite3_free(off);
      sqlite3_free(tab);
      return PRESSE_ENOMEM;
    }
    memset(tab, 0xff, cap * sizeof *tab); /* UINT32_MAX: empty */
    presse_buf b;
    memset(&b, 0, sizeof b);
    b.mem = &presse_sql_mem;
    int rc = PRESSE_OK;
    for (size_t e = 0; e < ne && rc == PRESSE_OK; e++) {
      const presse_entity *x = &a->ents.ent[e];
      size_t h = ((size_t)x->cb0 * 0x9E3779B1u ^ x->cb1) & (cap - 1);
      while (tab[h] != UINT32_MAX) {
        const presse_entity *y = &a->ents.ent[tab[h]];
        if (y->cb0 == x->cb0 && y->cb1 == x->cb1) break;
        h = (h + 1) & (cap - 1);
      }
      if (tab[h] != UINT32_MAX) {
        off[2 * e] = off[2 * tab[h]];
        off[2 * e + 1] = off[2 * tab[h] + 1];
        continue;
      }
      size_t at = b.len;
      rc = presse_normalize(a->text + x->cb0, x->cb1 - x->cb0, 0, &b);
      if (rc == PRESSE_OK && b.len > UINT32_MAX) rc = PRESSE_ETOOBIG;
      off[2 * e] = (uint32_t)at;
      off[2 * e + 1] = (uint32_t)(b.len - at);
      tab[h] = (uint32_t)e;
    }
    sqlite3_free(tab);
    if (rc != PRESSE_OK) {
      presse_buf_free(&b);
      sqlite3_free(off);
      return rc;
    }
    a->keys = b;
    a->key_off = off;
  }
  if (i >= ne) return PRESSE_EINVAL;
  *k = a->keys.data ? a->keys.data + a->key_off[2 * i] : "";
  *n = a->key_off[2 * i + 1];
  return PRESSE_OK;
}

int presse_sql_register_analysis(sqlite3 *db) {
  presse_sql_cache *c = presse_sql_cache_new();
  if (!c) return SQLITE_NOMEM;
  /* Each module holds a reference; a failed registration has already
  ** called the destructor (sqlite3_create_module_v2 does), so the count
  ** stays right whichever call fails. */
  c->refs = 2;
  int rc = presse_sql_register_entities(db, c);
  if (rc != SQLITE_OK) {
    presse_sql_cache_unref(c); /* the quotes module's share */
    return rc;
  }
  return presse_sql_register_quotes(db, c);
}
