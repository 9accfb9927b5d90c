#!/usr/bin/env bash
# A/B of the API at scale (issue 13, round 3; docs/BENCHMARKS.md): the same data served by an older
# build (A: a folder with vigil-cli.jar and lib/, e.g. a copy of vigil-cli/target from main) and by
# this one (B), both running at once on copies of one home folder, so that both see the same
# machine load. Then `vigil bench api-load --baseline`: every aggregate request goes to both, in
# alternating order (p50/p95 of each and their ratio, with the server's Server-Timing phases);
# then, with --mixed S, the mixed phase (CLIENTS clients, RATE articles/s posted) on A, B, A, B
# for S seconds each.
# Usage: scripts/bench-api-ab.sh --base DIR --home HOME [--repeat N] [--mixed S] [--clients N] [--rate R]
#        [--in-place HOME_B]
#   HOME: a home folder with a store (and its search index, else each server builds one first);
#   it is copied to HOME-a and HOME-b (removed at the end). With --in-place HOME_B, A serves HOME
#   and B serves HOME_B as they are, uncopied (where the disk has no room for copies; the posted
#   articles stay in them). Results go to bench-api/ab-<UTC>/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
base=""; home=""; repeat=20; mixed=0; clients=200; rate=1; in_place=""
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --home) home="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --mixed) mixed="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --in-place) in_place="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-api-ab.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$base" ] && [ -f "$base/vigil-cli.jar" ] || { echo "bench-api-ab.sh: --base DIR with vigil-cli.jar and lib/ is needed" >&2; exit 2; }
[ -n "$home" ] && [ -f "$home/vigil.duckdb" ] || { echo "bench-api-ab.sh: --home DIR with vigil.duckdb is needed" >&2; exit 2; }
[ -f vigil-cli/target/vigil-cli.jar ] || { echo "bench-api-ab.sh: build first: ./build -q -o -pl vigil-cli -am -DskipTests package" >&2; exit 2; }
out="bench-api/ab-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
if [ -n "$in_place" ]; then
  home_a="$home"; home_b="$in_place"
else
  home_a="$home-a"; home_b="$home-b"
  rm -rf "$home_a" "$home_b"
  cp -r "$home" "$home_a"
  cp -r "$home" "$home_b"
fi
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown) (B); A: $base"
  echo "home: $home repeat: $repeat mixed: $mixed clients: $clients rate: $rate"
  echo "load before: $(uptime | sed 's/.*load average: //')"
} > "$out/machine.txt"
token="ab-$$"
start() { # jar-folder home log -> pid
  VIGIL_SERVER_WRITE_TOKEN="$token" "$JAVA_HOME/bin/java" -Xmx3g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
    -cp "$1/vigil-cli.jar:$1/lib/*" org.vigil.cli.Main serve --home "$2" --port 0 --no-samples > "$3.url" 2> "$3.err" &
  echo $!
}
a=$(start "$base" "$home_a" "$out/a")
b=$(start vigil-cli/target "$home_b" "$out/b")
stop() { # the servers are not this shell's children: wait until they are gone before removing their homes
  kill "$a" "$b" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$a" 2>/dev/null || kill -0 "$b" 2>/dev/null || break; sleep 1; done
  if [ -z "$in_place" ]; then rm -rf "$home_a" "$home_b"; fi
}
trap stop EXIT
ready() { # log: serving, the engine loaded (posted articles are coded at once), and indexed when it had to index
  [ -s "$1.url" ] && grep -q 'engine loaded\|engine could not be loaded' "$1.err" \
    && { ! grep -q 'indexing [0-9]* stored' "$1.err" || grep -q 'indexed [0-9]* articles' "$1.err"; }
}
for _ in $(seq 1 1200); do
  if ready "$out/a" && ready "$out/b"; then break; fi
  kill -0 "$a" 2>/dev/null && kill -0 "$b" 2>/dev/null || { echo "bench-api-ab.sh: a server died" >&2; cat "$out"/*.err >&2; exit 3; }
  sleep 1
done
ua="$(head -1 "$out/a.url")"; ub="$(head -1 "$out/b.url")"
articles="$(grep -o '[0-9]* articles' "$out/b.err" | head -1 | grep -o '[0-9]*')"
load() { "$JAVA_HOME/bin/java" -Xmx1g -cp "vigil-cli/target/vigil-cli.jar:vigil-cli/target/lib/*" org.vigil.cli.Main bench api-load "$@"; }
echo "load at start: $(uptime | sed 's/.*load average: //')" >> "$out/machine.txt"
load --url "$ub" --baseline "$ua" --phase aggregates --repeat "$repeat" --articles "${articles:-1000}" > "$out/aggregates.json"
echo "load after aggregates: $(uptime | sed 's/.*load average: //')" >> "$out/machine.txt"
if [ "$mixed" -gt 0 ]; then
  for round in 1 2; do
    for side in a b; do
      u=$ua; [ "$side" = b ] && u=$ub
      load --url "$u" --phase mixed --clients "$clients" --seconds "$mixed" --ingest-rate "$rate" --token "$token" \
        --articles "${articles:-1000}" > "$out/mixed-$side-$round.json"
      echo "load after mixed $side $round: $(uptime | sed 's/.*load average: //')" >> "$out/machine.txt"
    done
  done
fi
cat "$out/machine.txt"
echo "bench-api-ab.sh: results in $out" >&2
