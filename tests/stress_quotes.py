#!/usr/bin/env python3
"""Score quotes() on the stress set of reported speech (issue 12).

Usage: stress_quotes.py [--ext build/presse] [--set tests/stress/quotes_stress.txt]
                        [--verbose] [--check]

The set (format in its header) holds invented paragraphs with the rows a
reader expects. Prints direct F1, speaker accuracy and indirect F1 matched
as ../shared/tools/score.py matches gold (direct: 80 % overlap of the
longer span; indirect: any overlap; speaker: case- and accent-folded, a
surname counts), and the speaker accuracy of matched indirect quotes.
--check asserts each case not marked [open] gives exactly its rows (kind,
text, folded speaker, in text order) and each [open] case does not; last
line "quotes-stress: N passed, N failed". The sqlite3 shell runs the
extension, so any Python 3 will do.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("-", " ")
    return " ".join(s.casefold().split())


def parse(path):
    cases, cur, mode = [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("== "):
                name = line[3:]
                cur = {"name": name, "open": name.startswith("[open]"),
                       "text": [], "rows": []}
                cases.append(cur)
                mode = "text"
            elif cur is None:
                continue
            elif mode == "text" and line == "--":
                mode = "rows"
            elif mode == "text":
                cur["text"].append(line)
            elif mode == "rows" and line.strip():
                kind, text, speaker = line.split("|")
                cur["rows"].append({"kind": kind, "text": text,
                                    "speaker": speaker or None})
    for c in cases:
        c["doc"] = "\n".join(c["text"]).strip("\n")
        pos = {}
        for r in c["rows"]:  # locate each expected span (n-th occurrence)
            start = c["doc"].find(r["text"], pos.get(r["text"], 0))
            if start < 0:
                sys.exit("stress: %r not in case %r" % (r["text"], c["name"]))
            pos[r["text"]] = start + 1
            r["start"], r["end"] = start, start + len(r["text"])
    return cases


def run(ext, cases):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False,
                                     encoding="utf-8") as f:
        json.dump([c["doc"] for c in cases], f, ensure_ascii=False)
        path = f.name
    sql = ("SELECT CAST(j.key AS INTEGER) AS c, q.start, q.\"end\", q.text, "
           "q.kind, q.speaker FROM json_each(CAST(readfile('%s') AS TEXT)) j, "
           "quotes(j.value) q ORDER BY 1, q.id" % path.replace("'", "''"))
    p = subprocess.run(["sqlite3", "-json", ":memory:", ".load " + ext, sql],
                       capture_output=True, text=True)
    os.unlink(path)
    if p.returncode != 0:
        sys.exit("stress: query failed: %s" % p.stderr.strip())
    out = json.loads(p.stdout) if p.stdout.strip() else []
    for c in cases:
        c["got"] = []
    for r in out:
        cases[r["c"]]["got"].append(r)


def overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def speaker_ok(pred, gold):
    p, g = fold(pred), fold(gold)
    return bool(p) and (p == g or p == g.split()[-1])


def score(cases, verbose):
    acc = dict.fromkeys(("direct_tp", "direct_pred", "direct_gold",
                         "indirect_tp", "indirect_pred", "indirect_gold",
                         "spk_n", "spk_ok", "ispk_n", "ispk_ok"), 0)
    for c in cases:
        for kind in ("direct", "indirect"):
            G = [g for g in c["rows"] if g["kind"] == kind]
            P = [p for p in c["got"] if p["kind"] == kind]
            used = set()
            for p in P:
                for i, g in enumerate(G):
                    if i in used:
                        continue
                    ov = overlap(p, g)
                    longer = max(p["end"] - p["start"], g["end"] - g["start"])
                    if (kind == "direct" and ov >= 0.8 * longer) or \
                       (kind == "indirect" and ov > 0):
                        used.add(i)
                        acc[kind + "_tp"] += 1
                        if g["speaker"]:
                            k = "spk" if kind == "direct" else "ispk"
                            ok = speaker_ok(p["speaker"], g["speaker"])
                            acc[k + "_n"] += 1
                            acc[k + "_ok"] += ok
                            if verbose and not ok:
                                print("  %s: %s speaker %r, expected %r" % (
                                    c["name"], kind, p["speaker"], g["speaker"]))
                        break
                else:
                    if verbose:
                        print("  %s: spurious %s %r" % (c["name"], kind, p["text"]))
            acc[kind + "_pred"] += len(P)
            acc[kind + "_gold"] += len(G)
            if verbose:
                for i, g in enumerate(G):
                    if i not in used:
                        print("  %s: missed %s %r" % (c["name"], kind, g["text"]))
    return acc


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def exact(c):
    want = [(r["kind"], r["text"], fold(r["speaker"])) for r in c["rows"]]
    got = [(r["kind"], r["text"], fold(r["speaker"])) for r in c["got"]]
    return want == got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", default="build/presse")
    ap.add_argument("--set", default=os.path.join(HERE, "stress", "quotes_stress.txt"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    cases = parse(a.set)
    run(a.ext, cases)
    acc = score(cases, a.verbose)
    ok = sum(exact(c) for c in cases)
    print("cases %d, exactly right %d" % (len(cases), ok))
    for kind in ("direct", "indirect"):
        p, r, f = prf(acc[kind + "_tp"], acc[kind + "_pred"], acc[kind + "_gold"])
        print("%-8s quotes P %.3f R %.3f F1 %.3f  (%d expected)" % (
            kind, p, r, f, acc[kind + "_gold"]))
    print("speaker accuracy %.3f  (%d direct)" % (
        acc["spk_ok"] / acc["spk_n"] if acc["spk_n"] else 0.0, acc["spk_n"]))
    print("indirect speaker accuracy %.3f  (%d)" % (
        acc["ispk_ok"] / acc["ispk_n"] if acc["ispk_n"] else 0.0, acc["ispk_n"]))
    if not a.check:
        return 0
    npass = nfail = 0
    for c in cases:
        right = exact(c)
        if right != c["open"]:
            npass += 1
            continue
        nfail += 1
        if c["open"]:
            print("FAIL %s: now right, remove [open]" % c["name"])
        else:
            print("FAIL %s" % c["name"])
            for r in c["rows"]:
                print("    want %s|%s|%s" % (r["kind"], r["text"], r["speaker"] or ""))
            for r in c["got"]:
                print("    got  %s|%s|%s" % (r["kind"], r["text"], r["speaker"] or ""))
    print("quotes-stress: %d passed, %d failed" % (npass, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
