#!/usr/bin/env python3
"""speaker_classes.py: speaker accuracy by how a reader finds the speaker.

    python3 bench/speaker_classes.py EXT SET_DIR [...]
    SHOW=func python3 bench/speaker_classes.py EXT SET_DIR [...]

The gold sets written with a make_gold.py script may give each direct
quote a `v`: how a reader finds its speaker (name, pron for a pronoun, role
for a role noun standing for a named person, func for a person known only
by a function, inst for an institution or group, ctx for context alone).
For each set directory (its make_gold.py, NAME.json and NAME.txt) this runs
quotes() (EXT: the extension, e.g. build/presse), matches the direct quotes
to the gold as ../shared/tools/score.py does, and counts right / n per
class; `?` counts quotes whose script gives no v. With SHOW=CLASS (or
SHOW=all) it also lists the wrong ones: run that only on development sets,
never on a blind set. Where bench/evidence_rates.py says which rule of
presse was wrong, this says which kind of reading was asked for: a class
weak on new gold (func, inst) is where the rules do not generalise.
"""
import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "tools"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "gold"))
sys.path.insert(0, HERE)
import score  # noqa: E402
from evidence_rates import matched_direct  # noqa: E402


def classes_of(set_dir):
    """The v of each direct quote's text, per article, from make_gold.py."""
    spec = importlib.util.spec_from_file_location("make_gold", os.path.join(set_dir, "make_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = {}
    for name, (ents, quotes, *_rest) in mod.SPEC.items():
        vs = {}
        for q in quotes:
            if q.get("kind") == "direct" and q.get("text") is not None:
                vs.setdefault(" ".join(q["text"].split()), q.get("v") or "?")
        out[name] = vs
    return out


def count(ext, set_dir, rows, show):
    for name, vs in classes_of(set_dir).items():
        gold = json.load(open(os.path.join(set_dir, name + ".json"), encoding="utf-8"))
        for p, g in matched_direct(ext, gold, os.path.join(set_dir, gold["doc"])):
            if not g.get("speaker"):
                continue
            v = vs.get(" ".join(g["text"].split()), "?")
            ok = score.speaker_ok(p.get("speaker"), g["speaker"])
            rows[v][0] += ok
            rows[v][1] += 1
            if not ok and show in (v, "all"):
                print("  %s@%d [%s] got %r, gold %r" % (name, p["start"], p["evidence"],
                                                        p.get("speaker"), g["speaker"]))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rows = collections.defaultdict(lambda: [0, 0])
    for d in sys.argv[2:]:
        count(sys.argv[1], d, rows, os.environ.get("SHOW"))
    print("| class | right / n | rate |")
    print("| --- | --- | --- |")
    for v, (ok, n) in sorted(rows.items(), key=lambda x: -x[1][1]):
        print("| %s | %d / %d | %.2f |" % (v, ok, n, ok / n))
    ok, n = sum(r[0] for r in rows.values()), sum(r[1] for r in rows.values())
    print("| all | %d / %d | %.3f |" % (ok, n, ok / n if n else 0.0))


if __name__ == "__main__":
    main()
