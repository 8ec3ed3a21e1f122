/*
** bench_core.c: throughput of presse_normalize() alone, next to an ASCII
** lowercase byte table over the same documents in the same run, so the
** figure is a ratio that means the same on any machine.
**
**   bench_core FILE [PASSES]
**
** FILE holds the documents separated by NUL bytes (bench_normalize.sh
** writes it from the bench rows). Each document is normalised on its own,
** into a buffer reused across documents, as a caller with its own buffer
** would. The best of PASSES (default 5) passes is kept.
*/
#include "presse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct {
  const char *p;
  size_t n;
} doc;

/* The baseline: what lower() does for ASCII, with nothing else. */
static size_t lower_table(const doc *d, size_t nd, char *out) {
  unsigned char tab[256];
  for (int c = 0; c < 256; c++)
    tab[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  size_t sum = 0;
  for (size_t k = 0; k < nd; k++) {
    const unsigned char *s = (const unsigned char *)d[k].p;
    for (size_t i = 0; i < d[k].n; i++)
      out[i] = (char)tab[s[i]];
    sum += (unsigned char)out[d[k].n / 2];
  }
  return sum;
}

static size_t normalize_all(const doc *d, size_t nd, unsigned flags,
                            presse_buf *out) {
  size_t sum = 0;
  for (size_t k = 0; k < nd; k++) {
    out->len = 0;
    if (presse_normalize(d[k].p, d[k].n, flags, out)) {
      fprintf(stderr, "bench_core: presse_normalize failed\n");
      exit(1);
    }
    sum += out->len;
  }
  return sum;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_core FILE [PASSES]\n");
    return 2;
  }
  int passes = argc > 2 ? atoi(argv[2]) : 5;
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  size_t n = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc(n + 1);
  if (!text || fread(text, 1, n, f) != n) {
    fprintf(stderr, "bench_core: cannot read %s\n", argv[1]);
    return 1;
  }
  fclose(f);
  size_t nd = 0, cap = 1024, maxlen = 0;
  doc *d = malloc(cap * sizeof *d);
  for (size_t i = 0; i < n;) {
    const char *z = memchr(text + i, 0, n - i);
    size_t len = z ? (size_t)(z - text) - i : n - i;
    if (nd == cap) d = realloc(d, (cap *= 2) * sizeof *d);
    d[nd++] = (doc){text + i, len};
    if (len > maxlen) maxlen = len;
    i += len + 1;
  }
  char *lower_out = malloc(maxlen + 1);
  presse_buf out = {0};

  double best_base = 1e9, best_norm[4] = {1e9, 1e9, 1e9, 1e9};
  size_t sink = 0;
  for (int p = 0; p < passes; p++) {
    double t = now();
    sink += lower_table(d, nd, lower_out);
    t = now() - t;
    if (t < best_base) best_base = t;
    for (unsigned fl = 0; fl < 4; fl++) {
      t = now();
      sink += normalize_all(d, nd, fl, &out);
      t = now() - t;
      if (t < best_norm[fl]) best_norm[fl] = t;
    }
  }
  double mb = (double)n / 1048576.0;
  static const char *names[4] = {"presse_normalize (default)",
                                 "presse_normalize (keep_accents)",
                                 "presse_normalize (keep_case)",
                                 "presse_normalize (keep_accents,keep_case)"};
  printf("%-44s %9.1f MB/s  (%zu documents, %.1f MB)\n",
         "ASCII lowercase byte table (baseline)", mb / best_base, nd, mb);
  for (int fl = 0; fl < 4; fl++)
    printf("%-44s %9.1f MB/s  ratio %.2f x baseline\n", names[fl],
           mb / best_norm[fl], best_base / best_norm[fl]);
  presse_buf_free(&out);
  free(lower_out);
  free(d);
  free(text);
  return sink == 42; /* keeps the work from being optimised away */
}
