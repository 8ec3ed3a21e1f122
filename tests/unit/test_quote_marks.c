/* test_quote_marks.c: quotation-mark pairing on unbalanced and mixed marks
** (docs/quotes.md, "Marks"), the parent of a direct quote inside reported
** speech, the cues and spans of reported speech without marks, and the
** scraped seed whose unclosed « once swallowed the article.
** Sentences written for the tests; entities from the real recogniser. */
#include "testing.h"

#include "../../ext/core/qh_hash.h"
#include "../../ext/core/quotes_int.h"
#include "qh_words.h"
#include "../../ext/core/lexicon.h"
#include "lex_speaker_functions.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct {
  const char *text;
  size_t n;
  presse_tokens toks;
  presse_entities ents;
  presse_quotes q;
} run_t;

static void run(run_t *r, const char *text, size_t n) {
  memset(r, 0, sizeof *r);
  r->text = text;
  r->n = n;
  assert_int_equal(presse_segment(text, n, &r->toks), PRESSE_OK);
  assert_int_equal(presse_entities_extract(text, n, &r->toks, &r->ents),
                   PRESSE_OK);
  assert_int_equal(presse_quotes_extract(text, n, &r->toks, &r->ents, &r->q),
                   PRESSE_OK);
}

static void done(run_t *r) {
  presse_quotes_free(&r->q);
  presse_entities_free(&r->ents);
  presse_tokens_free(&r->toks);
}

static void dump(const run_t *r) {
  for (size_t i = 0; i < r->q.n; i++)
    fprintf(stderr, "  got %s [%.*s] parent %d\n",
            r->q.q[i].kind == PRESSE_QUOTE_DIRECT ? "direct" : "indirect",
            (int)(r->q.q[i].b1 - r->q.q[i].b0), r->text + r->q.q[i].b0,
            (int)r->q.q[i].parent);
}

/* The index of the quote of that kind whose content is exactly s, or -1. */
static long find(const run_t *r, int kind, const char *s) {
  for (size_t i = 0; i < r->q.n; i++) {
    const presse_quote *q = &r->q.q[i];
    if (q->kind == kind && q->b1 - q->b0 == strlen(s) &&
        !memcmp(r->text + q->b0, s, strlen(s)))
      return (long)i;
  }
  return -1;
}

static size_t count(const run_t *r, int kind) {
  size_t k = 0;
  for (size_t i = 0; i < r->q.n; i++)
    k += r->q.q[i].kind == kind;
  return k;
}

#define D PRESSE_QUOTE_DIRECT
#define I PRESSE_QUOTE_INDIRECT

/* Each quote of want[] (direct) is found exactly, and there are ndirect. */
static void expect_direct(const char *text, const char *const *want,
                          size_t ndirect) {
  run_t r;
  run(&r, text, strlen(text));
  int bad = 0;
  for (const char *const *w = want; *w; w++)
    if (find(&r, D, *w) < 0) {
      fprintf(stderr, "  missing direct [%s]\n", *w);
      bad = 1;
    }
  if (count(&r, D) != ndirect) {
    fprintf(stderr, "  %zu direct quotes, want %zu\n", count(&r, D), ndirect);
    bad = 1;
  }
  if (bad) dump(&r);
  done(&r);
  assert_false(bad);
}

/* --------------------------------------------------------- unclosed « */

static void unclosed_speech_cue(void **state) {
  (void)state;
  /* ". a-t-il ajouté." closes the words of a « never closed; the next
  ** line (a paragraph in scraped text) is narration again */
  static const char *const w1[] = {"La saison sera longue.",
                                   "Nous visons le titre", NULL};
  expect_direct("L'entraîneur Paul Roux a parlé. « La saison sera longue. "
                "a-t-il ajouté.\nLe club a ensuite recruté deux joueurs.\n"
                "« Nous visons le titre », a déclaré Paul Roux.",
                w1, 2);
  /* ", a déclaré le ministre." */
  static const char *const w2[] = {"Nous rouvrirons la piscine",
                                   "Les travaux commencent lundi.", NULL};
  expect_direct("« Nous rouvrirons la piscine, a déclaré le maire. Les "
                "habitants ont applaudi. « Les travaux commencent lundi. »",
                w2, 2);
  /* an incise followed by a comma is inside the words: they go on */
  static const char *const w3[] = {"Il faut, a-t-il dit, agir vite.", NULL};
  expect_direct("Le ministre a pris la parole. « Il faut, a-t-il dit, agir "
                "vite.\n\nLa séance a été levée.",
                w3, 1);
}

static void unclosed_incise_goes_on(void **state) {
  (void)state;
  /* after ", lance-t-il." a sentence in the speaker's own voice (je,
  ** nous, c'est, il faut) is his words going on: the » was forgotten */
  static const char *const w1[] = {
      "Demain, je roule pour l'équipe, lance-t-il. Ce soir, j'appelle mon "
      "frère.",
      NULL};
  expect_direct("Le coureur est confiant. « Demain, je roule pour l'équipe, "
                "lance-t-il. Ce soir, j'appelle mon frère.\n\nLe classement "
                "suit.",
                w1, 1);
  static const char *const w2[] = {
      "Le lanceur est bon, prévient la chercheuse. Il faut préparer la "
      "suite.",
      NULL};
  expect_direct("« Le lanceur est bon, prévient la chercheuse. Il faut "
                "préparer la suite.\n\nLa séance a été levée.",
                w2, 1);
  /* a cue with a long tail still closes the words when the block ends */
  static const char *const w3[] = {"Aujourd'hui, il faut trouver de l'eau",
                                   NULL};
  expect_direct("« Aujourd'hui, il faut trouver de l'eau, a-t-elle lancé "
                "avant de rejoindre la longue file devant le forage du "
                "camp.\n\nLire aussi la suite.",
                w3, 1);
}

/* " inside " : a scraper's straight marks for « … “ … ” … » */
static void straight_nested(void **state) {
  (void)state;
  static const char *const w1[] = {
      "Le coach m'a dit : \"Va leur faire mal.\" J'ai essayé",
      "Va leur faire mal.", NULL};
  expect_direct("\"Le coach m'a dit : \"Va leur faire mal.\" J'ai essayé\", "
                "a raconté l'attaquant.",
                w1, 2);
  /* without a closer ahead for each, the second " closes the first */
  static const char *const w2[] = {"Il a dit :", NULL};
  expect_direct("\"Il a dit : \"oui et puis rien.", w2, 1);
}

static void unclosed_narration(void **state) {
  (void)state;
  /* a sentence whose subject speaks ("Paul Roux a ajouté que") is the
  ** narrator's again */
  run_t r;
  const char *t = "« Nous gagnerons ce match. Paul Roux a ensuite ajouté que "
                  "la saison serait longue. Le public a applaudi.";
  run(&r, t, strlen(t));
  if (find(&r, D, "Nous gagnerons ce match.") < 0 ||
      find(&r, I, "la saison serait longue") < 0)
    dump(&r), fail();
  done(&r);
}

static void unclosed_new_opener(void **state) {
  (void)state;
  /* a second « in the paragraph with one » ahead: the first was never
  ** closed and ends before it */
  static const char *const w1[] = {"Nous partons demain.",
                                   "Nous reviendrons en mai", NULL};
  expect_direct("Il a prévenu : « Nous partons demain. Puis il a souri : "
                "« Nous reviendrons en mai », a-t-il dit.",
                w1, 2);
  /* the quotes after a broken one are all found */
  static const char *const w2[] = {"un.", "deux", "trois", NULL};
  expect_direct("Il a dit « un. Elle a dit « deux ». Ils ont dit « trois ».",
                w2, 3);
  /* a curly opener at a sentence start inside an unclosed « */
  static const char *const w3[] = {"Nous partons.", "Nous restons", NULL};
  expect_direct("Le maire a parlé. « Nous partons. \xE2\x80\x9CNous "
                "restons\xE2\x80\x9D, a répondu le préfet.",
                w3, 2);
}

/* ------------------------------------------------------ mixed marks */

static void mixed_families(void **state) {
  (void)state;
  /* “ … » and « … ”: a closer of another family closes a quote whose own
  ** closer never comes */
  static const char *const w1[] = {"Nous partons demain",
                                   "La ville nous soutient", NULL};
  expect_direct("\xE2\x80\x9CNous partons demain », a dit Paul Roux. "
                "« La ville nous soutient\xE2\x80\x9D, a-t-il ajouté.",
                w1, 2);
  /* a nested pair of another family stays inside (a fragment: no
  ** quotation of its own) */
  static const char *const w2[] = {
      "Il m'a parlé d'un \xE2\x80\x9Cnon\xE2\x80\x9D hier", NULL};
  expect_direct("« Il m'a parlé d'un \xE2\x80\x9Cnon\xE2\x80\x9D hier », a "
                "raconté Paul Roux.",
                w2, 1);
  /* “ used as a closer (no space before, one after) */
  static const char *const w3[] = {"Nous partons", NULL};
  expect_direct("\xE2\x80\x9CNous partons\xE2\x80\x9C, a dit Paul Roux.", w3,
                1);
  /* English straight quotes, balanced and left open */
  static const char *const w4[] = {"Nous partons", "Rien ne change.", NULL};
  expect_direct("Il a dit \"Nous partons\" hier.\n\nElle a répondu : \"Rien "
                "ne change.\n\nLa suite.",
                w4, 2);
}

static void orphan_closer(void **state) {
  (void)state;
  /* a closer with no opener: from the last full stop, even before a
  ** lowercase word, and never into the previous sentence */
  static const char *const w1[] = {"cette question relève de la mairie", NULL};
  expect_direct("Il a déclaré que le dossier était clos. cette question "
                "relève de la mairie\xE2\x80\x9D, a déclaré Paul Roux.",
                w1, 1);
  /* ... or from the start of its line */
  static const char *const w2[] = {"Nous partons demain", NULL};
  expect_direct("Le maire parle.\nNous partons demain », a-t-il dit.", w2, 1);
}

static void paragraphs_by_line(void **state) {
  (void)state;
  /* one newline between paragraphs: a « reopening the next line goes on */
  static const char *const w1[] = {"Premier paragraphe.\n« Second "
                                   "paragraphe.",
                                   NULL};
  expect_direct("« Premier paragraphe.\n« Second paragraphe. »\nLa suite.", w1,
                1);
  /* a hard-wrapped line that goes on mid-sentence is no paragraph */
  static const char *const w2[] = {"Nous allons\nrester ici", NULL};
  expect_direct("« Nous allons\nrester ici », a dit Paul Roux.", w2, 1);
  /* a line that is a new sentence ends an unclosed quote */
  static const char *const w3[] = {"Nous allons rester.", "Oui", NULL};
  expect_direct("« Nous allons rester.\nLe maire a répondu « Oui ».", w3, 2);
}

/* ---------------------------------------------------------- parent */

static void parent_of_fragments(void **state) {
  (void)state;
  run_t r;
  const char *t = "Sophie Leroy estime que la réforme « affaiblit les "
                  "communes » et « oublie les villages ». « Nous "
                  "attendons », a ajouté Sophie Leroy.";
  run(&r, t, strlen(t));
  long ind = find(&r, I,
                  "la réforme « affaiblit les communes » et « oublie "
                  "les villages »");
  long d1 = find(&r, D, "affaiblit les communes");
  long d2 = find(&r, D, "oublie les villages");
  long d3 = find(&r, D, "Nous attendons");
  if (ind < 0 || d1 < 0 || d2 < 0 || d3 < 0) dump(&r), fail();
  assert_int_equal(r.q.q[ind].parent, -1);
  assert_int_equal(r.q.q[d1].parent, ind);
  assert_int_equal(r.q.q[d2].parent, ind);
  assert_int_equal(r.q.q[d3].parent, -1);
  /* a parent always comes first */
  for (size_t i = 0; i < r.q.n; i++)
    assert_true(r.q.q[i].parent < (int32_t)i);
  done(&r);
}

/* A quotation nested in a direct one is a quotation of its own when a
** colon or a speech verb announces it, or when it is a sentence (a
** capital, four words); a short fragment is a scare quote. Its parent is
** the outer quotation, whose speaker quotes it (evidence "nested"). */
static void nested_quotations(void **state) {
  (void)state;
  run_t r;
  const char *t = "« Le président m'a appelé, il m'a dit : \"On ne te "
                  "bradera pas.\" J'ai respecté ça », raconte Paul Roux. "
                  "« Ils ont dit “La Table du port, Roscoff” et j'ai "
                  "pleuré », a ajouté Paul Roux. « C'est un “vrai” "
                  "succès », a dit Paul Roux.";
  run(&r, t, strlen(t));
  long o1 = find(&r, D,
                 "Le président m'a appelé, il m'a dit : \"On ne te bradera "
                 "pas.\" J'ai respecté ça");
  long n1 = find(&r, D, "On ne te bradera pas.");
  long o2 =
      find(&r, D, "Ils ont dit “La Table du port, Roscoff” et j'ai pleuré");
  long n2 = find(&r, D, "La Table du port, Roscoff");
  if (o1 < 0 || n1 < 0 || o2 < 0 || n2 < 0 || count(&r, D) != 5)
    dump(&r), fail();
  assert_int_equal(r.q.q[n1].parent, o1);
  assert_int_equal(r.q.q[n2].parent, o2);
  assert_int_equal(r.q.q[o1].parent, -1);
  assert_int_equal(r.q.q[n1].evidence, PRESSE_EV_NESTED);
  assert_int_equal(r.q.q[n1].sb1 - r.q.q[n1].sb0, strlen("Paul Roux"));
  assert_memory_equal(t + r.q.q[n1].sb0, "Paul Roux", strlen("Paul Roux"));
  /* “vrai” is a scare quote, part of its sentence */
  assert_true(find(&r, D, "vrai") < 0);
  done(&r);
}

/* -------------------------------------------------- reported speech */

/* The indirect quote of text whose content is exactly `content` exists
** (content NULL: text has no indirect quote at all). */
static void expect_indirect(const char *text, const char *content) {
  run_t r;
  run(&r, text, strlen(text));
  int ok = content ? find(&r, I, content) >= 0 : count(&r, I) == 0;
  if (!ok) {
    fprintf(stderr, "  want indirect [%s] in [%s]\n",
            content ? content : "(none)", text);
    dump(&r);
  }
  done(&r);
  assert_true(ok);
}

static void indirect_cues(void **state) {
  (void)state;
  /* light verbs with their infinitive */
  expect_indirect("Le conseil a fait savoir qu'il pourrait s'agir d'une "
                  "erreur.",
                  "il pourrait s'agir d'une erreur");
  expect_indirect("Le gouvernement vient d'annoncer qu'il devra trouver dix "
                  "millions.",
                  "il devra trouver dix millions");
  expect_indirect("L'ancien porte-parole fait remarquer que les combats "
                  "continuent.",
                  "les combats continuent");
  /* an adverbial or date phrase before que */
  expect_indirect("Paul Roux a pour sa part indiqué que la gratuité est "
                  "difficile.",
                  "la gratuité est difficile");
  expect_indirect("Le ministre a déclaré lors d'une visite à Lyon ce jeudi, "
                  "que son pays demandera de l'aide.",
                  "son pays demandera de l'aide");
  expect_indirect("Paul Roux a laissé entendre ce jeudi [11.11.21] que la "
                  "piscine rouvrira.",
                  "la piscine rouvrira");
  /* penser (generated as "pènse" before) and a plural infinitive report */
  expect_indirect("Marc Blanc pense que la ville a pris des mesures.",
                  "la ville a pris des mesures");
  expect_indirect("Des chercheurs affirment avoir découvert une comète.",
                  "avoir découvert une comète");
  /* selon, d'après, de l'avis de, pour + group */
  expect_indirect("Selon des analyses faites dans un laboratoire en Suisse, "
                  "le vin était frelaté.",
                  "le vin était frelaté");
  expect_indirect("Selon un rapport sur « Les revenus des ménages », la crise "
                  "a touché les ménages.",
                  "la crise a touché les ménages");
  expect_indirect("De l'avis de l'économiste Paul Roux, la langue est une "
                  "exigence.",
                  "la langue est une exigence");
  expect_indirect("Pour le collectif des riverains, il s'agit d'un recul.",
                  "il s'agit d'un recul");
  /* a call */
  expect_indirect("L'ONU a appelé les deux pays à privilégier le dialogue.",
                  "privilégier le dialogue");
  /* a postposed cue whose subject ends the sentence is no object */
  expect_indirect("La mairie a fermé la piscine, qui devient un parking, a "
                  "annoncé le maire Paul Roux.",
                  "La mairie a fermé la piscine, qui devient un parking");
  /* an inverted incise in a sentence without quotation marks */
  expect_indirect("Contrairement aux discours, appuie-t-il, le français "
                  "recule.",
                  "Contrairement aux discours, appuie-t-il, le français "
                  "recule");
}

static void indirect_spans(void **state) {
  (void)state;
  /* a coordinated speech verb ends the first report */
  const char *t = "Jean Roux a déclaré avoir dit aux autorités qu'il n'y "
                  "avait pas de contrat, mais a souligné que la ville « ne "
                  "cédera pas ».";
  run_t r;
  run(&r, t, strlen(t));
  if (find(&r, I, "avoir dit aux autorités qu'il n'y avait pas de contrat") <
          0 ||
      find(&r, I, "la ville « ne cédera pas »") < 0 || count(&r, I) != 2)
    dump(&r), fail();
  done(&r);
  /* a gerund opening the sentence governs up to its comma: here only a
  ** quotation, so no indirect quote */
  expect_indirect("Estimant que « la ville est à nous », il vota contre.",
                  NULL);
}

static void indirect_not_speech(void **state) {
  (void)state;
  expect_indirect("Selon les chiffres de l'Insee, le chômage a baissé.", NULL);
  expect_indirect("Selon les régions, le prix varie.", NULL);
  expect_indirect("Pour la première fois depuis 2002, le billet change.", NULL);
  expect_indirect("Pour l'instant, rien n'est décidé.", NULL);
  expect_indirect("Une vidéo, dit-on, montre la scène.", NULL);
  expect_indirect("Il a appelé son frère hier soir.", NULL);
}

/* ------------------------------------------------------------- seed */

/* Scraped seed 002 (../shared, read in place, never copied): one-line
** paragraphs, an unclosed « ended by ". a-t-il ajouté.", mixed “ ” and
** « », a closing ” with no opener. Every direct quote a reader sees, as
** code-point spans. */
static void seed_002(void **state) {
  (void)state;
  const char *shared = getenv("PRESSE_SHARED");
  char path[512];
  snprintf(path, sizeof path, "%s/corpus/seeds/002_064c069a962b0c83.txt",
           shared ? shared : "../shared");
  FILE *f = fopen(path, "rb");
  if (!f) skip();
  char *buf = malloc(1 << 16);
  size_t n = fread(buf, 1, 1 << 16, f);
  fclose(f);
  run_t r;
  run(&r, buf, n);
  static const uint32_t want[][2] = {{363, 479},   {589, 635},   {772, 913},
                                     {1330, 1430}, {1573, 1766}, {2041, 2116},
                                     {2138, 2291}};
  size_t nw = sizeof want / sizeof *want;
  int bad = count(&r, D) != nw;
  for (size_t k = 0; k < nw; k++) {
    int hit = 0;
    for (size_t i = 0; i < r.q.n; i++)
      hit |= r.q.q[i].kind == D && r.q.q[i].c0 == want[k][0] &&
             r.q.q[i].c1 == want[k][1];
    if (!hit)
      fprintf(stderr, "  missing direct %u-%u\n", want[k][0], want[k][1]);
    bad |= !hit;
  }
  /* the reported speech after the broken quote is found too */
  size_t ind = 0;
  for (size_t i = 0; i < r.q.n; i++)
    ind += r.q.q[i].kind == I && r.q.q[i].c0 > 635;
  bad |= ind < 2;
  if (bad) dump(&r);
  done(&r);
  free(buf);
  assert_false(bad);
}

/* ------------------------------------------------------- word folding */

/* The span [b0, b1) of the text is exactly s. */
static int span_is(const run_t *r, int32_t b0, int32_t b1, const char *s) {
  return b0 >= 0 && (size_t)(b1 - b0) == strlen(s) &&
         !memcmp(r->text + b0, s, strlen(s));
}

/* Cue words are recognised whatever their case and apostrophe: words are
** folded (8 bytes at a time when they can be) before their look-up, and
** an accented capital (É, C3 89) folds like its small letter. */
static void folded_cues(void **state) {
  (void)state;
  static const struct {
    int kind;
    const char *text, *speaker, *cue;
  } want[] = {
      {I, "le projet avance", "Marie Martin", "D’après"},
      {I, "les travaux dureront", "ASSOCIATION", "SELON"},
      {D, "Nous continuerons", "Jean Dupont", "A DÉCLARÉ"},
      {I, "une réorganisation institutionnelle était nécessaire", "Paul Durand",
       "a estimé"},
  };
  const char *t = "D’après Marie Martin, le projet avance. SELON "
                  "L’ASSOCIATION, les travaux dureront. « Nous continuerons "
                  "», A DÉCLARÉ Jean Dupont. Paul Durand a estimé qu’une "
                  "réorganisation institutionnelle était nécessaire.";
  run_t r;
  run(&r, t, strlen(t));
  size_t nw = sizeof want / sizeof *want;
  int bad = r.q.n != nw;
  for (size_t k = 0; k < nw; k++) {
    long i = find(&r, want[k].kind, want[k].text);
    if (i < 0 || !span_is(&r, r.q.q[i].sb0, r.q.q[i].sb1, want[k].speaker) ||
        !span_is(&r, r.q.q[i].qb0, r.q.q[i].qb1, want[k].cue)) {
      fprintf(stderr, "  missing [%s] by [%s], cue [%s]\n", want[k].text,
              want[k].speaker, want[k].cue);
      bad = 1;
    }
  }
  if (bad) dump(&r);
  done(&r);
  assert_false(bad);
}

/* q_fold (quotes_lex.c) folds ASCII eight bytes at a time and the rest
** one character at a time. Each piece below is one character, shorter
** than a chunk, so folding it alone takes the per-character path: the
** fold of a random mix must be the pieces' folds end to end (ASCII of both
** cases, accented capitals and small letters, Œ, typographic apostrophes,
** other characters, every length up to 40). With a capacity below the
** input's length + 3 q_fold may give up (0) but never writes past it. */
size_t q_fold(const char *s, size_t n, char *out, size_t cap);

static void fold_chunks(void **state) {
  (void)state;
  static const char *const piece[] = {"a", "Z", "m", "Q", "-", "'",
                                      "É", "é", "À", "×", "Œ", "œ",
                                      "’", "‘", "ß", "€", " ", "0"};
  const size_t npiece = sizeof piece / sizeof *piece;
  unsigned seed = 12345;
  for (int round = 0; round < 20000; round++) {
    char in[160], want[200], got[201];
    size_t n = 0;
    size_t target = (size_t)(round % 41);
    size_t wn = 0;
    while (n < target) {
      seed = seed * 1103515245u + 12345u;
      /* mostly ASCII, as in text: a chunk of eight is often all ASCII */
      const char *p = piece[(seed >> 16) % 4 < 3 ? (seed >> 20) % 6
                                                 : (seed >> 20) % npiece];
      size_t l = strlen(p);
      if (n + l > sizeof in) break;
      memcpy(in + n, p, l);
      n += l;
      wn += q_fold(p, l, want + wn, 8);
    }
    size_t caps[] = {64, n + 3, n + 2, n, n + 8};
    for (size_t c = 0; c < sizeof caps / sizeof *caps; c++) {
      size_t cap = caps[c] < sizeof got - 1 ? caps[c] : sizeof got - 1;
      memset(got, 0x5A, sizeof got);
      size_t gn = q_fold(in, n, got, cap);
      int whole = gn == wn && !memcmp(got, want, wn);
      int may_give_up = cap < n + 3 && gn == 0;
      if ((!whole && !may_give_up) || got[cap] != 0x5A) {
        fprintf(stderr, "  q_fold [%.*s] cap %zu: %zu bytes, expected %zu\n",
                (int)n, in, cap, gn, wn);
        fail();
      }
    }
  }
}

/* The word stage alone (q_lex_features) on the tokens of text[0..n), in a
** work area of its own; lex_release() frees it. */
static void lex_run(qwork *w, const char *text, size_t n,
                    const presse_tokens *toks) {
  size_t nt = toks->n;
  memset(w, 0, sizeof *w);
  w->text = text;
  w->n = n;
  w->tok = toks->tok;
  w->ntok = nt;
  w->mem = &presse_mem_libc;
  w->verb = calloc(nt + 1, sizeof *w->verb);
  w->word = calloc(nt + 1, sizeof *w->word);
  w->feat = calloc(nt + 1, 1);
  w->flen = calloc(nt + 1, 1);
  w->para = calloc(nt + 1, sizeof *w->para);
  w->fold = calloc(n + 8, 1);
  assert_int_equal(q_lex_features(w), PRESSE_OK);
}

static void lex_release(qwork *w) {
  free(w->verb);
  free(w->word);
  free(w->feat);
  free(w->flen);
  free(w->fold);
  free(w->para);
  if (w->cand) w->mem->xFree(w->mem->ctx, w->cand);
  if (w->mpos) w->mem->xFree(w->mem->ctx, w->mpos);
}

/* q_tok_fold (quotes_lex.c) gives q_fold() of a token from the form
** q_lex_features kept (a final apostrophe it dropped put back): against
** q_fold of every token of random texts of words with capitals, accents,
** Œ, elisions with ' and ’, a closing ‘, long words and punctuation. */
static void tok_fold_kept(void **state) {
  (void)state;
  static const char *const piece[] = {"a",
                                      "Z",
                                      "m",
                                      "Q",
                                      "-",
                                      "'",
                                      "É",
                                      "é",
                                      "À",
                                      "Œ",
                                      "œ",
                                      "’",
                                      "‘",
                                      "ß",
                                      "0",
                                      " ",
                                      " ",
                                      " ",
                                      ",",
                                      "l’",
                                      "qu'",
                                      "D’",
                                      "\n",
                                      "»",
                                      "« ",
                                      ".",
                                      "x",
                                      "Ministre",
                                      "anticonstitutionnellement"};
  const size_t npiece = sizeof piece / sizeof *piece;
  unsigned seed = 777;
  for (int round = 0; round < 3000; round++) {
    char text[400];
    size_t n = 0;
    size_t target = 1 + (size_t)(round % 300);
    while (n < target) {
      seed = seed * 1103515245u + 12345u;
      const char *p = piece[(seed >> 16) % npiece];
      size_t l = strlen(p);
      if (n + l > sizeof text) break;
      memcpy(text + n, p, l);
      n += l;
    }
    presse_tokens toks;
    memset(&toks, 0, sizeof toks);
    assert_int_equal(presse_segment(text, n, &toks), PRESSE_OK);
    size_t nt = toks.n;
    qwork w;
    lex_run(&w, text, n, &toks);
    for (size_t k = 0; k < nt; k++) {
      char want[Q_TOK_FOLD_CAP], got[Q_TOK_FOLD_CAP];
      const presse_token *t = &toks.tok[k];
      size_t wn = q_fold(text + t->b0, t->b1 - t->b0, want, sizeof want);
      size_t gn = q_tok_fold(&w, k, got);
      if (gn != wn || memcmp(got, want, wn)) {
        fprintf(stderr, "  q_tok_fold [%.*s]: %zu bytes [%.*s], expected %zu\n",
                (int)(t->b1 - t->b0), text + t->b0, gn, (int)gn, got, wn);
        fail();
      }
    }
    lex_release(&w);
    presse_tokens_free(&toks);
  }
}

/* q_tok_near (quotes_int.h) finds the token q_tok_from finds, from any
** token and byte, whether its guess of tokens per byte is right, nothing
** or far too many (its steps from the guess, then the searches, both
** ways): invented texts of short and long words. */
static void tok_near_agrees(void **state) {
  (void)state;
  static const char *const piece[] = {
      "a ", "de ", "la ", "Lorvane ", "anticonstitutionnellement ",
      ", ", "« ",  " » ", ". ",       "\n\n",
      "l'"};
  const size_t npiece = sizeof piece / sizeof *piece;
  unsigned seed = 4242;
  for (int round = 0; round < 60; round++) {
    char text[2000];
    size_t n = 0;
    size_t target = 20 + (size_t)round * 30;
    while (n + 32 < target) {
      seed = seed * 1103515245u + 12345u;
      const char *p = piece[(seed >> 16) % npiece];
      memcpy(text + n, p, strlen(p));
      n += strlen(p);
    }
    presse_tokens toks;
    memset(&toks, 0, sizeof toks);
    assert_int_equal(presse_segment(text, n, &toks), PRESSE_OK);
    qwork w;
    memset(&w, 0, sizeof w);
    w.text = text;
    w.n = n;
    w.tok = toks.tok;
    w.ntok = toks.n;
    const uint64_t ratio[] = {n ? ((uint64_t)toks.n << 32) / n : 0, 0,
                              (uint64_t)1 << 36};
    for (size_t r = 0; r < 3; r++) {
      w.tok_per_byte = ratio[r];
      for (size_t i = 0; i <= toks.n; i += 1 + (size_t)(round % 3))
        for (uint32_t b = 0; b <= n + 1; b++)
          if (q_tok_near(&w, i, b) != q_tok_from(toks.tok, toks.n, i, b)) {
            fprintf(stderr, "  q_tok_near(%zu, %u) ratio %zu: %zu, not %zu\n",
                    i, b, r, q_tok_near(&w, i, b),
                    q_tok_from(toks.tok, toks.n, i, b));
            fail();
          }
    }
    presse_tokens_free(&toks);
  }
}

/* q_lex_features looks up a word of one chunk (up to eight bytes) or two
** (nine to sixteen) with its bytes masked to its length in registers: every
** word of the quote table, written as it is and capitalised, before a
** space or a comma and more text (read in whole chunks) or at the end of
** the text (folded the general way), gets the bits of its slot, as
** word_features() sets them (fails when the mask of a length is wrong: the word
*is then not found). */
static void table_words_found(void **state) {
  (void)state;
  /* sixteen bytes or more after the word: q_lex_features reads its
  ** chunks in place (the general way when the text ends sooner) */
  static const char *const tail[] = {" x yyyyyyyy zzzzzzzz",
                                     ", yyyyyyyy zzzzzzzz", ""};
  size_t checked = 0;
  for (uint32_t j = 0; j <= qh_words_MASK; j++) {
    const qh_slot *e = &qh_words_slots[j];
    if (!e->len || e->len > 16) continue;
    char word[24];
    for (size_t k = 0; k < 8 && k < e->len; k++)
      word[k] = (char)(e->key >> (8 * k));
    if (e->len > 8) memcpy(word + 8, qh_words_pool + e->off, e->len - 8u);
    for (int cap = 0; cap < 2; cap++) {
      if (cap && !(word[0] >= 'a' && word[0] <= 'z')) continue;
      for (size_t t = 0; t < sizeof tail / sizeof *tail; t++) {
        char text[64];
        memcpy(text, "x ", 2);
        memcpy(text + 2, word, e->len);
        if (cap) text[2] = (char)(text[2] - 32);
        size_t n = 2 + e->len;
        memcpy(text + n, tail[t], strlen(tail[t]));
        n += strlen(tail[t]);
        presse_tokens toks;
        memset(&toks, 0, sizeof toks);
        assert_int_equal(presse_segment(text, n, &toks), PRESSE_OK);
        /* the word as one token, not an inverted verb */
        if (toks.n < 2 || toks.tok[1].b0 != 2 ||
            toks.tok[1].b1 != 2u + e->len ||
            toks.tok[1].kind != PRESSE_TOK_WORD ||
            (toks.tok[1].flags & PRESSE_TF_INVERTED)) {
          presse_tokens_free(&toks);
          continue;
        }
        qwork w;
        lex_run(&w, text, n, &toks);
        uint16_t want_word = e->word, want_verb = e->word ? 0 : e->verb;
        uint8_t want_feat =
            e->word ? (uint8_t)(e->feat & (QT_SELON | QT_DAPRES | QT_POUR))
                    : e->feat;
        if (w.word[1] != want_word || w.verb[1] != want_verb ||
            w.feat[1] != want_feat) {
          fprintf(stderr,
                  "  [%.*s]: word %x verb %x feat %x, expected %x %x %x\n",
                  (int)n, text, w.word[1], w.verb[1], w.feat[1], want_word,
                  want_verb, want_feat);
          fail();
        }
        checked++;
        lex_release(&w);
        presse_tokens_free(&toks);
      }
    }
  }
  assert_true(checked > 3000);
}

/* quotes_lex.c lists the tokens that may be quotation marks by the
** segmenter's PRESSE_TF_OPEN_QUOTE / PRESSE_TF_CLOSE_QUOTE flags: every
** punctuation token spelling a mark that quotes_marks.c's mark_of()
** accepts must carry one of them, wherever it stands (glued to a word or
** a number, doubled, at a line start, at the end of the text). */
static void marks_flagged(void **state) {
  (void)state;
  static const char *const marks[] = {
      "\"",           "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\x9C",
      "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\xB9", "\xE2\x80\xBA"};
  static const char *const frames[] = {
      "%s",       "%sDit",       "a %s b",         "a%sb",
      "12%s de",  "%s%s",        "x %s.",          "Il a dit %s oui %s.",
      "\n%s non", "a\n\n%s b%s", "(%s)",           "l%s avion",
      "%s, %s ;", "%s\xC2\xA0x", "un - %s - deux", "%s%s%s a"};
  size_t nmarks = sizeof marks / sizeof *marks;
  for (size_t f = 0; f < sizeof frames / sizeof *frames; f++)
    for (size_t a = 0; a < nmarks; a++)
      for (size_t b = 0; b < nmarks; b++) {
        char text[128];
        /* every %s gets mark a, then b, then a */
        int n = snprintf(text, sizeof text, frames[f], marks[a], marks[b],
                         marks[a]);
        assert_true(n > 0 && (size_t)n < sizeof text);
        presse_tokens t;
        memset(&t, 0, sizeof t);
        assert_int_equal(presse_segment(text, (size_t)n, &t), PRESSE_OK);
        for (size_t i = 0; i < t.n; i++) {
          const presse_token *k = &t.tok[i];
          if (k->kind != PRESSE_TOK_PUNCT) continue;
          for (size_t m = 0; m < nmarks; m++) {
            size_t l = strlen(marks[m]);
            if (k->b1 - k->b0 == l && !memcmp(text + k->b0, marks[m], l) &&
                !(k->flags & (PRESSE_TF_OPEN_QUOTE | PRESSE_TF_CLOSE_QUOTE)))
              fail_msg("mark %zu unflagged in [%s] at %u", m, text,
                       (unsigned)k->b0);
          }
        }
        presse_tokens_free(&t);
      }
}

/* q_listed_with_class() probes data/speaker_functions.txt's hash index;
** it must answer as the pass over every entry it replaced: each entry
** with its own class and no other, each entry cut short, lengthened or
** with a space, and words not listed. Fails when the probe finds an entry
** of the wrong class or misses one. */
static int listed_by_scan(const char *b, size_t n, int cls) {
  for (size_t e = 0; n && e < lex_speaker_functions.n; e++) {
    const presse_lex_entry *x = &lex_speaker_functions.e[e];
    if (x->value == cls && x->n == n && !memcmp(x->s, b, n)) return 1;
  }
  return 0;
}

static void listed_with_class_agrees(void **state) {
  (void)state;
  size_t hits = 0;
  int top = 0; /* the highest class listed: classes are added at the end */
  for (size_t e = 0; e < lex_speaker_functions.n; e++)
    if (lex_speaker_functions.e[e].value > top)
      top = (int)lex_speaker_functions.e[e].value;
  for (size_t e = 0; e < lex_speaker_functions.n; e++) {
    const presse_lex_entry *x = &lex_speaker_functions.e[e];
    char b[128];
    assert_true(x->n + 1 < sizeof b);
    memcpy(b, x->s, x->n);
    b[x->n] = 's';
    for (int cls = 0; cls <= top; cls++) {
      for (size_t n = 0; n <= x->n + 1; n++)
        assert_int_equal(q_listed_with_class(b, n, cls),
                         listed_by_scan(b, n, cls));
      hits += (size_t)q_listed_with_class(b, x->n, cls);
    }
  }
  assert_int_equal(hits, lex_speaker_functions.n); /* one class a word */
  static const char *const absent[] = {
      "", "x", "mair", "maires", "zzzz", "porte parole", "président de"};
  for (size_t k = 0; k < sizeof absent / sizeof absent[0]; k++)
    for (int cls = 0; cls <= top; cls++)
      assert_int_equal(q_listed_with_class(absent[k], strlen(absent[k]), cls),
                       listed_by_scan(absent[k], strlen(absent[k]), cls));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(unclosed_speech_cue),
      cmocka_unit_test(unclosed_incise_goes_on),
      cmocka_unit_test(straight_nested),
      cmocka_unit_test(unclosed_narration),
      cmocka_unit_test(unclosed_new_opener),
      cmocka_unit_test(mixed_families),
      cmocka_unit_test(orphan_closer),
      cmocka_unit_test(paragraphs_by_line),
      cmocka_unit_test(parent_of_fragments),
      cmocka_unit_test(nested_quotations),
      cmocka_unit_test(indirect_cues),
      cmocka_unit_test(indirect_spans),
      cmocka_unit_test(indirect_not_speech),
      cmocka_unit_test(seed_002),
      cmocka_unit_test(folded_cues),
      cmocka_unit_test(fold_chunks),
      cmocka_unit_test(tok_fold_kept),
      cmocka_unit_test(marks_flagged),
      cmocka_unit_test(table_words_found),
      cmocka_unit_test(tok_near_agrees),
      cmocka_unit_test(listed_with_class_agrees),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
