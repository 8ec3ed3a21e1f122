#!/usr/bin/env python3
"""annotate.py: turn a hand-written annotation of a shared Wikinews article
into the project's gold file, offsets only.

    python3 tests/gold/wikinews/annotate.py SPEC.json [SPEC.json ...]

Why offsets only: the articles live in ../shared and their text must not be
committed here. A gold file keeps spans, types, canonical names, speakers and
cues; materialize.py fills in the text from ../shared when scoring.

A SPEC is JSON written by the annotator (kept outside the repository, since
it quotes the article):

  {"doc": "44527", "set": "wikinews",      (or "seeds", "heldout", "heldout2", "wikinews2")
   "entities": [["Barack Obama", "PER"],
                ["Obama", "PER", "Barack Obama"],
                ["Paris", "LOC", null, {"skip": [2]}],
                ["Marine", "ORG", null, {"optional": true}]],
   "quotes": [["direct", "exact quoted words", "Barack Obama", "a déclaré"],
              ["indirect", "the reported clause", "Barack Obama", "a indiqué",
               {"nth": 1, "optional": true}]],
   "boilerplate": [["first words", "last words"]]}

Entities: every whole-word occurrence of each name is annotated, longest
names first, never overlapping a longer one; "skip" drops occurrences by
index (0-based, in text order, among those not inside a longer name) and
"only" keeps just the listed ones. Quotes: the exact text, found at its
first occurrence ("nth" picks a later one). Offsets are code points.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "shared")
# "set" in a SPEC: where its article is, and which gold folder it goes to.
SETS = {"wikinews": ("data/wikinews-fr-2012/articles", HERE),
        "seeds": ("corpus/seeds", os.path.join(HERE, "..", "seeds")),
        # Wikinews articles kept apart: annotated after the rules were
        # written, never used to tune them, scored on their own.
        "heldout": ("data/wikinews-fr-2012/articles", os.path.join(HERE, "..", "heldout")),
        # A second held-out set, annotated blind (see tests/gold/heldout2/README.md).
        "heldout2": ("data/wikinews-fr-2012/articles", os.path.join(HERE, "..", "heldout2")),
        # The other half of that blind set, made development gold (make eval).
        "wikinews2": ("data/wikinews-fr-2012/articles", os.path.join(HERE, "..", "wikinews2"))}


def flags_of(spec, n):
    return spec[n] if len(spec) > n and isinstance(spec[n], dict) else {}


def annotate(spec, doc):
    bp = []
    for first, last in spec.get("boilerplate", []):
        s = doc.index(first)
        e = doc.index(last, s) + len(last)
        bp.append({"start": s, "end": e})
    taken, ents = [], []
    for e in sorted(spec.get("entities", []), key=lambda x: -len(x[0])):
        text, typ = e[0], e[1]
        canon = e[2] if len(e) > 2 and isinstance(e[2], str) else text
        fl = flags_of(e, len(e) - 1)
        hits = []
        for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc):
            s, t = m.span()
            if not any(s < b and a < t for a, b in taken):
                hits.append((s, t))
        if not hits:
            sys.exit("%s: entity %r not found" % (spec["doc"], text))
        keep = [h for i, h in enumerate(hits)
                if i not in fl.get("skip", []) and ("only" not in fl or i in fl["only"])]
        for s, t in keep:
            taken.append((s, t))
            ents.append({"start": s, "end": t, "type": typ, "canonical": canon,
                         "boilerplate": any(r["start"] <= s and t <= r["end"] for r in bp),
                         "optional": bool(fl.get("optional"))})
    quotes = []
    for q in spec.get("quotes", []):
        kind, text, speaker, cue = q[:4]
        fl = flags_of(q, len(q) - 1)
        s = -1
        for _ in range(fl.get("nth", 0) + 1):
            s = doc.find(text, s + 1)
        if s < 0:
            sys.exit("%s: quote %r not found" % (spec["doc"], text))
        quotes.append({"start": s, "end": s + len(text), "kind": kind, "speaker": speaker,
                       "cue": cue, "optional": bool(fl.get("optional"))})
    ents.sort(key=lambda x: x["start"])
    quotes.sort(key=lambda x: (x["start"], x["kind"]))
    return {"doc": spec["doc"] + ".txt",
            "sha1": hashlib.sha1(doc.encode("utf-8")).hexdigest(),
            "entities": ents, "quotes": quotes, "boilerplate": bp}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
        spec["doc"] = str(spec["doc"]).removesuffix(".txt")
        src, dst = SETS[spec.get("set", "wikinews")]
        with open(os.path.join(SHARED, src, spec["doc"] + ".txt"), encoding="utf-8") as f:
            doc = f.read()
        gold = annotate(spec, doc)
        os.makedirs(dst, exist_ok=True)
        with open(os.path.join(dst, spec["doc"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("%s: %d entities, %d quotes" % (spec["doc"], len(gold["entities"]), len(gold["quotes"])))


if __name__ == "__main__":
    main()
