#!/usr/bin/env bash
# make eval-real: the real development corpus end to end through the shared scorer, then the claims scorer.
# usage: bench/real/eval.sh [dev|unseen|all] [-v]      (default: dev, the three quarters we work on)
# BATCH=N limits it to the articles gathered in batch N (see recipe.jsonl's `batch`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
part=${1:-dev}
verbose=${2:-}
PYTHON=${PYTHON:-$top/.venv/bin/python}
NEWSKB=${NEWSKB:-$top/.venv/bin/newskb}
# the shared kit sits next to the main checkout (from a worktree elsewhere: next to one of its parents)
if [ -z "${SHARED_EVAL:-}" ]; then
  SHARED_EVAL=$top/../shared/eval
  d=$top
  while [ "$d" != / ] && [ ! -d "$d/shared/eval" ]; do d=$(dirname "$d"); done
  [ -d "$d/shared/eval" ] && SHARED_EVAL=$d/shared/eval
fi
shared=$SHARED_EVAL
# this checkout's code, whatever checkout the venv's editable install points at (a worktree sharing a venv)
export PYTHONPATH="$top${PYTHONPATH:+:$PYTHONPATH}"
# the corpus is one source (the eval site's feed); one run must read all of it, not the product's 500 a run
export NEWSKB_MAX_PAGES_PER_SOURCE=${NEWSKB_MAX_PAGES_PER_SOURCE:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! "$PYTHON" "$here/corpus.py" check >"$work/check.log"; then
  head -n 1 "$work/check.log"; grep -v '^missing\|^changed' "$work/check.log" | tail -n 1
  if ! grep -q '^real corpus: [1-9]' "$work/check.log"; then exit 1; fi
fi
"$PYTHON" "$here/corpus.py" layout "$part" "$work/part" ${BATCH:+--batch "$BATCH"}
echo "real corpus ($part${BATCH:+, batch $BATCH}): $(ls "$work/part/corpus" | wc -l) articles"
KEEP="$work/run" NEWSKB="$NEWSKB" PYTHON="$PYTHON" "$shared/run.sh" "$work/part/corpus" "$work/part/gold" $verbose \
  | grep -v '^ingest wall time' | tee "$work/summary.log" | grep -v '^scores P=' || true
"$PYTHON" "$here/score_claims.py" "$work/run/warehouse.duckdb" "$work/run/site/manifest.json" "$work/part/gold" $verbose
grep '^scores P=' "$work/summary.log"
