#!/usr/bin/env python3
"""evidence_rates.py: how often each kind of speaker evidence is right.

    python3 bench/evidence_rates.py EXT GOLD_DIR:DOCS_DIR [...]

Runs quotes() (EXT: the extension, e.g. build/presse) on every article of
each set, matches its direct quotes to the gold the way
../shared/tools/score.py does (overlap >= 80 % of the longer span, optional
gold spans dropped), and counts, per `evidence` value, the matched quotes
with a gold speaker and how many got it right (score.py's speaker_ok). The
last column is the confidence those counts support, (right + 1) / (n + 2)
rounded down to 0.05, the rule ext/core/quotes_evidence.c states for its
table. Counts are honest only on gold the rules were not tuned on: the
blind sets before they became development gold.
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "tools"))
import score  # noqa: E402

SQL = 'SELECT start, "end", text, kind, speaker, evidence FROM quotes(@DOC)'


def matched_direct(ext, gold, doc_path):
    """The pairs (prediction, gold quote) of one article's direct quotes
    that score.py matches (overlap >= 80 % of the longer span, optional gold
    spans and what overlaps them dropped), in the order of the predictions."""
    pred = score.run_sql(ext, doc_path, SQL)
    opt = [g for g in gold["quotes"] if g["kind"] == "direct" and g.get("optional")]
    G = [g for g in gold["quotes"] if g["kind"] == "direct" and not g.get("optional")]
    P = score.drop_optional([p for p in pred if p["kind"] == "direct"], opt)
    used = set()
    for p in P:
        for i, g in enumerate(G):
            if i in used:
                continue
            longer = max(p["end"] - p["start"], g["end"] - g["start"])
            if score.overlap(p, g) >= 0.8 * longer:
                used.add(i)
                yield p, g
                break


def count(ext, gold_dir, docs_dir, rows):
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, f), encoding="utf-8") as fh:
            gold = json.load(fh)
        for p, g in matched_direct(ext, gold, os.path.join(docs_dir, gold["doc"])):
            if g.get("speaker"):
                r = rows.setdefault(p["evidence"], [0, 0])
                r[0] += score.speaker_ok(p.get("speaker"), g["speaker"])
                r[1] += 1


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rows = {}
    for pair in sys.argv[2:]:
        gold_dir, docs_dir = pair.split(":", 1)
        count(sys.argv[1], gold_dir, docs_dir, rows)
    print("| evidence | right / n | rate | supports |")
    print("| --- | --- | --- | --- |")
    tot = [0, 0]
    for ev, (ok, n) in sorted(rows.items(), key=lambda kv: -kv[1][1]):
        conf = math.floor((ok + 1) / (n + 2) * 20 + 1e-9) / 20
        print("| %s | %d / %d | %.2f | %.2f |" % (ev, ok, n, ok / n, conf))
        tot[0] += ok
        tot[1] += n
    print("| all | %d / %d | %.3f | |" % (tot[0], tot[1], tot[0] / max(1, tot[1])))


if __name__ == "__main__":
    main()
