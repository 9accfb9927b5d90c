#!/usr/bin/env bash
# Trains the speech model (issue 11, round 13) with a fixed seed and writes its built-in weights:
# the sentences of the VOA corpus's dev half labelled ACCUSE, REQUEST or NONE from the dev half of
# the article gold, and our own definition sentences (weights only go into the file, no text).
# --folds N cross-validates by article within the dev half instead of training.
# Usage: scripts/train-speech.sh [--seed N] [--folds N]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${VIGIL_SHARED:-$here/../shared}"
cd "$here"
./vigil learn --speech-corpus "$shared/corpus/voa-stories.jsonl" \
  --voa-gold "$shared/eval/voa/gold.jsonl" \
  --out vigil-learn/src/main/resources/org/vigil/learn/speech-judgements-v1.bin "$@"
