/*
** gen_speech_verbs.c: inflect the speech-verb lemmas (build time only).
**
**   gen_speech_verbs LEMMAS IRREGULAR > forms.txt
**
** LEMMAS has "lemma<TAB>flags" lines (data/speech_verbs.txt); IRREGULAR has
** conjugation models (data/speech_verbs_irregular.txt). Writes
** "form<TAB>value" lines, one per distinct form, value = the lemma flags
** OR'd over every lemma giving that form, plus the form class:
**   256 finite 3rd person, 512 past participle, 1024 present participle,
**   2048 infinitive, 4096 plural, 32 pronominal lemma (se dire).
** Only 3rd person forms are made: news reports people, not dialogue.
** Regular verbs follow the -er / -ir (finir) / -re (rendre) paradigms with
** the usual spelling changes (annonça, jugea, appelle, révèle).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FIN = 256, PART = 512, GER = 1024, INF = 2048, PL = 4096, PRON = 32 };

typedef struct {
  char s[96];
  long v;
} form;

static form *forms;
static size_t nforms, capforms;

static void add(const char *stem, const char *end, long v) {
  if (nforms == capforms) {
    capforms = capforms ? 2 * capforms : 1024;
    forms = realloc(forms, capforms * sizeof *forms);
    if (!forms) exit(1);
  }
  snprintf(forms[nforms].s, sizeof forms[nforms].s, "%s%s", stem, end);
  forms[nforms++].v = v;
}

typedef struct {
  char end[32];
  char *w[40];
  int kind[40];
  int n;
} model;

static model models[64];
static int nmodels;

static void read_models(const char *path) {
  FILE *f = fopen(path, "r");
  char line[1024];
  if (!f) {
    perror(path);
    exit(1);
  }
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    if (!line[0] || line[0] == '#') continue;
    model *m = &models[nmodels++];
    char *tab = strchr(line, '\t');
    if (!tab || nmodels > 64) exit(1);
    *tab = 0;
    if (strlen(line) >= sizeof m->end) exit(1);
    memcpy(m->end, line, strlen(line) + 1);
    int kind = FIN;
    for (char *t = strtok(tab + 1, " "); t; t = strtok(NULL, " ")) {
      if (!strcmp(t, "P:"))
        kind = PART;
      else if (!strcmp(t, "G:"))
        kind = GER;
      else if (m->n < 40) {
        /* plural: -ent or -ont (font), never the first form, the present
        ** singular ("vient", "dément", "maintient" end with -ent) */
        size_t l = strlen(t);
        int pl =
            kind == FIN && m->n > 0 && l > 3 &&
                    (!strcmp(t + l - 3, "ent") || !strcmp(t + l - 3, "ont"))
                ? PL
                : 0;
        m->w[m->n] = strdup(t);
        m->kind[m->n++] = kind | pl;
      }
    }
  }
  fclose(f);
}

static int ends(const char *s, const char *e) {
  size_t a = strlen(s), b = strlen(e);
  return a >= b && !strcmp(s + a - b, e);
}

/* Replace the last occurrence of "e"/"é" before the final consonant group
** of stem by "è" (lever -> lève, répéter -> répète). */
static void grave(const char *stem, char *out, size_t cap) {
  snprintf(out, cap, "%s", stem);
  size_t n = strlen(out);
  for (size_t i = n; i-- > 0;) {
    unsigned char c = (unsigned char)out[i];
    if (c == 0xA9 && i > 0 && (unsigned char)out[i - 1] == 0xC3) { /* é */
      if (n - i > 3) return;
      out[i] = (char)0xA8;
      return;
    }
    if (strchr("aiouy", c) || c >= 0x80) return;
    if (c == 'e') {
      /* one consonant (lever), or a consonant and r / l (sevrer); not two
      ** consonants (penser, contester: pense, conteste) */
      if (i + 1 >= n || n - i > 3 ||
          (n - i == 3 && out[n - 1] != 'r' && out[n - 1] != 'l'))
        return;
      memmove(out + i + 2, out + i + 1, n - i);
      out[i] = (char)0xC3;
      out[i + 1] = (char)0xA8;
      return;
    }
  }
}

static void conj_er(const char *verb, long v) {
  char stem[64], soft[96], pres[96];
  size_t n = strlen(verb);
  if (n > 60) exit(1);
  snprintf(stem, sizeof stem, "%.*s", (int)(n - 2), verb);
  /* Before a or o: c -> ç, g -> ge. */
  if (ends(stem, "c"))
    snprintf(soft, sizeof soft, "%.*s\xC3\xA7", (int)(strlen(stem) - 1), stem);
  else if (ends(stem, "g"))
    snprintf(soft, sizeof soft, "%se", stem);
  else
    snprintf(soft, sizeof soft, "%s", stem);
  /* Stressed stem of the present: appelle, jette, lève, répète. */
  if (ends(stem, "el") || ends(stem, "et"))
    snprintf(pres, sizeof pres, "%s%c", stem, stem[strlen(stem) - 1]);
  else if (ends(stem, "uy") || ends(stem, "oy")) /* appuie, nettoie */
    snprintf(pres, sizeof pres, "%.*si", (int)(strlen(stem) - 1), stem);
  else
    grave(stem, pres, sizeof pres);
  add(pres, "e", v | FIN);
  add(pres, "ent", v | FIN | PL);
  add(soft, "ait", v | FIN);
  add(soft, "aient", v | FIN | PL);
  add(soft, "a", v | FIN);
  add(stem, "\xC3\xA8rent", v | FIN | PL);
  add(pres, "era", v | FIN);
  add(pres, "erait", v | FIN);
  add(stem, "\xC3\xA9", v | PART);
  add(stem,
      "\xC3\xA9"
      "e",
      v | PART);
  add(stem, "\xC3\xA9s", v | PART);
  add(stem,
      "\xC3\xA9"
      "es",
      v | PART);
  add(soft, "ant", v | GER);
}

static void conj_ir(const char *verb, long v) { /* finir */
  char stem[96];
  snprintf(stem, sizeof stem, "%.*s", (int)(strlen(verb) - 2), verb);
  add(stem, "it", v | FIN);
  add(stem, "issent", v | FIN | PL);
  add(stem, "issait", v | FIN);
  add(stem, "issaient", v | FIN | PL);
  add(stem, "irent", v | FIN | PL);
  add(stem, "ira", v | FIN);
  add(stem, "irait", v | FIN);
  add(stem, "i", v | PART);
  add(stem, "ie", v | PART);
  add(stem, "is", v | PART);
  add(stem, "issant", v | GER);
}

static void conj_re(const char *verb, long v) { /* rendre */
  char stem[96];
  snprintf(stem, sizeof stem, "%.*s", (int)(strlen(verb) - 2), verb);
  add(stem, "", v | FIN);
  add(stem, "ent", v | FIN | PL);
  add(stem, "ait", v | FIN);
  add(stem, "aient", v | FIN | PL);
  add(stem, "it", v | FIN);
  add(stem, "irent", v | FIN | PL);
  add(stem, "ra", v | FIN);
  add(stem, "rait", v | FIN);
  add(stem, "u", v | PART);
  add(stem, "ue", v | PART);
  add(stem, "ant", v | GER);
}

static void conjugate(const char *verb, long v) {
  add(verb, "", v | INF);
  const model *best = NULL;
  for (int i = 0; i < nmodels; i++)
    if (ends(verb, models[i].end) &&
        (!best || strlen(models[i].end) > strlen(best->end)))
      best = &models[i];
  if (best) {
    char stem[96];
    snprintf(stem, sizeof stem, "%.*s", (int)(strlen(verb) - strlen(best->end)),
             verb);
    for (int i = 0; i < best->n; i++)
      add(stem, best->w[i], v | best->kind[i]);
  } else if (ends(verb, "er"))
    conj_er(verb, v);
  else if (ends(verb, "ir"))
    conj_ir(verb, v);
  else if (ends(verb, "re"))
    conj_re(verb, v);
  else {
    fprintf(stderr, "gen_speech_verbs: cannot conjugate %s\n", verb);
    exit(1);
  }
}

static int by_form(const void *a, const void *b) {
  return strcmp(((const form *)a)->s, ((const form *)b)->s);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: gen_speech_verbs LEMMAS IRREGULAR\n");
    return 2;
  }
  read_models(argv[2]);
  FILE *f = fopen(argv[1], "r");
  char line[256];
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    if (!line[0] || line[0] == '#') continue;
    char *tab = strchr(line, '\t');
    long v = 0;
    if (tab) {
      *tab = 0;
      v = strtol(tab + 1, NULL, 0);
    }
    char *verb = line;
    /* Pronominal lemmas: the reflexive pronoun is matched by the caller. */
    if (!strncmp(verb, "se ", 3))
      verb += 3, v |= PRON;
    else if (!strncmp(verb, "s'", 2))
      verb += 2, v |= PRON;
    /* Multi-word lemmas (mettre en garde): the first word carries the
    ** inflection; the rest is left to the caller's phrase table. */
    char *sp = strchr(verb, ' ');
    if (sp) *sp = 0;
    conjugate(verb, v);
  }
  fclose(f);
  qsort(forms, nforms, sizeof *forms, by_form);
  for (size_t i = 0; i < nforms;) {
    long v = 0;
    size_t j = i;
    for (; j < nforms && !strcmp(forms[j].s, forms[i].s); j++)
      v |= forms[j].v;
    printf("%s\t%ld\n", forms[i].s, v);
    i = j;
  }
  return 0;
}
