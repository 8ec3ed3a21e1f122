#!/usr/bin/env python3
"""make_zipf_db.py NEWS_DB OUT_DB [MIB]: rows of text with a large vocabulary.

The bench rows repeat 93 articles, so after the first copy every word of
them is in the `french` tokenizer's cache. This writes MIB (default 20) of
synthetic French text whose vocabulary grows as a real corpus's does: words
drawn with Zipf's law (s = 1) over the words of the bench articles ranked by
frequency, followed by the forms of /usr/share/dict/french (wfrench) in a
fixed random order, 347,000 forms in all; sentences of 6 to 25 words,
paragraphs of 2 to 5 sentences, documents of 3 to 8 paragraphs, in a table
docs(id, body) as bench/make_data.sh makes, so that
`bench/bench_search.sh build OUT_DB` measures the tokenizer where stemming
counts. Deterministic (fixed seed). OUT_DB belongs under build/.
"""
import bisect
import collections
import itertools
import os
import random
import re
import sqlite3
import sys

news, out = sys.argv[1], sys.argv[2]
mib = float(sys.argv[3]) if len(sys.argv) > 3 else 20
rnd = random.Random(7)
src = sqlite3.connect(news)
counts = collections.Counter()
for (body,) in src.execute("SELECT DISTINCT body FROM docs"):
    counts.update(re.findall(r"[^\W\d_]+", body))
vocab = [w for w, _ in counts.most_common()]
seen = set(vocab)
with open("/usr/share/dict/french", encoding="utf-8") as f:
    extra = sorted({w.strip() for w in f if w.strip()} - seen)
rnd.shuffle(extra)
vocab += extra
cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(vocab))))


def word():
    return vocab[bisect.bisect_left(cum, rnd.random() * cum[-1])]


def sentence():
    ws = [word() for _ in range(rnd.randint(6, 25))]
    ws[0] = ws[0][:1].upper() + ws[0][1:]
    return " ".join(ws) + rnd.choice([".", ".", ".", " ?", " !"])


if os.path.exists(out):
    os.remove(out)
db = sqlite3.connect(out)
db.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT)")
size = 0
while size < mib * 1048576:
    doc = "\n\n".join(" ".join(sentence() for _ in range(rnd.randint(2, 5)))
                      for _ in range(rnd.randint(3, 8)))
    db.execute("INSERT INTO docs(body) VALUES (?)", (doc,))
    size += len(doc.encode("utf-8"))
db.commit()
print(out, len(vocab), "word forms,", round(size / 1048576, 1), "MiB")
