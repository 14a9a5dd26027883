import ArkaCore
import ArkaStore

extension Ledger {
    /// Every register kept beside the journal, each set against its control figure in the
    /// journal: the equipment in stock, the equipment handed over, each agreement's consumption,
    /// and for a social business its stock, sales and bank matches.
    ///
    /// ```swift
    /// for line in try ledger.reconcileRegisters() where !line.agrees { print(line.differences) }
    /// ```
    /// - Throws: ``ArkaError`` when the ledger cannot be read, or a sum does not fit.
    public func reconcileRegisters() throws -> [RegisterReconciliation] {
        try grantReconciliations() + businessReconciliations()
    }

    /// The equipment register and the agreements, reconciled to the journal.
    ///
    /// - Equipment in stock at cost equals the balance of `equipment_stock_account`.
    /// - Equipment handed over at cost equals the in-kind schemes' grant expense (their
    ///   expense account, fund and budget line), less what cash grants post there.
    /// - What each agreement consumed equals the grant expense of the entries it rests on:
    ///   its tranches, handovers and returns, and their reversals.
    ///
    /// A posting to a control account by an entry the register does not rest on is named.
    /// - Throws: ``ArkaError`` when the ledger cannot be read, or a sum does not fit.
    func grantReconciliations() throws -> [RegisterReconciliation] {
        let stockAccount = settings.equipmentStockAccount
        // Every posting the three reconciliations read, fetched once: the stock account's and the schemes' expense accounts'.
        let (register, positions, schemes, equipmentEntries, agreementEntries, controlPostings) = try store.view { view in
            let schemes = try view.grantSchemes()
            let accounts = Set(schemes.map(\.expenseAccount)).union(stockAccount.map { [$0] } ?? [])
            return (
                try view.equipment(), try view.grantPositions(), schemes, try view.equipmentEntryIDs(), try view.agreementEntryIDs(),
                accounts.isEmpty ? [] : try view.register(accounts: accounts, from: nil, to: nil))
        }
        var lines: [RegisterReconciliation] = []
        let base = baseCurrency
        func sum(_ amounts: [Money]) throws -> Money { try Money.sum(amounts, currency: base) }

        if let stock = stockAccount, !register.isEmpty || context.chart.contains(stock) {
            let postings = controlPostings.filter { $0.account == stock }
            let inStock = try sum(register.filter(\.isInStock).map(\.baseCost))
            let booked = try sum(postings.map(\.baseAmount))
            var differences = Differences()
            for row in postings where !equipmentEntries.contains(row.entryID) {
                let amount = row.baseAmount
                differences.append(
                    "entry \(row.entryID) posts \(amount) to \(stock) without an item in the register",
                    Phrase("difference.entry_without_item", ["entry": row.entryID, "amount": amount.description, "account": stock]))
            }
            if inStock != booked && differences.isEmpty {
                differences.append(
                    "the items in stock cost \(inStock) and account \(stock) holds \(booked)",
                    Phrase("difference.stock_differs", ["items": inStock.description, "account": stock, "booked": booked.description]))
            }
            lines.append(
                RegisterReconciliation(
                    register: "equipment in stock, at cost", control: "account \(stock)", registerTotal: inStock, controlTotal: booked,
                    differences: differences.texts,
                    phrases: .init(
                        register: Phrase("register.equipment_in_stock"), control: Phrase("control.account", ["account": stock]),
                        differences: differences.phrases)))
        }

        let inKind = schemes.filter { $0.kind == .inKind }
        if !inKind.isEmpty {
            let cashEntries = positions.filter { position in schemes.first { $0.code == position.agreement.scheme }?.kind == .cash }
                .reduce(into: Set<String>()) { $0.formUnion(agreementEntries[$1.agreement.number] ?? []) }
            let targets = Set(inKind.map { "\($0.expenseAccount) \($0.fund) \($0.budgetLine)" })
            let postings = controlPostings
                .filter { targets.contains("\($0.account) \($0.fund ?? "") \($0.budgetLine ?? "")") && !cashEntries.contains($0.entryID) }
            let handedOver = try sum(register.filter { $0.handover != nil }.map(\.baseCost))
            let booked = try sum(postings.map(\.baseAmount))
            var differences = Differences()
            for row in postings where !equipmentEntries.contains(row.entryID) {
                let amount = row.baseAmount
                let target = "\(row.account) \(row.fund ?? "") \(row.budgetLine ?? "")"
                differences.append(
                    "entry \(row.entryID) posts \(amount) to \(target) without a handover in the register",
                    Phrase("difference.entry_without_handover", ["entry": row.entryID, "amount": amount.description, "target": target]))
            }
            if handedOver != booked && differences.isEmpty {
                differences.append(
                    "the items handed over cost \(handedOver) and the in-kind grant expense is \(booked)",
                    Phrase("difference.handed_over_differs", ["items": handedOver.description, "booked": booked.description]))
            }
            let expense = inKind.map { "\($0.expenseAccount) \($0.fund) \($0.budgetLine)" }.sorted().joined(separator: ", ")
            lines.append(
                RegisterReconciliation(
                    register: "equipment handed over, at cost", control: "in-kind grant expense (\(expense))",
                    registerTotal: handedOver, controlTotal: booked, differences: differences.texts,
                    phrases: .init(
                        register: Phrase("register.equipment_handed_over"), control: Phrase("control.in_kind_expense", ["targets": expense]),
                        differences: differences.phrases)))
        }

        if !positions.isEmpty {
            var byEntry: [String: [PostingLine]] = [:]
            for row in controlPostings { byEntry[row.entryID, default: []].append(row) }
            var consumedTotal = Money.zero(base)
            var bookedTotal = Money.zero(base)
            var differences = Differences()
            // Each agreement is compared in its own currency. The totals are in the base currency:
            // the grant postings at the rates they were booked at, and the register's consumption,
            // which is those same postings' base amounts where the agreement agrees with them.
            for position in positions {
                guard let scheme = schemes.first(where: { $0.code == position.agreement.scheme }) else { continue }
                let currency = position.agreement.amount.currency
                var booked = Money.zero(currency)
                var bookedBase = Money.zero(base)
                for id in (agreementEntries[position.agreement.number] ?? []).sorted() {
                    for row in byEntry[id] ?? []
                    where row.account == scheme.expenseAccount && row.fund == scheme.fund && row.budgetLine == scheme.budgetLine {
                        let amount = currency == base ? row.baseAmount : row.amount.currency == currency ? row.amount : .zero(currency)
                        booked = try booked.adding(amount)
                        bookedBase = try bookedBase.adding(row.baseAmount)
                    }
                }
                if booked != position.consumed {
                    differences.append(
                        "agreement \(position.agreement.number) consumed \(position.consumed) in the register and \(booked) in its grant postings",
                        Phrase(
                            "difference.agreement_differs",
                            ["agreement": position.agreement.number, "consumed": position.consumed.description, "booked": booked.description]))
                }
                if currency == base {
                    consumedTotal = try consumedTotal.adding(position.consumed)
                    bookedTotal = try bookedTotal.adding(booked)
                } else {
                    // A foreign-currency agreement that differs is named above; its postings still count.
                    consumedTotal = try consumedTotal.adding(bookedBase)
                    bookedTotal = try bookedTotal.adding(bookedBase)
                }
            }
            lines.append(
                RegisterReconciliation(
                    register: "consumed per agreement (\(positions.count))", control: "each agreement's grant postings",
                    registerTotal: consumedTotal, controlTotal: bookedTotal, differences: differences.texts,
                    phrases: .init(
                        register: Phrase("register.agreements_consumed", ["count": String(positions.count)]),
                        control: Phrase("control.agreement_postings"), differences: differences.phrases)))
        }
        return lines
    }
}
