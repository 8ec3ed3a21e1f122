/*
** segdump.c: print the segmentation of a file, one token per line, to see
** what the segmenter does (a debugging aid for every feature built on it).
**
**   segdump [FILE]            tokens of FILE (or stdin)
**   segdump --count [-r N] FILE
**                             segment FILE N times (default 5) and print
**                             tokens, sentences, MB/s and tokens/s
**
** Line format: sentence, kind, byte span, code-point span, flags, text.
** Flags are letters: U upper, A allcaps, E elision, H hyphen, B abbrev,
** S sentence start, P paragraph start, L line start, _ space before,
** Y soft hyphen, I initial, ( open quote, ) close quote, V inverted,
** G glued.
*/
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
  static const char letters[] = "UAEHBSPL_YI()VG";
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

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  int count = 0, reps = 5;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--count"))
      count = 1;
    else if (!strcmp(argv[i], "-r") && i + 1 < argc)
      reps = atoi(argv[++i]);
    else
      path = argv[i];
  }
  size_t n;
  char *text = read_all(path, &n);
  if (!text) return 1;
  presse_tokens t = {0};
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
