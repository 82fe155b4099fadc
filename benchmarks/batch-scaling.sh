#!/usr/bin/env bash
# A batch's CPU split into a fixed part and a part per line, against the parse-and-write floor (not
# part of the build): runs the batch (bin/coverage-review, JAVA_OPTS=-Xmx64m, --threads = nproc)
# and the floor (ParseAndWrite) on examples/batch.jsonl repeated to SMALL and to LARGE lines, REPS
# times each in turn, and fits CPU = fixed + lines x per-line through the medians at the two sizes.
# The fixed part is what a run costs whatever its length (start-up, the JIT compilers, code run
# before it is compiled); the per-line part is what each further line costs.
#
#   benchmarks/batch-scaling.sh [SMALL] [LARGE] [REPS]     (defaults: 250000 2000000 3)
#
# Files go to benchmarks/target/batch-scaling/ (about 1 GB of input per million lines). Needs GNU
# time at /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
small="${1:-250000}"
large="${2:-2000000}"
reps="${3:-3}"
[ "$large" -gt "$small" ] || { echo "batch-scaling: LARGE must be more than SMALL" >&2; exit 2; }
work="$root/benchmarks/target/batch-scaling"
mkdir -p "$work"
cd "$root"

./mvnw -B -q -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package -pl benchmarks -am >&2
cp="$root/benchmarks/target/benchmarks.jar"

. "$root/benchmarks/common.sh"
for n in "$small" "$large"; do
  repeat_examples "$n" "$work/in-$n.jsonl"
done
rm -f "$work"/cpu-*

# CPU seconds (user + system) of a command, appended to the named file
timed() {
  local into="$1"; shift
  /usr/bin/time -o "$work/time" -f '%U %S' "$@"
  awk '{ printf "%.2f\n", $1 + $2 }' "$work/time" >> "$work/$into"
}

for i in $(seq "$reps"); do
  for n in "$small" "$large"; do
    timed "cpu-batch-$n" env JAVA_OPTS=-Xmx64m bin/coverage-review batch "$work/in-$n.jsonl" \
      --out "$work/out.jsonl" --threads "$(nproc)" --quiet
    sync
    timed "cpu-floor-$n" java -Xmx64m -cp "$cp" org.coveragepolicy.benchmarks.ParseAndWrite \
      "$work/in-$n.jsonl" "$work/floor.jsonl" 2>/dev/null
    rm -f "$work/floor.jsonl"
    sync
    echo "round $i, $n lines: batch $(tail -1 "$work/cpu-batch-$n") s CPU, floor $(tail -1 "$work/cpu-floor-$n") s CPU"
  done
done

echo "load: $(uptime)"
awk -v s="$small" -v l="$large" \
    -v bs="$(median "$work/cpu-batch-$small")" -v bl="$(median "$work/cpu-batch-$large")" \
    -v fs="$(median "$work/cpu-floor-$small")" -v fl="$(median "$work/cpu-floor-$large")" 'BEGIN {
  bp = (bl - bs) / (l - s); fp = (fl - fs) / (l - s)
  printf "median CPU, %d lines: batch %.2f s, floor %.2f s (batch / floor %.2f)\n", s, bs, fs, bs / fs
  printf "median CPU, %d lines: batch %.2f s, floor %.2f s (batch / floor %.2f)\n", l, bl, fl, bl / fl
  printf "per line: batch %.2f us, floor %.2f us; batch / floor per line: %.2f\n", bp * 1e6, fp * 1e6, bp / fp
  printf "fixed: batch %.2f s, floor %.2f s\n", bs - s * bp, fs - s * fp
}'
