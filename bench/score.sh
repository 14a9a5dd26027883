#!/usr/bin/env bash
# Scoring benchmark: arka score on generated applications to the IGA call, with two evaluators
# each and full explanations in JSON (the output goes to /dev/null).
#
#   bash bench/score.sh                    # 100,000 applications
#   BENCH_APPLICATIONS=1000000 bash bench/score.sh
#
# Prints the best wall time of BENCH_RUNS runs (default 3) and the largest peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_APPLICATIONS:-100000}
OUT=${BENCH_OUT:-bench-out}/score-$N
RUNS=${BENCH_RUNS:-3}
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
swift build -c release --product arka >&2
mkdir -p "$OUT"
[ -f "$OUT/applications.csv" ] || python3 bench/gen_applications.py "$N" "$OUT"
best_time=1000000; peak=0
for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$OUT/time.log" .build/release/arka score --grid ledgers/mallakaster/grid-iga.yaml \
        --applications "$OUT/applications.csv" --evaluations "$OUT/evaluations.csv" --format json > /dev/null
    read -r seconds kib < "$OUT/time.log"
    best_time=$(awk -v a="$seconds" -v b="$best_time" 'BEGIN { print (a < b ? a : b) }')
    peak=$(( kib > peak ? kib : peak ))
done
bytes=$(.build/release/arka score --grid ledgers/mallakaster/grid-iga.yaml --applications "$OUT/applications.csv" \
    --evaluations "$OUT/evaluations.csv" --format json | wc -c)
printf '| %s applications, %s evaluations, JSON (%s MB) | %s s | %s MiB |\n' \
    "$N" "$((N * 2))" "$((bytes / 1000000))" "$best_time" "$((peak / 1024))"
