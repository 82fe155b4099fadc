#!/usr/bin/env bash
# Where a batch's CPU goes, by thread (not part of the build; Linux): runs the batch through
# bin/coverage-review (JAVA_OPTS=-Xmx64m, so with the launcher's JVM settings) on examples/batch.jsonl
# repeated to LINES lines, reads every thread's CPU time (user + system) from /proc while it runs,
# and prints the total of each kind of thread: the batch workers, the main thread (start-up,
# splitting the input, writing the output in order), the JIT compilers and the garbage collector.
#
#   benchmarks/batch-threads.sh [LINES] [THREADS] [JAR]
#
# The JVM's -XX:+CITime counts the compilations' elapsed time, which on a busy 2-core machine is
# several times the compilers' CPU time; this counts CPU time. Files go to
# benchmarks/target/batch-threads/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines="${1:-1000000}"
threads="${2:-$(nproc)}"
jar="$(realpath "${3:-$root/cli/target/coverage-review.jar}")"
work="$root/benchmarks/target/batch-threads"
. "$root/benchmarks/common.sh"
mkdir -p "$work"
repeat_examples "$lines" "$work/in.jsonl"
env COVERAGE_REVIEW_JAR="$jar" JAVA_OPTS=-Xmx64m "$root/bin/coverage-review" batch \
  "$work/in.jsonl" --out "$work/out.jsonl" --threads "$threads" --quiet &
pid=$!
: > "$work/samples"
# the launcher execs java, so the pid is the JVM's; each sample: thread id, name, utime, stime
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    { read -r stat < "$task/stat" && echo "${task##*/} ${stat#*(}"; } 2>/dev/null || true
  done >> "$work/samples"
  sleep 0.2
done
wait "$pid"
# a thread's last sample is its total; names such as "C2 CompilerThre" hold spaces, so fields
# are counted from the end of the stat line (utime and stime are the 14th and 15th of 52)
awk -v hz="$(getconf CLK_TCK)" '{
  n = split($0, f, ") ")
  split(f[n], rest, " ")
  name = substr($0, index($0, " ") + 1); sub(/\) .*/, "", name)
  kind = name ~ /^batch-worker/ ? "batch workers" : name ~ /Compiler/ ? "JIT compilers" \
    : name ~ /^GC|^VM Thread|^ParGC|^G1/ ? "garbage collector and VM" : name == "java" ? "main" : "other"
  t[$1] = (rest[12] + rest[13]) / hz; k[$1] = kind
} END {
  for (id in t) { sum[k[id]] += t[id]; all += t[id] }
  for (kind in sum) printf "%-26s %7.2f s\n", kind, sum[kind]
  printf "%-26s %7.2f s\n", "all threads", all
}' "$work/samples" | sort -k1,1
