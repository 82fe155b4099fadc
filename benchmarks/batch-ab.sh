#!/usr/bin/env bash
# Paired comparison of two builds of the command line on the same batch (not part of the build):
# runs A and B in turn, REPS times each, through bin/coverage-review (with COVERAGE_REVIEW_JAR, so
# with the JVM settings it gives batch, and JAVA_OPTS=-Xmx64m), and prints each run's wall and CPU
# time and the median CPU of each. Pairs, not single runs, because this machine's figures move by
# about ±10% from run to run; a change smaller than that needs several pairs.
#
#   benchmarks/batch-ab.sh JAR_A JAR_B [REPS] [LINES]
#
# For example, keep the jar of main, build a change, and compare:
#   cp cli/target/coverage-review.jar /tmp/main.jar; ./mvnw -q -DskipTests package -pl cli -am
#   benchmarks/batch-ab.sh /tmp/main.jar cli/target/coverage-review.jar 4
# The input (examples/batch.jsonl repeated to LINES lines, default 1,000,000) and the outputs go to
# benchmarks/target/batch-ab/; the script fails if A and B write different bytes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
a="$(realpath "$1")"; b="$(realpath "$2")"; reps="${3:-4}"; lines="${4:-1000000}"
work="$root/benchmarks/target/batch-ab"
. "$root/benchmarks/common.sh"
mkdir -p "$work"
repeat_examples "$lines" "$work/in.jsonl"
rm -f "$work/cpu-A" "$work/cpu-B"
for i in $(seq "$reps"); do
  for side in A B; do
    jar="$a"; [ "$side" = B ] && jar="$b"
    /usr/bin/time -o "$work/time" -f '%e %U %S' \
      env COVERAGE_REVIEW_JAR="$jar" JAVA_OPTS=-Xmx64m "$root/bin/coverage-review" batch \
      "$work/in.jsonl" --out "$work/out-$side.jsonl" --threads "$(nproc)" --quiet
    read -r wall user sys < "$work/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    echo "$side run $i: $wall s wall, $cpu s CPU"
    echo "$cpu" >> "$work/cpu-$side"
  done
done
cmp -s "$work/out-A.jsonl" "$work/out-B.jsonl" || { echo "A and B wrote different output" >&2; exit 1; }
for side in A B; do
  echo "$side median CPU: $(median "$work/cpu-$side") s"
done
