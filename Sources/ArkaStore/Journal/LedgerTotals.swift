import ArkaCore
import GRDB

/// What the whole ledger adds up to: per currency, every debit and every credit ever posted;
/// over all currencies, the debits and credits in the base currency.
///
/// The journal's writer keeps each of these within 64 bits, and refuses the posting that would
/// take one past. Debits and credits are sizes (never negative), so every total a report
/// makes of them fits as well: a monthly total, an account's debits or credits over all
/// months, a trial balance's column per currency or converted, and any balance, debits less
/// credits.
///
/// ```swift
/// let totals = try store.view { try $0.ledgerTotals() }
/// totals.currencies["EUR"]?.debit   // minor units
/// ```
public struct LedgerTotals: Sendable, Equatable {
    /// Debits and credits of one currency, in its minor units.
    public struct Sums: Sendable, Equatable {
        public var debit: Int64 = 0
        public var credit: Int64 = 0
    }

    /// Currency code → its debits and credits.
    public var currencies: [String: Sums] = [:]
    /// Every posting's base amount: debits and credits, in the base currency's minor units.
    public var base = Sums()

    /// The most minor units a total holds: 92,233,720,368,547,758.07 in a currency of two decimals.
    public static let limit = Int64.max
}

extension LedgerView {
    /// The ledger's totals, read from the monthly totals and checked as they are added.
    ///
    /// Older builds of arka could store a monthly total that had passed 64 bits (SQLite then
    /// keeps it as a floating-point number), or totals whose sum over the months does; such a
    /// ledger opens, and this names where its totals stopped being exact.
    /// - Throws: ``ArkaError/Kind/overflow`` naming the account, currency and month of the first
    ///   stored total that is not a whole number of minor units within 64 bits, or with which an
    ///   account's, a currency's or the converted totals pass 64 bits.
    public func ledgerTotals() throws -> LedgerTotals {
        var totals = LedgerTotals()
        var account = ""
        var accountCurrency = ""
        var accountSums = (debit: Int64(0), credit: Int64(0), baseDebit: Int64(0), baseCredit: Int64(0))
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT month, account, currency, debit, credit, base_debit, base_credit FROM posting_total
                ORDER BY account, currency, month, fund, budget_line
                """)
        while let row = try rows.next() {
            let month: String = row[0] ?? "", code: String = row[1] ?? "", currency: String = row[2] ?? ""
            func refuse(_ what: String) -> ArkaError {
                ArkaError(
                    .overflow,
                    "\(what) of account \(code) in \(currency) in \(month) is too large to hold exactly; the ledger was written by an older arka that let totals pass 64 bits")
            }
            func size(_ index: Int, _ name: String) throws -> Int64 {
                guard let value = StoredAmount.size(row[index] as DatabaseValue) else {
                    throw refuse("the monthly \(name) total")
                }
                return value
            }
            let debit = try size(3, "debit"), credit = try size(4, "credit")
            let baseDebit = try size(5, "base debit"), baseCredit = try size(6, "base credit")
            if code != account || currency != accountCurrency {
                account = code
                accountCurrency = currency
                accountSums = (0, 0, 0, 0)
            }
            func add(_ total: inout Int64, _ value: Int64, _ what: String) throws {
                let (sum, overflow) = total.addingReportingOverflow(value)
                if overflow { throw refuse(what) }
                total = sum
            }
            try add(&accountSums.debit, debit, "the debit total")
            try add(&accountSums.credit, credit, "the credit total")
            try add(&accountSums.baseDebit, baseDebit, "the converted debit total")
            try add(&accountSums.baseCredit, baseCredit, "the converted credit total")
            var sums = totals.currencies[currency] ?? LedgerTotals.Sums()
            try add(&sums.debit, debit, "the ledger's debit total")
            try add(&sums.credit, credit, "the ledger's credit total")
            totals.currencies[currency] = sums
            try add(&totals.base.debit, baseDebit, "the ledger's converted debit total")
            try add(&totals.base.credit, baseCredit, "the ledger's converted credit total")
        }
        return totals
    }

    /// Runs a query over stored amounts. When it cannot read an amount exactly (a total an older
    /// arka let pass 64 bits, or a sum SQLite cannot hold), the ledger's totals are checked to
    /// name the account and month at fault.
    /// - Throws: what `body` throws; ``ArkaError/Kind/overflow`` naming the account and month
    ///   for an overflow.
    func namingOverflow<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.message?.contains("integer overflow") == true {
            _ = try ledgerTotals()
            throw ArkaError(.overflow, "a total of the ledger is too large to hold exactly")
        } catch let error as ArkaError where error.kind == .overflow {
            _ = try ledgerTotals()
            throw error
        }
    }
}

/// Amounts as SQLite hands them back, checked: a stored amount is a whole number within 64
/// bits, never a floating-point number, which is what SQLite turns an integer sum into when it
/// passes 64 bits.
enum StoredAmount {
    /// The amount, or nil when it is not a 64-bit whole number. NULL (the sum of no rows) is 0.
    static func amount(_ value: DatabaseValue) -> Int64? {
        switch value.storage {
        case .int64(let number): return number
        case .null: return 0
        default: return nil
        }
    }

    /// A debit or credit total: a whole number that is not negative.
    static func size(_ value: DatabaseValue) -> Int64? {
        amount(value).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// The amount in column `index` of `row`.
    /// - Throws: ``ArkaError/Kind/overflow`` naming `what` when it is not a 64-bit whole number.
    static func read(_ row: Row, _ index: Int, _ what: @autoclosure () -> String) throws -> Int64 {
        guard let value = amount(row[index] as DatabaseValue) else {
            throw ArkaError(.overflow, "\(what()) is too large to hold exactly")
        }
        return value
    }
}

extension LedgerStore {
    /// The ledger's totals (``LedgerTotals``) after this store's last transaction that appended,
    /// with the journal's head they belong to and the state of the file (`PRAGMA data_version`)
    /// it was written in. A transaction that starts at that head, with no other connection's
    /// commit since, starts from them instead of reading every monthly total: a server posting
    /// sales one after another reads them once. The head names them whatever was rolled back:
    /// the hash chain makes a head the same only for the same entries.
    struct KnownTotals: Sendable {
        var version: Int64
        var head: JournalHead
        var totals: LedgerTotals
    }
}
