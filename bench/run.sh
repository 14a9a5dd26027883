#!/usr/bin/env bash
# Arka against ledger-cli and hledger, side by side in one run, on the same generated books.
#
#   bash bench/run.sh                 # 100,000 entries
#   BENCH_SIZES="100000 1000000" bash bench/run.sh
#
# For each size it generates the books with ../shared/bench/gen_ledger.py (the same entries as
# an arka definition + postings.csv, an hledger/ledger-cli journal), then measures wall time
# and peak memory (/usr/bin/time) of:
#   arka init + arka post + arka balance      (the whole import and balance)
#   ledger -f ledger.journal bal
#   hledger -f ledger.journal bal            (skipped above 200,000 entries: it needs ~9 GiB)
#   arka balance on the posted ledger        (again, alone)
# Each measurement is the best of BENCH_RUNS runs (default 3), the tools taking turns, because a
# shared virtual machine's timings swing by a third from one run to the next; memory is the
# largest peak seen. Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=${GEN:-../shared/bench/gen_ledger.py}
SIZES=${BENCH_SIZES:-100000}
OUT=${BENCH_OUT:-bench-out}
RUNS=${BENCH_RUNS:-3}
[ -f "$GEN" ] || { echo "bench: no generator at $GEN (set GEN=...)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

swift build -c release --product arka >&2
ARKA=.build/release/arka
mkdir -p "$OUT"

# once COMMAND...: prints "seconds peak_kib" of one run.
once() {
    local log="$OUT/time.log"
    /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null
    cat "$log"
}

# best T M T M ...: the least time and the largest peak of several runs.
best() {
    awk 'BEGIN { t = 1e9; m = 0 } { for (i = 1; i <= NF; i += 2) { if ($i < t) t = $i; if ($(i+1) > m) m = $(i+1) } }
         END { printf "%.2f %d\n", t, m }'
}

printf '| entries | postings | arka init+post+balance | ledger-cli bal | hledger bal | arka / ledger-cli | arka balance alone |\n'
printf '|---:|---:|---|---|---|---:|---|\n'
for n in $SIZES; do
    data="$OUT/gen-$n"
    [ -f "$data/postings.csv" ] || python3 "$GEN" "$n" "$data" >&2
    postings=$(($(wc -l < "$data/postings.csv") - 1))
    arka_runs=""; ledger_runs=""; hledger_runs=""; post_runs=""; balance_runs=""
    for run in $(seq "$RUNS"); do
        rm -f "$OUT/books-$n.arka" "$OUT/books-$n.arka-wal" "$OUT/books-$n.arka-shm"
        read -r t_init m_init < <(once "$ARKA" init --ledger "$OUT/books-$n.arka" --from "$data")
        read -r t_post m_post < <(once "$ARKA" post --ledger "$OUT/books-$n.arka" "$data/postings.csv")
        read -r t_bal m_bal < <(once "$ARKA" balance --ledger "$OUT/books-$n.arka")
        total=$(awk -v a="$t_init" -v b="$t_post" -v c="$t_bal" 'BEGIN { printf "%.2f", a + b + c }')
        peak=$(printf '%s\n' "$m_init" "$m_post" "$m_bal" | sort -n | tail -1)
        arka_runs="$arka_runs $total $peak"
        post_runs="$post_runs $t_post $m_post"
        ledger_runs="$ledger_runs $(once ledger -f "$data/ledger.journal" bal)"
        if [ "$n" -le 200000 ] && command -v hledger > /dev/null; then
            hledger_runs="$hledger_runs $(once hledger -f "$data/ledger.journal" bal)"
        fi
        balance_runs="$balance_runs $(once "$ARKA" balance --ledger "$OUT/books-$n.arka")"
    done
    read -r arka_t arka_m < <(echo "$arka_runs" | best)
    read -r t_post m_post < <(echo "$post_runs" | best)
    read -r t_ledger m_ledger < <(echo "$ledger_runs" | best)
    read -r t_again m_again < <(echo "$balance_runs" | best)
    if [ -n "$hledger_runs" ]; then
        read -r t_hledger m_hledger < <(echo "$hledger_runs" | best)
        hledger_cell="$t_hledger s, $((m_hledger / 1024)) MiB"
    else
        hledger_cell="not run"
    fi
    ratio=$(awk -v a="$arka_t" -v b="$t_ledger" 'BEGIN { printf "%.2f", a / b }')
    printf '| %s | %s | %s s (post %s s), %s MiB | %s s, %s MiB | %s | %s | %s s, %s MiB |\n' \
        "$n" "$postings" "$arka_t" "$t_post" "$((arka_m / 1024))" "$t_ledger" "$((m_ledger / 1024))" \
        "$hledger_cell" "$ratio" "$t_again" "$((m_again / 1024))"
done
