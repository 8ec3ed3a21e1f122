/*
** article.h: what the article cleaner's files share (internal to the core).
**
** The cleaner works line by line. Cue phrases, month names and byline
** openings are matched on a "folded" copy of a line: lowercase ASCII
** without accents, typographic apostrophes and dashes made plain, every
** run of spaces one space. Folding keeps a map back to the source bytes so
** that a match can be cut out of, or copied from, the original text.
*/
#ifndef PRESSE_ARTICLE_H
#define PRESSE_ARTICLE_H

#include "presse.h"

#include <stddef.h>
#include <stdint.h>

/* Cue phrases are short: folding stops after this many bytes and says so,
** which keeps the work per line bounded whatever the line's length. */
#define PRESSE_FOLD_MAX 320

typedef struct presse_fold {
  char s[PRESSE_FOLD_MAX + 8];
  size_t n;
  int truncated;                     /* the source was longer */
  uint32_t src[PRESSE_FOLD_MAX + 9]; /* source offset of each byte of s */
} presse_fold;

/* Fold text[0..n) (valid UTF-8) into out. src[i] is the byte offset in
** text of the character that produced s[i]; src[n] is where folding
** stopped. Leading and trailing spaces are dropped. */
void presse_fold_text(const char *text, size_t n, presse_fold *out);

/* One line of the raw article and what the cleaner decided about it. */
typedef struct presse_line {
  uint32_t b0, b1; /* the line's text, without its line break */
  uint32_t next;   /* where the next line starts */
  uint32_t skip;   /* leading bytes that are scraper metadata */
  uint8_t cut;     /* the whole line is boilerplate */
  uint8_t blank;   /* only white space */
} presse_line;

/* Mark the boilerplate lines of raw. Sets *meta_date to the byte span of
** a scraper's date value (" date 2021-11 ...") when there is one, else
** leaves it {0, 0}. */
void presse_boilerplate_mark(const char *raw, presse_line *L, size_t nl,
                             uint32_t meta_date[2]);

/* Whether text[0..n) is, folded, one of the byline openings of
** data/article_bylines.txt ("Par", "De notre correspondante"): quotes()
** asks it of the words before a name at a line start, so that the
** cleaner and quotes() share one notion of a byline. */
int presse_byline_opening(const char *text, size_t n);

/* Whether the line starting at text (n bytes to the end of the text)
** opens with a link cue of data/boilerplate_prefixes.txt ("Lire aussi :
** …", ">>> À lire"): quotes() asks it of each paragraph, so that a link
** between two paragraphs does not part the discourse around it. */
int presse_link_line(const char *text, size_t n);

/* Dates. out receives "YYYY", "YYYY-MM" or "YYYY-MM-DD" and a NUL. */

/* A date at f->s[*pos]: "29 février 2024", "1er août 2012", "novembre
** 2021", "29/02/2024", "2024-02-29", "2021-11". Returns 1 and advances
** *pos past it, or returns 0. */
int presse_date_at(const char *s, size_t n, size_t *pos, char out[11]);

/* A header line that is a date and nothing more (a weekday, a "Publié le",
** a time may come with it). *revision is set when the line announces an
** update ("Mis à jour le"). */
int presse_date_line(const presse_fold *f, char out[11], int *revision);

/* A line that opens with a dateline: "22 mai 2012. - ...", "22 août
** 2012, Espagne. - ...", "PARIS, 12 mars 2023 (AFP) - ...". */
int presse_date_dateline(const presse_fold *f, char out[11]);

#endif
