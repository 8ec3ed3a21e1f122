#!/usr/bin/env python3
"""eval_boilerplate.py BUILD SHARED: how well corpus() removes boilerplate.

For each gold set with `boilerplate` regions (shared/gold/seeds over
shared/corpus/seeds, and tests/gold over corpus/), the characters of the
raw file that corpus() removed (its `boilerplate` column) are compared with
the gold regions: precision and recall over non-space characters (white
space between paragraphs is not a decision). Then dates and titles: the
dates the issue gives for the seeds, and for the Wikinews articles the
dateline ("22 mai 2012. -") and first line, read here independently with a
regular expression.
"""
import json
import os
import re
import subprocess
import sys

build, shared = sys.argv[1], sys.argv[2]
ext = os.path.join(build, "presse")
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def corpus(d):
    lit = d.replace("'", "''")
    p = subprocess.run(["sqlite3", "-json", ":memory:", ".load " + ext,
                        "SELECT path, title, date, author, boilerplate FROM corpus('%s')" % lit],
                       capture_output=True, text=True)
    if p.returncode:
        sys.exit("eval_boilerplate: " + p.stderr.strip())
    return {r["path"]: r for r in json.loads(p.stdout or "[]")}


def chars(doc, regions):
    return {i for a, b in regions for i in range(a, b) if not doc[i].isspace()}


def boilerplate(name, gdir, ddir):
    if not os.path.isdir(gdir) or not os.path.isdir(ddir):
        print("%-8s skipped (%s absent)" % (name, gdir))
        return
    rows = corpus(ddir)
    tp = npred = ngold = docs = 0
    for f in sorted(os.listdir(gdir)):
        if not f.endswith(".json"):
            continue
        g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        doc = open(os.path.join(ddir, g["doc"]), encoding="utf-8").read()
        gold = chars(doc, [(r["start"], r["end"]) for r in g["boilerplate"]])
        pred = chars(doc, json.loads(rows[g["doc"]]["boilerplate"]))
        tp += len(gold & pred)
        npred += len(pred)
        ngold += len(gold)
        docs += 1
        for i in sorted(pred - gold)[:1]:
            print("  %s: removed but article: %r" % (g["doc"], doc[i:i + 50]))
        for i in sorted(gold - pred)[:1]:
            print("  %s: kept but boilerplate: %r" % (g["doc"], doc[i:i + 50]))
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    print("%-8s boilerplate removal: P %.3f R %.3f over %d documents (%d gold chars)"
          % (name, p, r, docs, ngold))


def dates_titles():
    seeds = os.path.join(shared, "corpus", "seeds")
    want = {"001_740112bf64ae5c03.txt": "2021-11", "003_de028d2aca5e2199.txt": "2021-11-11",
            "004_214017a4d4061c86.txt": "2024-02-29"}
    if os.path.isdir(seeds):
        rows = corpus(seeds)
        ok = sum(rows[k]["date"] == v for k, v in want.items() if k in rows)
        for k, v in want.items():
            if k in rows and rows[k]["date"] != v:
                print("  %s: date %s, expected %s" % (k, rows[k]["date"], v))
        print("seeds    dates: %d/%d as the issue gives them" % (ok, len(want)))
    wn = os.path.join(shared, "data", "wikinews-fr-2012", "articles")
    if not os.path.isdir(wn):
        return
    rows = corpus(wn)
    dl = re.compile(r"^(1er|\d{1,2}) (%s) (\d{4})[.,]" % "|".join(MONTHS), re.M)
    n = dok = tok = nd = 0
    for path, r in rows.items():
        text = open(os.path.join(wn, path), encoding="utf-8").read()
        n += 1
        tok += r["title"] == text.split("\n", 1)[0].strip()
        m = dl.search(text)
        if m:
            nd += 1
            day = 1 if m.group(1) == "1er" else int(m.group(1))
            exp = "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(2)) + 1, day)
            dok += r["date"] == exp
            if r["date"] != exp:
                print("  %s: date %s, dateline says %s" % (path, r["date"], exp))
        elif r["date"]:
            print("  %s: date %s without a dateline" % (path, r["date"]))
    print("wikinews titles: %d/%d first line; dates: %d/%d datelines" % (tok, n, dok, nd))


boilerplate("seeds", os.path.join(shared, "gold", "seeds"), os.path.join(shared, "corpus", "seeds"))
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
boilerplate("corpus/", os.path.join(here, "tests", "gold"), os.path.join(here, "corpus"))
dates_titles()
