#!/usr/bin/env python3
"""entity_shapes.py: the SHAPE of each entity error, by gold type.

    python3 bench/entity_shapes.py EXT SET_DIR [...]

Runs entities() (EXT, e.g. build/presse) on every article of each gold set
(NAME.json beside its text), drops optional gold spans and what overlaps
them as ../shared/tools/score.py does, and counts: `ok T` (exact), `type
G->P` (same span, other type), `span T (same type|other type)` (an
overlapping prediction with other bounds), `missed T` (nothing overlaps)
and `spurious T` (a prediction overlapping no gold span). Counts only, no
text: it may be run on blind sets.
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "tools"))
import score
SQL = 'SELECT start, "end", type, text, canonical FROM entities(@DOC)'
ext = sys.argv[1]
tab = collections.Counter()
for sd in sys.argv[2:]:
    for jf in sorted(glob.glob(os.path.join(sd, "*.json"))):
        gold = json.load(open(jf, encoding="utf-8"))
        if "entities" not in gold: continue
        pred = score.run_sql(ext, os.path.join(sd, gold["doc"]), SQL)
        opt = [g for g in gold["entities"] if g.get("optional")]
        G = [g for g in gold["entities"] if not g.get("optional")]
        P = score.drop_optional(pred, opt)
        ex = {(p["start"], p["end"], p["type"]) for p in P}
        gk = {(g["start"], g["end"], g["type"]) for g in G}
        sp = {(p["start"], p["end"]): p for p in P}
        for g in G:
            if (g["start"], g["end"], g["type"]) in ex: tab["ok " + g["type"]] += 1; continue
            if (g["start"], g["end"]) in sp: tab["type %s->%s" % (g["type"], sp[(g["start"], g["end"])]["type"])] += 1; continue
            ov = [p for p in P if p["start"] < g["end"] and g["start"] < p["end"]]
            if ov: tab["span %s (%s)" % (g["type"], "same type" if any(p["type"] == g["type"] for p in ov) else "other type")] += 1
            else: tab["missed " + g["type"]] += 1
        for p in P:
            if (p["start"], p["end"], p["type"]) in gk: continue
            ov = [g for g in G if p["start"] < g["end"] and g["start"] < p["end"]]
            if not ov: tab["spurious " + p["type"]] += 1
for k, v in sorted(tab.items(), key=lambda kv: (-kv[1])): print("%5d %s" % (v, k))
