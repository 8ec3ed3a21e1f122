/*
** entities.c: presse_entities_extract(), the named-entity pipeline over
** the segmenter's tokens: candidates (ent_cand.c), classification
** (ent_class.c), document consistency (ent_doc.c). Memory is proportional
** to the number of tokens; the lexicons are const tables.
*/
#include <string.h>

#include "ent_int.h"

const char *presse_ent_type_name(int type) {
  switch (type) {
  case PRESSE_PER:
    return "PER";
  case PRESSE_LOC:
    return "LOC";
  case PRESSE_ORG:
    return "ORG";
  case PRESSE_MISC:
    return "MISC";
  default:
    return "?";
  }
}

int presse_entity_evidence(const presse_entity *e, presse_buf *out) {
  char buf[1024];
  size_t n = ent_evidence_text(ent_feat_join(e->evidence, e->evidence_hi),
                               e->type, buf, sizeof buf);
  return presse_buf_append(out, buf, n);
}

void presse_entities_free(presse_entities *e) {
  if (!e) return;
  const presse_mem *m = e->mem ? e->mem : &presse_mem_libc;
  if (e->ent) m->xFree(m->ctx, e->ent);
  e->ent = NULL;
  e->n = e->cap = 0;
}

int presse_entities_extract(const char *text, size_t n,
                            const presse_tokens *toks, presse_entities *out) {
  const presse_mem *mem = out->mem ? out->mem : &presse_mem_libc;
  out->n = 0;
  if (!toks || !toks->n) return PRESSE_OK;
  if (n > UINT32_MAX) return PRESSE_ETOOBIG;
  ent_ctx c;
  memset(&c, 0, sizeof c);
  c.text = text;
  c.n = n;
  c.tok = toks->tok;
  c.ntok = toks->n;
  c.mem = mem;
  c.info = mem->xRealloc(mem->ctx, NULL, toks->n * sizeof *c.info);
  if (!c.info) return PRESSE_ENOMEM;
  memset(c.info, 0, toks->n * sizeof *c.info);
  int rc = ent_candidates(&c);
  if (!rc) {
    ent_classify(&c);
    rc = ent_consistency(&c);
    if (!rc) ent_title_articles(&c);
  }
  size_t keep = 0;
  for (size_t i = 0; !rc && i < c.nsp; i++)
    keep += c.sp[i].type != 0;
  if (!rc && keep > out->cap) {
    presse_entity *p = mem->xRealloc(mem->ctx, out->ent, keep * sizeof *p);
    if (!p)
      rc = PRESSE_ENOMEM;
    else
      out->ent = p, out->cap = keep;
  }
  for (size_t i = 0; !rc && i < c.nsp; i++) {
    const ent_span *s = &c.sp[i];
    if (!s->type) continue;
    presse_entity *e = &out->ent[out->n++];
    e->b0 = s->b0;
    e->b1 = s->b1;
    e->c0 = s->c0;
    e->c1 = s->c1;
    e->cb0 = c.sp[s->canon].b0;
    e->cb1 = c.sp[s->canon].b1;
    e->type = s->type;
    e->evidence = (uint64_t)s->feat;
    e->evidence_hi = ent_feat_hi(s->feat);
  }
  if (rc) out->n = 0;
  mem->xFree(mem->ctx, c.info);
  if (c.sp) mem->xFree(mem->ctx, c.sp);
  return rc;
}
