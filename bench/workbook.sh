#!/usr/bin/env bash
# Workbook benchmark: `arka export xlsx --report transactions` on a generated ledger of about a
# million postings, side by side with a bare C program (bench/c/transactions_bare.c) writing the
# same listing with libxlsxwriter from a tab-separated dump of the same query.
#
#   bash bench/workbook.sh                   # 400,000 entries, about 1.18 million postings
#   BENCH_ENTRIES=100000 bash bench/workbook.sh
#
# Prints the best wall time of BENCH_RUNS runs (default 3, the two taking turns), the largest
# peak memory of each, and the ratio, as a Markdown row for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=${GEN:-../shared/bench/gen_ledger.py}
N=${BENCH_ENTRIES:-400000}
OUT=${BENCH_OUT:-bench-out}
RUNS=${BENCH_RUNS:-3}
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
command -v sqlite3 > /dev/null || { echo "bench: sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }
swift build -c release --product arka >&2
ARKA=.build/release/arka
mkdir -p "$OUT"
cc -O2 -o "$OUT/transactions_bare" bench/c/transactions_bare.c $(pkg-config --cflags --libs xlsxwriter)

data="$OUT/gen-$N"
books="$OUT/workbook-$N.arka"
[ -f "$data/postings.csv" ] || python3 "$GEN" "$N" "$data" >&2
if [ ! -f "$books" ]; then
    "$ARKA" init --ledger "$books" --from "$data" > /dev/null
    "$ARKA" post --ledger "$books" "$data/postings.csv" > /dev/null
fi
postings=$(sqlite3 "$books" "SELECT COUNT(*) FROM posting")
# The same rows, in the same order, as the listing reads them.
sqlite3 -separator $'\t' "$books" > "$OUT/transactions.tsv" <<'SQL'
SELECT e.id, e.date, COALESCE(e.counterparty, ''), COALESCE(NULLIF(p.memo, ''), e.description),
       COALESCE((SELECT group_concat(reference, '; ') FROM entry_document d WHERE d.entry_seq = e.seq AND kind = 'invoice'), ''),
       COALESCE((SELECT group_concat(reference, '; ') FROM entry_document d WHERE d.entry_seq = e.seq AND kind = 'nivf'), ''),
       COALESCE((SELECT group_concat(reference, '; ') FROM entry_document d WHERE d.entry_seq = e.seq AND kind IN ('payment-order', 'bank')), ''),
       COALESCE(p.fund, ''), COALESCE(p.budget_line, ''), p.account, p.currency, p.amount, COALESCE(p.rate, ''),
       COALESCE(p.rate_source, ''), COALESCE(p.rate_date, ''), p.base_amount
FROM posting p JOIN entry e ON e.seq = p.id >> 16
WHERE p.account IN (SELECT code FROM account WHERE type = 'expense')
ORDER BY COALESCE(p.fund, ''), COALESCE(p.budget_line, ''), e.date, p.id;
SQL
listed=$(wc -l < "$OUT/transactions.tsv")

arka_best=1000000; arka_peak=0; c_best=1000000; c_peak=0
for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$OUT/time.log" "$ARKA" export xlsx --ledger "$books" --report transactions --output "$OUT/transactions-arka.xlsx" > /dev/null
    read -r seconds kib < "$OUT/time.log"
    arka_best=$(awk -v a="$seconds" -v b="$arka_best" 'BEGIN { print (a < b ? a : b) }'); arka_peak=$(( kib > arka_peak ? kib : arka_peak ))
    /usr/bin/time -f "%e %M" -o "$OUT/time.log" "$OUT/transactions_bare" "$OUT/transactions.tsv" "$OUT/transactions-c.xlsx"
    read -r seconds kib < "$OUT/time.log"
    c_best=$(awk -v a="$seconds" -v b="$c_best" 'BEGIN { print (a < b ? a : b) }'); c_peak=$(( kib > c_peak ? kib : c_peak ))
done
ratio=$(awk -v a="$arka_best" -v b="$c_best" 'BEGIN { printf "%.2f", a / b }')
printf '| %s postings, %s listed | %s s, %s MiB | %s s, %s MiB | %s |\n' \
    "$postings" "$listed" "$arka_best" "$((arka_peak / 1024))" "$c_best" "$((c_peak / 1024))" "$ratio"
