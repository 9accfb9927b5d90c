#!/usr/bin/env bash
# Tunes the story thresholds (issue 13): pair precision and recall of `vigil eval stories` on one
# split for a grid of Jaccard and containment thresholds and several seeds, one line each.
#   scripts/story-sweep.sh [CORPUS] [SPLIT] [SEEDS]
# defaults: ../shared/corpus/voa-stories.jsonl dev "1 2 3". Tune on dev, then report heldout.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/voa-stories.jsonl}"
split="${2:-dev}"
seeds="${3:-1 2 3}"
[ -f "$corpus" ] || { echo "story-sweep: no corpus at $corpus" >&2; exit 2; }
"$here/vigil" --version >/dev/null   # builds when needed, once
. "$here/scripts/find-jdk.sh"
cp="$here/vigil-cli/target/vigil-cli.jar:$here/vigil-cli/target/lib/*"
printf 'jaccard containment seed precision recall predicted_pairs gold_pairs\n'
for j in 0.3 0.4 0.5; do
  for c in 0.5 0.6 0.7 0.8; do
    for seed in $seeds; do
      "$JAVA_HOME/bin/java" -Xmx512m -cp "$cp" org.vigil.cli.Main eval stories --corpus "$corpus" --split "$split" \
        --seed "$seed" --jaccard "$j" --containment "$c" --json \
        | python3 -c 'import sys,json; d=json.load(sys.stdin); print(sys.argv[1], sys.argv[2], d["seed"], d["precision"], d["recall"], d["predicted_pairs"], d["gold_pairs"])' "$j" "$c"
    done
  done
done
