import ArkaBooks
import ArkaCore
import ArkaStore
import PostgresNIO

/// The consolidated trial balance from the centre: each office's totals as its syncs kept them
/// (`arka.total`, per month: never a scan of the postings), and for a day that does not end its
/// month, that month's postings up to the day.
///
/// ```swift
/// let report = try await CentralBalance.report(from: centre, office: nil, asOf: nil, grouping: .fund)
/// print(report.rendered(as: .text))
/// ```
public enum CentralBalance {
    /// - Parameters:
    ///   - office: one office's code, or nil (or `all`) for every office the centre holds.
    /// - Throws: ``ArkaError/Kind/badSetting`` for an office the centre does not hold (or a
    ///   centre that holds none); ``ArkaError/Kind/overflow`` for a total that does not fit;
    ///   ``ArkaError/Kind/io`` with the server's sentence.
    public static func report(from centre: CentralConnection, office: String?, asOf: LedgerDate?, grouping: BalanceGrouping) async throws
        -> ConsolidatedBalance
    {
        let offices = try await CentralOffices.list(in: centre, only: office)
        let codes = offices.map(\.code)
        // The fund and budget line a row is split by, from the totals and from the postings.
        let (groups, postingGroups): (String, String)
        switch grouping {
        case .account: (groups, postingGroups) = ("'' AS f, '' AS l", "'' AS f, '' AS l")
        case .fund: (groups, postingGroups) = ("fund AS f, '' AS l", "COALESCE(p.fund, '') AS f, '' AS l")
        case .budgetLine: (groups, postingGroups) = ("fund AS f, budget_line AS l", "COALESCE(p.fund, '') AS f, COALESCE(p.budget_line, '') AS l")
        }
        // Whole months from the totals; the month of the day, unless the day ends it, from its postings.
        let wholeMonths: String
        var days: (from: String, to: String)?
        if let asOf {
            let month = asOf.ledgerMonth
            if asOf == month.lastDay {
                wholeMonths = month.description
            } else {
                wholeMonths = month.previous.description
                days = (month.firstDay.description, asOf.description)
            }
        } else {
            wholeMonths = "9999-12"
        }
        let rows = try await centre.rows(
            """
            SELECT office, account, currency, f, l, SUM(debit)::text, SUM(credit)::text
            FROM (
                SELECT office, account, currency, \(unescaped: groups), debit, credit
                FROM arka.total WHERE office = ANY(\(codes)::text[]) AND month <= \(wholeMonths)
                UNION ALL
                SELECT p.office, p.account, p.currency, \(unescaped: postingGroups),
                    GREATEST(p.amount, 0), GREATEST(-p.amount, 0)
                FROM arka.entry e JOIN arka.posting p ON p.office = e.office AND p.seq = e.seq
                WHERE e.office = ANY(\(codes)::text[]) AND e.date BETWEEN \(days?.from ?? "9999-12-31")::date AND \(days?.to ?? "0001-01-01")::date
            ) t
            GROUP BY office, account, currency, f, l
            """)
        var currencies: [String: Currency] = [:]
        var input: [ConsolidatedBalance.Row] = []
        for row in rows {
            let (office, account, code, fund, line, debit, credit) = try row.decode((String, String, String, String, String, String, String).self)
            let currency = try currencies[code] ?? Currency(code: code)
            currencies[code] = currency
            func money(_ text: String) throws -> Money {
                guard let minor = Int64(text) else {
                    throw ArkaError(.overflow, "the total of \(account) at \(office) in \(code) is too large to hold exactly")
                }
                return Money(minorUnits: minor, currency: currency)
            }
            input.append(
                ConsolidatedBalance.Row(
                    office: office, account: account, fund: fund.isEmpty ? nil : fund, budgetLine: line.isEmpty ? nil : line,
                    debit: try money(debit), credit: try money(credit)))
        }
        // Each account's name in the offices' charts; where they name one code differently, each name once.
        var names: [String: [String]] = [:]
        for office in offices {
            for account in try await CentralRecords.table("account", office: office.code, in: centre) {
                guard let code = account["code"] ?? nil, let name = account["name"] ?? nil, !(names[code] ?? []).contains(name) else { continue }
                names[code, default: []].append(name)
            }
        }
        return try ConsolidatedBalance(
            offices: offices, asOf: asOf, grouping: grouping, rows: input, accountNames: names.mapValues { $0.joined(separator: " / ") })
    }
}

/// The offices the centre holds.
public enum CentralOffices {
    /// The offices, by code: `only` one of them (nil or `all`: every one).
    /// - Throws: ``ArkaError/Kind/badSetting`` for an office the centre does not hold, or a
    ///   centre that holds none yet.
    public static func list(in centre: CentralConnection, only: String?) async throws -> [ConsolidatedBalance.Office] {
        try await CentralSchema.requireCurrent(centre)
        let one = only.flatMap { $0.lowercased() == "all" ? nil : $0 }
        let offices = try await centre.rows(
            "SELECT code, name FROM arka.office WHERE \(one ?? "") = '' OR code = \(one ?? "") ORDER BY code"
        ).map { row in
            let (code, name) = try row.decode((String, String).self)
            return ConsolidatedBalance.Office(code: code, name: name)
        }
        if offices.isEmpty {
            if let one {
                // The offices it does hold, when they are few enough to name.
                let codes = try await centre.rows("SELECT code FROM arka.office ORDER BY code LIMIT 21").map { try $0.decode(String.self) }
                if !codes.isEmpty, codes.count <= 20 {
                    throw ArkaError(
                        .badSetting, "the centre holds no office \(one); its offices are \(codes.joined(separator: ", "))", field: "--office", value: one)
                }
                throw ArkaError(.badSetting, "the centre holds no office \(one)", field: "--office", value: one)
            }
            throw ArkaError(.badSetting, "the centre holds no office yet: an office sends its books with arka sync", field: "--database", value: "")
        }
        return offices
    }
}
