#!/usr/bin/env bash
# Latency and throughput of the CDS Hooks service (not part of the build): starts `serve` on
# 127.0.0.1 through the launcher bin/coverage-review (so with the JVM settings users get, see the
# README's "The service"), its default request threads, sends the order-sign request made from
# examples/fhir/approved-prolia-pmo.json (ServeLoad), and prints, for each of RUNS runs: one
# client's sequential p50/p99 after a warm-up, then CLIENTS clients x REQUESTS requests each
# (errors, requests/s, p50/p99, after the same round once unmeasured as warm-up), and the server's
# resident set size before and after the load.
#
#   benchmarks/serve-latency.sh [RUNS] [CLIENTS] [REQUESTS] [SEQUENTIAL]   (defaults: 3 16 500 5000)
#
# SEQUENTIAL is the one client's number of requests, after as many again as warm-up.
#
# JAVA_OPTS, if set, goes to the server's JVM after the launcher's settings (for example
# JAVA_OPTS=-Xmx128m to bound its heap), CLIENT_OPTS to the client's.
# Exit status: 0 when every run ended with 0 errors; 1 when the build, the server or a request
# failed, with what went wrong (and the server's standard error) on standard error.
# Other processes on the machine move these figures: report the best quiet run and the spread.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
clients="${2:-16}"
requests="${3:-500}"
sequential="${4:-5000}"
work="$root/benchmarks/target/serve-latency"
cd "$root"

fail() {
  echo "serve-latency: FAILED: $*" >&2
  if [ -s "$work/serve.err" ]; then
    echo "serve-latency: the server's standard error:" >&2
    sed 's/^/  /' "$work/serve.err" >&2
  fi
  exit 1
}

./mvnw -B -q -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package -pl cli,benchmarks -am >&2 \
  || fail "the build (./mvnw package -pl cli,benchmarks -am) failed"
mkdir -p "$work"
jar="$root/cli/target/coverage-review.jar"
cp="$root/benchmarks/target/benchmarks.jar"
bundle="$root/examples/fhir/approved-prolia-pmo.json"
for f in "$jar" "$cp" "$bundle"; do
  [ -f "$f" ] || fail "missing $f"
done

server=""
# the server never outlives the script, whatever stops it
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; true' EXIT

rss() { awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }

for i in $(seq "$runs"); do
  : > "$work/serve.err"
  # the jar just built, as it is (the launcher does not rebuild it)
  COVERAGE_REVIEW_JAR="$jar" "$root/bin/coverage-review" serve --port 0 \
    2> "$work/serve.err" &
  server=$!
  # the server announces its port on standard error once it listens; a loaded machine may take a
  # while to start a JVM, so wait up to 5 minutes, but not for a server that has exited
  port=""
  for _ in $(seq 3000); do
    port="$(sed -n 's|.*CDS Hooks service on http://127.0.0.1:\([0-9][0-9]*\)/cds-services.*|\1|p' "$work/serve.err")"
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { wait "$server" || true; server=""; fail "the server exited before it listened"; }
    sleep 0.1
  done
  [ -n "$port" ] || fail "the server did not announce a port within 5 minutes"
  echo "run $i: RSS after start $(rss "$server")"
  # shellcheck disable=SC2086  # CLIENT_OPTS is a list of JVM options
  java ${CLIENT_OPTS:-} -cp "$cp" org.coveragepolicy.benchmarks.ServeLoad \
    "$port" "$bundle" "$sequential" "$sequential" "$clients" "$requests" \
    || fail "run $i: the load client reported errors (exit $?; its output is above)"
  kill -0 "$server" 2>/dev/null || fail "run $i: the server exited during the load"
  echo "run $i: RSS after the load $(rss "$server")"
  kill -TERM "$server"
  rc=0
  wait "$server" || rc=$?
  server=""
  # 143: stopped by SIGTERM before the JVM's own handler ran
  [ "$rc" = 0 ] || [ "$rc" = 143 ] || fail "run $i: the server stopped with exit $rc"
done
