/* test_segment.c: the French segmenter on sentences written for the tests,
** invariants on the shared corpus, and adversarial input. */
#include "testing.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <utf8proc.h>

#include "../../ext/core/lexicon.h"
#include "lex_abbreviations.h"
#include "lex_camelcase.h"
#include "lex_elisions.h"
#include "lex_inversions.h"
#include "lex_ordinals.h"
#include "lex_sentence_starters.h"

/* ------------------------------------------------------------ helpers */

/* Structural invariants every segmentation must satisfy. */
static void check_invariants(const char *s, size_t n, const presse_tokens *t) {
  uint32_t pb = 0, pc = 0, psent = 0;
  for (size_t i = 0; i < t->n; i++) {
    const presse_token *k = &t->tok[i];
    assert_true(k->b0 < k->b1);
    assert_true(k->c0 < k->c1);
    assert_true(k->b1 <= n);
    assert_true(k->b0 >= pb);
    /* code-point offsets follow the bytes exactly */
    assert_int_equal(k->c0 - pc, presse_utf8_count(s + pb, k->b0 - pb));
    assert_int_equal(k->c1 - k->c0,
                     presse_utf8_count(s + k->b0, k->b1 - k->b0));
    assert_true(k->kind >= PRESSE_TOK_WORD && k->kind <= PRESSE_TOK_SYMBOL);
    /* no white space inside a token, but for the thousands separators
    ** of a number (1 000), which sit between digits */
    for (uint32_t b = k->b0; b < k->b1;) {
      uint32_t cp;
      uint32_t at = b;
      b += (uint32_t)presse_utf8_decode((const unsigned char *)s + b, k->b1 - b,
                                        &cp);
      int cat = utf8proc_category((utf8proc_int32_t)cp);
      if (k->kind == PRESSE_TOK_NUMBER && cat == UTF8PROC_CATEGORY_ZS) {
        assert_true(cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009);
        assert_true(at > k->b0 && s[at - 1] >= '0' && s[at - 1] <= '9');
        assert_true(b < k->b1 && s[b] >= '0' && s[b] <= '9');
        continue;
      }
      assert_false(cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
                   cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC);
    }
    /* sentences: non-decreasing, step of one, marked by SENT_START */
    if (i == 0) {
      assert_int_equal(k->sent, 0);
      assert_true(k->flags & PRESSE_TF_SENT_START);
    } else {
      assert_true(k->sent == psent || k->sent == psent + 1);
      assert_int_equal(k->sent == psent + 1,
                       !!(k->flags & PRESSE_TF_SENT_START));
    }
    assert_true(k->sent < t->nsent);
    pb = k->b1;
    pc = k->c1;
    psent = k->sent;
  }
  /* Nothing is lost: between tokens lie only white space and ignorable
  ** format characters (soft hyphen, zero-width space, BOM). */
  for (size_t i = 0; i <= t->n; i++) {
    uint32_t from = i ? t->tok[i - 1].b1 : 0;
    uint32_t to = i < t->n ? t->tok[i].b0 : (uint32_t)n;
    for (uint32_t b = from; b < to;) {
      uint32_t cp;
      b += (uint32_t)presse_utf8_decode((const unsigned char *)s + b, to - b,
                                        &cp);
      int cat = utf8proc_category((utf8proc_int32_t)cp);
      if (!(cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
            cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC ||
            cat == UTF8PROC_CATEGORY_CF))
        fail_msg("U+%04X at byte %u is in no token", (unsigned)cp, b);
    }
  }
  if (!t->n)
    assert_int_equal(t->nsent, 0);
  else
    assert_int_equal(t->nsent, t->tok[t->n - 1].sent + 1);
}

static presse_tokens seg(const char *s) {
  presse_tokens t = {0};
  assert_int_equal(presse_segment(s, strlen(s), &t), PRESSE_OK);
  check_invariants(s, strlen(s), &t);
  return t;
}

/* Tokens separated by one space, sentence breaks shown as " | ". */
static const char *render(const char *s, const presse_tokens *t) {
  static char buf[8192];
  size_t j = 0;
  for (size_t i = 0; i < t->n; i++) {
    const presse_token *k = &t->tok[i];
    if (i) {
      const char *sep = (k->flags & PRESSE_TF_SENT_START) ? " | " : " ";
      memcpy(buf + j, sep, strlen(sep));
      j += strlen(sep);
    }
    assert_true(j + (k->b1 - k->b0) + 4 < sizeof buf);
    memcpy(buf + j, s + k->b0, k->b1 - k->b0);
    j += k->b1 - k->b0;
  }
  buf[j] = 0;
  return buf;
}

static void expect(const char *text, const char *want) {
  presse_tokens t = seg(text);
  assert_string_equal(render(text, &t), want);
  presse_tokens_free(&t);
}

/* The first token whose text is w (fails the test when absent). */
static const presse_token *find(const char *s, const presse_tokens *t,
                                const char *w) {
  for (size_t i = 0; i < t->n; i++)
    if (t->tok[i].b1 - t->tok[i].b0 == strlen(w) &&
        !memcmp(s + t->tok[i].b0, w, strlen(w)))
      return &t->tok[i];
  fail_msg("token \"%s\" not found in \"%s\"", w, s);
  return NULL;
}

/* Every token of text named in words has (or, with want = 0, lacks)
** flag; words is a list separated by '|'. */
static void expect_flag(const char *text, const char *words, unsigned flag,
                        int want) {
  presse_tokens t = seg(text);
  char w[128];
  for (const char *p = words; *p;) {
    size_t l = strcspn(p, "|");
    memcpy(w, p, l);
    w[l] = 0;
    const presse_token *k = find(text, &t, w);
    if (!!(k->flags & flag) != want)
      fail_msg("\"%s\" in \"%s\": flag %#x expected %s", w, text, flag,
               want ? "set" : "clear");
    p += l + (p[l] == '|');
  }
  presse_tokens_free(&t);
}

static void expect_kind(const char *text, const char *w, int kind) {
  presse_tokens t = seg(text);
  const presse_token *k = find(text, &t, w);
  if (k->kind != kind)
    fail_msg("\"%s\" in \"%s\": kind %d, expected %d", w, text, k->kind, kind);
  presse_tokens_free(&t);
}

/* -------------------------------------------------------------- errors */

static void rejects_bad_input(void **state) {
  (void)state;
  presse_tokens t = {0};
  assert_int_equal(presse_segment(S("l’État \xC3("), &t), PRESSE_EUTF8);
  assert_int_equal(t.n, 0);
  assert_int_equal(presse_segment(S("ok\xED\xA0\x80"), &t), PRESSE_EUTF8);
  assert_int_equal(t.n, 0);
  /* The size is checked before the text is read. */
  static const char small[8] = "abc";
  assert_int_equal(presse_segment(small, (size_t)UINT32_MAX + 1, &t),
                   PRESSE_ETOOBIG);
  assert_int_equal(t.n, 0);
  assert_int_equal(presse_segment("", 0, &t), PRESSE_OK);
  assert_int_equal(t.n, 0);
  assert_int_equal(t.nsent, 0);
  assert_int_equal(presse_segment(S(" \n\t\xC2\xA0 \xE2\x80\xAF\n\n"), &t),
                   PRESSE_OK);
  assert_int_equal(t.n, 0);
  presse_tokens_free(&t);
}

/* An allocator that fails once `left` allocations have been served. */
typedef struct {
  int left;
} failing;
static void *fail_realloc(void *ctx, void *p, size_t n) {
  failing *f = ctx;
  if (f->left-- <= 0) return NULL;
  return realloc(p, n);
}
static void fail_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

static void reports_out_of_memory(void **state) {
  (void)state;
  /* Long enough to need the array to grow beyond the first reservation. */
  size_t n = 200000;
  char *s = malloc(n + 1);
  for (size_t i = 0; i < n; i++)
    s[i] = (i % 2) ? ' ' : 'a';
  s[n] = 0;
  for (int left = 0; left < 3; left++) {
    failing f = {left};
    presse_mem m = {fail_realloc, fail_free, &f};
    presse_tokens t = {0};
    t.mem = &m;
    int rc = presse_segment(s, n, &t);
    if (rc == PRESSE_OK) {
      assert_int_equal(t.n, n / 2);
    } else {
      assert_int_equal(rc, PRESSE_ENOMEM);
      assert_int_equal(t.n, 0);
    }
    presse_tokens_free(&t);
  }
  free(s);
}

/* --------------------------------------------------------------- words */

static void white_space_is_not_a_token(void **state) {
  (void)state;
  expect("a\xC2\xA0"
         "b\xE2\x80\xAF"
         "c\xE2\x80\x89"
         "d\te\r\nF\xE2\x80\xA8G",
         "a b c d e | F | G");
  /* CR LF is one newline: no blank line, so no paragraph. */
  expect_flag("a\r\nB", "B", PRESSE_TF_PARA_START, 0);
  expect_flag("a\r\n\r\nb", "b", PRESSE_TF_PARA_START, 1);
  expect("  Mali  ", "Mali");
}

static void hyphens_and_inversions(void **state) {
  (void)state;
  expect("Jean-Yves a peut-être un accord militaro-technique avec al-Assad.",
         "Jean-Yves a peut-être un accord militaro-technique avec al-Assad .");
  expect_flag(
      "Jean-Yves a peut-être un accord militaro-technique avec al-Assad.",
      "Jean-Yves|peut-être|militaro-technique|al-Assad", PRESSE_TF_HYPHEN, 1);
  expect_flag("Jean-Yves a peut-être un accord militaro-technique.",
              "Jean-Yves|peut-être|militaro-technique", PRESSE_TF_INVERTED, 0);
  const char *inv = "« Non », a-t-il dit, dit-elle, a-t-on su, estime-t-il, "
                    "ajoute-t-elle, puis-je, avez-vous, est-ce vrai ?";
  expect_flag(inv,
              "a-t-il|dit-elle|a-t-on|estime-t-il|ajoute-t-elle|puis-je|"
              "avez-vous|est-ce",
              PRESSE_TF_INVERTED, 1);
  expect_flag(inv, "a-t-il|dit-elle", PRESSE_TF_HYPHEN, 1);
  expect_flag("Un rendez-vous à Saint-On et à Port-Elle.",
              "rendez-vous|Saint-On|Port-Elle", PRESSE_TF_INVERTED, 0);
  /* A hyphen not followed by a word character is punctuation. */
  expect("les pro- et anti-Russes", "les pro - et anti-Russes");
  expect("COVID-19 et 2021-2022", "COVID-19 et 2021 - 2022");
  /* Dashes are never inner hyphens. */
  expect("Mali—Russie", "Mali — Russie");
}

static void elisions(void **state) {
  (void)state;
  expect("l’État d'Abdoulaye", "l’ État d' Abdoulaye");
  expect_flag("l’État d'Abdoulaye", "l’|d'", PRESSE_TF_ELISION, 1);
  expect_flag("l’État d'Abdoulaye", "État|Abdoulaye", PRESSE_TF_ELISION, 0);
  expect("qu’il j’ai n’est s’en c’est m’a t’as jusqu’à lorsqu’on puisqu’il "
         "quoiqu’il presqu’île L’Union D’abord QU’IL",
         "qu’ il j’ ai n’ est s’ en c’ est m’ a t’ as jusqu’ à lorsqu’ on "
         "puisqu’ il quoiqu’ il presqu’ île L’ Union D’ abord QU’ IL");
  expect("aujourd’hui aujourd'hui O’Brien prud’hommes",
         "aujourd’hui aujourd'hui O’Brien prud’hommes");
  expect_flag("aujourd’hui O’Brien", "aujourd’hui|O’Brien", PRESSE_TF_ELISION,
              0);
  /* Before a capitalised word, n' m' j' s' c' t' start a name. */
  expect("à N'Djamena, N’Golo et M'Bala n'est",
         "à N'Djamena , N’Golo et M'Bala n' est");
  expect("N’EST PAS", "N’ EST PAS");
  expect("l'Union", "l' Union");
  /* After a hyphen the apostrophe is not an elision. */
  expect("Saint-Jean-d’Angély", "Saint-Jean-d’Angély");
  /* An apostrophe not followed by a letter is punctuation. */
  expect("les Maliens’ et l’ État", "les Maliens ’ et l ’ État");
  /* Uppercase elision is not ALLCAPS and is UPPER. */
  expect_flag("L’Union", "L’", PRESSE_TF_UPPER, 1);
  expect_flag("L’Union", "L’", PRESSE_TF_ALLCAPS, 0);
}

static void soft_hyphens_and_zero_width(void **state) {
  (void)state;
  const char *s = "le gouver\xC2\xAD"
                  "nement et la co\xE2\x80\x8Bop\xC3\xA9ration";
  expect(s, "le gouver\xC2\xAD"
            "nement et la co\xE2\x80\x8Bop\xC3\xA9ration");
  expect_flag(s,
              "gouver\xC2\xAD"
              "nement",
              PRESSE_TF_SOFT_HYPHEN, 1);
  expect_flag(s, "co\xE2\x80\x8Bop\xC3\xA9ration", PRESSE_TF_SOFT_HYPHEN, 0);
  /* Stray ignorables between words are dropped, like spaces. */
  expect("a \xE2\x80\x8B b\xC2\xAD c\xEF\xBB\xBF", "a b c");
  expect("\xEF\xBB\xBFLe Mali", "Le Mali");
}

static void case_flags(void **state) {
  (void)state;
  const char *s = "La CEDEAO, l’ONU et le G5 Sahel ; Élysée ; A ; iPhone ; Ltd";
  expect_flag(s, "La|CEDEAO|ONU|G5|Sahel|Élysée|A", PRESSE_TF_UPPER, 1);
  expect_flag(s, "le|iPhone|l’", PRESSE_TF_UPPER, 0);
  expect_flag(s, "CEDEAO|ONU|G5", PRESSE_TF_ALLCAPS, 1);
  expect_flag(s, "La|Sahel|Élysée|A|iPhone|Ltd|l’", PRESSE_TF_ALLCAPS, 0);
  expect_flag("ÉTATS-UNIS", "ÉTATS-UNIS", PRESSE_TF_ALLCAPS, 1);
}

static void layout_flags(void **state) {
  (void)state;
  const char *s = " Titre sans point\nPremier paragraphe, suite\n\n"
                  "Second paragraphe.\nLigne";
  expect_flag(s, "Titre|Premier|Second|Ligne", PRESSE_TF_LINE_START, 1);
  expect_flag(s, "sans|suite|,", PRESSE_TF_LINE_START, 0);
  expect_flag(s, "Titre|Second", PRESSE_TF_PARA_START, 1);
  expect_flag(s, "Premier|Ligne", PRESSE_TF_PARA_START, 0);
  expect_flag(s, "Titre|sans|Premier|suite|Second", PRESSE_TF_SPACE_BEFORE, 1);
  expect_flag(s, ",|.", PRESSE_TF_SPACE_BEFORE, 0);
  expect_flag("Mali", "Mali", PRESSE_TF_SPACE_BEFORE, 0);
  expect_flag(
      "Mali", "Mali",
      PRESSE_TF_LINE_START | PRESSE_TF_PARA_START | PRESSE_TF_SENT_START, 1);
}

/* A text whose lines wrap its paragraphs (a scanned newspaper): a single
** newline reads as a space, but after a short line without a final mark
** (a headline). */
static void wrapped_lines(void **state) {
  (void)state;
  const char *s = "DERNIERES NOUVELLES\n"
                  "Le public est averti que le sieur Jean\n"
                  "Dupont, de la commune de Kervel, et la\n"
                  "dame Marie Morvan sont partis pour la\n"
                  "foire de la ville avec leurs enfants. Le\n"
                  "conseil de la commune a voté hier soir.\n"
                  "Dans la ville, la foire a duré trois jours.";
  expect_flag(s, "Dupont|dame|foire|conseil", PRESSE_TF_SOFT_BREAK, 1);
  expect_flag(s, "Dupont|dame|foire|conseil", PRESSE_TF_LINE_START, 0);
  expect_flag(s, "Dupont|conseil", PRESSE_TF_SENT_START, 0);
  /* after the headline, a line; after a final mark, a sentence of the
  ** same paragraph */
  expect_flag(s, "Le", PRESSE_TF_LINE_START, 1);
  expect_flag(s, "Dans", PRESSE_TF_LINE_START, 0);
  expect_flag(s, "Le|Dans", PRESSE_TF_SENT_START, 1);
  /* a few lines that do not wrap keep their breaks */
  expect_flag("Un titre\nle sieur Jean\nDupont est parti.", "Dupont",
              PRESSE_TF_LINE_START | PRESSE_TF_SENT_START, 1);
  expect_flag("Un titre\nle sieur Jean\nDupont est parti.", "Dupont",
              PRESSE_TF_SOFT_BREAK, 0);
}

/* ------------------------------------------------------------- numbers */

static void numbers(void **state) {
  (void)state;
  expect("1 000 et 1 000 000 et 1\xC2\xA0"
         "000 et 10\xE2\x80\xAF"
         "000 "
         "et 2\xE2\x80\x89"
         "500",
         "1 000 et 1 000 000 et 1\xC2\xA0"
         "000 et 10\xE2\x80\xAF"
         "000 et "
         "2\xE2\x80\x89"
         "500");
  expect_kind("il y a 1 000 000 de morts", "1 000 000", PRESSE_TOK_NUMBER);
  expect("2,5 3.5 11.11.21 7h44 10h 10h30 1er 1re 2e 3ème 2nde",
         "2,5 3.5 11.11.21 7h44 10h 10h30 1er 1re 2e 3ème 2nde");
  expect("18% et 18 % et 4,5 %", "18 % et 18 % et 4,5 %");
  expect_kind("18%", "%", PRESSE_TOK_SYMBOL);
  expect_kind("18%", "18", PRESSE_TOK_NUMBER);
  expect("14H30 et 14H, 1ᵉʳ et XIXᵉ", "14H30 et 14 H , 1ᵉʳ et XIXᵉ");
  expect("le 14/03/2024 à 18h05, 24h/24", "le 14/03/2024 à 18h05 , 24h / 24");
  expect_kind("au XIXᵉ siècle", "XIXᵉ", PRESSE_TOK_NUMBER);
  /* Dates stay three tokens; a year is not a thousands group. */
  expect("le 27 février 2022", "le 27 février 2022");
  expect("en 2021 500 soldats", "en 2021 500 soldats");
  /* Only groups of exactly three digits join. */
  expect("01 23 45 67", "01 23 45 67");
  expect("1 0000", "1 0000");
  /* Roman ordinals are numbers; "Le", "Me", "Ce" are not. */
  expect_kind("au XXIe siècle", "XXIe", PRESSE_TOK_NUMBER);
  expect_kind("François Ier", "Ier", PRESSE_TOK_NUMBER);
  expect_kind("la Ve République", "Ve", PRESSE_TOK_NUMBER);
  expect_kind("Le Me Ce De XXI", "Le", PRESSE_TOK_WORD);
  expect_kind("Le Me Ce De XXI", "Me", PRESSE_TOK_WORD);
  expect_kind("Le Me Ce De XXI", "XXI", PRESSE_TOK_WORD);
  /* Letters that are not an ordinal suffix start a new word. */
  expect("100km et 5G", "100 km et 5 G");
  /* A number-final '.' with a digit after is a decimal point only. */
  expect("en 2021. 300 morts", "en 2021 . | 300 morts");
}

/* ------------------------------------------------------- abbreviations */

static void abbreviations_and_initials(void **state) {
  (void)state;
  expect("M. Macron et Mme. Durand, Dr. House, Me. Dupond, Mgr. Lustiger.",
         "M. Macron et Mme. Durand , Dr. House , Me. Dupond , Mgr. Lustiger .");
  expect_flag("M. Macron et MM. Dupont, p. 12, cf. supra, n° 5",
              "M.|MM.|p.|cf.|n°", PRESSE_TF_ABBREV, 1);
  expect("en 52 av. J.-C. La ville", "en 52 av. J.-C. | La ville");
  expect("c.-à-d. le début", "c.-à-d. le début");
  /* Initials: no sentence break. */
  expect("selon A. I. Bänsch, le chef", "selon A. I. Bänsch , le chef");
  expect_flag("selon A. I. Bänsch", "A.|I.", PRESSE_TF_INITIAL, 1);
  expect_flag("selon A. I. Bänsch", "A.|I.", PRESSE_TF_ABBREV, 0);
  expect("J.-P. Sartre", "J. - P. Sartre");
  /* A single capital before a function word ends the sentence. */
  expect("il fait 38 degrés C. Il pleut", "il fait 38 degrés C . | Il pleut");
  expect("le plan B. Les élus", "le plan B . | Les élus");
  /* ...or at the end of the text, or glued to a digit. */
  expect("le plan B.", "le plan B .");
  expect("Unity 2D. Le moteur", "Unity 2 D . | Le moteur");
  /* Acronyms with dots. */
  expect_flag("les U.S.A. et l’O.N.U.", "U.S.A.|O.N.U.", PRESSE_TF_ABBREV, 1);
  expect_flag("les U.S.A. et", "U.S.A.", PRESSE_TF_ALLCAPS, 1);
  expect("selon J.R.R. Tolkien", "selon J.R.R. Tolkien");
  expect("des armes, etc... Le ministre", "des armes , etc ... | Le ministre");
  expect("aux U.S.A. Le président", "aux U.S.A. | Le président");
  /* "etc." ends a sentence when a capitalised word follows, not when a
  ** lowercase one does. */
  expect("des armes, des drones, etc. Le ministre",
         "des armes , des drones , etc. | Le ministre");
  expect("des armes, etc. et des drones", "des armes , etc. et des drones");
  /* Common words are not abbreviations: "art." ends a sentence. */
  expect("l’art. Il", "l’ art . | Il");
}

/* ---------------------------------------------------------------- URLs */

static void urls_and_emails(void **state) {
  (void)state;
  expect("Voir https://www.example.com/a.html. La suite",
         "Voir https://www.example.com/a.html . | La suite");
  expect_kind("Voir https://www.example.com/a.html. La suite",
              "https://www.example.com/a.html", PRESSE_TOK_URL);
  expect("(sur www.lemonde.fr/afrique) et http://x.org/p?a=1&b=2, fin",
         "( sur www.lemonde.fr/afrique ) et http://x.org/p?a=1&b=2 , fin");
  expect("«http://fr.wikipedia.org/wiki/Mali_(pays)»",
         "« http://fr.wikipedia.org/wiki/Mali_(pays) »");
  expect("Écrire à redaction@journal.fr. Merci",
         "Écrire à redaction@journal.fr . | Merci");
  expect_kind("Écrire à jean-yves.dupont@journal-ml.com.",
              "jean-yves.dupont@journal-ml.com", PRESSE_TOK_EMAIL);
  /* Not e-mails, not URLs. */
  expect("@Mali et a@b et http:// et www.",
         "@ Mali et a @ b et http : / / et www .");
}

/* --------------------------------------------------------- punctuation */

static void punctuation_and_quotes(void **state) {
  (void)state;
  /* Symbols keep their variation selectors; a joiner between is dropped. */
  expect("Bravo \xE2\x9D\xA4\xEF\xB8\x8F !",
         "Bravo \xE2\x9D\xA4\xEF\xB8\x8F !");
  expect_kind("Bravo \xE2\x9D\xA4\xEF\xB8\x8F !", "\xE2\x9D\xA4\xEF\xB8\x8F",
              PRESSE_TOK_SYMBOL);
  expect("Quoi... Rien… Enfin?! (oui)",
         "Quoi ... | Rien … | Enfin ? ! ( oui )");
  const char *s = "« Oui », dit-il. ‹ Non › et „ja“";
  expect_flag(s, "«|‹|„", PRESSE_TF_OPEN_QUOTE, 1);
  expect_flag(s, "»|›", PRESSE_TF_CLOSE_QUOTE, 1);
  expect_flag(s, "«|‹", PRESSE_TF_CLOSE_QUOTE, 0);
  /* ASCII " by the spaces around it. */
  const char *d = "il a dit \"non\" puis \"oui\".";
  presse_tokens t = seg(d);
  int opens = 0, closes = 0;
  for (size_t i = 0; i < t.n; i++) {
    if (d[t.tok[i].b0] != '"') continue;
    if (t.tok[i].flags & PRESSE_TF_OPEN_QUOTE) opens++;
    if (t.tok[i].flags & PRESSE_TF_CLOSE_QUOTE) closes++;
    /* they alternate */
    assert_int_equal(!!(t.tok[i].flags & PRESSE_TF_OPEN_QUOTE),
                     (opens + closes) % 2 == 1);
  }
  assert_int_equal(opens, 2);
  assert_int_equal(closes, 2);
  presse_tokens_free(&t);
  /* Spaces on both sides: parity decides. */
  t = seg("a \" b \" c");
  assert_true(t.tok[1].flags & PRESSE_TF_OPEN_QUOTE);
  assert_true(t.tok[3].flags & PRESSE_TF_CLOSE_QUOTE);
  presse_tokens_free(&t);
  /* “ ” keep their direction, unless spacing and parity disagree. */
  t = seg("“Oui” et ”non”");
  assert_true(t.tok[0].flags & PRESSE_TF_OPEN_QUOTE);
  assert_true(t.tok[2].flags & PRESSE_TF_CLOSE_QUOTE);
  assert_true(t.tok[4].flags & PRESSE_TF_OPEN_QUOTE);
  assert_true(t.tok[6].flags & PRESSE_TF_CLOSE_QUOTE);
  presse_tokens_free(&t);
  /* Parity restarts at each paragraph. */
  t = seg("a \" b\n\nc \" d");
  assert_true(t.tok[1].flags & PRESSE_TF_OPEN_QUOTE);
  assert_true(t.tok[4].flags & PRESSE_TF_OPEN_QUOTE);
  presse_tokens_free(&t);
}

/* ----------------------------------------------------------- sentences */

static void sentence_breaks(void **state) {
  (void)state;
  expect("Il part. Elle reste! Pourquoi? Parce que. 12 morts. « Non. » - Oui.",
         "Il part . | Elle reste ! | Pourquoi ? | Parce que . | 12 morts . | "
         "« Non . » | - Oui .");
  /* A lowercase word after the terminal mark continues the sentence. */
  expect("« Pourquoi ? » a-t-il demandé.", "« Pourquoi ? » a-t-il demandé .");
  expect("« C’est fini. » Le ministre", "« C’ est fini . » | Le ministre");
  expect("Il a dit \"non.\" Elle part", "Il a dit \" non . \" | Elle part");
  expect("Fin ?» Puis", "Fin ? » | Puis");
  /* Paragraphs and lines. */
  expect("un titre sans point\n\nle texte commence",
         "un titre sans point | le texte commence");
  expect("Un titre sans point\nLe texte commence",
         "Un titre sans point | Le texte commence");
  expect("une ligne coupée\nau milieu de phrase",
         "une ligne coupée au milieu de phrase");
  expect("il a dit :\n« Oui »", "il a dit : | « Oui »");
  expect("fin de ligne.\nsuite en minuscule",
         "fin de ligne . | suite en minuscule");
  expect("la liste\n- un\n• deux\n3 trois",
         "la liste | - un | • deux | 3 trois");
  /* Scraping glue. */
  expect("entre les deux pays.La Russie déroule",
         "entre les deux pays . | La Russie déroule");
  expect("en novembre 2021.Les élus", "en novembre 2021 . | Les élus");
  expect("le site Lemonde.fr et au Mali.La",
         "le site Lemonde . fr et au Mali . | La");
  /* List markers at line start do not end a sentence. */
  expect("1. Aller au contenu\n  2. Aller au menu\n3) Voir",
         "1 . Aller au contenu | 2 . Aller au menu | 3 ) Voir");
  expect("en 2021. Puis", "en 2021 . | Puis");
  /* A comma or colon never ends a sentence. */
  expect("Il dit, Paul : Non", "Il dit , Paul : Non");
}

static void glued_words(void **state) {
  (void)state;
  expect("Le G5 SahelImage d’illustration",
         "Le G5 Sahel | Image d’ illustration");
  expect_flag("Le G5 SahelImage d’illustration", "Image", PRESSE_TF_GLUED, 1);
  expect_flag("Le G5 SahelImage d’illustration", "Sahel|G5|Le", PRESSE_TF_GLUED,
              0);
  expect_flag("Le G5 SahelImage", "Image", PRESSE_TF_SPACE_BEFORE, 0);
  expect("McDonald DiCaprio LeBron iPhone eBay MacBook PayPal TotalEnergies",
         "McDonald DiCaprio LeBron iPhone eBay MacBook PayPal TotalEnergies");
  /* All-lowercase left parts of >= 3 letters also split; two letters do not. */
  expect("la sécuritéLire aussi", "la sécurité | Lire aussi");
  expect("unLe", "unLe");
  /* Both parts need three letters: "MaliAu" and "OuiParis" do not split. */
  expect("MaliAu OuiParis", "MaliAu Oui | Paris");
  expect("SahelIm", "SahelIm");
  /* Several glues in a row. */
  expect("ParisMoscouBamako", "Paris | Moscou | Bamako");
  /* A listed CamelCase prefix protects the rest of the word. */
  expect("PayPalImage", "PayPalImage");
  /* A brand the list lacks stays whole: a half the entity lexicon does
  ** not know, or knows only as English; a word that names nothing, a
  ** city or a country on the right splits after any name. */
  expect("VoxaLeaks YouTube", "VoxaLeaks YouTube");
  expect("KervelImage KervelSelon KervelMoscou",
         "Kervel | Image Kervel | Selon Kervel | Moscou");
}

/* ------------------------------------------------------------- corpus */

static char *read_file(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc(len > 0 ? (size_t)len : 1);
  *n = len > 0 ? fread(buf, 1, (size_t)len, f) : 0;
  fclose(f);
  return buf;
}

static int segment_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return -1;
  struct dirent *e;
  int files = 0;
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 5 || strcmp(e->d_name + l - 4, ".txt")) continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    size_t n = 0;
    char *text = read_file(path, &n);
    assert_non_null(text);
    presse_tokens t = {0};
    assert_int_equal(presse_segment(text, n, &t), PRESSE_OK);
    check_invariants(text, n, &t);
    /* real articles have words and several sentences */
    assert_true(t.n > 20);
    assert_true(t.nsent > 1);
    presse_tokens_free(&t);
    free(text);
    files++;
  }
  closedir(d);
  return files;
}

static void shared_corpus_invariants(void **state) {
  (void)state;
  const char *shared = getenv("PRESSE_SHARED");
  char a[4096], b[4096];
  if (!shared) shared = "../shared";
  snprintf(a, sizeof a, "%s/corpus/seeds", shared);
  snprintf(b, sizeof b, "%s/data/wikinews-fr-2012/articles", shared);
  int n1 = segment_dir(a), n2 = segment_dir(b);
  if (n1 <= 0 && n2 <= 0) skip();
}

/* ---------------------------------------------------------- fast path */

/* Plain words take a fast path that hands over to the general scanner at
** the first thing it does not know: each case here sits on one of its
** borders, and must come out as the general rules say. */
static void fast_path_borders(void **state) {
  (void)state;
  /* a word, then what ends it: mark, '.', '...', elision, case change */
  expect("Ier QU’IL L'État N'Djamena etc. Le ministre... A. Bänsch",
         "Ier QU’ IL L' État N'Djamena etc. | Le ministre ... | A. Bänsch");
  expect_kind("le Ier siècle", "Ier", PRESSE_TOK_NUMBER);
  expect_kind("Il vient", "Il", PRESSE_TOK_WORD);
  expect_flag("QU’IL L'État", "QU’|L'", PRESSE_TF_ELISION, 1);
  expect_flag("QU’IL L'État", "QU’|L'", PRESSE_TF_ALLCAPS, 0);
  expect_flag("œuvre ŒUVRE ÉTAT Œdipe", "ŒUVRE|ÉTAT", PRESSE_TF_ALLCAPS, 1);
  expect_flag("œuvre ŒUVRE ÉTAT Œdipe", "ŒUVRE|ÉTAT|Œdipe", PRESSE_TF_UPPER, 1);
  expect_flag("Mme. Diop, etc. Fin", "Mme.|etc.", PRESSE_TF_ABBREV, 1);
  /* × and ÷ are the two Latin-1 non-letters among letters */
  expect("a×b c÷d ßà", "a × b c ÷ d ßà");
  expect("DixImage abcdefghijklmnopImage",
         "Dix | Image abcdefghijklmnop | Image");
  /* fast_word()'s sixteen-byte window: a capital and up to fourteen
  ** lowercase letters end in it, with a space or a mark after them */
  expect("« Abcdefghijklmno, Abcdefghijklmnop Abcdefghijklmnopq Xy. Ier l'Est",
         "« Abcdefghijklmno , Abcdefghijklmnop Abcdefghijklmnopq Xy . | Ier "
         "l' Est");
  expect_kind("Le IIe Empire tomba", "IIe", PRESSE_TOK_NUMBER);
  expect_flag("Paris, Lyon et Nantes le soir", "Paris|Lyon|Nantes",
              PRESSE_TF_UPPER, 1);
  /* code points after two-byte letters, and at the end of the text */
  presse_tokens t = seg("éléphant œil ÇA");
  assert_int_equal(t.n, 3);
  assert_int_equal(t.tok[0].c1, 8);
  assert_int_equal(t.tok[1].c0, 9);
  assert_int_equal(t.tok[1].c1, 12);
  assert_int_equal(t.tok[2].c1, 15);
  assert_int_equal(t.tok[2].b1, 19);
  presse_tokens_free(&t);
}

/* The byte after a word, every ASCII byte: plain_word_end() (a table in
** segment.c) lets the fast paths end the word before it, and must say so
** only of bytes at which scan_word() stops. A letter, a digit, ' and -
** go on inside the word; any other byte ends it (a '.' too, not being an
** abbreviation's here), capitalised or not, after a space or not. */
static void word_ends_at_every_byte(void **state) {
  (void)state;
  for (unsigned x = 1; x < 0x80; x++) {
    int inside = (x >= '0' && x <= '9') ||
                 ((x | 0x20) >= 'a' && (x | 0x20) <= 'z') || x == '\'' ||
                 x == '-';
    const char *pre[] = {"", "Le ", "le ", ", mot "};
    for (size_t p = 0; p < 4; p++) {
      char buf[32];
      int n = snprintf(buf, sizeof buf, "%smotus%cdefg", pre[p], (char)x);
      presse_tokens t;
      memset(&t, 0, sizeof t);
      assert_int_equal(presse_segment(buf, (size_t)n, &t), PRESSE_OK);
      size_t w0 = strlen(pre[p]);
      size_t i = 0;
      while (i < t.n && t.tok[i].b0 < w0)
        i++;
      assert_true(i < t.n);
      assert_int_equal(t.tok[i].b0, w0);
      if (inside)
        assert_true(t.tok[i].b1 > w0 + 5);
      else
        assert_int_equal(t.tok[i].b1, w0 + 5);
      presse_tokens_free(&t);
    }
  }
}

/* Every Latin-1 lowercase letter (C3 9F..BF but ÷, C5 93) inside a
** lowercase word keeps it one token, on the fast paths (lower_run() and
** its mask of the second byte); × and ÷ end it. */
static void latin1_lowercase_inside_words(void **state) {
  (void)state;
  for (unsigned y = 0x80; y <= 0xBF; y++) {
    char buf[64];
    int n = snprintf(buf, sizeof buf, "le mot ab%c%ccd suit", 0xC3, y);
    presse_tokens t;
    memset(&t, 0, sizeof t);
    assert_int_equal(presse_segment(buf, (size_t)n, &t), PRESSE_OK);
    assert_true(t.n >= 3);
    int lower = y >= 0x9F && y != 0xB7;
    assert_int_equal(t.tok[2].b0, 7);
    if (lower)
      assert_int_equal(t.tok[2].b1, 13);
    else if (y == 0x97 || y == 0xB7) /* × ÷: no letters */
      assert_int_equal(t.tok[2].b1, 9);
    presse_tokens_free(&t);
  }
  expect("le c\xC5\x93ur et l\xC5\x92il", "le c\xC5\x93ur et l\xC5\x92il");
}

/* After a word (or , ; :) and one space, lowercase words go through a
** loop of their own that hands back to the main loop at anything else:
** each case sits on one of its borders. */
static void lowercase_run_borders(void **state) {
  (void)state;
  /* a terminal mark before a lowercase word breaks no sentence */
  expect("le chat dort. le chien aussi. Le soir",
         "le chat dort . le chien aussi . | Le soir");
  /* URL and e-mail starts (h, w, an '@' ahead) go to the main loop */
  expect("il a dit hier www.exemple.fr et homme web",
         "il a dit hier www.exemple.fr et homme web");
  expect("écrire à jean.kerval@exemple.fr ou pas",
         "écrire à jean.kerval@exemple.fr ou pas");
  expect("une fois, deux fois; trois: quatre etc. fin",
         "une fois , deux fois ; trois : quatre etc. fin");
  expect("mot  deux\tmots\nfin de ligne", "mot deux mots fin de ligne");
  expect("été à l’école où ça va", "été à l’ école où ça va");
  expect("un mot. fin", "un mot . fin");
  expect_flag("le chat dort, la nuit", "chat|dort|la|nuit",
              PRESSE_TF_SPACE_BEFORE, 1);
  expect_flag("le chat dort, la nuit", "le|,", PRESSE_TF_SPACE_BEFORE, 0);
  presse_tokens t = seg("été à où ça");
  assert_int_equal(t.n, 4);
  assert_int_equal(t.tok[1].c0, 4);
  assert_int_equal(t.tok[1].c1, 5);
  assert_int_equal(t.tok[2].b0, 9);
  assert_int_equal(t.tok[3].c1, 11);
  assert_int_equal(t.tok[3].b1, 16);
  presse_tokens_free(&t);
  /* the loop's sixteen-byte window: a word of fifteen letters ends in
  ** it, one of sixteen does not; a word without its space, an accent,
  ** a capital, an h or w, and the last sixteen bytes of the text go to
  ** the general step */
  expect("de abcdefghijklmno abcdefghijklmnop et abcdefghijklmnopq de la",
         "de abcdefghijklmno abcdefghijklmnop et abcdefghijklmnopq de la");
  expect("un mot, des motsé mot Mot mot hier mot web mot x fin",
         "un mot , des motsé mot Mot mot hier mot web mot x fin");
  t = seg("le grand abcdefghijklmno fin de la phrase");
  assert_int_equal(t.n, 7);
  assert_int_equal(t.tok[2].b0, 9);
  assert_int_equal(t.tok[2].c1, 24);
  assert_int_equal(t.tok[3].c0, 25);
  for (size_t i = 1; i < t.n; i++)
    assert_int_equal(t.tok[i].flags, PRESSE_TF_SPACE_BEFORE);
  presse_tokens_free(&t);
}

/* word_run() (branch speedS) takes, besides lowercase words, capitalised
** words, elisions and the word after them, numbers, , ; : ( - % « » after
** a space, and , ; : . ) » glued to a token, with the flags and sentence
** breaks of the main loop. These hold before and after it. */
static void word_run_borders(void **state) {
  (void)state;
  expect("le maire de Vaudrec a parlé. Le conseil, lui, a voté. la suite",
         "le maire de Vaudrec a parlé . | Le conseil , lui , a voté . la "
         "suite");
  expect("il parle d'Ervanne et l'homme qu’il voit",
         "il parle d' Ervanne et l' homme qu’ il voit");
  expect("le joueur N'Tamo et n'a pas", "le joueur N'Tamo et n' a pas");
  expect("il y a 12 ans, 3 000 personnes et 2,5 %. 14 élus",
         "il y a 12 ans , 3 000 personnes et 2,5 % . | 14 élus");
  expect("il a dit : « Nous partons. » Le maire (Vaudrec) a ri - fin",
         "il a dit : « Nous partons . » | Le maire ( Vaudrec ) a ri - fin");
  expect("la fin (du texte.) Puis la suite, « avec » des mots,. Ensuite",
         "la fin ( du texte . ) | Puis la suite , « avec » des mots , . | "
         "Ensuite");
  expect("un mot. - Oui, dit-il. « Non »",
         "un mot . | - Oui , dit-il . | « Non »");
  expect("voir http://exemple.fr et hier www.exemple.fr ou web",
         "voir http://exemple.fr et hier www.exemple.fr ou web");
  expect_kind("il vit au XXIe siècle depuis", "XXIe", PRESSE_TOK_NUMBER);
  expect_kind("il vit au XXIe siècle depuis", "siècle", PRESSE_TOK_WORD);
  expect_flag("le maire de Vaudrec, hier, à Mirenne", "maire|de|Vaudrec|à",
              PRESSE_TF_SPACE_BEFORE, 1);
  expect_flag("le maire de Vaudrec, hier, à Mirenne", ",|hier", PRESSE_TF_UPPER,
              0);
  expect_flag("fin. Le maire de l'Ervanne", "Le", PRESSE_TF_SENT_START, 1);
  expect_flag("fin. Le maire de l'Ervanne", "l'|Ervanne", PRESSE_TF_SENT_START,
              0);
  expect_flag("fin. Le maire de l'Ervanne", "Ervanne", PRESSE_TF_SPACE_BEFORE,
              0);
  /* many short tokens: the output array grows inside the loop */
  static char text[12000];
  size_t m = 0;
  while (m + 13 < sizeof text) {
    memcpy(text + m, "Ab, c; d e. ", 12);
    m += 12;
  }
  text[m] = 0;
  presse_tokens t = seg(text);
  assert_int_equal(t.n, m / 12 * 7);
  assert_int_equal(t.nsent, m / 12);
  presse_tokens_free(&t);
}

/* presse_lex_find() probes a hash index beside the sorted entries: it
** must find every entry, and nothing but the entries (the prefixes and
** extensions of each key are looked up too, against a binary search).
** The generator's longest is the length of the longest entry: the
** segmenter stops its abbreviation and CamelCase searches there. */
static void word_list_index(void **state) {
  (void)state;
  const presse_lex *lists[] = {&lex_abbreviations, &lex_elisions, &lex_ordinals,
                               &lex_sentence_starters, &lex_camelcase};
  for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
    const presse_lex *x = lists[l];
    assert_non_null(x->slot);
    uint32_t longest = 0;
    for (size_t i = 0; i < x->n; i++)
      if (x->e[i].n > longest) longest = x->e[i].n;
    assert_true(longest > 0);
    assert_int_equal(x->longest, longest);
    for (size_t i = 0; i < x->n; i++) {
      const presse_lex_entry *e = &x->e[i];
      assert_ptr_equal(presse_lex_find(x, e->s, e->n), e);
      /* its slot carries the tag of its hash above its index */
      uint32_t h = presse_lex_hash(e->s, e->n);
      uint32_t j = h & x->mask;
      while ((x->slot[j] & PRESSE_LEX_INDEX_MASK) != i + 1)
        j = (j + 1) & x->mask;
      assert_int_equal(x->slot[j] >> PRESSE_LEX_TAG_SHIFT, presse_lex_tag(h));
      char k[128];
      assert_true(e->n + 1 < sizeof k);
      memcpy(k, e->s, e->n);
      k[e->n] = 'q';
      for (size_t n = 0; n <= e->n + 1; n++) {
        size_t at = presse_lex_lower_bound(x, k, n);
        const presse_lex_entry *want =
            at < x->n && x->e[at].n == n && !memcmp(x->e[at].s, k, n)
                ? &x->e[at]
                : NULL;
        assert_ptr_equal(presse_lex_find(x, k, n), want);
      }
    }
  }
}

/* A key of one lowercase letter is found through the list's table of
** letters (presse_lex.letter), any other through the hash index: both
** must give what a binary search of the sorted entries gives, for every
** byte alone (a..z and their capitals, digits, the apostrophe, the lead
** byte of an accented letter) and for the letter and its accented
** twin spelt in two bytes. */
static void one_letter_keys(void **state) {
  (void)state;
  const presse_lex *lists[] = {&lex_abbreviations, &lex_elisions,
                               &lex_ordinals,      &lex_sentence_starters,
                               &lex_camelcase,     &lex_inversions};
  for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
    const presse_lex *x = lists[l];
    for (unsigned c = 1; c < 256; c++) {
      char k[2] = {(char)c, 0};
      size_t at = presse_lex_lower_bound(x, k, 1);
      const presse_lex_entry *want =
          at < x->n && x->e[at].n == 1 && x->e[at].s[0] == k[0] ? &x->e[at]
                                                                : NULL;
      assert_ptr_equal(presse_lex_find(x, k, 1), want);
    }
    /* an empty key reads no byte and is in no list */
    assert_null(presse_lex_find(x, NULL, 0));
    const char *two[] = {"\xC3\xA0", "\xC3\xA9", "l'", "qu", "L"};
    for (size_t t = 0; t < sizeof two / sizeof two[0]; t++) {
      size_t n = strlen(two[t]);
      size_t at = presse_lex_lower_bound(x, two[t], n);
      const presse_lex_entry *want =
          at < x->n && x->e[at].n == n && !memcmp(x->e[at].s, two[t], n)
              ? &x->e[at]
              : NULL;
      assert_ptr_equal(presse_lex_find(x, two[t], n), want);
    }
  }
  /* the segmenter's elisions of one letter, any case, either apostrophe */
  expect("l’ami d'Ola L'Eko N’a S’y s’y j'ai",
         "l’ ami d' Ola L' Eko N’ a S’ y s’ y j' ai");
  expect_flag("l’ami d'Ola L'Eko N’a s’y j'ai", "l’|d'|L'|N’|s’|j'",
              PRESSE_TF_ELISION, 1);
}

/* -------------------------------------------------------- adversarial */

/* Repeats unit to about 2 MB: segmentation must succeed and keep every
** invariant (ASan watches the reads). Linear time is asserted without a
** clock, from instruction counts, by tests/check_linear.sh: a wall-clock
** threshold here would flake on a loaded machine or under sanitizers. */
static void adversarial(const char *unit) {
  size_t u = strlen(unit), n = (2u << 20) / u * u;
  char *s = malloc(n);
  assert_non_null(s);
  for (size_t i = 0; i < n; i += u)
    memcpy(s + i, unit, u);
  presse_tokens t = {0};
  assert_int_equal(presse_segment(s, n, &t), PRESSE_OK);
  check_invariants(s, n, &t);
  presse_tokens_free(&t);
  free(s);
}

static void adversarial_input_keeps_invariants(void **state) {
  (void)state;
  adversarial("\"");
  adversarial("«");
  adversarial("Abc");
  adversarial("abc");
  adversarial("a.");
  adversarial("A.");
  adversarial("a.b@");
  adversarial("a");
  adversarial("1");
  adversarial("1 000");
  adversarial("a-");
  adversarial("l’");
  adversarial("\xC2\xAD");
  adversarial("www.a");
  adversarial("x@y.z");
  adversarial("M.-");
}

/* Random texts built from the pieces the rules react to: every result
** must satisfy the invariants (and ASan must stay quiet). */
static void random_pieces_keep_invariants(void **state) {
  (void)state;
  static const char *pieces[] = {"l’",
                                 "L'",
                                 "d’",
                                 "qu'",
                                 "N'",
                                 "aujourd’hui",
                                 "M.",
                                 "Mme.",
                                 "etc.",
                                 "J.-C.",
                                 "A.",
                                 "U.S.",
                                 "a-t-il",
                                 "-",
                                 "-t-",
                                 "\xE2\x80\x94",
                                 "«",
                                 "»",
                                 "\"",
                                 "“",
                                 "”",
                                 "1",
                                 "000",
                                 "1 000",
                                 "2,5",
                                 "7h44",
                                 "1er",
                                 "XXIe",
                                 "%",
                                 "http://",
                                 "www.",
                                 "x.fr",
                                 "@",
                                 "a@b.fr",
                                 ".",
                                 "...",
                                 "…",
                                 "?",
                                 "!",
                                 ")",
                                 "(",
                                 " ",
                                 "  ",
                                 "\n",
                                 "\n\n",
                                 "\r\n",
                                 "\xC2\xA0",
                                 "\xE2\x80\xAF",
                                 "\xC2\xAD",
                                 "\xE2\x80\x8B",
                                 "\xEF\xBB\xBF",
                                 "é",
                                 "É",
                                 "Sahel",
                                 "Image",
                                 "pays",
                                 "La",
                                 "iPhone",
                                 "G5",
                                 "ONU",
                                 "’",
                                 "'",
                                 "\xF0\x9F\x98\x80",
                                 "\xEF\xB8\x8F",
                                 "\xCC\x81",
                                 "ᵉʳ",
                                 "0",
                                 "h",
                                 "e",
                                 "/"};
  size_t np = sizeof pieces / sizeof *pieces;
  unsigned seed = 12345;
  char buf[4096];
  for (int round = 0; round < 3000; round++) {
    size_t n = 0;
    int count = 1 + (int)(seed % 40);
    for (int i = 0; i < count; i++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 8) % np];
      size_t l = strlen(p);
      if (n + l >= sizeof buf) break;
      memcpy(buf + n, p, l);
      n += l;
    }
    presse_tokens t = {0};
    assert_int_equal(presse_segment(buf, n, &t), PRESSE_OK);
    check_invariants(buf, n, &t);
    presse_tokens_free(&t);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(rejects_bad_input),
      cmocka_unit_test(lowercase_run_borders),
      cmocka_unit_test(word_run_borders),
      cmocka_unit_test(word_list_index),
      cmocka_unit_test(one_letter_keys),
      cmocka_unit_test(reports_out_of_memory),
      cmocka_unit_test(white_space_is_not_a_token),
      cmocka_unit_test(hyphens_and_inversions),
      cmocka_unit_test(elisions),
      cmocka_unit_test(soft_hyphens_and_zero_width),
      cmocka_unit_test(case_flags),
      cmocka_unit_test(layout_flags),
      cmocka_unit_test(wrapped_lines),
      cmocka_unit_test(numbers),
      cmocka_unit_test(abbreviations_and_initials),
      cmocka_unit_test(urls_and_emails),
      cmocka_unit_test(punctuation_and_quotes),
      cmocka_unit_test(sentence_breaks),
      cmocka_unit_test(glued_words),
      cmocka_unit_test(shared_corpus_invariants),
      cmocka_unit_test(fast_path_borders),
      cmocka_unit_test(word_ends_at_every_byte),
      cmocka_unit_test(latin1_lowercase_inside_words),
      cmocka_unit_test(adversarial_input_keeps_invariants),
      cmocka_unit_test(random_pieces_keep_invariants),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
