import ArkaCore
import ArkaStore

extension Ledger {
    /// The social business's registers, each set against the journal's figure for it:
    ///
    /// - the goods in stock at unit cost against the stock account's balance (a product whose
    ///   quantity × unit cost differs from what its lines moved on the account is named, and so
    ///   is every entry that moved the account without quantities of goods);
    /// - sales by product, net of VAT, against what the sale entries and their reversals
    ///   credited to each income account;
    /// - the cash counts' differences (counted less the books) against what each count's
    ///   difference entry moved on the account counted (a count that agreed posts nothing);
    /// - each bank account's matched statement lines against what their entries moved on the
    ///   account, a reversed entry counting with its reversal (so a line matched to a reversed
    ///   entry is a difference).
    ///
    /// Every register is derived from the entries and their lines, reversals included, so in
    /// sound books each one agrees. Books made without a business profile have none of these.
    ///
    /// ```swift
    /// for line in try ledger.businessReconciliations() where !line.agrees { print(line.differences) }
    /// ```
    /// - Throws: ``ArkaError/Kind/overflow`` when a total does not fit; a database error.
    public func businessReconciliations() throws -> [RegisterReconciliation] {
        guard definition.settings[BusinessProfile.settingKey] != nil else { return [] }
        let profile = try businessProfile()
        return try store.view { view in
            var result: [RegisterReconciliation] = []
            if let stock = profile.stock { result.append(try stockReconciliation(account: stock, in: view)) }
            result.append(try salesReconciliation(in: view))
            result.append(try cashCountReconciliation(in: view))
            var banks = [profile.bank]
            for account in try view.statementAccounts() where !banks.contains(account) { banks.append(account) }
            for account in banks { result.append(try statementReconciliation(account: account, in: view)) }
            return result
        }
    }

    private func figure(_ amount: Money) -> String { "\(amount.tableText) \(amount.currency.code)" }

    /// `total` plus `amount`, an overflow named as `what`.
    private func add(_ amount: Money, to total: inout Money, _ what: String) throws {
        let sum = total
        total = try Checked.named(what) { try sum.adding(amount) }
    }

    private func describe(_ account: String) -> Sentence {
        context.chart.account(account).map { Sentence("account \($0.code) (\($0.name(in: .current)))") } ?? Sentence("account \(account)")
    }

    /// Goods on hand × unit cost, product by product, against the stock account.
    private func stockReconciliation(account: String, in view: LedgerView) throws -> RegisterReconciliation {
        let products = self.products
        var quantity: [String: Int64] = [:]
        var moved = MoneyTotals<String>(currency: baseCurrency)
        var explained = MoneyTotals<String>(currency: baseCurrency)
        for line in try view.stockLines(products: stockProducts, through: nil) {
            quantity[line.product] = try Checked.add(quantity[line.product] ?? 0, line.quantityThousandths, what: "the quantity on hand")
            try moved.add(line.value, to: line.product, what: "the stock's value")
            try explained.add(line.value, to: line.entry, what: "the stock's value")
        }
        var differences = Differences()
        var register = Money.zero(baseCurrency)
        for code in stockProducts {
            guard let product = products[code], let unitCost = product.unitCost else { continue }
            let onHand = quantity[code] ?? 0
            let value = try Conversion.scale(unitCost, by: onHand, over: 1000)
            try add(value, to: &register, "the stock's value")
            let lines = moved[code]
            if value != lines {
                differences.append(
                    "\(code): \(BusinessIndicators.quantityText(onHand)) \(product.unit) on hand at \(unitCost.tableText) is \(figure(value)), its lines moved \(account) by \(figure(lines))",
                    Phrase(
                        "difference.product_differs",
                        [
                            "product": code, "quantity": BusinessIndicators.quantityText(onHand), "unit": product.unit,
                            "unit_cost": "\(unitCost.tableText) \(baseCurrency.code)", "value": figure(value), "account": account, "moved": figure(lines),
                        ]))
            }
        }
        var control = Money.zero(baseCurrency)
        for movement in try view.movements(on: account, through: nil) {
            try add(movement.amount, to: &control, "the stock account")
            let residue = try Checked.named("the stock account") { try movement.amount.subtracting(explained[movement.entry]) }
            if !residue.isZero {
                differences.append(
                    "entry \(movement.entry) of \(movement.date) moved \(account) by \(figure(residue)) without quantities of goods",
                    Phrase(
                        "difference.entry_without_quantities",
                        ["entry": movement.entry, "date": movement.date.description, "account": account, "amount": figure(residue)]))
            }
        }
        return RegisterReconciliation(
            register: "goods in stock at unit cost", control: describe(account), registerTotal: register, controlTotal: control,
            differences: differences.texts,
            phrases: .init(
                register: Phrase("register.goods_in_stock"), control: Phrase("control.account", ["account": account]), differences: differences.phrases))
    }

    /// Sales by product, net of VAT, per income account, against the sale entries' credits.
    private func salesReconciliation(in view: LedgerView) throws -> RegisterReconciliation {
        let products = self.products
        var register = MoneyTotals<String>(currency: baseCurrency)
        for row in try view.productSales(from: nil, to: nil) {
            guard let account = products[row.product]?.incomeAccount else { continue }
            let net = try Checked.named("the sales") { try row.amount.subtracting(row.vat) }
            try register.add(net, to: account, what: "the sales")
        }
        let accounts = Set(definition.products.map(\.incomeAccount)).sorted()
        let control = try view.saleRevenue(accounts: accounts)
        var differences = Differences()
        var registerTotal = Money.zero(baseCurrency)
        var controlTotal = Money.zero(baseCurrency)
        for account in accounts {
            let sold = register[account]
            let credited = control[account] ?? .zero(baseCurrency)
            try add(sold, to: &registerTotal, "the sales")
            try add(credited, to: &controlTotal, "the sales")
            if sold != credited {
                differences.append(
                    "\(describe(account)): sales by product \(figure(sold)), the sale entries credited \(figure(credited))",
                    Phrase("difference.sales_differ", ["account": account, "sold": figure(sold), "credited": figure(credited)]))
            }
        }
        return RegisterReconciliation(
            register: "sales by product, without VAT",
            control: accounts.isEmpty ? "the income accounts of the sales (no product has one yet)" : "the income accounts of the sales (\(accounts.joined(separator: ", ")))",
            registerTotal: registerTotal, controlTotal: controlTotal, differences: differences.texts,
            phrases: .init(
                register: Phrase("register.sales_by_product"), control: Phrase("control.sale_income", ["accounts": accounts.joined(separator: ", ")]),
                differences: differences.phrases))
    }

    /// Every cash count's difference against what its own difference entry moved on the account
    /// counted: a count with a difference and no entry, or an entry that moved another amount,
    /// is named. Several counts of one day and till each stand on their own entry.
    private func cashCountReconciliation(in view: LedgerView) throws -> RegisterReconciliation {
        var register = Money.zero(baseCurrency)
        var control = Money.zero(baseCurrency)
        var differences = Differences()
        for stored in try view.cashCounts(currency: baseCurrency) {
            let count = stored.count
            let difference = try count.difference
            try add(difference, to: &register, "the cash counts' differences")
            var moved = Money.zero(baseCurrency)
            if let id = stored.entry, let entry = try view.storedEntry(id: id) {
                for posting in entry.entry.postings where posting.account == count.account {
                    try add(posting.baseAmount, to: &moved, "the cash counts' differences")
                }
            }
            try add(moved, to: &control, "the cash counts' differences")
            guard moved != difference else { continue }
            let values = [
                "date": count.date.description, "account": count.account, "difference": figure(difference), "entry": stored.entry ?? "", "moved": figure(moved),
            ]
            if let entry = stored.entry {
                differences.append(
                    "the count of \(count.date) on \(count.account) found \(figure(difference)), its entry \(entry) moved \(count.account) by \(figure(moved))",
                    Phrase("difference.cash_count_differs", values))
            } else {
                differences.append(
                    "the count of \(count.date) on \(count.account) found \(figure(difference)) and posted no entry",
                    Phrase("difference.cash_count_without_entry", values))
            }
        }
        return RegisterReconciliation(
            register: "cash counts' differences", control: "their entries' movement on the accounts counted", registerTotal: register,
            controlTotal: control, differences: differences.texts,
            phrases: .init(
                register: Phrase("register.cash_counts"), control: Phrase("control.cash_count_entries"), differences: differences.phrases))
    }

    /// Matched statement lines against what their entries, and those entries' reversals, moved on the account.
    private func statementReconciliation(account: String, in view: LedgerView) throws -> RegisterReconciliation {
        var register = Money.zero(baseCurrency)
        var control = Money.zero(baseCurrency)
        var differences = Differences()
        for line in try view.matchedStatementLines(account: account, currency: baseCurrency) {
            let moved = try Checked.named("the bank's movements") { try line.entryMovement.adding(line.reversalMovement) }
            try add(line.amount, to: &register, "the statement lines")
            try add(moved, to: &control, "the bank's movements")
            let what = "statement line \(line.line) (\(line.date), \(figure(line.amount))) is matched to \(line.entry)"
            let values = ["line": "\(line.line)", "date": "\(line.date)", "amount": figure(line.amount), "entry": line.entry, "account": account]
            if let reversal = line.reversal {
                differences.append(
                    "\(what), which \(reversal) reversed: undo the match (arka bank match --undo \(line.line)) and match the line again",
                    Phrase("difference.statement_line_reversed", values.merging(["reversal": reversal]) { $1 }))
            } else if moved != line.amount {
                differences.append(
                    "\(what), which moved \(account) by \(figure(moved))",
                    Phrase("difference.statement_line_differs", values.merging(["moved": figure(moved)]) { $1 }))
            }
        }
        return RegisterReconciliation(
            register: "bank statement lines matched on \(account)", control: "their entries' movement on \(describe(account))",
            registerTotal: register, controlTotal: control, differences: differences.texts,
            phrases: .init(
                register: Phrase("register.statement_lines", ["account": account]), control: Phrase("control.statement_entries", ["account": account]),
                differences: differences.phrases))
    }
}
