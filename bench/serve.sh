#!/usr/bin/env bash
# The pages of `arka serve` under load, with fava and hledger-web serving the same books.
#
#   bash bench/serve.sh                                  # 100,000 and 1,000,000 entries, 30 s of sales
#   BENCH_BIG=200000 BENCH_DURATION=10 bash bench/serve.sh
#
# 1. Sales: wrk, 32 connections for BENCH_DURATION seconds, each posting a sale of one loaf to
#    the demo bakery's books through the shop's form, every fifth request sending the key before
#    it again (bench/wrk-sales.lua). Then the last keys of each wrk thread (those that may have
#    been in flight when wrk stopped) are sent once more, and the books must hold exactly one
#    sale per key made: none lost, none doubled; `arka verify` passes.
# 2. Pages: wrk, 4 connections for 10 s, on the register of the bank account and the dashboard
#    of the generated books of BENCH_BIG entries; then a page right after each of 10 writes.
# 3. Peers on BENCH_ENTRIES entries: the time of one request (the first includes loading the
#    books) and its size, for fava 1.30 and hledger-web 1.25 against arka's same pages.
# Prints Markdown for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=${GEN:-../shared/bench/gen_ledger.py}
OUT=${BENCH_OUT:-bench-out}
SMALL=${BENCH_ENTRIES:-100000}
BIG=${BENCH_BIG:-1000000}
DURATION=${BENCH_DURATION:-30}
PORT=${BENCH_PORT:-8097}
for tool in wrk curl sqlite3; do command -v $tool > /dev/null || { echo "bench: $tool is missing (apt-get install $tool)" >&2; exit 1; }; done

swift build -c release --product arka >&2
ARKA=$PWD/.build/release/arka
WORK="$OUT/serve"
mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"

# books N: the generated books of N entries, posted once, with an officer.
books() {
    local n=$1 data="$OUT/gen-$1" ledger="$WORK/books-$1.arka"
    [ -f "$data/postings.csv" ] || python3 "$GEN" "$n" "$data" >&2
    if [ ! -f "$ledger" ]; then
        "$ARKA" init --ledger "$ledger" --from "$data" > /dev/null
        "$ARKA" post --ledger "$ledger" "$data/postings.csv" > /dev/null
        printf 'bench-officer\n' | "$ARKA" user add --ledger "$ledger" officer --role officer --user bench > /dev/null
    fi
}
books "$SMALL"
books "$BIG"
rm -rf "$WORK/demo"
(cd "$WORK" && "$ARKA" demo --out demo > /dev/null)
SHOP="$WORK/demo/social-business.arka"
printf 'bench-clerk1\n' | "$ARKA" user add --ledger "$SHOP" clerk --role clerk --user bench > /dev/null

"$ARKA" serve --ledger "big=$WORK/books-$BIG.arka" --ledger "small=$WORK/books-$SMALL.arka" --ledger "shop=$SHOP" --listen "127.0.0.1:$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
PEERS=""
trap 'kill $SERVER $PEERS 2> /dev/null || true' EXIT
for _ in $(seq 100); do grep -q "Serving" "$WORK/serve.log" && break; sleep 0.2; done

# signin LEDGER USER PASSWORD PAGE: prints the session cookie, then the CSRF token of PAGE's forms.
signin() {
    python3 - "$BASE" "$@" << 'PY'
import http.cookiejar, re, sys, urllib.parse, urllib.request
base, ledger, user, password, page = sys.argv[1:6]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
form = opener.open(f"{base}/{ledger}/login").read().decode()
token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
opener.open(f"{base}/{ledger}/login", urllib.parse.urlencode({"csrf": token, "user": user, "password": password, "next": page}).encode())
html = opener.open(base + page).read().decode()
print("; ".join(f"{c.name}={c.value}" for c in jar if c.name.startswith("arka_session")))
print((re.search(r'name="csrf" value="([^"]+)"', html) or re.search("()", "")).group(1))
PY
}

# --- 1. Sales under load ---------------------------------------------------------------------
{ read -r SHOP_COOKIE; read -r SHOP_CSRF; } < <(signin shop clerk bench-clerk1 /shop/shop)
DAY=$(date +%F)
before=$(sqlite3 "$SHOP" "SELECT COUNT(*) FROM entry WHERE id LIKE 'S-%'")
ARKA_COOKIE="$SHOP_COOKIE" ARKA_CSRF="$SHOP_CSRF" ARKA_DAY="$DAY" ARKA_SALE_PATH=/shop/shop/sale \
    wrk -t2 -c32 -d"${DURATION}s" --timeout 10s -s bench/wrk-sales.lua "$BASE" > "$WORK/wrk-sales.txt"
during=$(sqlite3 "$SHOP" "SELECT COUNT(*) FROM request_key WHERE key LIKE 'load-%'")
# The keys that may not have been answered: the last 40 of each thread (in flight when wrk
# stopped) and its first 5 (wrk makes a thread's first request before its connections are up).
python3 - "$BASE" "$SHOP_COOKIE" "$SHOP_CSRF" "$DAY" "$WORK/wrk-sales.txt" << 'PY'
import sys, urllib.error, urllib.parse, urllib.request
base, cookie, csrf, day, report = sys.argv[1:6]
class Stay(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
opener = urllib.request.build_opener(Stay)
for line in open(report):
    if not line.startswith("keys "): continue
    _, thread, made = line.split()
    for n in sorted(set(range(1, min(int(made), 5) + 1)) | set(range(max(1, int(made) - 40), int(made) + 1))):
        body = urllib.parse.urlencode({"csrf": csrf, "key": f"load-{thread}-{n:09d}", "qty.BUKE": "1", "payment": "cash", "date": day, "record": "1"}).encode()
        request = urllib.request.Request(base + "/shop/shop/sale", body, {"Cookie": cookie})
        try: opener.open(request)
        except urllib.error.HTTPError as answer:
            if answer.code != 303: raise SystemExit(f"replay of {thread}-{n}: status {answer.code}")
PY
made=$(awk '/^keys / { s += $3 } END { print s }' "$WORK/wrk-sales.txt")
keys=$(sqlite3 "$SHOP" "SELECT COUNT(*) FROM request_key WHERE key LIKE 'load-%'")
sales=$(( $(sqlite3 "$SHOP" "SELECT COUNT(*) FROM entry WHERE id LIKE 'S-%'") - before ))
doubled=$(sqlite3 "$SHOP" "SELECT COUNT(*) FROM request_key WHERE key LIKE 'load-%' AND last_sequence <> first_sequence")
# The same with 4 connections: a busy shop's few tills, not a flood.
ARKA_COOKIE="$SHOP_COOKIE" ARKA_CSRF="$SHOP_CSRF" ARKA_DAY="$DAY" ARKA_SALE_PATH=/shop/shop/sale ARKA_KEY_PREFIX=few \
    wrk -t2 -c4 -d10s --timeout 10s -s bench/wrk-sales.lua "$BASE" > "$WORK/wrk-sales-4.txt"
kill $SERVER; wait $SERVER 2> /dev/null || true
verify=$("$ARKA" verify --ledger "$SHOP" > /dev/null 2>&1 && echo passes || echo FAILS)
"$ARKA" serve --ledger "big=$WORK/books-$BIG.arka" --ledger "small=$WORK/books-$SMALL.arka" --ledger "shop=$SHOP" --listen "127.0.0.1:$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do grep -q "Serving" "$WORK/serve.log" && break; sleep 0.2; done

echo "### Sales under load: wrk, 32 connections, ${DURATION} s, every fifth request sent twice"
echo
echo '```'
grep -E "^(latency|requests)" "$WORK/wrk-sales.txt"
grep -E "Requests/sec" "$WORK/wrk-sales.txt" || true
echo "keys made $made; recorded while wrk ran $during; after the first and last keys of each thread were sent again $keys"
echo "sales posted $sales (one per key: $([ "$sales" = "$made" ] && [ "$keys" = "$made" ] && echo yes || echo NO)); keys with more than one entry: $doubled"
echo "then 4 connections for 10 s: $(grep -E "^latency" "$WORK/wrk-sales-4.txt"), $(grep -E "Requests/sec" "$WORK/wrk-sales-4.txt" | tr -s ' ')"
echo "verify after both: $verify"
echo '```'
echo

# --- 2. Pages of the big books -----------------------------------------------------------------
{ read -r BIG_COOKIE; read -r BIG_CSRF; } < <(signin big officer bench-officer /big/dashboard)
# The dashboard's verification runs in the background once: let it finish before measuring.
for _ in $(seq 600); do
    case "$(curl -s -H "Cookie: $BIG_COOKIE" "$BASE/big/dashboard")" in *"Verifying the books"*) sleep 1 ;; *) break ;; esac
done
page() { ARKA_COOKIE="$BIG_COOKIE" wrk -t2 -c4 -d10s -s bench/wrk-page.lua "$BASE$1" | grep latency; }
echo "### Pages of $BIG entries: wrk, 4 connections, 10 s"
echo
echo '```'
echo "register of the bank account, first page: $(page '/big/register?account=Assets%3ABank%3AOperating')"
echo "register, a page 100 pages back:          $(page "/big/register?account=Assets%3ABank%3AOperating&after=2023-03-01.$((1 << 16))")"
echo "dashboard:                                $(page /big/dashboard)"
echo "trial balance:                            $(page /big/statements)"
echo '```'
echo
# A page after each write: a reversal posted through the entry's form, then the register.
after=""
# field NAME HTML: the value of the first field NAME of a page's forms.
field() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" <<< "$2" | head -1; }
for n in $(seq 1 10); do
    # An entry not reversed yet: the books are kept from one run to the next.
    id=$(printf 'E%07d' $(( (RANDOM * 32768 + RANDOM) % (BIG - 1) )))
    form=$(curl -s -H "Cookie: $BIG_COOKIE" "$BASE/big/entry/$id")
    key=$(field key "$form")
    csrf=$(field csrf "$form")
    curl -s -o /dev/null -H "Cookie: $BIG_COOKIE" --data "csrf=$csrf&key=$key&date=2025-02-28&reason=bench" "$BASE/big/entry/$id/reverse"
    after="$after $(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $BIG_COOKIE" "$BASE/big/register?account=Assets%3ABank%3AOperating")"
done
echo "Register page right after each of 10 reversals posted through the form: $(echo $after | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { printf "median %.1f ms, slowest %.1f ms", a[int((NR + 1) / 2)] * 1000, a[NR] * 1000 }')"
echo

# --- 3. Peers on the small books -----------------------------------------------------------------
data="$OUT/gen-$SMALL"
{ read -r SMALL_COOKIE; read -r _; } < <(signin small officer bench-officer /small/dashboard)
timed() { curl -s -o /dev/null -w '%{time_total} s, %{size_download} bytes' "$@"; }
echo "### The same books ($SMALL entries) in arka, fava and hledger-web: one request each"
echo
echo '| page | arka | fava 1.30 | hledger-web 1.25 |'
echo '|---|---|---|---|'
fava_cells=("not run" "not run" "not run" "not run")
if command -v fava > /dev/null; then
    start=$(date +%s.%N)
    fava "$data/ledger.beancount" -H 127.0.0.1 -p $((PORT + 1)) > "$WORK/fava.log" 2>&1 &
    PEERS="$PEERS $!"
    until curl -s -o /dev/null "http://127.0.0.1:$((PORT + 1))/"; do sleep 0.2; done
    slug=$(curl -s -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:$((PORT + 1))/" | sed -E 's#https?://[^/]+/([^/]+)/.*#\1#')
    fava_cells[0]="$(timed "http://127.0.0.1:$((PORT + 1))/$slug/income_statement/") (first, after $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s to start)"
    fava_cells[1]="$(timed "http://127.0.0.1:$((PORT + 1))/$slug/account/Assets:Bank:Operating/")"
    fava_cells[2]="$(timed "http://127.0.0.1:$((PORT + 1))/$slug/income_statement/")"
    printf '\n2025-02-28 * "bench" "one more"\n  Assets:Bank:Operating  -1.00 EUR\n  Expenses:Office:O00  1.00 EUR\n' >> "$data/ledger.beancount"
    sleep 1
    fava_cells[3]="$(timed "http://127.0.0.1:$((PORT + 1))/$slug/income_statement/")"
fi
hledger_cells=("not run" "not run" "not run")
if command -v hledger-web > /dev/null; then
    hledger-web -f "$data/ledger.journal" --serve --host 127.0.0.1 --port $((PORT + 2)) > "$WORK/hledger-web.log" 2>&1 &
    PEERS="$PEERS $!"
    until curl -s -o /dev/null "http://127.0.0.1:$((PORT + 2))/"; do sleep 0.2; done
    hledger_cells[0]="$(timed "http://127.0.0.1:$((PORT + 2))/register?q=inacct:Assets:Bank:Operating")"
    hledger_cells[1]="$(timed "http://127.0.0.1:$((PORT + 2))/journal")"
fi
echo "| income statement / trial balance by budget line | $(timed -H "Cookie: $SMALL_COOKIE" "$BASE/small/statements?report=by-budget-line") | ${fava_cells[2]} | not offered |"
echo "| the bank account's register | $(timed -H "Cookie: $SMALL_COOKIE" "$BASE/small/register?account=Assets%3ABank%3AOperating") | ${fava_cells[1]} | ${hledger_cells[0]} |"
echo "| the dashboard / fava's first page after starting (loading the books) | $(timed -H "Cookie: $SMALL_COOKIE" "$BASE/small/dashboard") | ${fava_cells[0]} | not offered |"
echo "| the journal / register of everything | $(timed -H "Cookie: $SMALL_COOKIE" "$BASE/small/register") | not measured | ${hledger_cells[1]} |"
id=$(printf 'E%07d' $(( (RANDOM * 32768 + RANDOM) % (SMALL - 1) )))
form=$(curl -s -H "Cookie: $SMALL_COOKIE" "$BASE/small/entry/$id")
curl -s -o /dev/null -H "Cookie: $SMALL_COOKIE" --data "csrf=$(field csrf "$form")&key=$(field key "$form")&date=2025-02-28&reason=bench" "$BASE/small/entry/$id/reverse"
echo "| the statement again after one more entry | $(timed -H "Cookie: $SMALL_COOKIE" "$BASE/small/statements?report=by-budget-line") | ${fava_cells[3]} | not measured |"
