/* fuzz_entities: segmenter + presse_entities_extract. Mentions are in
** text order, inside the text, with agreeing code-point offsets, and their
** canonical span is inside the text too. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  char *s = fuzz_dup(data, n);
  presse_tokens t;
  presse_entities e;
  memset(&t, 0, sizeof t);
  memset(&e, 0, sizeof e);
  if (presse_segment(s, n, &t) == PRESSE_OK) {
    CHECK(presse_entities_extract(s, n, &t, &e) == PRESSE_OK);
    uint32_t prev = 0;
    for (size_t i = 0; i < e.n; i++) {
      const presse_entity *m = &e.ent[i];
      CHECK(m->b0 < m->b1 && m->b0 >= prev);
      CHECK(fuzz_span_ok(s, n, m->b0, m->b1, m->c0, m->c1));
      CHECK(m->cb0 < m->cb1 && m->cb1 <= n);
      CHECK(m->type >= PRESSE_PER && m->type <= PRESSE_MISC);
      CHECK(presse_ent_type_name(m->type) != NULL);
      prev = m->b0;
    }
  }
  presse_entities_free(&e);
  presse_tokens_free(&t);
  free(s);
  return 0;
}
