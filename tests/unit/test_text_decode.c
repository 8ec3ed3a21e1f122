/* test_text_decode.c: presse_text_decode, what corpus() makes of a file's
** bytes (ext/core/text_decode.c, docs/corpus.md "Bad bytes"). */
#include "testing.h"

#include <stdlib.h>

/* A malloc'd copy of n bytes, as corpus() hands the file over. */
static char *dup_bytes(const char *s, size_t n) {
  char *p = malloc(n + 1);
  assert_non_null(p);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* Decode lit (n bytes); returns the text (caller frees). */
static char *decode(const char *lit, size_t n, size_t *out_n,
                    presse_decode_info *info) {
  char *t = dup_bytes(lit, n);
  *out_n = n;
  assert_int_equal(presse_text_decode(&t, out_n, NULL, info), PRESSE_OK);
  return t;
}

static void utf8_is_kept(void **state) {
  (void)state;
  presse_decode_info i;
  size_t n;
  char *t = decode(S("Le café de l’été"), &n, &i);
  assert_string_equal(t, "Le café de l’été");
  assert_null(i.reject);
  assert_int_equal(i.nul + i.replaced + (size_t)i.cp1252, 0);
  free(t);
}

static void nul_bytes_become_spaces(void **state) {
  (void)state;
  presse_decode_info i;
  size_t n;
  char *t = decode("Un.\0Deux.\0Trois.", 16, &n, &i);
  assert_int_equal(n, 16);
  assert_memory_equal(t, "Un. Deux. Trois.", 16);
  assert_int_equal(i.nul, 2);
  assert_null(i.reject);
  free(t);
}

static void latin1_and_windows1252_are_converted(void **state) {
  (void)state;
  presse_decode_info i;
  size_t n;
  char *t = decode(S("caf\xe9 \x93\x9c\x94 3 \x80 \xff"), &n, &i);
  assert_string_equal(t, "café “œ” 3 € ÿ");
  assert_int_equal(n, strlen("café “œ” 3 € ÿ"));
  assert_true(i.cp1252);
  assert_int_equal(i.first_bad, 3);
  assert_int_equal(presse_utf8_invalid_at(t, n), n);
  free(t);
}

static void damaged_utf8_gets_replacement_characters(void **state) {
  (void)state;
  presse_decode_info i;
  size_t n;
  char *t = decode(S("été \xff à Noël"), &n, &i);
  assert_string_equal(t, "été \xEF\xBF\xBD à Noël");
  assert_false(i.cp1252);
  assert_int_equal(i.replaced, 1);
  assert_int_equal(i.first_bad, 6);
  free(t);
}

static void html_binary_utf16_are_rejected(void **state) {
  (void)state;
  presse_decode_info i;
  size_t n;
  const char *html[] = {"<!DOCTYPE html><p>x</p>", "\xEF\xBB\xBF  \n<HTML>",
                        "<?xml version='1.0'?>", "<!-- page -->"};
  for (size_t k = 0; k < 4; k++) {
    char *t = decode(S(html[k]), &n, &i);
    assert_non_null(i.reject);
    assert_non_null(strstr(i.reject, "HTML"));
    free(t);
  }
  char *t = decode("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20, &n, &i);
  assert_string_equal(i.reject, "binary file, not text");
  free(t);
  t = decode("\xff\xfeT\0i\0", 6, &n, &i);
  assert_non_null(strstr(i.reject, "UTF-16"));
  free(t);
  /* text that merely mentions a tag is an article */
  t = decode(S("La balise <html> ouvre une page."), &n, &i);
  assert_null(i.reject);
  free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(utf8_is_kept),
      cmocka_unit_test(nul_bytes_become_spaces),
      cmocka_unit_test(latin1_and_windows1252_are_converted),
      cmocka_unit_test(damaged_utf8_gets_replacement_characters),
      cmocka_unit_test(html_binary_utf16_are_rejected),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
