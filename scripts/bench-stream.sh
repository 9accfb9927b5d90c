#!/usr/bin/env bash
# The stream's throughput (issue 15): articles/s through Vigil's Kafka Streams application with 1
# and 2 instances (separate processes, one stream thread each, 4 partitions) against a real KRaft
# broker started from the Maven jars, and the same articles through the batch pipeline of
# `vigil code` (1 and 2 workers) in the same JVMs, engine loading excluded from every clock.
#   scripts/bench-stream.sh [--corpus FILE] [--articles N] [--out DIR]
# Default corpus: ../shared/corpus/voa-stories.jsonl where present, else samples/. Writes
# bench-results/stream-<UTC time>/ (machine.txt, load.txt, stream-bench.json, the processes' logs).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/voa-stories.jsonl
[ -f "$corpus" ] || corpus=samples
articles=40
out="bench-results/stream-$(date -u +%Y%m%dT%H%M%SZ)"
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: scripts/bench-stream.sh [--corpus FILE] [--articles N] [--out DIR]" >&2; exit 2 ;;
  esac
done
. scripts/find-jdk.sh
mkdir -p "$out"
out="$(cd "$out" && pwd)"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "cores: $(nproc)"
  echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "corpus: $corpus (first $articles articles)"
} > "$out/machine.txt"
cat "$out/machine.txt"
./build -q -o -pl vigil-stream -am test-compile -Dmaven.compiler.useIncrementalCompilation=false dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
cp="vigil-stream/target/test-classes:vigil-stream/target/classes:$(cat vigil-stream/target/test-classpath.txt)"
echo "before: $(cat /proc/loadavg)" > "$out/load.txt"
"$JAVA_HOME/bin/java" -Xmx512m --enable-native-access=ALL-UNNAMED -cp "$cp" org.vigil.stream.StreamBench \
  "$corpus" "$articles" "$out"
echo "after: $(cat /proc/loadavg)" >> "$out/load.txt"
cat "$out/load.txt"
