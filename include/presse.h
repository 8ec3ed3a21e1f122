/*
** presse.h: the public interface of presse.
**
** Two layers live behind this header:
**   1. The French text core (UTF-8, normalisation, segmentation, entities,
**      quotes, article cleaning). Plain C, no SQLite: link libpresse.a.
**   2. presse_register(), which adds the SQL functions, table-valued
**      functions and the FTS5 tokenizer to a SQLite connection.
**
** Conventions shared by every core function:
**   - Text is UTF-8, given as (pointer, byte length); it need not be
**     NUL-terminated and may contain NUL bytes.
**   - Every span carries both byte offsets (b0, b1) and code-point offsets
**     (c0, c1), 0-based, end exclusive.
**   - Functions return PRESSE_OK or a PRESSE_E* code; on error the output
**     is left empty but still has to be released with its _free function.
**   - Memory comes from a presse_mem allocator (NULL selects libc), so the
**     SQLite layer can route every allocation through sqlite3_malloc and
**     report SQLITE_NOMEM faithfully.
**   - No global mutable state: lexicons are const tables compiled in.
*/
#ifndef PRESSE_H
#define PRESSE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- codes */
enum presse_rc {
  PRESSE_OK = 0,
  PRESSE_ENOMEM = 1,  /* an allocation failed */
  PRESSE_EUTF8 = 2,   /* the input is not valid UTF-8 */
  PRESSE_ETOOBIG = 3, /* the input exceeds 2^32-1 bytes */
  PRESSE_EINVAL = 4,  /* a bad argument (unknown option, ...) */
  PRESSE_EIO = 5      /* a file could not be read */
};

/* A short English description of a return code, never NULL. */
const char *presse_errstr(int rc);

/* The version string, from the VERSION file at build time. */
const char *presse_version(void);

/* ------------------------------------------------------------ allocator */
typedef struct presse_mem {
  void *(*xRealloc)(void *ctx, void *p, size_t n); /* n == 0 never asked */
  void (*xFree)(void *ctx, void *p);
  void *ctx;
} presse_mem;

/* The libc allocator, used wherever a NULL presse_mem is passed. */
extern const presse_mem presse_mem_libc;

/* A growable byte buffer. Zero-initialise, set mem (or leave NULL). */
typedef struct presse_buf {
  char *data;
  size_t len, cap;
  const presse_mem *mem;
} presse_buf;

int presse_buf_reserve(presse_buf *b, size_t extra);
int presse_buf_append(presse_buf *b, const char *s, size_t n);
void presse_buf_free(presse_buf *b);

/* ----------------------------------------------------------------- UTF-8 */

/* Byte offset of the first invalid UTF-8 sequence in s[0..n), or n when
** the whole text is valid. Overlongs, surrogates (U+D800..DFFF), code
** points above U+10FFFF and truncated sequences are invalid. */
size_t presse_utf8_invalid_at(const char *s, size_t n);

/* Decode one code point at s[0..n). Returns its byte length (1..4) and
** stores it in *cp; on an invalid sequence returns the length of the
** maximal invalid subpart (>= 1) and stores U+FFFD. n must be > 0. */
int presse_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Number of code points in s[0..n) (valid UTF-8 assumed). */
size_t presse_utf8_count(const char *s, size_t n);

/* Encode cp into out (4 bytes room); returns the byte length. */
int presse_utf8_encode(uint32_t cp, char *out);

/* --------------------------------------------------------- normalisation */
enum presse_norm_flags {
  PRESSE_NORM_KEEP_ACCENTS = 1 << 0, /* keep diacritics (é stays é) */
  PRESSE_NORM_KEEP_CASE = 1 << 1     /* no case folding */
};

/* Parse a comma-separated option list ("keep_accents,keep_case").
** Returns PRESSE_OK and sets *flags, or PRESSE_EINVAL and points *bad /
** *badlen at the first unknown option. Spaces around names are ignored. */
int presse_norm_parse_options(const char *opts, size_t n, unsigned *flags,
                              const char **bad, size_t *badlen);

/* french_normalize() of CONTRACT.md: appends the key of in[0..n) to out.
** Invalid UTF-8 bytes become U+FFFD (documented policy). */
int presse_normalize(const char *in, size_t n, unsigned flags, presse_buf *out);

/* ------------------------------------------------------------ segmenter */
enum presse_tok_kind {
  PRESSE_TOK_WORD = 1,   /* letters, with inner hyphens / apostrophes */
  PRESSE_TOK_NUMBER = 2, /* 1 000, 2,5, 11.11.21, 7h44, 1er */
  PRESSE_TOK_PUNCT = 3,  /* one punctuation mark (or "..." as one) */
  PRESSE_TOK_URL = 4,
  PRESSE_TOK_EMAIL = 5,
  PRESSE_TOK_SYMBOL = 6 /* anything else: %, €, emoji... */
};

enum presse_tok_flags {
  PRESSE_TF_UPPER = 1 << 0,        /* first letter is uppercase */
  PRESSE_TF_ALLCAPS = 1 << 1,      /* >= 2 letters, all uppercase */
  PRESSE_TF_ELISION = 1 << 2,      /* an elided article/pronoun: l' d' qu' */
  PRESSE_TF_HYPHEN = 1 << 3,       /* contains an inner hyphen */
  PRESSE_TF_ABBREV = 1 << 4,       /* abbreviation whose '.' is in the token */
  PRESSE_TF_SENT_START = 1 << 5,   /* first token of a sentence */
  PRESSE_TF_PARA_START = 1 << 6,   /* first token after a blank line / start */
  PRESSE_TF_LINE_START = 1 << 7,   /* first token of a line */
  PRESSE_TF_SPACE_BEFORE = 1 << 8, /* white space precedes the token */
  PRESSE_TF_SOFT_HYPHEN = 1 << 9,  /* contains U+00AD inside */
  PRESSE_TF_INITIAL = 1 << 10,     /* a single capital + '.', as in A. */
  PRESSE_TF_OPEN_QUOTE = 1 << 11,  /* punct that opens a quotation */
  PRESSE_TF_CLOSE_QUOTE = 1 << 12, /* punct that closes a quotation */
  PRESSE_TF_INVERTED = 1 << 13,    /* verb-pronoun inversion: a-t-il */
  PRESSE_TF_GLUED = 1 << 14,     /* split from the previous token with no space
                                 ** or mark between: scraping glue such as
                                 ** "SahelImage" -> "Sahel" + "Image" (GLUED) */
  PRESSE_TF_SOFT_BREAK = 1 << 15 /* after a single newline of a text whose
                                 ** lines wrap its paragraphs (a scanned
                                 ** newspaper): read as a space, no
                                 ** LINE_START */
};

typedef struct presse_token {
  uint32_t b0, b1; /* byte span in the text */
  uint32_t c0, c1; /* code-point span */
  uint16_t kind;   /* enum presse_tok_kind */
  uint16_t flags;  /* enum presse_tok_flags */
  uint32_t sent;   /* 0-based sentence index */
} presse_token;

typedef struct presse_tokens {
  presse_token *tok;
  size_t n, cap;
  size_t nsent;
  const presse_mem *mem;
} presse_tokens;

/* Segment text[0..n) (valid UTF-8 required: PRESSE_EUTF8 otherwise) into
** tokens and sentences, in one pass. White space is not a token. */
int presse_segment(const char *text, size_t n, presse_tokens *out);
void presse_tokens_free(presse_tokens *t);

/* ------------------------------------------------------------- entities */
enum presse_ent_type {
  PRESSE_PER = 1,
  PRESSE_LOC = 2,
  PRESSE_ORG = 3,
  PRESSE_MISC = 4
};

/* "PER", "LOC", "ORG", "MISC" */
const char *presse_ent_type_name(int type);

typedef struct presse_entity {
  uint32_t b0, b1, c0, c1; /* the mention */
  uint32_t cb0, cb1;       /* byte span of its canonical form in the text */
  uint8_t type;            /* enum presse_ent_type */
  uint64_t evidence;       /* the features that decided the type (see
                           ** presse_entity_evidence()) */
  uint64_t evidence_hi;    /* the features past the 64th, likewise */
} presse_entity;

typedef struct presse_entities {
  presse_entity *ent;
  size_t n, cap;
  const presse_mem *mem;
} presse_entities;

/* Named-entity mentions of text, in text order. toks must be the
** segmentation of the same text. */
int presse_entities_extract(const char *text, size_t n,
                            const presse_tokens *toks, presse_entities *out);
void presse_entities_free(presse_entities *e);

/* The evidence trace of a mention, appended to out: the features that
** fired, what each is worth (data/ent_evidence.txt), the sums and the
** type ("words PER+6, verb_after PER+14 => PER 20 : PER"). */
int presse_entity_evidence(const presse_entity *e, presse_buf *out);

/* --------------------------------------------------------------- quotes */
enum presse_quote_kind { PRESSE_QUOTE_DIRECT = 1, PRESSE_QUOTE_INDIRECT = 2 };

typedef struct presse_quote {
  uint32_t b0, b1, c0, c1; /* quoted content, without marks or spaces */
  uint8_t kind;            /* enum presse_quote_kind */
  int64_t sb0, sb1;        /* byte span of the speaker's name, -1 if none */
  int64_t qb0, qb1;        /* byte span of the cue, -1 if none */
  int64_t tb0, tb1;        /* byte span of the speaker's function as the
                           ** text gives it ("ministre des Affaires
                           ** étrangères"), -1 if none */
  int64_t ob0, ob1;        /* the body whose function the speaker span
                           ** names, when the text names it apart ("La
                           ** CPME … Son président a estimé"): the
                           ** speaker is then "président de la CPME"
                           ** (presse_quote_speaker); -1 if none */
  uint8_t olink;           /* how de joins that body: enum
                           ** presse_quote_link */
  const char *adj;         /* an adjective the speaker takes after it, the
                           ** country of a national function the text
                           ** writes bare ("Premier ministre" + "hongrois",
                           ** "ministre" + "togolais" before the body
                           ** "Affaires étrangères": presse_quote_speaker);
                           ** static, NULL if none */
  float confidence;        /* in [0, 1]: how often an attribution made
                           ** this way is right (docs/quotes.md) */
  uint8_t evidence;        /* enum presse_quote_evidence */
  int32_t parent;          /* a direct quote inside an indirect one ("il
                           ** estime que la réforme « affaiblit … »") or
                           ** nested in a direct one: the index in
                           ** presse_quotes.q of the innermost quote
                           ** enclosing it; -1 otherwise. Always a
                           ** smaller index. */
} presse_quote;

/* The rule that attributed a quotation's speaker (the evidence column). */
enum presse_quote_evidence {
  PRESSE_EV_NONE = 0,   /* no speaker */
  PRESSE_EV_CUE_AFTER,  /* "», a déclaré X", "» indique X" */
  PRESSE_EV_CUE_BEFORE, /* "X a déclaré : « »", "X a indiqué que" */
  PRESSE_EV_INCISE,     /* "« …, a-t-il dit, … »" */
  PRESSE_EV_SELON,      /* "selon X", "d'après X", "pour X, « »" */
  PRESSE_EV_APPOSITION, /* a function or group named in apposition */
  PRESSE_EV_TITLE,      /* "a déclaré le ministre": the person named
                        ** with that function */
  PRESSE_EV_PRONOUN,    /* "a-t-il ajouté", "elle a dit": resolved */
  PRESSE_EV_SUBJECT,    /* the subject of the sentence or paragraph */
  PRESSE_EV_CONTINUITY, /* no cue: the previous speaker goes on */
  PRESSE_EV_HEADLINE,   /* a headline quotation said again in the body */
  PRESSE_EV_GUESS,      /* a function nobody was named with: the
                        ** previous speaker */
  PRESSE_EV_PLAIN,      /* words no list or entity knows: an acronym
                        ** after a cue, a plain noun group subject
                        ** ("certains internautes estiment que") */
  PRESSE_EV_NESTED      /* a quotation nested in another ("« … il m'a
                        ** dit : “…” … »"): the outer one's speaker */
};

/* "none", "cue-after", "cue-before", "incise", "selon", "apposition",
** "title", "pronoun", "paragraph-subject", "continuity", "headline",
** "title-guess", "plain", "nested"; never NULL. */
const char *presse_quote_evidence_name(int evidence);

typedef struct presse_quotes {
  presse_quote *q;
  size_t n, cap;
  const presse_mem *mem;
} presse_quotes;

/* The word joining a function to its body (presse_quote.olink). */
enum presse_quote_link {
  PRESSE_LINK_DE = 0, /* "de" (président de Renault) */
  PRESSE_LINK_D,      /* "d'" (directeur d'Airbus) */
  PRESSE_LINK_DU,     /* "du" (président du Sénat) */
  PRESSE_LINK_DES,    /* "des" */
  PRESSE_LINK_DE_LA,  /* "de la" */
  PRESSE_LINK_DE_L,   /* "de l'" */
  PRESSE_LINK_NONE    /* nothing: a place ending a body's name ("agence
                      ** régionale de santé" + "Nouvelle-Aquitaine") */
};

/* The speaker of q as a reader names it, appended to out: the bytes of
** its span, its adjective if any ("gouvernement congolais"), then with
** ob0 >= 0 the link and the body ("président de la CPME", "ministre
** togolais des Affaires étrangères"); nothing when it has none. */
int presse_quote_speaker(const char *text, const presse_quote *q,
                         presse_buf *out);

/* Quotations of text, in text order. toks and ents must come from the
** same text. Speaker spans point at the canonical form of the speaker. */
int presse_quotes_extract(const char *text, size_t n, const presse_tokens *toks,
                          const presse_entities *ents, presse_quotes *out);
void presse_quotes_free(presse_quotes *q);

/* ---------------------------------------------------------- file text */
/* What presse_text_decode found in a file's bytes. */
typedef struct presse_decode_info {
  const char *reject; /* why the bytes are not an article (static), or NULL:
                      ** UTF-16, binary, HTML */
  size_t nul;         /* NUL bytes read as spaces */
  size_t replaced;    /* invalid sequences of a mostly UTF-8 file: U+FFFD */
  int cp1252;         /* not UTF-8: read as Windows-1252 (Latin-1) */
  size_t first_bad;   /* byte of the first invalid UTF-8 sequence */
} presse_decode_info;

/* The text of a file read as bytes: *text (n bytes, allocated with mem)
** is kept, changed in place (NUL bytes become spaces) or replaced by a new
** NUL-terminated UTF-8 buffer from mem (the old one freed). When
** info->reject is set the text is left as it is and is not an article.
** Returns PRESSE_OK or PRESSE_ENOMEM. See ext/core/text_decode.c. */
int presse_text_decode(char **text, size_t *n, const presse_mem *mem,
                       presse_decode_info *info);

/* -------------------------------------------------------------- articles */
/* A region of the raw article removed as boilerplate (navigation, links,
** credits, footers, scraper metadata), surrounding white space excluded. */
typedef struct presse_cut {
  uint32_t b0, b1, c0, c1; /* byte and code-point span in raw */
} presse_cut;

/* A scraped article cleaned of site boilerplate. body is a new string;
** title, date and author are NUL-terminated strings or NULL. Zero-
** initialise and set mem (or leave NULL) before presse_article_parse. */
typedef struct presse_article {
  presse_buf body;
  char *title;
  char *date; /* ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD */
  char *author;
  presse_cut *cuts; /* what was removed from raw, in text order */
  size_t ncuts;
  const presse_mem *mem;
} presse_article;

int presse_article_parse(const char *raw, size_t n, presse_article *out);
void presse_article_free(presse_article *a);

/* --------------------------------------------------------------- search */
/* The index forms of French text for full-text search: what the FTS5
** tokenizer `french` indexes (docs/search.md). One presse_search per
** thread: it owns a Snowball stemmer, which is not thread-safe. */
enum presse_search_flags {
  PRESSE_SEARCH_NO_STEM = 1 << 0,      /* "stem 0" */
  PRESSE_SEARCH_KEEP_ACCENTS = 1 << 1, /* "remove_diacritics 0" */
  PRESSE_SEARCH_STOPWORDS = 1 << 2,    /* "stopwords 1": drop stop words */
  PRESSE_SEARCH_PREFIX_WORDS = 1 << 3  /* "prefix_words 1": index the
                                       ** unstemmed word beside its stem */
};

/* Per call: the text is a query term typed with a trailing '*'. */
#define PRESSE_SEARCH_PREFIX 1

/* Index terms longer than this many bytes are cut (at a character
** boundary) and not stemmed. */
#define PRESSE_SEARCH_MAX_TERM 64

/* First byte of a surface form: the unstemmed folded word, indexed beside
** its stem when they differ (prefix_words 1), so that prefix queries see
** the words as written. */
#define PRESSE_SEARCH_SURFACE '\x01'

typedef struct presse_search presse_search;

/* Receives one index form: term[0..n), the byte span [b0, b1) of the text
** it comes from, and colocated != 0 when it shares the position of the
** previous form. A non-zero return stops the walk and is returned as is. */
typedef int (*presse_search_emit)(void *ctx, const char *term, size_t n,
                                  uint32_t b0, uint32_t b1, int colocated);

int presse_search_new(unsigned flags, const presse_mem *mem,
                      presse_search **out);
void presse_search_free(presse_search *s);

/* Parse tokenizer arguments ("stem", "0", "stopwords", "1"...) into flags.
** PRESSE_EINVAL with *bad set to the offending argument otherwise. */
int presse_search_parse_args(const char *const *argv, int argc, unsigned *flags,
                             const char **bad);

/* The index forms of one token of text[0..n) (as segmented by
** presse_segment). mode is 0 or PRESSE_SEARCH_PREFIX. *emitted is
** incremented per form. */
int presse_search_token(presse_search *s, const char *text, size_t n,
                        const presse_token *tok, unsigned mode,
                        presse_search_emit emit, void *ctx, size_t *emitted);

/* The index forms of text[0..n), in text order. Invalid UTF-8 does not
** fail: each invalid byte separates words like a space and is not indexed
** (byte offsets stay those of text). In PRESSE_SEARCH_PREFIX mode only the
** last word is taken as a prefix. */
int presse_search_text(presse_search *s, const char *text, size_t n,
                       unsigned mode, presse_search_emit emit, void *ctx);

/* ----------------------------------------------------------- SQL layer */
struct sqlite3;
/* Register every presse function, table and tokenizer on db. Returns a
** SQLite result code. Used by the loadable entry point and by static
** builds. */
int presse_register(struct sqlite3 *db);

#ifdef __cplusplus
}
#endif
#endif /* PRESSE_H */
