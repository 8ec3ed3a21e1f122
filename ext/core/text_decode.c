/*
** text_decode.c: what a scraped "*.txt" file is made of, and its text as
** UTF-8. corpus() reads files through it. The choices (docs/corpus.md):
**
**   - UTF-16 (a byte order mark), a binary file (8 control characters or
**     more, over 1 byte in 16) and HTML (the file opens with <!DOCTYPE, <html,
**     <head, <body, <?xml or <!--) are not articles: rejected, with why.
**   - A NUL byte is read as a space (a C string would stop there).
**   - Valid UTF-8 is kept as it is.
**   - Invalid UTF-8 in a file that is mostly UTF-8 (more valid multibyte
**     characters than invalid sequences): each maximal invalid subpart
**     becomes U+FFFD, as french_normalize() does.
**   - Otherwise the file is Latin-1 / Windows-1252 (the usual non-UTF-8
**     French text): every byte is converted, 0x80..0x9F through the
**     Windows-1252 table.
** Every change is counted so that the caller can warn about it.
*/
#include "presse.h"

#include <string.h>

/* Windows-1252 0x80..0x9F; the five undefined bytes map to the C1
** control of the same value, as Latin-1 reads them. */
static const uint16_t cp1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

static int lower_prefix(const char *s, size_t n, const char *p) {
  size_t k = strlen(p);
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != p[i]) return 0;
  }
  return 1;
}

static int is_html(const char *s, size_t n) {
  size_t i = 0;
  if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) i = 3;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
    i++;
  static const char *const open[] = {"<!doctype", "<html", "<head",
                                     "<body",     "<?xml", "<!--"};
  for (size_t k = 0; k < sizeof open / sizeof open[0]; k++)
    if (lower_prefix(s + i, n - i, open[k])) return 1;
  return 0;
}

int presse_text_decode(char **text, size_t *n, const presse_mem *mem,
                       presse_decode_info *info) {
  if (!mem) mem = &presse_mem_libc;
  memset(info, 0, sizeof *info);
  char *s = *text;
  size_t len = *n;
  if (len >= 2 &&
      (((unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE) ||
       ((unsigned char)s[0] == 0xFE && (unsigned char)s[1] == 0xFF))) {
    info->reject = "UTF-16 text: save it as UTF-8";
    return PRESSE_OK;
  }
  size_t ctrl = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
         c != '\v') ||
        c == 0x7F)
      ctrl++;
  }
  if (ctrl >= 8 && ctrl * 16 > len) {
    info->reject = "binary file, not text";
    return PRESSE_OK;
  }
  if (is_html(s, len)) {
    info->reject = "HTML, not text: save the article's text, or strip its tags";
    return PRESSE_OK;
  }
  for (size_t i = 0; i < len; i++)
    if (!s[i]) {
      s[i] = ' ';
      info->nul++;
    }
  size_t bad = presse_utf8_invalid_at(s, len);
  if (bad == len) return PRESSE_OK;
  info->first_bad = bad;
  /* Mostly UTF-8, or not UTF-8 at all? */
  size_t multi = 0, invalid = 0, out_len = 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    int k = presse_utf8_decode((const unsigned char *)s + i, len - i, &cp);
    if (cp == 0xFFFD && !(k == 3 && !memcmp(s + i, "\xEF\xBF\xBD", 3)))
      invalid++;
    else if (k > 1)
      multi++;
    i += (size_t)k;
  }
  int latin = multi <= invalid;
  for (size_t i = 0; i < len; i++)
    out_len += (unsigned char)s[i] < 0x80 ? 1 : 3;
  char *o = mem->xRealloc(mem->ctx, NULL, out_len + 1);
  if (!o) return PRESSE_ENOMEM;
  size_t w = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    uint32_t cp;
    int k = 1;
    if (c < 0x80)
      cp = c;
    else if (latin)
      cp = c < 0xA0 ? cp1252[c - 0x80] : c;
    else {
      k = presse_utf8_decode((const unsigned char *)s + i, len - i, &cp);
      if (cp == 0xFFFD && !(k == 3 && !memcmp(s + i, "\xEF\xBF\xBD", 3)))
        info->replaced++;
    }
    w += (size_t)presse_utf8_encode(cp, o + w);
    i += (size_t)k;
  }
  o[w] = 0;
  info->cp1252 = latin;
  mem->xFree(mem->ctx, s);
  *text = o;
  *n = w;
  return PRESSE_OK;
}
