/* test_normalize.c: presse_normalize() and its options, against the
** contract, against utf8proc on whole strings, and on every code point. */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

#define KA PRESSE_NORM_KEEP_ACCENTS
#define KC PRESSE_NORM_KEEP_CASE

/* Normalise in[0..n) with flags; the result is a malloc'd C string, its
** length in *len when len is not NULL. */
static char *norm_n(const char *in, size_t n, unsigned flags, size_t *len) {
  presse_buf b = {0};
  /* An exact-size copy, so that ASan sees any read past the input. */
  char *copy = malloc(n ? n : 1);
  if (n) memcpy(copy, in, n);
  assert_int_equal(presse_normalize(copy, n, flags, &b), PRESSE_OK);
  free(copy);
  char *r = malloc(b.len + 1);
  if (b.len) memcpy(r, b.data, b.len);
  r[b.len] = 0;
  if (len) *len = b.len;
  presse_buf_free(&b);
  return r;
}

#define CHECK(flags, in, want)                                                 \
  do {                                                                         \
    char *got_ = norm_n(S(in), flags, NULL);                                   \
    assert_string_equal(got_, want);                                           \
    free(got_);                                                                \
  } while (0)

/* Same, with explicit lengths (NUL bytes inside). */
#define CHECKN(flags, in, inlen, want, wantlen)                                \
  do {                                                                         \
    size_t glen_;                                                              \
    char *got_ = norm_n(in, inlen, flags, &glen_);                             \
    assert_int_equal(glen_, wantlen);                                          \
    assert_memory_equal(got_, want, wantlen);                                  \
    free(got_);                                                                \
  } while (0)

static void contract_examples(void **state) {
  (void)state;
  CHECK(0, "L’État", "l'etat");
  CHECK(0, "Élysée", "elysee");
  CHECK(0, "ça, où, maïs, à", "ca, ou, mais, a");
  CHECK(0, "Œuvre, cœur, ŒUF, Ægypte, nævus",
        "oeuvre, coeur, oeuf, aegypte, naevus");
  CHECK(0, "Straße, GROẞ", "strasse, gross");
  CHECK(0, "", "");
}

static void typographic_marks(void **state) {
  (void)state;
  CHECK(0, "l’a l‘a lʼa l´a l`a l'a", "l'a l'a l'a l'a l'a l'a");
  CHECK(0, "«oui» “oui” „oui” ‹oui› ″oui″ \"oui\"",
        "\"oui\" \"oui\" \"oui\" \"oui\" \"oui\" \"oui\"");
  CHECK(0, "a‐b a‑b a‒b a–b a—b a―b a-b", "a-b a-b a-b a-b a-b a-b a-b");
  /* Through NFKC first: fullwidth grave accent and apostrophe. */
  CHECK(0,
        "l\xEF\xBD\x80"
        "a l\xEF\xBC\x87"
        "a",
        "l'a l'a");
}

static void spaces(void **state) {
  (void)state;
  static const char *sp[] = {"\t",
                             "\n",
                             "\v",
                             "\f",
                             "\r",
                             "\xC2\x85",
                             "\xC2\xA0",
                             "\xE1\x9A\x80",
                             "\xE2\x80\x80",
                             "\xE2\x80\x81",
                             "\xE2\x80\x82",
                             "\xE2\x80\x83",
                             "\xE2\x80\x84",
                             "\xE2\x80\x85",
                             "\xE2\x80\x86",
                             "\xE2\x80\x87",
                             "\xE2\x80\x88",
                             "\xE2\x80\x89",
                             "\xE2\x80\x8A",
                             "\xE2\x80\xA8",
                             "\xE2\x80\xA9",
                             "\xE2\x80\xAF",
                             "\xE2\x81\x9F",
                             "\xE3\x80\x80",
                             " "};
  char buf[64];
  for (size_t k = 0; k < sizeof sp / sizeof sp[0]; k++) {
    snprintf(buf, sizeof buf, "%sa%sb%s%s c%s", sp[k], sp[k], sp[k], sp[k],
             sp[k]);
    CHECK(0, buf, "a b c");
  }
  CHECK(0, "  oui \t\r\n  non  ", "oui non");
  CHECK(0,
        "prix\xE2\x80\xAF:\xC2\xA0"
        "12\xE2\x80\xAF"
        "000\xC2\xA0€",
        "prix : 12 000 €");
  CHECK(0, " \t\n\xC2\xA0", "");
  /* Deleted characters neither add nor separate anything. */
  CHECK(0,
        "anti\xC2\xAD"
        "constitution\xE2\x80\x8B"
        "nel\xE2\x80\x8C"
        "le\xE2\x80\x8D"
        "ment\xE2\x81\xA0\xEF\xBB\xBF",
        "anticonstitutionnellement");
  CHECK(0,
        "\xEF\xBB\xBF"
        "a \xC2\xAD b",
        "a b");
}

static void compatibility_forms(void **state) {
  (void)state;
  CHECK(0, "ﬁn ﬂot ﬀ", "fin flot ff");
  CHECK(0, "x² m³ ½", "x2 m3 1⁄2");
  CHECK(0, "ＡＢＣ１２３ｄｅｆ", "abc123def");
  CHECK(0, "№ 5 ℡ Ⅳ", "no 5 tel iv");
  CHECK(0, "…", "...");
  CHECK(0, "ﷺ", "صلى الله عليه وسلم"); /* a long expansion, with spaces */
}

static void case_and_marks(void **state) {
  (void)state;
  CHECK(0, "İstanbul", "istanbul");
  CHECK(KA, "İstanbul", "i\xCC\x87stanbul"); /* full folding: i + U+0307 */
  CHECK(KC, "İstanbul", "Istanbul");
  CHECK(0, "e\xCC\x81t\xC3\xA9", "ete");  /* e + U+0301, then é */
  CHECK(KA, "e\xCC\x81t\xC3\xA9", "été"); /* recomposed */
  CHECK(KA | KC, "E\xCC\x81T\xC3\x89", "ÉTÉ");
  CHECK(KA, "A\xCC\x8A", "å");
  CHECK(KA, "q\xCC\x81", "q\xCC\x81"); /* nothing to compose with */
  /* Canonical reordering: dot below (220) before acute (230). */
  CHECK(KA, "e\xCC\x81\xCC\xA3", "\xE1\xBA\xB9\xCC\x81");
  /* A combining mark after a space or at the start stays on its own. */
  CHECK(KA,
        "\xCC\x81"
        "a \xCC\x81",
        "\xCC\x81"
        "a \xCC\x81");
  CHECK(0,
        "\xCC\x81"
        "a \xCC\x81",
        "a");
  /* Deleted characters are transparent: e, ZWSP, U+0301 */
  CHECK(KA, "e\xE2\x80\x8B\xCC\x81", "é");
  /* Hangul jamo compose even when marks are stripped. */
  CHECK(0, "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8", "각");
  CHECK(0, "\xE1\x84\x80\xCC\x81\xE1\x85\xA1", "가");
  CHECK(0, "Σίσυφος ΣΊΣΥΦΟΣ", "σισυφοσ σισυφοσ");
  CHECK(KC, "L’Œuvre « À PROPOS »", "L'OEuvre \" A PROPOS \"");
  CHECK(KA, "L’Œuvre « À PROPOS »", "l'oeuvre \" à propos \"");
}

static void invalid_utf8(void **state) {
  (void)state;
#define FFFD "\xEF\xBF\xBD"
  CHECK(0, "a\x80z", "a" FFFD "z");                   /* lone continuation */
  CHECK(0, "a\xFFz", "a" FFFD "z");                   /* never a lead byte */
  CHECK(0, "a\xC0\xAFz", "a" FFFD FFFD "z");          /* overlong, 2 bytes */
  CHECK(0, "a\xE0\x80\xAFz", "a" FFFD FFFD FFFD "z"); /* overlong, 3 */
  CHECK(0, "a\xED\xA0\x80z", "a" FFFD FFFD FFFD "z"); /* lone surrogate */
  CHECK(0, "\xED\xB0\x80\xED\xA0\x80", FFFD FFFD FFFD FFFD FFFD FFFD);
  CHECK(0, "a\xF4\x90\x80\x80z", "a" FFFD FFFD FFFD FFFD "z"); /* > 10FFFF */
  CHECK(0, "a\xE2\x82z", "a" FFFD "z"); /* truncated, 1 subpart */
  CHECK(0, "a\xF0\x9F\x98", "a" FFFD);  /* truncated at the end */
  CHECK(0, "\xC3", FFFD);
  CHECK(0, "\xC3\xA9\xC3", "e" FFFD);
  CHECK(0, FFFD, FFFD); /* U+FFFD folds to itself */
  CHECK(KA | KC, "\xFE\xC3\xA9", FFFD "é");
  /* Invalid bytes inside a long ASCII run (the 16-byte path). */
  CHECK(0, "ABCDEFGHIJKLMNO\x80PQRSTUVWXYZabcdefgh\xC3",
        "abcdefghijklmno" FFFD "pqrstuvwxyzabcdefgh" FFFD);
  /* Every byte value on its own gives valid UTF-8. */
  for (int c = 0; c < 256; c++) {
    char in[3] = {'x', (char)c, 'y'};
    size_t len;
    char *got = norm_n(in, 3, 0, &len);
    assert_int_equal(presse_utf8_invalid_at(got, len), len);
    free(got);
  }
}

static void nul_bytes(void **state) {
  (void)state;
  CHECKN(0, "A\0B", 3, "a\0b", 3);
  CHECKN(0, "\0", 1, "\0", 1);
  CHECKN(0, "0123456789ABCDE\0FGHIJKLMNOPQRSTUVWXYZ", 38,
         "0123456789abcde\0fghijklmnopqrstuvwxyz", 38);
}

static void appends_to_buffer(void **state) {
  (void)state;
  presse_buf b = {0};
  assert_int_equal(presse_buf_append(&b, "key: ", 5), PRESSE_OK);
  assert_int_equal(presse_normalize(S("  Été  "), 0, &b), PRESSE_OK);
  assert_int_equal(b.len, 8);
  assert_memory_equal(b.data, "key: ete", 8);
  /* An empty result leaves what was there, trailing space included. */
  assert_int_equal(presse_normalize(S(" \xC2\xA0 "), 0, &b), PRESSE_OK);
  assert_int_equal(b.len, 8);
  presse_buf_free(&b);
  assert_int_equal(presse_normalize("x", 1, 4, &b), PRESSE_EINVAL);
  presse_buf_free(&b);
}

static void options(void **state) {
  (void)state;
  unsigned f = 99;
  const char *bad = (const char *)1;
  size_t badlen = 99;
  assert_int_equal(presse_norm_parse_options(S(""), &f, &bad, &badlen),
                   PRESSE_OK);
  assert_int_equal(f, 0);
  assert_null(bad);
  assert_int_equal(presse_norm_parse_options(NULL, 0, &f, NULL, NULL),
                   PRESSE_OK);
  assert_int_equal(presse_norm_parse_options(S("keep_accents"), &f, NULL, NULL),
                   0);
  assert_int_equal(f, KA);
  assert_int_equal(presse_norm_parse_options(S("keep_case"), &f, NULL, NULL),
                   0);
  assert_int_equal(f, KC);
  assert_int_equal(presse_norm_parse_options(S(" keep_case ,\tkeep_accents "),
                                             &f, NULL, NULL),
                   0);
  assert_int_equal(f, KA | KC);
  assert_int_equal(
      presse_norm_parse_options(S("keep_case,keep_case,"), &f, NULL, NULL), 0);
  assert_int_equal(f, KC);
  const char *opts = "keep_case, keep_accent ,x";
  assert_int_equal(
      presse_norm_parse_options(opts, strlen(opts), &f, &bad, &badlen),
      PRESSE_EINVAL);
  assert_ptr_equal(bad, opts + 11);
  assert_int_equal(badlen, 11);
  assert_int_equal(f, 0);
  assert_int_equal(presse_norm_parse_options(S("KEEP_CASE"), &f, &bad, &badlen),
                   PRESSE_EINVAL);
  assert_int_equal(badlen, 9);
  /* The length is explicit: what follows n is not read. */
  assert_int_equal(
      presse_norm_parse_options("keep_casexyz", 9, &f, &bad, &badlen),
      PRESSE_OK);
  assert_int_equal(f, KC);
}

/* The 16-byte ASCII path against a byte-at-a-time model, on random ASCII
** with runs of spaces, controls, capitals and backquotes at every offset. */
static void ascii_path_matches_model(void **state) {
  (void)state;
  static const char alphabet[] = "aZ `\t\n\r\v\f.Q0~\x01\x7F  ";
  uint32_t seed = 12345;
  char in[300], want[300];
  for (int round = 0; round < 3000; round++) {
    size_t n = (size_t)(round % 150);
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      in[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
    }
    for (unsigned flags = 0; flags < 4; flags++) {
      size_t w = 0;
      int sp = 1;
      for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c >= 9 && c <= 13) c = ' ';
        if (c == '`') c = '\'';
        if (!(flags & KC) && c >= 'A' && c <= 'Z') c += 32;
        if (c == ' ' && sp) continue;
        sp = c == ' ';
        want[w++] = (char)c;
      }
      if (w && want[w - 1] == ' ') w--;
      CHECKN(flags, in, n, want, w);
    }
  }
}

/* Reference: utf8proc on the whole string, then spaces collapsed. The
** alphabet avoids the characters of data/fold_overrides.txt, which
** utf8proc does not know about. */
static char *reference(const char *in, size_t n, unsigned flags) {
  utf8proc_option_t o = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  if (!(flags & KA)) o |= UTF8PROC_STRIPMARK;
  if (!(flags & KC)) o |= UTF8PROC_CASEFOLD;
  utf8proc_uint8_t *r = NULL;
  utf8proc_ssize_t m =
      utf8proc_map((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)n, &r, o);
  assert_true(m >= 0);
  char *out = malloc((size_t)m + 1);
  size_t w = 0;
  int sp = 1;
  for (utf8proc_ssize_t i = 0; i < m; i++) {
    if (r[i] == ' ' && sp) continue;
    sp = r[i] == ' ';
    out[w++] = (char)r[i];
  }
  if (w && out[w - 1] == ' ') w--;
  out[w] = 0;
  free(r);
  return out;
}

static void matches_utf8proc_on_whole_strings(void **state) {
  (void)state;
  static const char *alphabet[] = {"e",
                                   "E",
                                   "a",
                                   " ",
                                   "  ",
                                   "é",
                                   "É",
                                   "\xCC\x81",
                                   "\xCC\xA3",
                                   "\xCC\x88",
                                   "\xCC\xA7",
                                   "ß",
                                   "ẞ",
                                   "İ",
                                   "ı",
                                   "ﬁ",
                                   "²",
                                   "Ａ",
                                   "ǅ",
                                   "Å",
                                   "Ω",
                                   "ἀ",
                                   "\xCD\x85",
                                   "\xE1\x84\x80",
                                   "\xE1\x85\xA1",
                                   "\xE1\x86\xA8",
                                   "가",
                                   "¨",
                                   "ſ",
                                   "\xE0\xBD\xB3",
                                   "\xE0\xBE\x81",
                                   "ǭ",
                                   "ﷺ",
                                   "ABCDEFGHIJKLMNOPQRSTUVW"};
  const size_t na = sizeof alphabet / sizeof alphabet[0];
  uint32_t seed = 777;
  char in[512];
  for (int round = 0; round < 20000; round++) {
    size_t n = 0, parts = (size_t)(round % 12);
    for (size_t k = 0; k < parts; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *a = alphabet[(seed >> 16) % na];
      memcpy(in + n, a, strlen(a));
      n += strlen(a);
    }
    for (unsigned flags = 0; flags < 4; flags++) {
      char *want = reference(in, n, flags);
      size_t len;
      char *got = norm_n(in, n, flags, &len);
      if (strlen(want) != len || memcmp(want, got, len)) {
        in[n] = 0;
        print_error("flags %u: input '%s'\n  got  '%s'\n  want '%s'\n", flags,
                    in, got, want);
        fail();
      }
      free(want);
      free(got);
    }
  }
}

/* Every code point, in every variant: valid UTF-8 out, and normalising
** the result again changes nothing. */
static void every_code_point(void **state) {
  (void)state;
  presse_buf a = {0}, b = {0};
  for (uint32_t cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    char in[8];
    int n = presse_utf8_encode(cp, in);
    for (unsigned flags = 0; flags < 4; flags++) {
      a.len = b.len = 0;
      assert_int_equal(presse_normalize(in, (size_t)n, flags, &a), PRESSE_OK);
      assert_int_equal(presse_utf8_invalid_at(a.data, a.len), a.len);
      assert_int_equal(presse_normalize(a.data, a.len, flags, &b), PRESSE_OK);
      if (a.len != b.len || memcmp(a.data, b.data, a.len)) {
        print_error("U+%04X flags %u: not idempotent\n", cp, flags);
        fail();
      }
    }
  }
  presse_buf_free(&a);
  presse_buf_free(&b);
}

/* Every code point against utf8proc on its own, in every variant, except
** the characters data/fold_overrides.txt lists (and those whose folding
** produces one): this checks the generated tables entry by entry. */
static void tables_match_utf8proc(void **state) {
  (void)state;
  FILE *f = fopen("data/fold_overrides.txt", "r");
  if (!f) skip(); /* run from the repository root by tests/run.sh */
  static unsigned char listed[0x110000];
  char line[512];
  size_t nlisted = 0;
  while (fgets(line, sizeof line, f)) {
    unsigned lo, hi;
    if (line[0] == '#' || sscanf(line, "U+%x", &lo) != 1) continue;
    hi = lo;
    char *dots = strstr(line, "..U+");
    if (dots && dots < strchr(line, '\t')) sscanf(dots, "..U+%x", &hi);
    for (unsigned c = lo; c <= hi && c < 0x110000; c++, nlisted++)
      listed[c] = 1;
  }
  fclose(f);
  assert_true(nlisted > 50);
  size_t checked = 0;
  for (uint32_t cp = 1; cp < 0x110000; cp++) { /* NUL: see nul_bytes */
    if ((cp >= 0xD800 && cp <= 0xDFFF) || listed[cp]) continue;
    char in[4];
    int n = presse_utf8_encode(cp, in);
    for (unsigned flags = 0; flags < 4; flags++) {
      char *want = reference(in, (size_t)n, flags);
      int skip_it = 0;
      for (size_t i = 0; want[i];) {
        uint32_t c;
        i += (size_t)presse_utf8_decode((const unsigned char *)want + i,
                                        strlen(want + i), &c);
        if (listed[c]) skip_it = 1;
      }
      if (!skip_it) {
        size_t len;
        char *got = norm_n(in, (size_t)n, flags, &len);
        if (len != strlen(want) || memcmp(got, want, len)) {
          print_error("U+%04X flags %u: got '%s' want '%s'\n", cp, flags, got,
                      want);
          fail();
        }
        free(got);
        checked++;
      }
      free(want);
    }
  }
  assert_true(checked > 4000000);
}

/* Time stays linear on a million combining marks, and none is lost. */
static void many_combining_marks(void **state) {
  (void)state;
  size_t n = 1 + 2 * 1000000;
  char *in = malloc(n);
  in[0] = 'e';
  for (size_t i = 1; i < n; i += 2)
    memcpy(in + i, "\xCC\x81", 2);
  size_t len;
  char *got = norm_n(in, n, 0, &len);
  assert_int_equal(len, 1);
  free(got);
  got = norm_n(in, n, KA, &len);
  assert_int_equal(len, n - 1); /* é + 999999 marks */
  assert_memory_equal(got, "é", 2);
  free(got);
  free(in);
}

/* A failing allocator: the error is reported and the output left empty. */
static int budget;
static void *tight_realloc(void *ctx, void *p, size_t n) {
  (void)ctx;
  if (budget-- <= 0) return NULL;
  return realloc(p, n);
}
static void plain_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

static void allocation_failure(void **state) {
  (void)state;
  const presse_mem m = {tight_realloc, plain_free, NULL};
  /* Expansions grow the output past the input length several times. */
  char in[4000];
  size_t n = 0;
  while (n + 4 < sizeof in) {
    memcpy(in + n, "ﷺ", 3); /* 3 bytes -> 33 */
    n += 3;
  }
  for (int k = 0; k < 8; k++) {
    presse_buf b = {0};
    b.mem = &m;
    budget = k;
    int rc = presse_normalize(in, n, 0, &b);
    if (rc == PRESSE_OK) {
      assert_true(b.len > 10 * n);
      presse_buf_free(&b);
      return;
    }
    assert_int_equal(rc, PRESSE_ENOMEM);
    assert_int_equal(b.len, 0);
    presse_buf_free(&b);
  }
  fail_msg("never succeeded with 8 allocations");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(contract_examples),
      cmocka_unit_test(typographic_marks),
      cmocka_unit_test(spaces),
      cmocka_unit_test(compatibility_forms),
      cmocka_unit_test(case_and_marks),
      cmocka_unit_test(invalid_utf8),
      cmocka_unit_test(nul_bytes),
      cmocka_unit_test(appends_to_buffer),
      cmocka_unit_test(options),
      cmocka_unit_test(ascii_path_matches_model),
      cmocka_unit_test(matches_utf8proc_on_whole_strings),
      cmocka_unit_test(every_code_point),
      cmocka_unit_test(tables_match_utf8proc),
      cmocka_unit_test(many_combining_marks),
      cmocka_unit_test(allocation_failure),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
