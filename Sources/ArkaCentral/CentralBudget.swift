import ArkaBooks
import ArkaCore
import PostgresNIO

/// The budget from the centre: each office's own budget report, made by the same function an
/// office runs (``Ledger/budgetReport(asOf:fund:)``) of its books as the centre holds them
/// (``CentralReplica``), and the offices together (``ConsolidatedBudget``).
///
/// ```swift
/// let budget = try await CentralBudget.report(from: centre, office: nil, asOf: nil, fund: "EU", folder: folder)
/// print(budget.rendered(as: .text))
/// ```
public enum CentralBudget {
    /// - Parameters:
    ///   - office: one office's code, or nil (or `all`) for every office the centre holds.
    ///   - fund: only this fund; with several offices, those that have it.
    ///   - folder: where the offices' replicas are kept (``CentralReplica/defaultFolder(for:)``).
    /// - Throws: ``ArkaError/Kind/badSetting`` for an office the centre does not hold;
    ///   ``ArkaError/Kind/unknownFund`` for a fund no office named has; what
    ///   ``Ledger/budgetReport(asOf:fund:)`` throws, the office named; ``ArkaError/Kind/io``
    ///   with the server's sentence.
    public static func report(from centre: CentralConnection, office: String?, asOf: LedgerDate?, fund: String?, folder: String) async throws
        -> ConsolidatedBudget
    {
        let offices = try await CentralOffices.list(in: centre, only: office)
        var reports: [(office: ConsolidatedBalance.Office, report: BudgetReport)] = []
        var unreported: [(office: String, reason: String)] = []
        var firstRefusal: ArkaError?
        for one in offices {
            let books = try await CentralReplica.ledger(office: one.code, in: centre, folder: folder)
            if let fund, offices.count > 1, !books.definition.funds.contains(where: { $0.code == fund }) { continue }
            do {
                reports.append((one, try books.budgetReport(asOf: asOf, fund: fund)))
            } catch let error as ArkaError {
                // The office named, not the file its books are made again in.
                let named = ArkaError(
                    error.kind, "office \(one.code): \(error.sentence)", location: SourceLocation(field: error.location.field, value: error.location.value))
                // Among several, an office whose books make no budget report (none kept, or not in the
                // reporting currency) is named with its reason, and the others are reported.
                guard offices.count > 1 else { throw named }
                unreported.append((one.code, named.description))
                firstRefusal = firstRefusal ?? named
            }
        }
        if reports.isEmpty {
            if let firstRefusal { throw firstRefusal }
            throw ArkaError(.unknownFund, "no office at the centre has this fund", field: "--fund", value: fund ?? "")
        }
        var budget = try ConsolidatedBudget(offices: reports)
        budget.unreported = unreported
        for row in try await centre.rows(
            """
            SELECT DISTINCT ON (office) office, number, to_char(synced_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')
            FROM arka.sync WHERE office = ANY(\(offices.map(\.code))::text[]) ORDER BY office, number DESC
            """)
        {
            let (office, number, time) = try row.decode((String, Int64, String).self)
            budget.lastSyncs[office] = tr("sync #\(number), \(time)")
        }
        return budget
    }
}
