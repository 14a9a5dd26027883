#!/usr/bin/env python3
"""Writes the bakery's first year of trading as the files `arka demo` reads.

Furra e Grave is the bakery the women of "Gratë e Mallakastrës" opened in Ballsh with the
start-up grant of the EU action (agreement SU-2023-01). The year is made from a fixed seed, so
the files are the same on every run; edit the figures here and run it again to change the demo:

    python3 ledgers/social-business/make-year.py

It keeps the till and the bank balance as it goes, so the cash counts and the bank statements
agree with the entries to the lek (the counts' shortages and the bank's fees are the only
differences, and the demo records them as a user would).

With --bench N it writes only a sales file of N sales a day for a year (`--out FILE`), for the
benchmark of `arka sales import`.
"""
import argparse
import csv
import datetime as dt
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2024
PRICES = {"BUKE": 120, "BUKE-M": 150, "BYREK": 100, "PETULLA": 30, "KULAC": 600, "TORTE": 1500,
          "BAKLAVA": 4500, "CATER": 650, "UJE": 50, "LENG": 120}
COSTS = {"UJE": 28, "LENG": 70}
# The drinks on the shelf from the start; each month's sales are bought back at its end.
FIRST_STOCK = {"UJE": 400, "LENG": 300}
# Loaves, pieces and bottles on an ordinary day at full trade.
DAILY = {"BUKE": 50, "BUKE-M": 8, "BYREK": 35, "PETULLA": 45, "UJE": 10, "LENG": 7}
# How trade grows through the first year (the shop opened on 8 January).
SEASON = {1: 0.55, 2: 0.65, 3: 0.75, 4: 0.85, 5: 0.95, 6: 1.0, 7: 1.05, 8: 1.1, 9: 1.0, 10: 1.0, 11: 1.05, 12: 1.25}
CUSTOMERS = ["Bashkia Mallakastër", "Shkolla 9-vjeçare \"Ismail Qemali\"", "Qendra Sociale Murialdo", "Help in Albania",
             "Familja Hoxha (dasmë)", "Familja Kuçi (fejesë)", "Kopshti \"Lulet\"", "Shoqata e Fermerëve Ballsh"]


def day(text):
    return dt.date.fromisoformat(text)


class Year:
    def __init__(self):
        self.rng = random.Random(2024)
        self.sales, self.expenses, self.postings, self.bank, self.counts = [], [], [], [], []
        self.purchases, self.stock_counts = [], []
        self.till = 0
        self.balance = 0  # the bank, as its statement has it
        self.invoice = 0
        self.movements = []  # (date, order, kind, amount) for the till and the bank, in posting order

    # The till and the bank move in date order; within a day, in the order things happen.
    def move(self, when, account, amount, statement=None, statement_date=None):
        self.movements.append((when, len(self.movements), account, amount, statement, statement_date or when))

    def sale(self, sid, when, items, payment, invoice=None, nivf=None, customer=None, statement_date=None, description=None):
        total = 0
        for index, (product, quantity) in enumerate(items):
            row = {"sale": sid, "date": when.isoformat() if index == 0 else "", "product": product, "quantity": quantity,
                   "payment": payment if index == 0 else "", "invoice": (invoice or "") if index == 0 else "",
                   "nivf": (nivf or "") if index == 0 else "", "customer": (customer or "") if index == 0 else ""}
            self.sales.append(row)
            units = float(quantity)
            total += round(units * PRICES[product])
        if payment == "cash":
            self.move(when, "till", total)
        else:
            words = {"card": "POS settlement", "bank": "Transfer from " + (customer or "customer")}[payment]
            self.move(when, "bank", total, f"{words} {when.strftime('%d.%m')}", statement_date)
        return total

    def expense(self, when, description, supplier, amount, account, paid_from, nipt="", fund="", line="", invoice="", nivf=""):
        self.expenses.append({"date": when.isoformat(), "description": description, "supplier": supplier, "nipt": nipt,
                              "amount": amount, "account": account, "paid_from": paid_from, "fund": fund,
                              "budget_line": line, "invoice": invoice, "nivf": nivf})
        if paid_from == "cash":
            self.move(when, "till", -amount)
        else:
            self.move(when, "bank", -amount, f"{description[:40]} / {supplier}")

    def purchase(self, pid, when, items, paid_from, invoice):
        """Drinks bought for stock: a row a product, at the unit cost; paid from the till, or on credit."""
        for index, (product, quantity) in enumerate(items):
            self.purchases.append({"id": pid, "date": when.isoformat() if index == 0 else "",
                                   "supplier": "Pije Freskuese Fier shpk" if index == 0 else "", "nipt": "L03718012K" if index == 0 else "",
                                   "product": product, "quantity": quantity, "amount": quantity * COSTS[product],
                                   "paid_from": paid_from if index == 0 else "", "invoice": invoice if index == 0 else ""})
        if paid_from == "cash":
            self.move(when, "till", -sum(quantity * COSTS[product] for product, quantity in items))

    def nivf(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def make(self):
        rng = self.rng
        # Before opening: the first tranche, the members' capital, the equipment and the first stock.
        self.move(day("2023-12-18"), "bank", 618600, "Transfer SU-2023-01 tranche 1 / Help in Albania")
        self.postings += [
            ["C-001", "2024-01-03", "Members' capital, paid in cash (5 members × 10,000)", "5310", "50000", "ALL", "OWN", "", "Members of Gratë e Mallakastrës", "document:minutes of the founding assembly", ""],
            ["C-001", "", "", "1010", "-50000", "ALL", "OWN", "", "", "", ""],
        ]
        self.move(day("2024-01-03"), "till", 50000)
        grant = [
            ("2024-01-04", "Deck oven and spiral mixer", "Teknika Ushqimore shpk", "L91625004H", 390000, "2150", "1", "F-0042/2024"),
            ("2024-01-05", "Display counter", "Mobileri Fieri", "K71823011A", 65000, "2180", "2", "F-118/2024"),
            ("2024-01-05", "First stock of flour, sugar and packaging", "Mulliri i Ballshit shpk", "K81512034P", 30000, "6011", "3", "331/2024"),
            ("2024-01-06", "Food-safety (HACCP) training for five members", "Qendra e Formimit Profesional Fier", "L62017009B", 18000, "6280", "5", "FP-07/2024"),
            ("2024-01-06", "Registration and food licence", "Qendra Kombëtare e Biznesit", "", 12500, "6280", "5", ""),
            ("2024-02-02", "Shelves and trays", "Mobileri Fieri", "K71823011A", 43000, "2180", "2", "F-161/2024"),
            ("2024-02-05", "Second stock of ingredients and packaging", "Mulliri i Ballshit shpk", "K81512034P", 29400, "6011", "3", "402/2024"),
            ("2024-05-14", "Proofing cabinet", "Teknika Ushqimore shpk", "L91625004H", 120000, "2150", "1", "F-0219/2024"),
            ("2024-05-20", "Food-safety refresher and hygiene audit", "Qendra e Formimit Profesional Fier", "L62017009B", 28000, "6280", "5", "FP-51/2024"),
            ("2024-09-09", "Dough sheeter", "Teknika Ushqimore shpk", "L91625004H", 88000, "2150", "1", "F-0388/2024"),
        ]
        for when, what, supplier, nipt, amount, account, line, invoice in grant:
            self.expense(day(when), what, supplier, amount, account, "bank", nipt, "SU", line, invoice, self.nivf() if nipt else "")
        # The first stock of drinks, on the supplier's credit: enough for the busiest month.
        self.purchase("G-FIRST", day("2024-01-05"), list(FIRST_STOCK.items()), "supplier", "PF-00")
        # The year, day by day.
        opening = day("2024-01-08")
        when = day("2024-01-01")
        week_sales = 0
        catered = set()  # (month, second half): catering jobs are on the first trading day from the 12th and from the 26th
        month_sales = {}
        drinks_sold = {"UJE": 0, "LENG": 0}
        while when.year == YEAR:
            month = when.month
            factor = SEASON[month]
            if when.day == 1 and month > 1:
                self.month_end(when - dt.timedelta(days=1), month_sales, drinks_sold)
            if when.day == 2:
                fund, line = ("SU", "4") if month <= 6 else ("", "")
                self.expense(when, f"Rent of the shop, {when.strftime('%B')}", "Arben Lala (landlord)", 25000, "6130", "bank", fund=fund, line=line, invoice=f"QR-{month:02d}/2024")
                self.expense(when, f"Bookkeeping and mentoring, {when.strftime('%B')}", "Studio Kontabël Meta", 3750, "6220", "bank", "L41309022C", "SU", "6", f"{month:02d}/2024", self.nivf())
            if when >= opening and when.weekday() < 6 and not (when.month == 1 and when.day == 1):
                bake = {p: max(0, round(q * factor * rng.uniform(0.8, 1.2))) for p, q in DAILY.items()}
                if rng.random() < 0.25:
                    bake["KULAC"] = rng.choice([1, 1, 2])
                card = {p: 0 for p in bake}
                for product in ("BUKE", "BYREK", "LENG"):
                    card[product] = round(bake[product] * rng.uniform(0.08, 0.2))
                    bake[product] -= card[product]
                stamp = when.strftime("%Y%m%d")
                cash_items = [(p, str(q)) for p, q in bake.items() if q > 0]
                card_items = [(p, str(q)) for p, q in card.items() if q > 0]
                total = self.sale(f"T-{stamp}-C", when, cash_items, "cash", description=None)
                if card_items:
                    total += self.sale(f"T-{stamp}-K", when, card_items, "card")
                for product in drinks_sold:
                    drinks_sold[product] += bake.get(product, 0) + card.get(product, 0)
                week_sales += total
                month_sales[month] = month_sales.get(month, 0) + total
                # Cakes to order, about two a week.
                if rng.random() < 0.33:
                    if rng.random() < 0.6:
                        items = [("TORTE", rng.choice(["1.5", "2", "2.5", "3", "1.25"]))]
                    else:
                        items = [("BAKLAVA", "1")]
                    self.invoice += 1
                    self.sale(f"O-{stamp}", when, items, "cash", customer=None)
                # Ingredients from the market every Monday, from the till.
                if when.weekday() == 0:
                    amount = max(4000, round(week_sales * 0.12 / 100) * 100)
                    self.expense(when, "Eggs, dairy, oil and sugar for the week", "Tregu i Ballshit (sellers' receipts)", amount, "6012", "cash")
                    week_sales = 0
                # Gas every other Wednesday.
                if when.weekday() == 2 and when.isocalendar()[1] % 2 == 0:
                    self.expense(when, "Gas cylinders for the oven", "Gaz Ballsh", 7800, "6160", "cash", "K52614088S")
                # Catering, about twice a month from February, paid by transfer.
                half = (month, when.day >= 26)
                if month > 1 and when.day >= 12 and half not in catered:
                    catered.add(half)
                    guests = rng.choice([20, 25, 30, 35, 40, 50, 60])
                    customer = rng.choice(CUSTOMERS)
                    self.invoice += 1
                    self.sale(f"F-{stamp}", when, [("CATER", str(guests))], "bank", invoice=f"{self.invoice}/2024", nivf=self.nivf(), customer=customer)
                # Saturday: the week's cash to the bank, keeping a float of 40,000.
                if when.weekday() == 5:
                    deposit = (self.till_balance(when) - 40000) // 1000 * 1000
                    if deposit > 0:
                        entry = f"D-{stamp}"
                        self.postings += [
                            [entry, when.isoformat(), "Cash from the till to the bank", "5120", str(deposit), "ALL", "OWN", "", "", f"bank:deposit slip {stamp}", ""],
                            [entry, "", "", "5310", str(-deposit), "ALL", "OWN", "", "", "", ""],
                        ]
                        self.move(when, "till", -deposit)
                        self.move(when, "bank", deposit, f"Cash deposit {when.strftime('%d.%m')}")
            if when.isoformat() == "2024-04-16":
                self.move(when, "bank", 405800, "Transfer SU-2023-01 tranche 2 / Help in Albania")
            if when.isoformat() == "2024-09-17":
                self.expense(when, "Oven door seal replaced", "Servis Kuçi", 6500, "6240", "cash", "L71904322B")
            when += dt.timedelta(days=1)
        self.month_end(day("2024-12-31"), month_sales, drinks_sold)
        # Two baklava trays paid by transfer two days apart: the bank shows both a day later.
        self.sale("O-20240506-B", day("2024-05-06"), [("BAKLAVA", "1")], "bank", customer="Familja Hoxha", statement_date=day("2024-05-07"))
        self.sale("O-20240508-B", day("2024-05-08"), [("BAKLAVA", "1")], "bank", customer="Familja Dervishi", statement_date=day("2024-05-09"))

    def month_end(self, last, month_sales, drinks_sold):
        month = last.month
        rng = self.rng
        # Flour from the mill for the month, paid by transfer.
        flour = round(month_sales.get(month, 0) * 0.17 / 100) * 100
        if flour:
            self.expense(last, f"Flour and maize meal, {last.strftime('%B')}", "Mulliri i Ballshit shpk", flour, "6011", "bank", "K81512034P", invoice=f"M-{month:02d}/2024", nivf=self.nivf())
        # Drinks: what was sold, bought back at cost, from the till.
        sold = [(p, q) for p, q in drinks_sold.items() if q > 0]
        if sold:
            assert all(q <= FIRST_STOCK[p] for p, q in sold), f"more drinks sold in {last:%B} than the first stock holds"
            self.purchase(f"G-2024-{month:02d}", last, sold, "cash", f"PF-{month:02d}")
            for p in drinks_sold:
                drinks_sold[p] = 0
        self.expense(last, f"Electricity and water, {last.strftime('%B')}", "OSHEE / UKB Ballsh", 9000 + rng.randrange(0, 60) * 100, "6150", "bank")
        self.expense(last, f"Packaging, {last.strftime('%B')}", "Ambalazhe Fier", 6000 + rng.randrange(0, 30) * 100, "6013", "cash")
        # Wages of the month, paid on the tenth of the next; contributions on the eighteenth.
        staff = 3 if month <= 3 else 4
        pay = last + dt.timedelta(days=10)
        dues = last + dt.timedelta(days=18)
        if pay.year == YEAR:
            self.expense(pay, f"Wages for {last.strftime('%B')}, net pay of {staff} members", "Staff of the bakery", 35520 * staff, "6410", "bank")
            self.expense(dues, f"Social and health insurance for {last.strftime('%B')}", "Drejtoria Rajonale e Tatimeve Fier", 11160 * staff, "6450", "bank", "J61820025A")
        # The bank's monthly fee, which only the statement shows.
        self.move(last, "bank-fee", -300, f"Account fee {last.strftime('%m/%Y')}")

    def till_balance(self, until):
        return sum(m[3] for m in self.movements if m[2] == "till" and m[0] <= until)

    def finish(self):
        # The till, counted three times; two counts come up short.
        counts = [("2024-03-30", 0, ""), ("2024-06-29", 700, "Change given twice on market day; noted by the cashier"),
                  ("2024-12-31", 300, "Short after the New Year's Eve rush")]
        shortages = 0
        for when, short, note in counts:
            expected = self.till_balance(day(when)) - shortages
            assert expected >= 0, f"the till would be negative on {when}"
            self.counts.append({"date": when, "counted": expected - short, "note": note})
            shortages += short
        # The bank statement: every bank movement, by the statement's date.
        lines = sorted((m for m in self.movements if m[2] in ("bank", "bank-fee")), key=lambda m: (m[5], m[1]))
        balance = 0
        for m in lines:
            balance += m[3]
            assert balance >= 0, f"the bank would be overdrawn on {m[5]}"
            self.bank.append({"date": m[5].isoformat(), "description": m[4], "amount": m[3], "balance": balance})
        till = self.till_balance(day("2024-12-31"))
        # The drinks counted at the year's end: two bottles of juice were broken in December.
        self.stock_counts = [{"date": "2024-12-31", "product": "UJE", "counted": FIRST_STOCK["UJE"], "note": ""},
                             {"date": "2024-12-31", "product": "LENG", "counted": FIRST_STOCK["LENG"] - 2, "note": "Two bottles broken in December"}]
        assert min(self.till_balance(m[0]) for m in self.movements if m[2] == "till") >= 0

    def write(self, folder):
        def table(name, header, rows):
            with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f, lineterminator="\n")
                writer.writerow(header)
                for row in rows:
                    writer.writerow([row[h] for h in header] if isinstance(row, dict) else row)
        table("sales.csv", ["sale", "date", "product", "quantity", "payment", "invoice", "nivf", "customer"], self.sales)
        table("expenses.csv", ["date", "description", "supplier", "nipt", "amount", "account", "paid_from", "fund", "budget_line", "invoice", "nivf"],
              sorted(self.expenses, key=lambda e: e["date"]))
        table("transactions.csv", ["entry", "date", "description", "account", "amount", "currency", "fund", "budget_line", "counterparty", "document", "memo"],
              self.postings)
        table("grant-tranches.csv", ["id", "date", "amount", "agreement", "reference", "original_amount", "original_currency"], [
            ["GR-1", "2023-12-18", "618600", "SU-2023-01", "RBAL-EUR-2023-1215-04", "6000.00", "EUR"],
            ["GR-2", "2024-04-16", "405800", "SU-2023-01", "RBAL-EUR-2024-0412-02", "4000.00", "EUR"]])
        table("stock-purchases.csv", ["id", "date", "supplier", "nipt", "product", "quantity", "amount", "paid_from", "invoice"], self.purchases)
        table("stock-counts.csv", ["date", "product", "counted", "note"], self.stock_counts)
        table("cash-counts.csv", ["date", "counted", "note"], self.counts)
        first_half = [line for line in self.bank if line["date"] <= "2024-06-30"]
        second_half = [line for line in self.bank if line["date"] >= "2024-06-20"]
        table("statement-2024-h1.csv", ["date", "description", "amount", "balance"], first_half)
        table("statement-2024-h2.csv", ["date", "description", "amount", "balance"], second_half)
        fees = [[line["date"], line["description"], "", "6270", "The bank's monthly account fee"] for line in self.bank if line["description"].startswith("Account fee")]
        table("bank-resolutions.csv", ["date", "description", "entry", "account", "note"], [
            ["2024-05-07", "Transfer from Familja Hoxha 06.05", "O-20240506-B", "", "Baklava ordered by the Hoxha family"],
            ["2024-05-09", "Transfer from Familja Dervishi 08.05", "O-20240508-B", "", "Baklava ordered by the Dervishi family"]] + fees)
        table("closed-periods.csv", ["month"], [["2023-12"]] + [[f"2024-{m:02d}"] for m in range(1, 12)])


def bench(per_day, out):
    rng = random.Random(73)
    products = ["BUKE", "BUKE-M", "BYREK", "PETULLA", "KULAC", "UJE", "LENG"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["sale", "date", "product", "quantity", "payment"])
        when = dt.date(YEAR, 1, 1)
        number = 0
        while when.year == YEAR:
            for _ in range(per_day):
                number += 1
                payment = rng.choice(["cash", "cash", "cash", "card"])
                for index, product in enumerate(rng.sample(products, rng.choice([1, 1, 2, 3]))):
                    writer.writerow([f"B-{number:06d}", when.isoformat() if index == 0 else "", product, rng.randint(1, 6), payment if index == 0 else ""])
            when += dt.timedelta(days=1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=int, help="write only a benchmark sales file of N sales a day")
    parser.add_argument("--out", default=HERE, help="the folder (or, with --bench, the file) to write")
    args = parser.parse_args()
    if args.bench:
        bench(args.bench, args.out)
    else:
        year = Year()
        year.make()
        year.finish()
        year.write(args.out)
