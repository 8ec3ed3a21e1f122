#!/usr/bin/env python3
"""seeds.py OUT_DIR [SHARED]: the fuzzers' seed corpus, generated (never
committed): the repository's sample articles and fixtures, whole and by
paragraph, the string literals of the unit tests and the SQL golden tests,
and, when ../shared is present, its seed and Wikinews articles (read in
place, written only under build/)."""
import glob, hashlib, os, re, sys

out = sys.argv[1]
shared = sys.argv[2] if len(sys.argv) > 2 else ""
os.makedirs(out, exist_ok=True)
seen = set()

def put(b):
    if not b or len(b) > 32768:
        b = b[:32768]
    h = hashlib.sha1(b).hexdigest()
    if h in seen:
        return
    seen.add(h)
    with open(os.path.join(out, h), "wb") as f:
        f.write(b)

def article(path):
    b = open(path, "rb").read()
    put(b)
    for para in re.split(rb"\n\s*\n", b):
        if len(para) > 16:
            put(para)

files = sorted(glob.glob("corpus/*.txt")) + sorted(
    glob.glob("tests/fixtures/corpus/**/*", recursive=True))
if shared:
    files += sorted(glob.glob(os.path.join(shared, "corpus/seeds/*.txt")))
    files += sorted(glob.glob(os.path.join(
        shared, "data/wikinews-fr-2012/articles/*.txt")))[:40]
for p in files:
    if os.path.isfile(p):
        article(p)

C_ESC = {b"n": b"\n", b"t": b"\t", b'"': b'"', b"\\": b"\\", b"'": b"'",
         b"r": b"\r", b"0": b"\0"}
def c_unescape(s):
    def rep(m):
        e = m.group(1)
        if e[:1] == b"x":
            return bytes([int(e[1:], 16)])
        return C_ESC.get(e, e)
    return re.sub(rb"\\(x[0-9a-fA-F]{1,2}|.)", rep, s)

for p in sorted(glob.glob("tests/unit/*.c")):
    src = open(p, "rb").read()
    for m in re.finditer(rb'"((?:[^"\\\n]|\\.)*)"', src):
        if len(m.group(1)) >= 6:
            put(c_unescape(m.group(1)))
for p in sorted(glob.glob("tests/sql/*.test")):
    src = open(p, "rb").read()
    for m in re.finditer(rb"'((?:[^']|'')*)'", src):
        if len(m.group(1)) >= 6:
            put(m.group(1).replace(b"''", b"'"))
print("seeds: %d files in %s" % (len(seen), out))
