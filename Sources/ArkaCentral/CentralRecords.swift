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
        var replay = Replay(office: office)
        for record in try await centre.rows(
            "SELECT seq, action, row::text FROM arka.record WHERE office = \(office) AND tbl = \(table) ORDER BY seq")
        {
            let (sequence, action, text) = try record.decode((Int64, String, String).self)
            try replay.apply(sequence: sequence, table: table, action: action, row: text)
        }
        guard let replayed = replay.tables[table] else { return [] }
        return replayed.rows.map { row in
            var shown: Row = [:]
            for (column, value) in zip(replayed.columns, row.values) { shown[column] = .some(value) }
            return shown
        }
    }

    /// The record log of an office replayed table by table: each table's columns (its last
    /// `reshape`) and its rows now, as the log holds them (a JSON array) and as values.
    struct Replay {
        struct Table {
            var columns: [String] = []
            var rows: [(text: String, values: [String?])] = []
        }

        let office: String
        var tables: [String: Table] = [:]

        /// Applies one record, as the office applied it.
        /// - Throws: ``ArkaError/Kind/badDigest`` for a row that is not a JSON array.
        mutating func apply(sequence: Int64, table: String, action: String, row text: String) throws {
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
                tables[table] = Table(columns: values.map { $0 ?? "" })
            case "insert":
                tables[table, default: Table()].rows.append((text, values))
            case "delete":
                if let index = tables[table]?.rows.firstIndex(where: { $0.values == values }) { tables[table]?.rows.remove(at: index) }
            default:
                break
            }
        }
    }
}
