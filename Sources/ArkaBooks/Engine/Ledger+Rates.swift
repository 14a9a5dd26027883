import ArkaCore
import ArkaStore

/// Exchange rates added after the ledger was created: the month's booking rate as the bank
/// publishes it, and the month's InforEuro rate for donor reports.
extension Ledger {
    /// Which table a file of rates adds to.
    public enum RateKind: String, Sendable, CaseIterable {
        /// Booking rates (`date,currency,rate[,source]`): what foreign postings are converted at.
        case booking
        /// Reporting rates (`month,currency,rate[,source]`): what donor reports convert at.
        case reporting
    }

    /// Adds the rates of a CSV file, all or none. A rate already in the ledger for the same
    /// currency and period is refused: postings and past reports rest on it. So is a rate for a
    /// closed month: the reports of a closed month do not move.
    ///
    /// ```swift
    /// let count = try ledger.addRates(file: "inforeuro-2024.csv", kind: .reporting, signature: .now())
    /// ```
    /// - Throws: ``ArkaErrorList`` of every bad row, each with its file and line; nothing is added.
    @discardableResult
    public func addRates(file path: String, kind: RateKind, signature: Signature) throws -> Int {
        switch kind {
        case .booking:
            var book = rates
            let before = book.quotes.count
            var problems = ProblemList()
            LedgerDefinition.readRates(path, into: &book, lock: context.lock, problems: &problems)
            try problems.throwIfAny()
            let added = Array(book.quotes.dropFirst(before))
            try store.transaction { try $0.addRates(added) }
            rates = book
            return added.count
        case .reporting:
            var table = try store.view { try $0.reportingRates(reporting: settings.reportingCurrency) }
            let before = table.quotes
            var problems = ProblemList()
            LedgerDefinition.readReportingRates(path, source: settings.rateSource, into: &table, lock: context.lock, problems: &problems)
            try problems.throwIfAny()
            let known = Set(before)
            let added = table.quotes.filter { !known.contains($0) }
            try store.transaction { try $0.addReportingRates(added, by: signature.user, at: signature.timestamp) }
            return added.count
        }
    }

    /// The donor's monthly reporting rates into the reporting currency.
    /// - Throws: a database error.
    public func reportingRates() throws -> ReportingRates {
        try store.view { try $0.reportingRates(reporting: settings.reportingCurrency) }
    }

    /// Every rate of the ledger: the booking rates, then the reporting rates.
    /// - Throws: ``ArkaError`` when a stored rate does not read back.
    public func rateList() throws -> RateList {
        let reporting = try store.view { try $0.reportingRates(reporting: settings.reportingCurrency) }
        var rows: [RateList.Row] = rates.quotes.map {
            RateList.Row(kind: .booking, currency: $0.currency.code, period: $0.period, rate: $0.rate.description, source: $0.source)
        }
        rows.sort { ($0.currency, $0.period) < ($1.currency, $1.period) }
        rows += reporting.quotes.map {
            RateList.Row(kind: .reporting, currency: $0.currency.code, period: $0.month.description, rate: $0.rate.description, source: $0.source)
        }
        return RateList(base: baseCurrency, reporting: settings.reportingCurrency, rows: rows)
    }
}

/// The ledger's rates, as `arka rates list` shows them.
public struct RateList: Sendable {
    public struct Row: Sendable {
        public var kind: Ledger.RateKind
        public var currency: String
        /// A day or a month.
        public var period: String
        public var rate: String
        public var source: String
    }

    public var base: Currency
    public var reporting: Currency
    public var rows: [Row]
}
