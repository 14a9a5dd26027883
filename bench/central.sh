#!/usr/bin/env bash
# The programme's centre on PostgreSQL (issue 23):
#
#   bash bench/central.sh                                   # 1,000,000 entries; 10 offices of 100,000
#   BENCH_BIG=100000 BENCH_OFFICES=3 bash bench/central.sh
#
# 1. The first sync of an office of BENCH_BIG entries (`arka sync`, its checks included), and
#    PostgreSQL's own COPY of the same rows into the same tables of a second centre, with the
#    same constraints and triggers (the floor). Also the office's whole `arka verify` alone,
#    which `arka sync --verify` adds.
# 2. An incremental sync: 1,000 entries more, posted, then synced.
# 3. The consolidated trial balance (`arka balance --database --office all`, the whole command)
#    over BENCH_OFFICES offices of BENCH_ENTRIES entries each, by account and by fund, all
#    entries and to a day inside a month (whose postings are read).
# 4. The budget from the centre (`arka budget --database --office`): the office's books made
#    again the first time, then kept up to date sync by sync; the office's own for comparison.
# Runs in a throwaway cluster (Tests/central-cluster.sh) with fsync on. Prints Markdown for
# BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ARKA_TEST_DATABASE_URL:-}" ]; then ARKA_CLUSTER_FSYNC=on exec bash Tests/central-cluster.sh run bash "$0" "$@"; fi
GEN=${GEN:-../shared/bench/gen_ledger.py}
OUT=${BENCH_OUT:-bench-out}
BIG=${BENCH_BIG:-1000000}
SMALL=${BENCH_ENTRIES:-100000}
OFFICES=${BENCH_OFFICES:-10}
swift build -c release --product arka >&2
ARKA=$PWD/.build/release/arka
WORK="$OUT/central"
rm -rf "$WORK"
mkdir -p "$WORK"
socket=${ARKA_TEST_DATABASE_URL#*host=}
sql() { psql -X -q -v ON_ERROR_STOP=1 -h "$socket" -U arka_owner "$@" < /dev/null; }
url() { echo "postgres://arka_owner@/$1?host=$socket"; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(now)"; }

# ledger N NAME: the generated books of N entries, posted by user NAME, in WORK/NAME.arka: each
# office's books its own (the centre refuses one office's books under a second code).
ledger() {
    local n=$1 data="$OUT/gen-$1" path="$WORK/$2.arka"
    [ -f "$data/postings.csv" ] || python3 "$GEN" "$n" "$data" >&2
    rm -f "$path" "$path-wal" "$path-shm"
    "$ARKA" init --ledger "$path" --from "$data" > /dev/null
    ARKA_USER="$2" "$ARKA" post --ledger "$path" "$data/postings.csv" > /dev/null
    echo "$path"
}

echo "building the office of $BIG entries" >&2
office=$(ledger "$BIG" "office-$BIG")
sql -d arka_test -c "CREATE DATABASE bench_sync" -c "CREATE DATABASE bench_copy"
"$ARKA" central init --database "$(url bench_sync)" > /dev/null
"$ARKA" central init --database "$(url bench_copy)" > /dev/null

echo "first sync" >&2
start=$(now); "$ARKA" sync --ledger "$office" --office BENCH --to "$(url bench_sync)" > /dev/null; first=$(since "$start")
start=$(now); "$ARKA" verify --ledger "$office" > /dev/null; verify=$(since "$start")

echo "COPY of the same rows" >&2
# In the order of each table's key: the centre checks each entry's link to the one before it.
for table in office sync entry posting total record; do
    sql -d bench_sync -c "\\copy (SELECT * FROM arka.$table ORDER BY 1, 2) TO '$PWD/$WORK/$table.copy'"
done
copy_script="$WORK/copy.sql"
{
    echo "BEGIN;"
    for table in office sync entry posting total record; do echo "\\copy arka.$table FROM '$PWD/$WORK/$table.copy'"; done
    echo "COMMIT;"
} > "$copy_script"
start=$(now); psql -X -q -v ON_ERROR_STOP=1 -h "$socket" -U arka_owner -d bench_copy -f "$copy_script" > /dev/null; copy=$(since "$start")
rows=$(sql -d bench_sync -A -t -c "SELECT (SELECT COUNT(*) FROM arka.entry) || ' entries, ' || (SELECT COUNT(*) FROM arka.posting) || ' postings'")
rm -f "$WORK"/*.copy  # gigabytes for a million entries

echo "incremental sync" >&2
python3 - "$OUT/gen-$BIG/postings.csv" "$WORK/more.csv" << 'PY'
import csv, sys
reader = csv.reader(open(sys.argv[1], newline=""))
out = csv.writer(open(sys.argv[2], "w", newline=""))
header = next(reader)
out.writerow(header)
entries, last = 0, None
for row in reader:
    if row[0] != last:
        entries, last = entries + 1, row[0]
        if entries > 1000: break
    row[0] = "MORE-" + row[0]
    out.writerow(row)
PY
"$ARKA" post --ledger "$office" "$WORK/more.csv" > /dev/null
start=$(now); "$ARKA" sync --ledger "$office" --office BENCH --to "$(url bench_sync)" > /dev/null; incremental=$(since "$start")
start=$(now); "$ARKA" sync --ledger "$office" --office BENCH --to "$(url bench_sync)" > /dev/null; nothing=$(since "$start")
"$ARKA" central verify --database "$(url bench_sync)" > /dev/null && verified=passes || verified=FAILS

echo "the budget from the centre" >&2
# The office's books made again from what it sent, in a cache of their own; then kept up to date.
export XDG_CACHE_HOME="$PWD/$WORK/cache"
rm -rf "$XDG_CACHE_HOME"
start=$(now); "$ARKA" budget --database "$(url bench_sync)" --office BENCH > "$WORK/budget-centre.txt"; budget_first=$(since "$start")
start=$(now); "$ARKA" budget --database "$(url bench_sync)" --office BENCH > /dev/null; budget_again=$(since "$start")
sed 's/^MORE-/MORE2-/' "$WORK/more.csv" > "$WORK/more2.csv"
"$ARKA" post --ledger "$office" "$WORK/more2.csv" > /dev/null
"$ARKA" sync --ledger "$office" --office BENCH --to "$(url bench_sync)" > /dev/null
start=$(now); "$ARKA" budget --database "$(url bench_sync)" --office BENCH > "$WORK/budget-centre.txt"; budget_next=$(since "$start")
start=$(now); "$ARKA" budget --ledger "$office" > "$WORK/budget-office.txt"; budget_own=$(since "$start")
cmp -s "$WORK/budget-centre.txt" "$WORK/budget-office.txt" && budget_same="the same" || budget_same="DIFFERENT"
rm -rf "$XDG_CACHE_HOME"

echo "consolidated balance over $OFFICES offices of $SMALL entries" >&2
sql -d arka_test -c "CREATE DATABASE bench_offices"
"$ARKA" central init --database "$(url bench_offices)" > /dev/null
for i in $(seq 1 "$OFFICES"); do
    small=$(ledger "$SMALL" "office-$SMALL-$i")
    "$ARKA" sync --ledger "$small" --office "OFFICE-$i" --to "$(url bench_offices)" > /dev/null
done
day=$(sqlite3 "$small" "SELECT MAX(date) FROM entry")
mid="${day:0:8}14"
best() {  # the best of 5 runs of the command, in seconds
    local best=999 t
    for _ in 1 2 3 4 5; do
        start=$(now); "$@" > /dev/null; t=$(since "$start")
        best=$(python3 -c "print(min($best, $t))")
    done
    echo "$best"
}
tb=$(best "$ARKA" balance --database "$(url bench_offices)" --office all)
tb_fund=$(best "$ARKA" balance --database "$(url bench_offices)" --office all --by fund)
tb_mid=$(best "$ARKA" balance --database "$(url bench_offices)" --office all --to "$mid")
tb_one=$(best "$ARKA" balance --ledger "$small")
totals=$(sql -d bench_offices -A -t -c "SELECT COUNT(*) FROM arka.total")

echo "### The centre on PostgreSQL (bench/central.sh)"
echo
echo "PostgreSQL $(sql -d arka_test -A -t -c 'SHOW server_version'), a throwaway cluster on a Unix socket, fsync on; arka built for release."
echo
echo "| step | seconds |"
echo "|---|---:|"
echo "| first sync of $BIG entries (\`arka sync\`: $rows) | $first |"
echo "| PostgreSQL's \`COPY\` of the same rows into the same tables (the floor) | $copy |"
echo "| the office's whole \`arka verify\` (added by \`arka sync --verify\`) | $verify |"
echo "| incremental sync of 1,000 entries onto it | $incremental |"
echo "| a sync with nothing to send | $nothing |"
echo "| \`arka budget --database --office BENCH\`, the first (the office's books made again, $BIG + 1,000 entries) | $budget_first |"
echo "| the same again, nothing new at the centre | $budget_again |"
echo "| the same after a sync of 1,000 entries more | $budget_next |"
echo "| the office's own \`arka budget\`, for comparison | $budget_own |"
echo "| consolidated trial balance, $OFFICES offices × $SMALL entries (\`--office all\`, best of 5) | $tb |"
echo "| the same by fund | $tb_fund |"
echo "| the same to $mid (that month's postings read) | $tb_mid |"
echo "| one office's own \`arka balance\` on its SQLite ledger, for comparison | $tb_one |"
echo
echo "first sync ÷ COPY: $(python3 -c "print(f'{$first / $copy:.2f}')"); \`central verify\` afterwards: $verified; rows of totals the consolidated balance reads: $totals; the budget from the centre and the office's own: $budget_same."
