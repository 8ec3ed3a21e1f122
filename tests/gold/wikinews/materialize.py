#!/usr/bin/env python3
"""materialize.py: write the team's Wikinews gold with its text filled in.

    python3 tests/gold/wikinews/materialize.py SHARED OUTDIR [SET]

SET is wikinews (tests/gold/wikinews, the default), seeds (tests/gold/seeds),
heldout (tests/gold/heldout: Wikinews articles never used to tune rules) or
heldout2 (tests/gold/heldout2: a second such set, annotated blind; not for
tuning, not in `make eval`) or wikinews2 (tests/gold/wikinews2: the other
half of that blind annotation, made development gold and scored by
`make eval`).

The gold files here hold offsets only (the article text stays in SHARED);
score.py wants the ANNOTATION.md format, with "text" on every span. Exits 1
when an article has changed since it was annotated (sha1 differs), 0 with a
message when SHARED has no articles.
"""
import glob
import hashlib
import json
import os
import sys


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    shared, out = sys.argv[1], sys.argv[2]
    which = sys.argv[3] if len(sys.argv) == 4 else "wikinews"
    here = os.path.dirname(os.path.abspath(__file__))
    src, here = {"wikinews": ("data/wikinews-fr-2012/articles", here),
                 "seeds": ("corpus/seeds", os.path.join(here, "..", "seeds")),
                 "heldout": ("data/wikinews-fr-2012/articles",
                             os.path.join(here, "..", "heldout")),
                 "heldout2": ("data/wikinews-fr-2012/articles",
                              os.path.join(here, "..", "heldout2")),
                 "wikinews2": ("data/wikinews-fr-2012/articles",
                               os.path.join(here, "..", "wikinews2"))}[which]
    arts = os.path.join(shared, src)
    if not os.path.isdir(arts):
        print("materialize: %s not found, skipped" % arts)
        return 0
    os.makedirs(out, exist_ok=True)
    n = 0
    for path in sorted(glob.glob(os.path.join(here, "*.json"))):
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        with open(os.path.join(arts, gold["doc"]), encoding="utf-8") as f:
            doc = f.read()
        if hashlib.sha1(doc.encode("utf-8")).hexdigest() != gold.pop("sha1"):
            sys.stderr.write("materialize: %s changed since it was annotated\n" % gold["doc"])
            return 1
        for x in gold["entities"] + gold["quotes"]:
            x["text"] = doc[x["start"]:x["end"]]
        with open(os.path.join(out, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        n += 1
    print("materialize: %d gold files in %s" % (n, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
