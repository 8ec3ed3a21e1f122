#!/usr/bin/env python3
"""speaker_shapes.py: the SHAPE of each wrong speaker, per reading.

    python3 bench/speaker_shapes.py EXT SET_DIR [...]

For each set directory written with a make_gold.py (its `v=` readings:
name, pron, role, func, inst, ctx), runs quotes() (EXT, e.g.
build/presse), matches direct quotes as ../shared/tools/score.py does and
counts, per reading, the right speakers and the wrong ones by shape:
`none` (no speaker given), `det` (only a determiner differs), `short` (ours
is part of the gold's: a function without the complement the gold gives),
`long` (the gold's is part of ours), `overlap` (they share words), `other`
(someone else). It prints counts only, no text, so it may be run on blind
sets: a shape that grows there says which kind of rule does not generalise.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "tools"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gold"))
sys.path.insert(0, HERE)
import score
from evidence_rates import matched_direct
from speaker_classes import classes_of
DET = ("le ", "la ", "l'", "les ", "un ", "une ", "des ", "du ")
def strip(s):
    for d in DET:
        if s.startswith(d): return s[len(d):]
    return s
ext = sys.argv[1]
tab = collections.defaultdict(collections.Counter)
for sd in sys.argv[2:]:
    for name, vs in classes_of(sd).items():
        gold = json.load(open(os.path.join(sd, name + ".json"), encoding="utf-8"))
        for p, g in matched_direct(ext, gold, os.path.join(sd, gold["doc"])):
            if not g.get("speaker"): continue
            v = vs.get(" ".join(g["text"].split()), "?")
            if score.speaker_ok(p.get("speaker"), g["speaker"]): tab[v]["ok"] += 1; continue
            P, G = score.fold(p.get("speaker") or ""), score.fold(g["speaker"])
            if not P: k = "none"
            elif strip(P) == strip(G): k = "det"
            elif strip(P) in G: k = "short"
            elif strip(G) in P: k = "long"
            elif set(strip(P).split()) & set(strip(G).split()): k = "overlap"
            else: k = "other"
            tab[v][k] += 1
ks = ["ok", "none", "det", "short", "long", "overlap", "other"]
print("class " + " ".join("%7s" % k for k in ks))
tot = collections.Counter()
for v, c in sorted(tab.items()):
    print("%-5s " % v + " ".join("%7d" % c[k] for k in ks)); tot.update(c)
print("all   " + " ".join("%7d" % tot[k] for k in ks))
