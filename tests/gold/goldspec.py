"""goldspec.py: annotations written as strings, turned into score.py's gold.

The sets written for the project (tests/gold/written*, tests/gold/heldout6
and later) keep their annotations as Python strings in a make_gold script,
one SPEC entry per article: SPEC[NAME] = ([E(...), Q(...), ...],
[(first words, last words) of each boilerplate block]). main(SPEC, HERE)
finds the code-point offsets, so that text == doc[start:end] holds by
construction, writes HERE/NAME.json, and checks the result the way
../shared/tools/score.py reads it (gold scored against itself must give 1.0
everywhere). It never runs presse.

Matching: a space in an annotation string matches any space the article uses
(U+0020, U+00A0, U+202F), and ' matches ' or U+2019, since some articles carry
typographic spaces and apostrophes as scraped pages do.
Entities: every whole-word occurrence of a name is annotated, longest names
first, never overlapping a longer one; `only` keeps some occurrences (0-based,
in text order) when one string has two readings. Quotes: the string must occur
once, or `nth` says which occurrence. Boilerplate: (first words, last words).

Options of a make_gold script: --check (check only, write nothing), --show
(print every annotation in context).
"""
import argparse
import json
import os
import re
import sys

SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools")
TYPES = {"PER", "LOC", "ORG", "MISC"}
MARKS = "«»“”\"‹›„"
D, I = "direct", "indirect"


def E(text, typ, canon=None, opt=False, only=None):
    """An entity: every whole-word occurrence of text (or those in only)."""
    return dict(text=text, type=typ, canon=canon or text, opt=opt, only=only)


def Q(kind, text, speaker, cue, opt=False, nth=None, v=None):
    """A quote: the one occurrence of text (or the nth). v says how a reader
    finds the speaker (name, pronoun, role, ...), for the set's statistics;
    a set that gives it for one quote must give it for every scored direct
    quote with a speaker."""
    return dict(kind=kind, text=text, speaker=speaker, cue=cue, opt=opt, nth=nth, v=v)


def pattern(text):
    """Regex for an annotation string: any space the article uses, either apostrophe."""
    out = []
    for c in text:
        if c == " ":
            out.append("[ \u00a0\u202f]")
        elif c in "'\u2019":
            out.append("['\u2019]")
        else:
            out.append(re.escape(c))
    return "".join(out)


def annotate(name, doc, spec, via=None):
    """The gold of one article: its spec (entities, quotes, boilerplate) given offsets."""
    ents, quotes, bps = spec[name]
    bp = []
    for first, last in bps:
        m = re.search(pattern(first), doc)
        if not m:
            sys.exit("%s: boilerplate start %r not found" % (name, first))
        m2 = re.compile(pattern(last)).search(doc, m.start())
        if not m2:
            sys.exit("%s: boilerplate end %r not found" % (name, last))
        bp.append({"start": m.start(), "end": m2.end()})
    taken = []
    out_e = []
    texts = sorted({e["text"] for e in ents}, key=lambda t: -len(t))
    for text in texts:
        specs = [e for e in ents if e["text"] == text]
        hits = []
        for m in re.finditer(r"(?<!\w)" + pattern(text) + r"(?!\w)", doc):
            s, e = m.span()
            if not any(s < b and a < e for a, b in taken):
                hits.append((s, e))
        if not hits:
            sys.exit("%s: entity %r not found" % (name, text))
        claimed = set()
        for spec in specs:
            idx = range(len(hits)) if spec["only"] is None else spec["only"]
            for i in idx:
                if i >= len(hits) or i in claimed:
                    sys.exit("%s: entity %r occurrence %d missing or claimed twice" % (name, text, i))
                claimed.add(i)
                s, e = hits[i]
                out_e.append({"start": s, "end": e, "text": doc[s:e], "type": spec["type"],
                              "canonical": spec["canon"],
                              "boilerplate": any(r["start"] <= s and e <= r["end"] for r in bp),
                              "optional": spec["opt"]})
        if len(claimed) != len(hits):
            sys.exit("%s: entity %r has unclaimed occurrences" % (name, text))
        taken += hits
    out_e.sort(key=lambda x: x["start"])
    out_q = []
    for spec in quotes:
        hits = [m.span() for m in re.finditer(pattern(spec["text"]), doc)]
        if not hits:
            sys.exit("%s: quote %r not found" % (name, spec["text"]))
        if spec["nth"] is None and len(hits) > 1:
            sys.exit("%s: quote %r occurs %d times, say which (nth)" % (name, spec["text"], len(hits)))
        s, e = hits[spec["nth"] or 0]
        out_q.append({"start": s, "end": e, "text": doc[s:e], "kind": spec["kind"],
                      "speaker": spec["speaker"], "cue": spec["cue"], "optional": spec["opt"]})
        if via is not None and spec["kind"] == D and not spec["opt"]:
            if (spec["v"] is None) != (spec["speaker"] is None):
                sys.exit("%s: speaker kind %r for %r" % (name, spec["v"], spec["text"][:40]))
            via[spec["v"]] = via.get(spec["v"], 0) + 1
    out_q.sort(key=lambda x: (x["start"], x["kind"]))
    return {"doc": name + ".txt", "entities": out_e, "quotes": out_q, "boilerplate": bp}


def check(name, doc, gold):
    """The checks score.py relies on, and the conventions of ANNOTATION.md."""
    errs = []
    assert gold["doc"] == name + ".txt"
    prev_end = -1
    for x in gold["entities"]:
        if doc[x["start"]:x["end"]] != x["text"]:
            errs.append("entity offsets %r" % x)
        if x["type"] not in TYPES:
            errs.append("entity type %r" % x)
        if x["start"] < prev_end:
            errs.append("entities overlap at %r" % x)
        prev_end = x["end"]
        if not isinstance(x["canonical"], str) or not x["canonical"]:
            errs.append("canonical %r" % x)
        # case-blind: a match sheet writes "Van der Merwe" for "Pieter van der Merwe"
        if x["type"] == "PER" and x["text"].lower().replace("\u2019", "'") not in x["canonical"].lower().replace("\u2019", "'"):
            errs.append("PER canonical does not contain the mention %r" % x)
    for q in gold["quotes"]:
        t = doc[q["start"]:q["end"]]
        if t != q["text"]:
            errs.append("quote offsets %r" % q)
        if q["kind"] not in ("direct", "indirect"):
            errs.append("quote kind %r" % q)
        if t != t.strip() or (q["kind"] == "direct" and (t[0] in MARKS or t[-1] in MARKS)):
            errs.append("quote span has spaces or marks at its edge %r" % t[:40])
        if q["kind"] == "direct":
            before = doc[:q["start"]].rstrip(" \u00a0\u202f")
            if not before or before[-1] not in MARKS:
                errs.append("direct quote not after a quotation mark %r" % t[:40])
        if q["speaker"] is not None and not q["speaker"]:
            errs.append("empty speaker %r" % q)
    # score.py drops every prediction that overlaps an optional gold span of the
    # same kind, so a scored quote overlapping an optional one could never match.
    for kind in ("direct", "indirect"):
        opt = [q for q in gold["quotes"] if q["kind"] == kind and q["optional"]]
        for q in gold["quotes"]:
            if q["kind"] == kind and not q["optional"]:
                for o in opt:
                    if q["start"] < o["end"] and o["start"] < q["end"]:
                        errs.append("scored quote overlaps an optional one %r" % q["text"][:40])
    for r in gold["boilerplate"]:
        if not 0 <= r["start"] < r["end"] <= len(doc):
            errs.append("boilerplate %r" % r)
    for e in errs:
        print("%s: %s" % (name, e))
    return not errs


def self_score(golds):
    """Score the gold against itself with score.py's own functions: all must be 1.0."""
    sys.path.insert(0, os.path.abspath(SCORE))
    import score
    acc = {k: 0 for k in (
        "ent_tp ent_pred ent_gold ent_lenient_tp canon_n canon_ok direct_tp direct_pred "
        "direct_gold indirect_tp indirect_pred indirect_gold spk_n spk_ok").split()}
    for g in golds:
        pe = [x for x in g["entities"] if not x["optional"]]
        pq = [x for x in g["quotes"] if not x["optional"]]
        score.score_entities(g["entities"], pe, acc, False, g["doc"])
        score.score_quotes(g["quotes"], pq, acc, False, g["doc"])
    ok = (acc["ent_tp"] == acc["ent_pred"] == acc["ent_gold"] == acc["ent_lenient_tp"]
          and acc["canon_ok"] == acc["canon_n"]
          and acc["direct_tp"] == acc["direct_pred"] == acc["direct_gold"]
          and acc["indirect_tp"] == acc["indirect_pred"] == acc["indirect_gold"]
          and acc["spk_ok"] == acc["spk_n"])
    print("self-score with score.py: %s %s" % ("OK" if ok else "FAILED", acc))
    return ok


def show(name, doc, gold):
    print("=" * 20, name)
    for x in gold["entities"]:
        ctx = doc[max(0, x["start"] - 25):x["start"]] + "[" + x["text"] + "]" + doc[x["end"]:x["end"] + 15]
        print("E %-4s %s%s %-30s %s" % (x["type"], "o" if x["optional"] else " ",
                                      "b" if x["boilerplate"] else " ", x["canonical"][:30],
                                      ctx.replace("\n", "/")))
    for q in gold["quotes"]:
        print("Q %-8s %s %-28s %-18s %s" % (q["kind"], "o" if q["optional"] else " ",
                                           q["speaker"], q["cue"], q["text"][:70].replace("\n", "/")))
    for r in gold["boilerplate"]:
        print("B %r" % doc[r["start"]:r["end"]][:80])


def main(spec, here):
    """Write (or with --check only check) here/NAME.json for every article of spec."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    golds, ok = [], True
    via = {} if any(q["v"] for _, quotes, _ in spec.values() for q in quotes) else None
    totals = dict(docs=0, chars=0, ent=0, ent_opt=0, direct=0, direct_opt=0, indirect=0,
                  indirect_opt=0)
    for name in sorted(spec):
        with open(os.path.join(here, name + ".txt"), encoding="utf-8") as f:
            doc = f.read()
        gold = annotate(name, doc, spec, via)
        ok &= check(name, doc, gold)
        golds.append(gold)
        if a.show:
            show(name, doc, gold)
        totals["docs"] += 1
        totals["chars"] += len(doc)
        for x in gold["entities"]:
            totals["ent_opt" if x["optional"] else "ent"] += 1
        for q in gold["quotes"]:
            totals[q["kind"] + ("_opt" if q["optional"] else "")] += 1
        if not a.check:
            with open(os.path.join(here, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
    ok &= self_score(golds)
    types = {}
    for g in golds:
        for x in g["entities"]:
            if not x["optional"]:
                types[x["type"]] = types.get(x["type"], 0) + 1
    print("scored entities by type:", dict(sorted(types.items())))
    if via is not None:
        print("speakers of scored direct quotes by kind:",
              {str(k): n for k, n in sorted(via.items(), key=lambda kv: str(kv[0]))})
    print("%(docs)d documents, %(chars)d characters; entities %(ent)d (+%(ent_opt)d optional), "
          "direct quotes %(direct)d (+%(direct_opt)d optional), indirect quotes %(indirect)d "
          "(+%(indirect_opt)d optional)" % totals)
    sys.exit(0 if ok else 1)

