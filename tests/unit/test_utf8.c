/* test_utf8.c: strict decoding, the maximal-subpart rule, counting. */
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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(valid_text_is_valid),
      cmocka_unit_test(invalid_sequences_are_located),
      cmocka_unit_test(decode_reports_maximal_subpart),
      cmocka_unit_test(count_and_encode_round_trip),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
