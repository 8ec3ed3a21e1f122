/* fuzz_article: presse_article_parse (boilerplate, title, author, date)
** and the date readers on their own. The body is valid UTF-8 and no longer
** than the raw text; cuts are in order and inside it; a date is YYYY,
** YYYY-MM or YYYY-MM-DD. */
#include "fuzz.h"
#include "../ext/core/article.h"

static void check_date(const char *d) {
  size_t len = strlen(d);
  CHECK(len == 4 || len == 7 || len == 10);
  for (size_t i = 0; i < len; i++)
    CHECK((i == 4 || i == 7) ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9'));
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  char *s = fuzz_dup(data, n);
  presse_article a;
  memset(&a, 0, sizeof a);
  int rc = presse_article_parse(s, n, &a);
  int valid = presse_utf8_invalid_at(s, n) == n;
  CHECK(rc == PRESSE_OK || (!valid && rc == PRESSE_EUTF8));
  if (rc == PRESSE_OK) {
    CHECK(a.body.len <= n);
    CHECK(presse_utf8_invalid_at(a.body.data, a.body.len) == a.body.len);
    if (a.date) check_date(a.date);
    if (a.title)
      CHECK(presse_utf8_invalid_at(a.title, strlen(a.title)) ==
            strlen(a.title));
    if (a.author)
      CHECK(presse_utf8_invalid_at(a.author, strlen(a.author)) ==
            strlen(a.author));
    uint32_t prev = 0;
    for (size_t i = 0; i < a.ncuts; i++) {
      const presse_cut *c = &a.cuts[i];
      CHECK(c->b0 >= prev && c->b0 < c->b1);
      CHECK(fuzz_span_ok(s, n, c->b0, c->b1, c->c0, c->c1));
      prev = c->b1;
    }
  }
  presse_article_free(&a);

  /* The date readers work on folded lines (ASCII lowercase). */
  if (valid) {
    presse_fold f;
    presse_fold_text(s, n, &f);
    CHECK(f.n <= PRESSE_FOLD_MAX + 8);
    char out[11];
    int revision = 0;
    if (presse_date_line(&f, out, &revision)) check_date(out);
    if (presse_date_dateline(&f, out)) check_date(out);
    for (size_t pos = 0; pos < f.n; pos++) {
      size_t p = pos;
      if (presse_date_at(f.s, f.n, &p, out)) {
        check_date(out);
        CHECK(p > pos && p <= f.n);
      }
    }
  }
  free(s);
  return 0;
}
