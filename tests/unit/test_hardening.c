/* test_hardening.c: regressions of the memory errors the fuzzers found,
** as small synthetic inputs, so that the sanitizer build of `make test`
** catches them again without a fuzzing run (docs/robustness.md). */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>

/* Runs the whole pipeline on an exact-size copy (ASan sees over-reads). */
static void pipeline(const char *lit, size_t n) {
  char *s = malloc(n ? n : 1);
  assert_non_null(s);
  memcpy(s, lit, n);
  presse_tokens t = {0};
  presse_entities e = {0};
  presse_quotes q = {0};
  presse_article a = {0};
  assert_int_equal(presse_segment(s, n, &t), PRESSE_OK);
  assert_int_equal(presse_entities_extract(s, n, &t, &e), PRESSE_OK);
  assert_int_equal(presse_quotes_extract(s, n, &t, &e, &q), PRESSE_OK);
  assert_int_equal(presse_article_parse(s, n, &a), PRESSE_OK);
  presse_article_free(&a);
  presse_quotes_free(&q);
  presse_entities_free(&e);
  presse_tokens_free(&t);
  free(s);
}

/* article.c is_headline(): a header line that folds to nothing (a lone
** soft hyphen) was read at f->s[-1]. */
static void soft_hyphen_header_line(void **state) {
  (void)state;
  pipeline(S("\xC2\xAD"));
  pipeline(S("\xC2\xAD\n\nUn texte.\n"));
  pipeline(S("Titre\n\xC2\xAD\xC2\xAD\n"));
}

/* ent_class.c pair_flags(): a short capitalised word followed by a long
** one ("Bruxel" + 90 capitals) folded the second past the key buffer. */
static void short_word_then_long_word(void **state) {
  (void)state;
  char text[512];
  for (size_t len = 80; len <= 200; len += 7) {
    size_t n = 0;
    n += (size_t)snprintf(text, sizeof text, "Les Bruxel ");
    for (size_t i = 0; i < len; i++)
      text[n++] = 'I';
    memcpy(text + n, " les.", 5);
    n += 5;
    pipeline(text, n);
    /* accented capitals fold to one byte from two */
    n = (size_t)snprintf(text, sizeof text, "À Xy ");
    for (size_t i = 0; i < len / 2; i++)
      text[n++] = '\xC3', text[n++] = '\x89';
    pipeline(text, n);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(soft_hyphen_header_line),
      cmocka_unit_test(short_word_then_long_word),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
