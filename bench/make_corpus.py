#!/usr/bin/env python3
"""make_corpus.py SHARED OUT N: write N synthetic articles under OUT.

Each article recombines paragraphs of the shared real articles (Wikinews
and seeds): a title line, a dateline with a random 2012-2024 date, then 4
to 10 paragraphs drawn at random, and sometimes a "Lire aussi" line or an
"AUTRES INFOS" footer, so corpus() has boilerplate to remove. Files go 1000
per subdirectory. Deterministic (fixed seed). Nothing is written into the
repository: OUT is under build/.
"""
import glob
import os
import random
import sys

shared, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
paras, titles = [], []
for f in sorted(glob.glob(os.path.join(shared, "data", "wikinews-fr-2012", "articles", "*.txt")) +
                glob.glob(os.path.join(shared, "corpus", "seeds", "*.txt"))):
    parts = [p.strip() for p in open(f, encoding="utf-8").read().split("\n\n") if p.strip()]
    titles.append(parts[0].split("\n")[0])
    paras += [p for p in parts[1:] if len(p) > 80]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
rnd = random.Random(42)
total = 0
for i in range(n):
    d = os.path.join(out, "%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    body = rnd.sample(paras, rnd.randint(4, 10))
    if rnd.random() < 0.3:
        body.insert(2, "Lire aussi : " + rnd.choice(titles))
    text = "%s\n\n%d %s %d. - %s\n\n%s\n" % (
        rnd.choice(titles), rnd.randint(1, 28), rnd.choice(MONTHS), rnd.randint(2012, 2024),
        body[0], "\n\n".join(body[1:]))
    if rnd.random() < 0.3:
        text += "\nAUTRES INFOS\n\n" + "\n".join(rnd.sample(titles, 5)) + "\n"
    with open(os.path.join(d, "%06d.txt" % i), "w", encoding="utf-8") as f:
        f.write(text)
    total += len(text.encode())
print("%d articles, %.0f MB" % (n, total / 1e6))
