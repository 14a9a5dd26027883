import ArkaCore
import ArkaStore

extension Ledger {
    /// Approves an agreement: checks it against its scheme's limits and the recipient's running
    /// total, and commits its amount against the scheme's budget line.
    /// - Throws: ``ArkaError`` naming the recipient, scheme or limit that refuses it.
    public func approveAgreement(_ agreement: GrantAgreement, signature: Signature) throws {
        try store.transaction { transaction in
            try approve(
                agreement, recipients: try transaction.grantRecipients(), schemes: try transaction.grantSchemes(), signature: signature, in: transaction)
        }
    }

    /// Checks an agreement against its recipient, its scheme's limits, the standing agreements
    /// and the lock date, and adds it in `transaction`.
    /// - Throws: ``ArkaError`` naming the recipient, scheme or limit that refuses it.
    private func approve(
        _ agreement: GrantAgreement, recipients: [GrantRecipient], schemes: [GrantScheme], signature: Signature, in transaction: LedgerTransaction
    ) throws {
        guard recipients.contains(where: { $0.code == agreement.recipient }) else {
            throw ArkaError(.unknownRecipient, "no such recipient in the ledger", field: "recipient", value: agreement.recipient)
        }
        guard let scheme = schemes.first(where: { $0.code == agreement.scheme }) else {
            throw ArkaError(.unknownScheme, "no such scheme in the ledger", field: "scheme", value: agreement.scheme)
        }
        let existing = try transaction.grantPositions()
        try GrantRules.checkNumberIsNew(agreement, existing: existing)
        try GrantRules.checkApproval(agreement, scheme: scheme, existing: existing)
        try context.lock.checkOpen(agreement.date, what: "the agreement")
        try transaction.addAgreement(agreement, by: signature.user, at: signature.timestamp)
    }

    /// Pays a tranche of a cash agreement: posts the grant expense on the scheme's fund and budget
    /// line against `account`, and consumes the commitment.
    /// - Throws: ``ArkaError`` when the agreement is unknown, in kind, cancelled, or has less left.
    @discardableResult
    public func disburse(
        agreement number: String, date: LedgerDate, amount: Money, reference: String, from account: String, signature: Signature
    ) throws -> StoredEntry {
        try write(signature: signature) { transaction in
            try disburse(
                agreement: number, date: date, amount: amount, reference: reference, from: account, signature: signature,
                in: transaction)
        }
    }

    /// Pays the tranches of a CSV file (`agreement,date,amount,reference,from_account`), all or none.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is paid.
    @discardableResult
    public func disburse(file path: String, signature: Signature) throws -> Int {
        let table = try CSVTable(path: path, required: ["agreement", "date", "amount", "reference", "from_account"])
        // The amount is read in its agreement's currency, which the ledger holds: each row is read as it is paid.
        var read = FileImport.rows(table) { $0 }
        try write(signature: signature) { transaction in
            try read.apply { row in
                let number = try row.required("agreement")
                guard let position = try transaction.grantPositions().first(where: { $0.agreement.number == number }) else {
                    throw ArkaError(.unknownAgreement, "no such agreement in the ledger", field: "agreement", value: number)
                }
                _ = try disburse(
                    agreement: number, date: try LedgerDate.parse(try row.required("date")),
                    amount: try Money.parse(try row.required("amount"), currency: position.agreement.amount.currency),
                    reference: try row.required("reference"), from: try row.required("from_account"), signature: signature,
                    in: transaction)
            }
        }
        return read.values.count
    }

    private func disburse(
        agreement number: String, date: LedgerDate, amount: Money, reference: String, from account: String, signature: Signature,
        in transaction: LedgerTransaction
    ) throws -> StoredEntry {
        guard let position = try transaction.grantPositions().first(where: { $0.agreement.number == number }) else {
            throw ArkaError(.unknownAgreement, "no such agreement in the ledger", field: "agreement", value: number)
        }
        let scheme = try transaction.grantSchemes().first { $0.code == position.agreement.scheme }!
        guard scheme.kind == .cash else {
            throw ArkaError(
                .badAmount, "\(scheme.code) gives equipment in kind: hand items over instead of paying", field: "agreement", value: number)
        }
        guard !reference.trimmingSpaces.isEmpty else {
            throw ArkaError(.missingValue, "a disbursement needs its bank transfer reference", field: "reference", value: "")
        }
        try GrantRules.checkConsumption(of: amount, on: date, against: position)
        let recipient = try transaction.grantRecipients().first { $0.code == position.agreement.recipient }
        let tranche = try transaction.consumptionCount(of: number) + 1
        var entry = Entry(
            id: "\(number)-T\(tranche)", date: date,
            description: "\(scheme.name): tranche \(tranche) of agreement \(number)",
            counterparty: recipient.map { "\($0.name) (\($0.code))" } ?? position.agreement.recipient,
            documents: [DocumentReference(kind: .bank, reference: reference)],
            postings: [
                Posting(account: scheme.expenseAccount, amount: amount, fund: scheme.fund, budgetLine: scheme.budgetLine),
                Posting(account: account, amount: try amount.negated(), fund: scheme.fund),
            ])
        entry = try EntryRules.prepare(try convert(entry), in: context)
        entry.postedBy = signature.user
        entry.postedAt = signature.timestamp
        let stored = try transaction.append(entry)
        try transaction.addConsumption(
            agreement: number, kind: "disbursement", date: date, amount: amount, reference: reference, entryID: entry.id)
        return stored
    }

    /// Cancels an agreement: what is still committed is released; what was consumed stays.
    /// - Throws: ``ArkaError`` when the agreement is unknown, closed already, dated before its
    ///   approval or in a closed month, or given no reason.
    public func cancelAgreement(_ number: String, date: LedgerDate, reason: String, signature: Signature) throws {
        try closeAgreement(number, as: .cancelled, date: date, reason: reason, signature: signature)
    }

    /// Closes an agreement as cancelled or as completed: what it did not consume is released and
    /// it commits nothing more. Completing is for a grant that was delivered (its items handed
    /// over or its tranches paid) and keeps a remainder its deliveries did not use; cancelling
    /// is for one that stopped.
    ///
    /// ```swift
    /// try ledger.closeAgreement("IGA-2023-01", as: .completed, date: day, reason: "All items delivered", signature: .now())
    /// ```
    /// - Throws: ``ArkaError`` when the agreement is unknown or closed already, the date is
    ///   before its approval or its last delivery or in a closed month, there is no reason, or
    ///   a completion is asked of an agreement that delivered nothing.
    public func closeAgreement(
        _ number: String, as kind: GrantPosition.Closure.Kind, date: LedgerDate, reason: String, signature: Signature
    ) throws {
        try store.transaction { try closeAgreement(number, as: kind, date: date, reason: reason, signature: signature, in: $0) }
    }

    private func closeAgreement(
        _ number: String, as kind: GrantPosition.Closure.Kind, date: LedgerDate, reason: String, signature: Signature,
        in transaction: LedgerTransaction
    ) throws {
            guard let position = try transaction.grantPositions().first(where: { $0.agreement.number == number }) else {
                throw ArkaError(.unknownAgreement, "no such agreement in the ledger", field: "agreement", value: number)
            }
            if let closure = position.closure {
                throw ArkaError(.duplicate, "agreement \(number) was \(closure.kind.rawValue) on \(closure.date)", field: "agreement", value: number)
            }
            guard date >= position.agreement.date else {
                throw ArkaError(.badDate, "agreement \(number) was approved on \(position.agreement.date)", field: "date", value: date.description)
            }
            try context.lock.checkOpen(date, what: kind == .cancelled ? "the cancellation" : "the completion")
            guard !reason.trimmingSpaces.isEmpty else {
                throw ArkaError(.missingValue, "closing an agreement needs its reason", field: "reason", value: "")
            }
            if kind == .completed {
                guard !position.consumed.isZero else {
                    throw ArkaError(
                        .badAmount, "agreement \(number) delivered nothing: cancel it (`arka grant cancel`) instead of completing it",
                        field: "agreement", value: number)
                }
                let delivered = try transaction.grantPositions(asOf: date).first { $0.agreement.number == number }?.consumed
                guard delivered == position.consumed else {
                    throw ArkaError(
                        .badDate, "agreement \(number) has deliveries dated after \(date): complete it on or after its last delivery",
                        field: "date", value: date.description)
                }
            }
            try transaction.addClosure(
                agreement: number, kind: kind, date: date, released: position.open, reason: reason, by: signature.user,
                at: signature.timestamp)
    }

    /// Closes the agreements of a CSV file (`agreement,date,reason`) as `kind`, all or none.
    /// - Returns: how many were closed.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is closed then.
    @discardableResult
    public func closeAgreements(file path: String, as kind: GrantPosition.Closure.Kind, signature: Signature) throws -> Int {
        let table = try CSVTable(path: path, required: ["agreement", "date", "reason"])
        var read = FileImport.rows(table) { row in
            (number: try row.required("agreement"), date: try LedgerDate.parse(try row.required("date")), reason: try row.required("reason"))
        }
        try store.transaction { transaction in
            try read.apply { closing in
                try closeAgreement(closing.number, as: kind, date: closing.date, reason: closing.reason, signature: signature, in: transaction)
            }
        }
        return read.values.count
    }

    /// Every agreement with what it consumed, released and still commits.
    public func grantPositions() throws -> [GrantPosition] {
        try store.view { try $0.grantPositions() }
    }

    /// The ledger's grant schemes and recipients.
    public func grantSchemesAndRecipients() throws -> ([GrantScheme], [GrantRecipient]) {
        try store.view { (try $0.grantSchemes(), try $0.grantRecipients()) }
    }
}

extension Ledger {
    /// An agreement from the text a user typed or a file held.
    /// - Throws: ``ArkaError`` for an unknown scheme, a bad amount or date.
    public func agreement(number: String, recipient: String, scheme code: String, amount: String, date: String, conditions: String?)
        throws -> GrantAgreement
    {
        try agreement(
            number: number, recipient: recipient, scheme: code, amount: amount, date: date, conditions: conditions,
            schemes: try grantSchemesAndRecipients().0)
    }

    private func agreement(
        number: String, recipient: String, scheme code: String, amount: String, date: String, conditions: String?,
        schemes: [GrantScheme]
    ) throws -> GrantAgreement {
        guard let scheme = schemes.first(where: { $0.code == code }) else {
            throw ArkaError(.unknownScheme, "no such scheme in the ledger", field: "scheme", value: code)
        }
        return GrantAgreement(
            number: number, recipient: recipient, scheme: code,
            amount: try Money.parse(amount, currency: scheme.capPerRecipient.currency), date: try LedgerDate.parse(date),
            conditions: conditions?.trimmingSpaces.isEmpty == false ? conditions : nil)
    }

    /// The currency of an agreement's scheme.
    public func agreementCurrency(_ number: String) throws -> Currency {
        guard let position = try grantPositions().first(where: { $0.agreement.number == number }) else {
            throw ArkaError(.unknownAgreement, "no such agreement in the ledger", field: "agreement", value: number)
        }
        return position.agreement.amount.currency
    }

    /// Approves the agreements of a CSV file (`number,recipient,scheme,amount,date[,conditions]`),
    /// all or none.
    /// - Throws: ``ArkaErrorList`` naming every bad row with its file and line; nothing is approved then.
    @discardableResult
    public func approveAgreements(file path: String, signature: Signature) throws -> Int {
        let table = try CSVTable(path: path, required: ["number", "recipient", "scheme", "amount", "date"], optional: ["conditions"])
        let (schemes, recipients) = try grantSchemesAndRecipients()
        var read = FileImport.rows(table) { row in
            try self.agreement(
                number: try row.required("number"), recipient: try row.required("recipient"), scheme: try row.required("scheme"),
                amount: try row.required("amount"), date: try row.required("date"), conditions: row.value("conditions"), schemes: schemes)
        }
        // Each agreement is measured against the standing ones and the file's earlier ones.
        try store.transaction { transaction in
            try read.apply { agreement in
                try approve(agreement, recipients: recipients, schemes: schemes, signature: signature, in: transaction)
            }
        }
        return read.values.count
    }
}

/// The register of support to third parties, as `arka grant agreement list` prints it.
public struct GrantRegister: Sendable {
    public var positions: [GrantPosition]
    public var recipients: [GrantRecipient]

    public init(positions: [GrantPosition], recipients: [GrantRecipient]) {
        self.positions = positions
        self.recipients = recipients
    }

    /// The agreements as a table, CSV or JSON.
    /// - Throws: ``ArkaError/Kind/overflow`` when what is left of one does not fit in 64 bits.
    public func rendered(as format: OutputFormat) throws -> String {
        func name(_ code: String) -> String { recipients.first { $0.code == code }?.name ?? code }
        let header = ["number", "date", "recipient", "name", "scheme", "currency", "amount", "consumed", "released", "open", "status"]
        let rows = try positions.map { position -> [String] in
            let agreement = position.agreement
            return [
                agreement.number, agreement.date.description, agreement.recipient, name(agreement.recipient), agreement.scheme,
                agreement.amount.currency.code, agreement.amount.decimalText, position.consumed.decimalText,
                position.released.decimalText, position.open.decimalText, position.status,
            ]
        }
        switch format {
        case .csv:
            return CSVText.table(header, rows)
        case .json:
            return JSONText.objects(header, rows)
        case .text:
            var table = TextTable(
                columns: [
                    ("Agreement", .left), ("Date", .left), ("Recipient", .left), ("Scheme", .left), ("Amount", .right),
                    ("Consumed", .right), ("Open", .right), ("Status", .left),
                ])
            for position in positions {
                let agreement = position.agreement
                table.add([
                    .text(agreement.number), .text(agreement.date.description), .text("\(name(agreement.recipient)) (\(agreement.recipient))"),
                    .text(agreement.scheme), .money(agreement.amount), .money(position.consumed), .money(position.open), .text(tr(position.statusSaid)),
                ])
            }
            // A total per currency: agreements of a scheme in euros and of one in lek do not add.
            let currencies = Set(positions.map(\.agreement.amount.currency)).sorted { $0.code < $1.code }
            if !currencies.isEmpty { table.rule() }
            for currency in currencies {
                let mine = positions.filter { $0.agreement.amount.currency == currency }
                func total(_ amounts: [Money]) -> Money? { try? Money.sum(amounts, currency: currency) }
                table.add([
                    .text(tr("Total \(currency.code)")), "", "", "", .money(total(mine.map(\.agreement.amount))), .money(total(mine.map(\.consumed))),
                    .money(total(mine.map(\.open))), "",
                ])
            }
            return positions.isEmpty ? tr("No agreements.") + "\n" : table.render()
        }
    }
}
