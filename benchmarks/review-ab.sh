#!/usr/bin/env bash
# Paired comparison of two builds' review time in one JVM (not part of the build): each build's
# benchmarks.jar in a class loader of its own, the two reviewing the example cases in turn for one
# second each, round after round (org.coveragepolicy.benchmarks.ReviewAb), in JVMS JVMs one after
# the other. Prints each JVM's median ratio B/A and their mean and spread. On a shared machine the
# host's busy phases move a JMH fork's figure by half (about 2.7 or 4.2 us per review); the paired
# ratio holds through them, and JVM to JVM it moves by a few per cent with the JIT's choices.
#
#   benchmarks/review-ab.sh JAR_A JAR_B [JVMS] [ROUNDS]   (defaults: 4 JVMs, 36 rounds each)
#
# A jar is a build's benchmarks/target/benchmarks.jar (it must hold MixedReviewBenchmark). For
# example, keep main's, build a change, and compare:
#   ./mvnw -q -DskipTests package -pl benchmarks -am && cp benchmarks/target/benchmarks.jar /tmp/main.jar
#   (make the change) ./mvnw -q -DskipTests package -pl benchmarks -am
#   benchmarks/review-ab.sh /tmp/main.jar benchmarks/target/benchmarks.jar
# Both review the same cases: examples/ of this checkout, or the directory EXAMPLES names (keep an
# older checkout's examples when a build cannot read the newer ones). Each JVM's rounds go to
# benchmarks/target/review-ab/jvm-N.txt. A round is about 2.2 s: the defaults take about 5 minutes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 2 ] || { echo "usage: benchmarks/review-ab.sh JAR_A JAR_B [JVMS] [ROUNDS]" >&2; exit 2; }
a="$(realpath "$1")"; b="$(realpath "$2")"; jvms="${3:-4}"; rounds="${4:-36}"
examples="$(realpath "${EXAMPLES:-$root/examples}")"
tool="$root/benchmarks/target/benchmarks.jar"
[ -f "$tool" ] || { echo "review-ab: build the benchmarks first: ./mvnw -q -DskipTests package -pl benchmarks -am" >&2; exit 2; }
work="$root/benchmarks/target/review-ab"
mkdir -p "$work"
rm -f "$work"/jvm-*.txt
for i in $(seq "$jvms"); do
  java -Dcoveragepolicy.examples="$examples" -cp "$tool" org.coveragepolicy.benchmarks.ReviewAb \
    "$rounds" "$a" "$b" > "$work/jvm-$i.txt"
  echo "JVM $i: $(tail -1 "$work/jvm-$i.txt")"
done
echo "load: $(uptime)"
# the mean and the sample standard deviation of the JVMs' median ratios
awk '/^B\/A median/ { r[++n] = $3 } END {
  for (i = 1; i <= n; i++) s += r[i]; m = s / n
  for (i = 1; i <= n; i++) v += (r[i] - m) ^ 2
  sd = 0; if (n > 1) sd = sqrt(v / (n - 1))
  printf "B/A over %d JVMs: mean of the medians %.3f, standard deviation %.3f\n", n, m, sd
}' "$work"/jvm-*.txt
