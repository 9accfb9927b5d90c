#!/usr/bin/env bash
# Trains the confidence model (issue 11) and writes it where the engine reads it:
# the built-in dictionaries' events on the dev half of the VOA article gold, coded with the rules'
# confidence, scored by the article rule; a logistic regression over ConfidenceFeatures with the
# regularisation chosen by 5-fold cross-validation over articles (fixed seed). The same data and
# seed give the same file. Only the dev half is used: the held-out half measures the model.
#   scripts/train-confidence.sh [--seed N] [--out FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${VIGIL_SHARED:-../shared}"
seed=11
out=vigil-pipeline/src/main/resources/org/vigil/pipeline/confidence-model.json
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--seed N] [--out FILE]" >&2; exit 2 ;;
  esac
done
if [ ! -f "$shared/eval/voa/gold.jsonl" ]; then
  echo "train-confidence: $shared/eval/voa/gold.jsonl not found (set VIGIL_SHARED)" >&2
  exit 2
fi
./vigil eval --gold "$shared/eval/voa/gold.jsonl" --corpus "$shared/corpus/voa-stories.jsonl" --split dev \
  --train-confidence "$out" --seed "$seed" --json > /dev/null
