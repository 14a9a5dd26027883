import ArkaCore
import ArkaStore

/// The books' structure after `init`: accounts and funds added, accounts closed to new postings,
/// each change dated, with its reason, user and time, recorded in the record log (and so covered
/// by `verify`), never editing what was there.
extension Ledger {
    /// Adds accounts to the chart from `date` on. Every problem of the new accounts is reported in
    /// one run, as `init` reports the chart's: a code taken or malformed, a parent missing or of
    /// another type; and an account that has postings cannot take accounts below it (it would
    /// become a heading with postings of its own).
    ///
    /// ```swift
    /// let account = Account(code: "6330", name: "Software", nameAlbanian: "Programe", type: .expense, parent: "6300")
    /// try ledger.addAccounts([account], date: day, reason: "Licences in the addendum", signature: .now())
    /// ```
    /// - Parameter lines: each account's line in `file`, for the errors.
    /// - Returns: the changes recorded, one an account.
    /// - Throws: ``ArkaErrorList`` naming each account refused; ``ArkaError/Kind/missingValue``
    ///   without a reason; ``ArkaError/Kind/closedPeriod`` for a date in a closed month.
    public func addAccounts(
        _ accounts: [Account], file: String? = nil, lines: [Int]? = nil, date: LedgerDate, reason: String, signature: Signature
    ) throws -> [DefinitionChange] {
        let reason = try Self.changeReason(reason)
        defer { definitionChanged() }
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the change")
            let existing = context.chart.accounts
            var problems = ProblemList()
            func locate(_ error: ArkaError, _ index: Int) -> ArkaError {
                error.at(file: file ?? error.location.file, line: lines.flatMap { index < $0.count ? $0[index] : nil } ?? error.location.line)
            }
            for (index, error) in ChartOfAccounts.problems(in: existing + accounts) where index >= existing.count {
                let account = accounts[index - existing.count]
                if error.kind == .duplicate, context.chart.contains(account.code) {
                    problems.record(
                        locate(ArkaError(.duplicate, "the chart has an account with this code already", field: "code", value: account.code), index - existing.count))
                } else {
                    problems.record(locate(error, index - existing.count))
                }
            }
            for (index, account) in accounts.enumerated() {
                guard let parent = account.parent else { continue }
                if context.chart.contains(parent), !context.chart.isHeading(parent), let posted = try transaction.firstPostingDate(account: parent) {
                    problems.record(
                        locate(
                            ArkaError(
                                .badChart, "account \(parent) has postings (from \(posted)): an account with postings cannot take accounts below it; add \(account.code) beside it",
                                field: "parent", value: parent), index))
                }
                if let closed = context.closedAccounts[parent] {
                    problems.record(locate(ArkaError(.badChart, "account \(parent) was closed on \(closed)", field: "parent", value: parent), index))
                }
            }
            try problems.throwIfAny()
            try transaction.addAccounts(accounts)
            return try accounts.map { try Self.record(.accountAdded, $0.code, date: date, reason: reason, signature: signature, in: transaction) }
        }
    }

    /// Adds the accounts of a file with accounts.csv's columns (code,name,type[,parent][,name_sq]).
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    public func addAccounts(file: String, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        var problems = ProblemList()
        let (accounts, lines, _) = LedgerDefinition.readAccountRows(file, problems: &problems)
        try problems.throwIfAny()
        return try addAccounts(accounts, file: file, lines: lines, date: date, reason: reason, signature: signature)
    }

    /// Closes an account, and every account below it, to postings dated `date` or later. What was
    /// posted before stays, and reports show it; the account keeps its code and name.
    ///
    /// ```swift
    /// try ledger.closeAccount("5123", date: day, reason: "The Tirana account was closed by the bank", signature: .now())
    /// ```
    /// - Returns: the changes recorded, one an account closed.
    /// - Throws: ``ArkaError/Kind/unknownAccount`` for an account not in the chart;
    ///   ``ArkaError/Kind/duplicate`` when it is closed already; ``ArkaErrorList`` naming each
    ///   account with a posting dated on or after `date`, or a balance left on the day before.
    public func closeAccount(_ code: String, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        let reason = try Self.changeReason(reason)
        defer { definitionChanged() }
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the closing")
            guard context.chart.contains(code) else {
                throw ArkaError(.unknownAccount, "no such account in the chart of accounts", field: "account", value: code)
            }
            if let closed = context.closedAccounts[code] {
                throw ArkaError(.duplicate, "account \(code) was closed already, on \(closed)", field: "account", value: code)
            }
            let codes = context.chart.subtree(of: code).filter { context.closedAccounts[$0] == nil }.sorted()
            var problems = ProblemList()
            let balances = try transaction.balances(of: Set(codes), before: date)
            for code in codes {
                if let last = try transaction.lastPostingDate(account: code), last >= date {
                    problems.record(
                        ArkaError(
                            .badDate, "account \(code) has a posting dated \(last): close it after its last posting", field: "date", value: date.description))
                }
            }
            for (currency, balance) in balances.sorted(by: { $0.key < $1.key }) where !balance.isZero {
                problems.record(
                    ArkaError(
                        .badAmount,
                        "account \(code) holds \(balance.tableText) \(currency.code) on \(date.dayBefore): move the balance to the account that replaces it, then close it",
                        field: "account", value: code))
            }
            try problems.throwIfAny()
            return try codes.map { closing in
                let change = try Self.record(.accountClosed, closing, date: date, reason: reason, signature: signature, in: transaction)
                try transaction.closeAccount(closing, date: date, change: change.number)
                return change
            }
        }
    }

    /// Adds funds from `date` on: their codes new, their templates known (the rows of a file with
    /// funds.csv's columns are read as `init` reads them, every problem reported in one run).
    ///
    /// ```swift
    /// try ledger.addFunds(file: "sida.csv", date: day, reason: "Sida co-financing signed", signature: .now())
    /// ```
    /// - Returns: the changes recorded, one a fund.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    public func addFunds(file: String, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        var problems = ProblemList()
        let (funds, _) = LedgerDefinition.readFunds(file, problems: &problems)
        try problems.throwIfAny()
        return try addFunds(funds, file: file, date: date, reason: reason, signature: signature)
    }

    /// Adds funds from `date` on.
    /// - Throws: ``ArkaErrorList`` of ``ArkaError/Kind/duplicate`` naming each fund the ledger has already.
    public func addFunds(_ funds: [Fund], file: String? = nil, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        let reason = try Self.changeReason(reason)
        defer { definitionChanged() }
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the change")
            var problems = ProblemList()
            for fund in funds where context.hasFund(fund.code) {
                problems.record(ArkaError(.duplicate, "the ledger has a fund with this code already", location: SourceLocation(file: file, field: "code", value: fund.code)))
            }
            try problems.throwIfAny()
            try transaction.addFunds(funds)
            return try funds.map { try Self.record(.fundAdded, $0.code, date: date, reason: reason, signature: signature, in: transaction) }
        }
    }

    /// Adds budget lines from `date` on, from a file with budget.csv's columns
    /// (fund,line,heading,description,amount,currency[,unit,units,unit_rate]): lines of a fund
    /// added since `init` (its budget), or new lines of a fund's budget (an addendum, named in
    /// `reason`). Each is checked as `init` checks a budget line (its fund known, its heading one
    /// of the fund's template, its costing exact), and must be new.
    ///
    /// ```swift
    /// try ledger.addBudgetLines(file: "sida-budget.csv", date: day, reason: "Sida budget, agreement 2024-17", signature: .now())
    /// ```
    /// - Returns: the changes recorded, one a line.
    /// - Throws: ``ArkaErrorList`` naming file, line, field and value of each problem.
    public func addBudgetLines(file: String, date: LedgerDate, reason: String, signature: Signature) throws -> [DefinitionChange] {
        let reason = try Self.changeReason(reason)
        var problems = ProblemList()
        let (lines, _) = LedgerDefinition.readBudget(file, funds: definition.funds, refusedFunds: [], problems: &problems)
        func recordTaken(_ budgetLines: [String: Set<String>], into problems: inout ProblemList) {
            for line in lines where budgetLines[line.fund]?.contains(line.line) == true {
                problems.record(
                    ArkaError(
                        .duplicate, "fund \(line.fund) has a budget line \(line.line) already; move money to it with arka budget revise",
                        location: SourceLocation(file: file, field: "line", value: line.line)))
            }
        }
        recordTaken(context.budgetLines, into: &problems)
        try problems.throwIfAny()
        defer { definitionChanged() }
        return try write(signature: signature) { transaction in
            try context.lock.checkOpen(date, what: "the change")
            // Again against the books as they are now: another command may have written meanwhile.
            var problems = ProblemList()
            recordTaken(context.budgetLines, into: &problems)
            try problems.throwIfAny()
            try transaction.addBudgetLines(lines)
            return try lines.map {
                try Self.record(.budgetLineAdded, BudgetLineKey(fund: $0.fund, line: $0.line).description, date: date, reason: reason, signature: signature, in: transaction)
            }
        }
    }

    /// Every change of the structure since `init`, oldest first.
    /// - Throws: a database error.
    public func definitionChanges() throws -> [DefinitionChange] {
        try store.view { try $0.definitionChanges() }
    }

    /// Records a change of `subject` in `transaction`, signed.
    static func record(
        _ kind: DefinitionChange.Kind, _ subject: String, date: LedgerDate, reason: String, signature: Signature, in transaction: LedgerTransaction
    ) throws -> DefinitionChange {
        let number = try transaction.recordChange(kind, subject: subject, date: date, reason: reason, by: signature.user, at: signature.timestamp)
        return DefinitionChange(
            number: number, date: date, kind: kind, subject: subject, reason: reason, changedBy: signature.user, changedAt: signature.timestamp)
    }

    /// A change's reason, trimmed: the audit trail needs one.
    /// - Throws: ``ArkaError/Kind/missingValue`` naming `reason` when it is empty.
    static func changeReason(_ reason: String) throws -> String {
        let reason = reason.trimmingSpaces
        guard !reason.isEmpty else {
            throw ArkaError(.missingValue, "a change of the books' structure needs a reason, for the audit trail", field: "reason", value: "")
        }
        return reason
    }
}
