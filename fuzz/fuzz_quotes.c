/* fuzz_quotes: segmenter + entities + presse_quotes_extract. Quotes are in
** text order, inside the text; speaker and cue spans are -1 or inside. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  char *s = fuzz_dup(data, n);
  presse_tokens t;
  presse_entities e;
  presse_quotes q;
  memset(&t, 0, sizeof t);
  memset(&e, 0, sizeof e);
  memset(&q, 0, sizeof q);
  if (presse_segment(s, n, &t) == PRESSE_OK) {
    CHECK(presse_entities_extract(s, n, &t, &e) == PRESSE_OK);
    CHECK(presse_quotes_extract(s, n, &t, &e, &q) == PRESSE_OK);
    uint32_t prev = 0;
    for (size_t i = 0; i < q.n; i++) {
      const presse_quote *x = &q.q[i];
      CHECK(x->b0 >= prev);
      CHECK(fuzz_span_ok(s, n, x->b0, x->b1, x->c0, x->c1));
      CHECK(x->kind == PRESSE_QUOTE_DIRECT || x->kind == PRESSE_QUOTE_INDIRECT);
      CHECK((x->sb0 == -1 && x->sb1 == -1) ||
            (x->sb0 >= 0 && x->sb0 < x->sb1 && x->sb1 <= (int64_t)n));
      CHECK((x->qb0 == -1 && x->qb1 == -1) ||
            (x->qb0 >= 0 && x->qb0 < x->qb1 && x->qb1 <= (int64_t)n));
      prev = x->b0;
    }
  }
  presse_quotes_free(&q);
  presse_entities_free(&e);
  presse_tokens_free(&t);
  free(s);
  return 0;
}
