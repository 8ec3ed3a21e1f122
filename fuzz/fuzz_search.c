/* fuzz_search: the index forms of the FTS5 tokenizer `french`, for every
** option combination, in index and prefix mode. Byte spans stay inside the
** text and terms are at most PRESSE_SEARCH_MAX_TERM bytes (+ surface mark). */
#include "fuzz.h"

typedef struct {
  size_t n;
} ctx_t;

static size_t g_n;
static int emit(void *ctx, const char *term, size_t n, uint32_t b0, uint32_t b1,
                int colocated) {
  (void)colocated;
  ctx_t *c = ctx;
  CHECK(term && n > 0 && n <= PRESSE_SEARCH_MAX_TERM + 8);
  CHECK(b0 < b1 && b1 <= g_n);
  c->n++;
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  char *s = fuzz_dup(data, n);
  g_n = n;
  unsigned flags = n ? data[0] & 15u : 0;
  presse_search *se = NULL;
  CHECK(presse_search_new(flags, NULL, &se) == PRESSE_OK);
  for (unsigned mode = 0; mode <= PRESSE_SEARCH_PREFIX; mode++) {
    ctx_t c = {0};
    CHECK(presse_search_text(se, s, n, mode, emit, &c) == PRESSE_OK);
  }
  presse_search_free(se);
  free(s);
  return 0;
}
