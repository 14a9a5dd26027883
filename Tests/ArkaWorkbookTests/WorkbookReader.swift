import Foundation
import XCTest

/// Reads a written workbook back through `Tools/workbook_check.py` (openpyxl): every cell's
/// stored value, formula and number format, by sheet and A1 reference, and the sheets' order.
struct WorkbookReader {
    struct Cell: Equatable {
        var value: AnyHashable?
        var formula: String?
        /// The cell's number format, nil for General.
        var format: String?

        var number: Double? { (value as? Double) ?? (value as? Int).map(Double.init) }
        var text: String? { value as? String }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tool = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Tools/workbook_check.py").path

    let sheets: [String: [String: Cell]]
    /// The sheets' names in the workbook's order.
    let sheetNames: [String]

    /// - Throws: when python3 or openpyxl is missing, or the file is not a workbook.
    init(path: String) throws {
        let (status, output) = try Self.run(["cells", path])
        guard status == 0, let data = output.data(using: .utf8),
            let json = try JSONSerialization.jsonObject(with: data) as? [String: [String: [String: Any]]]
        else {
            throw NSError(domain: "WorkbookReader", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "cannot read \(path): \(output)"])
        }
        var sheets: [String: [String: Cell]] = [:]
        for (sheet, cells) in json {
            var table: [String: Cell] = [:]
            for (reference, entry) in cells {
                var value: AnyHashable?
                switch entry["value"] {
                case let number as NSNumber: value = number.doubleValue
                case let text as String: value = text
                default: value = nil
                }
                table[reference] = Cell(value: value, formula: entry["formula"] as? String, format: entry["format"] as? String)
            }
            sheets[sheet] = table
        }
        self.sheets = sheets
        let (orderStatus, order) = try Self.run(["sheets", path])
        guard orderStatus == 0, let names = try JSONSerialization.jsonObject(with: Data(order.utf8)) as? [String] else {
            throw NSError(domain: "WorkbookReader", code: Int(orderStatus), userInfo: [NSLocalizedDescriptionKey: "cannot list the sheets of \(path): \(order)"])
        }
        sheetNames = names
    }

    /// Runs the tool; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (Int32, String) {
        try python(tool, arguments)
    }

    /// Runs a Python script of `Tools` with `arguments`; returns its exit status and standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func sheet(_ name: String) throws -> [String: Cell] {
        guard let sheet = sheets[name] else { throw NSError(domain: "WorkbookReader", code: 1, userInfo: [NSLocalizedDescriptionKey: "no sheet \(name) among \(sheets.keys.sorted())"]) }
        return sheet
    }

    /// The row numbers (1-based) whose cell in `column` holds `text`.
    func rows(in sheet: String, column: String, where predicate: (String) -> Bool) throws -> [Int] {
        try self.sheet(sheet).compactMap { reference, cell -> Int? in
            guard reference.hasPrefix(column), let row = Int(reference.dropFirst(column.count)), let text = cell.text, predicate(text) else { return nil }
            return row
        }.sorted()
    }

    /// The cell values without formulas, for comparing two exports.
    var contents: [String: [String: AnyHashable?]] {
        sheets.mapValues { cells in cells.mapValues { $0.value } }
    }
}
