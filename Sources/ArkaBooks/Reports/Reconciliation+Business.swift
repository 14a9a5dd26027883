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

    private func money(_ units: Int64) -> Money { Money(minorUnits: units, currency: baseCurrency) }

    private func figure(_ units: Int64) -> String { "\(money(units).tableText) \(baseCurrency.code)" }

    private func describe(_ account: String) -> String {
        context.chart.account(account).map { "account \($0.code) (\($0.name))" } ?? "account \(account)"
    }

    /// Goods on hand × unit cost, product by product, against the stock account.
    private func stockReconciliation(account: String, in view: LedgerView) throws -> RegisterReconciliation {
        let products = self.products
        var quantity: [String: Int64] = [:]
        var moved: [String: Int64] = [:]
        var explained: [String: Int64] = [:]
        for line in try view.stockLines(products: stockProducts, through: nil) {
            quantity[line.product] = try Checked.add(quantity[line.product] ?? 0, line.quantityThousandths, what: "the quantity on hand")
            moved[line.product] = try Checked.add(moved[line.product] ?? 0, line.value, what: "the stock's value")
            explained[line.entry] = try Checked.add(explained[line.entry] ?? 0, line.value, what: "the stock's value")
        }
        var differences = Differences()
        var register: Int64 = 0
        for code in stockProducts {
            guard let product = products[code], let unitCost = product.unitCost else { continue }
            let onHand = quantity[code] ?? 0
            let value = try Conversion.scale(unitCost, by: onHand, over: 1000).minorUnits
            register = try Checked.add(register, value, what: "the stock's value")
            let lines = moved[code] ?? 0
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
        var control: Int64 = 0
        for movement in try view.movements(on: account, through: nil) {
            control = try Checked.add(control, movement.amount, what: "the stock account")
            let residue = try Checked.add(movement.amount, -(explained[movement.entry] ?? 0), what: "the stock account")
            if residue != 0 {
                differences.append(
                    "entry \(movement.entry) of \(movement.date) moved \(account) by \(figure(residue)) without quantities of goods",
                    Phrase(
                        "difference.entry_without_quantities",
                        ["entry": movement.entry, "date": movement.date.description, "account": account, "amount": figure(residue)]))
            }
        }
        return RegisterReconciliation(
            register: "goods in stock at unit cost", control: describe(account), registerTotal: money(register), controlTotal: money(control),
            differences: differences.texts,
            phrases: .init(
                register: Phrase("register.goods_in_stock"), control: Phrase("control.account", ["account": account]), differences: differences.phrases))
    }

    /// Sales by product, net of VAT, per income account, against the sale entries' credits.
    private func salesReconciliation(in view: LedgerView) throws -> RegisterReconciliation {
        let products = self.products
        var register: [String: Int64] = [:]
        for row in try view.productSales(from: nil, to: nil) {
            guard let account = products[row.product]?.incomeAccount else { continue }
            let net = try Checked.add(row.amount, -row.vat, what: "the sales")
            register[account] = try Checked.add(register[account] ?? 0, net, what: "the sales")
        }
        let accounts = Set(definition.products.map(\.incomeAccount)).sorted()
        let control = try view.saleRevenue(accounts: accounts)
        var differences = Differences()
        var registerTotal: Int64 = 0
        var controlTotal: Int64 = 0
        for account in accounts {
            let sold = register[account] ?? 0
            let credited = control[account] ?? 0
            registerTotal = try Checked.add(registerTotal, sold, what: "the sales")
            controlTotal = try Checked.add(controlTotal, credited, what: "the sales")
            if sold != credited {
                differences.append(
                    "\(describe(account)): sales by product \(figure(sold)), the sale entries credited \(figure(credited))",
                    Phrase("difference.sales_differ", ["account": account, "sold": figure(sold), "credited": figure(credited)]))
            }
        }
        return RegisterReconciliation(
            register: "sales by product, without VAT", control: "the income accounts of the sales (\(accounts.joined(separator: ", ")))",
            registerTotal: money(registerTotal), controlTotal: money(controlTotal), differences: differences.texts,
            phrases: .init(
                register: Phrase("register.sales_by_product"), control: Phrase("control.sale_income", ["accounts": accounts.joined(separator: ", ")]),
                differences: differences.phrases))
    }

    /// Every cash count's difference against what its own difference entry moved on the account
    /// counted: a count with a difference and no entry, or an entry that moved another amount,
    /// is named. Several counts of one day and till each stand on their own entry.
    private func cashCountReconciliation(in view: LedgerView) throws -> RegisterReconciliation {
        var register: Int64 = 0
        var control: Int64 = 0
        var differences = Differences()
        for stored in try view.cashCounts(currency: baseCurrency) {
            let count = stored.count
            let difference = try count.difference.minorUnits
            register = try Checked.add(register, difference, what: "the cash counts' differences")
            var moved: Int64 = 0
            if let id = stored.entry, let entry = try view.storedEntry(id: id) {
                for posting in entry.entry.postings where posting.account == count.account {
                    moved = try Checked.add(moved, posting.baseAmount.minorUnits, what: "the cash counts' differences")
                }
            }
            control = try Checked.add(control, moved, what: "the cash counts' differences")
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
            register: "cash counts' differences", control: "their entries' movement on the accounts counted", registerTotal: money(register),
            controlTotal: money(control), differences: differences.texts,
            phrases: .init(
                register: Phrase("register.cash_counts"), control: Phrase("control.cash_count_entries"), differences: differences.phrases))
    }

    /// Matched statement lines against what their entries, and those entries' reversals, moved on the account.
    private func statementReconciliation(account: String, in view: LedgerView) throws -> RegisterReconciliation {
        var register: Int64 = 0
        var control: Int64 = 0
        var differences = Differences()
        for line in try view.matchedStatementLines(account: account, currency: baseCurrency) {
            let moved = try Checked.add(line.entryMovement, line.reversalMovement, what: "the bank's movements")
            register = try Checked.add(register, line.amount, what: "the statement lines")
            control = try Checked.add(control, moved, what: "the bank's movements")
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
            registerTotal: money(register), controlTotal: money(control), differences: differences.texts,
            phrases: .init(
                register: Phrase("register.statement_lines", ["account": account]), control: Phrase("control.statement_entries", ["account": account]),
                differences: differences.phrases))
    }
}
