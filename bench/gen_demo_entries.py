#!/usr/bin/env python3
"""Writes N entries on the demo books' chart (ledgers/mallakaster), spread over every fund's budget
lines and the demo's open months (2023-07 .. 2025-02), for the report benchmark:

    python3 bench/gen_demo_entries.py N OUT_DIR [--currency EUR|ALL] [--line FUND/LINE] [--seed S]

OUT_DIR/postings.csv is for `arka post`; OUT_DIR/entries.journal holds the same entries for
ledger-cli and hledger (account names are the account codes). Four entries in five spend on one to
four budget lines of one fund and pay from the bank; the fifth is a donor's transfer. With
--currency ALL every amount is in lek (paid from the lek account, at the ledger's rate of the
month); with EUR, in euro. Deterministic for a given seed."""
import argparse
import datetime
import os
import random

ap = argparse.ArgumentParser()
ap.add_argument("n", type=int)
ap.add_argument("out")
ap.add_argument("--currency", choices=["EUR", "ALL"], default="EUR")
ap.add_argument("--line", help="FUND/LINE: every entry a cost of 1.xx on that budget line")
ap.add_argument("--seed", type=int, default=2022431879)
a = ap.parse_args()
rnd = random.Random(a.seed)
os.makedirs(a.out, exist_ok=True)

# The demo's budget lines and an expense account for each; the grant accounts (6320, 6630) are
# left to the grant registers, whose reconciliation they would upset.
lines = {
    "EU": {"1.1": ["6110", "6120"], "1.2": ["6130"], "2.1": ["6210"], "3.1": ["6310"], "3.3": ["6310"],
           "4.1": ["6410"], "4.2": ["6420", "6430"], "5.1": ["6510"], "5.3": ["6520"], "5.8": ["6530"],
           "6.1": ["6610"], "6.3": ["6610"], "8.1": ["6810"], "10.1": ["6420"]},
    "ADH": {"1.1": ["6110", "6120"], "5.1": ["6510"]},
    "GFFO": {"3.3": ["6310"], "6.3": ["6610"]},
    "MUNI": {"4.1": ["6410"]},
}
income = {"EU": "7410", "ADH": "7420", "GFFO": "7430", "MUNI": "7440"}
funds = ["EU"] * 6 + ["ADH", "GFFO", "MUNI"]
bank = "5122" if a.currency == "ALL" else "5121"

start = datetime.date(2023, 7, 1)
span = (datetime.date(2025, 2, 28) - start).days + 1


def text(units):
    """Minor units as the amount's text: whole lek, or euro with cents."""
    if a.currency == "ALL":
        return str(units)
    sign = "-" if units < 0 else ""
    return f"{sign}{abs(units) // 100}.{abs(units) % 100:02d}"


with open(os.path.join(a.out, "postings.csv"), "w") as csv, open(os.path.join(a.out, "entries.journal"), "w") as journal:
    csv.write("entry,date,description,account,amount,currency,fund,budget_line,counterparty,document,memo,rate\n")
    for t in range(a.n):
        day = (start + datetime.timedelta(days=(t * span) // max(a.n, 1))).isoformat()
        fund = rnd.choice(funds)
        supplier = f"Supplier {rnd.randrange(500)}"
        if a.line:
            fund, line = a.line.split("/")
            units = rnd.randrange(100, 200)
            legs = [(lines[fund][line][0], units, line), (bank, -units, "")]
            description = f"Entry {t} from {supplier}"
        elif rnd.random() < 0.2:
            units = rnd.randrange(100_000, 5_000_000) if a.currency == "ALL" else rnd.randrange(1_000, 5_000_000)
            legs = [(bank, units, ""), (income[fund], -units, "")]
            description = f"Transfer {t} from {fund}"
        else:
            legs = []
            for _ in range(rnd.choice((1, 1, 2, 3, 4))):
                line = rnd.choice(list(lines[fund]))
                units = rnd.randrange(100, 60_000) if a.currency == "ALL" else rnd.randrange(100, 50_000)
                legs.append((rnd.choice(lines[fund][line]), units, line))
            legs.append((bank, -sum(units for _, units, _ in legs), ""))
            description = f"Entry {t} from {supplier}"
        entry = f"B-{t:07d}"
        journal.write(f"{day} {description}\n")
        for index, (account, units, line) in enumerate(legs):
            first = index == 0
            csv.write(
                f"{entry},{day},{description if first else ''},{account},{text(units)},{a.currency},{fund},{line},"
                f"{supplier if first else ''},,,\n")
            journal.write(f"    {account}    {text(units)} {a.currency}\n")
        journal.write("\n")
