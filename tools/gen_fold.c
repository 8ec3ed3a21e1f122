/*
** gen_fold.c: compile the folding tables of french_normalize() (build time
** only; linked with utf8proc).
**
**   gen_fold data/fold_overrides.txt > fold_table.h
**
** For every code point and each of the four variants (default, keep_accents,
** keep_case, both) it computes the folded UTF-8 replacement: utf8proc's NFKC
** + full case folding + mark stripping on the single code point, with the
** French overrides of the data file applied on top (to the code point
** itself, and to any character its folding produces). The result is a
** two-stage table: fold_stage1[variant][cp >> FOLD_SHIFT] selects a block of
** fold_stage2, whose entry gives the replacement as offset/length into
** fold_pool, or says "identity" (copy the input bytes). Stage 1 stops at
** FOLD_LIMIT, beyond which only U+E0000..E0FFF (fold_stage1_e0) changes.
**
** Doing this at build time keeps the run-time path to one decode and two
** loads per non-ASCII character, and keeps the French choices in data.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define NCP 0x110000
#define NVAR 4 /* bit 0: keep_accents, bit 1: keep_case */

/* Entry layout, shared with ext/core/normalize.c through the header. */
#define LEN_BITS 6
#define F_IDENT (1u << 6)
#define F_CTX (1u << 7)
#define F_SPACE (1u << 8)
#define OFF_SHIFT 9
/* Plane 14's tags and variation selectors get their own window. */
#define E0_BASE 0xE0000u
#define E0_SIZE 0x1000u

static char *ovr[NCP];            /* override replacement (keep_case form) */
static unsigned char second[NCP]; /* may combine with what precedes it */

static void die(const char *msg, const char *detail) {
  fprintf(stderr, "gen_fold: %s%s%s\n", msg, detail ? ": " : "",
          detail ? detail : "");
  exit(1);
}

static utf8proc_option_t variant_options(int v) {
  utf8proc_option_t o = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  if (!(v & 1)) o |= UTF8PROC_STRIPMARK;
  if (!(v & 2)) o |= UTF8PROC_CASEFOLD;
  return o;
}

static int encode(uint32_t cp, char *out) {
  return (int)utf8proc_encode_char((utf8proc_int32_t)cp,
                                   (utf8proc_uint8_t *)out);
}

/* utf8proc's folding of a UTF-8 string for variant v; malloc'd, length in
** *outlen (the text may be a NUL byte). */
static char *fold_raw(int v, const char *s, size_t n, size_t *outlen) {
  utf8proc_uint8_t *res = NULL;
  utf8proc_ssize_t r =
      utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &res,
                   variant_options(v));
  if (r < 0) die("utf8proc_map failed", utf8proc_errmsg(r));
  *outlen = (size_t)r;
  return (char *)res;
}

/* ------------------------------------------------------------ overrides */
static uint32_t parse_cp(const char **p, int *ok) {
  const char *s = *p;
  *ok = 0;
  if (s[0] != 'U' || s[1] != '+') return 0;
  char *end;
  unsigned long v = strtoul(s + 2, &end, 16);
  if (end == s + 2 || v >= NCP) return 0;
  *p = end;
  *ok = 1;
  return (uint32_t)v;
}

static void read_overrides(const char *path) {
  FILE *in = fopen(path, "r");
  if (!in) die("cannot open", path);
  char line[1024];
  int lineno = 0;
  while (fgets(line, sizeof line, in)) {
    lineno++;
    line[strcspn(line, "\r\n")] = 0;
    if (!line[0] || line[0] == '#') continue;
    char *f2 = strchr(line, '\t');
    if (!f2) die("missing TAB", line);
    *f2++ = 0;
    char *f3 = strchr(f2, '\t');
    if (f3) *f3 = 0;
    const char *p = line;
    int ok;
    uint32_t lo = parse_cp(&p, &ok), hi = lo;
    if (!ok) die("bad code point", line);
    if (p[0] == '.' && p[1] == '.') {
      p += 2;
      hi = parse_cp(&p, &ok);
      if (!ok || hi < lo) die("bad range", line);
    }
    if (*p) die("junk after code point", line);
    /* The replacement: space-separated items, U+XXXX or literal text. */
    char rep[256];
    size_t rn = 0;
    for (char *item = f2; *item;) {
      char *sp = strchr(item, ' ');
      size_t len = sp ? (size_t)(sp - item) : strlen(item);
      if (len > 2 && item[0] == 'U' && item[1] == '+') {
        const char *q = item;
        uint32_t cp = parse_cp(&q, &ok);
        if (!ok || q != item + len) die("bad replacement item", item);
        rn += (size_t)encode(cp, rep + rn);
      } else {
        memcpy(rep + rn, item, len);
        rn += len;
      }
      if (rn > 200) die("replacement too long", line);
      item += len + (sp != NULL);
    }
    rep[rn] = 0;
    for (uint32_t cp = lo; cp <= hi; cp++) {
      if (ovr[cp]) {
        fprintf(stderr, "gen_fold: %s:%d: U+%04X listed twice\n", path, lineno,
                cp);
        exit(1);
      }
      ovr[cp] = strdup(rep);
    }
  }
  fclose(in);
}

/* ---------------------------------------------------- one code point */
static int decode(const char *s, size_t n, uint32_t *cp) {
  utf8proc_int32_t c;
  utf8proc_ssize_t r =
      utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c);
  if (r <= 0) die("internal: bad UTF-8 from utf8proc", NULL);
  *cp = (uint32_t)c;
  return (int)r;
}

/* The replacement of cp for variant v, malloc'd, length in *outlen. */
static char *fold_cp(int v, uint32_t cp, size_t *outlen) {
  char buf[8];
  if (ovr[cp]) return fold_raw(v, ovr[cp], strlen(ovr[cp]), outlen);
  int n = encode(cp, buf);
  size_t len, i = 0;
  char *s = fold_raw(v, buf, (size_t)n, &len);
  *outlen = len;
  /* Apply the overrides to what the folding produced (U+FF40 -> ` -> ').
  ** Override outputs are ASCII or letters without overrides, so one pass
  ** reaches a fixed point. */
  int touched = 0;
  while (i < len) {
    uint32_t c;
    i += (size_t)decode(s + i, len - i, &c);
    if (ovr[c]) touched = 1;
  }
  if (!touched) return s;
  char *out = malloc(len * 8 + 1);
  size_t o = 0;
  for (i = 0; i < len;) {
    uint32_t c;
    int k = decode(s + i, len - i, &c);
    if (ovr[c]) {
      size_t rn;
      char *r = fold_raw(v, ovr[c], strlen(ovr[c]), &rn);
      memcpy(out + o, r, rn);
      o += rn;
      free(r);
    } else {
      memcpy(out + o, s + i, (size_t)k);
      o += (size_t)k;
    }
    i += (size_t)k;
  }
  out[o] = 0;
  free(s);
  *outlen = o;
  return out;
}

/* Characters that canonical composition may attach to the preceding one:
** every non-initial character of a canonical decomposition (this includes
** the Hangul vowel and trailing jamo, which utf8proc decomposes
** algorithmically). */
static void find_seconds(void) {
  for (uint32_t cp = 0; cp < NCP; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    utf8proc_int32_t d[32];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, d, 32,
                                                 UTF8PROC_DECOMPOSE, &last);
    for (utf8proc_ssize_t i = 1; i < n && n <= 32; i++)
      second[d[i]] = 1;
  }
}

/* ----------------------------------------------------------- the pool */
typedef struct {
  char *s;
  size_t len;
  uint32_t off;
} slot;

static char *pool;
static size_t pool_len, pool_cap;
static slot *hash;
static size_t hash_cap = 1 << 16, hash_n;

static uint64_t fnv(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return h;
}

static uint32_t intern(const char *s, size_t n) {
  if (!hash) hash = calloc(hash_cap, sizeof *hash);
  size_t i = fnv(s, n) & (hash_cap - 1);
  while (hash[i].s) {
    if (hash[i].len == n && !memcmp(hash[i].s, s, n)) return hash[i].off;
    i = (i + 1) & (hash_cap - 1);
  }
  if (++hash_n * 2 > hash_cap) die("intern table full", NULL);
  if (pool_len + n > pool_cap) {
    pool_cap = (pool_cap + n) * 2;
    pool = realloc(pool, pool_cap);
  }
  memcpy(pool + pool_len, s, n);
  hash[i].s = strndup(s, n);
  hash[i].len = n;
  hash[i].off = (uint32_t)pool_len;
  pool_len += n;
  return hash[i].off;
}

/* ------------------------------------------------------------- tables */
static uint32_t *entries[NVAR]; /* [cp] */

static uint32_t make_entry(int v, uint32_t cp) {
  char self[8];
  int selflen = encode(cp, self);
  if (cp >= 0xD800 && cp <= 0xDFFF) /* never decoded: invalid UTF-8 */
    return F_IDENT | 3u;
  size_t n;
  char *s = fold_cp(v, cp, &n);
  uint32_t e;
  if (n == (size_t)selflen && !memcmp(s, self, n) && !ovr[cp]) {
    e = F_IDENT | (uint32_t)selflen;
  } else {
    if (n >= (1u << LEN_BITS)) die("replacement too long", self);
    e = (uint32_t)n | (intern(s, n) << OFF_SHIFT);
    if ((e >> OFF_SHIFT) != intern(s, n)) die("pool too large", NULL);
  }
  if (memchr(s, ' ', n)) e |= F_SPACE;
  if (n) {
    uint32_t first;
    decode(s, n, &first);
    const utf8proc_property_t *p =
        utf8proc_get_property((utf8proc_int32_t)first);
    if (p->combining_class || second[first]) e |= F_CTX;
  }
  if ((e & F_CTX) && (e & F_SPACE)) die("combining entry with a space", self);
  free(s);
  return e;
}

/* The ASCII fast path of normalize.c hard-codes what ASCII folds to: check
** that the data agree, so a change in fold_overrides.txt cannot silently
** desynchronise it. */
static void check_ascii(int v) {
  for (uint32_t b = 0; b < 0x80; b++) {
    char want = (char)b;
    if (b >= 0x09 && b <= 0x0D)
      want = ' ';
    else if (b == '`')
      want = '\'';
    else if (!(v & 2) && b >= 'A' && b <= 'Z')
      want = (char)(b + 32);
    uint32_t e = entries[v][b];
    char gb = (e & F_IDENT) ? (char)b : pool[e >> OFF_SHIFT];
    if ((e & ((1u << LEN_BITS) - 1)) != 1 || gb != want || (e & F_CTX)) {
      fprintf(stderr,
              "gen_fold: ASCII 0x%02X folds unexpectedly (variant %d)\n", b, v);
      exit(1);
    }
  }
}

/* Share identical blocks of 2^shift entries across the four variants.
** Returns the number of distinct blocks; fills blk / stage1 when given. */
static size_t dedup_blocks(int shift, uint32_t **blk, uint16_t *stage1) {
  size_t bs = (size_t)1 << shift, nb = NCP >> shift, hcap = 1 << 20, n = 0;
  uint32_t **h = calloc(hcap, sizeof *h);
  uint32_t *hid = calloc(hcap, sizeof *hid);
  for (int v = 0; v < NVAR; v++)
    for (size_t b = 0; b < nb; b++) {
      uint32_t *p = entries[v] + b * bs;
      size_t i = fnv((const char *)p, bs * 4) & (hcap - 1);
      while (h[i] && memcmp(h[i], p, bs * 4))
        i = (i + 1) & (hcap - 1);
      if (!h[i]) {
        h[i] = p;
        hid[i] = (uint32_t)n;
        if (blk) blk[n] = p;
        n++;
      }
      if (stage1) stage1[v * nb + b] = (uint16_t)hid[i];
    }
  free(h);
  free(hid);
  return n;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: gen_fold OVERRIDES.txt > fold_table.h\n");
    return 2;
  }
  read_overrides(argv[1]);
  find_seconds();
  for (int v = 0; v < NVAR; v++) {
    entries[v] = malloc(NCP * sizeof(uint32_t));
    for (uint32_t cp = 0; cp < NCP; cp++)
      entries[v][cp] = make_entry(v, cp);
    check_ascii(v);
  }

  /* Above `limit`, apart from plane 14's tags and variation selectors,
  ** every code point is left unchanged: stage 1 stops there. */
  uint32_t limit = 0;
  for (uint32_t cp = 0; cp < NCP; cp++) {
    if (cp >= E0_BASE && cp < E0_BASE + E0_SIZE) continue;
    for (int v = 0; v < NVAR; v++)
      if (entries[v][cp] != (F_IDENT | 4u) && !(cp >= 0xD800 && cp <= 0xDFFF))
        limit = cp + 1;
  }
  if (limit > E0_BASE) die("changed code points beyond plane 14's start", NULL);

  /* Pick the block size that makes the two stages smallest. */
  int best_shift = 0;
  size_t best_bytes = SIZE_MAX, nblk = 0;
  for (int shift = 4; shift <= 9; shift++) {
    nblk = dedup_blocks(shift, NULL, NULL);
    size_t lim = (limit + (1u << shift) - 1) >> shift;
    size_t bytes = NVAR * (lim + (E0_SIZE >> shift)) * 2 + (nblk << shift) * 4;
    if (bytes < best_bytes && nblk < 65536) {
      best_bytes = bytes;
      best_shift = shift;
    }
  }
  size_t bs = (size_t)1 << best_shift;
  uint32_t **blk = malloc((NVAR * NCP / bs) * sizeof *blk);
  uint16_t *stage1 = malloc(NVAR * (NCP / bs) * sizeof *stage1);
  nblk = dedup_blocks(best_shift, blk, stage1);

  printf("/* Generated by tools/gen_fold.c from data/fold_overrides.txt and\n"
         "** utf8proc %s (Unicode %s). Do not edit. %zu bytes of tables. */\n",
         utf8proc_version(), utf8proc_unicode_version(),
         best_bytes + pool_len + 16);
  printf("#define FOLD_SHIFT %d\n", best_shift);
  printf("#define FOLD_LEN_MASK %uu\n#define FOLD_IDENT %uu\n"
         "#define FOLD_CTX %uu\n#define FOLD_SPACE %uu\n#define FOLD_OFF_SHIFT "
         "%d\n",
         (1u << LEN_BITS) - 1, F_IDENT, F_CTX, F_SPACE, OFF_SHIFT);
  size_t lim = (limit + bs - 1) / bs;
  printf("#define FOLD_LIMIT 0x%zxu\n", lim * bs);
  printf("#define FOLD_E0_BASE 0x%xu\n#define FOLD_E0_SIZE 0x%xu\n", E0_BASE,
         E0_SIZE);
  printf("static const uint16_t fold_stage1[%d][%zu] = {\n", NVAR, lim);
  for (int v = 0; v < NVAR; v++) {
    printf("{");
    for (size_t b = 0; b < lim; b++)
      printf("%s%u,", b % 16 ? "" : "\n", stage1[v * (NCP / bs) + b]);
    printf("},\n");
  }
  printf("};\n");
  printf("static const uint16_t fold_stage1_e0[%d][%zu] = {\n", NVAR,
         E0_SIZE / bs);
  for (int v = 0; v < NVAR; v++) {
    printf("{");
    for (size_t b = E0_BASE / bs; b < (E0_BASE + E0_SIZE) / bs; b++)
      printf("%u,", stage1[v * (NCP / bs) + b]);
    printf("},\n");
  }
  printf("};\n");
  printf("static const uint32_t fold_stage2[%zu] = {", nblk * bs);
  for (size_t k = 0; k < nblk; k++)
    for (size_t j = 0; j < bs; j++)
      printf("%s0x%x,", j % 8 ? "" : "\n", blk[k][j]);
  printf("\n};\n");
  /* The pool, padded so that the normaliser may copy 8 bytes at a time. */
  printf("static const char fold_pool[%zu] = {", pool_len + 16);
  for (size_t i = 0; i < pool_len + 16; i++)
    printf("%s%d,", i % 16 ? "" : "\n",
           i < pool_len ? (int)(signed char)pool[i] : 0);
  printf("\n};\n");
  fprintf(stderr, "gen_fold: shift %d, %zu blocks, pool %zu bytes, %zu bytes\n",
          best_shift, nblk, pool_len, best_bytes + pool_len);
  return 0;
}
