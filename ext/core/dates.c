/*
** dates.c: the publication date of an article, read from its header
** lines. Works on folded lines (see article.h), so "Février", "fevrier"
** and "févr." are one month. Month and weekday names and the "Publié le"
** openings come from data/dates_*.txt.
**
** Only a date that stands where a publisher puts one counts: a line that
** is a date, or a dateline opening a paragraph ("22 mai 2012. - ").
** "le 27 février 2022" inside a sentence is a date in the story.
*/
#include "article.h"
#include "lexicon.h"

#include "lex_dates_months.h"
#include "lex_dates_prefixes.h"
#include "lex_dates_weekdays.h"

#include <string.h>

static int is_digit(char c) {
  return c >= '0' && c <= '9';
}
static int is_alpha(char c) {
  return (c >= 'a' && c <= 'z');
}

static size_t skip_spaces(const char *s, size_t n, size_t i) {
  while (i < n && s[i] == ' ')
    i++;
  return i;
}

/* Digits at s[i], at most max of them; returns the count, value in *v. */
static size_t digits(const char *s, size_t n, size_t i, size_t max, int *v) {
  size_t k = 0;
  *v = 0;
  while (i + k < n && k < max && is_digit(s[i + k]))
    *v = *v * 10 + (s[i + k] - '0'), k++;
  if (i + k < n && is_digit(s[i + k])) return 0; /* too many digits */
  return k;
}

static size_t word_end(const char *s, size_t n, size_t i) {
  while (i < n && is_alpha(s[i]))
    i++;
  return i;
}

static int valid(int y, int m, int d) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1800 || y > 2200 || m < 1 || m > 12) return 0;
  if (d == 0) return 1;
  if (d < 1 || d > mdays[m - 1]) return 0;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 0;
  return 1;
}

static int emit(char out[11], int y, int m, int d) {
  if (!valid(y, m, d)) return 0; /* so every field has its width */
  char *o = out;
  *o++ = (char)('0' + y / 1000), *o++ = (char)('0' + y / 100 % 10);
  *o++ = (char)('0' + y / 10 % 10), *o++ = (char)('0' + y % 10);
  *o++ = '-', *o++ = (char)('0' + m / 10), *o++ = (char)('0' + m % 10);
  if (d) *o++ = '-', *o++ = (char)('0' + d / 10), *o++ = (char)('0' + d % 10);
  *o = 0;
  return 1;
}

/* A month name at s[i] ("fevrier", "fevr."): its number, *end past it. */
static int month_at(const char *s, size_t n, size_t i, size_t *end) {
  size_t e = word_end(s, n, i);
  const presse_lex_entry *m =
      e > i ? presse_lex_find(&lex_dates_months, s + i, e - i) : NULL;
  if (!m) return 0;
  if (e < n && s[e] == '.') e++;
  *end = e;
  return m->value;
}

static int numeric_at(const char *s, size_t n, size_t *pos, char out[11]) {
  size_t i = *pos;
  int a, b, c;
  size_t ka = digits(s, n, i, 4, &a);
  if (!ka) return 0;
  size_t j = i + ka;
  if (j >= n || (s[j] != '/' && s[j] != '.' && s[j] != '-')) return 0;
  char sep = s[j];
  size_t kb = digits(s, n, j + 1, 2, &b);
  if (!kb) return 0;
  j += 1 + kb;
  if (ka == 4) { /* 2024-02-29, 2024/02/29 or 2021-11 */
    if (j < n && s[j] == sep) {
      size_t kc = digits(s, n, j + 1, 2, &c);
      if (!kc || !emit(out, a, b, c)) return 0;
      *pos = j + 1 + kc;
      return 1;
    }
    if (sep != '-' || !emit(out, a, b, 0)) return 0;
    *pos = j;
    return 1;
  }
  if (ka > 2 || j >= n || s[j] != sep) return 0;
  size_t kc = digits(s, n, j + 1, 4, &c);
  if (kc != 4 || !emit(out, c, b, a)) return 0; /* 29/02/2024 */
  *pos = j + 1 + kc;
  return 1;
}

int presse_date_at(const char *s, size_t n, size_t *pos, char out[11]) {
  size_t i = *pos, e;
  if (i < n && is_digit(s[i])) {
    if (numeric_at(s, n, pos, out)) return 1;
    int d, y, m;
    size_t k = digits(s, n, i, 2, &d);
    if (!k) return 0;
    e = i + k;
    if (e + 1 < n && s[e] == 'e' && s[e + 1] == 'r') e += 2; /* 1er */
    e = skip_spaces(s, n, e);
    if (!(m = month_at(s, n, e, &e))) return 0;
    e = skip_spaces(s, n, e);
    if (digits(s, n, e, 4, &y) != 4 || !emit(out, y, m, d)) return 0;
    *pos = e + 4;
    return 1;
  }
  int m, y;
  if (!(m = month_at(s, n, i, &e))) return 0; /* "novembre 2021" */
  e = skip_spaces(s, n, e);
  if (digits(s, n, e, 4, &y) != 4 || !emit(out, y, m, 0)) return 0;
  *pos = e + 4;
  return 1;
}

/* Skip "le", a weekday and a comma before a date. */
static size_t skip_weekday(const char *s, size_t n, size_t i) {
  size_t e = word_end(s, n, i);
  if (e - i == 2 && !memcmp(s + i, "le", 2))
    i = skip_spaces(s, n, e), e = word_end(s, n, i);
  if (e > i && presse_lex_find(&lex_dates_weekdays, s + i, e - i)) {
    if (e < n && (s[e] == '.' || s[e] == ',')) e++;
    i = skip_spaces(s, n, e);
  }
  return i;
}

/* The longest "Publié le" opening at the start of s; returns its length. */
static size_t prefix_len(const char *s, size_t n, int *revision) {
  size_t best = 0, i = 0;
  for (int words = 0; words < 5 && i < n; words++) {
    size_t e = word_end(s, n, i);
    if (e == i) break;
    const presse_lex_entry *p = presse_lex_find(&lex_dates_prefixes, s, e);
    if (p) best = e, *revision = p->value;
    if (e >= n || s[e] != ' ') {
      if (p && e < n && s[e] == ':') best = e + 1;
      break;
    }
    i = e + 1;
  }
  return best;
}

int presse_date_line(const presse_fold *f, char out[11], int *revision) {
  const char *s = f->s;
  size_t n = f->n;
  *revision = 0;
  if (f->truncated || n > 120) return 0;
  size_t i = skip_spaces(s, n, prefix_len(s, n, revision));
  if (i < n && s[i] == ':') i = skip_spaces(s, n, i + 1);
  i = skip_weekday(s, n, i);
  if (!presse_date_at(s, n, &i, out)) return 0;
  /* What may follow: a time, an update notice: short, and no sentence. */
  if (n - i > 48) return 0;
  if (i < n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?'))
    return 0;
  int words = 0;
  for (size_t j = i; j < n; j++) {
    if (s[j] == '.' && j + 1 < n && s[j + 1] == ' ') return 0;
    size_t e = word_end(s, n, j);
    if (e - j >= 3) words++;
    if (e > j) j = e;
  }
  return words <= 3;
}

/* After a dateline's date: ". -", " -", ", Place. -", " (AFP)". */
static int dateline_end(const char *s, size_t n, size_t i) {
  i = skip_spaces(s, n, i);
  if (i >= n) return 1;
  if (s[i] == '(') return 1;
  if (s[i] == '.') i = skip_spaces(s, n, i + 1);
  if (i < n && s[i] == '-') return 1;
  if (i < n && s[i] == ',') { /* a place, then the dash */
    size_t j = skip_spaces(s, n, i + 1);
    size_t lim = j + 48 < n ? j + 48 : n;
    for (; j < lim; j++) {
      if (s[j] == '-' && j > 0 && s[j - 1] == ' ') return 1;
      if (s[j] == '.' && j + 1 < n && s[j + 1] != ' ') continue;
      if (s[j] == '.' && !(j + 2 < n && s[j + 2] == '-')) return 0;
    }
  }
  return 0;
}

int presse_date_dateline(const presse_fold *f, char out[11]) {
  const char *s = f->s;
  size_t n = f->n, i = 0;
  char tmp[11];
  /* "PARIS, 12 mars 2023" / "Paris, le 12 mars": a place of 1-4 words. */
  size_t j = 0;
  for (int words = 0; words < 4 && j < n; words++) {
    size_t e = j;
    while (e < n && (is_alpha(s[e]) || s[e] == '-' || s[e] == '\''))
      e++;
    if (e == j) break;
    if (e < n && s[e] == ',') {
      i = skip_spaces(s, n, e + 1);
      break;
    }
    if (e >= n || s[e] != ' ') break;
    j = e + 1;
  }
  size_t k = i;
  if (i > 0)
    k = skip_weekday(s, n, i); /* "Paris, le 12 mars" */
  else {
    size_t e = word_end(s, n, 0); /* a weekday, never a bare "le" */
    if (e && presse_lex_find(&lex_dates_weekdays, s, e))
      k = skip_weekday(s, n, 0);
  }
  if (!presse_date_at(s, n, &k, tmp)) return 0;
  if (!dateline_end(s, n, k)) return 0;
  memcpy(out, tmp, 11);
  return 1;
}
