#!/usr/bin/env bash
# The donor reports against the size of the books: `arka budget` and the audit pack on the demo
# books plus generated entries, side by side with ledger-cli's balance of the same entries and with
# the transactions workbook alone.
#
#   bash bench/budget.sh                                   # 100,000 entries, in euro and in lek
#   BENCH_SIZES="100000 1000000" bash bench/budget.sh
#   BENCH_CURRENCIES=ALL BENCH_RUNS=5 bash bench/budget.sh
#
# The books are the demo's (`arka demo`: its budget revisions, its EU fund converted at the period's
# average, its monthly reporting rates) plus N entries made by bench/gen_demo_entries.py: spread
# over every fund's budget lines and the demo's open months, in euro or in lek (lek booked at the
# ledger's rate of the month, which the EU fund's report converts at the period's average InforEuro
# rate), posted with `arka post`. ledger-cli reads the same books: the demo's journal as
# `arka export journal` wrote it, then the same entries.
#
# First, the case the budget report was reported to grow with the square of (the demo books plus
# 2,000, 5,000 and 10,000 entries of 1.xx EUR on the EU's line 4.2); then, for each size and
# currency: `arka budget`, the same through 2025-02-27 (a day within the books' last month, so the
# report reads that month's postings through it, 27 days' worth), `ledger -f ... bal`, the financial report
# workbook, the transactions workbook and the audit pack. A workbook that a sheet's 1,048,576 rows cannot hold is refused by
# arka; it is tried once and shown as refused. Each figure is the best of BENCH_RUNS runs (default
# 3), the commands taking turns; memory is the largest peak. Prints Markdown tables for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${BENCH_SIZES:-100000}
CURRENCIES=${BENCH_CURRENCIES:-EUR ALL}
OUT=${BENCH_OUT:-bench-out}
RUNS=${BENCH_RUNS:-3}
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
command -v ledger > /dev/null || { echo "bench: ledger-cli is missing (apt-get install ledger)" >&2; exit 1; }

swift build -c release --product arka >&2
ARKA=.build/release/arka
TEMPLATES=templates/workbooks
mkdir -p "$OUT"
demo="$OUT/budget-demo"
if [ ! -f "$demo/mallakaster.arka" ]; then
    "$ARKA" demo --out "$demo" --from ledgers/mallakaster > /dev/null
fi

# once COMMAND...: prints "seconds peak_kib" of one run, or "failed" with the command's first error line.
once() {
    local log="$OUT/time.log"
    if /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null 2> "$OUT/error.log"; then
        tail -1 "$log"
    else
        echo "failed $(grep -m1 -v '^Command exited' "$OUT/error.log" || true)"
    fi
}

# best T M T M ...: the least time and the largest peak of several runs.
best() {
    awk 'BEGIN { t = 1e9; m = 0 } { for (i = 1; i <= NF; i += 2) { if ($i < t) t = $i; if ($(i+1) > m) m = $(i+1) } }
         END { printf "%.2f %d\n", t, m }'
}

# books NAME POSTINGS: the demo's ledger with the postings posted, made once.
books() {
    local ledger="$OUT/$1.arka"
    if [ ! -f "$ledger" ]; then
        cp "$demo/mallakaster.arka" "$ledger.tmp"
        "$ARKA" post --ledger "$ledger.tmp" "$2" > /dev/null
        mv "$ledger.tmp" "$ledger"
    fi
    echo "$ledger"
}

echo "The reported case: the demo books plus N entries of 1.xx EUR on EU line 4.2"
echo
printf '| entries | arka budget |\n|---:|---|\n'
for n in 2000 5000 10000; do
    data="$OUT/budget-line-$n"
    [ -f "$data/postings.csv" ] || python3 bench/gen_demo_entries.py "$n" "$data" --line EU/4.2 >&2
    ledger=$(books "budget-line-$n" "$data/postings.csv")
    runs=""
    for run in $(seq "$RUNS"); do runs="$runs $(once "$ARKA" budget --ledger "$ledger")"; done
    case "$runs" in *failed*) echo "bench: arka budget failed: $runs" >&2; exit 1 ;; esac
    read -r t m < <(echo "$runs" | best)
    printf '| %s | %s s, %s MiB |\n' "$n" "$t" "$((m / 1024))"
done
echo

printf '| entries | currency | postings | arka budget | arka budget --as-of 2025-02-27 | ledger-cli bal | budget / ledger-cli | financial report | transactions workbook | audit pack | audit pack / transactions |\n'
printf '|---:|---|---:|---|---|---|---:|---|---|---|---:|\n'
for n in $SIZES; do
    for currency in $CURRENCIES; do
        data="$OUT/demo-$currency-$n"
        [ -f "$data/postings.csv" ] || python3 bench/gen_demo_entries.py "$n" "$data" --currency "$currency" >&2
        ledger=$(books "budget-$currency-$n" "$data/postings.csv")
        journal="$data/with-demo.journal"
        [ -f "$journal" ] || cat "$demo/mallakaster.journal" "$data/entries.journal" > "$journal"
        postings=$(sqlite3 "$ledger" <<< "SELECT COUNT(*) FROM posting")
        # A workbook the sheets cannot hold is refused: tried once, not timed.
        refused=""
        budget_runs=""; day_runs=""; ledger_runs=""; report_runs=""; listing_runs=""; pack_runs=""
        for run in $(seq "$RUNS"); do
            budget_runs="$budget_runs $(once "$ARKA" budget --ledger "$ledger")"
            day_runs="$day_runs $(once "$ARKA" budget --ledger "$ledger" --as-of 2025-02-27)"
            ledger_runs="$ledger_runs $(once ledger -f "$journal" bal)"
            report_runs="$report_runs $(once "$ARKA" export xlsx --ledger "$ledger" --report financial-report --output "$OUT/financial-report.xlsx" --templates "$TEMPLATES")"
            if [ -z "$refused" ]; then
                listing=$(once "$ARKA" export xlsx --ledger "$ledger" --report transactions --output "$OUT/transactions.xlsx" --templates "$TEMPLATES")
                if [ "${listing%% *}" = failed ]; then refused="${listing#failed }"; continue; fi
                listing_runs="$listing_runs $listing"
                pack_runs="$pack_runs $(once "$ARKA" export xlsx --ledger "$ledger" --report audit-pack --output "$OUT/audit-pack.xlsx" --templates "$TEMPLATES")"
            fi
        done
        for runs in "$budget_runs" "$day_runs" "$ledger_runs" "$report_runs" "$pack_runs"; do
            case "$runs" in *failed*) echo "bench: a command failed: $runs" >&2; exit 1 ;; esac
        done
        read -r t_budget m_budget < <(echo "$budget_runs" | best)
        read -r t_day m_day < <(echo "$day_runs" | best)
        read -r t_ledger m_ledger < <(echo "$ledger_runs" | best)
        read -r t_report m_report < <(echo "$report_runs" | best)
        if [ -n "$refused" ]; then
            listing_cell="refused: ${refused#error: }"
            pack_cell="not run"
            ratio_cell=""
        else
            read -r t_listing m_listing < <(echo "$listing_runs" | best)
            read -r t_pack m_pack < <(echo "$pack_runs" | best)
            listing_cell="$t_listing s, $((m_listing / 1024)) MiB"
            pack_cell="$t_pack s, $((m_pack / 1024)) MiB"
            ratio_cell=$(awk -v a="$t_pack" -v b="$t_listing" 'BEGIN { printf "%.2f", a / b }')
        fi
        printf '| %s | %s | %s | %s s, %s MiB | %s s, %s MiB | %s s, %s MiB | %s | %s s, %s MiB | %s | %s | %s |\n' \
            "$n" "$currency" "$postings" "$t_budget" "$((m_budget / 1024))" "$t_day" "$((m_day / 1024))" "$t_ledger" "$((m_ledger / 1024))" \
            "$(awk -v a="$t_budget" -v b="$t_ledger" 'BEGIN { printf "%.3f", a / b }')" "$t_report" "$((m_report / 1024))" \
            "$listing_cell" "$pack_cell" "$ratio_cell"
    done
done
