#!/usr/bin/env bash
# The 1,000,000-line batch (not part of the build): the bundled examples/batch.jsonl repeated to
# LINES lines (default 1,000,000), run through the batch command (bin/coverage-review, as users
# run it; BATCH_JAVA=plain for java -jar without the launcher's JVM settings) with -Xmx64m under
# /usr/bin/time, compared in CPU time with the parse-and-write floor (each line to a Jackson tree
# and back), and checked line by line: one output line per input line, in input order.
#
#   benchmarks/batch-1m.sh [LINES] [THREADS]
#
# Files go to benchmarks/target/batch-1m/ (about 1 GB of input and 0.5 GB of output per million
# lines). Needs GNU time at /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines="${1:-1000000}"
threads="${2:-$(nproc)}"
work="$root/benchmarks/target/batch-1m"
mkdir -p "$work"
cd "$root"

./mvnw -B -q -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip package -pl benchmarks -am >&2
cp="$root/benchmarks/target/benchmarks.jar"
jar="$root/cli/target/coverage-review.jar"

. "$root/benchmarks/common.sh"
repeat_examples "$lines" "$work/in.jsonl"  # on disk before anything is timed

fmt='%e %U %S %M'
/usr/bin/time -o "$work/floor.time" -f "$fmt" \
  java -Xmx64m -cp "$cp" org.coveragepolicy.benchmarks.ParseAndWrite "$work/in.jsonl" "$work/floor.jsonl" 2>/dev/null
rm -f "$work/floor.jsonl"
sync  # the floor's gigabyte of output is not written back to disk while the batch is timed
# the launcher users run (it adds its JVM settings for batch; BATCH_JAVA=plain runs java -jar instead)
if [ "${BATCH_JAVA:-launcher}" = plain ]; then
  batch=(java -Xmx64m -jar "$jar")
else
  batch=(env JAVA_OPTS=-Xmx64m bin/coverage-review)
fi
/usr/bin/time -o "$work/batch.time" -f "$fmt" \
  "${batch[@]}" batch "$work/in.jsonl" --out "$work/out.jsonl" \
  --summary "$work/summary.md" --report "$work/report.html" --threads "$threads" --quiet

echo "load: $(uptime)"
echo "input: $lines lines, $(wc -c < "$work/in.jsonl") bytes; batch --threads $threads, -Xmx64m, ${BATCH_JAVA:-launcher}"
read -r fw fu fs fm < "$work/floor.time"
read -r bw bu bs bm < "$work/batch.time"
awk -v n="$lines" -v fw="$fw" -v fu="$fu" -v fs="$fs" -v fm="$fm" \
    -v bw="$bw" -v bu="$bu" -v bs="$bs" -v bm="$bm" 'BEGIN {
  printf "parse-and-write floor: %6.2f s wall, %6.2f s CPU (user %.2f + sys %.2f), max RSS %d MB\n", fw, fu + fs, fu, fs, fm / 1024
  printf "batch:                 %6.2f s wall, %6.2f s CPU (user %.2f + sys %.2f), max RSS %d MB\n", bw, bu + bs, bu, bs, bm / 1024
  printf "batch throughput: %d cases/s; batch CPU / floor CPU: %.2f\n", n / bw, (bu + bs) / (fu + fs)
}'
java -cp "$cp" org.coveragepolicy.benchmarks.BatchCheck "$work/in.jsonl" "$work/out.jsonl"
