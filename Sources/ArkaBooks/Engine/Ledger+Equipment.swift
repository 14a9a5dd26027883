import ArkaCore
import ArkaStore

extension Ledger {
    /// The columns of a purchase file: one row per item; rows of one invoice, one after another,
    /// make one entry.
    public static let purchaseColumns = (
        required: ["tag", "description", "supplier", "invoice", "date", "amount", "currency", "fund", "budget_line", "credit_account"],
        optional: ["serial", "nivf"]
    )

    /// The columns of a handover file: one row per item; rows of one protocol make one entry.
    public static let handoverColumns = ["protocol", "date", "agreement", "tag", "signatories"]

    /// Buys equipment for handover: one entry per invoice, debiting the stock account per item
    /// (on its fund and budget line) and crediting the supplier or the bank; each item joins the
    /// register with its cost in the base currency at the purchase's rate.
    /// Returns the purchase entry's id: `PUR-` and the invoice number, numbered on (`-2`) when
    /// another supplier's invoice of that number, or a reversed purchase, has the name.
    /// - Throws: ``ArkaError`` naming the item; nothing is recorded.
    @discardableResult
    public func purchaseEquipment(_ items: [EquipmentItem], creditAccount: String, signature: Signature) throws -> String {
        try write(signature: signature) { try purchase(items, creditAccount: creditAccount, signature: signature, in: $0) }
    }

    /// Buys the items of a CSV file (``purchaseColumns``), all or none.
    /// Consecutive rows of one invoice are one purchase, paid from the first row's `credit_account`.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is bought then.
    @discardableResult
    public func purchaseEquipment(file path: String, signature: Signature) throws -> Int {
        let table = try CSVTable(path: path, required: Self.purchaseColumns.required, optional: Self.purchaseColumns.optional)
        let read = FileImport.rows(table) { row in
            let currency = try Currency(code: try row.required("currency"))
            let item = EquipmentItem(
                tag: try row.required("tag"), description: try row.required("description"), serial: row.value("serial"),
                supplier: try row.required("supplier"), invoice: try row.required("invoice"), nivf: row.value("nivf"),
                purchaseDate: try LedgerDate.parse(try row.required("date")),
                cost: try Money.parse(try row.required("amount"), currency: currency), fund: try row.required("fund"),
                budgetLine: try row.required("budget_line"))
            try item.check()
            return (item: item, row: row)
        }
        var purchases = read.grouped { $0.item.invoice }
        try write(signature: signature) { transaction in
            try purchases.apply { items in
                let credit = try items[0].row.required("credit_account")
                try purchase(items.map(\.item), creditAccount: credit, signature: signature, in: transaction)
            }
        }
        return read.values.count
    }

    @discardableResult
    private func purchase(_ items: [EquipmentItem], creditAccount: String, signature: Signature, in transaction: LedgerTransaction) throws -> String {
        guard let stock = settings.equipmentStockAccount else {
            throw ArkaError(.badSetting, "set equipment_stock_account in ledger.yaml to buy equipment for handover", field: "equipment_stock_account", value: "")
        }
        guard let first = items.first else { return "" }
        for item in items { try item.check() }
        for item in items where item.invoice != first.invoice || item.supplier != first.supplier || item.purchaseDate != first.purchaseDate
            || item.cost.currency != first.cost.currency
        {
            throw ArkaError(
                .inconsistentEntry, "the items of invoice \(first.invoice) must share supplier, date and currency", field: "tag", value: item.tag)
        }
        var total = Money.zero(first.cost.currency)
        for item in items { total = try total.adding(item.cost) }
        var documents = [DocumentReference(kind: .invoice, reference: first.invoice)]
        if let nivf = first.nivf {
            documents += try DocumentReference.parseList("nivf:\(nivf)", field: "nivf")
        }
        var entry = Entry(
            id: try purchaseID(invoice: first.invoice, supplier: first.supplier, in: transaction), date: first.purchaseDate,
            description: "Equipment for handover, invoice \(first.invoice)",
            counterparty: first.supplier, documents: documents,
            postings: items.map { item in
                Posting(account: stock, amount: item.cost, fund: item.fund, budgetLine: item.budgetLine, memo: "\(item.tag): \(item.description)")
            } + [Posting(account: creditAccount, amount: try total.negated(), fund: first.fund)])
        entry = try EntryRules.prepare(try convert(entry), in: context)
        entry.postedBy = signature.user
        entry.postedAt = signature.timestamp
        try transaction.append(entry)
        for (index, item) in items.enumerated() {
            let posting = entry.postings[index]
            try transaction.addEquipment(item, baseCost: posting.baseAmount, rate: posting.conversion?.rate, entryID: entry.id)
        }
        return entry.id
    }

    /// The id of a purchase's entry: `PUR-` and the invoice number, numbered on (`-2`, `-3`...)
    /// when that name is taken by another supplier's invoice of the same number or by a
    /// reversed purchase.
    /// - Throws: ``ArkaError/Kind/duplicate`` when the supplier's invoice is booked already by
    ///   a purchase that stands.
    private func purchaseID(invoice: String, supplier: String, in transaction: LedgerTransaction) throws -> String {
        let base = "PUR-\(invoice)"
        var candidate = base
        var number = 1
        while let existing = try transaction.storedEntry(id: candidate) {
            if existing.entry.counterparty == supplier, try transaction.reversal(of: candidate) == nil {
                throw ArkaError(
                    .duplicate, "invoice \(invoice) of \(supplier) was booked already as \(candidate); reverse that purchase first to book it again",
                    field: "invoice", value: invoice)
            }
            number += 1
            candidate = "\(base)-\(number)"
        }
        return candidate
    }

    /// Hands items over to an agreement's recipient under one protocol: posts the grant expense
    /// on the agreement's scheme (fund, budget line, expense account) against the stock, at each
    /// item's purchase rate, and consumes the commitment by the items' cost.
    /// - Throws: ``ArkaError`` for an unknown or handed-over item, an agreement in cash, cancelled
    ///   or with too little left, or a date after the action's end without `afterEnd`.
    @discardableResult
    public func handOver(
        tags: [String], agreement: String, date: LedgerDate, protocol number: String, signatories: String, afterEnd: Bool,
        signature: Signature
    ) throws -> StoredEntry {
        try write(signature: signature) { transaction in
            try handOver(
                tags: tags, agreement: agreement, date: date, protocol: number, signatories: signatories, afterEnd: afterEnd,
                signature: signature, in: transaction)
        }
    }

    /// Hands over the items of a CSV file (``handoverColumns``), one entry per protocol, all or none.
    /// Consecutive rows of one protocol are one handover, dated and signed as its first row says.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is handed over then.
    @discardableResult
    public func handOver(file path: String, afterEnd: Bool, signature: Signature) throws -> Int {
        let table = try CSVTable(path: path, required: Self.handoverColumns)
        let read = FileImport.rows(table) { row in (protocol: try row.required("protocol"), tag: try row.required("tag"), row: row) }
        var protocols = read.grouped { $0.protocol }
        try write(signature: signature) { transaction in
            try protocols.apply { rows in
                let head = rows[0].row
                _ = try handOver(
                    tags: rows.map(\.tag), agreement: try head.required("agreement"), date: try LedgerDate.parse(try head.required("date")),
                    protocol: rows[0].protocol, signatories: try head.required("signatories"), afterEnd: afterEnd, signature: signature,
                    in: transaction)
            }
        }
        return read.values.count
    }

    private func handOver(
        tags: [String], agreement number: String, date: LedgerDate, protocol protocolNumber: String, signatories: String,
        afterEnd: Bool, signature: Signature, in transaction: LedgerTransaction
    ) throws -> StoredEntry {
        guard let stock = settings.equipmentStockAccount else {
            throw ArkaError(.badSetting, "set equipment_stock_account in ledger.yaml to hand equipment over", field: "equipment_stock_account", value: "")
        }
        guard let position = try transaction.grantPositions().first(where: { $0.agreement.number == number }) else {
            throw ArkaError(.unknownAgreement, "no such agreement in the ledger", field: "agreement", value: number)
        }
        guard !signatories.trimmingSpaces.isEmpty else {
            throw ArkaError(.missingValue, "a handover protocol names its signatories", field: "signatories", value: "")
        }
        let scheme = try transaction.grantSchemes().first { $0.code == position.agreement.scheme }!
        let register = try transaction.equipment()
        let records = try tags.map { tag -> EquipmentRecord in
            guard let record = register.first(where: { $0.item.tag == tag }) else {
                throw ArkaError(.unknownEntry, "no item with this tag in the register", field: "tag", value: tag)
            }
            return record
        }
        try GrantRules.checkHandover(
            of: records, on: date, against: position, scheme: scheme, actionEnd: settings.actionEnd, allowAfterEnd: afterEnd)
        let recipient = try transaction.grantRecipients().first { $0.code == position.agreement.recipient }
        let (postings, rates) = try Self.transfer(records, between: stock, and: scheme, toRecipient: true)
        var entry = Entry(
            id: try transaction.freshEntryID("HO-\(protocolNumber)"),
            date: date, description: "Handover of \(records.count) item\(records.count == 1 ? "" : "s") under \(number)",
            counterparty: recipient.map { "\($0.name) (\($0.code))" } ?? position.agreement.recipient,
            documents: [DocumentReference(kind: .handoverProtocol, reference: protocolNumber)], postings: postings)
        // Each item leaves the stock at the rate it entered it, so the stock clears exactly.
        entry = try EntryRules.prepare(try convert(entry, statedRates: rates), in: context)
        entry.postedBy = signature.user
        entry.postedAt = signature.timestamp
        let stored = try transaction.append(entry)
        // What the agreement consumed follows from the handovers that stand: nothing else to record.
        for record in records {
            try transaction.addHandover(
                tag: record.item.tag, agreement: number, date: date, protocol: protocolNumber, signatories: signatories,
                afterActionEnd: afterEnd && settings.actionEnd.map { date > $0 } == true, entryID: entry.id)
        }
        return stored
    }

    /// Takes items back into stock from their recipient: posts the stock against the grant
    /// expense at each item's own cost and rate (the handover's postings turned round), and
    /// records the return, so the items can be handed over again and their agreement has
    /// their cost to give once more. Items of several handovers make one entry per handover.
    ///
    /// ```swift
    /// try ledger.returnEquipment(tags: ["EQ-003"], date: day, reason: "Handed to the wrong farm", signature: .now())
    /// ```
    /// - Throws: ``ArkaError`` for an unknown tag, an item not handed over, a date before its
    ///   handover or in a closed month, or no reason; nothing is recorded then.
    @discardableResult
    public func returnEquipment(tags: [String], date: LedgerDate, reason: String, id: String? = nil, signature: Signature) throws -> [StoredEntry] {
        let reason = reason.trimmingSpaces
        guard !reason.isEmpty else {
            throw ArkaError(.missingValue, "a return needs its reason, for the audit trail", field: "reason", value: "")
        }
        guard let stock = settings.equipmentStockAccount else {
            throw ArkaError(.badSetting, "set equipment_stock_account in ledger.yaml to take equipment back", field: "equipment_stock_account", value: "")
        }
        return try store.transaction { transaction in
            let register = try transaction.equipment()
            var byHandover: [(handover: EquipmentRecord.Handover, records: [EquipmentRecord])] = []
            var seen: Set<String> = []
            for tag in tags {
                guard seen.insert(tag).inserted else {
                    throw ArkaError(.duplicate, "the item is listed twice in one return", field: "tag", value: tag)
                }
                guard let record = register.first(where: { $0.item.tag == tag }) else {
                    throw ArkaError(.unknownEntry, "no item with this tag in the register", field: "tag", value: tag)
                }
                guard let handover = record.handover else {
                    throw ArkaError(.badAmount, "item \(tag) is \(record.status): only an item handed over can be returned", field: "tag", value: tag)
                }
                guard date >= handover.date else {
                    throw ArkaError(.badDate, "item \(tag) was handed over on \(handover.date)", field: "date", value: date.description)
                }
                if let index = byHandover.firstIndex(where: { $0.handover.entryID == handover.entryID }) {
                    byHandover[index].records.append(record)
                } else {
                    byHandover.append((handover, [record]))
                }
            }
            let schemes = try transaction.grantSchemes()
            let positions = try transaction.grantPositions()
            let recipients = try transaction.grantRecipients()
            var stored: [StoredEntry] = []
            for (handover, records) in byHandover {
                guard let position = positions.first(where: { $0.agreement.number == handover.agreement }),
                    let scheme = schemes.first(where: { $0.code == position.agreement.scheme })
                else {
                    throw ArkaError(.unknownAgreement, "no such agreement in the ledger", field: "agreement", value: handover.agreement)
                }
                let (postings, rates) = try Self.transfer(records, between: stock, and: scheme, toRecipient: false)
                // A handover's items may come back on several days: each return takes the next free name.
                let given = byHandover.count == 1 ? id : nil
                var entry = Entry(
                    id: try given ?? transaction.freshEntryID("RET-\(handover.protocolNumber)", oneOfMany: true), date: date,
                    description: "Return of \(records.count) item\(records.count == 1 ? "" : "s") handed over under \(handover.agreement): \(reason)",
                    counterparty: recipients.first { $0.code == handover.recipient }.map { "\($0.name) (\($0.code))" } ?? handover.recipient,
                    documents: [DocumentReference(kind: .handoverProtocol, reference: handover.protocolNumber)], postings: postings)
                entry = try EntryRules.prepare(try convert(entry, statedRates: rates), in: context)
                entry.postedBy = signature.user
                entry.postedAt = signature.timestamp
                stored.append(try transaction.append(entry))
                for record in records {
                    guard let sequence = record.handover?.sequence else { continue }
                    try transaction.addReturn(
                        handover: sequence, date: date, reason: reason, entryID: entry.id, by: signature.user, at: signature.timestamp)
                }
            }
            return stored
        }
    }

    /// The postings that move items between the stock account and a scheme's grant expense, a
    /// pair per item at its own cost and purchase rate, so that the stock clears exactly: to the
    /// recipient (a handover: expense, then stock) or back (a return: stock, then expense).
    /// - Returns: the postings, and the rate stated for each foreign posting by its index.
    /// - Throws: ``ArkaError/Kind/overflow`` for a cost that cannot be negated.
    private static func transfer(
        _ records: [EquipmentRecord], between stock: String, and scheme: GrantScheme, toRecipient: Bool
    ) throws -> (postings: [Posting], rates: [Int: ExchangeRate]) {
        var postings: [Posting] = []
        var rates: [Int: ExchangeRate] = [:]
        for record in records {
            if let rate = record.rate {
                rates[postings.count] = rate
                rates[postings.count + 1] = rate
            }
            let item = record.item
            let expense = Posting(
                account: scheme.expenseAccount, amount: toRecipient ? item.cost : try item.cost.negated(), fund: scheme.fund,
                budgetLine: scheme.budgetLine, memo: "\(item.tag): \(item.description)")
            let inStock = Posting(
                account: stock, amount: toRecipient ? try item.cost.negated() : item.cost, fund: item.fund, budgetLine: item.budgetLine,
                memo: toRecipient ? "\(item.tag) handed over" : "\(item.tag) returned to stock")
            postings += toRecipient ? [expense, inStock] : [inStock, expense]
        }
        return (postings, rates)
    }

    /// The asset register, each item's need of a transfer-of-ownership document decided in the
    /// donor's currency: its cost in the base currency, converted at the reporting rate of the
    /// month it was bought (the donor rule's threshold is 5,000 EUR, whatever currency the books
    /// are kept in). An item whose month has no reporting rate is flagged, to be checked.
    /// - Throws: a database error.
    public func equipmentRegister() throws -> EquipmentRegister {
        let records = try store.view { try $0.equipment() }
        let threshold = settings.ownershipDocumentThreshold
        let converter = ReportingConverter(rule: .expenseMonth, base: baseCurrency, rates: try reportingRates(), fallback: rates, period: nil)
        var needing: [String: String] = [:]
        for record in records {
            let month = record.item.purchaseDate.ledgerMonth
            guard let (cost, _) = try? converter.convert(record.baseCost, booked: record.baseCost, month: month) else {
                needing[record.item.tag] = "no \(threshold.currency.code) rate for \(month): check"
                continue
            }
            if try cost.exceeds(threshold) { needing[record.item.tag] = "over \(threshold.tableText) \(threshold.currency.code)" }
        }
        return EquipmentRegister(records: records, threshold: threshold, needingTransferDocument: needing)
    }
}

/// The asset register of equipment bought for handover, as `arka equipment` prints it: the
/// columns an expenditure verification asks for, with the items that need their
/// transfer-of-ownership document flagged.
public struct EquipmentRegister: Sendable {
    public var records: [EquipmentRecord]
    /// The cost above which an item needs its transfer-of-ownership document, in the donor's
    /// reporting currency.
    public var threshold: Money
    /// The tags of the items that need it, each with why: over the threshold, or no reporting
    /// rate for its month to tell (``Ledger/equipmentRegister()`` decides).
    public var needingTransferDocument: [String: String]

    public init(records: [EquipmentRecord], threshold: Money, needingTransferDocument: [String: String]) {
        self.records = records
        self.threshold = threshold
        self.needingTransferDocument = needingTransferDocument
    }

    /// Whether the item needs its transfer-of-ownership document.
    public func needsTransferDocument(_ record: EquipmentRecord) -> Bool { needingTransferDocument[record.item.tag] != nil }

    public func rendered(as format: OutputFormat) -> String {
        let header = [
            "tag", "description", "serial", "supplier", "invoice", "nivf", "purchase_date", "currency", "cost", "cost_base",
            "fund", "budget_line", "agreement", "recipient", "handover_date", "protocol", "signatories", "needs_transfer_document",
            "status",
        ]
        let rows = records.map { record -> [String] in
            let item = record.item
            let handover = record.handover
            return [
                item.tag, item.description, item.serial ?? "", item.supplier, item.invoice, item.nivf ?? "",
                item.purchaseDate.description, item.cost.currency.code, item.cost.decimalText, record.baseCost.decimalText, item.fund,
                item.budgetLine, handover?.agreement ?? "", handover?.recipient ?? "", handover?.date.description ?? "",
                handover?.protocolNumber ?? "", handover?.signatories ?? "",
                needsTransferDocument(record) ? "yes" : "no", record.status,
            ]
        }
        switch format {
        case .csv:
            return CSVText.table(header, rows)
        case .json:
            return JSONText.objects(header, rows)
        case .text:
            guard !records.isEmpty else { return tr("The register is empty.") + "\n" }
            var table = TextTable(
                columns: [
                    ("Tag", .left), ("Description", .left), ("Bought", .left), ("Cost", .right), ("", .left),
                    ("\(records.first?.baseCost.currency.code ?? threshold.currency.code)", .right), ("Line", .left), ("Recipient", .left), ("Handed over", .left),
                    ("Protocol", .left), ("", .left),
                ])
            for record in records {
                let description = record.item.description.count > 36 ? String(record.item.description.prefix(35)) + "…" : record.item.description
                table.add([
                    .text(record.item.tag), .text(description), .text(record.item.purchaseDate.description), .money(record.item.cost),
                    .text(record.item.cost.currency.code), .money(record.baseCost), .text("\(record.item.fund) \(record.item.budgetLine)"),
                    .text(record.handover?.recipient ?? ""), .text(record.handover?.date.description ?? tr(record.statusSaid)),
                    .text(record.handover?.protocolNumber ?? ""), .text(needingTransferDocument[record.item.tag] ?? ""),
                ])
            }
            return table.render()
        }
    }
}
