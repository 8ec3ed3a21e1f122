/*
** segdump.c: print the segmentation of a file, one token per line, to see
** what the segmenter does (a debugging aid for every feature built on it).
**
**   segdump [FILE]            tokens of FILE (or stdin)
**   segdump --count [-r N] FILE
**                             segment FILE N times (default 5) and print
**                             tokens, sentences, MB/s and tokens/s
**   segdump --bin FILE        the whole token stream in binary on stdout
**   segdump --check REF FILE  compare with a --bin dump: exit 0 and "same"
**                             when identical, else the first difference
**                             (to prove a change leaves the output alone)
**
** Line format: sentence, kind, byte span, code-point span, flags, text.
** Flags are letters: U upper, A allcaps, E elision, H hyphen, B abbrev,
** S sentence start, P paragraph start, L line start, _ space before,
** Y soft hyphen, I initial, ( open quote, ) close quote, V inverted,
** G glued.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presse.h"

static const char *kind_name(int k) {
  switch (k) {
  case PRESSE_TOK_WORD:
    return "WORD";
  case PRESSE_TOK_NUMBER:
    return "NUM";
  case PRESSE_TOK_PUNCT:
    return "PUNCT";
  case PRESSE_TOK_URL:
    return "URL";
  case PRESSE_TOK_EMAIL:
    return "EMAIL";
  case PRESSE_TOK_SYMBOL:
    return "SYM";
  }
  return "?";
}

static void flag_string(unsigned f, char *out) {
  static const char letters[] = "UAEHBSPL_YI()VGW";
  int j = 0;
  for (int i = 0; letters[i]; i++)
    if (f & (1u << i)) out[j++] = letters[i];
  if (!j) out[j++] = '-';
  out[j] = 0;
}

static char *read_all(const char *path, size_t *n) {
  FILE *f = path ? fopen(path, "rb") : stdin;
  if (!f) {
    perror(path);
    return NULL;
  }
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (!buf) return NULL;
    size_t got = fread(buf + len, 1, cap - len, f);
    len += got;
    if (len < cap) break;
    cap *= 2;
    buf = realloc(buf, cap);
  }
  if (path) fclose(f);
  *n = len;
  return buf;
}

/* The binary stream: token count, sentence count, then per token b0 b1
** c0 c1 kind flags sent, each as a 32-bit little-endian word. */
static void put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}

static unsigned char *encode(const presse_tokens *t, size_t *len) {
  *len = 8 + t->n * 28;
  unsigned char *b = malloc(*len), *p = b;
  if (!b) return NULL;
  put32(p, (uint32_t)t->n), put32(p + 4, (uint32_t)t->nsent), p += 8;
  for (size_t i = 0; i < t->n; i++, p += 28) {
    const presse_token *k = &t->tok[i];
    uint32_t v[7] = {k->b0, k->b1, k->c0, k->c1, k->kind, k->flags, k->sent};
    for (int j = 0; j < 7; j++)
      put32(p + 4 * j, v[j]);
  }
  return b;
}

/* Compare the stream of t with the file ref; 0 when identical. */
static int check(const presse_tokens *t, const char *ref) {
  size_t rn, n;
  char *r = read_all(ref, &rn);
  unsigned char *b = encode(t, &n);
  if (!r || !b) return 2;
  size_t i = 0;
  while (i < n && i < rn && (unsigned char)r[i] == b[i])
    i++;
  int rc = 0;
  if (i == n && n == rn)
    printf("same: %zu tokens\n", t->n);
  else if (i < 8) {
    printf("differ in the header (tokens or sentences)\n"), rc = 1;
  } else {
    size_t k = (i - 8) / 28;
    printf("differ at token %zu (byte %zu of the stream)\n", k, i), rc = 1;
  }
  free(r);
  free(b);
  return rc;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  int count = 0, reps = 5, bin = 0;
  const char *path = NULL, *ref = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--count"))
      count = 1;
    else if (!strcmp(argv[i], "--bin"))
      bin = 1;
    else if (!strcmp(argv[i], "--check") && i + 1 < argc)
      ref = argv[++i];
    else if (!strcmp(argv[i], "-r") && i + 1 < argc)
      reps = atoi(argv[++i]);
    else
      path = argv[i];
  }
  size_t n;
  char *text = read_all(path, &n);
  if (!text) return 1;
  presse_tokens t = {0};
  if (bin || ref) {
    int rc = presse_segment(text, n, &t);
    if (rc) {
      fprintf(stderr, "segdump: %s\n", presse_errstr(rc));
      return 1;
    }
    if (ref) {
      rc = check(&t, ref);
    } else {
      size_t len;
      unsigned char *b = encode(&t, &len);
      rc = !b || fwrite(b, 1, len, stdout) != len;
      free(b);
    }
    presse_tokens_free(&t);
    free(text);
    return rc;
  }
  if (count) {
    double best = 1e9;
    int rc = 0;
    for (int r = 0; r < (reps > 0 ? reps : 1); r++) {
      double t0 = now();
      rc = presse_segment(text, n, &t);
      double dt = now() - t0;
      if (dt < best) best = dt;
      if (rc) break;
    }
    if (rc) {
      fprintf(stderr, "segdump: %s\n", presse_errstr(rc));
      return 1;
    }
    if (best <= 0) best = 1e-9;
    printf("bytes %zu tokens %zu sentences %zu time %.4f s  %.1f MB/s  %.2f "
           "Mtokens/s\n",
           n, t.n, t.nsent, best, n / 1048576.0 / best, t.n / 1e6 / best);
  } else {
    int rc = presse_segment(text, n, &t);
    if (rc) {
      fprintf(stderr, "segdump: %s\n", presse_errstr(rc));
      return 1;
    }
    char fl[20];
    for (size_t i = 0; i < t.n; i++) {
      const presse_token *k = &t.tok[i];
      flag_string(k->flags, fl);
      printf("%u\t%s\t%u-%u\t%u-%u\t%s\t%.*s\n", k->sent, kind_name(k->kind),
             k->b0, k->b1, k->c0, k->c1, fl, (int)(k->b1 - k->b0),
             text + k->b0);
    }
  }
  presse_tokens_free(&t);
  free(text);
  return 0;
}
