/*
** boilerplate.c: which lines of a scraped article are the site's rather
** than the article's. Decisions are per line (and per paragraph for
** picture captions), on folded text, against cue lists in
** data/boilerplate_*.txt:
**   - lines that are a navigation or sharing cue ("Aller au contenu",
**     "Menu", "Partager"), and whole runs of numbered menu items holding
**     one;
**   - lines opening with a link cue ("Lire aussi", ">>> Lire aussi",
**     "A lire :");
**   - short paragraphs holding a picture credit ("Image : AFP", "©"):
**     the caption goes with its credit;
**   - a footer heading ("AUTRES INFOS", "Sur le même sujet", "Nouveau
**     commentaire") and everything after it, once article text came
**     before (a heading at the top of the page would otherwise take the
**     whole article with it);
**   - a scraper's "date 2021-11" prefix on the first line.
*/
#include "article.h"
#include "lexicon.h"

#include "lex_article_meta.h"
#include "lex_boilerplate_credits.h"
#include "lex_boilerplate_lines.h"
#include "lex_boilerplate_prefixes.h"
#include "lex_boilerplate_tails.h"

#include <string.h>

enum { K_NONE, K_NAV, K_TAIL, K_LINK, K_CREDIT };

/* Paragraph text long enough that a footer heading after it is a footer. */
#define PROSE_BYTES 100
/* A caption paragraph: at most this many lines and bytes. */
#define CAPTION_LINES 3
#define CAPTION_BYTES 600

static int is_alpha(char c) {
  return c >= 'a' && c <= 'z';
}

/* Leading bullets, arrows, list numbers: where the line's words start.
** *numbered tells whether a "1." / "2)" list number was there. */
static size_t strip_bullets(const presse_fold *f, int *numbered) {
  const char *s = f->s;
  size_t n = f->n, i = 0;
  *numbered = 0;
  for (;;) {
    if (i < n && (s[i] == ' ' || s[i] == '>' || s[i] == '"' || s[i] == '*' ||
                  s[i] == '-' || s[i] == '|' || s[i] == '#')) {
      i++;
      continue;
    }
    if (i + 2 < n && (unsigned char)s[i] == 0xE2) { /* arrows, bullets */
      unsigned char b1 = (unsigned char)s[i + 1];
      if (b1 == 0x80 || b1 == 0x86 || b1 == 0x96 || b1 == 0x97) {
        i += 3;
        continue;
      }
    }
    if (i + 1 < n && (unsigned char)s[i] == 0xC2 &&
        (unsigned char)s[i + 1] == 0xB7) {
      i += 2; /* middle dot */
      continue;
    }
    size_t j = i;
    while (j < n && j - i < 3 && s[j] >= '0' && s[j] <= '9')
      j++;
    if (j > i && j + 1 < n && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ') {
      *numbered = 1;
      i = j + 2;
      continue;
    }
    return i;
  }
}

static int find(const presse_lex *lex, const char *s, size_t n) {
  return n && presse_lex_find(lex, s, n) != NULL;
}

/* A "Lire aussi" opening: entries end on a word boundary; value 1 entries
** must be followed by ':'. */
static int link_prefix(const char *s, size_t n) {
  for (size_t e = 1; e <= n && e <= 40; e++) {
    if (e < n && s[e] != ' ' && s[e] != ':') continue;
    const presse_lex_entry *p =
        presse_lex_find(&lex_boilerplate_prefixes, s, e);
    if (!p) continue;
    size_t j = e;
    while (j < n && s[j] == ' ')
      j++;
    if (p->value == 0 || (j < n && s[j] == ':')) return 1;
  }
  return 0;
}

/* A credit word just before a ':' of the original line: "Photo :",
** "Crédit photo :", and glued to the caption, "SahelImage :". */
static int credit_before(const char *raw, uint32_t b0, uint32_t colon) {
  uint32_t e = colon;
  while (e > b0 && (raw[e - 1] == ' ' ||
                    (e - b0 >= 2 && (unsigned char)raw[e - 2] == 0xC2 &&
                     (unsigned char)raw[e - 1] == 0xA0)))
    e -= raw[e - 1] == ' ' ? 1 : 2;
  uint32_t w = e;
  while (w > b0 && (((raw[w - 1] | 32) >= 'a' && (raw[w - 1] | 32) <= 'z') ||
                    (unsigned char)raw[w - 1] >= 0x80))
    w--;
  if (w == e || e - w > 40) return 0;
  presse_fold f;
  for (uint32_t k = w; k < e; k++) {
    /* the word itself, or its tail from a capital inside it */
    if (k > w && !(raw[k] >= 'A' && raw[k] <= 'Z')) continue;
    presse_fold_text(raw + k, e - k, &f);
    if (find(&lex_boilerplate_credits, f.s, f.n)) return 1;
  }
  /* two words: "Crédit photo" */
  uint32_t v = w;
  while (v > b0 && raw[v - 1] == ' ')
    v--;
  uint32_t u = v;
  while (u > b0 && (((raw[u - 1] | 32) >= 'a' && (raw[u - 1] | 32) <= 'z') ||
                    (unsigned char)raw[u - 1] >= 0x80))
    u--;
  if (u < v && v - u <= 20) {
    presse_fold_text(raw + u, e - u, &f);
    if (find(&lex_boilerplate_credits, f.s, f.n)) return 1;
  }
  return 0;
}

static int has_credit(const char *raw, const presse_line *l) {
  if (l->b1 - l->b0 > 2000) return 0; /* a long paragraph, not a caption */
  for (uint32_t i = l->b0; i < l->b1; i++) {
    if (raw[i] == ':' && credit_before(raw, l->b0, i)) return 1;
    if ((unsigned char)raw[i] == 0xC2 && i + 1 < l->b1 &&
        (unsigned char)raw[i + 1] == 0xA9)
      return 1; /* © */
  }
  return 0;
}

/* Link cues are short: a line's first bytes tell whether it is one. */
#define LINK_PROBE_BYTES 40

int presse_link_line(const char *text, size_t n) {
  size_t m = 0;
  while (m < n && m < LINK_PROBE_BYTES && text[m] != '\n')
    m++;
  while (m < n && m > 0 && ((unsigned char)text[m] & 0xC0) == 0x80)
    m--; /* not inside a character */
  presse_fold f;
  presse_fold_text(text, m, &f);
  int numbered;
  size_t i = strip_bullets(&f, &numbered);
  return link_prefix(f.s + i, f.n - i);
}

static int classify(const char *raw, const presse_line *l, int *numbered) {
  presse_fold f;
  presse_fold_text(raw + l->b0, l->b1 - l->b0, &f);
  size_t i = strip_bullets(&f, numbered);
  const char *s = f.s + i;
  size_t n = f.n - i;
  if (!f.truncated) {
    size_t m = n; /* the whole line, final ':' dropped */
    while (m && (s[m - 1] == ':' || s[m - 1] == ' '))
      m--;
    if (find(&lex_boilerplate_lines, s, m)) return K_NAV;
    if (find(&lex_boilerplate_tails, s, m)) return K_TAIL;
  }
  if (link_prefix(s, n)) return K_LINK;
  if (has_credit(raw, l)) return K_CREDIT;
  return K_NONE;
}

static int has_url_shape(const char *s, size_t n) {
  if (n >= 4 && !memcmp(s, "www.", 4)) return 1;
  for (size_t i = 0; i + 3 <= n; i++)
    if (!memcmp(s + i, "://", 3)) return 1;
  return 0;
}

/* " date 2021-11 Alors que..." */
static void meta_prefix(const char *raw, presse_line *l,
                        uint32_t meta_date[2]) {
  presse_fold f;
  presse_fold_text(raw + l->b0, l->b1 - l->b0, &f);
  size_t i = 0, cut = 0;
  for (int keys = 0; keys < 4; keys++) {
    size_t e = i;
    while (e < f.n && is_alpha(f.s[e]))
      e++;
    const presse_lex_entry *k =
        e > i ? presse_lex_find(&lex_article_meta, f.s + i, e - i) : NULL;
    if (!k || e >= f.n || (f.s[e] != ' ' && f.s[e] != ':')) break;
    size_t v = e;
    while (v < f.n && (f.s[v] == ' ' || f.s[v] == ':'))
      v++;
    size_t ve = v;
    while (ve < f.n && f.s[ve] != ' ')
      ve++;
    if (ve == v) break;
    if (k->value == 1) {
      char tmp[11];
      size_t p = v;
      if (!presse_date_at(f.s, f.n, &p, tmp) || p != ve) break;
      meta_date[0] = l->b0 + f.src[v];
      meta_date[1] = l->b0 + f.src[ve];
    } else if (k->value == 2) {
      if (!has_url_shape(f.s + v, ve - v)) break;
    }
    cut = ve;
    i = ve < f.n ? ve + 1 : ve;
  }
  if (!cut) return;
  uint32_t b = l->b0 + f.src[cut];
  while (b < l->b1 && (raw[b] == ' ' || raw[b] == '\t'))
    b++;
  l->skip = b - l->b0;
}

void presse_boilerplate_mark(const char *raw, presse_line *L, size_t nl,
                             uint32_t meta_date[2]) {
  meta_date[0] = meta_date[1] = 0;
  size_t first = 0;
  while (first < nl && L[first].blank)
    first++;
  if (first < nl) meta_prefix(raw, &L[first], meta_date);

  size_t prose = 0; /* bytes of article text seen so far */
  size_t run = 0, run_nav = 0, run_start = 0;
  for (size_t i = 0; i < nl; i++) {
    presse_line *l = &L[i];
    int numbered = 0, k = K_NONE;
    if (!l->blank) k = classify(raw, l, &numbered);
    /* numbered menu items: a run holding a navigation cue goes whole */
    if (numbered && l->b1 - l->b0 <= 100) {
      if (!run) run_start = i, run_nav = 0;
      run++;
      run_nav |= k == K_NAV;
    } else if (!l->blank || !run) {
      if (run && run_nav)
        for (size_t j = run_start; j < i; j++)
          L[j].cut = 1;
      run = 0;
    }
    if (k == K_NAV || k == K_LINK) l->cut = 1;
    if (k == K_TAIL) {
      if (prose >= PROSE_BYTES) {
        for (size_t j = i; j < nl; j++)
          L[j].cut = 1;
        return;
      }
      l->cut = 1;
    }
    if (k == K_CREDIT) {
      size_t a = i, b = i + 1, bytes = 0;
      while (a > 0 && !L[a - 1].blank)
        a--;
      while (b < nl && !L[b].blank)
        b++;
      for (size_t j = a; j < b; j++)
        bytes += L[j].b1 - L[j].b0;
      if (b - a <= CAPTION_LINES && bytes <= CAPTION_BYTES) {
        for (size_t j = a; j < b; j++)
          L[j].cut = 1;
        for (size_t j = a; j < i; j++) /* take back what they counted */
          if (L[j].b1 - L[j].b0 >= PROSE_BYTES)
            prose -= L[j].b1 - L[j].b0 - L[j].skip;
        i = b - 1;
        continue;
      }
      if (l->b1 - l->b0 <= 300) l->cut = 1;
    }
    if (!l->cut && !l->blank && l->b1 - l->b0 - l->skip >= PROSE_BYTES)
      prose += l->b1 - l->b0 - l->skip;
  }
  if (run && run_nav)
    for (size_t j = run_start; j < nl; j++)
      L[j].cut = 1;
}
