/*
** gen_qhash.c: the quote extractor's word table (build time only).
**
**   gen_qhash NAME SPEECH_FORMS QUOTE_WORDS QUOTE_CUES TITLES GROUPS > NAME.h
**
** Merges the five word lists into one perfect hash table (a displacement
** a bucket, NAME_disp; load about 2/3; hash and placement of qh_hash.h),
** so quotes_lex.c settles every word of a text with one probe instead of
** five searches: a byte of tag per slot (NAME_tags), then the slot
** (NAME_slots: the word's first eight bytes and its bits), then for a word
*longer than eight bytes the rest
** of it (NAME_pool). Every list's
** bits are kept (quotes_lex.c drops the verb, title and group bits of a
** function word, except in inverted forms: "a-t-il"); titles give QT_TITLE_M /
*QT_TITLE_F from their value (1, 2, 3);
** groups give QT_GROUP. The bit values are those of quotes_int.h.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ext/core/qh_hash.h"

#define QT_TITLE_M 8
#define QT_TITLE_F 16
#define QT_GROUP 32
#define QW_KNOWN 0x8000

typedef struct {
  char *s;
  unsigned verb, word, feat;
  int fw; /* a function word */
} entry;

static entry *v;
static size_t n, cap;

static entry *get(const char *s) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(v[i].s, s)) return &v[i];
  if (n == cap) {
    cap = cap ? 2 * cap : 1024;
    v = realloc(v, cap * sizeof *v);
    if (!v) exit(1);
  }
  memset(&v[n], 0, sizeof v[n]);
  v[n].s = strdup(s);
  return &v[n++];
}

static void load(const char *path, int which) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    exit(1);
  }
  char line[512];
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    if (!line[0] || line[0] == '#') continue;
    char *tab = strchr(line, '\t');
    long val = 0;
    if (tab) {
      *tab = 0;
      val = strtol(tab + 1, NULL, 10);
    }
    if (!line[0] || strlen(line) > 255) continue;
    entry *e = get(line);
    switch (which) {
    case 0:
      if (!e->verb) e->verb = (unsigned)val;
      break;
    case 1:
      if (!e->fw) e->word = (unsigned)val | QW_KNOWN;
      e->fw = 1;
      break;
    case 2:
      e->feat |= (unsigned)val;
      break;
    case 3:
      e->feat |= (val & 1 ? QT_TITLE_M : 0) | (val & 2 ? QT_TITLE_F : 0);
      break;
    case 4:
      e->feat |= QT_GROUP;
      break;
    }
  }
  fclose(f);
}

/* The displacement of each bucket (qh_hash.h) for buckets from bit shift
** of the hash, in disp: tried in turn, the largest buckets first (hash and
** displace); t[h].len marks the slots taken. Returns 0 when some bucket
** has none (two of its words with the same low bits, or no room). */
static int displace(const uint32_t *hash, unsigned shift, uint32_t mask,
                    qh_slot *t, size_t *order, size_t *bsize, uint16_t *disp) {
  size_t nb = (size_t)1 << QH_BUCKET_BITS, size = (size_t)mask + 1;
  memset(t, 0, size * sizeof *t);
  memset(bsize, 0, nb * sizeof *bsize);
  for (size_t i = 0; i < n; i++)
    bsize[qh_bucket(hash[i], shift)]++;
  /* buckets by decreasing size (counting order, then bucket number) */
  size_t no = 0;
  for (size_t sz = n; sz > 0; sz--)
    for (size_t b = 0; b < nb; b++) {
      if (bsize[b] != sz) continue;
      for (size_t i = 0; i < n; i++)
        if (qh_bucket(hash[i], shift) == b) order[no++] = i;
    }
  for (size_t o = 0; o < no;) {
    uint32_t b = qh_bucket(hash[order[o]], shift);
    size_t k = bsize[b];
    uint32_t d = 0;
    for (; d < size; d++) {
      size_t j = 0;
      for (; j < k; j++) {
        uint32_t h = qh_place(hash[order[o + j]], d, mask);
        if (t[h].len) break;
        size_t x = 0;
        while (x < j && qh_place(hash[order[o + x]], d, mask) != h)
          x++;
        if (x < j) break;
      }
      if (j == k) break;
    }
    if (d == size) return 0;
    disp[b] = (uint16_t)d;
    for (size_t j = 0; j < k; j++)
      t[qh_place(hash[order[o + j]], d, mask)].len = 1; /* taken */
    o += k;
  }
  return 1;
}

int main(int argc, char **argv) {
  if (argc != 7) {
    fprintf(stderr, "usage: gen_qhash NAME FORMS WORDS CUES TITLES GROUPS\n");
    return 2;
  }
  for (int i = 0; i < 5; i++)
    load(argv[2 + i], i);
  /* A perfect hash (qh_hash.h): load at most 4/5 (2/3 with the lists of
  ** 2026-12: 4 kB of tags and 64 kB of slots), the first bucket shift
  ** for which every bucket finds a displacement. */
  size_t size = 64;
  while (size * 4 < 5 * n)
    size *= 2;
  uint32_t mask = (uint32_t)(size - 1);
  size_t nb = (size_t)1 << QH_BUCKET_BITS;
  qh_slot *t = calloc(size, sizeof *t);
  unsigned char *tag = calloc(size, 1);
  uint32_t *hash = calloc(n, sizeof *hash);
  size_t *order = calloc(n, sizeof *order), *bsize = calloc(nb, sizeof *bsize);
  uint16_t *disp = calloc(nb, sizeof *disp);
  if (!t || !tag || !hash || !order || !bsize || !disp) return 1;
  for (size_t i = 0; i < n; i++)
    hash[i] = qh_hash(v[i].s, strlen(v[i].s));
  unsigned shift = 12;
  for (; shift <= 22; shift++)
    if (displace(hash, shift, mask, t, order, bsize, disp)) break;
  if (shift > 22) {
    fprintf(stderr, "gen_qhash: no bucket shift gives a perfect hash\n");
    return 1;
  }
  size_t off = 0;
  printf("/* generated by tools/gen_qhash.c: do not edit */\n");
  printf("static const char %s_pool[] =\n", argv[1]);
  for (size_t i = 0; i < n; i++) {
    entry *e = &v[i];
    size_t len = strlen(e->s);
    uint32_t h = qh_place(hash[i], disp[qh_bucket(hash[i], shift)], mask);
    tag[h] = qh_tag(hash[i]);
    t[h].key = qh_chunk(e->s, len < 8 ? len : 8);
    t[h].off = (uint16_t)off;
    t[h].len = (uint8_t)len;
    t[h].verb = (uint16_t)e->verb;
    t[h].word = (uint16_t)e->word;
    t[h].feat = (uint8_t)e->feat;
    if (len <= 8) continue;
    printf("  \"");
    for (size_t k = 8; k < len; k++)
      printf("\\%03o", (unsigned char)e->s[k]);
    printf("\"\n");
    off += len - 8;
    if (off > 65535) {
      fprintf(stderr, "gen_qhash: the pool outgrows qh_slot.off\n");
      return 1;
    }
  }
  printf("  \"\";\n");
  printf("#define %s_MASK %zuu\n", argv[1], size - 1);
  printf("#define %s_SHIFT %uu\n", argv[1], shift);
  /* The slots, tags and displacements in one object: a lookup addresses
  ** all three from one base (one address computed a word, where three
  ** arrays took three in position-independent code), the slots first so
  ** that a slot's address is the base plus its index times 16 (speedM). */
  printf("static const struct {\n  qh_slot slots[%zu];\n", size);
  printf("  uint8_t tags[%zu];\n  uint16_t disp[%zu];\n} %s_table = {\n", size,
         nb, argv[1]);
  printf("  {\n");
  for (size_t i = 0; i < size; i++)
    printf("  {0x%016llxull, %u, %u, %u, %u, %u},\n",
           (unsigned long long)t[i].key, t[i].verb, t[i].word, t[i].off,
           t[i].feat, t[i].len);
  printf("  },\n  {");
  for (size_t i = 0; i < size; i++)
    printf("%s%u,", i % 16 ? "" : "\n  ", tag[i]);
  printf("\n  },\n  {");
  for (size_t i = 0; i < nb; i++)
    printf("%s%u,", i % 16 ? "" : "\n  ", disp[i]);
  printf("\n  }\n};\n");
  printf("#define %s_tags (%s_table.tags)\n", argv[1], argv[1]);
  printf("#define %s_disp (%s_table.disp)\n", argv[1], argv[1]);
  printf("#define %s_slots (%s_table.slots)\n", argv[1], argv[1]);
  free(disp);
  free(bsize);
  free(order);
  free(hash);
  free(tag);
  free(t);
  return 0;
}
