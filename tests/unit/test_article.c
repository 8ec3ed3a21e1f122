/* test_article.c: boilerplate cues, dates in every format, title, author. */
#include "testing.h"

#include <stdio.h>

typedef struct {
  presse_article a;
  int rc;
} parsed;

static parsed parse(const char *s) {
  parsed p;
  memset(&p, 0, sizeof p);
  p.rc = presse_article_parse(s, strlen(s), &p.a);
  return p;
}

static const char *body(parsed *p) {
  return p->a.body.len ? p->a.body.data : "";
}

static void assert_str_or_null(const char *got, const char *want) {
  if (!want)
    assert_null(got);
  else {
    assert_non_null(got);
    assert_string_equal(got, want);
  }
}

static void navigation_and_links_are_removed(void **state) {
  (void)state;
  parsed p = parse(
      "Aller au contenu\nMenu\n\nUn titre clair\n\nLe texte commence ici.\n"
      ">>> Lire aussi : Un autre article\n\nA lire : encore un\n"
      "La suite du texte.\n");
  assert_int_equal(p.rc, PRESSE_OK);
  assert_string_equal(
      body(&p),
      "Un titre clair\n\nLe texte commence ici.\n\nLa suite du texte.");
  assert_int_equal(p.a.ncuts, 2); /* cuts with only blank lines between merge */
  assert_int_equal(p.a.cuts[0].c0, 0);
  assert_int_equal(p.a.cuts[0].c1, 21);
  presse_article_free(&p.a);
}

static void numbered_menu_goes_only_with_a_cue(void **state) {
  (void)state;
  parsed p =
      parse("1. Aller au contenu\n  2. Voir nos autres sites\n\nTitre\n\n"
            "1. Premier point du programme.\n2. Second point.\n");
  assert_string_equal(
      body(&p), "Titre\n\n1. Premier point du programme.\n2. Second point.");
  presse_article_free(&p.a);
}

static void caption_paragraph_goes_with_its_credit(void **state) {
  (void)state;
  parsed p =
      parse("Titre\n\nTexte avant.\n\nDes soldats au camp de base (archive)\n"
            "Légende du reportageImage\xC2\xA0: agence/photographe\n\nTexte "
            "après.\n");
  assert_string_equal(body(&p), "Titre\n\nTexte avant.\n\nTexte après.");
  presse_article_free(&p.a);
}

static void footer_goes_with_all_that_follows(void **state) {
  (void)state;
  const char *prose =
      "Un long paragraphe d'article qui raconte quelque chose de précis, "
      "avec des détails, des chiffres et des noms, assez long pour compter.";
  char in[1024];
  snprintf(in, sizeof in,
           "Titre\n\n%s\n\nNouveau commentaire :\n\nAUTRES INFOS\n\nUn "
           "titre\nUn autre\n",
           prose);
  parsed p = parse(in);
  char want[512];
  snprintf(want, sizeof want, "Titre\n\n%s", prose);
  assert_string_equal(body(&p), want);
  presse_article_free(&p.a);
  /* at the top, before any article text, a footer heading takes only itself */
  p = parse("Les plus lus\nTitre\n\nTexte.\n");
  assert_string_equal(body(&p), "Titre\n\nTexte.");
  presse_article_free(&p.a);
}

static void scraper_prefix_is_metadata(void **state) {
  (void)state;
  parsed p =
      parse(" date 2021-11 Alors que la France se retire, la Russie avance.\n");
  assert_string_equal(body(&p),
                      "Alors que la France se retire, la Russie avance.");
  assert_str_or_null(p.a.date, "2021-11");
  assert_int_equal(p.a.ncuts, 1);
  assert_int_equal(p.a.cuts[0].c0, 1);
  assert_int_equal(p.a.cuts[0].c1, 13);
  presse_article_free(&p.a);
  /* a sentence that starts with the word is not metadata */
  p = parse("Date limite de dépôt des listes : vendredi.\n");
  assert_string_equal(body(&p), "Date limite de dépôt des listes : vendredi.");
  assert_null(p.a.date);
  presse_article_free(&p.a);
}

static void dates_in_every_format(void **state) {
  (void)state;
  struct {
    const char *text, *date;
  } cases[] = {
      {"Titre\n\nMahamadou Kane\n11 novembre 2021\n\nTexte.", "2021-11-11"},
      {"Titre\n\nJeudi 29 Février 2024\n\nTexte.", "2024-02-29"},
      {"Titre\n\n22 mai 2012. - Le lancement a été reporté.", "2012-05-22"},
      {"Titre\n\n1er août 2012. - La Croatie a décidé.", "2012-08-01"},
      {"Titre\n\n22 août 2012, Espagne. - Le parti a exclu.", "2012-08-22"},
      {"Titre\n\nPublié le 14/03/2024 à 18h05\n\nTexte.", "2024-03-14"},
      {"Titre\nMis à jour le 15 mars 2024\nPublié le 14 mars 2024\n\nTexte.",
       "2024-03-14"},
      {"Titre\nMis à jour le 15 mars 2024\n\nTexte.", "2024-03-15"},
      {"Titre\n\nParis, le 3 févr. 2025 - Texte.", "2025-02-03"},
      {"Titre\n\n2023-07-12\n\nTexte.", "2023-07-12"},
      {"Titre\n\nnovembre 2021\n\nTexte.", "2021-11"},
      /* dates inside the story are not the article's */
      {"Titre\n\nLe 27 février 2022, la Russie a envahi le pays.", NULL},
      {"Titre\n\nLes faits remontent au 27 février 2022 selon la police.",
       NULL},
      /* impossible dates are not dates */
      {"Titre\n\n29 février 2023\n\nTexte.", NULL},
      {"Titre\n\n31/04/2024\n\nTexte.", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    parsed p = parse(cases[i].text);
    assert_int_equal(p.rc, PRESSE_OK);
    if ((cases[i].date == NULL) != (p.a.date == NULL) ||
        (cases[i].date && strcmp(cases[i].date, p.a.date)))
      fail_msg("case %zu: got %s, want %s", i, p.a.date ? p.a.date : "NULL",
               cases[i].date ? cases[i].date : "NULL");
    presse_article_free(&p.a);
  }
}

static void title_and_author(void **state) {
  (void)state;
  struct {
    const char *text, *title, *author;
  } cases[] = {
      {"Le Sénégal signe avec la Norvège\n\nAwa Ndiaye\n11 novembre "
       "2021\n\nTexte.",
       "Le Sénégal signe avec la Norvège", "Awa Ndiaye"},
      {"Municipales : la gauche divisée\n\nPar Hélène Morvan et Yannick Le "
       "Gall\n\nTexte.",
       "Municipales : la gauche divisée", "Hélène Morvan et Yannick Le Gall"},
      {"Un titre\nPar Jeanne Roy, envoyée spéciale à Bamako\n\nTexte.",
       "Un titre", "Jeanne Roy"},
      {"Un titre\nPar Jeanne Roy le 12 mars 2024\n\nTexte.", "Un titre",
       "Jeanne Roy"},
      /* a first line that is a paragraph is not a title */
      {"En visite à Oslo, le ministre a présenté les priorités de la "
       "coopération portuaire "
       "entre les deux pays, qui envisagent des projets.\n\nSuite.",
       NULL, NULL},
      /* "Par ailleurs" opens a sentence, not a byline */
      {"Un titre\n\nPar ailleurs, la ville a voté.\n", "Un titre", NULL},
      /* a subheading in lower case is not a name */
      {"Un titre\n\nDépasser le volet sécuritaire\n\nTexte.", "Un titre", NULL},
      {"", NULL, NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    parsed p = parse(cases[i].text);
    assert_int_equal(p.rc, PRESSE_OK);
    assert_str_or_null(p.a.title, cases[i].title);
    assert_str_or_null(p.a.author, cases[i].author);
    presse_article_free(&p.a);
  }
}

static void bad_input(void **state) {
  (void)state;
  presse_article a;
  memset(&a, 0, sizeof a);
  assert_int_equal(presse_article_parse("ab\xFF", 3, &a), PRESSE_EUTF8);
  assert_int_equal(a.body.len, 0);
  assert_null(a.title);
  presse_article_free(&a);
  assert_int_equal(presse_article_parse(NULL, 5, &a), PRESSE_OK);
  assert_int_equal(a.body.len, 0);
  presse_article_free(&a);
  /* NUL bytes, CRLF, a BOM and a very long line */
  static char big[200000];
  memset(big, 'a', sizeof big);
  memcpy(big, "\xEF\xBB\xBFTitre\r\n\r\nMenu\r\nx\0y\r\n", 23);
  assert_int_equal(presse_article_parse(big, sizeof big, &a), PRESSE_OK);
  assert_string_equal(a.title, "Titre");
  /* the BOM, "Menu" and the carriage returns go; the NUL stays */
  assert_int_equal(a.body.len, sizeof big - 12);
  assert_memory_equal(a.body.data, "Titre\n\nx\0y\naaa", 14);
  presse_article_free(&a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(navigation_and_links_are_removed),
      cmocka_unit_test(numbered_menu_goes_only_with_a_cue),
      cmocka_unit_test(caption_paragraph_goes_with_its_credit),
      cmocka_unit_test(footer_goes_with_all_that_follows),
      cmocka_unit_test(scraper_prefix_is_metadata),
      cmocka_unit_test(dates_in_every_format),
      cmocka_unit_test(title_and_author),
      cmocka_unit_test(bad_input),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
