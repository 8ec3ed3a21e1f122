/*
** ent_context.c: what the words around a name say of it, for names that
** no lexicon knows (ent_class.c weighs the features found here, with the
** rest, through data/ent_evidence.txt).
**
** Forms of address and kinship before a name ("M. de X", "MM. X et Y",
** "le fils de X", "le gouvernement X"), words only persons take after it
** ("X, né à", "X, domicilié à"), a place of origin after a person's name
** ("Jean Dupont, de X,"), and a dateline ("KERVEL, 12 mars. —"). The words
** are data/ent_context.txt. Each test looks at a few tokens next to the
** span, once per span: no per-token work.
*/
#include <string.h>

#include "ent_int.h"
#include "lexicon.h"

#include "lex_ent_context.h"

/* Bits of data/ent_context.txt. */
enum {
  CX_ADDRESS = 1, /* M., sieur, baron: "de X" after it is a particle */
  CX_PLURAL = 2,  /* MM., messieurs, époux: every name of the list after it */
  CX_KIN = 4,     /* fils, épouse, héritiers: "de X" after it is a person */
  CX_HEAD = 8,    /* gouvernement, famille, affaire: "le gouvernement X" */
  CX_AFTER = 16,  /* né, âgé, domicilié: "X, né à" */
  CX_MONTH = 32,  /* janvier..décembre */
  CX_TITLE = 64,  /* comte: a title the folded lexicon cannot hold */
  CX_TOPO_LINK = 128, /* de, sur, lès inside Val-de-Travers */
  CX_TOPO_END = 256,  /* Val, Haut, Dessous: a part of a place's name */
  CX_CIVILITY = 512   /* M., Mme, Monsieur: one person's form of address */
};

/* The data/ent_context.txt bits of word token i, as written but for its
** ASCII capitals ("M.", "MM.", "Mme", "Juin"), 0 if none. Not folded:
** "né" is no "ne". */
static int context_word(ent_ctx *c, size_t i) {
  size_t n = ent_is_word(c, i) ? tok_n(c, i) : 0;
  /* the entries are 1 to 16 bytes long; a capital is read on short
  ** abbreviations, months and at a sentence start only (below) */
  if (!n || n > 16) return 0;
  /* function words are none of them, and their flags are most often
  ** looked up already: the commonest neighbours of a name cost no probe */
  uint32_t f = ent_tok_flags(c, i);
  if ((f & EL_FUNC) || !(f & (EL_COMMON | EL_TITLE | EL_NOTENT))) return 0;
  if ((c->tok[i].flags & PRESSE_TF_UPPER) && n > 5 &&
      !(c->info[i] & TI_AMBIG) && !(f & EL_NOTENT))
    return 0;
  char w[16];
  const char *p = tok_s(c, i);
#if defined(__SSE2__)
  /* (the sixteen bytes lowercased at once when they can be read; branch
  ** speedE2) */
  if (c->tok[i].b0 + 16 <= c->n)
    ent_lower16(p, w);
  else
#endif
    for (size_t k = 0; k < n; k++)
      w[k] = (char)(p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 32 : p[k]);
  const presse_lex_entry *e = presse_lex_find(&lex_ent_context, w, n);
  if (!e) return 0;
  /* a capitalised form of address is an abbreviation or opens the
  ** sentence: "Chevalier de Lyon" may be a person from Lyon */
  if ((c->tok[i].flags & PRESSE_TF_UPPER) && !(e->value & CX_MONTH) &&
      !((e->value & (CX_ADDRESS | CX_PLURAL)) &&
        (n <= 5 || (c->info[i] & TI_AMBIG))))
    return 0;
  return e->value;
}

/* Is word token i a form of address of one person (M., Mme, Mlle,
** Monsieur, Madame: data/ent_context.txt bit 512)? For the span rules of
** ent_cand.c, which read the same class as the context features. */
int ent_civility_word(ent_ctx *c, size_t i) {
  /* every such word begins with m (data/ent_context.txt says so): the
  ** word before each "de X" is asked, and most are no form of address */
  return ent_is_word(c, i) && (tok_s(c, i)[0] | 0x20) == 'm' &&
         (context_word(c, i) & CX_CIVILITY);
}

static inline int same_sent(const ent_ctx *c, size_t i, size_t j) {
  return c->tok[i].sent == c->tok[j].sent;
}

static inline int punct_is(const ent_ctx *c, size_t i, char ch) {
  return i < c->ntok && c->tok[i].kind == PRESSE_TOK_PUNCT &&
         tok_n(c, i) == 1 && tok_s(c, i)[0] == ch;
}

/* Is token i "de", "d'" or "du"? */
static int de_at(const ent_ctx *c, size_t i) {
  if (ew_de_du(c, i)) return 1;
  return ent_is_word(c, i) && (c->tok[i].flags & PRESSE_TF_ELISION) &&
         tok_s(c, i)[0] == 'd';
}

/* Is token i an article of a singular noun: le, la, l', un, une? */
static int article_at(const ent_ctx *c, size_t i) {
  if (!ent_is_word(c, i)) return 0;
  if ((c->tok[i].flags & PRESSE_TF_ELISION) &&
      (tok_s(c, i)[0] == 'l' || tok_s(c, i)[0] == 'L'))
    return 1;
  return ew_sg_article(c, i);
}

/* Token t0 - 1 and what comes before: the index of the word before "de"
** ("M. de X", "le fils de X"), or (size_t)-1. */
static size_t before_de(const ent_ctx *c, size_t t0) {
  if (t0 < 2 || !de_at(c, t0 - 1) || !same_sent(c, t0 - 2, t0)) return -1;
  return t0 - 2;
}

/* "MM. Kerbrat et Morvan", "les époux Kerbrat, Morvan et Tanguy": a
** plural form of address before the list that span s ends. Walks back
** over names, commas and "et" (at most 12 tokens). */
static int plural_title_list(ent_ctx *c, const ent_span *s) {
  size_t k = s->t0;
  int sep = 0;
  for (int steps = 0; k > 0 && steps < 12; steps++) {
    k--;
    if (!same_sent(c, k, s->t0)) return 0;
    if (punct_is(c, k, ',') || ew_et(c, k)) {
      sep = 1;
      continue;
    }
    if (!ent_is_word(c, k)) return 0;
    if (c->tok[k].flags & (PRESSE_TF_UPPER | PRESSE_TF_INITIAL)) {
      /* "MM.", "Mmes": abbreviations; longer capitalised words are names */
      if (tok_n(c, k) <= 4 && (context_word(c, k) & CX_PLURAL)) return sep;
      continue;
    }
    /* a lowercase word: the title itself, the particle of a name, or
    ** what goes with a title ("MM. le docteur X et Y", "MM. les anciens
    ** conseillers X et Y") */
    uint32_t f = ent_tok_flags(c, k);
    if ((f & EL_TITLE) && (context_word(c, k) & CX_PLURAL)) return sep;
    if (f & (EL_PARTICLE | EL_TITLE | EL_ADJ)) continue;
    if (ew_le_les(c, k)) continue;
    return (context_word(c, k) & CX_PLURAL) ? sep : 0;
  }
  return 0;
}

/* A match minute, "58e", "90e" of "90e+3": one to three digits and "e". */
static int minute_at(const ent_ctx *c, size_t i) {
  if (i >= c->ntok || c->tok[i].kind != PRESSE_TOK_NUMBER) return 0;
  const char *w = tok_s(c, i);
  size_t n = tok_n(c, i);
  if (n < 2 || n > 4 || w[n - 1] != 'e') return 0;
  for (size_t k = 0; k + 1 < n; k++)
    if (w[k] < '0' || w[k] > '9') return 0;
  return 1;
}

/* "Buts : Kervel (58e, s.p.)", "essais de Kerlann (12e) et X (33e)",
** "Kerbrat (Kervel, 80e)": a single name with the minute of a goal, a try
** or a substitution in brackets is a player, a person (the sports
** results' line-ups and scorers, where nothing else speaks for the
** player). Not a place of the lexicon: "Paris (12e)", an arrondissement.
** Branch ents12a. */
static int minute_after(ent_ctx *c, const ent_span *s) {
  size_t j = s->t1;
  if (s->t1 != s->t0 + 1 || j + 2 >= c->ntok) return 0;
  int m = punct_is(c, j, '(') && minute_at(c, j + 1)
              ? punct_is(c, j + 2, ')') || punct_is(c, j + 2, ',') ||
                    c->tok[j + 2].kind == PRESSE_TOK_SYMBOL
              : s->t0 > 0 && punct_is(c, s->t0 - 1, '(') &&
                    punct_is(c, j, ',') && minute_at(c, j + 1) &&
                    punct_is(c, j + 2, ')');
  return m && !(ent_tok_flags(c, s->t0) & (EL_PLACE & ~EL_NPR));
}

/* Is the word after span s (after a comma, or right after it) one that
** only a person takes: "X, né à", "X âgé de", "X, domicilié à"? */
static int person_after(ent_ctx *c, const ent_span *s) {
  size_t j = s->t1;
  if (j < c->ntok && punct_is(c, j, ',')) j++;
  if (j >= c->ntok || !same_sent(c, j, s->t0) ||
      (c->tok[j].flags & PRESSE_TF_UPPER))
    return 0;
  return (context_word(c, j) & CX_AFTER) != 0;
}

/* "permettre à X de partir", "demander à X d'exister": the one "à"
** gives leave or a task to, before "de" and an infinitive, is a person
** (or a body), not a place. */
static int to_whom(ent_ctx *c, const ent_span *s) {
  size_t j = s->t1;
  if (s->t0 == 0 || !ew_a(c, s->t0 - 1) || j + 1 >= c->ntok ||
      !same_sent(c, j + 1, s->t0) ||
      !(ew_de(c, j) ||
        ((c->tok[j].flags & PRESSE_TF_ELISION) && tok_s(c, j)[0] == 'd')))
    return 0;
  const char *w = tok_s(c, j + 1);
  size_t n = tok_n(c, j + 1);
  if (!ent_is_word(c, j + 1) || n < 4 ||
      (c->tok[j + 1].flags & PRESSE_TF_UPPER))
    return 0;
  /* an infinitive: -er, -ir, -re, and a verb of the lexicon */
  int inf = (w[n - 1] == 'r' && (w[n - 2] == 'e' || w[n - 2] == 'i')) ||
            (w[n - 1] == 'e' && w[n - 2] == 'r');
  return inf && (ent_tok_flags(c, j + 1) & EL_VERB);
}

/* "Iker Kerbrat (Kervistar)", "Jean Kerbrat (Kerenew)": one word in
** brackets right after a person's name that no lexicon knows at all, not
** in capitals nor hyphenated as old départements are ("(Seine-et-Oise)"),
** is the person's team, party or sponsor, not a constituency: those are
** places the lexicon knows ("(Finistère)"). Neither origin_de nor the
** word's shape (a brand's is a place's or a person's as often) types it;
** the ORG default does. After a form of address, the style of the
** parliamentary report ("M. Paul Kerlann (Trégor)"), it is the member's
** constituency still. Branch ents11a. */
int ent_team_in_brackets(ent_ctx *c, const ent_span *s) {
  size_t k = s->t0;
  if (k < 3 || s == c->sp || s->t1 != k + 1 || !punct_is(c, k - 1, '(') ||
      !punct_is(c, s->t1, ')') || (ent_tok_flags(c, k) & ~EL_PREFIX) ||
      (c->tok[k].flags & (PRESSE_TF_HYPHEN | PRESSE_TF_ALLCAPS)))
    return 0;
  const ent_span *p = s - 1;
  if (p->type != PRESSE_PER || p->t1 != k - 1 || !same_sent(c, p->t0, k))
    return 0;
  size_t a = p->t0;
  if (a > 0 && punct_is(c, a - 1, '.')) a--;
  return !(a > 0 && (context_word(c, a - 1) & CX_ADDRESS));
}

/* "Jean Dupont, de Kervalec, a vendu": a single name after a person's
** name, "de" (or "du", "de la"), with a comma or without, is where the
** person comes from. The span before is classified already (ent_classify() goes
*in
** text order). */
static int origin_after_name(ent_ctx *c, const ent_span *s) {
  size_t k = s->t0;
  if (k < 3 || s == c->sp) return 0;
  k--;
  /* "M. Jean Kerbrat (Finistère)": a member's constituency, in brackets;
  ** not a common word, which names a team or a sponsor ("Marc Kerbrat
  ** (Safran)") */
  if (punct_is(c, k, '(') && punct_is(c, s->t1, ')')) {
    if (ent_tok_flags(c, s->t0) & EL_COMMON) return 0;
    /* (nor a word no lexicon knows: see ent_team_in_brackets()) */
    if (ent_team_in_brackets(c, s)) return 0;
    const ent_span *p = s - 1;
    return p->type == PRESSE_PER && p->t1 == k && same_sent(c, p->t0, s->t0);
  }
  if (ew_la(c, k) ||
      ((c->tok[k].flags & PRESSE_TF_ELISION) && tok_s(c, k)[0] == 'l'))
    k--;
  if (k < 2 || !de_at(c, k)) return 0;
  /* with a comma or without: "M. le conseiller Kerbrat de Kervel" */
  size_t e = punct_is(c, k - 1, ',') ? k - 1 : k;
  const ent_span *p = s - 1;
  return p->type == PRESSE_PER && p->t1 == e && p->t1 - p->t0 <= 4 &&
         same_sent(c, p->t0, s->t0);
}

int ent_month_at(ent_ctx *c, size_t i) {
  return (context_word(c, i) & CX_MONTH) != 0;
}

/* Is token i a month or a number (what follows a dateline's place)? */
static int date_part(ent_ctx *c, size_t i) {
  if (i >= c->ntok) return 0;
  if (c->tok[i].kind == PRESSE_TOK_NUMBER) return 1;
  return ent_is_word(c, i) && (ent_tok_flags(c, i) & EL_NOTENT) &&
         tok_n(c, i) >= 3;
}

/* A dateline: a place in capitals opening a line (or after a dash there),
** then a comma and a date, a date, a region in brackets and a comma, or a
** dot and a dash: "KERVEL, 12 mars. —", "-KERVEL, 29 (Havas)", "KERVEL
** (Finistère), 14.", "KERVEL 19 juin", "KERVEL. — Hier"; in lowercase
** with a comma, a day and a month: "Kervel, 12 mars". */
/* Is token i a dash: -, en dash or em dash? */
static int dash_at(const ent_ctx *c, size_t i) {
  if (i >= c->ntok || c->tok[i].kind != PRESSE_TOK_PUNCT) return 0;
  const char *s = tok_s(c, i);
  size_t n = tok_n(c, i);
  return (n == 1 && s[0] == '-') || (n == 3 && !memcmp(s, "\xE2\x80", 2) &&
                                     (s[2] == '\x93' || s[2] == '\x94'));
}

int ent_dateline_at(ent_ctx *c, size_t t0, size_t t1) {
  /* what follows first: a mark or a number, most often a word */
  if (t1 >= c->ntok || (c->tok[t1].kind != PRESSE_TOK_PUNCT &&
                        c->tok[t1].kind != PRESSE_TOK_NUMBER))
    return 0;
  size_t k = t0;
  if (k > 0 && c->tok[k - 1].kind == PRESSE_TOK_PUNCT &&
      !(c->tok[k].flags & PRESSE_TF_SPACE_BEFORE))
    k--; /* a dash glued to it */
  if (!(c->tok[k].flags & (PRESSE_TF_LINE_START | PRESSE_TF_PARA_START |
                           PRESSE_TF_SOFT_BREAK | PRESSE_TF_SENT_START)))
    return 0;
  int caps = 1;
  for (size_t j = t0; j < t1; j++)
    if (ent_is_word(c, j) && !(c->tok[j].flags & PRESSE_TF_ALLCAPS)) caps = 0;
  size_t j = t1;
  if (j >= c->ntok) return 0;
  if (punct_is(c, j, '(')) {
    size_t e = j + 1;
    while (e < c->ntok && e < j + 5 && !punct_is(c, e, ')'))
      e++;
    if (!punct_is(c, e, ')')) return 0;
    j = e + 1;
  }
  /* written in lowercase, a town needs its full date: "Kervel, 12 mai" */
  if (!caps)
    return punct_is(c, j, ',') && j + 2 < c->ntok &&
           c->tok[j + 1].kind == PRESSE_TOK_NUMBER && ent_month_at(c, j + 2);
  /* "KERVEL (AFP) - Un séisme", "KERVEL, correspondance - Au moins",
  ** "KERVEL, envoyé spécial — Sur": a wire's or a correspondent's
  ** dateline, a dash after the agency or a few lowercase words */
  if (j == t1 + 3 && dash_at(c, j)) return 1;
  if (punct_is(c, j, ',')) {
    size_t e = j + 1;
    while (e < c->ntok && e < j + 4 && ent_is_word(c, e) &&
           !(c->tok[e].flags & PRESSE_TF_UPPER))
      e++;
    if (e > j + 1 && dash_at(c, e)) return 1;
    return date_part(c, j + 1);
  }
  /* "KERVEL. — Hier", "KERVEL. 12 mai": a region's heading */
  if (punct_is(c, j, '.') && j + 1 < c->ntok)
    return date_part(c, j + 1) ||
           (c->tok[j + 1].kind == PRESSE_TOK_PUNCT &&
            (tok_s(c, j + 1)[0] == '-' ||
             (tok_n(c, j + 1) == 3 &&
              !memcmp(tok_s(c, j + 1), "\xE2\x80\x94", 3))));
  return j < c->ntok && c->tok[j].kind == PRESSE_TOK_NUMBER &&
         date_part(c, j + 1);
}

/* The data/ent_context.txt bits of the part s[0..n) of a hyphenated
** word, ASCII capitals lowercased. */
static int part_bits(const char *s, size_t n) {
  char w[24];
  if (!n || n > sizeof w) return 0;
  for (size_t k = 0; k < n; k++)
    w[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
  const presse_lex_entry *e = presse_lex_find(&lex_ent_context, w, n);
  return e ? e->value : 0;
}

/* A place's name by its form (the feature of a place's head word,
** loc_head): a hyphenated word with a lowercase link
** inside ("Val-de-Travers", "Châlons-sur-Marne", "Côte-aux-Fées") or a
** part that names a part of a place first or last ("Haut-Valais",
** "Bas-Languedoc", "Brot-Dessous"): French toponymy, seldom a person's
** or a body's name. */
static int toponym_form(const ent_ctx *c, const ent_span *s) {
  const char *p = c->text + s->b0;
  size_t n = s->b1 - s->b0, a = 0, parts = 0;
  int link = 0, end = 0;
  for (size_t k = 0; k <= n; k++) {
    if (k < n && p[k] != '-') continue;
    int b = part_bits(p + a, k - a);
    int lower = k > a && p[a] >= 'a' && p[a] <= 'z';
    if ((b & CX_TOPO_LINK) && lower && a > 0 && k < n) link = 1;
    if ((b & CX_TOPO_END) && !lower && (a == 0 || k == n)) end = 1;
    parts++;
    a = k + 1;
  }
  return parts >= 2 && (link || end);
}

/* Features of the name's own form, or strong cues, that the weak cues
** below could not outweigh: with one of them, the cues are not looked for
** (most names of the news: known places, given names, bodies' heads). */
#define STRONG                                                                 \
  (EFB(place_phrase) | EFB(country) | EFB(demonym) | EFB(elided_article) |     \
   EFB(event_head) | EFB(year) | EFB(place_number) | EFB(name_number) |        \
   EFB(org_head) | EFB(loc_head) | EFB(misc_head) | EFB(event_word) |          \
   EFB(title_before) | EFB(person_particle) | EFB(initials) | EFB(org_cue) |   \
   EFB(misc_cue) | EFB(acronym_digit) | EFB(digits) | EFB(acronym_name) |      \
   EFB(given_first) | EFB(age_after) | EFB(acronym_defined))

/* "Sa fille, Soizic, l'a rejoint", "sa mère, X, est venue", "sa
** secrétaire départementale, X Y, estime": a name between commas right
** after a possessive, a noun of kinship or a person's title and maybe
** its adjective is that person, in apposition. The possessive says the
** noun is someone's relation or office: after an article the comma may
** close the phrase the noun heads ("Selon le syndicaliste, X, entrée au
** capital", a body). Branch ents21. */
static int apposed_to_person(ent_ctx *c, const ent_span *s) {
  size_t t0 = s->t0;
  if (t0 < 2 || !punct_is(c, t0 - 1, ',') || !punct_is(c, s->t1, ',') ||
      !same_sent(c, t0 - 2, s->t1))
    return 0;
  size_t k = t0 - 2;
  if (!ent_is_word(c, k) || (c->tok[k].flags & PRESSE_TF_UPPER)) return 0;
  uint32_t f = ent_tok_flags(c, k);
  /* (the title's adjective: "secrétaire départementale") */
  if ((f & EL_ADJ) && !(f & EL_TITLE) && k > 0 && ent_is_word(c, k - 1) &&
      !(c->tok[k - 1].flags & PRESSE_TF_UPPER)) {
    k--;
    f = ent_tok_flags(c, k);
  }
  return k > 0 && ew_possessive(c, k - 1) &&
         (((f & EL_TITLE) && !(f & EL_NAMEY)) || (context_word(c, k) & CX_KIN));
}

/* The cues before and after an unknown name: forms of address, kinship,
** a name's head, a plural title's list, words only persons take, a place
** of origin. */
static ent_feat weak_cues(ent_ctx *c, const ent_span *s, int ntok) {
  ent_feat F = 0;
  size_t t0 = s->t0;
  size_t k = before_de(c, t0);
  if (k != (size_t)-1) {
    int cx = context_word(c, k);
    /* "M. de Kervalec", "le baron de Kerlouan": the name of a person */
    if (cx & CX_ADDRESS) F |= EFB(title_before);
    if (cx & CX_KIN) F |= EFB(person_context);
  }
  if (t0 > 0 && same_sent(c, t0 - 1, t0)) {
    int cx = context_word(c, t0 - 1);
    if ((cx & CX_HEAD) && !(c->tok[t0 - 1].flags & PRESSE_TF_UPPER))
      F |= EFB(person_context);
    if (cx & CX_TITLE) F |= EFB(title_before);
    /* "l'Israélien X", "un Américain X": a nationality noun with its
    ** article names a person's origin (the noun is a MISC of its own) */
    if (t0 >= 2 && (c->tok[t0 - 1].flags & PRESSE_TF_UPPER) &&
        (ent_tok_flags(c, t0 - 1) & EL_DEMONYM) &&
        !(ent_tok_flags(c, t0 - 1) & EL_NAMEY) && article_at(c, t0 - 2))
      F |= EFB(person_context);
    /* "la veuve Kerbrat", "Mme Vve X" are titles of the lexicon; the
    ** members of a list after a plural one are persons too */
    if ((punct_is(c, t0 - 1, ',') || ew_et(c, t0 - 1)) &&
        plural_title_list(c, s))
      F |= EFB(title_before);
  }
  /* "dans le Kervalais", "dans l'Ohio": a single name inside which
  ** something happens is a place (a newspaper takes its capital article,
  ** "dans Le Figaro", or has a person's name: "dans le Figaro") */
  if (ntok == 1 && t0 >= 2 &&
      !((ent_tok_flags(c, t0) & (EL_GIVEN | EL_SURNAME)) &&
        !(ent_tok_flags(c, t0) & (EL_COUNTRY | EL_CITY | EL_CAPNOM))) &&
      ew_dans(c, t0 - 2) && same_sent(c, t0 - 2, t0) &&
      (ew_definite(c, t0 - 1) || ((c->tok[t0 - 1].flags & PRESSE_TF_ELISION) &&
                                  tok_s(c, t0 - 1)[0] == 'l')))
    F |= EFB(loc_cue);
  /* "Jean X, de Kervel, né à Y": the words after the place of origin
  ** speak of the person before it */
  if (ntok == 1 && origin_after_name(c, s))
    F |= EFB(origin_de);
  else if (person_after(c, s) || to_whom(c, s) || minute_after(c, s) ||
           apposed_to_person(c, s))
    F |= EFB(person_context);
  return F;
}

/* Is span s alone in brackets after the day of a dateline ("KERVEL, 29
** (Havas)")? */
static int t0_is_agency(ent_ctx *c, const ent_span *s) {
  size_t t0 = s->t0;
  if (t0 < 4 || !punct_is(c, t0 - 1, '(') || !punct_is(c, s->t1, ')') ||
      c->tok[t0 - 2].kind != PRESSE_TOK_NUMBER || !punct_is(c, t0 - 3, ','))
    return 0;
  /* the place: up to three words in capitals ("BUENOS AIRES, 28") */
  size_t k = t0 - 4;
  for (int n = 0;
       n < 2 && k > 0 && ent_is_word(c, k - 1) && same_sent(c, k - 1, k) &&
       (c->tok[k - 1].flags & PRESSE_TF_ALLCAPS);
       n++)
    k--;
  return ent_is_word(c, k) && ent_dateline_at(c, k, t0 - 3);
}

ent_feat ent_context_features(ent_ctx *c, const ent_span *s, int ntok,
                              ent_feat own) {
  ent_feat F = own & STRONG ? 0 : weak_cues(c, s, ntok);
  if (s->t1 - s->t0 <= 3 && ent_dateline_at(c, s->t0, s->t1))
    F |= EFB(dateline);
  /* "-KERVEL, 29 (Havas). —": the agency that sent the dispatch */
  if (ntok == 1 && t0_is_agency(c, s)) F |= EFB(org_cue);
  if (ntok == 1 && (c->tok[s->t1 - 1].flags & PRESSE_TF_HYPHEN) &&
      toponym_form(c, s))
    F |= EFB(loc_head);
  return F;
}
