/*
** ent_cand.c: candidate entity spans from capitalisation.
**
** A span is a run of capitalised words of one sentence and line, joined
** across name-internal particles (van, von, bin, al-), across de/du/des/d'
** when the left part announces an institution or a place (Conseil de
** sécurité, Fédération de Russie) or the right part is a cardinal point
** (Afrique de l'Ouest), across the lowercase adjectives of an institution
** (Union européenne), and along multi-word keys of the lexicon (Côte
** d'Ivoire, Burkina Faso). Then the words that are capitalised only
** because of their position (sentence start, line start, after a quote
** mark or a colon, Title Case headlines) are trimmed when the French
** lexicon knows them as common words, and titles (M., Président) are cut
** off: they stay outside the span.
*/
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ent_int.h"
#include "segment.h"
#include "lexicon.h"

#include "lex_ent_spanwords.h"
#include "ent_grammar.h"
#include "ent_span_lists.h"

/* Bits of data/ent_spanwords.txt. */
enum {
  SW_COUNT = 1,      /* un, ces, trois: an acronym after it is a common noun */
  SW_ARTICLE = 2,    /* le, la, du, aux: no person's name after it */
  SW_CARDINAL = 4,   /* nord, ouest: a lowercase cardinal point */
  SW_UNIT = 8,       /* MW, Go, GHz: a unit after a number */
  SW_ENGLISH = 16,   /* of, and, for, the: joins the words of an English name */
  SW_ADJEND = 32,    /* "-ique", "-al": the ending of an adjective of a name */
  SW_PLACEPREP = 64, /* de, à: what follows may be a place */
  SW_NOTCOMP = 128,  /* pays, fait: no complement of an institution */
  SW_SPEECH = 256,   /* nous, pas, est: words of speech, not of a title */
  SW_SEA = 512,      /* mer, golfe, delta: the noun of a sea's name (read
                     ** at build time, mk/ent_spans.mk: sea_noun()) */
  SW_HEADPART = 1024, /* radio, tele: "Radio-X" names a broadcaster */
  SW_STORM = 2048, /* tempête, cyclone: a storm's noun, no part of its name */
  SW_PERPART = 4096,    /* van, den, bin: a particle of persons' names only */
  SW_LOCALBODY = 16384, /* université, musée: a body one town or country has */
  SW_GATHER = 32768, /* sommet, congrès: a meeting of the body named after it */
  SW_NETLETTER = 65536,    /* x: a network named by one letter, after "sur" */
  SW_INTERVIEW = 131072,   /* q., r.: a question's or an answer's marker */
  SW_GENERICBODY = 262144, /* municipal: "Conseil municipal" is no name */
  SW_APPOSED = 524288,     /* maladie: "d'assurance maladie" in a name */
  SW_DOSE = 1048576,       /* mg, ml: a dose's unit after a product's number */
  SW_PHRASEBODY = 2097152, /* association, ong: a body named by a phrase */
  SW_WORK = 4194304        /* album, film: a work's noun by its title */
};

/* The data/ent_spanwords.txt bits (SW_*) of word token i, 0 if none. */
/* (at most 16 bytes: "départementale" is 15, "bibliothèque" 13) */
static int span_word(const ent_ctx *c, size_t i) {
  if (i >= c->ntok || c->tok[i].kind != PRESSE_TOK_WORD || tok_n(c, i) > 16)
    return 0;
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold_text(c, tok_s(c, i), tok_n(c, i), w);
  if (m == (size_t)-1) return 0;
  const presse_lex_entry *e = presse_lex_find(&lex_ent_spanwords, w, m);
  return e ? e->value : 0;
}

/* The grammar words of data/ent_grammar.txt. */
ENT_WORD_LIST_TEST(coordinator, COORDINATORS)
ENT_WORD_LIST_TEST(speech_word_as_written, SPEECH_WORDS_AS_WRITTEN)

/* Is word token i one of someone's speech, not of a name (SW_SPEECH: a
** pronoun, a negation, a frequent finite verb), the verb "a" included?
** That one is tested as written (bit 2 of data/ent_grammar.txt): folded,
** it is the preposition "à". */
static int speech_word(const ent_ctx *c, size_t i) {
  return speech_word_as_written(c, i) || (span_word(c, i) & SW_SPEECH);
}

int ent_person_particle(ent_ctx *c, size_t i) {
  return (span_word(c, i) & SW_PERPART) != 0;
}

/* Is token i a storm's noun (data/ent_spanwords.txt, bit 2048)? */
int ent_storm_word(ent_ctx *c, size_t i) {
  return (span_word(c, i) & SW_STORM) != 0;
}

int ent_head_part_word(const char *w, size_t m) {
  const presse_lex_entry *e = presse_lex_find(&lex_ent_spanwords, w, m);
  return e && (e->value & SW_HEADPART);
}

/* Does word token i end like an adjective that qualifies a name ("Cercle
** celtique", "Conseil régional"; not "fixe", "court", verbs as well)?
** The endings are entries "-ique" of data/ent_spanwords.txt. */
static int adjective_ending(const ent_ctx *c, size_t i) {
  char w[ENT_FOLD_MAX], b[8];
  size_t m = ent_fold(tok_s(c, i), tok_n(c, i), w);
  if (m == (size_t)-1) return 0;
  b[0] = '-';
  for (size_t l = 2; l <= 5 && l < m; l++) {
    memcpy(b + 1, w + m - l, l);
    const presse_lex_entry *e = presse_lex_find(&lex_ent_spanwords, b, l + 1);
    if (e && (e->value & SW_ADJEND)) return 1;
  }
  return 0;
}

/* Is word token i a capitalised noun that opens an event's name ("le
** Marathon de Kervel", "l'Open de Trélan", "au Mondial":
** data/ent_events.txt)? */
static int event_word(ent_ctx *c, size_t i) {
  return ent_is_word(c, i) && (c->tok[i].flags & PRESSE_TF_UPPER) &&
         !(c->tok[i].flags & PRESSE_TF_ALLCAPS) &&
         (ent_tok_flags(c, i) & EL_EVENT);
}

/* Is token i a year: four digits, 1900..2099? */
static int year_at(const ent_ctx *c, size_t i) {
  if (i >= c->ntok || c->tok[i].kind != PRESSE_TOK_NUMBER || tok_n(c, i) != 4)
    return 0;
  const char *p = tok_s(c, i);
  for (int k = 0; k < 4; k++)
    if (p[k] < '0' || p[k] > '9') return 0;
  return (p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0');
}

/* Does word token i end like an infinitive (statuer, revoir, prendre)? */
static int infinitive(const ent_ctx *c, size_t i) {
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  return n >= 4 && (s[n - 1] == 'r' || (s[n - 1] == 'e' && s[n - 2] == 'r')) &&
         (s[n - 2] == 'e' || s[n - 2] == 'i' || s[n - 1] == 'e');
}

/* Is token i a number written with digits that ends in a digit (38,7, 24,
** 2025; not 1er, 3e)? When plain, also without separators (not 1 000). */
static int number_tok(const ent_ctx *c, size_t i, int plain) {
  if (i >= c->ntok || c->tok[i].kind != PRESSE_TOK_NUMBER) return 0;
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  if (!n || s[n - 1] < '0' || s[n - 1] > '9') return 0;
  for (size_t k = 0; plain && k < n; k++)
    if (s[k] < '0' || s[k] > '9') return 0;
  return 1;
}

/* A credit rating (Moody's A3, Baa2, Aaa; Standard & Poor's AAA, BB): a
** capital A, B or C, the same capital repeated or a lowercase "a" up to
** three letters, and a digit 1-3 where Moody's puts one. */
static int rating_shape(const char *s, size_t n) {
  if (n < 2 || n > 4 || s[0] < 'A' || s[0] > 'C') return 0;
  size_t i = 1, lower = 0;
  while (i < n && i < 3 && (s[i] == s[0] || s[i] == 'a')) {
    if (s[i] == 'a')
      lower++;
    else if (lower)
      return 0;
    i++;
  }
  int digit = i < n && s[i] >= '1' && s[i] <= '3';
  if (digit) i++;
  if (i != n) return 0;
  /* mixed case needs its digit (Baa2), except Aaa; "Ba" is a surname */
  return !lower || digit || (n == 3 && s[0] == 'A');
}

/* A Roman numeral of I, V and X alone ("le chapitre IV", "la phase II"):
** a number; after a name it joins it ("Louis XIV", "Jean XXIII"). "XV" is
** a rugby team ("le XV de France"): left to the rest. */
static int roman_shape(const char *s, size_t n) {
  if (n < 2 || n > 6 || (n == 2 && s[0] == 'X' && s[1] == 'V')) return 0;
  for (size_t k = 0; k < n; k++)
    if (s[k] != 'I' && s[k] != 'V' && s[k] != 'X') return 0;
  return 1;
}

/* Is token i one of two codes of three capitals in brackets, joined by a
** slash: a country's and a team's code after a rider or an athlete in a
** results table ("Kerbrat (BEL/KVT)")? */
static inline int is_punct(const ent_ctx *c, size_t i, const char *s);
static int code_pair(const ent_ctx *c, size_t i) {
  size_t a = i, b = i + 2;
  if (i >= 2 && is_punct(c, i - 1, "/")) a = i - 2, b = i;
  if (a == 0 || !is_punct(c, a - 1, "(") || !is_punct(c, a + 1, "/") ||
      !is_punct(c, b + 1, ")"))
    return 0;
  const presse_token *x = &c->tok[a], *y = &c->tok[b];
  return x->kind == PRESSE_TOK_WORD && y->kind == PRESSE_TOK_WORD &&
         (x->flags & y->flags & PRESSE_TF_ALLCAPS) && x->b1 - x->b0 == 3 &&
         y->b1 - y->b0 == 3;
}

/* Is token i a code of three capitals in brackets in a line of a results
** table: a team's or a country's code, which the gold does not count? The
** line shows it by a rank before the name ("1. Kerbrat (KVT) 4 h 12'",
** "3. Jean Morvan (TRL) à 31''") or by a gap or a time after the code
** ("2. Kervadec (KRV) à 14''": "à" and a number, or a number and "h",
** "min", "s" or a prime). A party's code before its vote share ("(KRV)
** 45,2 %") or a body's acronym before a rate ("(BCE) à 2 %") in prose has
** neither. One rule from two branches that wrote it each (ents8b, ents8c). */
static int team_code(const ent_ctx *c, size_t i) {
  if (i < 2 || i + 2 >= c->ntok || !is_punct(c, i - 1, "(") ||
      !is_punct(c, i + 1, ")") || c->tok[i - 2].kind != PRESSE_TOK_WORD)
    return 0;
  /* back over the name's words to the rank: a number and a dot */
  size_t k = i - 1, words = 0;
  while (k > 0 && words < 4 && c->tok[k - 1].kind == PRESSE_TOK_WORD &&
         (c->tok[k - 1].flags & PRESSE_TF_UPPER))
    k--, words++;
  if (words && k >= 2 && is_punct(c, k - 1, ".") &&
      c->tok[k - 2].kind == PRESSE_TOK_NUMBER &&
      (c->tok[i + 2].kind == PRESSE_TOK_NUMBER || ew_a_en(c, i + 2)))
    return 1;
  /* no rank: a time's unit after the number */
  k = i + 2;
  if (ew_a(c, k)) k++;
  if (k + 1 >= c->ntok || !number_tok(c, k, 0)) return 0;
  const char *p = c->text + c->tok[k + 1].b0;
  return ew_time_unit(c, k + 1) || p[0] == '\'' ||
         (c->tok[k + 1].b1 - c->tok[k + 1].b0 >= 3 &&
          !memcmp(p, "\xE2\x80\x99", 3));
}

/* "a écrit sur X", "Sur X, le ministre": a capital letter alone that
** data/ent_spanwords.txt names a network (bit 65536), right after the
** preposition "sur" or "réseau social" in the same sentence, is that
** network's name, an ORG;
** not before a number or a capitalised word ("sur X 2", "sur X Y"), and
** not hyphenated or glued to what follows. Asked only for a one-letter
** span not_a_name() refused. */
static __attribute__((noinline)) int network_letter(const ent_ctx *c,
                                                    size_t i) {
  if (i == 0 || tok_n(c, i) != 1 || c->tok[i - 1].sent != c->tok[i].sent ||
      !(span_word(c, i) & SW_NETLETTER))
    return 0;
  int sur = ew_sur(c, i - 1);
  /* "sur le réseau social X" */
  int social = i >= 2 && ew_social_network(c, i - 2) &&
               c->tok[i - 2].sent == c->tok[i].sent;
  if (!sur && !social) return 0;
  if (i + 1 < c->ntok && c->tok[i + 1].sent == c->tok[i].sent) {
    const presse_token *n = &c->tok[i + 1];
    if (!(n->flags & PRESSE_TF_SPACE_BEFORE) && n->kind != PRESSE_TOK_PUNCT)
      return 0;
    if (n->kind == PRESSE_TOK_NUMBER ||
        (n->kind == PRESSE_TOK_WORD && (n->flags & PRESSE_TF_UPPER)))
      return 0;
  }
  return 1;
}

/* Is the one-token span at token i something written with capitals that
** is no name: a unit after a number (38,7 °C, 100 MW, 4 Go), a code of
** one capital (plan B, B+), a rating (A3, AAA), a Roman numeral (IV), or
** an acronym of a common noun counted or pointed at (un PC, trois ONG, ces
** SMS)? */
static int not_a_name(const ent_ctx *c, size_t i) {
  const presse_token *t = &c->tok[i];
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  if (t->flags & (PRESSE_TF_INITIAL | PRESSE_TF_ELISION)) return 0;
  if (n == 1 && s[0] >= 'A' && s[0] <= 'Z') return 1;
  int caps = (t->flags & PRESSE_TF_ALLCAPS) != 0;
  if (i > 0 && c->tok[i - 1].sent == t->sent) {
    const presse_token *p = &c->tok[i - 1];
    int deg = p->kind == PRESSE_TOK_SYMBOL && p->b1 - p->b0 == 2 &&
              !memcmp(c->text + p->b0, "\xC2\xB0", 2);
    if ((deg || number_tok(c, i - 1, 0)) &&
        ((caps && n <= 3) || (span_word(c, i) & SW_UNIT)))
      return 1;
    if (caps && p->kind == PRESSE_TOK_WORD &&
        (!(p->flags & PRESSE_TF_UPPER) || (c->info[i - 1] & TI_AMBIG)) &&
        (span_word(c, i - 1) & SW_COUNT))
      return 1;
  }
  return rating_shape(s, n) || roman_shape(s, n) ||
         (caps && n == 3 && (code_pair(c, i) || team_code(c, i)));
}

/* Is the UTF-8 at s an uppercase letter of the Latin alphabets? */
static int upper_at(const char *s, size_t n) {
  unsigned char a = (unsigned char)s[0];
  if (a >= 'A' && a <= 'Z') return 1;
  if (n >= 2 && a == 0xC3) {
    unsigned char b = (unsigned char)s[1];
    return b >= 0x80 && b <= 0x9E && b != 0x97;
  }
  if (n >= 2 && a >= 0xC4 && a <= 0xC5) return !((unsigned char)s[1] & 1);
  return 0;
}

/* Lowercase Arabic and Berber articles glued to a name: al-Baghdadi;
** their Urdu and Persian forms in South Asian names: ul-Haq, ud-Din. */
static size_t name_prefix_len(const char *s, size_t n) {
  static const char *pre[] = {"al-",   "el-", "ad-",  "ar-",  "as-",
                              "at-",   "az-", "ech-", "ed-",  "er-",
                              "es-",   "et-", "ben-", "bin-", "abu-",
                              "abou-", "ul-", "ud-",  NULL};
  if (n < 4 || (s[0] != 'a' && s[0] != 'e' && s[0] != 'b' && s[0] != 'u'))
    return 0;
  const char *h = memchr(s, '-', n < 5 ? n : 5);
  if (!h) return 0;
  size_t hl = (size_t)(h - s) + 1;
  for (size_t i = 0; pre[i]; i++) {
    size_t l = strlen(pre[i]);
    if (l != hl) continue;
    if (n > l && !memcmp(s, pre[i], l) && upper_at(s + l, n - l)) return l;
  }
  return 0;
}

/* Does a hyphenated word end in a clitic pronoun, as an imperative does
** ("Abonnez-vous", "Partagez-le", "Dites-moi")? A capital there comes
** from the start of a sentence or a button, not from a name; no French
** name ends in a lowercase pronoun (Aix-les-Bains, Bar-le-Duc end in a
** capital). The pronouns are a closed class of the grammar; the subject
** pronouns of a question's inversion end a verb as well ("Est-ce",
** "Faut-il", "Peut-on", "Dit-elle": data/ent_clitics.txt,
** build/gen/ent_clitics.h). */
static int imperative_clitic(const char *s, size_t n) {
  const char *h = NULL;
  for (size_t k = n; k > 1; k--)
    if (s[k - 1] == '-') {
      h = s + k;
      break;
    }
  if (!h) return 0;
  size_t l = (size_t)(s + n - h);
  if (l > 4) return 0; /* longer than any pronoun: most hyphenated words */
#define CLITIC(p) (sizeof p - 1 == l && !memcmp(h, p, l)) ||
  return
#include "ent_clitics.h"
      0;
#undef CLITIC
}

/* Is the word in capitals at token i alone among lowercase words of its
** sentence ("le projet ACTA visant", "l'ACTA a été")? Shouting comes in
** runs of capitals ("AUTRES INFOS") or alone on its line: this is an
** acronym that is also a French word. */
static int caps_in_prose(const ent_ctx *c, size_t i) {
  if (i == 0 || i + 1 >= c->ntok || c->tok[i - 1].kind != PRESSE_TOK_WORD ||
      (c->tok[i - 1].flags & PRESSE_TF_UPPER) ||
      c->tok[i - 1].sent != c->tok[i].sent ||
      c->tok[i + 1].sent != c->tok[i].sent)
    return 0;
  const presse_token *n = &c->tok[i + 1];
  return n->kind != PRESSE_TOK_WORD || !(n->flags & PRESSE_TF_UPPER);
}

/* A common word in capitals is shouting, not an acronym: "AUTRES INFOS",
** "EXCLUSIF" (acronyms are not French words: ONU, CEDEAO), but for a
** dateline's town ("ORBE, 15. —") and a word in capitals alone among
** lowercase words. Out of line: rare, and name_word() stays small enough
** to be inlined in the loops over every token. */
static __attribute__((noinline)) int shouting(ent_ctx *c, size_t i) {
  uint32_t f = ent_tok_flags(c, i);
  return (f & EL_COMMON) && !(f & EL_NAMEY) && !ent_dateline_at(c, i, i + 1) &&
         !caps_in_prose(c, i);
}

/* Does token i look like part of a name on its form alone? */
static inline int name_word(ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i)) return 0;
  const presse_token *t = &c->tok[i];
  if ((t->flags & PRESSE_TF_HYPHEN) &&
      imperative_clitic(tok_s(c, i), tok_n(c, i)))
    return 0;
  if (t->flags & (PRESSE_TF_UPPER | PRESSE_TF_INITIAL)) {
    /* An uppercase elided article (L', D') only opens a name: L'Oréal. */
    if (t->flags & PRESSE_TF_ELISION) return 0;
    if ((t->flags & PRESSE_TF_ALLCAPS) && t->b1 - t->b0 >= 4 && shouting(c, i))
      return 0;
    return 1;
  }
  if (!(t->flags & PRESSE_TF_HYPHEN)) return 0;
  return name_prefix_len(tok_s(c, i), tok_n(c, i)) > 0;
}

static inline int is_punct(const ent_ctx *c, size_t i, const char *s) {
  size_t l = strlen(s);
  return i < c->ntok && c->tok[i].kind == PRESSE_TOK_PUNCT &&
         tok_n(c, i) == l && !memcmp(tok_s(c, i), s, l);
}

/* No line break between tokens i and i + 1. */
static int same_line(const ent_ctx *c, size_t i) {
  if (i + 1 >= c->ntok) return 0;
  if (c->tok[i].sent != c->tok[i + 1].sent) return 0;
  return !(c->tok[i + 1].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START));
}

/* Close the line [line, i): a headline when no word of 3+ letters is
** lowercase and there are at least three of them. */
static inline void close_line(uint32_t *info, size_t line, size_t i,
                              size_t words, size_t lower) {
  if (words >= 3 && lower == 0)
    for (size_t k = line; k < i; k++)
      info[k] |= TI_AMBIG;
}

/* Does punctuation token t make the word after it ambiguous: an opening
** quote, one of : [ - * | > . (or a NUL), a dash, bullet or ellipsis
** (three bytes from E2)? */
static inline int amb_after(const ent_ctx *c, const presse_token *t) {
  if (t->flags & PRESSE_TF_OPEN_QUOTE) return 1;
  const char *s = c->text + t->b0;
  size_t n = t->b1 - t->b0;
  if (n == 1) {
    /* strchr(":[-*|>.", s[0]), its final NUL included */
    switch (s[0]) {
    case ':':
    case '[':
    case '-':
    case '*':
    case '|':
    case '>':
    case '.':
    case 0:
      return 1;
    default:
      return 0;
    }
  }
  return n == 3 && (unsigned char)s[0] == 0xE2; /* — – • … */
}

/* Is t a word after a space with no other flag (a lowercase word inside
** a line)? Its kind and flags in one compare (two tests mispredicted
** apart). */
static inline int plain_lower(const presse_token *t) {
  return (t->kind | (uint32_t)t->flags << 16) ==
         (PRESSE_TOK_WORD | (uint32_t)PRESSE_TF_SPACE_BEFORE << 16);
}

/* Mark with TI_AMBIG the words whose capital says nothing: sentence and
** line starts, after an opening quote, a colon, a dash or a bracket, glued
** words, and every word of a Title Case line. The words that may open a
** name (capitalised, an initial, hyphenated: name_word() and ex-Union)
** go to cand[] on the way, in text order; returns their number. The
** symbols and opening quotation marks (what credit_scan() looks for
** besides words) go to the end of cand[] (room for ntok + 1), the last
** *nmark entries, in text order too. */
static size_t mark_ambiguous(ent_ctx *c, uint32_t *cand, size_t *nmark) {
  /* the arrays in locals: the stores to info[] would otherwise make the
  ** compiler read c->tok and c->info again for every token */
  const presse_token *tok = c->tok;
  uint32_t *info = c->info;
  const size_t ntok = c->ntok;
  size_t line = 0;
  /* the words of 3+ letters of the line [line, i), and the lowercase
  ** ones, counted as the tokens go by, without branches: the kinds and
  ** lengths of the tokens of a line follow no pattern a processor could
  ** predict */
  size_t words = 0, lower = 0;
  /* what token i - 1 says of a word at i, found when it went by (one pass,
  ** each token read once): AFTER_PUNCT, the punctuation of amb_after();
  ** AFTER_ELISION, an elided article (ambiguous itself, a word after it
  ** is: L'Oréal at a sentence start; its TI_AMBIG is read at i, once a
  ** headline line closed at i has set it) */
  enum { AFTER_PUNCT = 1, AFTER_ELISION = 2 };
  unsigned prev = 0;
  size_t ncand = 0, nm = 0;
  for (size_t i = 0; i < ntok; i++) {
    const presse_token *t = &tok[i];
    unsigned f = t->flags;
    if (plain_lower(t)) {
      /* two tokens in three: a lowercase word after a space, which starts
      ** no line, opens no name, and is ambiguous only after some marks;
      ** once its line has a lowercase word it is no headline, and what
      ** close_line() counts no longer matters */
      /* prev is 0 after most tokens: one test for it, then which bit
      ** (without AFTER_PUNCT it is AFTER_ELISION) */
      if (prev) {
        if ((prev & AFTER_PUNCT) || (info[i - 1] & TI_AMBIG))
          info[i] |= TI_AMBIG;
        prev = 0;
      }
      /* the rest of the run of such words (prev is 0 inside it) in a
      ** loop of its own: whether one has three letters, which counts as
      ** one lowercase word of the line (close_line() asks only whether
      ** there is one), is all the run says */
      if (lower) {
        do
          i++;
        while (i < ntok && plain_lower(&tok[i]));
      } else {
        size_t is = 0;
        do {
          is |= tok[i].c1 - tok[i].c0 >= 3;
          i++;
        } while (i < ntok && plain_lower(&tok[i]));
        words += is;
        lower += is;
      }
      i--;
      continue;
    }
    if (f & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) {
      close_line(info, line, i, words, lower);
      line = i;
      words = lower = 0;
    }
    unsigned before = prev;
    prev = f & PRESSE_TF_ELISION ? AFTER_ELISION : 0;
    if (t->kind != PRESSE_TOK_WORD) {
      if (t->kind == PRESSE_TOK_PUNCT && amb_after(c, t)) prev |= AFTER_PUNCT;
      if (t->kind == PRESSE_TOK_SYMBOL || (f & PRESSE_TF_OPEN_QUOTE))
        cand[ntok - nm++] = (uint32_t)i; /* backwards from the end */
      continue;
    }
    cand[ncand] = (uint32_t)i;
    ncand +=
        (f & (PRESSE_TF_UPPER | PRESSE_TF_INITIAL | PRESSE_TF_HYPHEN)) != 0;
    size_t is = t->c1 - t->c0 >= 3;
    words += is;
    lower += is & !(f & PRESSE_TF_UPPER);
    if ((f & (PRESSE_TF_SENT_START | PRESSE_TF_LINE_START |
              PRESSE_TF_PARA_START | PRESSE_TF_GLUED)) ||
        (before & AFTER_PUNCT) ||
        ((before & AFTER_ELISION) && (info[i - 1] & TI_AMBIG)))
      info[i] |= TI_AMBIG;
  }
  close_line(info, line, ntok, words, lower);
  for (size_t a = ntok + 1 - nm, b = ntok; a < b; a++, b--) {
    uint32_t x = cand[a];
    cand[a] = cand[b];
    cand[b] = x;
  }
  *nmark = nm;
  return ncand;
}

/* Is there an ASCII digit among bytes [b0, b1) of the text? A short token
** in one SSE2 compare where there is SSE2 (x - '0' biased by 0x80 is
** below 10 as a signed byte). */
static inline int has_digit(const ent_ctx *c, uint32_t b0, uint32_t b1) {
#if defined(__SSE2__)
  if (b1 - b0 <= 16 && b0 + 16 <= c->n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(c->text + b0));
    __m128i d = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')),
                               _mm_set1_epi8(-118));
    return ((unsigned)_mm_movemask_epi8(d) & ((1u << (b1 - b0)) - 1)) != 0;
  }
#endif
  for (uint32_t b = b0; b < b1; b++)
    if (c->text[b] >= '0' && c->text[b] <= '9') return 1;
  return 0;
}

static int push(ent_ctx *c, size_t t0, size_t t1, size_t skip_bytes) {
  if (c->nsp == c->capsp) {
    size_t cap = c->capsp ? c->capsp * 2 : 64;
    const presse_mem *m = c->mem ? c->mem : &presse_mem_libc;
    ent_span *p = m->xRealloc(m->ctx, c->sp, cap * sizeof *p);
    if (!p) return PRESSE_ENOMEM;
    c->sp = p;
    c->capsp = cap;
  }
  ent_span *s = &c->sp[c->nsp];
  memset(s, 0, sizeof *s);
  s->t0 = (uint32_t)t0;
  s->t1 = (uint32_t)t1;
  s->b0 = c->tok[t0].b0 + (uint32_t)skip_bytes;
  s->c0 = c->tok[t0].c0;
  if (skip_bytes) /* the prefix is ASCII plus at most a few letters */
    s->c0 += (uint32_t)presse_utf8_count(tok_s(c, t0), skip_bytes);
  s->b1 = c->tok[t1 - 1].b1;
  s->c1 = c->tok[t1 - 1].c1;
  s->canon = (uint32_t)c->nsp;
  for (size_t k = t0; k < t1; k++) {
    if (name_word(c, k) || c->tok[k].kind == PRESSE_TOK_NUMBER) s->nname++;
    if (c->tok[k].flags & PRESSE_TF_INITIAL) s->flags |= SP_INITIAL;
    if (c->tok[k].kind == PRESSE_TOK_NUMBER ||
        (!(s->flags & SP_DIGIT) && has_digit(c, c->tok[k].b0, c->tok[k].b1)))
      s->flags |= SP_DIGIT;
  }
  if (t1 - t0 == 1 && (c->tok[t0].flags & PRESSE_TF_ALLCAPS))
    s->flags |= SP_ALLCAPS;
  if (skip_bytes) s->nname++;
  c->nsp++;
  return PRESSE_OK;
}

/* The span pushed last takes type and evidence ev from the rule that
** knows what it is (SP_PRESET), which ent_classify() keeps. */
static inline void preset_last(ent_ctx *c, uint8_t type, uint8_t ev) {
  ent_span *sp = &c->sp[c->nsp - 1];
  sp->flags |= SP_PRESET;
  sp->type = type;
  sp->ev = ev;
}

/* Are tokens j, j + 1 a domain's ending glued to the name before them:
** ".org", ".com", ".net", ".fr", ".info", ".eu" (and no more letters:
** data/ent_domains.txt, build/gen/ent_domains.h)? */
static inline int site_suffix(const ent_ctx *c, size_t j) {
  /* glued to the name first: most names end before a space */
  if (j == 0 || j + 1 >= c->ntok || c->tok[j].b0 != c->tok[j - 1].b1 ||
      c->text[c->tok[j].b0] != '.' || c->tok[j].kind != PRESSE_TOK_PUNCT ||
      c->tok[j].b1 - c->tok[j].b0 != 1 || !ent_is_word(c, j + 1) ||
      c->tok[j + 1].b0 != c->tok[j].b1)
    return 0;
  if (j + 2 < c->ntok && c->tok[j + 2].b0 == c->tok[j + 1].b1 &&
      c->tok[j + 2].kind != PRESSE_TOK_PUNCT)
    return 0;
#define DOMAIN_END(w) word_is(c, j + 1, w) ||
  return
#include "ent_domains.h"
      0;
#undef DOMAIN_END
}

/* Is token j a "+" glued to the name before it and ending the word
** ("Canal+", "Tennis+", "Kervel+ diffuse"): a channel's or a streaming
** service's name, whatever its words (a common word, an English one).
** Not "Bac+5", "A+B": something glued after the "+" goes on the word. */
static inline int plus_suffix(const ent_ctx *c, size_t j) {
  if (j == 0 || j >= c->ntok || c->tok[j].b0 != c->tok[j - 1].b1 ||
      c->text[c->tok[j].b0] != '+' || c->tok[j].b1 - c->tok[j].b0 != 1)
    return 0;
  return j + 1 == c->ntok || c->tok[j + 1].b0 != c->tok[j].b1 ||
         c->tok[j + 1].kind == PRESSE_TOK_PUNCT;
}

/* Are tokens i, j + 1 around "sans" (token j) two plural nouns of one
** line, the first capitalised, the second not ("Médecins sans
** frontières")? */
int sans_plural(ent_ctx *c, size_t i, size_t j) {
  if (!ent_is_word(c, j + 1) || !same_line(c, j) ||
      (c->tok[j + 1].flags & PRESSE_TF_UPPER))
    return 0;
  uint32_t f = ent_tok_flags(c, j + 1);
  if (!(f & EL_COMMON) || (f & (EL_FUNC | EL_VERB))) return 0;
  const char *a = tok_s(c, i), *b = tok_s(c, j + 1);
  size_t na = tok_n(c, i), nb = tok_n(c, j + 1);
  return na > 3 && nb > 3 && (a[na - 1] == 's' || a[na - 1] == 'x') &&
         (b[nb - 1] == 's' || b[nb - 1] == 'x');
}

/* Is token i a lowercase noun that names a place or a thing after it
** ("le pont X", "la rue X", "la série X")? Then "X de Kervel" after it is
** that thing and its town, not a person with a particle. */
static int thing_noun(ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i) || (c->tok[i].flags & PRESSE_TF_UPPER)) return 0;
  uint32_t f = ent_tok_flags(c, i);
  return (f & (EL_LOCCUE | EL_MISCCUE)) && (f & EL_COMMON) &&
         !(f & (EL_FUNC | EL_VERB | EL_TITLE | EL_PERCUE));
}

/* "Hugo-Emmanuel": a compound whose first part is a given name that is a
** family name too, and whose second part is a given name only, is a given
** name (ent_given_word()); s[0..n) is the token, h its hyphen. */
static __attribute__((noinline)) int
compound_second_given(const char *s, size_t n, const char *h) {
  const char *b = h + 1;
  size_t bn = n - (size_t)(b - s);
  if (memchr(b, '-', bn)) return 0;
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(b, bn, w);
  if (m == (size_t)-1) return 0;
  uint32_t f = ent_lex_lookup(w, m);
  return (f & EL_GIVEN) && !(f & (EL_SURNAME | EL_PLACE | EL_COMMON));
}

/* Is token i a given name, alone or as the first part of a compound
** ("Valentine", "Gilles-Éric"), and not a family name too? */
int ent_given_word(ent_ctx *c, size_t i) {
  uint32_t f = ent_tok_flags(c, i);
  if (f & EL_SURNAME) return 0;
  if (f & EL_GIVEN) return 1;
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  const char *h = (c->tok[i].flags & PRESSE_TF_HYPHEN) ? memchr(s, '-', n) : 0;
  if (!h || !upper_at(h + 1, n - (size_t)(h + 1 - s))) return 0;
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(s, (size_t)(h - s), w);
  if (m == (size_t)-1) return 0;
  f = ent_lex_lookup(w, m);
  if ((f & EL_GIVEN) && !(f & EL_SURNAME)) return 1;
  return (f & EL_GIVEN) && compound_second_given(s, n, h);
}

/* "Grenoble-Est", "Lyon-Sud": a cardinal point closing a hyphenated word
** names a district or constituency of the place before it, one name, as a
** cardinal point opening one does ("Nord-Kivu"). s[a..n) is the last part. */
static int cardinal_closes(const char *s, size_t a, size_t n) {
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(s + a, n - a, w);
  return m != (size_t)-1 && (ent_lex_lookup(w, m) & EL_CARDINAL);
}

/* "Pérou-Chili", "Lima-Madrid": a hyphenated word whose every part is a
** place, one at least a country or a city (not an adjective:
** Asie-Pacifique is one region; not only regions: Alsace-Moselle),
** and which is no place itself (Guinée-Bissau), names one place per part.
** Each part is pushed typed LOC (SP_PRESET). Returns the number of parts
** pushed, 0 when the word is no such compound, -1 when out of memory. */
static int place_compound(ent_ctx *c, size_t i) {
  const presse_token *t = &c->tok[i];
  if ((t->flags & (PRESSE_TF_HYPHEN | PRESSE_TF_SOFT_HYPHEN)) !=
      PRESSE_TF_HYPHEN)
    return 0;
  if (ent_tok_flags(c, i) & (EL_NAMEY | EL_NOTENT)) return 0;
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i), a = 0, parts = 0, towns = 0, cut[9];
  for (size_t k = 0; k <= n; k++) {
    if (k < n && s[k] != '-') continue;
    if (parts == 8 || k == a || !upper_at(s + a, n - a)) return 0;
    char w[ENT_FOLD_MAX];
    size_t m = ent_fold(s + a, k - a, w);
    if (m == (size_t)-1) return 0;
    uint32_t f = ent_lex_lookup(w, m);
    if (!(f & EL_PLACE) || (f & (EL_ADJ | EL_NOTENT))) return 0;
    towns += (f & (EL_COUNTRY | EL_CITY)) != 0;
    cut[parts++] = a;
    a = k + 1;
  }
  if (parts < 2 || !towns) return 0;
  /* a cardinal point opens one name: "Nord-Kivu", "Ouest-Kervel" */
  char w0[ENT_FOLD_MAX];
  size_t m0 = ent_fold(s, cut[1] - 1, w0);
  if (m0 != (size_t)-1 && (ent_lex_lookup(w0, m0) & EL_CARDINAL)) return 0;
  if (cardinal_closes(s, cut[parts - 1], n)) return 0;
  cut[parts] = n + 1;
  for (size_t p = 0; p < parts; p++) {
    if (push(c, i, i + 1, 0)) return -1;
    ent_span *sp = &c->sp[c->nsp - 1];
    size_t len = cut[p + 1] - 1 - cut[p];
    sp->b0 = t->b0 + (uint32_t)cut[p];
    sp->b1 = sp->b0 + (uint32_t)len;
    sp->c0 = t->c0 + (uint32_t)presse_utf8_count(s, cut[p]);
    sp->c1 = sp->c0 + (uint32_t)presse_utf8_count(s + cut[p], len);
    sp->nname = 1;
    sp->flags = SP_PRESET;
    sp->type = PRESSE_LOC;
    sp->ev = EV_LEXICON;
  }
  return (int)parts;
}

/* The longest multi-word lexicon key starting at token i (Côte d'Ivoire,
** Burkina Faso, Nations unies): its end token, or i when none. Tokens are
** joined as the generator joins words: one space, none after an elision. */
static size_t lexicon_phrase(ent_ctx *c, size_t i, uint32_t *fl) {
  char buf[ENT_FOLD_MAX];
  size_t m = 0, best = i;
  *fl = 0;
  for (size_t j = i; j < c->ntok && j < i + 7; j++) {
    if (!ent_is_word(c, j)) break;
    /* the first word alone is the token's own key, most often looked up
    ** already: no phrase starts with it unless it is a prefix */
    if (j == i && !(ent_tok_flags(c, i) & EL_PREFIX)) break;
    if (j > i) {
      if (!same_line(c, j - 1)) break;
      if (!(c->tok[j - 1].flags & PRESSE_TF_ELISION)) {
        if (m + 1 > ENT_FOLD_MAX) break;
        buf[m++] = ' ';
      }
    }
    char w[ENT_FOLD_MAX];
    size_t add = ent_fold_text(c, tok_s(c, j), tok_n(c, j), w);
    if (add == (size_t)-1 || m + add > ENT_FOLD_MAX) break;
    memcpy(buf + m, w, add);
    m += add;
    /* (the first word alone is the token's own key, whose flags are
    ** cached: the same fold of the same bytes) */
    uint32_t f = j == i ? ent_tok_flags(c, i) : ent_lex_lookup(buf, m);
    /* a place's name may end in lowercase: "Arabie saoudite" */
    if (j > i && (f & (EL_PLACE | EL_REGION | EL_GIVEN | EL_SURNAME)) &&
        (name_word(c, j) ||
         ((f & (EL_COUNTRY | EL_CITY | EL_CAPNOM)) &&
          c->tok[j].b1 > c->tok[j].b0 && !(c->tok[j].flags & PRESSE_TF_UPPER) &&
          !(c->tok[j].flags & PRESSE_TF_ELISION) && name_word(c, j - 1))))
      best = j + 1, *fl = f;
    if (!(f & EL_PREFIX)) break;
  }
  return best;
}

/* Is token i a capitalised article (Le, La, Les)? Inside a sentence it
** belongs to the name that follows: "de La France insoumise", "selon Le
** Monde", "Les Républicains". */
/* Is s[0..n) a definite article with a capital: Le, La, Les, or LE, LA,
** LES in a line of capitals? */
static int article_form(const char *s, size_t n, int allcaps) {
  return allcaps ? ewt_upper_article(s, n) : ewt_cap_article(s, n);
}

static int cap_article(const ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i) || !(c->tok[i].flags & PRESSE_TF_UPPER)) return 0;
  return article_form(tok_s(c, i), tok_n(c, i), 0);
}

/* Does a work's noun name the quotation [i, k) (i its first word, k its
** closing mark) as a title: right before its opening mark ("le single «
** Chrome »", "la série « X »"), after "auteur de", or in apposition after
** its closing mark, lowercase words up to the noun (", son deuxième
** album", ", le morceau qui")? The noun says what one capitalised word
** in marks is: a title, not someone's word ("« Merci »"). */
static int work_noun_around(const ent_ctx *c, size_t i, size_t k) {
  if (i >= 2 && (span_word(c, i - 2) & SW_WORK)) return 1;
  if (i >= 3 && ew_de(c, i - 2) && ew_author(c, i - 3)) return 1;
  if (!is_punct(c, k + 1, ",") || !same_line(c, k + 1)) return 0;
  for (size_t q = k + 2; q < k + 5 && ent_is_word(c, q); q++) {
    if (c->tok[q].flags & PRESSE_TF_UPPER) return 0;
    if (span_word(c, q) & SW_WORK) return 1;
  }
  return 0;
}

/* Is the quotation [i, k) a title by a work's noun around it, or around
** the same words in marks elsewhere in the document ("« X », son album";
** then "« X » possède une qualité rare")? */
static int work_title_cued(const ent_ctx *c, size_t i, size_t k) {
  if (work_noun_around(c, i, k)) return 1;
  const char *s = tok_s(c, i);
  size_t n = c->tok[k - 1].b1 - c->tok[i].b0;
  const char *end = c->text + c->n;
  for (const char *p = c->text; p + n <= end; p++) {
    p = memchr(p, s[0], (size_t)(end - p) - n + 1);
    if (!p) break;
    if (p == s || memcmp(p, s, n)) continue;
    size_t j = presse_token_at_byte(c->tok, c->ntok, (size_t)(p - c->text));
    size_t e = j + (k - i);
    if (j < 1 || e >= c->ntok || c->tok[j].b0 != (size_t)(p - c->text) ||
        c->tok[e - 1].b1 != c->tok[j].b0 + n ||
        !(c->tok[j - 1].flags & PRESSE_TF_OPEN_QUOTE) ||
        !(c->tok[e].flags & PRESSE_TF_CLOSE_QUOTE))
      continue;
    if (work_noun_around(c, j, e)) return 1;
  }
  return 0;
}

/* Does token i open a title of a work in quotation marks ("« Les Heures
** claires »", "« L'Écume des jours »", "« Minuit à Kervel »")? Returns
** the token of the closing mark, 0 if not. The quotation is a title when
** it is short, on one line, without punctuation, pronouns, negations or
** frequent verbs (data/ent_spanwords.txt 256: those are someone's words,
** "« Nous resterons »"), and either an article opens it before a
** capitalised word that is no place, person or nationality (French
** titles capitalise their first noun: "« La Kervelie est prête »" is
** speech) or it holds a second capitalised word or a number ("« Béton
** Lunaire »", "« Horizon 2040 »"). Its own words say nothing of its type
** (ent_class.c, work_title). */
size_t ent_quoted_title(ent_ctx *c, size_t i) {
  if (i == 0 || i + 1 >= c->ntok || !ent_is_word(c, i) ||
      !(c->tok[i].flags & PRESSE_TF_UPPER) ||
      (c->tok[i].flags & PRESSE_TF_ALLCAPS) ||
      c->tok[i - 1].kind != PRESSE_TOK_PUNCT ||
      !(c->tok[i - 1].flags & PRESSE_TF_OPEN_QUOTE))
    return 0;
  size_t k = i, words = 0, caps = 0;
  for (; k < c->ntok; k++) {
    const presse_token *t = &c->tok[k];
    if (t->kind == PRESSE_TOK_PUNCT) {
      if (t->flags & PRESSE_TF_CLOSE_QUOTE) break;
      return 0;
    }
    if (k > i && (t->flags & (PRESSE_TF_LINE_START | PRESSE_TF_SOFT_BREAK)))
      return 0;
    if (++words > 8) return 0;
    if (t->kind == PRESSE_TOK_NUMBER) {
      caps += k > i;
      continue;
    }
    if (t->kind != PRESSE_TOK_WORD) continue; /* "&" */
    if (k > i && (t->flags & PRESSE_TF_UPPER)) caps++;
  }
  if (k >= c->ntok || k == i) return 0;
  /* a verb inside makes it a quotation (asked once the words are known to
  ** close within eight and a line, as most quotations do not: the
  ** lexicon's probes are spared them; branch speedE2) */
  for (size_t q = i; q < k; q++)
    if (speech_word(c, q)) return 0;
  size_t n = tok_n(c, i);
  const char *s = tok_s(c, i);
  int art = cap_article(c, i) ||
            ((c->tok[i].flags & PRESSE_TF_ELISION) && s[0] == 'L') ||
            ewt_cap_indefinite(s, n);
  if (art) {
    if (k < i + 2 || !ent_is_word(c, i + 1) ||
        !(c->tok[i + 1].flags & PRESSE_TF_UPPER) ||
        (c->tok[i + 1].flags & PRESSE_TF_ALLCAPS))
      return 0;
    uint32_t f = ent_tok_flags(c, i + 1);
    if (f & (EL_PLACE | EL_GIVEN | EL_SURNAME | EL_DEMONYM | EL_TITLE |
             EL_NOTENT | EL_FUNC))
      return 0;
    return k;
  }
  /* no article: a second capitalised word or a number, or a work's noun
  ** around it (branch ents19), and a first word that is no function word
  ** ("« Sans un mot, Kervel »") */
  if (ent_tok_flags(c, i) & (EL_FUNC | EL_NOTENT | EL_TITLE)) return 0;
  if (!caps && (words > 5 || !work_title_cued(c, i, k))) return 0;
  return k;
}

/* Is token i a separator of a masthead's or a breadcrumb's line: a dash,
** "|", "·", "/", ">", "›" ("La Libre X › Culture › Scènes")? */
static int line_separator(const ent_ctx *c, size_t i) {
  if (c->tok[i].kind != PRESSE_TOK_PUNCT && c->tok[i].kind != PRESSE_TOK_SYMBOL)
    return 0;
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  if (n == 1) return s[0] == '-' || s[0] == '|' || s[0] == '/' || s[0] == '>';
  return (n == 2 && !memcmp(s, "\xC2\xB7", 2)) ||
         (n == 3 && !memcmp(s, "\xE2\x80", 2) &&
          (s[2] == '\x93' || s[2] == '\x94' || s[2] == '\xBA'));
}

/* Does a capitalised article opening a line (token i) open a masthead
** that fills the line or runs to a separator ("Le Courrier de Kervel",
** "LA VOIX DE KERVEL", "Le Progrès – Faits divers")? Returns its end,
** 0 if not: its words capitalised but for particles, at most six, no
** other mark; the article belongs to the name (at a sentence start it is
** dropped). Its type is left to ent_class.c (words_article: a body, or a
** place the lexicon knows with its article). */
static size_t masthead_line(ent_ctx *c, size_t i) {
  const presse_token *t = &c->tok[i];
  if (!(t->flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) ||
      !(t->flags & PRESSE_TF_UPPER) || i + 1 >= c->ntok)
    return 0;
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  int allcaps = (t->flags & PRESSE_TF_ALLCAPS) != 0;
  if (!((t->flags & PRESSE_TF_ELISION) && (s[0] == 'L')) &&
      !article_form(s, n, allcaps))
    return 0;
  size_t k = i + 1, words = 0, names = 0;
  for (; k < c->ntok; k++) {
    const presse_token *u = &c->tok[k];
    if (u->flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) break;
    if (line_separator(c, k)) break;
    if (u->kind != PRESSE_TOK_WORD || ++words > 6) return 0;
    if (u->flags & PRESSE_TF_UPPER) {
      if (allcaps && !(u->flags & PRESSE_TF_ALLCAPS) && tok_n(c, k) > 1)
        return 0;
      names++;
    } else if (allcaps || !(ent_tok_flags(c, k) & (EL_FUNC | EL_PARTICLE))) {
      return 0;
    }
  }
  /* a line of its own, ending on a capitalised word: not a document
  ** cut short ("Le Comptoir de") */
  if (k >= c->ntok || !(c->tok[k - 1].flags & PRESSE_TF_UPPER)) return 0;
  if (!names || !(c->tok[i + 1].flags & PRESSE_TF_UPPER) ||
      (ent_tok_flags(c, i + 1) & EL_FUNC && !allcaps))
    return 0;
  return k;
}

/* The document's first line, opened by a capitalised article, is its
** masthead also when masthead_line() wants more capitals: a lowercase
** adjective after a name ("L'Écho lyonnais"), a "+" glued to the last
** word ("La Presse+"), an ordinal number after a name ("La Réunion
** 1ère", not a score: "La Norvège 2-1 ..."), before the line's end or
** a rubric mark after a space. At most three words, the first
** capitalised; a headline has a verb (the dev gold: every first line
** opened by an article names the site). Typed ORG here: a medium. Not
** "L'essentiel": a rubric may open a page so ("L'édito"). Returns its
** end, 0 if not. */
static size_t first_line_masthead(ent_ctx *c, size_t i) {
  const presse_token *t = &c->tok[i];
  if (i != 0 || !(t->flags & PRESSE_TF_UPPER) || i + 1 >= c->ntok) return 0;
  int elided = (t->flags & PRESSE_TF_ELISION) && tok_s(c, i)[0] == 'L';
  if (!elided && !article_form(tok_s(c, i), tok_n(c, i), 0)) return 0;
  size_t k = i + 1, words = 0;
  for (; k < c->ntok; k++) {
    const presse_token *u = &c->tok[k];
    if (u->flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) break;
    if (line_separator(c, k) && (u->flags & PRESSE_TF_SPACE_BEFORE)) break;
    if (u->kind == PRESSE_TOK_WORD) {
      uint32_t f = ent_tok_flags(c, k);
      if (++words > 3 || (f & EL_FUNC)) return 0;
      if (u->flags & PRESSE_TF_UPPER) continue;
      if (k == i + 1 || !(f & (EL_ADJ | EL_DEMONYM)) || (f & EL_VERB)) return 0;
    } else if (u->kind == PRESSE_TOK_NUMBER) {
      /* an ordinal (1ère, 2e), not a score (2-1) */
      unsigned char z = (unsigned char)tok_s(c, k)[tok_n(c, k) - 1];
      if (k == i + 1 || !(c->tok[k - 1].flags & PRESSE_TF_UPPER) ||
          !((z >= 'a' && z <= 'z') || z >= 0x80))
        return 0;
    } else if (!(tok_n(c, k) == 1 && tok_s(c, k)[0] == '+' &&
                 !(u->flags & PRESSE_TF_SPACE_BEFORE))) {
      return 0;
    }
  }
  /* a line of its own, or the name before a rubric */
  return k < c->ntok && words ? k : 0;
}

static size_t de_target(ent_ctx *c, size_t j);

/* Is word i a gathering's noun (data/ent_spanwords.txt, bit 32768: sommet,
** congrès) capitalised because it opens the sentence or a headline, before
** "de" and the name of who meets ("Sommet de l'Otan : ...", "Congrès du
** X : ..."; not "Congrès des maires")? The annotators keep the name
** only, the noun being a common one; written inside a sentence with its
** capital ("le Sommet de X") it is left to the name. */
static __attribute__((noinline)) int gathering_opens(ent_ctx *c, size_t i) {
  if (!(span_word(c, i) & SW_GATHER)) return 0;
  size_t k = de_target(c, i + 1);
  return k > i + 1 && k < c->ntok && name_word(c, k);
}

/* "Les" capitalised by its place (a sentence's or a line's start, a list
** after a comma) before a capitalised word of bodies' names alone
** (data/ent_orgwords.txt: Républicains, Écologistes) belongs to the name
** as it does inside a sentence ("Les Républicains, qui ...", "Tags : Les
** Écologistes"): the gold writes the party's name with its article. */
static int article_orgword(ent_ctx *c, size_t s0, size_t j) {
  return j == s0 + 2 && tok_n(c, s0) == 3 && cap_article(c, s0) &&
         (c->tok[s0 + 1].flags & PRESSE_TF_UPPER) &&
         !(c->tok[s0 + 1].flags & PRESSE_TF_ALLCAPS) &&
         (ent_tok_flags(c, s0 + 1) & EL_ORGWORD);
}

/* Does word i open a multi-word place name of the lexicon (a country, a
** town, a region: "Côte d'Ivoire", "République tchèque")? */
static __attribute__((noinline)) int place_phrase_opens(ent_ctx *c, size_t i) {
  uint32_t fl;
  return lexicon_phrase(c, i, &fl) > i + 1 &&
         (fl & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_REGION));
}

/* Should a span starting with ambiguous capital word i drop it? */
static int drop_ambiguous(ent_ctx *c, size_t i, int more) {
  uint32_t f = ent_tok_flags(c, i);
  /* a common noun of places opening a country's or a town's name of
  ** several words the lexicon knows: "Côte d'Ivoire : ...", "République
  ** tchèque" at a line's start */
  if ((f & (EL_PREFIX | EL_COMMON)) == (EL_PREFIX | EL_COMMON) &&
      (f & (EL_LOCCUE | EL_LOCHEAD)) &&
      !(f & (EL_FUNC | EL_TITLE | EL_PLACE)) &&
      !(c->tok[i].flags & PRESSE_TF_ALLCAPS) && place_phrase_opens(c, i))
    return 0;
  if (f & (EL_FUNC | EL_NOTENT | EL_TITLE)) return 1;
  if (!(f & EL_COMMON)) return 0;
  /* a town named by a common word in a dateline: "Cornu, 29 juin. —" */
  if (!more && ent_dateline_at(c, i, i + 1)) return 0;
  if (f & (EL_COUNTRY | EL_CITY | EL_CAPNOM)) return 0;
  if (c->tok[i].flags & PRESSE_TF_ALLCAPS) return 0;
  if (more) {
    /* a storm's noun capitalised by its place: "Tempête X : ..." */
    if ((f & EL_MISCCUE) && !(f & EL_NAMEY) && (span_word(c, i) & SW_STORM))
      return 1;
    if (gathering_opens(c, i)) return 1;
    if (f &
        (EL_GIVEN | EL_SURNAME | EL_NPR | EL_ORGHEAD | EL_LOCHEAD | EL_MISCCUE))
      return 0;
    /* an event's head opening a name: "Mondial 2034 : ..." */
    if ((f & EL_EVENT) && event_word(c, i)) return 0;
    /* a noun opening a name: "Météo France a annoncé"; not an adverb
    ** ("Finalement Paris"), a verb or an adjective */
    size_t n = tok_n(c, i);
    int ment = n > 4 && !memcmp(tok_s(c, i) + n - 4, "ment", 4);
    if (!(f & (EL_VERB | EL_ADJ | EL_LOCCUE)) && !ment && n >= 4) return 0;
  }
  return 1;
}

/* Is the word before token i the "Par" opening a line, a byline's ("Par
** Aurélie X")? There a given name that is also a common word (aurélie, a
** jellyfish; laure) opens the author's name, as any given name does. */
static __attribute__((noinline)) int byline_opens(const ent_ctx *c, size_t i) {
  return i > 0 && ew_par(c, i - 1) && (i == 1 || !same_line(c, i - 2));
}

/* On a Title Case line (a byline, a caption), a common word right after a
** given name that opens the span is its surname: "Par Anne Roux", "Photo
** Paul Martin"; a given name that is a common word only after a byline's
** "Par". Not a verb, a function or a word never a name: "Anne Annonce",
** "Marie Ministre" are a headline's capitals. */
static int given_surname(ent_ctx *c, size_t i, size_t j, uint32_t f) {
  uint32_t hf = ent_tok_flags(c, i);
  return j == i + 1 && (hf & EL_GIVEN) &&
         (!(hf & EL_COMMON) || byline_opens(c, i)) &&
         !(f & (EL_VERB | EL_FUNC | EL_NOTENT | EL_TITLE)) &&
         !(c->tok[j].flags & PRESSE_TF_ALLCAPS);
}

/* Was the word that opened the run at token i, ambiguous by its place
** (a line start), a word that is never an entity ("Newsletter", "Lire":
** data/ent_notent.txt), and is word s0 after it one that the same place
** would drop? The word after a site's label is as ambiguous as the
** label: "Newsletter Santé : recevez...", not a body named "Santé"; a
** capitalised article opens a name ("Newsletter Le Courrier du Nord"). */
static __attribute__((noinline)) int after_boiler_word(ent_ctx *c, size_t i,
                                                       size_t s0, int more) {
  return s0 == i + 1 && (c->info[i] & TI_AMBIG) &&
         (ent_tok_flags(c, i) & EL_NOTENT) &&
         !(ent_tok_flags(c, s0) & EL_FUNC) && drop_ambiguous(c, s0, more);
}

/* A compound given name ("Anne-Sixtine", "Jean-Baptiste"): one hyphen,
** its first part a given name (ent_given_word), its second a given name
** that is no family name, or unknown ("Louis-Pasteur" is a school's or a
** street's name), and no body's or place's cue before it ("le collège
** Louis-Pasteur de X"). A hyphenated head is no person's otherwise, but
** this one takes a particle like a single given name: "Anne-Sixtine de X". */
static int compound_given(ent_ctx *c, size_t i) {
  if (!ent_given_word(c, i) || (ent_tok_flags(c, i) & EL_PLACE)) return 0;
  uint32_t fp = i > 0 ? ent_tok_flags(c, i - 1) : 0;
  if ((fp & (EL_ORGCUE | EL_ORGHEAD | EL_LOCCUE | EL_LOCHEAD)) &&
      !(fp & EL_TITLE)) /* "le maire X", a title, is "maire de" too */
    return 0;
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  const char *h = memchr(s, '-', n);
  if (!h || memchr(h + 1, '-', n - (size_t)(h + 1 - s))) return 0;
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(h + 1, n - (size_t)(h + 1 - s), w);
  if (m == (size_t)-1) return 0;
  uint32_t f = ent_lex_lookup(w, m);
  return f == 0 || ((f & EL_GIVEN) && !(f & (EL_SURNAME | EL_TITLE)));
}

/* Is token i the particle "de" or "d'" of a person's name ("Kerlouan
** de Pavic"): after a single capitalised word that no lexicon knows as a
** common word, a place or a body and that no article opens (a person
** takes none: "le Twitter de X"), before a single capitalised word that
** is no place and no acronym? */
static int person_de(ent_ctx *c, size_t i, size_t j, uint32_t headf) {
  const char *s = tok_s(c, j);
  size_t n = tok_n(c, j), k = j + 1;
  if (!(ewt_de(s, n) || ((c->tok[j].flags & PRESSE_TF_ELISION) && s[0] == 'd')))
    return 0;
  if (headf & ~(uint32_t)(EL_GIVEN | EL_SURNAME | EL_PREFIX)) return 0;
  if ((c->tok[i].flags & PRESSE_TF_ALLCAPS) ||
      ((c->tok[i].flags & PRESSE_TF_HYPHEN) && !compound_given(c, i)))
    return 0;
  if (i > 0 && (span_word(c, i - 1) & SW_ARTICLE)) return 0;
  if (k >= c->ntok || !same_line(c, j) || !name_word(c, k) ||
      (c->tok[k].flags & (PRESSE_TF_ALLCAPS | PRESSE_TF_GLUED)) ||
      (c->info[k] & TI_AMBIG))
    return 0;
  uint32_t fk = ent_tok_flags(c, k);
  if (fk & (EL_PLACE | EL_NOTENT | EL_TITLE | EL_FUNC | EL_ORGHEAD)) return 0;
  return !(same_line(c, k) && name_word(c, k + 1));
}

/* "Joaquín Echeverría de la Fuente", "le vice-ministre Hernán Gutiérrez de
** la Vega": two capitalised words no lexicon knows but as given or family
** names, then "de la" and one capitalised word that is no country, city,
** region, body, title or common word, no other name after it, are one
** person's name (the Spanish and French "de la" of a family name). i is the
** first word, j the "de". */
static int person_de_la(ent_ctx *c, size_t i, size_t j) {
  size_t k = j + 2;
  if (k >= c->ntok || !ent_is_word(c, j + 1) || tok_n(c, j + 1) != 2 ||
      memcmp(tok_s(c, j + 1), "la", 2) || !same_line(c, j + 1) ||
      !name_word(c, k) ||
      (c->tok[k].flags & (PRESSE_TF_ALLCAPS | PRESSE_TF_GLUED)) ||
      (c->info[k] & TI_AMBIG))
    return 0;
  const uint32_t namef = EL_GIVEN | EL_SURNAME | EL_PREFIX;
  for (size_t t = i; t < j; t++)
    if ((ent_tok_flags(c, t) & ~namef) || (c->info[t] & TI_AMBIG) ||
        (c->tok[t].flags & (PRESSE_TF_ALLCAPS | PRESSE_TF_HYPHEN)))
      return 0;
  if (i > 0 && (span_word(c, i - 1) & SW_ARTICLE)) return 0;
  uint32_t fk = ent_tok_flags(c, k);
  if (fk & (EL_CAPNOM | EL_COUNTRY | EL_CITY | EL_REGION | EL_NOTENT |
            EL_TITLE | EL_FUNC | EL_ORGHEAD | EL_LOCHEAD | EL_COMMON |
            EL_ORGWORD | EL_CARDINAL))
    return 0;
  return !(same_line(c, k) && name_word(c, k + 1));
}

/* "M. Quispe de la Fuente": a form of address before one capitalised
** word makes it a person's, whose "de la" and next word are its family
** name's (person_de_la() checks them). i is the word. */
static __attribute__((noinline)) int civility_before(ent_ctx *c, size_t i) {
  return i > 0 && c->tok[i - 1].sent == c->tok[i].sent &&
         ent_civility_word(c, i - 1);
}

/* "Aurélien de Woot de Trixhe": a given name, the particle of its family
** name and one word took a second "de" and one word that person_de()
** would take after a name (no place, no body, nothing after it). j is the
** second "de" (the caller checks j == i + 3 and one word after it), i the
** given name. */
static __attribute__((noinline)) int second_particle(ent_ctx *c, size_t i,
                                                     size_t j) {
  return ew_de_form(c, i + 1) &&
         person_de(c, i + 2, j, ent_tok_flags(c, i + 2));
}

/* An English connector between two capitalised words of one name: "Bank
** of America", "Food and Drug Administration" (data/ent_spanwords.txt;
** compared as written, "thé" is no "the"). */
static int english_join(const ent_ctx *c, size_t j) {
  const char *s = tok_s(c, j);
  size_t n = tok_n(c, j);
  if (n < 2 || n > 4) return 0;
  for (size_t k = 0; k < n; k++)
    if (s[k] < 'a' || s[k] > 'z') return 0;
  return (span_word(c, j) & SW_ENGLISH) != 0;
}

/* Is word token i written in CamelCase, a capital after a lowercase
** letter ("VoxaLeaks", "YouTube": a brand, no part of a person's name)? */
static int camel_case(const ent_ctx *c, size_t i) {
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  for (size_t k = 1; k + 1 < n; k++) {
    /* "McCain", "MacArthur": a surname's prefix, not a brand's capital */
    if ((k == 1 && s[0] == 'M' && s[1] == 'c') ||
        (k == 2 && s[0] == 'M' && s[1] == 'a' && s[2] == 'c'))
      continue;
    if (s[k] >= 'a' && s[k] <= 'z' && upper_at(s + k + 1, n - k - 1)) return 1;
  }
  return 0;
}

/* Is the word after token i a lowercase noun (a common word that is no
** adjective nor function word) of the same line? */
static int noun_next(ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i + 1) || !same_line(c, i) ||
      (c->tok[i + 1].flags & PRESSE_TF_UPPER))
    return 0;
  uint32_t f = ent_tok_flags(c, i + 1);
  return (f & EL_COMMON) && !(f & (EL_ADJ | EL_FUNC));
}

/* Is the word after token i a lowercase adjective of the same line? */
static int adj_next(ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i + 1) || !same_line(c, i) ||
      (c->tok[i + 1].flags & PRESSE_TF_UPPER))
    return 0;
  uint32_t f = ent_tok_flags(c, i + 1);
  return (f & (EL_ADJ | EL_DEMONYM)) && !(f & EL_FUNC);
}

/* When token j is "de", "d'", "du" or "des", the token after it and its
** article ("de la", "de l'"); else 0. */
static size_t de_target(ent_ctx *c, size_t j) {
  if (!ent_is_word(c, j)) return 0;
  const char *s = tok_s(c, j);
  size_t n = tok_n(c, j);
  int de = ewt_de_du_des(s, n) ||
           ((c->tok[j].flags & PRESSE_TF_ELISION) && s[0] == 'd');
  if (!de) return 0;
  size_t k = j + 1;
  if (k < c->ntok && ent_is_word(c, k) && same_line(c, j)) {
    const char *s2 = tok_s(c, k);
    size_t n2 = tok_n(c, k);
    if (n == 2 && s[1] == 'e' &&
        (ewt_la(s2, n2) ||
         ((c->tok[k].flags & PRESSE_TF_ELISION) && s2[0] == 'l')))
      k++;
  }
  return k;
}

/* Is token k, after "de" and the adjective that follows body head i, the
** town or country that body belongs to: "l'Université américaine de X",
** "l'École normale supérieure de X", "le Conservatoire royal de X"? The
** heads are bodies every town or country has (data/ent_spanwords.txt, bit
** 16384); after other heads the place stays apart ("la Commission
** européenne de X": the team Wikinews gold). The place must end the run
** of capitals. */
static __attribute__((noinline)) int local_body_place(ent_ctx *c, size_t i,
                                                      size_t k) {
  uint32_t fk = ent_tok_flags(c, k);
  if (!(fk & EL_PLACE) || (fk & EL_CARDINAL) || (c->info[k] & TI_AMBIG) ||
      (c->tok[i].flags & PRESSE_TF_ALLCAPS) ||
      (k + 1 < c->ntok && same_line(c, k) && name_word(c, k + 1)))
    return 0;
  /* span_word() reads words of 12 bytes at most: "Conservatoire" is 13 */
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold_text(c, tok_s(c, i), tok_n(c, i), w);
  if (m == (size_t)-1) return 0;
  const presse_lex_entry *e = presse_lex_find(&lex_ent_spanwords, w, m);
  return e && (e->value & SW_LOCALBODY);
}

/* Is word k, after the "de" of token j (k may follow "de la", "de l'"), a
** lowercase noun that continues an institution's name ("Conseil de
** sécurité", "Bureau d'enquêtes")? A word unknown to the lexicon is a
** technical noun ("Institut d'État d'hydrographie"). After "des", an
** article or a bare "de" and a plural, a word that is also an adjective
** is a noun when no noun follows it ("de la langue française", "d'enquêtes";
** not "de la grande distribution"). Not an infinitive after a bare "de"
** ("demande au Conseil de statuer"), nor a noun that governs a complement
** of its own ("la Banque centrale du pays", "du fait de":
** data/ent_spanwords.txt). */
static int complement_word(ent_ctx *c, size_t k, int art, int bare, int des) {
  if (k >= c->ntok) return 0;
  const char *w = tok_s(c, k);
  size_t wn = tok_n(c, k);
  uint32_t fk = ent_tok_flags(c, k);
  if (!((fk & EL_COMMON) || !(fk & ~(uint32_t)EL_PREFIX)) || (fk & EL_FUNC) ||
      c->tok[k].c1 - c->tok[k].c0 < 4)
    return 0;
  /* a word that is also an adjective is a noun when an adjective follows
  ** it ("de langue française") */
  if ((fk & EL_ADJ) && !des && !adj_next(c, k) &&
      (!(art || w[wn - 1] == 's' || w[wn - 1] == 'x') || noun_next(c, k)))
    return 0;
  if ((fk & EL_VERB) && bare && infinitive(c, k)) return 0;
  return !(span_word(c, k) & SW_NOTCOMP);
}

static int complement_noun(ent_ctx *c, size_t j, size_t k) {
  if (k >= c->ntok) return 0;
  const char *s = tok_s(c, j);
  size_t n = tok_n(c, j);
  return complement_word(c, k, k > j + 1 || s[1] == 'u' || n == 3,
                         k == j + 1 && s[n - 1] != 'u' && n != 3, n == 3);
}

/* Are words i and j both plural (-s, -x): a capitalised plural noun and
** its adjective name a group ("les Casques bleus", "les Gilets jaunes")? */
static int plural_pair(const ent_ctx *c, size_t i, size_t j) {
  const char *a = tok_s(c, i), *b = tok_s(c, j);
  size_t na = tok_n(c, i), nb = tok_n(c, j);
  return na > 3 && nb > 3 && (a[na - 1] == 's' || a[na - 1] == 'x') &&
         (b[nb - 1] == 's' || b[nb - 1] == 'x');
}

/* Does name word i open a minister's portfolio: "ministre de la Défense",
** "ministère des Affaires étrangères"? */
static int portfolio_head(const ent_ctx *c, size_t i) {
  size_t k = i;
  for (int art = 0; art < 2 && k > 0; art++) {
    k--;
    if (!ent_is_word(c, k)) return 0;
    const char *s = tok_s(c, k);
    size_t n = tok_n(c, k);
    if (n >= 6 && (!memcmp(s, "minist", 6) || !memcmp(s, "Minist", 6)))
      return art > 0;
  }
  return k > 0 && ent_is_word(c, k - 1) && tok_n(c, k - 1) >= 6 &&
         (!memcmp(tok_s(c, k - 1), "minist", 6) ||
          !memcmp(tok_s(c, k - 1), "Minist", 6));
}

/* Is number token j the day of a date, a month after it ("KERVEL 19
** juin", a dateline)? */
static int date_after(ent_ctx *c, size_t j) {
  return tok_n(c, j) <= 2 && j + 1 < c->ntok &&
         c->tok[j + 1].sent == c->tok[j].sent && ent_month_at(c, j + 1);
}

/* Grow a span from name word i; returns its end (exclusive). */
/* The first letter of s[0..n), folded (lowercase, no accent), or 0. */
static char first_folded(const char *s, size_t n) {
  char w[ENT_FOLD_MAX];
  size_t m = ent_fold(s, n < 4 ? n : 4, w);
  return m == (size_t)-1 || m == 0 ? 0 : w[0];
}

/* Do the words [i, k) spell the word in brackets after them ("(" at k)?
** Function words may be skipped or spelled: "Communauté économique des
** États de l'Afrique de l'Ouest (Cédéao)", "Institut de physique du
** globe de Paris (IPGP)". */
int ent_spells_acronym(ent_ctx *c, size_t i, size_t k) {
  if (k <= i || k + 2 >= c->ntok || !is_punct(c, k, "(") ||
      !ent_is_word(c, k + 1) || !(c->tok[k + 1].flags & PRESSE_TF_UPPER) ||
      !(is_punct(c, k + 2, ")") || is_punct(c, k + 2, ",")))
    return 0;
  char a[ENT_FOLD_MAX];
  size_t na = ent_fold(tok_s(c, k + 1), tok_n(c, k + 1), a);
  if (na == (size_t)-1 || na < 2 || na > 10 || k - i > 16) return 0;
  /* reach: bit p set when the words so far spell a[0..p) */
  uint32_t reach = 1;
  for (size_t w = i; w < k && reach; w++) {
    if (!ent_is_word(c, w)) return 0;
    uint32_t f = ent_tok_flags(c, w);
    int skip = (f & EL_FUNC) || (c->tok[w].flags & PRESSE_TF_ELISION);
    char l = first_folded(tok_s(c, w), tok_n(c, w));
    uint32_t next = skip ? reach : 0;
    for (size_t p = 0; p < na; p++)
      if ((reach >> p & 1) && a[p] == l) next |= 1u << (p + 1);
    reach = next;
  }
  return (reach >> na & 1) != 0;
}

/* "l'Institut d'études de sécurité (ISS)", "le Mouvement des personnes
** affectées par les barrages (MAB)": after a body's head (or a
** capitalised common noun) and the complements grow() took, the words
** [j, k) up to a bracketed acronym (its "(" at k) that opens with the
** head's letter belong to the name, though the acronym spells them
** loosely (an English one, words it skips): at most ten words of one
** line, none capitalised. */
static __attribute__((noinline)) int loose_acronym(ent_ctx *c, size_t i,
                                                   size_t j, size_t k) {
  uint32_t headf = ent_tok_flags(c, i);
  if (!(headf & (EL_ORGHEAD | EL_COMMON)) || (headf & EL_NAMEY) ||
      (c->tok[i].flags & PRESSE_TF_ALLCAPS) || k > j + 10 || k + 2 >= c->ntok ||
      !ent_is_word(c, k + 1) || !(c->tok[k + 1].flags & PRESSE_TF_UPPER) ||
      !is_punct(c, k + 2, ")") || tok_n(c, k + 1) < 2)
    return 0;
  for (size_t w = j; w < k; w++)
    if ((c->tok[w].flags & PRESSE_TF_UPPER) || !same_line(c, w)) return 0;
  char a = first_folded(tok_s(c, k + 1), tok_n(c, k + 1));
  return a && a == first_folded(tok_s(c, i), tok_n(c, i));
}

/* Do the words [i, k) name the acronym in brackets after them, spelled
** or loosely (loose_acronym())? "L'Intersyndicale nationale des internes
** (ISNI)", "Médecins sans frontières (MSF)": such a name is a body
** (features(), defines_acronym) and its first word a name's though it
** opens its sentence (find_spans()). */
int ent_defines_acronym(ent_ctx *c, size_t i, size_t k) {
  if (k < i + 2 || k >= c->ntok || !is_punct(c, k, "(")) return 0;
  return ent_spells_acronym(c, i, k) || loose_acronym(c, i, i + 1, k);
}

/* "la Banque européenne pour la reconstruction et le développement
** (BERD)": a name that a bracketed acronym defines runs to the bracket
** when the words from i spell the acronym, or spell it loosely after a
** body's head (loose_acronym()). Returns the token of the bracket, or
** j. */
static inline __attribute__((always_inline)) size_t
acronym_defined_end(ent_ctx *c, size_t i, size_t j) {
  size_t k = j, lim = i + 16;
  while (k < c->ntok && k < lim && ent_is_word(c, k) &&
         c->tok[k].sent == c->tok[i].sent)
    k++;
  if (k == j || k >= c->ntok || !is_punct(c, k, "(")) return j;
  return ent_spells_acronym(c, i, k) || loose_acronym(c, i, j, k) ? k : j;
}

/* Does word token j end like a participle of the first group (-é, -ée,
** -és, -ées)? Right after a name that no head opens, it says what the
** named thing is or undergoes ("Horizons divisés", "La Cerisaie jouée
** dans une grange"), where an adjective of the name would not. */
static int participle_e(const ent_ctx *c, size_t j) {
  const char *s = tok_s(c, j);
  size_t n = tok_n(c, j);
  if (n && s[n - 1] == 's') n--;
  if (n && s[n - 1] == 'e') n--;
  return n >= 4 && (unsigned char)s[n - 2] == 0xC3 &&
         (unsigned char)s[n - 1] == 0xA9;
}

/* Is the number token j after the name at token i a mark or a score
** rather than part of the name: a rating ("Djaló 8/10"), points ("Kervel
** 34 pts"), or an item of a list of names and numbers ("Les notes :
** Kerbrat 7, Morvan 6", "Classement : 1. Kervel 34 ; 2. Trélan 29")? */
static int score_item(ent_ctx *c, size_t i, size_t j) {
  if (memchr(tok_s(c, j), '/', tok_n(c, j))) return 1;
  size_t k = j + 1;
  if (ew_points(c, k)) return 1;
  /* the item before: "7, " or "34 ; 2. " */
  size_t p = i;
  if (p >= 2 && is_punct(c, p - 1, ".") && number_tok(c, p - 2, 1)) p -= 2;
  if (p >= 2 && (is_punct(c, p - 1, ",") || is_punct(c, p - 1, ";")) &&
      number_tok(c, p - 2, 0))
    return 1;
  /* the item after */
  if (!is_punct(c, k, ",") && !is_punct(c, k, ";")) return 0;
  k++;
  if (number_tok(c, k, 1) && is_punct(c, k + 1, ".")) k += 2;
  return k + 1 < c->ntok && name_word(c, k) && number_tok(c, k + 1, 0);
}

/* Does the number token j after a given name alone at token i name a
** product ("Ariane 6", "une fusée Kerla 5 depuis Kourou")? A person is not
** written with a number; what follows must not be counted by it ("Marie 3
** enfants") nor be a number itself. */
static int given_number(ent_ctx *c, size_t i, size_t j, uint32_t headf) {
  if (!(headf & EL_GIVEN) || (headf & (EL_SURNAME | EL_NOTENT | EL_FUNC)) ||
      !number_tok(c, j, 1) || tok_n(c, j) > 2)
    return 0;
  size_t k = j + 1;
  if (k >= c->ntok || c->tok[k].sent != c->tok[j].sent) return 1;
  if (c->tok[k].kind == PRESSE_TOK_NUMBER || is_punct(c, k, "/") ||
      is_punct(c, k, "-"))
    return 0;
  if (!ent_is_word(c, k) || (c->tok[k].flags & PRESSE_TF_UPPER)) return 1;
  uint32_t fk = ent_tok_flags(c, k);
  return !(fk & EL_COMMON) || (fk & (EL_FUNC | EL_VERB));
}

/* Does the number token j end the name of two words or more at token i
** ("Champions Cup 2027", "le Stade brestois 29", "le collectif Eau Commune
** 79", "Tribune Loire 1943")? Only a year or a number of one or two
** digits (a department, an edition); no year after an institution's head
** ("le Conseil de Kervel 2027 a voté"); never after a person (a given name
** or a surname opens it), a score, a date or a list item, and not when it
** counts what follows ("les Jeux olympiques 12 médailles"), is a score
** ("2-1", "2 à 1") or starts a list ("2 et 3"). The single-word names
** and their numbers are grow()'s own rules. */
static int multi_number(ent_ctx *c, size_t i, size_t j, uint32_t headf) {
  if (j < i + 2 || !number_tok(c, j, 1) ||
      !(c->tok[j].flags & PRESSE_TF_SPACE_BEFORE) ||
      !(tok_n(c, j) <= 2 || (year_at(c, j) && !(headf & EL_ORGHEAD))) ||
      (headf & (EL_GIVEN | EL_SURNAME | EL_NOTENT | EL_FUNC)) ||
      !same_line(c, j - 1) || date_after(c, j) || score_item(c, i, j))
    return 0;
  size_t k = j + 1;
  if (k >= c->ntok || c->tok[k].sent != c->tok[j].sent) return 1;
  const presse_token *t = &c->tok[k];
  if (t->kind == PRESSE_TOK_NUMBER || t->kind == PRESSE_TOK_SYMBOL ||
      is_punct(c, k, "-") || is_punct(c, k, "/") || is_punct(c, k, "%"))
    return 0;
  if (!ent_is_word(c, k) || (t->flags & PRESSE_TF_UPPER)) return 1;
  if (ew_a_et_ou(c, k) || (span_word(c, k) & SW_UNIT)) return 0;
  /* a plural counted: "12 médailles" */
  uint32_t fk = ent_tok_flags(c, k);
  return !((fk & EL_COMMON) && !(fk & EL_FUNC) &&
           strchr("sxz", tok_s(c, k)[tok_n(c, k) - 1]));
}

/* May a body's purpose open at token j: after an adjective, or right
** after a compound head; not after a head alone, where the preposition is
** the sentence's ("une victoire au Sénat pour les élus")? */
static int purpose_pour_place(const ent_ctx *c, size_t i, size_t j,
                              int adj_last) {
  return adj_last || (j == i + 1 && (c->tok[i].flags & PRESSE_TF_HYPHEN));
}

/* Is token j the "pour" of a body's purpose ("Haut-Commissariat des
** Nations unies pour les réfugiés", "Programme des Nations unies pour le
** développement")? */
static int purpose_pour(const ent_ctx *c, size_t i, size_t j, int adj_last) {
  return ew_pour(c, j) && purpose_pour_place(c, i, j, adj_last);
}

/* Is token j the "aux" of a body's purpose, before a lowercase plural
** noun it governs ("Haut-Commissariat des Nations unies aux droits de
** l'homme", "Haut-Commissariat aux réfugiés")? Where purpose_pour() reads
** "pour", and the noun, which "aux" already articles, at k = j + 1. */
static __attribute__((noinline)) int purpose_aux(ent_ctx *c, size_t i, size_t j,
                                                 int adj_last) {
  /* (not a body that is itself a complement, of a title cut off: "le
  ** Haut-Commissaire des Nations unies aux droits de l'homme" names the
  ** holder of an office of the body) */
  if (!ew_aux(c, j) || !purpose_pour_place(c, i, j, adj_last) ||
      (i > 0 && de_target(c, i - 1) == i) || j + 1 >= c->ntok ||
      !ent_is_word(c, j + 1) || (c->tok[j + 1].flags & PRESSE_TF_UPPER) ||
      !same_line(c, j))
    return 0;
  const char *w = tok_s(c, j + 1);
  size_t n = tok_n(c, j + 1);
  /* after an adjective, the noun governs a complement of its own ("aux
  ** droits de l'homme"): "la Commission européenne aux ministres" is the
  ** sentence's */
  return n > 3 && (w[n - 1] == 's' || w[n - 1] == 'x') &&
         complement_word(c, j + 1, 1, 0, 0) &&
         (!adj_last || (same_line(c, j + 1) && de_target(c, j + 2)));
}

/* Is token j the "pour" of a body named by a common noun of bodies
** ("Fondation pour le logement", "Coalition pour le changement",
** "Association pour la recherche": a head that is also an organisation's
** cue, data/ent_orgcues.txt), right after that head when its capital
** says something? An institution named by what it is (the Senate) takes
** no purpose: "au Sénat pour les élus". */
static int cue_head_pour(ent_ctx *c, size_t i, size_t j) {
  return j == i + 1 && !(c->info[i] & TI_AMBIG) && ew_pour(c, j) &&
         (ent_tok_flags(c, i) & (EL_ORGCUE | EL_ORGHEAD)) ==
             (EL_ORGCUE | EL_ORGHEAD);
}

/* "Santé publique France", "Sécurité routière Kervalie": a capitalised
** common noun, its adjective and a country name a national body, also at
** a sentence start. Returns the token after the country, or 0. */
static size_t body_of_country(ent_ctx *c, size_t i, uint32_t headf) {
  if (!(headf & EL_COMMON) ||
      (headf & (EL_NAMEY | EL_TITLE | EL_NOTENT | EL_FUNC | EL_DEMONYM |
                EL_VERB | EL_ADJ | EL_ORGHEAD | EL_LOCHEAD)) ||
      (c->tok[i].flags & PRESSE_TF_ALLCAPS) || !ent_is_word(c, i + 1) ||
      (c->tok[i + 1].flags & PRESSE_TF_UPPER) || !same_line(c, i) ||
      !same_line(c, i + 1) || !name_word(c, i + 2) || name_word(c, i + 3))
    return 0;
  uint32_t fa = ent_tok_flags(c, i + 1), fc = ent_tok_flags(c, i + 2);
  if (!(fa & EL_ADJ) || (fa & (EL_FUNC | EL_NOTENT | EL_VERB)) ||
      !(adjective_ending(c, i + 1) || (fa & EL_DEMONYM)) ||
      !(fc & EL_COUNTRY) || (fc & EL_DEMONYM))
    return 0;
  return i + 3;
}

/* Are tokens j, j + 1 the "en commun" that closes the name of a
** municipal list after its town ("X en commun": ORG, one name)? Not
** when a noun follows ("X en commun accord"). */
static int in_common(ent_ctx *c, size_t j) {
  if (!ew_in_common(c, j) || !same_line(c, j - 1) || !same_line(c, j)) return 0;
  size_t k = j + 2;
  return k >= c->ntok || !ent_is_word(c, k) ||
         c->tok[k].sent != c->tok[j].sent ||
         (c->tok[k].flags & PRESSE_TF_UPPER) ||
         !(ent_tok_flags(c, k) & EL_COMMON) ||
         (ent_tok_flags(c, k) & (EL_FUNC | EL_VERB));
}

/* The span just pushed, followed by "en commun" at token j, takes it in
** and is a body (ORG); the token after the span either way. */
static __attribute__((noinline)) size_t common_list(ent_ctx *c, size_t j) {
  if (!in_common(c, j)) return j;
  ent_span *sp = &c->sp[c->nsp - 1];
  sp->t1 = (uint32_t)(j + 2);
  sp->b1 = c->tok[j + 1].b1;
  sp->c1 = c->tok[j + 1].c1;
  preset_last(c, PRESSE_ORG, EV_FORM);
  return j + 2;
}

/* Is token j the "pour" of "pour tous" or "pour toutes" ending a name of
** capitalised words ("la Fondation Toit pour tous", "le collectif Vélo
** pour tous")? Not when "tous" governs what follows ("pour tous les
** enfants", "pour tous ces élus", "pour tous ceux qui"). Asked after the trim
*of trailing function words, which
** "pour tous" are. */
static int for_all(ent_ctx *c, size_t j) {
  if (!word_is(c, j, "pour") || !same_line(c, j - 1) || !same_line(c, j) ||
      !(word_is(c, j + 1, "tous") || word_is(c, j + 1, "toutes")))
    return 0;
  size_t k = j + 2;
  if (k >= c->ntok || c->tok[k].sent != c->tok[j].sent || !ent_is_word(c, k))
    return 1;
  return (c->tok[k].flags & PRESSE_TF_UPPER) ||
         !((span_word(c, k) & (SW_ARTICLE | SW_COUNT)) ||
           word_is(c, k, "ceux") || word_is(c, k, "celles"));
}

/* Is token j the "et" or "ou" between two capitalised common words of
** one name ("Habitat et Humanisme", "Tôt ou Tard", "SUD Commerces et
** Services")? Inside a sentence a common word is capitalised only as
** part of a name; two named things of a list are names of their own
** (places, persons, an institution by its head: "Sénat et Assemblée"), and a
** word after the pair that is a name again makes it a list, and so does
** a member written alone elsewhere in the document. */
static int common_word_of_name(ent_ctx *c, size_t k) {
  uint32_t f = ent_tok_flags(c, k);
  return name_word(c, k) && !(c->info[k] & TI_AMBIG) && (f & EL_COMMON) &&
         !(c->tok[k].flags & (PRESSE_TF_ALLCAPS | PRESSE_TF_GLUED)) &&
         !(f & (EL_NAMEY | EL_TITLE | EL_NOTENT | EL_FUNC | EL_CARDINAL |
                EL_DEMONYM | EL_LOCHEAD | EL_EVENT | EL_MISCCUE));
}

/* Is word a (a member of the pair at a, a + 2) written elsewhere in the
** document outside that pair ("les députés Renaissance et Horizons" where
** "le député Horizons" names one of them alone)? Asked only where a pair
** was found, over 500 tokens either side (linear on long inputs). */
static int alone_elsewhere(const ent_ctx *c, size_t a, size_t self) {
  const char *s = tok_s(c, self);
  size_t n = tok_n(c, self);
  size_t k0 = self > 500 ? self - 500 : 0;
  size_t k1 = c->ntok - self > 500 ? self + 500 : c->ntok;
  for (size_t k = k0; k < k1; k++) {
    if (k == self || tok_n(c, k) != n || memcmp(tok_s(c, k), s, n)) continue;
    size_t b = k - (self - a); /* where that pair would start */
    if (k >= self - a && b + 2 < c->ntok && tok_n(c, b) == tok_n(c, a) &&
        !memcmp(tok_s(c, b), tok_s(c, a), tok_n(c, a)) &&
        tok_n(c, b + 2) == tok_n(c, a + 2) &&
        !memcmp(tok_s(c, b + 2), tok_s(c, a + 2), tok_n(c, a + 2)))
      continue;
    return 1;
  }
  return 0;
}

static int common_pair(ent_ctx *c, size_t j) {
  if (!coordinator(c, j) || !same_line(c, j - 1) || !same_line(c, j) ||
      !common_word_of_name(c, j - 1) ||
      (ent_tok_flags(c, j - 1) & EL_ORGHEAD) || !common_word_of_name(c, j + 1))
    return 0;
  if (same_line(c, j + 1) && name_word(c, j + 2)) return 0;
  return !alone_elsewhere(c, j - 1, j - 1) && !alone_elsewhere(c, j - 1, j + 1);
}

/* Is word token j a lowercase word that no lexicon knows and that ends
** like an adjective of a town or a region ("briochin", "cauchois",
** "lavallois", "bayonnais": -in, -ois and the endings of
** data/ent_spanwords.txt)? Right after the capitalised words of an
** institution's or an article's name it is the name's adjective: "le
** Stade briochin", "Le Courrier cauchois". Local demonyms are too many
** for any list. */
static int unknown_demonym(ent_ctx *c, size_t j) {
  if (!ent_is_word(c, j) || (c->tok[j].flags & PRESSE_TF_UPPER) ||
      !same_line(c, j - 1) || tok_n(c, j) < 5 ||
      (ent_tok_flags(c, j) & ~(uint32_t)EL_PREFIX))
    return 0;
  const char *s = tok_s(c, j);
  size_t n = tok_n(c, j);
  if (s[n - 1] == 'e') n--;
  if (s[n - 1] == 's' && n >= 4 && memcmp(s + n - 3, "ois", 3)) n--;
  return (n >= 3 && !memcmp(s + n - 3, "ois", 3)) ||
         (n >= 2 && !memcmp(s + n - 2, "in", 2)) || adjective_ending(c, j);
}

/* Is word token j a lowercase compound in "anti-" ("anti-stupéfiants",
** "anti-cybercriminalité")? Right after an institution's head it says
** what the body fights, as an adjective would: "l'Office
** anti-stupéfiants", "la Brigade anti-criminalité". */
static int anti_word(const ent_ctx *c, size_t j) {
  const char *s = tok_s(c, j);
  return tok_n(c, j) > 6 && !memcmp(s, "anti-", 5) && s[5] >= 'a' &&
         same_line(c, j - 1);
}

/* "le Conseil de sécurité de l'ONU", "le Bureau de la coordination des
** affaires humanitaires de l'ONU": after a body's name that already took a
** lowercase complement, "de" and an acronym name the parent body, an
** entity of its own (annotators split it; "le Conseil de l'UE", the
** acronym as the first complement, stays one name). Token k is the word
** after "de"; not for an event ("Coupe du monde de la FIFA"). */
static int acronym_parent(const ent_ctx *c, size_t k, size_t lower, int event) {
  return lower && !event && (c->tok[k].flags & PRESSE_TF_ALLCAPS) &&
         tok_n(c, k) >= 2;
}

/* Is token j a unit of a medicine's dose ("mg", "ml", "µg")? After a
** name and its number it belongs to the product's name: "Doliprane
** 500 mg" (branch ents15). */
static int dose_unit(const ent_ctx *c, size_t j) {
  return j < c->ntok && ent_is_word(c, j) && (span_word(c, j) & SW_DOSE);
}

static size_t grow(ent_ctx *c, size_t i, uint32_t headf) {
  /* a name opened by a capitalised article takes adjectives like an
  ** institution: "La France insoumise", "Le Monde diplomatique" */
  int article = cap_article(c, i) && !(c->info[i] & TI_AMBIG);
  int event = (headf & EL_MISCCUE) || ((headf & EL_EVENT) && event_word(c, i));
  int inst = (headf & (EL_ORGHEAD | EL_LOCHEAD)) != 0 || event || article;
  int given = (headf & EL_GIVEN) != 0;
  /* A common noun capitalised inside a sentence names something, and
  ** what "de" adds belongs to that name: "le Musée des beaux-arts de
  ** Quimper", "le Théâtre de poche", "aux Pierres de Kerlaz". */
  int capnoun = !(c->info[i] & TI_AMBIG) && (headf & EL_COMMON) &&
                (c->tok[i].flags & PRESSE_TF_UPPER) &&
                !(c->tok[i].flags & PRESSE_TF_ALLCAPS) &&
                !(headf & (EL_NAMEY | EL_TITLE | EL_NOTENT | EL_CARDINAL |
                           EL_FUNC | EL_DEMONYM | EL_PARTICLE));
  /* a run in Title Case ("Comptoir Ferroviaire"): a capitalised common word
  ** after a first common word makes it the name of a body, which "de"
  ** continues; after a name it is a company named after someone, and "de"
  ** gives its site ("l'usine Kerbrat Composites de Plouzanec") */
  int titled = 0;
  int adj_last = 0; /* the last word joined is a lowercase adjective */
  int low_last = 0; /* the last word joined is lowercase */
  int adj_noun = 0; /* that adjective follows a lowercase noun */
  int coord = 0;    /* a complement was joined by "et" */
  size_t j = i + 1, lower = 0;
  /* The second half of a capitalised run split by the segmenter's glue
  ** rule ("Voxa" + "Leaks") may be a CamelCase name cut in two or the
  ** first word of a glued line: either way it does not run on into the
  ** name that follows ("VoxaLeaks Marc Dupont" is not one person). */
  if ((c->tok[i].flags & PRESSE_TF_GLUED) && i > 0 &&
      (c->tok[i - 1].flags & PRESSE_TF_UPPER))
    return i + 1;
  size_t body = body_of_country(c, i, headf);
  if (body) return body;
  while (j < c->ntok && same_line(c, j - 1)) {
    int amb_next = (c->info[j] & TI_AMBIG) != 0;
    if (name_word(c, j) && !(c->tok[j].flags & PRESSE_TF_GLUED)) {
      uint32_t f = ent_tok_flags(c, j);
      /* Title Case line: a common word ends the name, but a particle
      ** between two names does not ("Par Anne Morel et Yann Le Goff") */
      if (amb_next && drop_ambiguous(c, j, 0) && !given_surname(c, i, j, f) &&
          !((f & EL_PARTICLE) && j + 1 < c->ntok && same_line(c, j) &&
            name_word(c, j + 1) && !(c->tok[j].flags & PRESSE_TF_ELISION) &&
            (!(ent_tok_flags(c, j + 1) & EL_COMMON) ||
             (ent_tok_flags(c, j + 1) & (EL_GIVEN | EL_SURNAME)))))
        break;
      if (f & EL_TITLE && !(f & EL_NAMEY)) break;
      /* a word never an entity alone ends the name, but for an acronym
      ** of them right after its first word ("BFM TV") */
      if ((f & EL_NOTENT) &&
          !(cap_article(c, j - 1) && !(c->info[j - 1] & TI_AMBIG)) &&
          !(j == i + 1 && (c->tok[j].flags & PRESSE_TF_ALLCAPS) &&
            !(c->info[i] & TI_AMBIG) && !(headf & (EL_COMMON | EL_ENGLISH))))
        break;
      /* after a lowercase word a capital starts another name:
      ** "l'Autorité palestinienne Ahmed Kerrouche", "le Conseil des
      ** ministres Jean Kerbrat" */
      if (adj_last || low_last) break;
      if (!amb_next && (f & EL_COMMON) && !(f & (EL_NAMEY | EL_FUNC)) &&
          !(c->tok[j].flags & PRESSE_TF_ALLCAPS) && lower == 0 &&
          (headf & EL_COMMON) && !(headf & EL_NAMEY))
        titled = 1;
      /* an event's head after an adjective: "Seconde Guerre mondiale" */
      if (j == i + 1 && (f & EL_EVENT) && lower == 0) event = inst = 1;
      j++;
      continue;
    }
    if (!ent_is_word(c, j)) {
      /* "Science & Technology" */
      if (is_punct(c, j, "&") || (c->tok[j].kind == PRESSE_TOK_SYMBOL &&
                                  tok_n(c, j) == 1 && tok_s(c, j)[0] == '&')) {
        if (name_word(c, j + 1) && same_line(c, j)) {
          j += 2;
          continue;
        }
      }
      /* "Falcon 9", "Euro 2012", "Ubuntu 12.10": a short number right
      ** after a name that is not a known place or person; not an
      ** ordinal ("Nakarawa 12e" is a scorer and a minute) */
      int num = number_tok(c, j, 0) && tok_n(c, j) <= 5 &&
                (c->tok[j].flags & PRESSE_TF_SPACE_BEFORE) && j == i + 1 &&
                !date_after(c, j) &&
                ((headf & (EL_ORGHEAD | EL_MISCCUE | EL_EVENT)) ||
                 !score_item(c, i, j));
      if (num &&
          (!(headf & (EL_COUNTRY | EL_CAPNOM | EL_GIVEN | EL_SURNAME |
                      EL_NOTENT | EL_FUNC)) ||
           given_number(c, i, j, headf)) &&
          (!(headf & EL_CITY) || (headf & EL_COMMON)) &&
          !((headf & EL_COMMON) && (c->info[i] & TI_AMBIG) &&
            !(headf & (EL_ORGHEAD | EL_MISCCUE)) && !event)) {
        j++;
        /* "Unity 3D": a letter glued to the number */
        if (j < c->ntok && ent_is_word(c, j) && tok_n(c, j) <= 2 &&
            !(c->tok[j].flags & PRESSE_TF_SPACE_BEFORE) && same_line(c, j - 1))
          j++;
        else if (dose_unit(c, j) && same_line(c, j - 1))
          j++;
      } else if (num && (headf & (EL_COUNTRY | EL_CAPNOM | EL_CITY)) &&
                 !(headf & (EL_GIVEN | EL_SURNAME | EL_NOTENT | EL_FUNC)) &&
                 number_tok(c, j, 1) && tok_n(c, j) != 3 &&
                 (tok_n(c, j) <= 2 || tok_s(c, j)[0] == '1' ||
                  tok_s(c, j)[0] == '2')) {
        /* a place and a number name a channel or an event ("France
        ** 24", "Qatar 2030") unless the number counts what follows
        ** ("en France 24 heures"), is a score ("2-1", "2 à 1") or an
        ** amount ("12 %") */
        size_t k = j + 1;
        int name = 1;
        if (k < c->ntok && c->tok[k].sent == c->tok[j].sent) {
          const presse_token *t = &c->tok[k];
          uint32_t fk = ent_is_word(c, k) ? ent_tok_flags(c, k) : 0;
          if (t->kind == PRESSE_TOK_NUMBER || t->kind == PRESSE_TOK_SYMBOL ||
              is_punct(c, k, "-") || is_punct(c, k, "/"))
            name = 0;
          else if (ent_is_word(c, k) && !(t->flags & PRESSE_TF_UPPER) &&
                   ((fk & EL_COMMON) && !(fk & (EL_FUNC | EL_VERB))) &&
                   (strchr("sxz", tok_s(c, k)[tok_n(c, k) - 1]) ||
                    tok_n(c, k) <= 2 || tok_s(c, j)[0] == '1'))
            name = 0; /* a plural counted, a unit, "1 mort"; not "France
                      ** 24 victime d'une agression" */
          else if (ent_is_word(c, k) && tok_n(c, k) <= 2 &&
                   !memcmp(tok_s(c, k), "\xC3\xA0", tok_n(c, k)))
            name = 0; /* "2 à 1" */
          else if (ent_is_word(c, k) && tok_n(c, k) == 2 &&
                   (!memcmp(tok_s(c, k), "et", 2) ||
                    !memcmp(tok_s(c, k), "ou", 2)))
            name = 0; /* "2 et 3" */
        }
        if (name) j++;
      } else if (multi_number(c, i, j, headf)) {
        j++;
      }
      break;
    }
    uint32_t f = ent_tok_flags(c, j);
    const char *s = tok_s(c, j);
    size_t n = tok_n(c, j);
    /* "Sommet sur l'enseignement supérieur", "Conférence mondiale sur le
    ** climat": after the head (and its adjective) "sur" and an article
    ** bring the subject */
    if (inst && !titled && (j == i + 1 || (adj_last && lower == 1)) &&
        (ewt_sur(s, n) || purpose_pour(c, i, j, adj_last) ||
         cue_head_pour(c, i, j)) &&
        same_line(c, j)) {
      size_t k = j + 1;
      if (ent_is_word(c, k) && (span_word(c, k) & SW_ARTICLE) &&
          !(c->tok[k].flags & PRESSE_TF_UPPER) && same_line(c, k)) {
        k++;
        if (name_word(c, k) && !(c->info[k] & TI_AMBIG)) {
          j = k + 1;
          adj_last = low_last = 0;
          continue;
        }
        if (ent_is_word(c, k) && !(c->tok[k].flags & PRESSE_TF_UPPER) &&
            complement_word(c, k, 1, 0, 0)) {
          j = k + 1;
          lower++;
          adj_last = 0;
          low_last = 1;
          continue;
        }
      }
      break;
    }
    if (n == 3 && s[0] == 'a' && inst && !titled &&
        (j == i + 1 || (adj_last && lower == 1)) &&
        purpose_aux(c, i, j, adj_last)) {
      j += 2;
      lower++;
      adj_last = 0;
      low_last = 1;
      continue;
    }
    /* "Médecins sans frontières", "Avocats sans frontières": a
    ** capitalised plural noun, "sans" and a plural noun name a body */
    if (capnoun && j == i + 1 && ewt_sans(s, n) && sans_plural(c, i, j)) {
      j += 2;
      break;
    }
    if (!low_last && !adj_last && common_pair(c, j)) {
      j += 2;
      continue;
    }
    /* "Bureau d'enquêtes et d'analyses": a second complement joined by
    ** "et" to the first */
    if (low_last && inst && lower < 3 && ewt_et(s, n) && same_line(c, j)) {
      size_t k = de_target(c, j + 1);
      if (k && ent_is_word(c, k) && same_line(c, k - 1) &&
          !(c->tok[k].flags & PRESSE_TF_UPPER) &&
          complement_noun(c, j + 1, k)) {
        /* the last complement: an adjective may follow it, no more "de" */
        j = k + 1;
        lower = 3;
        coord = 1;
        adj_last = 0;
        continue;
      }
      break;
    }
    /* "Jeux olympiques de 2032": an event and its year */
    if (event && ewt_de(s, n) && year_at(c, j + 1) && same_line(c, j)) {
      j += 2;
      break;
    }
    size_t dk = de_target(c, j);
    if (dk) {
      /* de la / de l' */
      size_t k = dk;
      int de_inst = inst || (capnoun && (j == i + 1 || lower));
      if (k < c->ntok && same_line(c, k - 1) && name_word(c, k)) {
        uint32_t fk = ent_tok_flags(c, k);
        if (acronym_parent(c, k, lower, event)) break;
        /* a local body's head, its adjective and its town: one name */
        if (adj_last && !adj_noun && k == j + 1 && n <= 2 && s[n - 1] != 'u' &&
            local_body_place(c, i, k)) {
          j = k + 1;
          break;
        }
        /* not after an adjective when a place follows: "la Commission
        ** européenne de Lisbonne" */
        if (adj_last && !adj_noun && (fk & EL_PLACE) && !(fk & EL_CARDINAL) &&
            k == j + 1 && n <= 2 && s[n - 1] != 'u')
          break; /* but "l'Assemblée nationale du Togo", "l'Association
                 ** des maires ruraux de France" (the adjective of a
                 ** complement: the place is the body's) */
        /* after complements joined by "et", a name is the body's parent
        ** ("Bureau d'enquêtes et d'analyses de la DGAC") */
        if (coord) break;
        /* a minister's portfolio is no name: the place after it is its
        ** own ("ministre des Affaires étrangères du Mali") */
        if (portfolio_head(c, i)) break;
        /* a given name's particle, not after an article ("la Mercedes de
        ** Marc Kervel" is a car) */
        if (de_inst || (fk & EL_CARDINAL) ||
            (given && j == i + 1 &&
             !(i > 0 && (span_word(c, i - 1) & SW_ARTICLE)) &&
             !(i > 0 && (fk & (EL_CITY | EL_COUNTRY)) &&
               thing_noun(c, i - 1))) ||
            (titled && !given && !(c->info[k] & TI_AMBIG)) ||
            (j == i + 1 && k == j + 1 && person_de(c, i, j, headf)) ||
            ((given || compound_given(c, i)) && j == i + 2 && k == j + 1 &&
             person_de(c, i + 1, j, ent_tok_flags(c, i + 1))) ||
            (j == i + 2 && k == j + 2 && person_de_la(c, i, j)) ||
            (given && j == i + 3 && k == j + 1 && second_particle(c, i, j)) ||
            (j == i + 1 && k == j + 2 && civility_before(c, i) &&
             person_de_la(c, i, j))) {
          /* the last: a given name, a surname and its particle ("Anne
          ** Kerval d'Ormor") */
          j = k + 1;
          adj_last = low_last = 0;
          continue;
        }
      } else if (k < c->ntok && same_line(c, k - 1) && ent_is_word(c, k) &&
                 (span_word(c, k) & SW_CARDINAL) &&
                 (headf & (EL_COUNTRY | EL_CAPNOM)) && j == i + 1) {
        /* "Asie de l'est", "Corée du nord" */
        j = k + 1;
        continue;
      } else if (de_inst &&
                 (j == i + 1 || (event && lower < 2) || (lower == 0 && inst) ||
                  (inst && (lower <= 2 || (coord == 1 && !adj_last)) &&
                   (adj_last ||
                    (low_last && (k > j + 1 || n == 3 || s[1] == 'u'))))) &&
                 k < c->ntok && ent_is_word(c, k) && same_line(c, k - 1)) {
        /* "Conseil de sécurité", "Organisation de coopération", "Union
        ** des démocrates" (after "des" an adjective is a noun), "Coupe du
        ** monde de football"; after the head's adjective ("Organisation
        ** mondiale de la santé", "Fédération internationale de pétanque")
        ** and a second complement with its article ("Ligue des droits de
        ** l'homme") */
        if (complement_noun(c, j, k)) {
          j = k + 1;
          lower++;
          adj_last = 0;
          low_last = 1;
          /* (the coordinated complement's own, once: "Agence de
          ** l'environnement et de la maîtrise de l'énergie"; branch
          ** ents15) */
          if (coord) coord = 2;
          continue;
        }
      }
      break;
    }
    /* particles inside person names: von der Leyen, ben Salmane; a
    ** lowercase article opens the next group instead ("a dit à l'AFP la
    ** CFDT", "à Genève le Haut-Commissaire") */
    if ((f & EL_PARTICLE) && !(c->tok[j].flags & PRESSE_TF_UPPER) &&
        !(span_word(c, j) & SW_ARTICLE)) {
      size_t k = j + 1;
      if (k < c->ntok && same_line(c, j) && ent_is_word(c, k) &&
          (ent_tok_flags(c, k) & EL_PARTICLE) &&
          !(c->tok[k].flags & PRESSE_TF_UPPER))
        k++;
      if (k < c->ntok && same_line(c, k - 1) && name_word(c, k) && !inst) {
        j = k + 1;
        continue;
      }
      break;
    }
    /* "University of the Highlands", "Food and Drug Administration":
    ** English words of the entity lexicon that data/ent_spanwords.txt
    ** names connectors */
    if ((f & EL_ENGLISH) && j + 1 < c->ntok && ent_is_word(c, j + 1) &&
        ((c->tok[j + 1].flags & PRESSE_TF_UPPER) || tok_n(c, j + 1) <= 4) &&
        english_join(c, j) && name_word(c, j - 1)) {
      size_t k = j + 1;
      if (k < c->ntok && same_line(c, j) && english_join(c, k)) k++;
      if (k < c->ntok && same_line(c, k - 1) && name_word(c, k) &&
          !(c->info[k] & TI_AMBIG)) {
        j = k + 1;
        continue;
      }
      break;
    }
    /* (also after a capitalised common noun: "la Section paloise", "les
    ** Dauphins lannionnais", a club; see group_name() in ent_class.c;
    ** branch ents21) */
    if ((inst || (capnoun && j == i + 1)) && lower == 0 &&
        name_word(c, j - 1) && unknown_demonym(c, j)) {
      j++;
      lower++;
      adj_last = 1;
      continue;
    }
    if (inst && j == i + 1 && anti_word(c, j)) {
      j++;
      lower++;
      adj_last = 1;
      continue;
    }
    /* "Caisse nationale d'assurance maladie": a noun after the
    ** complement noun qualifies it as an adjective would */
    if (inst && low_last && !adj_last && !(c->tok[j].flags & PRESSE_TF_UPPER) &&
        (span_word(c, j) & SW_APPOSED)) {
      j++;
      lower++;
      adj_last = 1;
      continue;
    }
    /* lowercase adjectives of an institution or a place: Union
    ** européenne, Nations unies, Émirats arabes unis */
    int cap_adj =
        capnoun && !inst && j == i + 1 && (f & EL_ADJ) &&
        !(f & (EL_VERB | EL_FUNC | EL_NOTENT)) &&
        ((f & EL_DEMONYM) || adjective_ending(c, j) || plural_pair(c, i, j));
    /* "Mutualité sociale agricole": a second adjective after the first,
    ** neither a people's ("la Sécurité sociale française" is the
    ** country's; "la Mutualité française" is whole) nor a participle
    ** ("réunie", "saisie", "lancée") */
    if (capnoun && !inst && j == i + 2 && adj_last && lower == 1 &&
        (f & EL_ADJ) && !(f & (EL_VERB | EL_FUNC | EL_NOTENT | EL_DEMONYM)) &&
        !(ent_tok_flags(c, j - 1) & EL_DEMONYM) && !participle_e(c, j) &&
        !strchr("iustx", s[n - 1]) && !(n > 1 && strchr("iu", s[n - 2])))
      cap_adj = 1;
    if ((inst || (headf & EL_ORGWORD) || (lower && !(capnoun && !inst)) ||
         cap_adj) &&
        (f & EL_ADJ) && !(f & (EL_FUNC | EL_NOTENT)) &&
        !(lower == 0 && participle_e(c, j) &&
          !(headf & (EL_ORGHEAD | EL_LOCHEAD | EL_ORGWORD)) && !event) &&
        (lower < 3 || (coord == 1 && !adj_last))) {
      adj_noun = low_last;
      j++;
      lower++;
      adj_last = 1;
      continue;
    }
    break;
  }
  return j;
}

/* Is token k the lowercase noun of a sea, a gulf or a delta
** (data/ent_spanwords.txt, bit 512: mer, golfe, delta)? It is asked
** before every span: the nouns are compared as literals
** (build/gen/ent_span_lists.h, SEA_NOUNS), which the compiler folds
** into a compare or two (a lookup there cost the loop 0.3%). */
ENT_WORD_LIST_TEST(sea_noun, SEA_NOUNS)

/* Is token k the lowercase noun of a street, a square or a bridge
** (data/ent_spanwords.txt, bit 8192: rue, avenue, place, pont), compared
** as literals as sea_noun() does (STREET_NOUNS)? */
ENT_WORD_LIST_TEST(street_noun, STREET_NOUNS)

/* "le pont Mathilde", "la rue Jean-Perrin", "la place Tahrir": the gold
** keeps a street's or a bridge's noun in its name, a LOC (the name
** alone is a person's or a common word). Bare only: "place" before
** "du", "de" is a rank ("la 6e place du Top 14"). */
static __attribute__((noinline)) int street_head(const ent_ctx *c, size_t t0) {
  if (t0 == 0 || !ent_is_word(c, t0 - 1)) return 0;
  /* (asked before every span: first the first byte against the nouns'
  ** first letters, from the same list, then the literals) */
  char ch = c->text[c->tok[t0 - 1].b0];
#define FIRST_BYTE_OR(w) ch == (w)[0] ||
  int first = STREET_NOUNS(FIRST_BYTE_OR) 0;
#undef FIRST_BYTE_OR
  return first && street_noun(c, t0 - 1) && same_line(c, t0 - 1);
}

/* The token where a sea's name opens when the span starting at token t0
** follows its lowercase noun, bare or with "de", "du", "de la", "d'" ("la
** mer Noire", "le golfe du Lion", "le delta du Mékong": annotators keep
** the noun, as the name of the sea is not the word alone); t0 if none. */
static size_t sea_head(ent_ctx *c, size_t t0) {
  size_t k = t0;
  if (k >= 2 && ent_is_word(c, k - 1) && ew_de(c, k - 2) &&
      (ew_la(c, k - 1) || ((c->tok[k - 1].flags & PRESSE_TF_ELISION) &&
                           tok_s(c, k - 1)[0] == 'l')))
    k -= 2;
  else if (k >= 1 && (word_is(c, k - 1, "du") || word_is(c, k - 1, "de") ||
                      ((c->tok[k - 1].flags & PRESSE_TF_ELISION) &&
                       tok_s(c, k - 1)[0] == 'd')))
    k--;
  /* (out of line: inlined, it cost the loop of ent_candidates()) */
  if (k == t0 && street_head(c, t0)) return t0 - 1;
  if (k == 0 || !sea_noun(c, k - 1) || !same_line(c, k - 1)) return t0;
  return k - 1;
}

/* A picture credit opens at token i: "©" (then "Photo", "Archives" and a
** colon are skipped), "Photo" or "Archives" right before a capitalised
** word, "Crédit :" or "Crédit photo :". Returns the token where its names
** start, or 0. */
static size_t credit_open(ent_ctx *c, size_t i) {
  const presse_token *t = &c->tok[i];
  size_t k = i + 1;
  if (t->kind == PRESSE_TOK_SYMBOL) {
    if (tok_n(c, i) != 2 || memcmp(tok_s(c, i), "\xC2\xA9", 2)) return 0;
    while (k < c->ntok && same_line(c, k - 1) &&
           (ew_photo_credit(c, k) || is_punct(c, k, ":")))
      k++;
  } else if (ew_photo_credit(c, i)) {
    if (!(ent_is_word(c, k) && (c->tok[k].flags & PRESSE_TF_UPPER))) return 0;
  } else if (ew_credit(c, i)) {
    if (ew_photo(c, k) && same_line(c, k - 1)) k++;
    if (!is_punct(c, k, ":") || !same_line(c, k - 1)) return 0;
    k++;
  } else {
    return 0;
  }
  return k < c->ntok && same_line(c, k - 1) && ent_is_word(c, k) &&
                 (c->tok[k].flags & PRESSE_TF_UPPER)
             ? k
             : 0;
}

/* Is token k the separator of two names of a credit ("/", a dash, "|")? */
static int credit_sep(const ent_ctx *c, size_t k) {
  return is_punct(c, k, "/") || is_punct(c, k, "-") || is_punct(c, k, "|") ||
         is_punct(c, k, "\xE2\x80\x93") || is_punct(c, k, "\xE2\x80\x94");
}

/* The end of the name of a credit that starts at token i: capitalised
** words, numbers, "&", and the lowercase particles and adjectives between
** them, up to a separator, a bracket, a comma or the end of the line; i
** when a lowercase word of another kind shows a caption, not a name. */
static size_t credit_piece(ent_ctx *c, size_t i) {
  size_t end = i;
  for (size_t k = i; k < c->ntok && k < i + 8; k++) {
    const presse_token *t = &c->tok[k];
    if (k > i && !same_line(c, k - 1)) break;
    if (t->kind == PRESSE_TOK_WORD) {
      if (t->flags & PRESSE_TF_UPPER) {
        if (!(t->flags & PRESSE_TF_ELISION)) end = k + 1;
        continue;
      }
      uint32_t f = ent_tok_flags(c, k);
      if (f & (EL_PARTICLE | EL_FUNC)) continue;
      if ((f & EL_ADJ) && !(f & EL_VERB) && end == k) {
        end = k + 1;
        continue;
      }
      return i;
    }
    if (t->kind == PRESSE_TOK_NUMBER && end == k) {
      end = k + 1;
      continue;
    }
    if (is_punct(c, k, "&")) continue;
    if (credit_sep(c, k) || is_punct(c, k, ",") || is_punct(c, k, ")") ||
        is_punct(c, k, "(") || is_punct(c, k, "."))
      break;
    return i;
  }
  return end;
}

/* The names of the picture credits of the document, found before the
** candidates' loop: a credit names a body and its photographer ("© Le
** Courrier de Kervel / Julien Morvan", "Photo Kervel Matin/Rémi Morvan").
** A name that opens with no given name is a body (a medium, an agency)
** whatever its words (Sud Ouest, Le Progrès), or the photographer after a
** body; a person's name is taken whole (Josselin Clair, not Josselin), to
** be typed by its words (type 0). */
/* The tokens credit_scan() looks at (see mark_ambiguous()), in text
** order: the words that may open a name, and the symbols and opening
** quotation marks. A credit's or a title's opening bytes start a token,
** and that token is one of these: a capitalised word (Photo, Crédit), a
** symbol (©), an opening mark (« “ "). */
typedef struct scan_toks {
  const uint32_t *word, *mark;
  size_t nword, nmark;
} scan_toks;

/* Does token k start with the bytes of w (w[0..l) inside the text)? */
static inline int tok_opens(const ent_ctx *c, size_t k, const char *w,
                            size_t l) {
  uint32_t b = c->tok[k].b0;
  return c->text[b] == w[0] && c->n - b >= l && !memcmp(c->text + b, w, l);
}

typedef struct credit_name {
  size_t o, t0, t1; /* o: its credit's opening word for the first name */
  uint8_t type, ev;
} credit_name;

enum { CREDIT_MAX = 32 };

/* The names of the credit that opens at token k, into out[*n...]. */
static void credit_names(ent_ctx *c, size_t k, credit_name *out, size_t *n) {
  size_t i = credit_open(c, k);
  int body = 0;
  while (i && *n < CREDIT_MAX) {
    size_t e = credit_piece(c, i);
    if (e <= i) return;
    size_t g = (c->tok[i].flags & PRESSE_TF_ELISION) ? i + 1 : i;
    int per = !(c->tok[g].flags & PRESSE_TF_ALLCAPS &&
                !(ent_tok_flags(c, g) & EL_GIVEN)) &&
              ((ent_tok_flags(c, g) & EL_GIVEN) || ent_given_word(c, g) ||
               (c->tok[g].flags & PRESSE_TF_INITIAL)) &&
              e - i >= 2 && !cap_article(c, i);
    /* after a body, two or three words with no article nor head of a
    ** body are its photographer ("Kervel Matin / Josselin Clair") */
    int pos = !per && body && e - i >= 2 && e - i <= 3 && !cap_article(c, i) &&
              !(c->tok[i].flags & PRESSE_TF_ALLCAPS) &&
              !(ent_tok_flags(c, i) & (EL_ORGHEAD | EL_ORGCUE | EL_PLACE));
    for (size_t q = i; pos && q < e; q++)
      pos = ent_is_word(c, q) && (c->tok[q].flags & PRESSE_TF_UPPER);
    credit_name *cn = &out[(*n)++];
    cn->o = k;
    cn->t0 = i;
    cn->t1 = e;
    cn->type = per ? 0 : pos ? PRESSE_PER : PRESSE_ORG;
    cn->ev = pos ? EV_CUE : EV_FORM;
    body = !per && !pos;
    k = i = e < c->ntok && credit_sep(c, e) && same_line(c, e) &&
                    ent_is_word(c, e + 1) &&
                    (c->tok[e + 1].flags & PRESSE_TF_UPPER)
                ? e + 1
                : 0;
  }
}

/* Mastheads opening their line (masthead_line) and titles in quotation
** marks (ent_quoted_title) are names of their own, whatever the loop of
** ent_candidates() cut: into out[*n...], untyped (ent_class.c types
** them), to replace the spans they overlap like a credit's names. Found
** by a search of the text for line breaks and quotation marks, not in
** the candidates' loop: a test per token there changed how the compiler
** laid the loop out (+3.5% of the instructions of entities()). */
static void whole_names(ent_ctx *c, const scan_toks *st, credit_name *out,
                        size_t *n) {
  const char *end = c->text + c->n;
  /* lines of the page's head, where the masthead is (its first 400
  ** bytes): the document's first token and the first after a newline */
  const char *head = c->n > 400 ? c->text + 400 : end;
  for (const char *p = c->text; p && p < head && *n < CREDIT_MAX;) {
    const char *q = p;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
      q++;
    if (q < end && *q == 'L') { /* Le, La, Les, L', LE... */
      size_t k = presse_token_at_byte(c->tok, c->ntok, (size_t)(q - c->text));
      size_t e = k < c->ntok ? masthead_line(c, k) : 0;
      if (e)
        out[(*n)++] = (credit_name){k, k, e, 0, 0};
      else if (k == 0 && (e = first_line_masthead(c, k)))
        out[(*n)++] = (credit_name){k, k, e, PRESSE_ORG, EV_FORM};
    }
    p = q < head ? memchr(q, '\n', (size_t)(head - q)) : NULL;
  }
  /* quotation marks: « and “ open, " may */
  static const char *const marks[] = {"\xC2\xAB", "\xE2\x80\x9C", "\"", NULL};
  for (int m = 0; marks[m]; m++) {
    size_t l = strlen(marks[m]);
    for (size_t x = 0; *n < CREDIT_MAX && x < st->nmark; x++) {
      size_t k = st->mark[x];
      if (!tok_opens(c, k, marks[m], l)) continue;
      if (k + 1 >= c->ntok || !(c->tok[k].flags & PRESSE_TF_OPEN_QUOTE))
        continue;
      size_t e = ent_quoted_title(c, k + 1);
      if (e) out[(*n)++] = (credit_name){k + 1, k + 1, e, 0, 0};
    }
  }
}

/* Find the credits by their opening words in the text (a fast search: most
** documents have none), in text order; returns their names' number. */
static __attribute__((noinline)) size_t
credit_scan(ent_ctx *c, const scan_toks *st, credit_name *out) {
  static const char *const open[] = {"\xC2\xA9", "Photo ", "Archives ",
                                     "Cr\xC3\xA9"
                                     "dit",
                                     NULL};
  size_t n = 0;
  /* © opens a symbol: the marks' list */
  for (size_t x = 0; n < CREDIT_MAX && x < st->nmark; x++)
    if (tok_opens(c, st->mark[x], open[0], 2))
      credit_names(c, st->mark[x], out, &n);
  /* the words: one pass by their first byte (P, A, C), the few that open
  ** a credit kept by pattern, then taken pattern after pattern as above
  ** (a search per pattern when there are too many) */
  enum { HITS = 64 };
  uint32_t hit[HITS];
  uint8_t hitm[HITS];
  size_t nhit = 0;
  for (size_t x = 0; x < st->nword && nhit <= HITS; x++) {
    char ch = c->text[c->tok[st->word[x]].b0];
    int m = ch == 'P' ? 1 : ch == 'A' ? 2 : ch == 'C' ? 3 : 0;
    if (m && tok_opens(c, st->word[x], open[m], strlen(open[m]))) {
      if (nhit < HITS) hit[nhit] = st->word[x], hitm[nhit] = (uint8_t)m;
      nhit++;
    }
  }
  for (int m = 1; open[m]; m++) {
    size_t l = strlen(open[m]);
    if (nhit > HITS) {
      for (size_t x = 0; n < CREDIT_MAX && x < st->nword; x++)
        if (tok_opens(c, st->word[x], open[m], l))
          credit_names(c, st->word[x], out, &n);
      continue;
    }
    for (size_t h = 0; n < CREDIT_MAX && h < nhit; h++)
      if (hitm[h] == m) credit_names(c, hit[h], out, &n);
  }
  whole_names(c, st, out, &n);
  /* in text order (a few names: insertion sort) */
  for (size_t a = 1; a < n; a++)
    for (size_t b = a; b > 0 && out[b - 1].o > out[b].o; b--) {
      credit_name t = out[b];
      out[b] = out[b - 1];
      out[b - 1] = t;
    }
  return n;
}

/* Put the names of the document's credits in place of the spans that
** overlap them (their opening words too: "Photo Kervel Matin"). */
static int credit_spans(ent_ctx *c, const scan_toks *st) {
  credit_name credits[CREDIT_MAX];
  size_t ncredit = credit_scan(c, st, credits);
  for (size_t ci = 0; ci < ncredit; ci++) {
    const credit_name *cn = &credits[ci];
    /* the spans [a, b) that overlap tokens [o, t1) */
    size_t a = 0, hi = c->nsp;
    while (a < hi) {
      size_t mid = a + (hi - a) / 2;
      if (c->sp[mid].t1 <= cn->o)
        a = mid + 1;
      else
        hi = mid;
    }
    size_t b = a;
    while (b < c->nsp && c->sp[b].t0 < cn->t1)
      b++;
    int rc = push(c, cn->t0, cn->t1, 0);
    if (rc) return rc;
    ent_span sp = c->sp[--c->nsp];
    if (cn->type) {
      sp.flags |= SP_PRESET;
      sp.type = cn->type;
      sp.ev = cn->ev;
    }
    if (b == a) { /* room for one */
      memmove(&c->sp[a + 1], &c->sp[a], (c->nsp - a) * sizeof sp);
      c->nsp++;
    } else if (b > a + 1) {
      memmove(&c->sp[a + 1], &c->sp[b], (c->nsp - b) * sizeof sp);
      c->nsp -= b - a - 1;
    }
    c->sp[a] = sp;
  }
  for (size_t k = 0; ncredit && k < c->nsp; k++)
    c->sp[k].canon = (uint32_t)k;
  return PRESSE_OK;
}

/* Is word token i, a place written in capitals, the only name of a line
** written in capitals, between rubric separators at most ("AFRIQUE",
** "AMÉRIQUE LATINE", "ÉCONOMIE | HAUTS-DE-FRANCE")? A site's section, not
** a mention: the gold marks no place there, while a masthead or an
** agency alone on such a line is a name ("VAR-MATIN"; "AFP", which a
** gazetteer knows as a place: three letters are an acronym). Out of
** line: asked for capitals alone. */
static __attribute__((noinline)) int rubric_place(ent_ctx *c, size_t i) {
  if (!(c->tok[i].flags & PRESSE_TF_ALLCAPS) || tok_n(c, i) < 4 ||
      !(ent_tok_flags(c, i) & (EL_PLACE | EL_REGION)))
    return 0;
  size_t a = i, b = i + 1;
  while (a > 0 && i - a < 12 &&
         !(c->tok[a].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)))
    a--;
  if (!(c->tok[a].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) &&
      a > 0)
    return 0;
  while (b < c->ntok && b - i < 12 &&
         !(c->tok[b].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)))
    b++;
  if (b < c->ntok &&
      !(c->tok[b].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)))
    return 0;
  for (size_t k = a; k < b; k++) {
    if (k == i) continue;
    if (ent_is_word(c, k)) {
      if (!(c->tok[k].flags & PRESSE_TF_ALLCAPS) || name_word(c, k)) return 0;
    } else if (c->tok[k].kind != PRESSE_TOK_NUMBER && !line_separator(c, k) &&
               !is_punct(c, k, ":") && !is_punct(c, k, ".")) {
      return 0;
    }
  }
  return 1;
}

static int find_spans(ent_ctx *c, const uint32_t *cand, size_t ncand);

/* Is the word before token s0 a title or a function written in lowercase
** ("sa collègue", "le député")? */
static int title_word_before(ent_ctx *c, size_t s0) {
  return s0 > 0 && ent_is_word(c, s0 - 1) &&
         !(c->tok[s0 - 1].flags & PRESSE_TF_UPPER) &&
         c->tok[s0 - 1].sent == c->tok[s0].sent &&
         (ent_tok_flags(c, s0 - 1) & EL_TITLE);
}

int ent_candidates(ent_ctx *c) {
  const presse_mem *m = c->mem ? c->mem : &presse_mem_libc;
  uint32_t *cand = m->xRealloc(m->ctx, NULL, (c->ntok + 1) * sizeof *cand);
  if (!cand) return PRESSE_ENOMEM;
  scan_toks st;
  st.nword = mark_ambiguous(c, cand, &st.nmark);
  st.word = cand;
  st.mark = cand + c->ntok + 1 - st.nmark;
  int rc = find_spans(c, cand, st.nword);
  if (!rc) rc = credit_spans(c, &st);
  m->xFree(m->ctx, cand);
  return rc;
}

/* "a réagi auprès de l'AFP Sigrun Kerbrat, directrice régionale": an
** acronym, then Title Case words no lexicon knows as common words, then
** a comma and a function, which a person takes: the person starts after
** the acronym, whose given name no list knows (the rule for a known one
** is in find_spans). Not a name in capitals after it ("BNP Paribas,
** directrice" has none: the company's second word is no person's). */
static __attribute__((noinline)) int acronym_apposition(ent_ctx *c, size_t s0,
                                                        size_t j) {
  if (j < s0 + 3 || j + 1 >= c->ntok || !is_punct(c, j, ",") ||
      !(c->tok[s0].flags & PRESSE_TF_ALLCAPS) || tok_n(c, s0) < 2 ||
      c->tok[j + 1].kind != PRESSE_TOK_WORD ||
      (c->tok[j + 1].flags & PRESSE_TF_UPPER) ||
      !(ent_tok_flags(c, j + 1) & EL_TITLE))
    return 0;
  for (size_t k = s0 + 1; k < j; k++) {
    if (!name_word(c, k) || (c->tok[k].flags & PRESSE_TF_ALLCAPS) ||
        (ent_tok_flags(c, k) &
         (EL_COMMON | EL_PLACE | EL_ORGHEAD | EL_ORGWORD | EL_FUNC)))
      return 0;
  }
  return 1;
}

/* Does the word s[0..n) end like a noun of inhabitants: -ais, -ois, -ien,
** -ain, -and and their feminines (Lyonnais, Rémoise, Flamande)? Not -ard
** (a hamlet "la Gaillarde" is no people). Affixes of a name's shape stay
** in C (docs/entities.md, "The lexicons"). */
int ent_inhabitant_end(const char *s, size_t n) {
  static const char *ends[] = {"ais",   "aise", "ois",  "oise", "ien",
                               "ienne", "ain",  "aine", "and",  "ande"};
  for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
    size_t m = strlen(ends[k]);
    if (n > m + 2 && !memcmp(s + n - m, ends[k], m)) return 1;
  }
  return 0;
}

/* "Le Lyonnais Nathan Berthier", "la Portugaise Maria X": a capitalised
** adjective the lexicon has as no inhabitants' noun but that ends like one
** (-ais, -ois, -ien, -ain and their feminines), after a definite article,
** before a given name and more of a name: the inhabitant, then the
** person. Not a word that names a place or a person itself. */
static __attribute__((noinline)) int
inhabitant_before_person(ent_ctx *c, size_t s0, size_t j, uint32_t f0) {
  if (j < s0 + 3 || !s0 || !(f0 & EL_ADJ) ||
      (f0 & (EL_NAMEY | EL_DEMONYM | EL_FUNC)) ||
      (c->tok[s0].flags & PRESSE_TF_ALLCAPS) ||
      !(span_word(c, s0 - 1) & SW_ARTICLE) ||
      !(ent_tok_flags(c, s0 + 1) & EL_GIVEN))
    return 0;
  return ent_inhabitant_end(tok_s(c, s0), tok_n(c, s0));
}

/* "Sa collègue Ecolo X Y": a capitalised adjective between a
** title and a given name names the person's party as a capitalised
** common noun does. Not an inhabitant or a nationality (typed apart
** before), a verb, a place or a person's name, nor a word in capitals;
** title_word_before() is checked by the caller. */
static int party_adjective(ent_ctx *c, size_t s0, uint32_t fp) {
  return (fp & EL_ADJ) &&
         !(fp & (EL_VERB | EL_NAMEY | EL_DEMONYM | EL_FUNC | EL_TITLE)) &&
         !(c->tok[s0].flags & PRESSE_TF_ALLCAPS) && !(c->info[s0] & TI_AMBIG);
}

/* "la maire de Santa Cruz Maria X", "l'eurodéputé Les Républicains Marie
** X": a place's name of several words the lexicon knows, or a capitalised
** article and a word of bodies' names, right before given name p: the
** person starts at p, as after a one-word place or body (find_spans).
** Not when the words before p make a given name or a surname of several
** words. Asked only at a given name inside a run, past its second word.
** Returns 2 for the article and the body's word, 1 for the place. */
static __attribute__((noinline)) int
several_before_given(ent_ctx *c, size_t s0, size_t p, uint32_t fp) {
  if (p < s0 + 2 || (fp & (EL_GIVEN | EL_SURNAME))) return 0;
  if (p == s0 + 2 && cap_article(c, s0) && (fp & (EL_ORGWORD | EL_ORGHEAD)))
    return 2; /* a body: typed here, as the party before a name is */
  uint32_t pf;
  return lexicon_phrase(c, s0, &pf) == p && (pf & (EL_PLACE | EL_REGION)) &&
         !(pf & (EL_GIVEN | EL_SURNAME));
}

/* Is the token before name s0 a surname's particle ("de", "d'", "du")
** that a form of address or the preposition "de" stands before: "M.
** d'Ormor", "Monsieur de Kervel", "Mme du Plessix", "4 pénalités de
** d'Ormor"? The particle is then the name's own, as annotators keep it
** ("M. de Kervel" is PER "de Kervel"). */
static int civility_particle(ent_ctx *c, size_t s0) {
  if (s0 < 2 || !ent_is_word(c, s0 - 1) || !ent_is_word(c, s0 - 2) ||
      c->tok[s0 - 2].sent != c->tok[s0].sent ||
      (c->tok[s0 - 1].flags & PRESSE_TF_UPPER))
    return 0;
  const char *p = tok_s(c, s0 - 1);
  size_t n = tok_n(c, s0 - 1);
  int elided = (c->tok[s0 - 1].flags & PRESSE_TF_ELISION) && p[0] == 'd';
  if (!elided && !ewt_de_du(p, n)) return 0;
  /* "de d'Ormor": a preposition before an elided particle */
  if (elided && ew_de(c, s0 - 2)) return 1;
  return ent_civility_word(c, s0 - 2);
}

/* The span just pushed for name s0 opens with its particle, a person's
** name (civility_particle()). */
static __attribute__((noinline)) void civility_span(ent_ctx *c, size_t s0) {
  if (!civility_particle(c, s0)) return;
  ent_span *sp = &c->sp[c->nsp - 1];
  sp->t0 = (uint32_t)(s0 - 1);
  sp->b0 = c->tok[s0 - 1].b0;
  sp->c0 = c->tok[s0 - 1].c0;
  sp->flags |= SP_PRESET | SP_PARTICLE;
  sp->type = PRESSE_PER;
  sp->ev = EV_FORM;
}

/* "Q. Votre film raconte...", "R. Ceux qui...": an initial that
** data/ent_spanwords.txt names an interview's marker (bit 131072), at a
** line start and before a word on the same line that sentences open
** with (a function or a common word, no given name or surname), opens a
** question or an answer, not a person's name ("Q. Tarantino" inside a
** line stays). The word after it then opens a sentence: its capital says
** nothing. */
static __attribute__((noinline)) int interview_marker(ent_ctx *c, size_t s0) {
  if (!(c->tok[s0].flags & PRESSE_TF_INITIAL) ||
      !(c->tok[s0].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START)) ||
      !(span_word(c, s0) & SW_INTERVIEW) || !same_line(c, s0))
    return 0;
  /* the word after is one a sentence opens with, no name: "R. Martin"
  ** on a line of its own is a person */
  if (ent_is_word(c, s0 + 1)) {
    uint32_t f = ent_tok_flags(c, s0 + 1);
    if ((f & (EL_GIVEN | EL_SURNAME)) ||
        (!(f & (EL_FUNC | EL_COMMON | EL_VERB)) &&
         !imperative_clitic(tok_s(c, s0 + 1), tok_n(c, s0 + 1))))
      return 0; /* "Avez-vous" is a verb and its pronoun */
  }
  c->info[s0 + 1] |= TI_AMBIG;
  return 1;
}

/* "Conseil municipal : la piscine fermera", "Tags : Millau · Conseil
** municipal": a capitalised body's head and an adjective that
** data/ent_spanwords.txt names generic (bit 262144: every town has its
** own), with no "de" after them, name no body: the gold marks none. The
** span is [s0, j). */
static __attribute__((noinline)) int generic_body(ent_ctx *c, size_t s0,
                                                  size_t j) {
  if (j != s0 + 2 || !(ent_tok_flags(c, s0) & (EL_ORGHEAD | EL_COMMON)) ||
      (c->tok[s0 + 1].flags & PRESSE_TF_UPPER) ||
      !(span_word(c, s0 + 1) & SW_GENERICBODY))
    return 0;
  return !(j < c->ntok && same_line(c, j - 1) && de_target(c, j));
}

/* The spans of the words that may open a name (cand[]: the others, a
** lowercase word or no word, open none and are only stepped over). */
/* Is candidate i certain to give no span? Then find_spans skips grow()
** and its drop loop (some 2,400 of the 7,820 candidates of
** /tmp/cg300.db, most of them a sentence's first word). Such a head is
** capitalised by its place (TI_AMBIG) and the TI_AMBIG branch of the drop
** loop drops it when alone (drop_ambiguous() answers 1): a function word
** ("Le", "Selon"), or a common word ("Néanmoins") but in a dateline, in
** capitals, a place or the opening of a longer lexicon key; a given name
** would be kept weak, a "+" after it keep it. And grow() leaves it alone:
** it joins the next word after an institution, an event, a capitalised
** article or noun, a given name or a body's word only, which the head is
** not; punctuation but "&" and a line's end stop it; before a lowercase
** word (after a function word only: a common word there may open a
** country's body) "de", "et"/"ou", a particle and an English connector
** are turned away here. */
static int lone_dropped_head(ent_ctx *c, size_t i, uint32_t headf) {
  if (headf &
      (EL_GIVEN | EL_ORGHEAD | EL_LOCHEAD | EL_MISCCUE | EL_EVENT | EL_ORGWORD))
    return 0;
  size_t j = i + 1;
  if (!(c->info[i] & TI_AMBIG) || plus_suffix(c, j)) return 0;
  if (!(headf & EL_FUNC)) {
    /* a common word before punctuation */
    return j < c->ntok && c->tok[j].kind == PRESSE_TOK_PUNCT &&
           (headf & EL_COMMON) &&
           !(headf & (EL_PREFIX | EL_COUNTRY | EL_CITY | EL_CAPNOM)) &&
           !(c->tok[i].flags & PRESSE_TF_ALLCAPS) && !is_punct(c, j, "&") &&
           !ent_dateline_at(c, i, j);
  }
  if (j >= c->ntok || !same_line(c, i)) return 1;
  if (c->tok[j].kind == PRESSE_TOK_PUNCT) return !is_punct(c, j, "&");
  if (c->tok[j].kind != PRESSE_TOK_WORD || name_word(c, j)) return 0;
  return !(ent_tok_flags(c, j) & (EL_PARTICLE | EL_ENGLISH)) &&
         !de_target(c, j) && !common_pair(c, j);
}

/* Does lowercase word k end the phrase that names a body (the next token
** a punctuation mark or the line's end)? */
static int phrase_closes(const ent_ctx *c, size_t k) {
  if (k + 1 >= c->ntok || !same_line(c, k)) return 1;
  const presse_token *t = &c->tok[k + 1];
  return t->kind == PRESSE_TOK_PUNCT && !is_punct(c, k + 1, "-") &&
         !is_punct(c, k + 1, "'") && !is_punct(c, k + 1, "&");
}

/* "l'ONG Action contre la faim.", "l'association Air pur en Albret, qui",
** "le groupe Écologiste et social,": after the lowercase noun of a body
** that names itself by a phrase (data/ent_spanwords.txt bit 2097152; "ONG"
** in capitals too), a
** name opened by a capitalised common word runs on over lowercase words up
** to the punctuation that closes it, at most six words (grow() took one or
** two words, no number: "le collectif X Y 1985 aussi." ends at the year;
** a second word in capitals makes a name in title case, which ends with its
** capitals: "le collectif Vélo Libre pour tous les enfants"); the first of
** them
** a preposition or an adjective ("et", "ou" only before an adjective), no
** pronoun, negation or frequent verb among them, and no place the lexicon
** knows ("le groupe Orange en France", "l'association X et Y dans le
** Rhône" are a body and a place). Returns the phrase's end, or j (grow()'s
** end). */
static __attribute__((noinline)) size_t phrase_name_end(ent_ctx *c, size_t s0,
                                                        size_t j) {
  if (s0 < 1 || j > s0 + 2 || j >= c->ntok || !ent_is_word(c, j) ||
      !ent_is_word(c, j - 1) || (c->tok[j].flags & PRESSE_TF_UPPER) ||
      !same_line(c, j - 1) || c->tok[s0 - 1].kind != PRESSE_TOK_WORD ||
      ((c->tok[s0 - 1].flags & PRESSE_TF_UPPER) &&
       !(c->tok[s0 - 1].flags & PRESSE_TF_ALLCAPS)) ||
      tok_n(c, s0 - 1) < 3 || tok_n(c, s0 - 1) > 12 ||
      (c->tok[s0].flags & PRESSE_TF_ALLCAPS) ||
      (j == s0 + 2 && (c->tok[s0 + 1].flags & PRESSE_TF_UPPER)))
    return j;
  /* (the name's flags first: the lookup of the noun before it is asked
  ** for common words only) */
  uint32_t f0 = ent_tok_flags(c, s0);
  if (!(f0 & EL_COMMON) ||
      (f0 & (EL_GIVEN | EL_COUNTRY | EL_CAPNOM | EL_FUNC)) ||
      !(span_word(c, s0 - 1) & SW_PHRASEBODY))
    return j;
  uint32_t fj = ent_tok_flags(c, j);
  if (speech_word(c, j) || !(fj & (EL_FUNC | EL_ADJ))) return j;
  if (coordinator(c, j) && !(ent_tok_flags(c, j + 1) & EL_ADJ)) return j;
  for (size_t k = j; k < s0 + 7 && k < c->ntok; k++) {
    if (c->tok[k].kind == PRESSE_TOK_NUMBER) {
      if (phrase_closes(c, k)) return k + 1;
      continue;
    }
    if (!ent_is_word(c, k) || speech_word(c, k)) return j;
    if ((c->tok[k].flags & PRESSE_TF_UPPER) && (ent_tok_flags(c, k) & EL_PLACE))
      return j;
    if (phrase_closes(c, k)) return k + 1;
  }
  return j;
}

/* Does the common word i, capitalised by its place, open a name that runs
** to a bracketed acronym it defines ("Médecins sans frontières (MSF)
** dénonce" at a sentence start)? grow() ended the run at j. */
static __attribute__((noinline)) int acronym_opens(ent_ctx *c, size_t i,
                                                   size_t j) {
  uint32_t f = ent_tok_flags(c, i);
  if (!(f & EL_COMMON) || (f & (EL_FUNC | EL_NOTENT | EL_TITLE)) ||
      (c->tok[i].flags & PRESSE_TF_ALLCAPS) || !same_line(c, i))
    return 0;
  size_t k = acronym_defined_end(c, i, j);
  return ent_defines_acronym(c, i, k);
}

/* "le député Horizons de l'Eure, X", "la sénatrice Les Écologistes du
** Cantal, X": after an elected holder's title, a party's name (a common
** word, a body's word or a capitalised article first, no person's name),
** "de" and a place the lexicon knows, then a comma, are the party and the
** constituency, two names. Returns the end of the party's name, or 0. */
static __attribute__((noinline)) size_t
party_constituency(ent_ctx *c, size_t s0, size_t j) {
  if (j < s0 + 3 || !is_punct(c, j, ",") || !title_word_before(c, s0)) return 0;
  uint32_t f0 = ent_tok_flags(c, s0);
  if ((f0 & (EL_GIVEN | EL_SURNAME)) ||
      !((f0 & (EL_COMMON | EL_ORGHEAD | EL_ORGWORD)) || cap_article(c, s0)))
    return 0;
  uint32_t fl = ent_tok_flags(c, j - 1);
  if (!(c->tok[j - 1].flags & PRESSE_TF_UPPER) || (fl & EL_GIVEN) ||
      !(fl & (EL_PLACE | EL_REGION)))
    return 0;
  size_t k = j - 1;
  while (k > s0 + 1 && ent_is_word(c, k - 1) &&
         !(c->tok[k - 1].flags & PRESSE_TF_UPPER) &&
         ((c->tok[k - 1].flags & PRESSE_TF_ELISION) ||
          (ent_tok_flags(c, k - 1) & EL_FUNC)))
    k--;
  if (k == j - 1 || k <= s0 || !(span_word(c, k) & (SW_PLACEPREP | SW_ARTICLE)))
    return 0;
  return k;
}

static int find_spans(ent_ctx *c, const uint32_t *cand, size_t ncand) {
  size_t i = 0, ci = 0;
  while (i < c->ntok) {
    while (ci < ncand && cand[ci] < i)
      ci++;
    if (ci == ncand) break;
    i = cand[ci];
    const presse_token *t = &c->tok[i];
    size_t skip = 0;
    if (t->kind != PRESSE_TOK_WORD) {
      i++;
      continue;
    }
    if (!name_word(c, i)) {
      /* ex-Union soviétique, pro-Moscou: the name starts after the
      ** hyphen */
      const char *s = tok_s(c, i);
      size_t n = tok_n(c, i);
      const char *h = (t->flags & PRESSE_TF_HYPHEN) ? memchr(s, '-', n) : NULL;
      if (!h || !upper_at(h + 1, n - (size_t)(h + 1 - s)) ||
          name_prefix_len(s, n)) {
        i++;
        continue;
      }
      skip = (size_t)(h + 1 - s);
    }
    /* Cut titles and ambiguous common words off the left. */
    uint32_t headf = ent_tok_flags(c, i);
    if (skip) {
      char w[ENT_FOLD_MAX];
      size_t m = ent_fold(tok_s(c, i) + skip, tok_n(c, i) - skip, w);
      headf = m == (size_t)-1 ? 0 : ent_lex_lookup(w, m);
    } else if (lone_dropped_head(c, i, headf)) {
      i++;
      continue;
    }
    size_t j = grow(c, i, headf);
    size_t s0 = i;
    int weak = 0; /* a given name kept weak (below) */
    while (s0 < j && !skip) {
      uint32_t f = ent_tok_flags(c, s0);
      int more = s0 + 1 < j;
      int drop = 0;
      if ((f & EL_TITLE) && !(f & (EL_GIVEN | EL_SURNAME)))
        drop = 1;
      else if ((f & EL_NOTENT) && !((f & EL_PREFIX) && (f & EL_LOCHEAD) &&
                                    place_phrase_opens(c, s0)))
        drop = 1; /* ("République tchèque" is a country) */
      else if (s0 == i && (c->tok[s0].flags & PRESSE_TF_INITIAL) &&
               interview_marker(c, s0))
        drop = 1;
      else if ((c->info[s0] & TI_AMBIG) && !article_orgword(c, s0, j) &&
               !(j == s0 + 1 && plus_suffix(c, j)) &&
               (drop_ambiguous(c, s0, more) ||
                (more && (f & EL_COMMON) && (span_word(c, s0) & SW_COUNT))) &&
               !(s0 == i && acronym_opens(c, s0, j))) {
        /* "Selon", "Les"; "Trois ONG", "Ces SMS"; but a given name that
        ** is a common word too, alone ("Moussa part", "« Madeleine,
        ** c'était ..."), is kept weak: ent_doc.c makes it the person the
        ** document names in full, or drops it */
        if (!more && s0 == i && (f & EL_GIVEN) &&
            !(c->tok[s0].flags & PRESSE_TF_ALLCAPS))
          weak = 1;
        else
          drop = 1;
      } else if ((f & EL_ENGLISH) && more &&
                 !(f & (EL_NAMEY | EL_COMMON | EL_FUNC)) &&
                 !(ent_tok_flags(c, s0 + 1) & (EL_ENGLISH | EL_COMMON)))
        drop = 1; /* an English title: "Chancellor Merkel" */
      else if (cap_article(c, s0) && more &&
               (c->tok[s0 + 1].flags & PRESSE_TF_ALLCAPS))
        drop = 1; /* "le FC Nantes": the article of an acronym's name */
      else if ((f & EL_FUNC) && !(f & EL_NAMEY) &&
               !(more && ((f & EL_PARTICLE) || cap_article(c, s0))))
        drop = 1; /* "De Gaulle", "Le Drian", "Les Verts" keep it */
      if (!drop) break;
      s0++;
      if (s0 == i + 1 && s0 < j && after_boiler_word(c, i, s0, s0 + 1 < j))
        s0++; /* "Newsletter Santé :" */
      /* what followed the dropped word starts a span of its own only if
      ** it is itself a name word */
      while (s0 < j && !name_word(c, s0))
        s0++;
    }
    if (s0 >= j) {
      i = j > i ? j : i + 1;
      continue;
    }
    if (s0 > i) {
      /* regrow: the dropped head may have licensed joins (de, adjectives)
      ** that the new head does not */
      size_t k = grow(c, s0, ent_tok_flags(c, s0));
      if (k < j) j = k;
      if (k > j) j = k;
    }
    /* A multi-word lexicon key may run past the capitalised run. */
    uint32_t pf;
    size_t pe = lexicon_phrase(c, s0, &pf);
    if (pe > j) j = pe;
    /* trim trailing particles (the lowercase nouns and adjectives that
    ** grow() joined belong to the name: "Conseil de sécurité") */
    while (j > s0 + 1 && !name_word(c, j - 1) &&
           c->tok[j - 1].kind != PRESSE_TOK_NUMBER &&
           (ent_tok_flags(c, j - 1) & (EL_FUNC | EL_PARTICLE)))
      j--;
    /* (a comma after the run first: the rule's only case) */
    size_t pend = skip || j < s0 + 3 || !is_punct(c, j, ",")
                      ? 0
                      : party_constituency(c, s0, j);
    if (pend) {
      int rc = push(c, s0, pend, 0);
      if (rc) return rc;
      preset_last(c, PRESSE_ORG, EV_CUE);
      i = pend;
      continue;
    }
    /* A capitalised article with nothing capitalised after it names
    ** nothing: "(Thurgovie), Le feu a pris", a capital after a comma */
    if (j > s0 + 1 && !skip && tok_n(c, s0) <= 3 && tok_s(c, s0)[0] == 'L' &&
        cap_article(c, s0)) {
      size_t k = s0 + 1;
      while (k < j && !name_word(c, k) && c->tok[k].kind != PRESSE_TOK_NUMBER)
        k++;
      if (k == j) {
        i = j;
        continue;
      }
    }
    /* A nationality noun before a name is an entity of its own: "son
    ** homologue Russe Serguei Lavrov". */
    uint32_t f0 = ent_tok_flags(c, s0);
    if (!skip && j > s0 + 1 &&
        (((f0 & EL_DEMONYM) && !(f0 & EL_NAMEY)) ||
         inhabitant_before_person(c, s0, j, f0)) &&
        name_word(c, s0 + 1)) {
      if (!(f0 & EL_DEMONYM)) { /* inhabitant_before_person() */
        int rc = push(c, s0, s0 + 1, 0);
        if (rc) return rc;
        preset_last(c, PRESSE_MISC, EV_FORM);
      } else if (!(c->info[s0] & TI_AMBIG)) {
        int rc = push(c, s0, s0 + 1, 0);
        if (rc) return rc;
      }
      s0++;
    }
    /* A given name inside a run of names starts a person's name after
    ** an acronym's name (a credit: "AFP Jean-Marc Kerrien", "ABC Nord
    ** Valentine Morvan") or after one word at a sentence start that is a
    ** common word, or a place or a body's head ("Photo David Morvan"), or
    ** an unknown word after "de" or "à" ("affirme Kervalan David Morvan"
    ** is left whole: nothing says Kervalan is no given name). */
    if (!skip) {
      int acr = 0;
      size_t cq = s0; /* words before cq were checked for CamelCase */
      for (size_t p = s0; p + 1 < j; p++) {
        if (!name_word(c, p) || !name_word(c, p + 1)) break;
        if (c->tok[p].flags & PRESSE_TF_ALLCAPS) acr = 1;
        if (p == s0 || !ent_given_word(c, p)) continue;
        uint32_t fp = ent_tok_flags(c, p - 1);
        if (fp & (EL_GIVEN | EL_PARTICLE | EL_TITLE)) continue;
        for (; cq < p && !acr; cq++)
          acr = camel_case(c, cq);
        /* what precedes the run: a person takes no article, and after
        ** "de" or "à" a name is often a place ("le site de Kervalan
        ** David Morvan", "le ministre de la Justice Jean Kerval") */
        int art = s0 > 0 && !(c->tok[s0 - 1].flags & PRESSE_TF_UPPER) &&
                  (span_word(c, s0 - 1) & (SW_ARTICLE | SW_PLACEPREP));
        /* after a title the person's name comes, and a capitalised common
        ** word before its given name is the person's party ("sa collègue
        ** Renouveau Marie Dupont") */
        int party = p == s0 + 1 && !acr && (fp & EL_COMMON) &&
                    (!(fp & (EL_VERB | EL_ADJ | EL_NAMEY)) ||
                     party_adjective(c, s0, fp)) &&
                    title_word_before(c, s0);
        if (party) {
          int rc = push(c, s0, p, 0);
          if (rc) return rc;
          preset_last(c, PRESSE_ORG, EV_CUE);
          s0 = p;
          break;
        }
        int several = 0;
        if (!acr &&
            !(p == s0 + 1 && !(fp & EL_SURNAME) &&
              ((fp & (EL_PLACE | EL_ORGHEAD | EL_ORGCUE | EL_LOCHEAD |
                      EL_MISCCUE)) ||
               ((fp & EL_COMMON) && !(fp & (EL_VERB | EL_ADJ)) &&
                ((c->info[p - 1] & TI_AMBIG) || art)) ||
               (!(fp & ~(uint32_t)EL_PREFIX) && art))) &&
            !(several = several_before_given(c, s0, p, fp)))
          continue;
        int rc = push(c, s0, p, 0);
        if (rc) return rc;
        if (several == 2) preset_last(c, PRESSE_ORG, EV_CUE);
        s0 = p;
        break;
      }
    }
    if (!skip && j >= s0 + 3 && (c->tok[s0].flags & PRESSE_TF_ALLCAPS) &&
        acronym_apposition(c, s0, j)) {
      int rc = push(c, s0, s0 + 1, 0);
      if (rc) return rc;
      s0++;
    }
    /* an uppercase elided article belongs to the name: "L'Oréal"; at a
    ** sentence start only before a proper noun that is no place and no
    ** common word (not "L'Europe", "L'OTAN", "L'Équipe") */
    if (!skip && s0 == i && s0 > 0 &&
        (c->tok[s0 - 1].flags & PRESSE_TF_ELISION) &&
        (c->tok[s0 - 1].flags & PRESSE_TF_UPPER) &&
        c->tok[s0 - 1].b1 == c->tok[s0].b0) {
      uint32_t f = ent_tok_flags(c, s0);
      if (!(c->info[s0 - 1] & TI_AMBIG) ||
          (tok_s(c, s0 - 1)[0] == 'L' && (f & EL_NPR) &&
           !(f & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_COMMON | EL_GIVEN |
                  EL_SURNAME)) &&
           !(c->tok[s0].flags & PRESSE_TF_ALLCAPS)))
        s0--;
    }
    int net = 0; /* network_letter() */
    if (j == s0 + 1 && !(s0 == i && skip)) {
      /* units, ratings, codes and counted acronyms are no names */
      if ((not_a_name(c, s0) && !(net = network_letter(c, s0))) ||
          rubric_place(c, s0)) {
        i = j;
        continue;
      }
      int parts = place_compound(c, s0);
      if (parts < 0) return PRESSE_ENOMEM;
      if (parts) {
        i = j;
        continue;
      }
    }
    /* "4KX Pro", "2CV": a number glued before capitals opens the name
    ** (not a unit: "100MW") */
    if (s0 == i && !skip && s0 > 0 && number_tok(c, s0 - 1, 1) &&
        c->tok[s0 - 1].b1 == c->tok[s0].b0 &&
        c->tok[s0 - 1].sent == c->tok[s0].sent && tok_n(c, s0) >= 2 &&
        (c->tok[s0].flags & PRESSE_TF_ALLCAPS) && !(span_word(c, s0) & SW_UNIT))
      s0--;
    /* a site named by its domain: "Kervelhunters.org" is one name, a
    ** body (a medium) */
    /* "la Coupe du monde 2030", "le Festival de Kervel 2027": an
    ** event's name of several words and its year (a year right after
    ** the head joins in grow()) */
    if (!skip && j > s0 + 1 && j < c->ntok && year_at(c, j) &&
        (c->tok[j].flags & PRESSE_TF_SPACE_BEFORE) &&
        c->tok[j].sent == c->tok[s0].sent && same_line(c, j - 1) &&
        (ent_tok_flags(c, s0) & (EL_EVENT | EL_MISCCUE)) &&
        !(c->info[s0] & TI_AMBIG && !(ent_tok_flags(c, s0) & EL_EVENT)))
      j++;
    if (!skip && j == s0 + 2 && !(c->tok[s0 + 1].flags & PRESSE_TF_UPPER) &&
        generic_body(c, s0, j)) {
      i = j;
      continue;
    }
    if (!skip && j >= s0 + 2 && for_all(c, j)) j += 2;
    int site = site_suffix(c, j);
    if (site) j += 2;
    /* "Canal+": a body, as a site is */
    else if (plus_suffix(c, j))
      j++, site = 1;
    if (!site && !skip) {
      j = acronym_defined_end(c, s0, j);
      if (j <= s0 + 2 && s0 > 0 && ent_is_word(c, j) &&
          !(c->tok[j].flags & PRESSE_TF_UPPER) && ent_is_word(c, s0 - 1))
        j = phrase_name_end(c, s0, j);
    }
    size_t sea = skip || s0 != i ? s0 : sea_head(c, s0);
    int rc = push(c, sea, j, s0 == i ? skip : 0);
    if (rc) return rc;
    if (weak) c->sp[c->nsp - 1].flags |= SP_WEAK;
    /* "M. d'Ormor": the particle opens the surname (a short word
    ** starting with "d" before the name, tested inline) */
    if (s0 == i && !skip && s0 >= 2 && c->text[c->tok[s0 - 1].b0] == 'd' &&
        c->tok[s0 - 1].b1 - c->tok[s0 - 1].b0 <= 4)
      civility_span(c, s0);
    if (site || sea < s0 || net) {
      ent_span *sp = &c->sp[c->nsp - 1];
      sp->flags |= SP_PRESET;
      sp->type = site || net ? PRESSE_ORG : PRESSE_LOC;
      sp->ev = EV_FORM;
    }
    if (!(s0 == i && skip) && (ent_tok_flags(c, s0) & EL_EVENT) &&
        event_word(c, s0))
      c->sp[c->nsp - 1].flags |= SP_EVENT;
    /* "Kerlouan de Pavic": a person's particle joined the name (not a
    ** title in quotation marks: "l'album « Noites de Verão »") */
    if (!skip && j == s0 + 3 &&
        !(s0 > 0 && (c->tok[s0 - 1].flags & PRESSE_TF_OPEN_QUOTE)) &&
        person_de(c, s0, s0 + 1, ent_tok_flags(c, s0)))
      c->sp[c->nsp - 1].flags |= SP_PARTICLE;
    /* a continent or a country and a lowercase cardinal point is a place:
    ** "Asie de l'est" */
    if (j > s0 + 2 && !skip && (span_word(c, j - 1) & SW_CARDINAL) &&
        !(c->tok[j - 1].flags & PRESSE_TF_UPPER) &&
        (ent_tok_flags(c, s0) & (EL_COUNTRY | EL_CAPNOM)))
      preset_last(c, PRESSE_LOC, EV_LEXICON);
    /* "X en commun": a municipal list, a body whatever X is (a word
    ** starting with "e" after the name, tested inline) */
    if (!skip && j < c->ntok && c->text[c->tok[j].b0] == 'e')
      j = common_list(c, j);
    i = j;
  }
  return PRESSE_OK;
}
