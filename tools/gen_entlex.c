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
**   cldr=.../cldr/common/main/fr.xml    unicode-cldr-core: territories
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
      {"en", {"enne", "ennes", NULL}},      {"on", {"onne", "onnes", NULL}},
      {"al", {"ale", "ales", "aux", NULL}}, {"if", {"ive", "ives", NULL}},
      {"eux", {"euse", "euses", NULL}},     {"er", {"ere", "eres", NULL}},
      {"el", {"elle", "elles", NULL}},      {"c", {"que", "ques", NULL}},
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
      if (strstr(morph, "po:npr")) f |= EL_NPR;
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
  free(b);
}

/* A GNU .mo catalogue: every translation is one name. */
static void read_mo(const char *path, const char *pkg, uint32_t flag) {
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
  uint32_t count = U32(8), toff = U32(16);
  for (uint32_t i = 0; i < count; i++) {
    size_t at = (size_t)toff + 8 * (size_t)i;
    if (at + 8 > n) die("corrupt .mo file", path);
    uint32_t len = U32(at), off = U32(at + 4);
    if ((size_t)off + len > n) die("corrupt .mo file", path);
    if (!len || !is_upper_start((char *)b + off)) continue; /* header... */
    /* A plural entry holds several NUL-separated strings: take the first. */
    size_t l = strnlen((char *)b + off, len);
    add((char *)b + off, l, flag);
  }
#undef U32
  free(b);
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
  } names[] = {{"title", EL_TITLE},       {"orgcue", EL_ORGCUE},
               {"orghead", EL_ORGHEAD},   {"loccue", EL_LOCCUE},
               {"lochead", EL_LOCHEAD},   {"misccue", EL_MISCCUE},
               {"notent", EL_NOTENT},     {"particle", EL_PARTICLE},
               {"cardinal", EL_CARDINAL}, {"func", EL_FUNC},
               {"percue", EL_PERCUE},     {"demonym", EL_DEMONYM},
               {"orgword", EL_ORGWORD},   {"members", EL_MEMBERS},
               {"place", EL_CITY},        {"given", EL_GIVEN},
               {"speech", EL_SPEECH},     {"english", EL_ENGLISH},
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
    }
    if (hit) mark_forms(s, EL_DEMONYM);
  }
  free(places);
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
        read_mo(path, "iso-codes", EL_COUNTRY);
      else if (o == 3)
        read_cldr(path);
      else
        read_mo(path, "libgeonames-common", EL_CITY);
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
             !strncmp(argv[i], "mo-", 3) || !strcmp(argv[i], "cldr"))
      ;
    else
      die("unknown source kind", argv[i]);
    *eq = '=';
  }
  derive_demonyms();
  /* Curated demonyms are read last (read_list above), and their
  ** inflections marked here. */
  for (size_t i = 0; i < tcap; i++)
    if (tab[i].k && (tab[i].v & EL_DEMONYM) && !strchr(tab[i].k, ' '))
      mark_forms(tab[i].k, EL_DEMONYM);

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
  return 0;
}
