/*
** ent_format.h: presse_entities_extract() on a test sentence, written as one
** string ("Dakar/LOC|M. Traoré/PER") so that a test compares a whole
** analysis at once and a failure prints what was found.
*/
#ifndef PRESSE_ENT_FORMAT_H
#define PRESSE_ENT_FORMAT_H
#include <stdio.h>
#include <stdlib.h>

#include "testing.h"

/* What each mention shows: its text only, with its type, or with its type
** and canonical form ("mention/TYPE/canonical"). */
enum ent_format { ENT_SPANS, ENT_TYPED, ENT_CANON };

/* The entities of text, "|"-separated, in a malloc'd string. Checks on the
** way what every analysis must satisfy: spans inside the text, in text
** order, never nested, code-point offsets agreeing with byte offsets. */
static char *ent_format(const char *text, enum ent_format how) {
  size_t n = strlen(text);
  presse_tokens t;
  presse_entities e;
  memset(&t, 0, sizeof t);
  memset(&e, 0, sizeof e);
  assert_int_equal(presse_segment(text, n, &t), PRESSE_OK);
  assert_int_equal(presse_entities_extract(text, n, &t, &e), PRESSE_OK);
  size_t cap = 64 + 4 * n, len = 0;
  char *out = malloc(cap);
  assert_non_null(out);
  out[0] = 0;
  for (size_t i = 0; i < e.n; i++) {
    const presse_entity *x = &e.ent[i];
    assert_true(x->b0 < x->b1 && x->b1 <= n && x->c0 < x->c1);
    assert_true(x->cb0 < x->cb1 && x->cb1 <= n);
    if (i) assert_true(e.ent[i - 1].b1 <= x->b0);
    assert_int_equal(presse_utf8_count(text, x->b0), x->c0);
    assert_int_equal(presse_utf8_count(text + x->b0, x->b1 - x->b0),
                     x->c1 - x->c0);
    len += (size_t)snprintf(out + len, cap - len, "%s%.*s", i ? "|" : "",
                            (int)(x->b1 - x->b0), text + x->b0);
    if (how >= ENT_TYPED)
      len += (size_t)snprintf(out + len, cap - len, "/%s",
                              presse_ent_type_name(x->type));
    if (how == ENT_CANON)
      len += (size_t)snprintf(out + len, cap - len, "/%.*s",
                              (int)(x->cb1 - x->cb0), text + x->cb0);
  }
  presse_entities_free(&e);
  presse_tokens_free(&t);
  return out;
}

/* Fails the test, showing text, want and got, unless the analysis of text
** written as `how` is want. */
#define EXPECT_ENTS(how, text, want)                                           \
  do {                                                                         \
    char *got_ = ent_format(text, how);                                        \
    if (strcmp(got_, want)) {                                                  \
      print_error("text: %s\n want: %s\n  got: %s\n", text, want, got_);       \
      free(got_);                                                              \
      fail();                                                                  \
    }                                                                          \
    free(got_);                                                                \
  } while (0)

#endif
