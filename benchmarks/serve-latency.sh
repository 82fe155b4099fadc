#!/usr/bin/env bash
# Latency and throughput of the CDS Hooks service (not part of the build): starts `serve` from the
# shaded jar on 127.0.0.1 (default JVM settings, --threads = nproc), sends the order-sign request
# made from examples/fhir/approved-prolia-pmo.json (ServeLoad), and prints, for each of RUNS runs:
# one client's sequential p50/p99 after a warm-up, then CLIENTS clients x REQUESTS requests each
# (errors, requests/s, p50/p99), and the server's resident set size before and after the load.
#
#   benchmarks/serve-latency.sh [RUNS] [CLIENTS] [REQUESTS] [SEQUENTIAL]   (defaults: 3 16 500 5000)
#
# SEQUENTIAL is the one client's number of requests, after as many again as warm-up.
#
# JAVA_OPTS, if set, goes to the server's JVM (for example JAVA_OPTS=-Xmx128m to bound its heap),
# CLIENT_OPTS to the client's.
# Other processes on the machine move these figures: report the best quiet run and the spread.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
clients="${2:-16}"
requests="${3:-500}"
sequential="${4:-5000}"
work="$root/benchmarks/target/serve-latency"
mkdir -p "$work"
cd "$root"

./mvnw -B -q -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package -pl benchmarks -am >&2
jar="$root/cli/target/coverage-review.jar"
cp="$root/benchmarks/target/benchmarks.jar"
bundle="$root/examples/fhir/approved-prolia-pmo.json"

server=""
# the server never outlives the script, whatever stops it
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; true' EXIT

rss() { awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }

for i in $(seq "$runs"); do
  rm -f "$work/serve.err"
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of JVM options
  java ${JAVA_OPTS:-} -jar "$jar" serve --port 0 --threads "$(nproc)" 2> "$work/serve.err" &
  server=$!
  port=""
  for _ in $(seq 600); do
    port="$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/cds-services.*|\1|p' "$work/serve.err" 2>/dev/null || true)"
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "serve-latency: the server did not start" >&2; cat "$work/serve.err" >&2; kill "$server"; exit 1; }
  echo "run $i: RSS after start $(rss "$server")"
  # shellcheck disable=SC2086  # CLIENT_OPTS is a list of JVM options
  java ${CLIENT_OPTS:-} -cp "$cp" org.coveragepolicy.benchmarks.ServeLoad "$port" "$bundle" "$sequential" "$sequential" "$clients" "$requests"
  echo "run $i: RSS after the load $(rss "$server")"
  kill -TERM "$server"
  wait "$server" || true
  server=""
done
