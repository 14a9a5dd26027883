/// How a worksheet prints: A4 in an orientation, its columns fitted to the pages' width (as many
/// pages down as the rows need) or printed at a fixed scale, the rows repeated at the top of
/// every page, the margins, and the texts above and below each page.
///
/// ```swift
/// var page = PageSetup(landscape: true)
/// page.repeatRows = 4...4
/// page.header = PageText(left: [.text("Mallakastër")], center: [.text("Transaction listing")], right: [.text("Period 2023")])
/// page.footer = PageText(center: [.text("Page "), .pageNumber, .text(" of "), .pageCount])
/// try sheet.printSetup(page)
/// ```
public struct PageSetup: Sendable, Equatable {
    /// A4's width and height in points, and the side margins every sheet prints with (inches).
    public static let a4Points = (short: 595.28, long: 841.89)
    public static let sideMargin = 0.4
    public static let topMargin = 0.75
    public static let headerMargin = 0.3

    /// How the sheet is sized to the paper.
    public enum Fit: Sendable, Equatable {
        /// At 100 %, over as many pages as it takes.
        case none
        /// Shrunk so that the columns fit this many pages across; as many pages down as needed.
        case width(pages: Int)
        /// At a fixed scale in percent, the columns running over pages across as they fall.
        /// (LibreOffice prints blank pages after a sheet fitted to more than one page across.)
        case scale(percent: Int)
    }

    /// Landscape (the long side across) or portrait.
    public var landscape: Bool
    /// How the sheet is sized to the paper: fitted to the pages' width by default.
    public var fit: Fit
    /// Rows printed at the top of every page (the header row of a listing).
    public var repeatRows: ClosedRange<Int>?
    /// Columns printed at the left of every page, when the columns run over several pages.
    public var repeatColumns: ClosedRange<Int>?
    /// The text above each page.
    public var header: PageText
    /// The text below each page.
    public var footer: PageText
    /// The point size of the header's and footer's text, or nil for the body's. LibreOffice
    /// scales it with the sheet, Excel does not: the body's size prints alike in both.
    public var headerFontSize: Int?

    /// A setup on A4; everything but the orientation may be left as it is.
    public init(
        landscape: Bool, fit: Fit = .width(pages: 1), repeatRows: ClosedRange<Int>? = nil, repeatColumns: ClosedRange<Int>? = nil,
        header: PageText = PageText(), footer: PageText = PageText(), headerFontSize: Int? = nil
    ) {
        self.landscape = landscape
        self.fit = fit
        self.repeatRows = repeatRows
        self.repeatColumns = repeatColumns
        self.header = header
        self.footer = footer
        self.headerFontSize = headerFontSize
    }

    /// The width between the side margins, in points.
    public var printableWidth: Double {
        (landscape ? Self.a4Points.long : Self.a4Points.short) - 2 * 72 * Self.sideMargin
    }
}

/// The three parts (left, centre, right) of a page's header or footer.
public struct PageText: Sendable, Equatable {
    /// A piece of a header or footer: text as it is, or a number the printer fills in.
    public enum Piece: Sendable, Equatable {
        case text(String)
        /// The number of the page.
        case pageNumber
        /// How many pages are printed.
        case pageCount
    }

    /// The pieces set at the left, in the centre and at the right of the page.
    public var left: [Piece]
    public var center: [Piece]
    public var right: [Piece]

    /// A header or footer of up to three parts; an empty part shows nothing.
    public init(left: [Piece] = [], center: [Piece] = [], right: [Piece] = []) {
        self.left = left
        self.center = center
        self.right = right
    }

    /// Whether no part has anything to show.
    public var isEmpty: Bool { left.isEmpty && center.isEmpty && right.isEmpty }

    /// Excel's header code (`&L…&C…&R…`, `&P` the page, `&N` the pages, `&&` an ampersand), at a
    /// font size, within Excel's 255 characters: the longest texts are shortened with "…" until
    /// it fits, so a long ledger name never costs the page numbers.
    ///
    /// ```swift
    /// PageText(center: [.text("Page "), .pageNumber, .text(" of "), .pageCount]).code()
    /// // "&CPage &P of &N"
    /// ```
    public func code(fontSize: Int? = nil, limit: Int = 255) -> String {
        var sections = [("L", left), ("C", center), ("R", right)]
        func render() -> String {
            sections.filter { !$0.1.isEmpty }.map { tag, pieces in
                // A space after a size code: a text starting with a digit would extend the size.
                "&\(tag)" + (fontSize.map { "&\($0) " } ?? "") + pieces.map { piece in
                    switch piece {
                    case .text(let text): text.replacingOccurrences(of: "&", with: "&&")
                    case .pageNumber: "&P"
                    case .pageCount: "&N"
                    }
                }.joined()
            }.joined()
        }
        var code = render()
        while code.utf8.count > limit {
            // Shorten the longest text by a tenth (at least one character).
            var longest: (section: Int, piece: Int, length: Int)?
            for (s, section) in sections.enumerated() {
                for (p, piece) in section.1.enumerated() {
                    if case .text(let text) = piece, text.count > (longest?.length ?? 1) { longest = (s, p, text.count) }
                }
            }
            guard let longest, case .text(let text) = sections[longest.section].1[longest.piece] else { break }
            let keep = max(1, text.count - max(2, text.count / 10))
            sections[longest.section].1[longest.piece] = .text(String(text.prefix(keep - 1)) + "…")
            code = render()
        }
        return code
    }
}
