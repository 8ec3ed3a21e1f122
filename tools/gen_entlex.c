/*
** gen_entlex.c: build the entity lexicon from Debian data packages and the
** curated lists of data/ (build time only; plain C so that a fresh machine
** needs nothing but a compiler).
**
**   gen_entlex [SOURCE...] > entlex_data.h
**
** Sources, each "KIND=PATH":
**   aff=/usr/share/hunspell/fr.aff      hunspell-fr-classical: the suffix
**                                       rules that inflect the stems below
**   dic=/usr/share/hunspell/fr.dic      hunspell-fr-classical: given names
**                                       (po:prn), surnames (po:patr), proper
**                                       nouns (po:npr), capitalised nouns,
**                                       adjectives (po:adj), and every
**                                       lowercase stem with its inflections:
**                                       the common words
**   mo-country=.../iso_3166-1.mo        iso-codes: French country names
**   mo-city=.../geonames.mo             libgeonames-common: French city names
**   mo-city-base=.../en/.../geonames.mo libgeonames-common: every place's
**                                       name, for those French does not
**                                       translate (Meaux)
**   city-locales=/usr/share/locale      libgeonames-common: every locale's
**                                       names, to confirm hunspell's
**                                       proper nouns as places (Kiev)
**   cldr=.../cldr/common/main/fr.xml    unicode-cldr-core: territories
**   json-region=.../iso_3166-2.json     iso-codes: subdivisions (local names)
**   mo-region=.../iso_3166-2.mo         iso-codes: subdivisions (French)
**   FLAG=data/ent_X.txt                 a curated list (FLAG: title, orgcue,
**                                       orghead, loccue, lochead, misccue,
**                                       notent, particle, cardinal, func,
**                                       percue, demonym, orgword)
** Missing Debian files are an error that names the package: a silently
** empty lexicon would only show up as bad entities much later.
**
** Output: every key folded by ent_fold() with a bit set of EL_* flags, in an
** open-addressing hash table (keys in one string blob, no pointers, so the
** table costs no relocations when the extension is loaded).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>

#include "../ext/core/ent_lex.h"

/* ------------------------------------------------------------ the table */
typedef struct {
  char *k;
  uint32_t v;
} kv;

static kv *tab;
static size_t tcap, tn;

static void die(const char *msg, const char *arg) {
  fprintf(stderr, "gen_entlex: %s%s%s\n", msg, arg ? " " : "", arg ? arg : "");
  exit(1);
}

static kv *slot(const char *k, size_t n) {
  uint32_t h = ent_hash(k, n);
  for (size_t i = h & (tcap - 1);; i = (i + 1) & (tcap - 1)) {
    if (!tab[i].k) return &tab[i];
    if (strlen(tab[i].k) == n && !memcmp(tab[i].k, k, n)) return &tab[i];
  }
}

static void grow(void) {
  kv *old = tab;
  size_t ocap = tcap;
  tcap = tcap ? tcap * 2 : 1 << 16;
  tab = calloc(tcap, sizeof *tab);
  if (!tab) die("out of memory", NULL);
  for (size_t i = 0; i < ocap; i++)
    if (old[i].k) *slot(old[i].k, strlen(old[i].k)) = old[i];
  free(old);
}

/* Add flags to the already-folded key k[0..n). */
static void add_folded(const char *k, size_t n, uint32_t flags) {
  if (!n) return;
  if ((tn + 1) * 2 > tcap) grow();
  kv *e = slot(k, n);
  if (!e->k) {
    e->k = malloc(n + 1);
    if (!e->k) die("out of memory", NULL);
    memcpy(e->k, k, n);
    e->k[n] = 0;
    tn++;
  }
  e->v |= flags;
}

static uint32_t get_folded(const char *k, size_t n) {
  if (!tcap) return 0;
  kv *e = slot(k, n);
  return e->k ? e->v : 0;
}

/* Fold s and normalise its spacing the way the runtime joins tokens: one
** space between words, none after an elided word (d', l'). */
static size_t fold_phrase(const char *s, size_t n, char *out) {
  char tmp[ENT_FOLD_MAX];
  size_t m = ent_fold(s, n, tmp);
  if (m == (size_t)-1) return (size_t)-1;
  size_t o = 0;
  for (size_t i = 0; i < m; i++) {
    char c = tmp[i];
    if (c == ' ' || c == '\t') {
      if (!o || out[o - 1] == ' ' || out[o - 1] == '\'') continue;
      out[o++] = ' ';
    } else {
      out[o++] = c;
    }
  }
  while (o && out[o - 1] == ' ')
    o--;
  return o;
}

/* Add a word or phrase as written; phrases also mark their word-boundary
** prefixes with EL_PREFIX so the runtime knows when to keep extending. */
static void add(const char *s, size_t n, uint32_t flags) {
  char f[ENT_FOLD_MAX];
  size_t m = fold_phrase(s, n, f);
  if (m == (size_t)-1 || !m) return;
  add_folded(f, m, flags);
  for (size_t i = 1; i < m; i++)
    if (f[i] == ' ' || (f[i - 1] == '\'' && i > 1))
      add_folded(f, f[i] == ' ' ? i : i, EL_PREFIX);
}

/* ------------------------------------------------------------- readers */
static char *slurp(const char *path, size_t *len, const char *pkg) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr,
            "gen_entlex: cannot read %s (Debian package %s: run "
            "'make deps')\n",
            path, pkg);
    exit(1);
  }
  size_t cap = 1 << 20, n = 0;
  char *b = malloc(cap);
  for (;;) {
    if (n == cap && !(b = realloc(b, cap *= 2))) die("out of memory", NULL);
    size_t r = fread(b + n, 1, cap - n, f);
    if (!r) break;
    n += r;
  }
  fclose(f);
  b = realloc(b, n + 1);
  b[n] = 0;
  *len = n;
  return b;
}

static int is_upper_start(const char *s) {
  unsigned c = (unsigned char)s[0];
  if (c >= 'A' && c <= 'Z') return 1;
  /* U+00C0..U+00DE except U+00D7 (multiplication sign) */
  if (c == 0xC3) {
    unsigned d = (unsigned char)s[1];
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if (c == 0xC5) return (unsigned char)s[1] == 0x92; /* Œ */
  return 0;
}

static int is_lower_start(const char *s) {
  unsigned c = (unsigned char)s[0];
  if (c >= 'a' && c <= 'z') return 1;
  if (c == 0xC3) return (unsigned char)s[1] >= 0x9F;
  if (c == 0xC5) return (unsigned char)s[1] == 0x93; /* œ */
  return 0;
}

/* Adjective stems (folded) with whether they are also nouns, for the
** demonym derivation. */
typedef struct {
  char *s;
  int noun;
} stem;
static stem *adjs;
static size_t nadj, capadj;

/* The inflected forms of an adjective: masculine/feminine, singular/plural.
** Only forms known as common words are marked (see mark_forms). */
static void mark_forms(const char *st, uint32_t flag) {
  static const struct {
    const char *end, *repl[5];
  } rules[] = {
      {"en", {"enne", "ennes", NULL}},
      {"on", {"onne", "onnes", NULL}},
      {"al", {"ale", "ales", "aux", NULL}},
      {"if", {"ive", "ives", NULL}},
      {"eux", {"euse", "euses", NULL}},
      {"er", {"ere", "eres", NULL}},
      {"el", {"elle", "elles", NULL}},
      {"c", {"que", "ques", NULL}},
      /* the consonant doubled (hunspell's F+): paysanne, muette, sotte,
      ** pareille, nulle */
      {"an", {"anne", "annes", NULL}},
      {"et", {"ette", "ettes", NULL}},
      {"ot", {"otte", "ottes", NULL}},
      {"eil", {"eille", "eilles", NULL}},
      {"ul", {"ulle", "ulles", NULL}},
  };
  size_t n = strlen(st);
  char buf[ENT_FOLD_MAX + 8];
  if (n + 6 >= sizeof buf) return;
  static const char *plain[] = {"", "s", "e", "es", "x"};
  for (size_t i = 0; i < 5; i++) {
    snprintf(buf, sizeof buf, "%s%s", st, plain[i]);
    size_t m = strlen(buf);
    if (i == 0 || (get_folded(buf, m) & EL_COMMON)) add_folded(buf, m, flag);
  }
  for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
    size_t el = strlen(rules[r].end);
    if (n < el || strcmp(st + n - el, rules[r].end)) continue;
    for (size_t j = 0; rules[r].repl[j]; j++) {
      snprintf(buf, sizeof buf, "%.*s%s", (int)(n - el), st, rules[r].repl[j]);
      size_t m = strlen(buf);
      if (get_folded(buf, m) & EL_COMMON) add_folded(buf, m, flag);
    }
  }
}

/* Past participles work as adjectives inside names ("Nations unies",
** "Émirats arabes unis"). Only forms that cannot be a conjugated verb
** once folded are kept: -ée(s) for the first group, -i(e)(s) for the
** second. */
static char **parts;
static size_t nparts, capparts;

static void add_participles(const char *l, size_t wl, int second) {
  char fl[ENT_FOLD_MAX + 8];
  size_t m = ent_fold(l, wl, fl);
  if (m == (size_t)-1 || m < 4 || fl[m - 1] != 'r') return;
  static const char *first_forms[] = {"ee", "ees", NULL};
  static const char *second_forms[] = {"i", "is", "ie", "ies", NULL};
  const char **forms = second ? second_forms : first_forms;
  if ((second && fl[m - 2] != 'i') || (!second && fl[m - 2] != 'e')) return;
  for (size_t j = 0; forms[j]; j++) {
    if (nparts == capparts) {
      capparts = capparts ? capparts * 2 : 4096;
      parts = realloc(parts, capparts * sizeof *parts);
      if (!parts) die("out of memory", NULL);
    }
    char buf[ENT_FOLD_MAX + 8];
    snprintf(buf, sizeof buf, "%.*s%s", (int)(m - 2), fl, forms[j]);
    parts[nparts++] = strdup(buf);
  }
}

/* Hunspell suffix rules (fr.aff), to inflect the lowercase stems of
** fr.dic into the common words a capital must not turn into a name:
** "SFX FL strip add[/flags] condition". Flags are two characters (FLAG
** long); conditions are matched on the end of the stem, one code point
** per unit: a letter, "." or a bracket set "[...]" / "[^...]". */
typedef struct {
  char fl[2];
  char *strip, *add, *cond;
} sfxrule;
static sfxrule *sfx;
static size_t nsfx, capsfx;
/* A flag's rules are contiguous in fr.aff: the first one's index + 1. */
static uint32_t sfx_first[65536];

static uint32_t cp_at(const char **p) {
  uint32_t cp;
  size_t l = strlen(*p);
  *p += ent_utf8_next((const unsigned char *)*p, l, &cp);
  return cp;
}

/* Does the stem (code points st[0..n)) end with condition cond? */
static int cond_match(const char *cond, const uint32_t *st, size_t n) {
  uint32_t unit[64][16];
  int neg[64], cnt[64];
  size_t u = 0;
  const char *p = cond;
  while (*p && u < 64) {
    cnt[u] = 0;
    neg[u] = 0;
    if (*p == '[') {
      p++;
      if (*p == '^') neg[u] = 1, p++;
      while (*p && *p != ']') {
        uint32_t cp = cp_at(&p);
        if (cnt[u] < 16) unit[u][cnt[u]++] = cp;
      }
      if (*p) p++;
    } else if (*p == '.') {
      p++;
      neg[u] = 1; /* matches anything: a negated empty set */
    } else {
      unit[u][cnt[u]++] = cp_at(&p);
    }
    u++;
  }
  if (u > n) return 0;
  for (size_t i = 0; i < u; i++) {
    uint32_t c = st[n - u + i];
    int in = 0;
    for (int k = 0; k < cnt[i]; k++)
      in |= unit[i][k] == c;
    if (in == neg[i]) return 0;
  }
  return 1;
}

static void read_aff(const char *path) {
  size_t n;
  char *b = slurp(path, &n, "hunspell-fr-classical");
  char *save = NULL;
  for (char *l = strtok_r(b, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
    if (strncmp(l, "SFX ", 4)) continue;
    char fl[8], strip[64], add[128], cond[128];
    if (sscanf(l + 4, "%7s %63s %127s %127s", fl, strip, add, cond) != 4)
      continue; /* a header: SFX FL Y N */
    if (strlen(fl) != 2) continue;
    char *slash = strchr(add, '/');
    if (slash) *slash = 0;
    if (nsfx == capsfx) {
      capsfx = capsfx ? capsfx * 2 : 1024;
      sfx = realloc(sfx, capsfx * sizeof *sfx);
      if (!sfx) die("out of memory", NULL);
    }
    uint16_t key = (uint16_t)((unsigned char)fl[0] << 8 | (unsigned char)fl[1]);
    if (!sfx_first[key]) sfx_first[key] = (uint32_t)nsfx + 1;
    sfxrule *r = &sfx[nsfx++];
    memcpy(r->fl, fl, 2);
    r->strip = strdup(strcmp(strip, "0") ? strip : "");
    r->add = strdup(strcmp(add, "0") ? add : "");
    r->cond = strdup(cond);
  }
  free(b);
}

/* Add the stem w[0..wl) and its inflections by the flags it carries. */
static void add_inflected(const char *w, size_t wl, const char *flags,
                          size_t fn, uint32_t flag) {
  add(w, wl, flag);
  uint32_t st[ENT_FOLD_MAX];
  size_t ns = 0;
  char tmp[ENT_FOLD_MAX];
  if (wl >= sizeof tmp) return;
  memcpy(tmp, w, wl);
  tmp[wl] = 0;
  for (const char *p = tmp; *p && ns < ENT_FOLD_MAX;)
    st[ns++] = cp_at(&p);
  for (size_t f = 0; f + 1 < fn; f += 2) {
    uint16_t key =
        (uint16_t)((unsigned char)flags[f] << 8 | (unsigned char)flags[f + 1]);
    if (!sfx_first[key]) continue;
    for (size_t r = sfx_first[key] - 1; r < nsfx; r++) {
      if (sfx[r].fl[0] != flags[f] || sfx[r].fl[1] != flags[f + 1]) break;
      size_t sl = strlen(sfx[r].strip);
      if (sl > wl || memcmp(w + wl - sl, sfx[r].strip, sl)) continue;
      if (!cond_match(sfx[r].cond, st, ns)) continue;
      char out[2 * ENT_FOLD_MAX];
      int m =
          snprintf(out, sizeof out, "%.*s%s", (int)(wl - sl), w, sfx[r].add);
      if (m > 0 && (size_t)m < sizeof out) add(out, (size_t)m, flag);
    }
  }
}

/* Hunspell's proper nouns as written (Kiev, Castres, INSA): a place name
** of another source confirms one only when spelt the same. */
static char **nprs;
static size_t nnpr, capnpr;

static void keep_npr(const char *w, size_t wl) {
  if (nnpr == capnpr) {
    capnpr = capnpr ? capnpr * 2 : 4096;
    nprs = realloc(nprs, capnpr * sizeof *nprs);
    if (!nprs) die("out of memory", NULL);
  }
  nprs[nnpr++] = strndup(w, wl);
}

static int by_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void read_dic(const char *path) {
  size_t n;
  char *b = slurp(path, &n, "hunspell-fr-classical");
  char *save = NULL;
  int first = 1;
  for (char *l = strtok_r(b, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
    if (first) { /* the entry count */
      first = 0;
      continue;
    }
    size_t wl = strcspn(l, "/ \t");
    const char *morph = l + wl;
    /* the lowercase stems and their inflections are the common words */
    if (nsfx && is_lower_start(l)) {
      const char *fs = l[wl] == '/' ? l + wl + 1 : l + wl;
      add_inflected(l, wl, fs, strcspn(fs, " \t"), EL_COMMON);
    }
    uint32_t f = 0;
    int up = is_upper_start(l);
    int allcaps = up && wl >= 2;
    for (size_t i = 0; i < wl && allcaps; i++)
      if ((unsigned char)l[i] < 0x80 && l[i] >= 'a' && l[i] <= 'z') allcaps = 0;
    if (up) {
      if (strstr(morph, "po:prn")) f |= EL_GIVEN;
      if (strstr(morph, "po:patr")) f |= EL_SURNAME;
      if (strstr(morph, "po:npr")) f |= EL_NPR, keep_npr(l, wl);
      /* Capitalised nouns are countries, regions, seas... and acronyms
      ** and chemical formulas, which are left to the ALLCAPS rules. */
      if (strstr(morph, "po:nom") && !allcaps) f |= EL_CAPNOM;
      if (f) add(l, wl, f);
    } else if (is_lower_start(l) && strstr(morph, "po:adj")) {
      char fl[ENT_FOLD_MAX];
      size_t m = ent_fold(l, wl, fl);
      if (m == (size_t)-1) continue;
      if (nadj == capadj) {
        capadj = capadj ? capadj * 2 : 4096;
        adjs = realloc(adjs, capadj * sizeof *adjs);
        if (!adjs) die("out of memory", NULL);
      }
      adjs[nadj].s = strndup(fl, m);
      adjs[nadj].noun = strstr(morph, "po:nom") != NULL;
      nadj++;
    } else if (is_lower_start(l) && strstr(morph, "po:v")) {
      add(l, wl, EL_VERB);
      add_participles(l, wl, strstr(morph, "po:v2") != NULL);
    }
  }
  qsort(nprs, nnpr, sizeof *nprs, by_str);
  free(b);
}

/* A GNU .mo catalogue: each entry, its original (a geonames id, for
** geonames.mo) and its translation, given to each. */
typedef void mo_fn(const char *id, size_t idn, const char *s, size_t n,
                   void *arg);
static void mo_each(const char *path, const char *pkg, mo_fn *each, void *arg) {
  size_t n;
  unsigned char *b = (unsigned char *)slurp(path, &n, pkg);
  if (n < 28) die("truncated .mo file", path);
  uint32_t magic =
      b[0] | b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
  int le = magic == 0x950412deu;
  if (!le && magic != 0xde120495u) die("not a .mo file", path);
#define U32(o)                                                                 \
  (le ? (uint32_t)b[o] | (uint32_t)b[(o) + 1] << 8 |                           \
            (uint32_t)b[(o) + 2] << 16 | (uint32_t)b[(o) + 3] << 24            \
      : (uint32_t)b[(o) + 3] | (uint32_t)b[(o) + 2] << 8 |                     \
            (uint32_t)b[(o) + 1] << 16 | (uint32_t)b[o] << 24)
  uint32_t count = U32(8), ooff = U32(12), toff = U32(16);
  for (uint32_t i = 0; i < count; i++) {
    size_t at = (size_t)toff + 8 * (size_t)i, ot = (size_t)ooff + 8 * (size_t)i;
    if (at + 8 > n || ot + 8 > n) die("corrupt .mo file", path);
    uint32_t len = U32(at), off = U32(at + 4);
    uint32_t olen = U32(ot), ooff_i = U32(ot + 4);
    if ((size_t)off + len > n || (size_t)ooff_i + olen > n)
      die("corrupt .mo file", path);
    if (!len || !is_upper_start((char *)b + off)) continue; /* header... */
    /* A plural entry holds several NUL-separated strings: take the first. */
    each((char *)b + ooff_i, strnlen((char *)b + ooff_i, olen), (char *)b + off,
         strnlen((char *)b + off, len), arg);
  }
#undef U32
  free(b);
}

/* Every translation of a catalogue is one name, given to put. */
typedef void put_fn(const char *s, size_t n, uint32_t flag);
typedef struct {
  put_fn *put;
  uint32_t flag;
} mo_put;

static void put_translation(const char *id, size_t idn, const char *s, size_t n,
                            void *arg) {
  (void)id, (void)idn;
  mo_put *p = arg;
  p->put(s, n, p->flag);
}

static void read_mo(const char *path, const char *pkg, uint32_t flag,
                    put_fn *put) {
  mo_put p = {put, flag};
  mo_each(path, pkg, put_translation, &p);
}

/* CLDR: <territory type="ML">Mali</territory>, also alt= variants. The
** numeric types are world regions (Afrique, Europe de l'Est): places too,
** except 001, the world, whose name "Monde" is mostly a newspaper. */
static void read_cldr(const char *path) {
  size_t n;
  char *b = slurp(path, &n, "unicode-cldr-core");
  const char *p = b;
  while ((p = strstr(p, "<territory type=\""))) {
    p += 17;
    /* 001 is the world ("Monde" is mostly a newspaper); EU, EZ, UN are
    ** organisations (Union européenne, zone euro, Nations Unies); QO, ZZ
    ** are not places */
    if (!strncmp(p, "001\"", 4) || !strncmp(p, "EU\"", 3) ||
        !strncmp(p, "EZ\"", 3) || !strncmp(p, "UN\"", 3) ||
        !strncmp(p, "QO\"", 3) || !strncmp(p, "ZZ\"", 3))
      continue;
    const char *gt = strchr(p, '>');
    if (!gt) break;
    const char *lt = strchr(gt, '<');
    if (!lt) break;
    if (gt[-1] != '/') add(gt + 1, (size_t)(lt - gt - 1), EL_COUNTRY);
    p = lt;
  }
  free(b);
}

static uint32_t flag_named(const char *name) {
  static const struct {
    const char *n;
    uint32_t f;
  } names[] = {{"title", EL_TITLE},         {"orgcue", EL_ORGCUE},
               {"orghead", EL_ORGHEAD},     {"loccue", EL_LOCCUE},
               {"lochead", EL_LOCHEAD},     {"misccue", EL_MISCCUE},
               {"notent", EL_NOTENT},       {"particle", EL_PARTICLE},
               {"cardinal", EL_CARDINAL},   {"func", EL_FUNC},
               {"percue", EL_PERCUE},       {"demonym", EL_DEMONYM},
               {"orgword", EL_ORGWORD},     {"members", EL_MEMBERS},
               {"place", EL_CITY},          {"given", EL_GIVEN},
               {"speech", EL_SPEECH},       {"english", EL_ENGLISH},
               {"speechfin", EL_SPEECHFIN}, {"notloc", EL_NOTLOC},
               {"event", EL_EVENT}};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(names[i].n, name)) return names[i].f;
  return 0;
}

/* A curated list: one entry per line, "#" comments. */
static void read_list(const char *path, uint32_t flag) {
  size_t n;
  char *b = slurp(path, &n, "(presse data/)");
  char *save = NULL;
  for (char *l = strtok_r(b, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
    size_t len = strcspn(l, "\r#");
    while (len && (l[len - 1] == ' ' || l[len - 1] == '\t'))
      len--;
    if (len) add(l, len, flag);
  }
  free(b);
}

/* Demonyms, derived rather than listed: an adjective-noun (malien, russe,
** français, allemand) whose stem shares at least four letters, and all but
** at most three of its own, with a country, region or city name, the rest
** being a usual suffix. Catches every country's people without a list. */
static void derive_demonyms(void) {
  static const char *suffixes[] = {
      "",    "e",    "en",  "ien",  "ain", "ais", "ois", "an",  "in",
      "ol",  "nd",   "and", "cain", "ite", "ote", "i",   "ais", "ien",
      "een", "ique", "ese", "ian",  "ain", "ien", "n",   NULL};
  /* the place names, folded, single words */
  char **places = NULL;
  size_t np = 0, cp = 0;
  for (size_t i = 0; i < tcap; i++) {
    if (!tab[i].k || !(tab[i].v & (EL_COUNTRY | EL_CAPNOM | EL_CITY))) continue;
    if (strchr(tab[i].k, ' ') || strlen(tab[i].k) < 4) continue;
    if (np == cp) {
      cp = cp ? cp * 2 : 1024;
      places = realloc(places, cp * sizeof *places);
      if (!places) die("out of memory", NULL);
    }
    places[np++] = tab[i].k;
  }
  for (size_t a = 0; a < nadj; a++) {
    if (!adjs[a].noun) continue;
    const char *s = adjs[a].s;
    size_t sl = strlen(s);
    int hit = 0;
    for (size_t p = 0; p < np && !hit; p++) {
      const char *q = places[p];
      if (q[0] != s[0] || q[1] != s[1]) continue;
      size_t ql = strlen(q), l = 0;
      while (l < sl && l < ql && s[l] == q[l])
        l++;
      if (l < 4 || l + 3 < ql) continue;
      for (size_t k = 0; suffixes[k] && !hit; k++)
        if (!strcmp(s + l, suffixes[k]) && (sl != ql || l == sl)) hit = 1;
      /* the suffix may take back a letter the stem shares with the name
      ** ("portugais" for Portugal: "portug" + "ais", not "portuga" + "is") */
      for (size_t b = l - 1; !hit && b >= 4 && b + 3 >= ql && b + 1 >= l - 1;
           b--)
        for (size_t k = 0; suffixes[k] && !hit; k++)
          if (suffixes[k][0] && !strcmp(s + b, suffixes[k])) hit = 1;
    }
    if (hit) mark_forms(s, EL_DEMONYM);
  }
  free(places);
}

/* --------------------------------------------- ISO 3166-2 subdivisions */
/* Regions, provinces, states and districts of ISO 3166-2 (iso-codes: the
** local names in iso_3166-2.json, the French ones in iso_3166-2.mo) are
** places. They are read after every other source and list, so that a
** name known otherwise is left out: a common French word (Centre,
** Littoral, Est), a word of a curated list (a title, a head, a cue), a
** key of fewer than four letters, and a given name or a surname (a
** person must not turn into a place: Florence is one already, many
** more would be). ISO's annotations are cleaned: "A Coruña [La Coruña]"
** gives both names, "Madrid, Comunidad de" its first part, "Sofia
** (stolitsa)" the name, "Haute-Sangha / Mambéré-Kadéï" both. */
static size_t nregion, nregion_known, nregion_skipped;

static void add_region_name(const char *s, size_t n) {
  while (n && (*s == ' ' || *s == '\t'))
    s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  if (!n || !is_upper_start(s)) return;
  char f[ENT_FOLD_MAX];
  size_t m = fold_phrase(s, n, f);
  if (m == (size_t)-1 || !m) return;
  uint32_t known = get_folded(f, m);
  if (known & (EL_CITY | EL_COUNTRY | EL_REGION)) {
    nregion_known++;
    return;
  }
  if (m < 4 || (known & ~(EL_PLACE | EL_PREFIX))) {
    nregion_skipped++;
    return;
  }
  add_folded(f, m, EL_REGION);
  for (size_t i = 1; i < m; i++)
    if (f[i] == ' ' || (f[i - 1] == '\'' && i > 1)) add_folded(f, i, EL_PREFIX);
  nregion++;
}

/* One piece of an ISO name: up to a comma, without a parenthesis, each
** side of a slash. */
static void add_region_piece(const char *s, size_t n) {
  const char *slash = memchr(s, '/', n);
  if (slash) {
    add_region_piece(s, (size_t)(slash - s));
    add_region_piece(slash + 1, n - (size_t)(slash + 1 - s));
    return;
  }
  const char *comma = memchr(s, ',', n);
  if (comma) n = (size_t)(comma - s);
  const char *par = memchr(s, '(', n);
  if (par) n = (size_t)(par - s);
  add_region_name(s, n);
}

static void add_region(const char *s, size_t n, uint32_t flag) {
  (void)flag;
  const char *br = memchr(s, '[', n);
  if (!br) {
    add_region_piece(s, n);
    return;
  }
  add_region_piece(s, (size_t)(br - s));
  const char *in = br + 1, *end = memchr(in, ']', n - (size_t)(in - s));
  if (!end) return;
  size_t l = (size_t)(end - in);
  /* "[Caerffili GB-CAF]": the code after the name */
  const char *sp = NULL;
  for (size_t i = l; i > 0 && !sp; i--)
    if (in[i - 1] == ' ') sp = in + i - 1;
  if (sp && memchr(sp, '-', (size_t)(end - sp)) && sp[1] >= 'A' && sp[1] <= 'Z')
    l = (size_t)(sp - in);
  add_region_piece(in, l);
}

/* iso_3166-2.json: every "name": "..." is a subdivision's local name. */
static void read_iso_json(const char *path) {
  size_t n;
  char *b = slurp(path, &n, "iso-codes");
  static const char key[] = "\"name\": \"";
  for (char *p = b; (p = strstr(p, key));) {
    p += sizeof key - 1;
    char *q = p;
    while (*q && *q != '"')
      q += *q == '\\' && q[1] ? 2 : 1;
    if (!memchr(p, '\\', (size_t)(q - p))) add_region(p, (size_t)(q - p), 0);
    p = q;
  }
  free(b);
}

/* ------------------------------------------- geonames beyond French */
/* A locale's geonames.mo holds only the names that locale translates: the
** French catalogue names 6,700 places, and a town whose French name is
** its own (Meaux, Montgeron, Lunel) is missing from it. The English
** catalogue names every place of the package (28,000, by its geonames id):
** for a place French does not translate, that name is the French one too.
** Read after every other source and list, like the ISO regions, and
** filtered the same way: a given name or a surname is left out, and so
** are a name known otherwise (a common word, a word of a curated list)
** and a name of fewer than four letters, unless hunspell lists it as a
** proper noun (Castres folds as the common "castrés"). No demonym is
** derived from them (derive_demonyms() ran before).
**
** Hunspell's proper nouns with no place flag (Kiev, Francfort, Boulogne)
** are ORG by default; a place name of any locale spelt the same (Kiev in
** Danish or Turkish, Castres in English), or the first part of a French
** or English name before a linking word (Francfort-sur-le-Main,
** Boulogne-sur-Mer), says that they are places. Spelt the same: INSA, a
** school, is no "Insa", a Nigerian town. */
static size_t ncity_base, ncity_npr;

/* The sorted geonames ids the French catalogue translates. */
static char **fr_ids;
static size_t nfr_ids, capfr_ids;

static void keep_id(const char *id, size_t idn, const char *s, size_t n,
                    void *arg) {
  (void)s, (void)n, (void)arg;
  if (nfr_ids == capfr_ids) {
    capfr_ids = capfr_ids ? capfr_ids * 2 : 8192;
    fr_ids = realloc(fr_ids, capfr_ids * sizeof *fr_ids);
    if (!fr_ids) die("out of memory", NULL);
  }
  fr_ids[nfr_ids++] = strndup(id, idn);
}

static int in_sorted(char **set, size_t n, const char *s, size_t len) {
  char tmp[256];
  if (len >= sizeof tmp) return 0;
  memcpy(tmp, s, len);
  tmp[len] = 0;
  const char *key = tmp;
  return bsearch(&key, set, n, sizeof *set, by_str) != NULL;
}

/* A hunspell proper noun without a place flag, spelt s[0..n), becomes a
** city. */
static void confirm_npr(const char *s, size_t n) {
  if (!in_sorted(nprs, nnpr, s, n)) return;
  char f[ENT_FOLD_MAX];
  size_t m = fold_phrase(s, n, f);
  if (m == (size_t)-1 || !m) return;
  uint32_t known = get_folded(f, m);
  if (known &
      (EL_CAPNOM | EL_COUNTRY | EL_CITY | EL_REGION | EL_GIVEN | EL_SURNAME))
    return;
  add_folded(f, m, EL_CITY);
  ncity_npr++;
}

/* The part of a town's name before a linking word, "X-sur-Y" -> X
** (X may hold a hyphen itself: Saint-Cyr-sur-Loire): its length, or 0. */
static size_t before_link(const char *s, size_t n) {
  static const char *links[] = {"-sur-", "-sous-", "-lès-", "-lez-", "-en-",
                                "-le-",  "-la-",   "-les-", "-de-",  "-du-",
                                "-des-", "-aux-",  "-au-",  "-à-",   NULL};
  for (size_t i = 1; i < n; i++) {
    if (s[i] != '-') continue;
    for (size_t k = 0; links[k]; k++) {
      size_t l = strlen(links[k]);
      if (i + l <= n && !memcmp(s + i, links[k], l)) return i;
    }
  }
  return 0;
}

static void confirm_npr_city(const char *id, size_t idn, const char *s,
                             size_t n, void *arg) {
  (void)id, (void)idn, (void)arg;
  confirm_npr(s, n);
  size_t b = before_link(s, n);
  if (b) confirm_npr(s, b);
}

/* A name of the English catalogue: the French name of a place French does
** not translate. */
static void add_base_city(const char *id, size_t idn, const char *s, size_t n,
                          void *arg) {
  (void)arg;
  confirm_npr_city(id, idn, s, n, NULL);
  if (!idn || in_sorted(fr_ids, nfr_ids, id, idn)) return;
  char f[ENT_FOLD_MAX];
  size_t m = fold_phrase(s, n, f);
  if (m == (size_t)-1 || !m) return;
  uint32_t known = get_folded(f, m);
  if (known & (EL_CITY | EL_COUNTRY | EL_REGION | EL_GIVEN | EL_SURNAME))
    return;
  if (!(known & EL_NPR) && (m < 4 || (known & ~(EL_PLACE | EL_PREFIX)))) return;
  add(s, n, EL_CITY);
  ncity_base++;
}

static void read_city_base(const char *fr_path, const char *en_path) {
  mo_each(fr_path, "libgeonames-common", keep_id, NULL);
  qsort(fr_ids, nfr_ids, sizeof *fr_ids, by_str);
  mo_each(fr_path, "libgeonames-common", confirm_npr_city, NULL);
  mo_each(en_path, "libgeonames-common", add_base_city, NULL);
}

/* Every locale's catalogue under dir (dir/LL/LC_MESSAGES/geonames.mo):
** only to confirm hunspell's proper nouns. */
static void read_city_locales(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) die("cannot read the locale directory", dir);
  struct dirent *e;
  char path[4096];
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/geonames.mo", dir,
             e->d_name);
    FILE *f = fopen(path, "rb");
    if (!f) continue;
    fclose(f);
    mo_each(path, "libgeonames-common", confirm_npr_city, NULL);
  }
  closedir(d);
}

/* ------------------------------------------------------ the name shape */
/* The shape model of ent_lex.h, learnt from the table itself: single
** words that are given names or surnames and no place against places
** that are no given name nor surname, neither a common word. Naive Bayes
** with equal priors: a feature's weight is log P(f | person) - log P(f |
** place), smoothed, in tenths; features seen fewer than twice are left
** out. A fifth of the words (by hash) is held out first to say how well
** the model generalises (on stderr), then the table is learnt on all. */
#include <math.h>

#define SHAPE_MIN_COUNT 2
/* the scores (tenths) ent_class.c acts on: a place must look more like
** one, as a body's or a product's name is more often taken for a place */
#define SHAPE_THRESHOLD_PER 20
#define SHAPE_THRESHOLD_LOC 20

typedef struct {
  uint64_t key;
  int cls; /* 0 person, 1 place */
} shape_obs;
static shape_obs *obs;
static size_t nobs, capobs;

static void obs_add(uint64_t key, void *cls) {
  if (nobs == capobs) {
    capobs = capobs ? capobs * 2 : 1 << 16;
    obs = realloc(obs, capobs * sizeof *obs);
    if (!obs) die("out of memory", NULL);
  }
  obs[nobs].key = key;
  obs[nobs++].cls = *(int *)cls;
}

static int by_obs(const void *a, const void *b) {
  uint64_t x = ((const shape_obs *)a)->key, y = ((const shape_obs *)b)->key;
  return x < y ? -1 : x > y;
}

/* The class of a key for training: 0 person, 1 place, -1 neither. */
static int shape_class(const char *k, uint32_t v) {
  size_t n = strlen(k);
  if (n < 3) return -1;
  for (size_t i = 0; i < n; i++)
    if (!((k[i] >= 'a' && k[i] <= 'z') || k[i] == '-' || k[i] == '\''))
      return -1;
  if (v & (EL_COMMON | EL_FUNC)) return -1;
  int per = (v & (EL_GIVEN | EL_SURNAME)) != 0;
  int loc = (v & (EL_COUNTRY | EL_CITY | EL_CAPNOM | EL_REGION)) != 0;
  return per == loc ? -1 : per ? 0 : 1;
}

/* The learnt table: open addressing over ent_shape_hash(). */
static uint64_t *sh_keys;
static int8_t *sh_w;
static size_t sh_slots, sh_n;

static void shape_learn(int heldout) {
  nobs = 0;
  size_t words[2] = {0, 0};
  for (size_t i = 0; i < tcap; i++) {
    if (!tab[i].k) continue;
    int cls = shape_class(tab[i].k, tab[i].v);
    size_t n = strlen(tab[i].k);
    if (cls < 0 || (heldout && ent_hash(tab[i].k, n) % 5 == 0)) continue;
    words[cls]++;
    ENT_SHAPE_FEATURES(tab[i].k, n, obs_add, &cls);
  }
  qsort(obs, nobs, sizeof *obs, by_obs);
  free(sh_keys);
  free(sh_w);
  /* the features kept, for a table at most half full */
  size_t kept = 0;
  for (size_t i = 0, j; i < nobs; i = j) {
    for (j = i; j < nobs && obs[j].key == obs[i].key; j++)
      ;
    kept += j - i >= SHAPE_MIN_COUNT;
  }
  sh_slots = 16;
  while (sh_slots < 2 * kept)
    sh_slots <<= 1;
  sh_keys = calloc(sh_slots, sizeof *sh_keys);
  sh_w = calloc(sh_slots, 1);
  if (!sh_keys || !sh_w) die("out of memory", NULL);
  sh_n = 0;
  const double a = 0.5;
  for (size_t i = 0, j; i < nobs; i = j) {
    size_t c[2] = {0, 0};
    for (j = i; j < nobs && obs[j].key == obs[i].key; j++)
      c[obs[j].cls]++;
    if (c[0] + c[1] < SHAPE_MIN_COUNT) continue;
    double w =
        log((c[0] + a) / (words[0] + a)) - log((c[1] + a) / (words[1] + a));
    long q = lround(10 * w);
    if (!q) continue;
    if (q > 127) q = 127;
    if (q < -127) q = -127;
    size_t s = ent_shape_hash(obs[i].key) & (sh_slots - 1);
    while (sh_keys[s])
      s = (s + 1) & (sh_slots - 1);
    sh_keys[s] = obs[i].key;
    sh_w[s] = (int8_t)q;
    sh_n++;
  }
}

static void shape_sum(uint64_t key, void *sum) {
  for (size_t s = ent_shape_hash(key) & (sh_slots - 1); sh_keys[s];
       s = (s + 1) & (sh_slots - 1))
    if (sh_keys[s] == key) {
      *(int *)sum += sh_w[s];
      return;
    }
}

/* Learn on four fifths, score the held-out fifth, then learn on all.
** Reported per class: the share the sign of the score gets right, and
** what the thresholds that ent_class.c uses make of the words (typed
** right, typed wrong, left alone). */
static void shape_model(void) {
  shape_learn(1);
  size_t n[2] = {0, 0}, right[2] = {0, 0}, said[2][2] = {{0, 0}, {0, 0}};
  for (size_t i = 0; i < tcap; i++) {
    if (!tab[i].k) continue;
    int cls = shape_class(tab[i].k, tab[i].v);
    size_t len = strlen(tab[i].k);
    if (cls < 0 || ent_hash(tab[i].k, len) % 5 != 0) continue;
    int sum = 0;
    ENT_SHAPE_FEATURES(tab[i].k, len, shape_sum, &sum);
    n[cls]++;
    right[cls] += cls ? sum < 0 : sum > 0;
    if (sum >= SHAPE_THRESHOLD_PER) said[cls][0]++;
    if (sum <= -SHAPE_THRESHOLD_LOC) said[cls][1]++;
  }
  for (int c = 0; c < 2; c++) {
    double d = n[c] ? (double)n[c] : 1;
    fprintf(stderr,
            "gen_entlex: name shape, held-out %s: %zu words, sign right "
            "%.1f%%; typed right %.1f%%, wrong %.1f%%, left alone %.1f%%\n",
            c ? "places" : "persons", n[c], 100.0 * right[c] / d,
            100.0 * said[c][c] / d, 100.0 * said[c][!c] / d,
            100.0 * (n[c] - said[c][0] - said[c][1]) / d);
  }
  shape_learn(0);
  fprintf(stderr, "gen_entlex: name shape: %zu features\n", sh_n);
}

static void shape_print(void) {
  printf("#define ENTSHAPE_PER %d\n#define ENTSHAPE_LOC %d\n",
         SHAPE_THRESHOLD_PER, SHAPE_THRESHOLD_LOC);
  printf("#define ENTSHAPE_MASK %zuu\n", sh_slots - 1);
  printf("static const uint64_t entshape_keys[%zu] = {", sh_slots);
  for (size_t j = 0; j < sh_slots; j++)
    printf("%s%lluu,", j % 6 ? "" : "\n", (unsigned long long)sh_keys[j]);
  printf("};\nstatic const int8_t entshape_w[%zu] = {", sh_slots);
  for (size_t j = 0; j < sh_slots; j++)
    printf("%s%d,", j % 20 ? "" : "\n", sh_w[j]);
  printf("};\n");
}

/* ------------------------------------------------------------- output */
static int by_key(const void *a, const void *b) {
  return strcmp(((const kv *)a)->k, ((const kv *)b)->k);
}

int main(int argc, char **argv) {
  /* Order matters: the lists that others are checked against come first
  ** (common words before adjective forms, places before demonyms). */
  const char *order[] = {"aff", "dic", "mo-country", "cldr", "mo-city", NULL};
  for (size_t o = 0; order[o]; o++)
    for (int i = 1; i < argc; i++) {
      size_t kl = strlen(order[o]);
      if (strncmp(argv[i], order[o], kl) || argv[i][kl] != '=') continue;
      const char *path = argv[i] + kl + 1;
      if (o == 0)
        read_aff(path);
      else if (o == 1)
        read_dic(path);
      else if (o == 2)
        read_mo(path, "iso-codes", EL_COUNTRY, add);
      else if (o == 3)
        read_cldr(path);
      else
        read_mo(path, "libgeonames-common", EL_CITY, add);
    }
  for (size_t a = 0; a < nadj; a++)
    mark_forms(adjs[a].s, EL_ADJ);
  for (size_t i = 0; i < nparts; i++)
    if (get_folded(parts[i], strlen(parts[i])) & EL_COMMON)
      add_folded(parts[i], strlen(parts[i]), EL_ADJ);
  for (int i = 1; i < argc; i++) {
    char *eq = strchr(argv[i], '=');
    if (!eq) die("bad argument", argv[i]);
    *eq = 0;
    uint32_t f = flag_named(argv[i]);
    if (f)
      read_list(eq + 1, f);
    else if (!strcmp(argv[i], "dic") || !strcmp(argv[i], "aff") ||
             !strncmp(argv[i], "mo-", 3) || !strcmp(argv[i], "cldr") ||
             !strcmp(argv[i], "json-region") ||
             !strcmp(argv[i], "city-locales"))
      ;
    else
      die("unknown source kind", argv[i]);
    *eq = '=';
  }
  derive_demonyms();
  /* ISO 3166-2 last: filtered against everything above */
  for (int i = 1; i < argc; i++) {
    if (!strncmp(argv[i], "json-region=", 12)) read_iso_json(argv[i] + 12);
    if (!strncmp(argv[i], "mo-region=", 10))
      read_mo(argv[i] + 10, "iso-codes", EL_REGION, add_region);
  }
  fprintf(stderr,
          "gen_entlex: ISO 3166-2: %zu names added, %zu places already, "
          "%zu left out\n",
          nregion, nregion_known, nregion_skipped);
  /* geonames beyond its French catalogue, last */
  const char *city_fr = NULL;
  for (int i = 1; i < argc; i++)
    if (!strncmp(argv[i], "mo-city=", 8)) city_fr = argv[i] + 8;
  for (int i = 1; i < argc; i++) {
    if (!strncmp(argv[i], "mo-city-base=", 13)) {
      if (!city_fr) die("mo-city-base= needs mo-city=", NULL);
      read_city_base(city_fr, argv[i] + 13);
    }
    if (!strncmp(argv[i], "city-locales=", 13)) read_city_locales(argv[i] + 13);
  }
  fprintf(stderr,
          "gen_entlex: geonames: %zu untranslated names added, %zu proper "
          "nouns made places\n",
          ncity_base, ncity_npr);
  /* Curated demonyms are read last (read_list above), and their
  ** inflections marked here. */
  for (size_t i = 0; i < tcap; i++)
    if (tab[i].k && (tab[i].v & EL_DEMONYM) && !strchr(tab[i].k, ' '))
      mark_forms(tab[i].k, EL_DEMONYM);

  shape_model();

  /* Deterministic output: sort the keys, then rebuild the hash table
  ** over the sorted order. */
  kv *all = malloc(tn * sizeof *all);
  size_t m = 0;
  for (size_t i = 0; i < tcap; i++)
    if (tab[i].k) all[m++] = tab[i];
  qsort(all, m, sizeof *all, by_key);
  /* The table: open addressing at a load under 1/2, each slot four words
  ** holding the key's first eight bytes (little-endian, zero-padded: no
  ** key is empty nor holds a NUL, so an empty slot is all zeros), its
  ** flags, and its length with the offset of the rest of a longer key in
  ** entlex_tails. A lookup reads one slot, and a key longer than eight
  ** bytes one more line: the table is too large for the processor's
  ** caches, and each line read costs more than the lookup's instructions.
  */
  size_t slots = 1;
  while (slots < 2 * m)
    slots <<= 1;
  uint32_t *st = calloc(4 * slots, sizeof *st);
  if (!st) die("out of memory", NULL);
  size_t tails = 0;
  for (size_t i = 0; i < m; i++) {
    size_t n = strlen(all[i].k);
    if (n >= 1u << ENTLEX_LEN_BITS) die("key too long", all[i].k);
    uint64_t w = ent_tail64(all[i].k, n < 8 ? n : 8);
    if (n >= 8) w = ent_le64(all[i].k);
    size_t j = ent_lex_hash(all[i].k, n) & (slots - 1);
    while (st[4 * j + 3])
      j = (j + 1) & (slots - 1);
    if (n > 8 && tails >= 1u << (32 - ENTLEX_LEN_BITS))
      die("too many key bytes", NULL);
    st[4 * j] = (uint32_t)w;
    st[4 * j + 1] = (uint32_t)(w >> 32);
    st[4 * j + 2] = all[i].v;
    st[4 * j + 3] =
        (uint32_t)n | (n > 8 ? (uint32_t)tails << ENTLEX_LEN_BITS : 0);
    if (n > 8) tails += n - 8;
  }
  printf("/* Generated by tools/gen_entlex.c: do not edit. %zu keys. */\n", m);
  /* The bytes after the eighth of the longer keys, one after the other
  ** (in key order), then eight zero bytes: the runtime reads them eight
  ** bytes at a time. */
  printf("static const char entlex_tails[] =\n\"");
  size_t col = 0;
  for (size_t i = 0; i < m; i++) {
    const unsigned char *p = (const unsigned char *)all[i].k;
    if (strlen(all[i].k) <= 8) continue;
    for (p += 8; *p; p++) {
      /* three-digit octal escapes: a digit after one is a digit */
      if (*p == '"' || *p == '\\')
        col += printf("\\%c", *p);
      else if (*p < 0x20 || *p >= 0x7F)
        col += printf("\\%03o", *p);
      else
        col += (putchar(*p), 1);
    }
    if (col > 72) {
      printf("\"\n\"");
      col = 0;
    }
  }
  printf("\\0\\0\\0\\0\\0\\0\\0\\0\";\n");
  printf("static const uint32_t entlex_slots[%zu] = {", 4 * slots);
  for (size_t j = 0; j < 4 * slots; j++)
    printf("%s%u,", j % 16 ? "" : "\n", (unsigned)st[j]);
  printf("};\n#define ENTLEX_MASK %zuu\n", slots - 1);
  shape_print();
  return 0;
}
