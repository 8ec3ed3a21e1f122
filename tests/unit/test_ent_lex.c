/*
** test_ent_lex.c: the entity lexicon's per-token lookup (ent_lex.c).
** ent_tok_flags_lookup() takes short cuts for the commonest words (up to
** eight ASCII bytes in one register, nine to sixteen in two); each must
** give what the general way gives: ent_fold() of the token, then
** ent_lex_lookup() of the folded bytes.
*/
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>

#include "../../ext/core/ent_int.h"
#include "../../ext/core/segment.h"

/* Every token of text: the cached lookup against fold + ent_lex_lookup.
** Returns how many tokens the lexicon knows. */
static size_t check_text(const char *text) {
  size_t n = strlen(text);
  presse_tokens t;
  memset(&t, 0, sizeof t);
  assert_int_equal(presse_segment(text, n, &t), PRESSE_OK);
  uint32_t *info = calloc(t.n ? t.n : 1, sizeof *info);
  assert_non_null(info);
  ent_ctx c;
  memset(&c, 0, sizeof c);
  c.text = text;
  c.n = n;
  c.tok = t.tok;
  c.ntok = t.n;
  c.info = info;
  size_t known = 0;
  for (size_t i = 0; i < t.n; i++) {
    uint32_t want = 0;
    if (t.tok[i].kind == PRESSE_TOK_WORD) {
      char buf[ENT_FOLD_MAX + 8];
      size_t m = ent_fold(text + t.tok[i].b0, t.tok[i].b1 - t.tok[i].b0, buf);
      if (m != (size_t)-1 && m) want = ent_lex_lookup(buf, m);
    }
    uint32_t got = ent_tok_flags(&c, i);
    if (got != want)
      fail_msg("token %zu '%.*s': %08x, folded lookup %08x", i,
               (int)(t.tok[i].b1 - t.tok[i].b0), text + t.tok[i].b0, got, want);
    /* and from the cache */
    assert_int_equal(ent_tok_flags(&c, i), want);
    known += want != 0;
  }
  free(info);
  presse_tokens_free(&t);
  return known;
}

/* Words of every length around 8 and 16 bytes, in lowercase, capitals
** and mixed case, ASCII and accented, inside the text and at its end
** (where a word's eight or sixteen bytes would run past it). */
static void short_cuts_agree(void **state) {
  (void)state;
  static const char *const words[] = {"de",
                                      "la",
                                      "Paris",
                                      "PARIS",
                                      "ministre",
                                      "Ministre",
                                      "MINISTRE",
                                      "ministres",
                                      "gouvernement",
                                      "Gouvernement",
                                      "GOUVERNEMENT",
                                      "gouvernements",
                                      "parlementaire",
                                      "porte-parole",
                                      "aujourd'hui",
                                      "internationale",
                                      "Internationales",
                                      "administrations",
                                      "constitutionnel",
                                      "constitutionnelle",
                                      "constitutionnellement",
                                      "présidentielle",
                                      "Présidentielles",
                                      "député",
                                      "Sénégal",
                                      "été",
                                      "xqzwvkjqzwvkj",
                                      "Xqzwvkjqzwvkjqz",
                                      "ONU",
                                      "Nations",
                                      "unies",
                                      NULL};
  size_t known = 0;
  for (size_t k = 0; words[k]; k++) {
    char text[256];
    /* in a sentence, then alone, then at the end after a word */
    snprintf(text, sizeof text, "Le mot %s est ici, %s.", words[k], words[k]);
    known += check_text(text);
    known += check_text(words[k]);
    snprintf(text, sizeof text, "un %s", words[k]);
    known += check_text(text);
  }
  /* the lexicon knows most of them: the test compares real entries */
  assert_true(known > 60);
}

/* Random words of ASCII letters, capitals, hyphens and apostrophes and of
** Latin-1 letters, 1 to 24 bytes: the same agreement. (à ç and the
** letters ent_fold_l1[] leaves to the general way, æ Æ ß, and œ, which
** is no C3 letter: the accented words' short cut, branch speedE2.) */
static void random_words_agree(void **state) {
  (void)state;
  static const char *const pieces[] = {
      "a",        "e",        "i",        "o",        "u",        "n",
      "r",        "s",        "t",        "l",        "E",        "M",
      "-",        "'",        "\xC3\xA9", "\xC3\xA8", "\xC3\x89", "\xC3\xA0",
      "\xC3\xA7", "\xC3\xA6", "\xC3\x86", "\xC3\x9F", "\xC5\x93"};
  srand(7);
  for (int round = 0; round < 300; round++) {
    char text[512];
    size_t o = 0;
    for (int w = 0; w < 12; w++) {
      size_t len = 1 + (size_t)(rand() % 24);
      for (size_t b = 0; b < len && o < 400;) {
        const char *p = pieces[rand() % (int)(sizeof pieces / sizeof *pieces)];
        size_t l = strlen(p);
        memcpy(text + o, p, l);
        o += l, b += l;
      }
      text[o++] = ' ';
    }
    text[o - 1] = '\0';
    check_text(text);
  }
}

/* ent_fold()'s short cut for C3 xx (U+00C0..U+00FF) against the code
** point's general fold (ent_utf8_next() + ent_fold_cp()), for every
** second byte, at a word's start, inside and at its end, and near the
** end of the buffer. */
static void latin1_fold_agrees(void **state) {
  (void)state;
  for (unsigned y = 0x00; y <= 0xFF; y++) {
    char in[8] = {'a', (char)0xC3, (char)y, 'b'};
    for (size_t at = 0; at < 2; at++) {
      const char *s = in + at; /* "\xC3" y "b" or "a\xC3" y "b" */
      size_t n = 4 - at;
      for (size_t len = 1; len <= n; len++) {
        char got[ENT_FOLD_MAX], want[ENT_FOLD_MAX];
        size_t g = ent_fold(s, len, got), w = 0, i = 0;
        int ok = 1;
        while (i < len && ok) {
          uint32_t cp;
          i += ent_utf8_next((const unsigned char *)s + i, len - i, &cp);
          ok = ent_fold_cp(cp, want, &w);
        }
        assert_true(ok);
        assert_int_equal(g, w);
        assert_memory_equal(got, want, w);
      }
    }
  }
  /* a full buffer: the short cut fails where the general way does */
  char big[ENT_FOLD_MAX + 2], out[ENT_FOLD_MAX];
  memset(big, 'a', sizeof big);
  big[ENT_FOLD_MAX] = (char)0xC3, big[ENT_FOLD_MAX + 1] = (char)0xA9;
  assert_int_equal(ent_fold(big, sizeof big, out), (size_t)-1);
  assert_int_equal(ent_fold(big + 2, sizeof big - 2, out), ENT_FOLD_MAX - 1);
}

#if defined(__SSE2__)
/* ent_fold16() (the short cut of ent_fold_text() and of the lookup of
** accented words, branch speedE2) against ent_fold(), on random words of
** 1 to 16 bytes: ASCII, C3 letters (those ent_fold_l1[] folds to one
** letter, and æ Æ ß, which it must leave) and œ. */
static void fold16_agrees(void **state) {
  (void)state;
  static const char *const pieces[] = {
      "a",        "Z",        "-",        "'",        "1",
      "\xC3\xA9", "\xC3\x89", "\xC3\xA0", "\xC3\xA7", "\xC3\xA6",
      "\xC3\x86", "\xC3\x9F", "\xC3\xB7", "\xC5\x93"};
  srand(11);
  size_t took = 0;
  for (int round = 0; round < 20000; round++) {
    char in[48];
    memset(in, 'x', sizeof in);
    size_t n = 0, want = 1 + (size_t)(rand() % 16);
    while (n < want) {
      const char *p = pieces[rand() % (int)(sizeof pieces / sizeof *pieces)];
      size_t l = strlen(p);
      if (n + l > 16) break;
      memcpy(in + n, p, l);
      n += l;
    }
    if (!n) continue;
    char got[32], ref[ENT_FOLD_MAX];
    size_t g = ent_fold16(in, n, got), r = ent_fold(in, n, ref);
    if (!g) continue; /* left to ent_fold() */
    took++;
    assert_int_equal(g, r);
    assert_memory_equal(got, ref, r);
  }
  assert_true(took > 2000); /* 3265 with this seed */
}
#endif

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(short_cuts_agree),
    cmocka_unit_test(random_words_agree),
    cmocka_unit_test(latin1_fold_agrees),
#if defined(__SSE2__)
    cmocka_unit_test(fold16_agrees),
#endif
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
