#!/usr/bin/env bash
# The social business's import: a year of 200 sales a day (73,000 sales), then the year's monthly
# cash flow, against the target of the issue (under 3 s together).
#
#   bash bench/business.sh             # 200 sales a day
#   BENCH_PER_DAY=400 bash bench/business.sh
#
# The sales are made by ledgers/social-business/make-year.py --bench (one to three lines a sale,
# cash or card); the ledger is made from the bakery's definition. Each figure is the best of
# BENCH_RUNS runs (default 3); memory is the largest peak. Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PER_DAY=${BENCH_PER_DAY:-200}
OUT=${BENCH_OUT:-bench-out}
RUNS=${BENCH_RUNS:-3}
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

swift build -c release --product arka >&2
ARKA=.build/release/arka
mkdir -p "$OUT"
sales="$OUT/sales-$PER_DAY-a-day.csv"
[ -f "$sales" ] || python3 ledgers/social-business/make-year.py --bench "$PER_DAY" --out "$sales"
count=$(cut -d, -f1 "$sales" | tail -n +2 | uniq | wc -l)
lines=$(($(wc -l < "$sales") - 1))

once() {
    local log="$OUT/time.log"
    /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null
    cat "$log"
}

import_runs=""; flow_runs=""; total_runs=""
for run in $(seq "$RUNS"); do
    books="$OUT/business-$PER_DAY.arka"
    rm -f "$books" "$books-wal" "$books-shm"
    "$ARKA" init --ledger "$books" --from ledgers/social-business > /dev/null
    read -r t_import m_import < <(once "$ARKA" sales import --ledger "$books" "$sales")
    read -r t_flow m_flow < <(once "$ARKA" report cashflow --ledger "$books" --from 2024-01 --to 2024-12)
    import_runs="$import_runs $t_import $m_import"
    flow_runs="$flow_runs $t_flow $m_flow"
    total_runs="$total_runs $(awk -v a="$t_import" -v b="$t_flow" 'BEGIN { printf "%.2f", a + b }') $(( m_import > m_flow ? m_import : m_flow ))"
done
best() {
    awk 'BEGIN { t = 1e9; m = 0 } { for (i = 1; i <= NF; i += 2) { if ($i < t) t = $i; if ($(i+1) > m) m = $(i+1) } }
         END { printf "%.2f s, %d MiB\n", t, m / 1024 }'
}
printf '| sales | sale lines | arka sales import | arka report cashflow (12 months) | together | target |\n'
printf '|---:|---:|---|---|---|---|\n'
printf '| %s | %s | %s | %s | %s | < 3 s |\n' "$count" "$lines" "$(echo "$import_runs" | best)" "$(echo "$flow_runs" | best)" "$(echo "$total_runs" | best)"
