#!/usr/bin/env bash
# Regenerates the golden results in cli/src/test/golden/ FROM MAIN'S BUILD ONLY.
#
# The golden files are what branch `main` prints for every project example (examples/*.json through
# `review`), every FHIR example (examples/fhir/*.json through `review --format fhir`), the batch
# (examples/batch.jsonl through `batch`, results and summary) and the shared examples
# (../shared/examples/*.json, when present). GoldenResultsTest compares the branch's output with
# them byte for byte, so a refactoring that changes a result fails.
#
# A golden file changes only when main's behaviour changes (for example after a rule fix is merged
# into main): merge main into the branch, then run this script. Never regenerate from a branch
# under change: this script clones `main` of this repository into a temporary directory, builds the
# command line there and runs that jar; the working tree is never built or run.
# GOLDEN_JAR=path/to/coverage-review.jar uses that jar (it must be main's) instead of building.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/cli/src/test/golden"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/golden-main.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

git clone -q --branch main "$root" "$tmp/main"
main="$tmp/main"
echo "golden: main is $(git -C "$main" rev-parse --short HEAD)" >&2
if [ -n "${GOLDEN_JAR:-}" ]; then
  jar="$GOLDEN_JAR"
else
  (cd "$main" && ./mvnw -B -o -q package -pl cli -am -DskipTests -Dmaven.javadoc.skip \
    -Dmaven.source.skip) >&2
  jar="$main/cli/target/coverage-review.jar"
fi

# Until issue 22 is merged, main's shaded jar lacks jackson-databind (HAPI FHIR needs it at run
# time): the databind jar of the local repository goes after it on the class path. Main's own
# classes come first, so the results are main's; once the jar holds databind, this changes nothing.
databind="${M2_REPO:-$HOME/.m2/repository}/com/fasterxml/jackson/core/jackson-databind/2.20.1/jackson-databind-2.20.1.jar"
cp="$jar"
[ -f "$databind" ] && cp="$jar:$databind"

run() { # run OUTFILE ARGS...: stdout to OUTFILE; a nonzero exit is kept as OUTFILE.exit with stderr
  local file="$1"; shift
  local code=0
  java -Dslf4j.internal.verbosity=ERROR -cp "$cp" org.coveragepolicy.cli.CoverageReview "$@" \
    >"$file" 2>"$tmp/err" || code=$?
  if [ "$code" -ne 0 ]; then
    { echo "$code"; cat "$tmp/err"; } >"$file.exit"
  fi
}

rm -rf "$out"
mkdir -p "$out/examples" "$out/fhir" "$out/batch"
for f in "$main"/examples/*.json; do
  name="$(basename "$f")"
  [ "$name" = expected.json ] && continue
  run "$out/examples/$name" review "$f"
done
for f in "$main"/examples/fhir/*.json; do
  run "$out/fhir/$(basename "$f")" review --format fhir "$f"
done
# from standard input: the summary names its input, and a path would name this temporary clone
run "$out/batch/stdout.txt" batch - --out "$out/batch/results.jsonl" \
  --summary "$out/batch/summary.md" --threads 1 --quiet <"$main/examples/batch.jsonl"
rm -f "$out/batch/stdout.txt"
shared="$root/../shared/examples"
if [ -d "$shared" ]; then
  mkdir -p "$out/shared"
  for f in "$shared"/*.json; do
    name="$(basename "$f")"
    [ "$name" = expected.json ] && continue
    run "$out/shared/$name" review "$f"
  done
fi
echo "golden: wrote $(find "$out" -type f | wc -l) files under ${out#"$root"/}" >&2
