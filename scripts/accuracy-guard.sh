#!/usr/bin/env bash
# Evaluates the coder on the gold sets in ../shared/eval (where present) and fails when a figure
# falls more than 2 points below the one recorded in docs/accuracy-baseline.tsv.
# Usage: scripts/accuracy-guard.sh [--update]   (--update rewrites the baseline with today's figures)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${VIGIL_SHARED:-../shared}"
baseline=docs/accuracy-baseline.tsv
if [ ! -d "$shared/eval" ]; then
  echo "accuracy guard: $shared/eval is absent; skipped"
  exit 0
fi
out=$(mktemp -d)
# VIGIL_GUARD_OUT=DIR keeps every set's full eval report (DIR/NAME.json) for the figures the guard does not check.
trap 'if [ -n "${VIGIL_GUARD_OUT:-}" ]; then mkdir -p "$VIGIL_GUARD_OUT" && cp "$out"/*.json "$VIGIL_GUARD_OUT"/ 2>/dev/null || true; fi; rm -rf "$out"' EXIT
# name <TAB> gold file <TAB> extra options
runs=$(cat <<EOT
plover-gsr	$shared/eval/plover/gsr-dev.jsonl	
petrarch-gsr	$shared/eval/petrarch2/gsr-dev.jsonl	
petrarch-unit	$shared/eval/petrarch2/unit-records.jsonl	--dictionaries $shared/eval/petrarch2/dictionaries --dictionary-format petrarch --actor-match FULL
petrarch-phoenix	$shared/eval/petrarch2/gsr-dev.jsonl	--dictionaries $shared/eval/petrarch2/dictionaries/phoenix --dictionary-format petrarch
geo-mordecai	$shared/eval/geo/mordecai3-tests.jsonl	
event-reports	vigil-eval/src/test/resources/org/vigil/eval/event-reports.jsonl	
acled-dev	vigil-eval/src/test/resources/org/vigil/eval/acled-style-dev.jsonl	
acled-heldout	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout.jsonl	
acled-heldout2	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout2.jsonl	
acled-dev2	vigil-eval/src/test/resources/org/vigil/eval/acled-style-dev2.jsonl	
acled-heldout3	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout3.jsonl	
acled-dev3	vigil-eval/src/test/resources/org/vigil/eval/acled-style-dev3.jsonl	
acled-heldout4	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout4.jsonl	
acled-heldout5	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout5.jsonl	
acled-heldout6	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout6.jsonl	
acled-heldout7	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout7.jsonl	
acled-dev4	vigil-eval/src/test/resources/org/vigil/eval/acled-style-dev4.jsonl	
acled-heldout8	vigil-eval/src/test/resources/org/vigil/eval/acled-style-heldout8.jsonl	
voa-dev	$shared/eval/voa/gold.jsonl	--corpus $shared/corpus/voa-stories.jsonl --split dev
voa-heldout	$shared/eval/voa/gold.jsonl	--corpus $shared/corpus/voa-stories.jsonl --split heldout
corrections	${VIGIL_CORRECTIONS_GOLD:-docs/corrections-gold.jsonl}	
EOT
)
while IFS=$'\t' read -r name gold opts; do
  [ -f "$gold" ] || { echo "accuracy guard: $gold is absent; skipped"; continue; }
  # shellcheck disable=SC2086
  ./vigil eval --gold "$gold" --json $opts > "$out/$name.json" 2> "$out/$name.err" || true
  if [ ! -s "$out/$name.json" ]; then
    echo "accuracy guard: eval on $gold produced nothing:"; cat "$out/$name.err"; exit 1
  fi
done <<< "$runs"
python3 - "$out" "$baseline" "${1:-}" <<'PY'
import json, sys, os
out, baseline, mode = sys.argv[1], sys.argv[2], sys.argv[3]
def get(d, path):
    for p in path.split('.'):
        if not isinstance(d, dict) or d.get(p) is None: return None
        d = d[p]
    return d
metrics = ['events.f1', 'events.precision', 'events.recall', 'plover_type_accuracy', 'actor_country_accuracy',
           'geo.assertion_accuracy', 'dates.exact_accuracy', 'geo.admin1_accuracy', 'geo.acc_50km',
           'geo.event_country_accuracy', 'dates.event_recall', 'dates.type_accuracy', 'articles.f1', 'articles.precision', 'articles.recall']
now = {}
for f in sorted(os.listdir(out)):
    if f.endswith('.json'):
        report = json.load(open(os.path.join(out, f)))
        for m in metrics:
            v = get(report, m)
            if isinstance(v, (int, float)):
                now[(f[:-5], m)] = float(v)
for (name, m), v in sorted(now.items()):
    print(f"accuracy: {name:14s} {m:24s} {v:.3f}")
if mode == '--update':
    with open(baseline, 'w') as fh:
        fh.write("# gold set\tmetric\tvalue (written by scripts/accuracy-guard.sh --update)\n")
        for (name, m), v in sorted(now.items()):
            fh.write(f"{name}\t{m}\t{v:.3f}\n")
    print("accuracy guard: baseline updated")
    sys.exit(0)
failed = 0
for line in open(baseline):
    if line.startswith('#') or not line.strip(): continue
    name, m, v = line.rstrip('\n').split('\t')
    if (name, m) not in now:
        continue
    if now[(name, m)] < float(v) - 0.02:
        print(f"accuracy guard: {name} {m} fell to {now[(name, m)]:.3f}, more than 2 points below {float(v):.3f}")
        failed += 1
print(f"accuracy guard: {len(now)} figures checked, {failed} below the baseline")
sys.exit(1 if failed else 0)
PY
