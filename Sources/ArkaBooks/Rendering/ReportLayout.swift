import ArkaCore
import Foundation

/// A report as its text rendering lays it out, taken apart for another face (the web pages):
/// its lines of prose (the title, the notes, the flags) and its tables, each with its column
/// titles, their alignment and the cells as the text table writes them (amounts in the
/// column's figures). The figures are the command line's, in the same order.
///
/// ```swift
/// let layout = ReportLayout.of { try ledger.trialBalance(asOf: nil, grouping: .account).rendered(as: .text) }
/// for case .table(let table) in layout.blocks { print(table.columns.map(\.title)) }
/// ```
public struct ReportLayout: Sendable, Equatable {
    /// One table of a report.
    public struct Table: Sendable, Equatable {
        /// A column: its title, in the language asked, and whether its cells are figures
        /// (aligned right).
        public struct Column: Sendable, Equatable {
            public var title: String
            public var isFigure: Bool

            public init(title: String, isFigure: Bool) {
                self.title = title
                self.isFigure = isFigure
            }
        }

        public var columns: [Column]
        /// The rows, each a cell a column; nil is a rule (the line above a total).
        public var rows: [[String]?]
    }

    /// A part of a report: a line of prose or a table.
    public enum Block: Sendable, Equatable {
        case text(String)
        case table(Table)
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Lays out what `render` writes: the text rendering of a report, run with every table
    /// taken whole (no text cut to fit a width), each line of prose kept as a block.
    /// - Throws: what `render` throws.
    public static func of(_ render: () throws -> String) rethrows -> ReportLayout {
        let capture = Capture()
        let text = try Capture.$current.withValue(capture) { try render() }
        var blocks: [Block] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(Capture.mark), let index = Int(line.dropFirst(Capture.mark.count)), index < capture.tables.count {
                blocks.append(.table(capture.tables[index]))
            } else if !line.isEmpty {
                blocks.append(.text(String(line)))
            }
        }
        return ReportLayout(blocks: blocks)
    }

    /// The tables rendered while a layout is taken, each replaced in the text by a line of its own.
    final class Capture: @unchecked Sendable {
        /// A line no report writes: the mark of the captured table whose number follows.
        static let mark = "\u{1}arka-table "
        @TaskLocal static var current: Capture?
        var tables: [Table] = []
    }
}

extension TextTable {
    /// The table taken for a ``ReportLayout`` when one is being made: its cells as ``render()``
    /// writes them, whole. Returns the line that stands for it in the text, or nil.
    func captured(titles: [String], texts: [[String]?]) -> String? {
        guard let capture = ReportLayout.Capture.current else { return nil }
        capture.tables.append(
            ReportLayout.Table(
                columns: zip(titles, columns).map { ReportLayout.Table.Column(title: $0, isFigure: $1.alignment == .right) },
                rows: texts))
        return ReportLayout.Capture.mark + "\(capture.tables.count - 1)\n"
    }
}
