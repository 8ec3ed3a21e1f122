/*
** linear_driver.c: runs one core function once on an adversarial text, for
** tests/check_linear.sh, which counts its instructions under callgrind at
** sizes N and 4N.
**
**   linear_driver FUNCTION PATTERN BYTES
**
** FUNCTION: segment, normalize, entities, quotes, article or search (each
** with the stages it needs). The text is PATTERN (C escapes \n and \t
** understood) repeated to BYTES bytes, cut at a character boundary.
*/
#include "presse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int emit(void *ctx, const char *t, size_t n, uint32_t b0, uint32_t b1,
                int col) {
  (void)t;
  (void)b0;
  (void)b1;
  (void)col;
  *(size_t *)ctx += n;
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: linear_driver FUNCTION PATTERN BYTES\n");
    return 2;
  }
  const char *fn = argv[1];
  char pat[256];
  size_t np = 0;
  for (const char *p = argv[2]; *p && np < sizeof pat; p++) {
    if (p[0] == '\\' && p[1] == 'n')
      pat[np++] = '\n', p++;
    else if (p[0] == '\\' && p[1] == 't')
      pat[np++] = '\t', p++;
    else
      pat[np++] = *p;
  }
  size_t n = strtoul(argv[3], NULL, 10);
  if (!np) return 2;
  char *s = malloc(n + 1);
  if (!s) return 1;
  for (size_t i = 0; i < n; i++)
    s[i] = pat[i % np];
  /* cut at a character boundary */
  while (n && presse_utf8_invalid_at(s, n) != n)
    n--;

  int rc = PRESSE_OK;
  size_t out = 0;
  presse_tokens t = {0};
  presse_entities e = {0};
  presse_quotes q = {0};
  if (!strcmp(fn, "normalize")) {
    presse_buf b = {0};
    rc = presse_normalize(s, n, 0, &b);
    out = b.len;
    presse_buf_free(&b);
  } else if (!strcmp(fn, "article")) {
    presse_article a = {0};
    rc = presse_article_parse(s, n, &a);
    out = a.body.len;
    presse_article_free(&a);
  } else if (!strcmp(fn, "search")) {
    presse_search *se;
    rc = presse_search_new(PRESSE_SEARCH_PREFIX_WORDS, NULL, &se);
    if (!rc) rc = presse_search_text(se, s, n, 0, emit, &out);
    presse_search_free(se);
  } else {
    rc = presse_segment(s, n, &t);
    out = t.n;
    if (!rc && strcmp(fn, "segment")) {
      rc = presse_entities_extract(s, n, &t, &e);
      out = e.n;
      if (!rc && !strcmp(fn, "quotes")) {
        rc = presse_quotes_extract(s, n, &t, &e, &q);
        out = q.n;
      }
    }
  }
  presse_quotes_free(&q);
  presse_entities_free(&e);
  presse_tokens_free(&t);
  free(s);
  printf("%s: rc %d, %zu out\n", fn, rc, out);
  return rc != PRESSE_OK;
}
