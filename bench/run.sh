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
# and prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=${GEN:-../shared/bench/gen_ledger.py}
SIZES=${BENCH_SIZES:-100000}
OUT=${BENCH_OUT:-bench-out}
[ -f "$GEN" ] || { echo "bench: no generator at $GEN (set GEN=...)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

swift build -c release --product arka >&2
ARKA=.build/release/arka
mkdir -p "$OUT"

# measure LABEL COMMAND...: prints "seconds peak_kib" of one run.
measure() {
    local log="$OUT/time.log"
    /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null
    cat "$log"
}

printf '| entries | postings | arka init+post+balance | ledger-cli bal | hledger bal | arka / ledger-cli | arka balance alone |\n'
printf '|---:|---:|---|---|---|---:|---|\n'
for n in $SIZES; do
    data="$OUT/gen-$n"
    [ -f "$data/postings.csv" ] || python3 "$GEN" "$n" "$data" >&2
    postings=$(($(wc -l < "$data/postings.csv") - 1))
    rm -f "$OUT/books-$n.arka" "$OUT/books-$n.arka-wal" "$OUT/books-$n.arka-shm"

    read -r t_init m_init < <(measure "$ARKA" init --ledger "$OUT/books-$n.arka" --from "$data")
    read -r t_post m_post < <(measure "$ARKA" post --ledger "$OUT/books-$n.arka" "$data/postings.csv")
    read -r t_bal m_bal < <(measure "$ARKA" balance --ledger "$OUT/books-$n.arka")
    arka_t=$(awk -v a="$t_init" -v b="$t_post" -v c="$t_bal" 'BEGIN { printf "%.2f", a + b + c }')
    arka_m=$(printf '%s\n' "$m_init" "$m_post" "$m_bal" | sort -n | tail -1)

    read -r t_ledger m_ledger < <(measure ledger -f "$data/ledger.journal" bal)
    if [ "$n" -le 200000 ] && command -v hledger > /dev/null; then
        read -r t_hledger m_hledger < <(measure hledger -f "$data/ledger.journal" bal)
        hledger_cell="$t_hledger s, $((m_hledger / 1024)) MiB"
    else
        hledger_cell="not run"
    fi
    read -r t_again m_again < <(measure "$ARKA" balance --ledger "$OUT/books-$n.arka")
    ratio=$(awk -v a="$arka_t" -v b="$t_ledger" 'BEGIN { printf "%.2f", a / b }')
    printf '| %s | %s | %s s (post %s s), %s MiB | %s s, %s MiB | %s | %s | %s s, %s MiB |\n' \
        "$n" "$postings" "$arka_t" "$t_post" "$((arka_m / 1024))" "$t_ledger" "$((m_ledger / 1024))" \
        "$hledger_cell" "$ratio" "$t_again" "$((m_again / 1024))"
done
