#!/usr/bin/env bash
# Helpers the benchmark scripts beside it share (sourced, not run on its own).

# examples/batch.jsonl (38 lines) repeated to LINES lines in FILE, then written to disk, so that
# nothing timed afterwards competes with the write-back
#   repeat_examples LINES FILE
repeat_examples() {
  local here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  awk -v n="$1" '{ a[NR] = $0 } END { for (i = 0; i < n; i++) print a[i % NR + 1] }' \
    "$here/../examples/batch.jsonl" > "$2"
  sync
}

# the median of the numbers in FILE, one per line
#   median FILE
median() {
  sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
