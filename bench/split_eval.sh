#!/bin/bash
# split_eval.sh [BUILD]: pooled scores on the two halves of the development
# gold, from the repository's top (SHARED: ../shared by default). TRAIN
# (written..written14) is where errors are read and rules written; VALID
# (written15..written21) is only scored: a change that helps TRAIN and not
# VALID fits sentences, it is no rule (docs/quotes.md, "How rules are
# kept"). written22, written23 and written24, the newest, are scored apart.
b=${1:-build}
S=${SHARED:-../shared}/tools/score.py
tr="--set tests/gold/written:tests/gold/written"
for n in 2 3 4 5 6 7 8 9 10 11 12 13 14; do tr="$tr --set tests/gold/written$n:tests/gold/written$n"; done
va=""
for n in 15 16 17 18 19 20 21; do va="$va --set tests/gold/written$n:tests/gold/written$n"; done
echo "== TRAIN (written..written14)"; python3 $S --ext $b/presse $tr | grep -v '^documents'
echo "== VALID (written15..written21)"; python3 $S --ext $b/presse $va | grep -v '^documents'
for n in 22 23 24; do
  echo "== written$n: $(python3 $S --ext $b/presse --set tests/gold/written$n:tests/gold/written$n | grep SUMMARY)"
done
