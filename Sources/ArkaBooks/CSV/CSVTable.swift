import ArkaCore
import Synchronization
import Foundation

/// A CSV file read with its header: columns found by name, in any order.
///
/// ```swift
/// let table = try CSVTable(path: "accounts.csv", required: ["code", "name", "type"],
///                          optional: ["parent", "name_sq"])
/// while let row = try table.next() { let code = try row.required("code") }
/// ```
public final class CSVTable {
    /// One data row: its line and its values by column name.
    public struct Row {
        public let line: Int
        let fields: [String]
        let columns: [String: Int]
        let file: String

        /// The trimmed value of a column, or nil when the file has no such column or it is empty.
        public func value(_ column: String) -> String? { value(at: columns[column]) }

        /// The trimmed value of a column that must be filled in.
        /// - Throws: ``ArkaError/Kind/missingValue`` naming the file, line and column.
        public func required(_ column: String) throws -> String { try required(Column(column, in: columns)) }

        /// The value at a column's position, found once with ``CSVTable/column(_:)``.
        public func value(at index: Int?) -> String? {
            guard let index, index < fields.count else { return nil }
            let text = fields[index].trimmingSpaces
            return text.isEmpty ? nil : text
        }

        public func value(_ column: Column) -> String? { value(at: column.index) }

        /// The value of a column that must be filled in.
        /// - Throws: ``ArkaError/Kind/missingValue`` naming the file, line and column.
        public func required(_ column: Column) throws -> String {
            guard let text = value(at: column.index) else {
                throw ArkaError(.missingValue, "\(column.name) is empty", location: SourceLocation(file: file, line: line, field: column.name, value: ""))
            }
            return text
        }

        /// The error placed on this row's file and line.
        public func locate(_ error: ArkaError) -> ArkaError { error.at(file: file, line: line) }
    }

    /// A column's name and its position in this file's rows (nil when the file lacks it).
    public struct Column {
        public let name: String
        public let index: Int?

        init(_ name: String, in columns: [String: Int]) {
            self.name = name
            self.index = columns[name]
        }
    }

    /// The column with this name, resolved once so that rows are read by position.
    public func column(_ name: String) -> Column { Column(name, in: columns) }

    public let reader: CSVRecordReader
    public let columns: [String: Int]
    private let width: Int

    /// Opens the file and reads its header.
    /// - Throws: ``ArkaError/Kind/missingColumn`` when a required column is absent,
    ///   ``ArkaError/Kind/malformedCSV`` for an unknown or repeated column.
    /// With an import `profile`, the file is read as the profile says (``ImportProfile``): its
    /// separator, the rows above its header skipped, its columns renamed, its dates and numbers
    /// read in its conventions, its signed amount made of two columns.
    public init(path: String, required: [String], optional: [String] = [], profile: ImportProfile? = nil) throws {
        if let encoding = profile?.encoding {
            // A file in another encoding is turned to UTF-8 whole: such files (an Excel export,
            // a bank's statement) are small.
            let data: Data
            do {
                data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw ArkaError(.io, "cannot open the file", location: SourceLocation(file: path))
            }
            reader = CSVRecordReader(data: try encoding.utf8(data, file: path), name: path == "-" ? "standard input" : path)
        } else {
            reader = try CSVRecordReader(path: path)
        }
        self.profile = profile
        let file = reader.name
        if let profile {
            reader.separator = profile.separator
            for _ in 0..<profile.skipRows where try reader.next() == nil { break }
        }
        guard let header = try reader.next() else {
            throw ArkaError(.missingColumn, "the file is empty; its first line names the columns \(required.joined(separator: ","))", location: SourceLocation(file: file, line: 1))
        }
        var columns: [String: Int] = [:]
        let known = Set(required + optional)
        var amountParts: (plus: Int?, minus: Int?) = (nil, nil)
        for (index, rawName) in header.fields.enumerated() {
            let name = profile?.column(for: rawName) ?? rawName.trimmingSpaces.lowercased()
            if profile?.ignored.contains(ImportProfile.folded(rawName)) == true { continue }
            if let parts = profile?.amount, known.contains("amount") {
                if name == parts.plus { amountParts.plus = index; continue }
                if name == parts.minus { amountParts.minus = index; continue }
            }
            guard known.contains(name) else {
                let columns = (required + optional).joined(separator: ", ")
                let reason: Sentence
                if let profile, profile.columns[ImportProfile.folded(rawName)] != nil {
                    reason = "the import profile \(profile.name) reads this column as \(name), which this command does not take; its columns are \(columns)"
                } else if profile == nil, let suggested = ImportProfile.suggestions(forFile: path, known: known, required: required).first {
                    reason = "unknown column; the columns are \(columns); the file reads as import profile \(suggested): give --profile \(suggested)"
                } else if profile == nil, rawName.contains(";") {
                    reason = "unknown column; the columns are \(columns); its fields are separated by ';', as Excel writes them in a locale with decimal commas: read it through an import profile (--profile excel-sq, or one of your own)"
                } else {
                    reason = "unknown column; the columns are \(columns)"
                }
                throw ArkaError(.malformedCSV, reason, location: SourceLocation(file: file, line: header.line, field: "header", value: rawName))
            }
            guard columns[name] == nil else {
                throw ArkaError(.malformedCSV, "the column appears twice", location: SourceLocation(file: file, line: header.line, field: "header", value: rawName))
            }
            columns[name] = index
        }
        var signed: (plus: Int, minus: Int)?
        if let plus = amountParts.plus, let minus = amountParts.minus, columns["amount"] == nil {
            // The signed amount is a field made after the file's own.
            columns["amount"] = header.fields.count
            signed = (plus, minus)
        }
        for name in required where columns[name] == nil {
            throw ArkaError(
                .missingColumn, "the file has no \(name) column; it needs \(required.joined(separator: ","))",
                location: SourceLocation(file: file, line: header.line, field: name))
        }
        self.columns = columns
        self.width = header.fields.count
        let fieldCount = header.fields.count + (signed == nil ? 0 : 1)
        var limits = Array(repeating: TextLimit.text, count: fieldCount)
        var names = Array(repeating: "", count: fieldCount)
        for (name, index) in columns {
            limits[index] = TextLimit.forField(name)
            names[index] = name
        }
        self.limits = limits
        self.names = names
        self.signedAmount = signed
        reader.fieldNames = names.enumerated().map { $1.isEmpty ? "column \($0 + 1)" : $1 }
        if let (plus, minus) = signed {
            reader.fieldNames[plus] = header.fields[plus].trimmingSpaces
            reader.fieldNames[minus] = header.fields[minus].trimmingSpaces
        }
    }

    /// The import profile the file is read through, if any.
    public let profile: ImportProfile?
    /// With a profile whose amount is two columns: their places (plus, minus).
    private let signedAmount: (plus: Int, minus: Int)?

    /// Per column position, the longest text it takes (``TextLimit``) and its name.
    private let limits: [TextLimit]
    private let names: [String]

    /// The next data row, each of its fields checked against the text rule of its column
    /// (``TextLimit/check(_:field:limit:)``, on the field as trimmed and stored).
    /// - Throws: ``ArkaError/Kind/malformedCSV`` when a row has a different number of fields than
    ///   the header; ``ArkaError/Kind/badText`` for bytes that are not UTF-8, a control character,
    ///   or a line break in a column that is one line; ``ArkaError/Kind/textTooLong`` for a field
    ///   longer than its column takes (``TextLimit/forField(_:)``); each naming the file, line and column.
    public func next() throws -> Row? {
        guard let record = try reader.next() else { return nil }
        return try row(record)
    }

    /// The next sound row, or nil at the end of the file. A record that is not a sound row (a
    /// wrong number of fields, a field that is not text or is too long) is handed to `refused`
    /// with its problem and its fields, and the reading goes on with the next record: a file's
    /// every problem is found in one run.
    ///
    /// ```swift
    /// while let row = try table.next(refusing: { error, _ in problems.record(error) }) { ... }
    /// ```
    /// - Throws: only what stops the reading: ``ArkaError/Kind/malformedCSV`` for a quote left
    ///   open or stray, ``ArkaError/Kind/io`` for a file that cannot be read.
    public func next(refusing refused: (ArkaError, _ fields: [String]) -> Void) throws -> Row? {
        while let record = try reader.next() {
            do {
                return try row(record)
            } catch let error as ArkaError {
                refused(error, record.fields)
            }
        }
        return nil
    }

    /// The record as a row of the table, its fields checked as ``next()`` says.
    /// - Throws: as ``next()``, for this record.
    private func row(_ record: CSVRecordReader.Record) throws -> Row {
        guard record.fields.count == width else {
            throw ArkaError(
                .malformedCSV, "the row has \(record.fields.count) fields but the header has \(width)",
                location: SourceLocation(file: reader.name, line: record.line))
        }
        // A field of printable ASCII (most fields) has only its length to check.
        for index in record.fields.indices where !record.isPrintableASCII(field: index) || record.fields[index].utf8.count > limits[index].characters {
            do {
                try TextLimit.check(record.fields[index].trimmingSpaces, field: names[index], limit: limits[index])
            } catch let error as ArkaError {
                throw error.at(file: reader.name, line: record.line)
            }
        }
        guard let profile else { return Row(line: record.line, fields: record.fields, columns: columns, file: reader.name) }
        var fields = record.fields
        for index in fields.indices where !names[index].isEmpty {
            fields[index] = profile.normalized(fields[index], column: names[index])
        }
        if let (plus, minus) = signedAmount {
            fields.append(try Self.signedAmount(plus: fields[plus], minus: fields[minus], profile: profile, names: (reader.fieldNames[plus], reader.fieldNames[minus]))
                .mapError { $0.at(file: reader.name, line: record.line) }.get())
        }
        return Row(line: record.line, fields: fields, columns: columns, file: reader.name)
    }

    /// The signed amount of a row whose profile makes it of two columns: the one filled in, the
    /// `minus` one negated.
    private static func signedAmount(plus: String, minus: String, profile: ImportProfile, names: (plus: String, minus: String)) -> Result<String, ArkaError> {
        let added = profile.normalized(plus, column: "amount")
        let taken = profile.normalized(minus, column: "amount")
        for (text, written, name) in [(added, plus, names.plus), (taken, minus, names.minus)] where text.hasPrefix("-") {
            return .failure(
                ArkaError(.badAmount, "\(name) holds sizes: write the amount without a sign, in the other column for the other way", field: name, value: written))
        }
        func isZero(_ text: String) -> Bool { text.isEmpty || text.allSatisfy { $0 == "0" || $0 == "." || $0 == "-" } }
        switch (isZero(added), isZero(taken)) {
        case (true, true): return .success("")
        case (false, true): return .success(added)
        case (true, false): return .success(taken.hasPrefix("-") ? String(taken.dropFirst()) : "-" + taken)
        case (false, false):
            return .failure(
                ArkaError(.badAmount, "both \(names.plus) and \(names.minus) are filled in; a line moves money one way", field: names.minus, value: minus))
        }
    }
}

/// A CSV table handed to the thread that reads it, which alone uses it from then on: the
/// caller keeps its name for messages and gives the table away.
///
/// ```swift
/// let file = HandedTable(try CSVTable(path: path, required: ["entry"], optional: []))
/// Thread { file.table.withLock { table in while let row = try? table.next() { … } } }.start()
/// ```
final class HandedTable: Sendable {
    /// The file's name as messages show it (`-` is standard input).
    let name: String
    let table: Mutex<CSVTable>

    init(_ table: sending CSVTable) {
        name = table.reader.name
        self.table = Mutex(table)
    }
}

extension CSVTable {
    /// What ``readRows(path:required:optional:key:problems:_:)`` read: whether the file had no
    /// problem, and the keys of the rows refused.
    public struct RowsRead {
        public var sound: Bool
        /// The value in the `key` column of each refused row, as written: a row refused for any
        /// reason still declares its code, whose references elsewhere are not reported again.
        public var refusedKeys: Set<String>
    }

    /// Opens `path` and hands each row to `body`. A refusal of the file (its header, a quote
    /// left open) or of a row is recorded in `problems`, placed on its file and line, and the
    /// reading goes on with the next row: a definition's every problem is found in one run.
    ///
    /// ```swift
    /// var problems = ProblemList()
    /// let read = CSVTable.readRows(path: "funds.csv", required: ["code", "name"], key: "code", problems: &problems) { row in
    ///     funds.append(try Fund(row))
    /// }
    /// try problems.throwIfAny()
    /// ```
    @discardableResult
    public static func readRows(
        path: String, required: [String], optional: [String] = [], key: String? = nil, problems: inout ProblemList,
        _ body: (Row) throws -> Void
    ) -> RowsRead {
        let before = problems.count
        var refused: Set<String> = []
        let table: CSVTable
        do {
            table = try CSVTable(path: path, required: required, optional: optional)
        } catch {
            problems.record(ArkaError.from(error, file: path))
            return RowsRead(sound: false, refusedKeys: [])
        }
        let keyColumn = key.flatMap { table.columns[$0] }
        while true {
            let record: CSVRecordReader.Record
            do {
                // The record reader cannot go on past a file it cannot read (a quote left open).
                guard let next = try table.reader.next() else { break }
                record = next
            } catch {
                problems.record(ArkaError.from(error, file: path))
                break
            }
            do {
                try body(try table.row(record))
            } catch {
                // A record that is no sound row (a wrong number of fields) is refused like a row the body refuses.
                problems.record(ArkaError.from(error, file: path).at(file: path, line: record.line))
                if let keyColumn, keyColumn < record.fields.count { refused.insert(record.fields[keyColumn].trimmingSpaces) }
            }
        }
        return RowsRead(sound: problems.count == before, refusedKeys: refused)
    }
}

extension ArkaError {
    /// `error` as an ``ArkaError``: itself, or an ``ArkaError/Kind/io`` naming `file` for an
    /// error of the system (a file that cannot be read).
    static func from(_ error: any Error, file: String) -> ArkaError {
        (error as? ArkaError) ?? ArkaError(.io, "\(error)", location: SourceLocation(file: file))
    }
}
