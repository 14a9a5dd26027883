import ArkaCollections
/// The accounts of a ledger, checked as a whole: unique codes, known parents of the same type,
/// no cycles.
///
/// ```swift
/// let chart = try ChartOfAccounts([bank, income])
/// chart.account("5121")?.name
/// ```
public struct ChartOfAccounts: Sendable {
    public private(set) var accounts: [Account]
    private var byCode: [String: Int]
    /// The codes again, for ``contains(_:)``: asked for each posting of an import.
    private var codes = CodeSet()
    /// The codes of the accounts that have accounts below them (headings), for ``isHeading(_:)``.
    private var headings = CodeSet()

    /// - Throws: ``ArkaError/Kind/badChart`` naming the first account that breaks a rule.
    public init(_ accounts: [Account]) throws {
        self.accounts = []
        self.byCode = [:]
        for account in accounts { try add(account) }
        for account in self.accounts {
            if let problem = parentProblem(of: account) { throw problem }
        }
    }

    /// Every problem of a list of accounts, each with the place in the list of the account it is
    /// about, in list order: a code missing, malformed or given twice (the second is the one
    /// named), then each account whose parent is missing, of another type or its own ancestor.
    /// The init throws the first of them.
    ///
    /// ```swift
    /// ChartOfAccounts.problems(in: [bank, bank]).map(\.account)   // [1]
    /// ```
    public static func problems(in accounts: [Account]) -> [(account: Int, error: ArkaError)] {
        var chart = ChartOfAccounts(empty: ())
        var problems: [(account: Int, error: ArkaError)] = []
        var added: [Int] = []
        for (index, account) in accounts.enumerated() {
            do {
                try chart.add(account)
                added.append(index)
            } catch let error as ArkaError {
                problems.append((index, error))
            } catch {
                problems.append((index, ArkaError(.badChart, "\(error)", field: "code", value: account.code)))
            }
        }
        for (position, account) in chart.accounts.enumerated() {
            if let problem = chart.parentProblem(of: account) { problems.append((added[position], problem)) }
        }
        return problems
    }

    private init(empty: Void) {
        accounts = []
        byCode = [:]
    }

    /// Adds one account; its parent must already be in the chart or come in the same batch.
    public mutating func add(_ account: Account) throws {
        guard !account.code.isEmpty else {
            throw ArkaError(.badChart, "an account needs a code", field: "code", value: "")
        }
        guard !account.code.contains(where: { $0.isWhitespace || $0 == ";" }) else {
            throw ArkaError(.badChart, "an account code has no spaces or semicolons", field: "code", value: account.code)
        }
        guard byCode[account.code] == nil else {
            throw ArkaError(.duplicate, "the account code appears twice in the chart", field: "code", value: account.code)
        }
        byCode[account.code] = accounts.count
        codes.insert(account.code)
        if let parent = account.parent { headings.insert(parent) }
        accounts.append(account)
    }

    /// What is wrong with the account's parent: not in the chart, of another type, or making
    /// the account its own ancestor; nil when nothing is.
    private func parentProblem(of account: Account) -> ArkaError? {
        guard let parentCode = account.parent else { return nil }
        guard let parent = self.account(parentCode) else {
            return ArkaError(.badChart, "account \(account.code) names a parent that is not in the chart", field: "parent", value: parentCode)
        }
        guard parent.type == account.type else {
            return ArkaError(
                .badChart, "account \(account.code) is \(account.type.rawValue) but its parent \(parent.code) is \(parent.type.rawValue)",
                field: "parent", value: parentCode)
        }
        var seen: Set<String> = [account.code]
        var next: String? = account.parent
        while let code = next {
            guard seen.insert(code).inserted else {
                return ArkaError(.badChart, "account \(account.code) is its own ancestor", field: "parent", value: parentCode)
            }
            next = self.account(code)?.parent
        }
        return nil
    }

    public func account(_ code: String) -> Account? { byCode[code].map { accounts[$0] } }

    /// Whether the chart has an account with this code.
    public func contains(_ code: String) -> Bool { codes.contains(code) }

    /// Whether the account has accounts below it: a heading, which sums them and takes no
    /// posting of its own (``EntryRules``).
    public func isHeading(_ code: String) -> Bool { headings.contains(code) }

    /// The accounts right below `code`, in the chart's order.
    public func children(of code: String) -> [Account] { accounts.filter { $0.parent == code } }

    /// The code and the codes of every account below it.
    public func subtree(of code: String) -> Set<String> {
        var result: Set<String> = [code]
        var changed = true
        while changed {
            changed = false
            for account in accounts where !result.contains(account.code) {
                if let parent = account.parent, result.contains(parent) {
                    result.insert(account.code)
                    changed = true
                }
            }
        }
        return result
    }
}
