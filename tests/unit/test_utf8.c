/* test_utf8.c: strict decoding, the maximal-subpart rule, counting, and
** the validation's fast paths. */
#include "testing.h"

static void valid_text_is_valid(void **state) {
  (void)state;
  assert_int_equal(presse_utf8_invalid_at(S("")), 0);
  assert_int_equal(presse_utf8_invalid_at(S("l’État a dit « oui »")),
                   strlen("l’État a dit « oui »"));
  assert_int_equal(presse_utf8_invalid_at(S("\xEF\xBF\xBD")), 3);
}

static void invalid_sequences_are_located(void **state) {
  (void)state;
  assert_int_equal(presse_utf8_invalid_at(S("abc\xFF")), 3);
  assert_int_equal(presse_utf8_invalid_at(S("a\xC0\xAF")), 1); /* overlong */
  assert_int_equal(presse_utf8_invalid_at(S("ab\xED\xA0\x80")),
                   2); /* surrogate */
  assert_int_equal(presse_utf8_invalid_at(S("\xF4\x90\x80\x80")), 0);
  assert_int_equal(presse_utf8_invalid_at(S("123456789\xE2\x82")), 9); /* cut */
  assert_int_equal(presse_utf8_invalid_at("a\0b", 3), 3); /* NUL is valid */
}

static void decode_reports_maximal_subpart(void **state) {
  (void)state;
  uint32_t cp;
  assert_int_equal(
      presse_utf8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
  assert_int_equal(cp, 0xE9);
  assert_int_equal(
      presse_utf8_decode((const unsigned char *)"\xE2\x82x", 3, &cp), 2);
  assert_int_equal(cp, 0xFFFD);
  assert_int_equal(presse_utf8_decode((const unsigned char *)"\x80", 1, &cp),
                   1);
  assert_int_equal(cp, 0xFFFD);
  assert_int_equal(
      presse_utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4);
  assert_int_equal(cp, 0x1F600);
}

static void count_and_encode_round_trip(void **state) {
  (void)state;
  assert_int_equal(presse_utf8_count(S("Œuvre → ok")), 10);
  char out[4];
  uint32_t cps[] = {0x41, 0xE9, 0x20AC, 0x1F600};
  int lens[] = {1, 2, 3, 4};
  for (int i = 0; i < 4; i++) {
    uint32_t back;
    assert_int_equal(presse_utf8_encode(cps[i], out), lens[i]);
    assert_int_equal(presse_utf8_decode((unsigned char *)out, 4, &back),
                     lens[i]);
    assert_int_equal(back, cps[i]);
  }
}

/* The validation as it reads, one sequence at a time, without the fast
** paths of presse_utf8_invalid_at() (ASCII eight bytes at a time, two-
** and three-byte sequences checked in place). */
static size_t plain_invalid_at(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    int len = presse_utf8_decode(s + i, n - i, &cp);
    if (cp == 0xFFFD &&
        !(len == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD))
      return i;
    i += (size_t)len;
  }
  return n;
}

/* The fast paths give the same answer as plain_invalid_at(): every
** sequence of up to three bytes drawn from the bytes that matter (the
** bounds of each lead's ranges), at every offset of an 8-byte word, and
** random mixes cut at every length. */
static void fast_paths_agree(void **state) {
  (void)state;
  static const unsigned char pool[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
                                       0xA0, 0xBD, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3,
                                       0xDF, 0xE0, 0xE2, 0xEC, 0xED, 0xEE, 0xEF,
                                       0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
  const size_t np = sizeof pool;
  unsigned char b[64];
  for (size_t len = 1; len <= 3; len++) {
    size_t total = 1;
    for (size_t k = 0; k < len; k++)
      total *= np;
    for (size_t v = 0; v < total; v++)
      for (size_t pre = 0; pre < 10; pre += 3)
        for (size_t post = 0; post < 10; post += 9) {
          size_t m = 0, x = v;
          for (size_t k = 0; k < pre; k++)
            b[m++] = 'a';
          for (size_t k = 0; k < len; k++, x /= np)
            b[m++] = pool[x % np];
          for (size_t k = 0; k < post; k++)
            b[m++] = 'b';
          assert_int_equal(presse_utf8_invalid_at((const char *)b, m),
                           plain_invalid_at(b, m));
        }
  }
  unsigned r = 12345;
  for (int t = 0; t < 200000; t++) {
    size_t m = (r = r * 1103515245u + 12345u) >> 16 & 31;
    for (size_t k = 0; k < m; k++) {
      unsigned z = (r = r * 1103515245u + 12345u) >> 16;
      b[k] = z % 10 < 5 ? 'a' + z % 26 : z % 10 < 7 ? 0x80 + z % 64 : z % 256;
    }
    for (size_t cut = 0; cut <= m; cut++)
      assert_int_equal(presse_utf8_invalid_at((const char *)b, cut),
                       plain_invalid_at(b, cut));
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(valid_text_is_valid),
      cmocka_unit_test(invalid_sequences_are_located),
      cmocka_unit_test(decode_reports_maximal_subpart),
      cmocka_unit_test(count_and_encode_round_trip),
      cmocka_unit_test(fast_paths_agree),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
