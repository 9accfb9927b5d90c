#!/usr/bin/env bash
# The API at scale on one machine (issue 13; docs/BENCHMARKS.md, "API at scale"):
#   1. `vigil bench api-data`: EVENTS synthetic coded events (seeded) made in SQL into a fresh store
#      (skipped when DIR already holds one of that size: the data take minutes to write);
#   2. `vigil serve` on that store (the engine loads, so posted articles are really coded; the first
#      start on a store indexes its articles for search, and the script waits for that);
#   3. `vigil bench api-load`: the aggregates one at a time (p50, p95 per kind), then CLIENTS
#      clients at once for SECONDS of mixed /events, /aggregates and /events/{id} requests while
#      articles are posted at RATE a second (p50/p95/p99, errors, articles and events stored): the
#      clients send requests back to back (a stress test: api-load.json);
#   4. unless --think-ms 0: the mixed phase again, each client pausing between an answer and its next
#      request for an exponential think time of mean THINK ms (default 10000, cut at 10x; issue 13,
#      round 7: analysts at their screens; api-load-think.json);
#   5. the aggregates again as rows, the answer before issue 13's round 10 (api-load-rows.json).
# Usage: scripts/bench-api.sh [--events N] [--clients N] [--seconds N] [--rate R] [--seed N] [--dir DIR]
#        [--index-wait S]  (longest wait for the search index of a new store; 0: measure while it is built)
#        [--think-ms THINK]  (mean think time of the second mixed phase; 0: no second phase)
#        [--ingest-corpus FILE]  (post these real articles, JSONL, instead of one-sentence synthetic ones;
#                                 e.g. ../shared/corpus/voa-stories.jsonl)
# The figures (JSON), the server's log, the machine and the load averages go to DIR/results-<UTC>.
set -euo pipefail
cd "$(dirname "$0")/.."
events=10000000
clients=200
seconds=60
rate=1
seed=1
dir="bench-api"
index_wait=3600
think_ms=10000
corpus_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --index-wait) index_wait="$2"; shift 2 ;;
    --think-ms) think_ms="$2"; shift 2 ;;
    --ingest-corpus) corpus_args=(--ingest-corpus "$2"); shift 2 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-api.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
home="$dir/home-$events-$seed"
out="$dir/results-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$home" "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GB"}')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "events: $events seed: $seed clients: $clients seconds: $seconds rate: $rate think-ms: $think_ms ${corpus_args[*]:-}"
} > "$out/machine.txt"
if [ ! -f "$home/vigil.duckdb" ]; then
  echo "bench-api.sh: writing $events synthetic events into $home/vigil.duckdb ..." >&2
  ./vigil bench api-data --events "$events" --db "$home/vigil.duckdb" --seed "$seed" > "$home/api-data.txt"
fi
cp "$home/api-data.txt" "$out/"
articles="$(grep -o 'in [0-9]* articles' "$home/api-data.txt" | head -1 | grep -o '[0-9]*')"
token="bench-$$"
echo "load before: $(uptime | sed 's/.*load average: //')" > "$out/load.txt"
VIGIL_SERVER_WRITE_TOKEN="$token" ./vigil serve --home "$home" --port 0 --no-samples > "$out/url.txt" 2> "$out/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
# wait for the engine (CoreNLP, 15-25 s), so that posted articles are coded from the start
for _ in $(seq 1 1800); do
  if grep -q 'engine loaded\|engine could not be loaded' "$out/serve.err"; then break; fi
  kill -0 "$server" 2>/dev/null || { echo "bench-api.sh: vigil serve died:" >&2; cat "$out/serve.err" >&2; exit 3; }
  sleep 1
done
# a store new to this home is indexed for search in the background (2 M synthetic articles take
# minutes): wait for it, so that the measurement is not of the indexing
if [ "$index_wait" -gt 0 ] && grep -q 'indexing [0-9]* stored articles' "$out/serve.err"; then
  echo "bench-api.sh: waiting for the search index of the stored articles ..." >&2
  for _ in $(seq 1 "$index_wait"); do
    if grep -q 'indexed [0-9]* articles\|indexing the stored articles failed' "$out/serve.err"; then break; fi
    kill -0 "$server" 2>/dev/null || { echo "bench-api.sh: vigil serve died:" >&2; cat "$out/serve.err" >&2; exit 3; }
    sleep 1
  done
fi
echo "load at start: $(uptime | sed 's/.*load average: //')" >> "$out/load.txt"
url="$(head -1 "$out/url.txt")"
echo "bench-api.sh: measuring $url ($clients clients, $seconds s, $rate articles/s posted) ..." >&2
VIGIL_JAVA_OPTS="${VIGIL_JAVA_OPTS:--Xmx1g}" ./vigil bench api-load --url "$url" --clients "$clients" --seconds "$seconds" \
  --ingest-rate "$rate" --token "$token" --seed "$seed" --articles "${articles:-1000}" ${corpus_args[@]+"${corpus_args[@]}"} > "$out/api-load.json"
echo "load after: $(uptime | sed 's/.*load average: //')" >> "$out/load.txt"
cat "$out/api-load.json"
if [ "$think_ms" != "0" ]; then
  echo "bench-api.sh: again with a think time of $think_ms ms on average ($clients clients, $seconds s) ..." >&2
  VIGIL_JAVA_OPTS="${VIGIL_JAVA_OPTS:--Xmx1g}" ./vigil bench api-load --url "$url" --clients "$clients" --seconds "$seconds" \
    --ingest-rate "$rate" --token "$token" --seed "$seed" --articles "${articles:-1000}" --phase mixed ${corpus_args[@]+"${corpus_args[@]}"} \
    --think-ms "$think_ms" > "$out/api-load-think.json"
  echo "load after the think-time phase: $(uptime | sed 's/.*load average: //')" >> "$out/load.txt"
  cat "$out/api-load-think.json"
fi
# issue 13, round 10: the aggregates again as rows (format=rows, the answer before the round's
# series), so that the figure of the old, verbose answer is reported beside the default's
echo "bench-api.sh: the aggregates again as rows (format=rows) ..." >&2
VIGIL_JAVA_OPTS="${VIGIL_JAVA_OPTS:--Xmx1g}" ./vigil bench api-load --url "$url" --seed "$seed" \
  --articles "${articles:-1000}" --phase aggregates --format rows > "$out/api-load-rows.json"
cat "$out/api-load-rows.json"
echo "bench-api.sh: results in $out" >&2
