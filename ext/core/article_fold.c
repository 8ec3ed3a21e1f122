/*
** article_fold.c: the folded key of a line, on which the cleaner matches
** its cue phrases and dates (see article.h). Only what French news
** headers need is folded: Latin-1 and Latin Extended-A letters, the
** typographic apostrophes, quotes, dashes and spaces. Anything else is
** copied as it is and simply matches nothing.
*/
#include "article.h"

/* Base letters of U+00C0..U+00FF ('*' = not a letter, copy as is;
** 'A' = "ae", 'S' = "ss", 'T' = "th"). */
static const char latin1[] = "aaaaaaAceeeeiiiidnooooo*ouuuuyTS"
                             "aaaaaaAceeeeiiiidnooooo*ouuuuyTy";
/* Base letters of U+0100..U+017F, in pairs (capital, small). */
static const char latin_a[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiJJjjkkklllllllll"
    "lnnnnnnnnnoooooo00rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

static int put(presse_fold *o, const char *s, size_t k, uint32_t at) {
  if (o->n + k > PRESSE_FOLD_MAX) return 0;
  for (size_t i = 0; i < k; i++) {
    o->s[o->n] = s[i];
    o->src[o->n++] = at;
  }
  return 1;
}

void presse_fold_text(const char *text, size_t n, presse_fold *o) {
  o->n = 0;
  o->truncated = 0;
  size_t i = 0;
  int space = 1; /* drop leading spaces, collapse runs */
  while (i < n) {
    unsigned char b = (unsigned char)text[i];
    if (b < 0x80) { /* ASCII, most of a French line: no decoding, no copy */
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        if (space) {
          i++;
          continue;
        }
        space = 1;
        b = ' ';
      } else {
        space = 0;
        if (b >= 'A' && b <= 'Z') b += 32;
      }
      if (o->n + 1 > PRESSE_FOLD_MAX) {
        o->truncated = 1;
        break;
      }
      o->s[o->n] = (char)b;
      o->src[o->n++] = (uint32_t)i++;
      continue;
    }
    uint32_t cp;
    int len = presse_utf8_decode((const unsigned char *)text + i, n - i, &cp);
    uint32_t at = (uint32_t)i;
    char buf[4];
    size_t k = 0;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 ||
        cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000) {
      if (!space) buf[k++] = ' ';
      space = 1;
    } else {
      space = 0;
      if (cp < 0x80) {
        buf[k++] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
      } else if (cp >= 0xC0 && cp <= 0xFF && latin1[cp - 0xC0] != '*') {
        char c = latin1[cp - 0xC0];
        if (c == 'A')
          buf[k++] = 'a', buf[k++] = 'e';
        else if (c == 'S')
          buf[k++] = 's', buf[k++] = 's';
        else if (c == 'T')
          buf[k++] = 't', buf[k++] = 'h';
        else
          buf[k++] = c;
      } else if (cp == 0x152 || cp == 0x153) {
        buf[k++] = 'o', buf[k++] = 'e';
      } else if (cp == 0x178) {
        buf[k++] = 'y';
      } else if (cp >= 0x100 && cp < 0x180 && latin_a[cp - 0x100] != '0' &&
                 latin_a[cp - 0x100] != 'J') {
        buf[k++] = latin_a[cp - 0x100];
      } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x2BC || cp == 0xB4 ||
                 cp == 0x60) {
        buf[k++] = '\'';
      } else if (cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D ||
                 cp == 0x201E || cp == 0x2039 || cp == 0x203A) {
        buf[k++] = '"';
      } else if (cp >= 0x2010 && cp <= 0x2015) {
        buf[k++] = '-';
      } else if (cp == 0xAD) {
        k = 0; /* a soft hyphen is invisible */
      } else {
        k = (size_t)len;
        for (int j = 0; j < len; j++)
          buf[j] = text[i + (size_t)j];
      }
    }
    if (!put(o, buf, k, at)) {
      o->truncated = 1;
      break;
    }
    i += (size_t)len;
  }
  if (o->n && o->s[o->n - 1] == ' ') o->n--;
  o->src[o->n] = (uint32_t)i;
  o->s[o->n] = 0;
}
