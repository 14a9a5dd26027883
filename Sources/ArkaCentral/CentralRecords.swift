import ArkaCore
import Foundation
import PostgresNIO

/// An office's table beside the journal (its chart, funds, budget, registers) as the centre
/// holds it: the office's record log, as sent, replayed. A `reshape` record names the table's
/// columns from there on, an `insert` adds a row, a `delete` removes one, as in the office
/// (`RecordLog`: after a `reshape` the table's rows are recorded anew); values are by pseudonym, as they were sent.
///
/// ```swift
/// let accounts = try await CentralRecords.table("account", office: "FIER", in: centre)
/// accounts.first?["name"]   // "Cash in hand"
/// ```
public enum CentralRecords {
    /// A row: its values by column, as text (numbers written as the office logged them), nil
    /// for SQL's null.
    public typealias Row = [String: String?]

    /// The rows of `table` of office `office` now, in the order they were written.
    /// - Throws: ``ArkaError/Kind/io`` with the server's sentence; ``ArkaError/Kind/badDigest``
    ///   for a record that is not a JSON array (a centre changed behind Arka's back).
    public static func table(_ table: String, office: String, in centre: CentralConnection) async throws -> [Row] {
        let records = try await centre.rows(
            "SELECT seq, action, row::text FROM arka.record WHERE office = \(office) AND tbl = \(table) ORDER BY seq")
        var columns: [String] = []
        var rows: [(values: [String?], row: Row)] = []
        for record in records {
            let (sequence, action, text) = try record.decode((Int64, String, String).self)
            guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? [Any] else {
                throw ArkaError(.badDigest, "record #\(sequence) of office \(office) is not a row of \(table) as the office logs one", field: "row", value: text)
            }
            let values: [String?] = array.map { value in
                if value is NSNull { return nil }
                if let text = value as? String { return text }
                return "\(value)"
            }
            switch action {
            case "reshape":
                // The table's rows are recorded anew after it, with its new columns.
                columns = values.map { $0 ?? "" }
                rows = []
            case "insert":
                var row: Row = [:]
                for (column, value) in zip(columns, values) { row[column] = .some(value) }
                rows.append((values, row))
            case "delete":
                if let index = rows.firstIndex(where: { $0.values == values }) { rows.remove(at: index) }
            default:
                continue
            }
        }
        return rows.map(\.row)
    }
}
