#!/usr/bin/env bash
# eval_boilerplate.sh BUILD SHARED: boilerplate removal, dates and titles of
# corpus(), against the gold regions (called by `make eval`; the figures are
# computed by tests/eval_boilerplate.py).
set -eu
cd "$(dirname "$0")/.."
exec python3 tests/eval_boilerplate.py "${1:-build}" "${2:-../shared}"
