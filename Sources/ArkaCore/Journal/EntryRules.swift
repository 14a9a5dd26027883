/// The rules an entry must pass before the journal takes it, as small named checks in one list.
///
/// ```swift
/// let postable = try EntryRules.prepare(entry, in: context)   // balanced, rounding added, checked
/// ```
public enum EntryRules {
    /// One rule: throws an ``ArkaError`` placed on the entry or the offending posting.
    public typealias Check = @Sendable (Entry, PostingContext) throws -> Void

    /// The most postings one entry may have (the journal numbers them in 16 bits).
    public static let maximumPostings = 65535

    /// Every rule, in the order they are reported.
    public static let all: [(name: String, check: Check)] = [
        ("entryHasIdAndDescription", checkIdAndDescription),
        ("textsKeepTheTextRule", checkTexts),
        ("entryHasTwoPostings", checkTwoPostings),
        ("entryIsInOpenPeriod", checkOpenPeriod),
        ("postingsNameKnownAccounts", checkAccounts),
        ("postingsNameNoHeading", checkNoHeading),
        ("postingsNameOpenAccounts", checkOpenAccounts),
        ("postingsNameKnownFunds", checkFunds),
        ("postingsNameKnownBudgetLines", checkBudgetLines),
        ("foreignPostingsAreConverted", checkConversions),
        ("entryBalances", checkBalance),
        ("entryBalancesPerFund", checkBalancePerFund),
    ]

    /// The entry completed with its rounding posting (when one is needed) and checked by every rule.
    /// - Throws: the first rule's ``ArkaError``, placed on the file and line of the entry.
    public static func prepare(_ entry: Entry, in context: PostingContext) throws -> Entry {
        let completed = try context.fundBalancing.map { try $0.balanced(entry, in: context) } ?? Balancing.withRoundingPosting(entry, in: context)
        for rule in all { try rule.check(completed, context) }
        return completed
    }

    static func checkIdAndDescription(_ entry: Entry, _ context: PostingContext) throws {
        if entry.id.isEmpty {
            throw entry.locate(ArkaError(.missingValue, "every entry needs an id", field: "entry", value: ""))
        }
        if entry.description.isEmpty {
            throw entry.locate(
                ArkaError(.missingValue, "entry \(entry.id) needs a description", field: "description", value: ""))
        }
    }

    /// Every text of the entry holds only the characters the text rule lets its field hold
    /// (``TextLimit/checkCharacters(_:field:limit:)``), whatever wrote it: a file's reader and the
    /// command line check their texts, lengths too, as they read them, and this rule holds every
    /// other caller of the engine to the characters, so that no control character reaches the
    /// journal, whose hash reads the text as it is. (A text the engine composes, a reversal's
    /// description quoting its reason, may be longer than a field typed.)
    static func checkTexts(_ entry: Entry, _ context: PostingContext) throws {
        func check(_ text: String?, _ field: String) throws {
            guard let text else { return }
            do {
                try TextLimit.checkCharacters(text, field: field)
            } catch let error as ArkaError {
                throw entry.locate(error)
            }
        }
        try check(entry.id, "entry")
        try check(entry.description, "description")
        try check(entry.counterparty, "counterparty")
        try check(entry.reversal?.reason, "reason")
        for document in entry.documents { try check(document.reference, "document") }
        for posting in entry.postings { try check(posting.memo, "memo") }
    }

    static func checkTwoPostings(_ entry: Entry, _ context: PostingContext) throws {
        if entry.postings.count > maximumPostings {
            throw entry.locate(
                ArkaError(
                    .inconsistentEntry, "entry \(entry.id) has \(entry.postings.count) postings; an entry holds at most \(maximumPostings)",
                    field: "entry", value: entry.id))
        }
        if entry.postings.count < 2 {
            throw entry.locate(
                ArkaError(
                    .unbalancedEntry,
                    "entry \(entry.id) has \(entry.postings.count) posting; an entry needs at least two, on rows next to each other",
                    field: "entry", value: entry.id))
        }
    }

    static func checkOpenPeriod(_ entry: Entry, _ context: PostingContext) throws {
        do {
            try context.lock.checkOpen(entry.date, what: "the entry")
        } catch let error as ArkaError {
            throw entry.locate(error)
        }
    }

    // The rules read each posting in place, by index: `for posting in entry.postings` copies
    // every posting with all its texts, once per rule and posting of an import.

    static func checkAccounts(_ entry: Entry, _ context: PostingContext) throws {
        for index in entry.postings.indices where !context.chart.contains(entry.postings[index].account) {
            throw entry.locate(
                ArkaError(.unknownAccount, "no such account in the chart of accounts", field: "account", value: entry.postings[index].account),
                posting: index)
        }
    }

    /// A heading (an account with accounts below it) only sums them: a posting to it would be
    /// counted in no account a report shows below it.
    static func checkNoHeading(_ entry: Entry, _ context: PostingContext) throws {
        for index in entry.postings.indices where context.chart.isHeading(entry.postings[index].account) {
            let code = entry.postings[index].account
            let below = context.chart.children(of: code).map(\.code)
            let named = below.prefix(3).joined(separator: ", ") + (below.count > 3 ? ", …" : "")
            throw entry.locate(
                ArkaError(.unknownAccount, "account \(code) is a heading with accounts below it; post to one of them (\(named))", field: "account", value: code),
                posting: index)
        }
    }

    /// An account closed to new postings (`arka account close`) takes none dated on or after
    /// the day it was closed; what was posted before stays. An account or a fund added after
    /// `init` takes none dated before the day it was added from.
    static func checkOpenAccounts(_ entry: Entry, _ context: PostingContext) throws {
        guard !context.closedAccounts.isEmpty || !context.accountsFrom.isEmpty || !context.fundsFrom.isEmpty else { return }
        for index in entry.postings.indices {
            let code = entry.postings[index].account
            if let from = context.accountsFrom[code], entry.date < from {
                throw entry.locate(
                    ArkaError(.unknownAccount, "account \(code) was added from \(from); date the entry then or later", field: "account", value: code),
                    posting: index)
            }
            if let fund = entry.postings[index].fund, let from = context.fundsFrom[fund], entry.date < from {
                throw entry.locate(
                    ArkaError(.unknownFund, "fund \(fund) was added from \(from); date the entry then or later", field: "fund", value: fund), posting: index)
            }
            // A closed account takes no new posting, whatever its date: one dated before the
            // closing would change the balance it was closed with (nothing, the day before).
            if let closed = context.closedAccounts[code] {
                throw entry.locate(
                    ArkaError(
                        .unknownAccount, "account \(code) was closed to new postings on \(closed); post to the account that replaced it",
                        field: "account", value: code),
                    posting: index)
            }
        }
    }

    static func checkFunds(_ entry: Entry, _ context: PostingContext) throws {
        for index in entry.postings.indices {
            if let fund = entry.postings[index].fund, !context.hasFund(fund) {
                throw entry.locate(
                    ArkaError(.unknownFund, "no such fund in the ledger", field: "fund", value: fund), posting: index)
            }
        }
    }

    static func checkBudgetLines(_ entry: Entry, _ context: PostingContext) throws {
        for index in entry.postings.indices {
            guard let line = entry.postings[index].budgetLine else { continue }
            guard let fund = entry.postings[index].fund else {
                throw entry.locate(
                    ArkaError(.unknownBudgetLine, "a budget line needs the fund whose budget it belongs to", field: "budget_line", value: line),
                    posting: index)
            }
            if !context.hasBudgetLine(line, in: fund) {
                throw entry.locate(
                    ArkaError(.unknownBudgetLine, "no budget line \(line) in the budget of fund \(fund)", field: "budget_line", value: line),
                    posting: index)
            }
            // A budget line is spent by expenses (and by what is bought on it and kept): income,
            // a bank account, a debt or the equity on a line would count in its execution.
            let account = entry.postings[index].account
            if !context.mayChargeBudgetLine(account), let type = context.chart.account(account)?.type {
                let what =
                    type == .asset
                    ? "an asset account not named in budgeted_asset_accounts of ledger.yaml (name it there if it holds what a budget line buys: equipment, stock)"
                    : "\(type == .income ? "an income" : type == .liability ? "a liability" : "an equity") account"
                throw entry.locate(
                    ArkaError(.unknownBudgetLine, "a budget line is charged by expenses, and account \(account) is \(what)", field: "budget_line", value: line),
                    posting: index)
            }
        }
    }

    static func checkConversions(_ entry: Entry, _ context: PostingContext) throws {
        for index in entry.postings.indices {
            let isForeign = entry.postings[index].amount.currency != context.base
            let isConverted = entry.postings[index].conversion != nil
            if isForeign && !isConverted {
                let code = entry.postings[index].amount.currency.code
                throw entry.locate(
                    ArkaError(
                        .missingRate, "no \(code) rate for \(entry.date); give one in the rate column or in the ledger's rates",
                        field: "currency", value: code),
                    posting: index)
            }
            if !isForeign && isConverted {
                throw entry.locate(
                    ArkaError(
                        .badRate, "a posting in the base currency \(context.base.code) takes no rate", field: "rate",
                        value: entry.postings[index].conversion?.rate.description),
                    posting: index)
            }
        }
    }

    static func checkBalance(_ entry: Entry, _ context: PostingContext) throws {
        if let problem = try Balancing.imbalance(of: entry, base: context.base) {
            throw entry.locate(ArkaError(.unbalancedEntry, problem, field: "entry", value: entry.id))
        }
    }

    /// With self-balancing funds, each fund's postings sum to zero in the base currency.
    static func checkBalancePerFund(_ entry: Entry, _ context: PostingContext) throws {
        guard context.fundBalancing != nil else { return }
        var sums: [String: Int64] = [:]
        for index in entry.postings.indices {
            let posting = entry.postings[index]
            let fund = posting.fund ?? ""
            sums[fund] = try Checked.add(sums[fund, default: 0], posting.baseAmount.minorUnits, what: "fund \(fund)'s postings in entry \(entry.id)")
        }
        if let (fund, sum) = sums.sorted(by: { $0.key < $1.key }).first(where: { $0.value != 0 }) {
            throw entry.locate(
                ArkaError(
                    .unbalancedEntry,
                    "entry \(entry.id) does not balance on fund \(fund.isEmpty ? "(none)" : fund): its postings sum to \(Money(minorUnits: sum, currency: context.base).decimalText) \(context.base.code)",
                    field: "entry", value: entry.id))
        }
    }
}
