#!/usr/bin/env bash
# Trains the calibrated confidence (issue 11, round 16) with a fixed seed and writes the built-in
# weights file (no text in it): codes the VOA dev half with the calibration off, writes each counted
# event's features and its label (matched 1, extra 0) to a temporary file, cross-validates by
# article (5 folds) and trains on all of it. Usage: scripts/train-calibration.sh [--seed N]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${VIGIL_SHARED:-$here/../shared}"
seed=7
if [ "${1:-}" = "--seed" ]; then seed="$2"; fi
cd "$here"
rows="$(mktemp /tmp/vigil-calibration-XXXXXX.tsv)"
trap 'rm -f "$rows"' EXIT
VIGIL_CODING_LEARNED_CHECK=find,speech ./vigil eval --gold "$shared/eval/voa/gold.jsonl" \
  --corpus "$shared/corpus/voa-stories.jsonl" --split dev --json --calibration-data "$rows" > /dev/null
./vigil learn --calibration "$rows" --folds 5 --seed "$seed"
./vigil learn --calibration "$rows" --seed "$seed" \
  --out vigil-learn/src/main/resources/org/vigil/learn/confidence-v1.bin
