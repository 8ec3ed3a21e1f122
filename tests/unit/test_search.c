/* test_search.c: the index forms of the `french` tokenizer (search_token.c). */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>

/* Collects forms as "a b|c": positions by spaces, colocated forms by '|',
** surface forms shown with '^', and the byte span of each position start. */
typedef struct sink {
  char out[4096];
  size_t n;
  uint32_t b0[64], b1[64];
  int npos;
  int stop_after; /* > 0: return 99 at that form */
  int forms;
} sink;

static int collect(void *ctx, const char *t, size_t n, uint32_t b0, uint32_t b1,
                   int colocated) {
  sink *k = ctx;
  if (k->n) k->out[k->n++] = colocated ? '|' : ' ';
  if (!colocated && k->npos < 64) {
    k->b0[k->npos] = b0;
    k->b1[k->npos++] = b1;
  }
  if (n && t[0] == PRESSE_SEARCH_SURFACE) {
    k->out[k->n++] = '^';
    t++;
    n--;
  }
  memcpy(k->out + k->n, t, n);
  k->n += n;
  k->out[k->n] = 0;
  if (++k->forms == k->stop_after) return 99;
  return 0;
}

static const char *terms(unsigned flags, unsigned mode, const char *text,
                         sink *k) {
  presse_search *s;
  memset(k, 0, sizeof *k);
  assert_int_equal(presse_search_new(flags, NULL, &s), PRESSE_OK);
  assert_int_equal(presse_search_text(s, text, strlen(text), mode, collect, k),
                   PRESSE_OK);
  presse_search_free(s);
  return k->out;
}

static void elisions_dropped_accents_folded_after_stemming(void **state) {
  (void)state;
  sink k;
  assert_string_equal(terms(0, 0, "L’État qu'il jusqu’ici Déclarations", &k),
                      "etat il ici declar");
  /* byte spans are those of the words as written */
  assert_int_equal(k.b0[0], 4);
  assert_int_equal(k.b1[0], 9);
  assert_string_equal(terms(0, 0, "déclarée declaree", &k),
                      "declar|declare declare");
}

static void words_kept_whole(void **state) {
  (void)state;
  sink k;
  assert_string_equal(
      terms(0, 0, "aujourd’hui 1 000 œuvre coo\xC2\xADpération", &k),
      "aujourdhui 1000 oeuvr cooper");
  assert_int_equal(k.b1[1] - k.b0[1], 5); /* "1 000" */
}

static void compounds_and_inversions(void **state) {
  (void)state;
  sink k;
  assert_string_equal(terms(0, 0, "sous-marins", &k), "sous|sous-marin marin");
  assert_int_equal(k.b0[1], 5); /* "marins" */
  assert_string_equal(terms(0, 0, "main-d’œuvre", &k),
                      "main|main-doeuvr oeuvr");
  assert_string_equal(terms(0, 0, "a-t-il dit-elle", &k), "a il dit elle");
}

static void options(void **state) {
  (void)state;
  sink k;
  const char *t = "Les Déclarations de l’État";
  assert_string_equal(terms(PRESSE_SEARCH_NO_STEM, 0, t, &k),
                      "les declarations de etat");
  assert_string_equal(terms(PRESSE_SEARCH_KEEP_ACCENTS, 0, t, &k),
                      "le déclar de état");
  assert_string_equal(terms(PRESSE_SEARCH_STOPWORDS, 0, t, &k), "declar etat");
  assert_string_equal(terms(PRESSE_SEARCH_PREFIX_WORDS, 0, t, &k),
                      "le|^les declar|^declarations de etat");
}

static void prefix_mode_takes_the_last_word(void **state) {
  (void)state;
  sink k;
  /* the prefix as typed, folded; a whole word's stem when long enough */
  assert_string_equal(terms(0, PRESSE_SEARCH_PREFIX, "Déclar", &k), "declar");
  assert_string_equal(
      terms(0, PRESSE_SEARCH_PREFIX, "coopération gouvernements", &k),
      "cooper gouvernements|gouvern");
  assert_string_equal(
      terms(PRESSE_SEARCH_PREFIX_WORDS, PRESSE_SEARCH_PREFIX, "déclarati", &k),
      "declarati|^declarati");
}

static void parse_args(void **state) {
  (void)state;
  unsigned f;
  const char *bad;
  const char *ok[] = {"stem", "0", "stopwords", "1", "remove_diacritics", "2"};
  assert_int_equal(presse_search_parse_args(ok, 6, &f, &bad), PRESSE_OK);
  assert_int_equal(f, PRESSE_SEARCH_NO_STEM | PRESSE_SEARCH_STOPWORDS);
  const char *unknown[] = {"stem", "1", "stemming", "0"};
  assert_int_equal(presse_search_parse_args(unknown, 4, &f, &bad),
                   PRESSE_EINVAL);
  assert_string_equal(bad, "stemming");
  const char *novalue[] = {"stem"};
  assert_int_equal(presse_search_parse_args(novalue, 1, &f, &bad),
                   PRESSE_EINVAL);
  const char *badvalue[] = {"stem", "2"};
  assert_int_equal(presse_search_parse_args(badvalue, 2, &f, &bad),
                   PRESSE_EINVAL);
  assert_string_equal(bad, "2");
}

/* Counts forms and checks their length, keeping nothing. */
static int collect_count(void *ctx, const char *t, size_t n, uint32_t b0,
                         uint32_t b1, int colocated) {
  sink *k = ctx;
  (void)t;
  (void)colocated;
  assert_true(n <= PRESSE_SEARCH_MAX_TERM);
  assert_true(b0 < b1);
  k->forms++;
  return 0;
}

static void invalid_utf8_and_huge_tokens(void **state) {
  (void)state;
  sink k;
  /* \xE9 (Latin-1 é) and \xFF separate words; spans stay in the input */
  assert_string_equal(terms(0, 0, "caf\xE9 au \xFFlait", &k), "caf au lait");
  assert_int_equal(k.b0[2], 9);
  /* a 1 MB word: cut into terms of at most PRESSE_SEARCH_MAX_TERM bytes */
  size_t n = 1 << 20;
  char *big = malloc(n + 1);
  assert_non_null(big);
  memset(big, 'x', n);
  big[n] = 0;
  presse_search *s;
  assert_int_equal(presse_search_new(0, NULL, &s), PRESSE_OK);
  memset(&k, 0, sizeof k);
  k.stop_after = 1000000;
  assert_int_equal(presse_search_text(s, big, n, 0, collect_count, &k),
                   PRESSE_OK);
  assert_true(k.forms >= (1 << 20) / (2 * 65536)); /* one per chunk at least */
  presse_search_free(s);
  free(big);
}

static void emit_return_code_stops_the_walk(void **state) {
  (void)state;
  presse_search *s;
  sink k;
  memset(&k, 0, sizeof k);
  k.stop_after = 2;
  assert_int_equal(presse_search_new(0, NULL, &s), PRESSE_OK);
  assert_int_equal(presse_search_text(s, S("un deux trois"), 0, collect, &k),
                   99);
  assert_int_equal(k.forms, 2);
  presse_search_free(s);
}

static void one_token(void **state) {
  (void)state;
  presse_tokens toks = {0};
  const char *t = "Les sous-marins";
  assert_int_equal(presse_segment(t, strlen(t), &toks), PRESSE_OK);
  assert_int_equal(toks.n, 2);
  presse_search *s;
  sink k;
  size_t emitted = 0;
  memset(&k, 0, sizeof k);
  assert_int_equal(presse_search_new(0, NULL, &s), PRESSE_OK);
  assert_int_equal(presse_search_token(s, t, strlen(t), &toks.tok[1], 0,
                                       collect, &k, &emitted),
                   PRESSE_OK);
  assert_string_equal(k.out, "sous|sous-marin marin");
  assert_int_equal(emitted, 3);
  presse_search_free(s);
  presse_tokens_free(&toks);
}

/* The forms of text through the instance s (which keeps its cache). */
static const char *terms_in(presse_search *s, const char *text, sink *k) {
  memset(k, 0, sizeof *k);
  assert_int_equal(presse_search_text(s, text, strlen(text), 0, collect, k),
                   PRESSE_OK);
  return k->out;
}

/* The word cache (allocated once an instance has read 4 KiB) gives the
** forms computed without it: words for its short and long tables, a short
** word with long stems, a word too long to cache, second stems, stop
** words; then again after enough distinct words to evict everything. */
static void cache_gives_the_forms_computed_without_it(void **state) {
  (void)state;
  static const struct {
    unsigned flags;
    const char *want;
  } cases[] = {
      {0, "le declar declar|declare gouvernemental anticonstitutionnel "
          "internationalis le le etat aujourdhui sous|sous-marin marin 1000 "
          "apres|apre"},
      {PRESSE_SEARCH_STOPWORDS,
       "declar declar|declare gouvernemental anticonstitutionnel "
       "internationalis etat aujourdhui marin|sous-marin 1000 apres|apre"},
      {PRESSE_SEARCH_KEEP_ACCENTS,
       "le déclar déclar gouvernemental anticonstitutionnel internationalis "
       "le le état aujourdhui sous|sous-marin marin 1000 apres"},
      {PRESSE_SEARCH_NO_STEM,
       "les declarations declaree gouvernementales anticonstitutionnellement "
       "internationalisations les les etat aujourdhui sous|sous-marins "
       "marins 1000 apres"},
  };
  const char *t = "Les Déclarations déclarée gouvernementales "
                  "anticonstitutionnellement internationalisations LES les "
                  "l’État aujourd’hui sous-marins 1 000 après";
  /* 80000 distinct words "qaaaa".."qemnb": more than the cache holds */
  size_t nw = 80000, n = nw * 6;
  char *many = malloc(n + 1);
  assert_non_null(many);
  for (size_t i = 0; i < nw; i++) {
    size_t v = i;
    many[6 * i] = 'q';
    for (int j = 4; j >= 1; j--, v /= 26)
      many[6 * i + (size_t)j] = (char)('a' + v % 26);
    many[6 * i + 5] = ' ';
  }
  many[n] = 0;
  sink k;
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    presse_search *s;
    assert_int_equal(presse_search_new(cases[c].flags, NULL, &s), PRESSE_OK);
    assert_string_equal(terms_in(s, t, &k), cases[c].want); /* no cache yet */
    memset(&k, 0, sizeof k);
    assert_int_equal(
        presse_search_text(s, many, 6 * 8000, 0, collect_count, &k), PRESSE_OK);
    assert_int_equal(k.forms, 8000);
    assert_string_equal(terms_in(s, t, &k), cases[c].want); /* cached */
    assert_string_equal(terms_in(s, t, &k), cases[c].want); /* hits */
    assert_string_equal(terms_in(s, t, &k), cases[c].want);
    memset(&k, 0, sizeof k);
    assert_int_equal(presse_search_text(s, many, n, 0, collect_count, &k),
                     PRESSE_OK);
    assert_int_equal(k.forms, (int)nw);
    assert_string_equal(terms_in(s, t, &k), cases[c].want); /* evicted */
    assert_string_equal(terms_in(s, t, &k), cases[c].want);
    presse_search_free(s);
  }
  free(many);
}

/* Words with each of À..ÿ and œ fold as french_normalize() folds them
** (an instance that has read 4 KiB folds these without calling the
** normaliser). */
static void latin_letters_fold_as_the_normaliser(void **state) {
  (void)state;
  sink k;
  char filler[6000];
  memset(filler, 'x', sizeof filler);
  filler[sizeof filler - 1] = 0;
  for (int keep = 0; keep < 2; keep++) {
    presse_search *s;
    unsigned flags = PRESSE_SEARCH_NO_STEM |
                     (keep ? (unsigned)PRESSE_SEARCH_KEEP_ACCENTS : 0u);
    assert_int_equal(presse_search_new(flags, NULL, &s), PRESSE_OK);
    terms_in(s, filler, &k);
    for (int i = 0x80; i <= 0xC0; i++) {
      char w[8] = "ab\xC3\x80"
                  "cd";
      w[3] = (char)i;
      if (i == 0xC0) w[2] = (char)0xC5, w[3] = (char)0x93; /* œ */
      if (i == 0x97 || i == 0xB7) continue; /* × ÷ are not letters */
      presse_buf want = {0};
      assert_int_equal(presse_normalize(w, strlen(w),
                                        keep ? PRESSE_NORM_KEEP_ACCENTS : 0,
                                        &want),
                       PRESSE_OK);
      assert_int_equal(presse_buf_append(&want, "", 1), PRESSE_OK);
      assert_string_equal(terms_in(s, w, &k), want.data);
      presse_buf_free(&want);
    }
    presse_search_free(s);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(elisions_dropped_accents_folded_after_stemming),
      cmocka_unit_test(words_kept_whole),
      cmocka_unit_test(compounds_and_inversions),
      cmocka_unit_test(options),
      cmocka_unit_test(prefix_mode_takes_the_last_word),
      cmocka_unit_test(parse_args),
      cmocka_unit_test(invalid_utf8_and_huge_tokens),
      cmocka_unit_test(emit_return_code_stops_the_walk),
      cmocka_unit_test(one_token),
      cmocka_unit_test(cache_gives_the_forms_computed_without_it),
      cmocka_unit_test(latin_letters_fold_as_the_normaliser),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
