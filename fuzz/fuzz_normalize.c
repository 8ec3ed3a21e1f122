/* fuzz_normalize: presse_normalize (all flag combinations) and the option
** parser. The key is valid UTF-8 whatever the input (invalid bytes become
** U+FFFD), has no leading, trailing or doubled ASCII space, and is never
** longer than a small multiple of the input. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  char *s = fuzz_dup(data, n);
  for (unsigned flags = 0; flags < 4; flags++) {
    presse_buf out;
    memset(&out, 0, sizeof out);
    int rc = presse_normalize(s, n, flags, &out);
    CHECK(rc == PRESSE_OK);
    CHECK(presse_utf8_invalid_at(out.data, out.len) == out.len);
    CHECK(out.len <= 18 * n + 16);
    if (out.len) {
      CHECK(out.data[0] != ' ' && out.data[out.len - 1] != ' ');
      for (size_t i = 1; i < out.len; i++)
        CHECK(!(out.data[i] == ' ' && out.data[i - 1] == ' '));
    }
    presse_buf_free(&out);
  }
  unsigned f = 0;
  const char *bad = NULL;
  size_t badlen = 0;
  int rc = presse_norm_parse_options(s, n, &f, &bad, &badlen);
  CHECK(rc == PRESSE_OK || rc == PRESSE_EINVAL);
  if (rc == PRESSE_EINVAL) CHECK(bad >= s && bad + badlen <= s + n);
  free(s);
  return 0;
}
