#!/usr/bin/env bash
# eval_hipe.sh [BUILD] [TSV]: entities() on the French test set of the
# HIPE-2020 historical-newspaper benchmark (CLEF HIPE 2020, impresso), a
# development figure only: it is not run by make test, make bench or CI.
#
# The data is not part of presse and is not committed. Either file works:
#  - HIPE-data-v1.4-test-fr.tsv, the HIPE-2020 v1.4 French test set
#    (github.com/impresso/CLEF-HIPE-2020, folder data/v1.4/fr/);
#  - HIPE-2022-v2.1-hipe2020-test-fr.tsv, the HIPE-2022 v2.1 repackaging of
#    the same v1.4(.1) test set, 43 documents, 40854 tokens, "# hipe2022:"
#    metadata (github.com/hipe-eval/HIPE-2022-data, data/v2.1/hipe2020/fr/;
#    also on zenodo, record 6375600).
# Give its path as TSV (or HIPE_TSV), or put it at
# BUILD/hipe/HIPE-data-v1.4-test-fr.tsv. Only the TOKEN, NE-COARSE-LIT and
# MISC columns are read, so a 10-column TSV rebuilt from a transcription of
# those three columns (other columns O / _) scores the same. Without the
# file the script says so and exits 0. CC BY-NC-SA: never commit it.
#
# The TSV (one token a line, "# document_id = ..." or
# "# hipe2022:document_id = ..." opening each document,
# NoSpaceAfter / EndOfLine in the MISC column) is turned into one text per
# document and one gold file in the format of ../shared/docs/ANNOTATION.md,
# under BUILD/hipe/, then scored by ../shared/tools/score.py. Coarse literal
# tags are mapped pers -> PER, loc -> LOC, org -> ORG, prod -> MISC; time
# (dates) is dropped, as ANNOTATION.md does not count dates. The figure to
# read is "entities lenient" (boundary-lenient: any overlap with the same
# type), the benchmark's "fuzzy" measure.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tsv=${2:-${HIPE_TSV:-$build/hipe/HIPE-data-v1.4-test-fr.tsv}}
score=../shared/tools/score.py
if [ ! -f "$tsv" ]; then
  echo "eval_hipe: $tsv not found (the HIPE-2020 French test TSV is not shipped); skipped"
  exit 0
fi
if [ ! -f "$score" ]; then
  echo "eval_hipe: $score not found; skipped"
  exit 0
fi
[ -e "$build/presse.so" ] || make -s all
out=$build/hipe
rm -rf "$out/docs" "$out/gold"
mkdir -p "$out/docs" "$out/gold"
python3 - "$tsv" "$out" <<'PY'
import json, os, re, sys
tsv, out = sys.argv[1], sys.argv[2]
MAP = {"pers": "PER", "loc": "LOC", "org": "ORG", "prod": "MISC"}
docs, cur = [], None
def close():
    if cur and cur["parts"]:
        docs.append(cur)
for line in open(tsv, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith(("# document_id", "# hipe2022:document_id")):
        close()
        cur = {"id": line.split("=", 1)[1].strip(), "parts": []}
        continue
    if not line or line.startswith("#") or line.startswith("TOKEN\t"):
        continue
    f = line.split("\t")
    if cur is None or len(f) < 10:
        continue
    cur["parts"].append((f[0], f[1], f[9]))
close()
n_ent = 0
for d in docs:
    text, ents, open_e = "", [], None
    for tok, tag, misc in d["parts"]:
        start = len(text)
        text += tok
        end = len(text)
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if tag.startswith("B-") or kind is None or open_e is None or open_e["k"] != kind:
            if open_e:
                ents.append(open_e)
            open_e = {"k": kind, "start": start, "end": end} if kind else None
        else:
            open_e["end"] = end
        flags = misc.split("|")
        if "EndOfLine" in flags:
            text += "\n"
        elif "NoSpaceAfter" not in flags:
            text += " "
    if open_e:
        ents.append(open_e)
    gold = []
    for e in ents:
        t = MAP.get(e["k"].split(".")[0])
        if not t:
            continue
        s = text[e["start"]:e["end"]]
        gold.append({"start": e["start"], "end": e["end"], "text": s, "type": t,
                     "canonical": s, "boilerplate": False, "optional": False})
    n_ent += len(gold)
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", d["id"])
    with open(os.path.join(out, "docs", name + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(os.path.join(out, "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"doc": name + ".txt", "entities": gold, "quotes": [],
                   "boilerplate": []}, fh, ensure_ascii=False)
print("eval_hipe: %d documents, %d entities (pers/loc/org/prod)" % (len(docs), n_ent))
PY
python3 "$score" --ext "$build/presse" --set "$out/gold:$out/docs" | grep -E '^(documents|entities)'
