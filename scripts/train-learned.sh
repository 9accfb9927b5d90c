#!/usr/bin/env bash
# Trains the learned check's type model (issue 11) with a fixed seed and writes the built-in
# weights file. Reads the dev half of the VOA article gold and the PLOVER dev records from
# ../shared (weights only go into the file, no text). Usage: scripts/train-learned.sh [--seed N]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${VIGIL_SHARED:-$here/../shared}"
seed=7
if [ "${1:-}" = "--seed" ]; then seed="$2"; fi
cd "$here"
./vigil learn --seed "$seed" \
  --voa-gold "$shared/eval/voa/gold.jsonl" \
  --plover "$shared/eval/plover/gsr-dev.jsonl" \
  --out vigil-learn/src/main/resources/org/vigil/learn/plover-types-v1.bin
