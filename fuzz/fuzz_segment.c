/* fuzz_segment: presse_segment on arbitrary bytes. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  char *s = fuzz_dup(data, n);
  presse_tokens t;
  memset(&t, 0, sizeof t);
  int rc = presse_segment(s, n, &t);
  size_t bad = presse_utf8_invalid_at(s, n);
  CHECK(bad <= n);
  if (bad < n) {
    CHECK(rc == PRESSE_EUTF8);
    CHECK(t.n == 0);
  } else {
    CHECK(rc == PRESSE_OK);
    uint32_t prev_b1 = 0, prev_sent = 0;
    for (size_t i = 0; i < t.n; i++) {
      const presse_token *k = &t.tok[i];
      CHECK(k->b0 < k->b1);
      CHECK(k->b0 >= prev_b1); /* in order, no overlap */
      CHECK(fuzz_span_ok(s, n, k->b0, k->b1, k->c0, k->c1));
      CHECK(k->kind >= PRESSE_TOK_WORD && k->kind <= PRESSE_TOK_SYMBOL);
      CHECK(k->sent >= prev_sent && k->sent < (t.nsent ? t.nsent : 1));
      prev_b1 = k->b1;
      prev_sent = k->sent;
    }
  }
  presse_tokens_free(&t);
  free(s);
  return 0;
}
