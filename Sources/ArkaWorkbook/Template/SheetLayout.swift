import ArkaCore

/// The widths, row heights, orientation and page fit of one sheet, worked out from its template
/// and from the cells written to it, so that every figure shows whole (never `###`), no header
/// word is cut, long texts wrap inside their rows, and the printed text stays legible.
///
/// Widths are in Excel's unit, the width of a digit of the default font (Calibri 11); heights
/// in points, 15 per line. The layout is made in two steps, because a streamed sheet writes each
/// row (and its height) before the next:
///
/// 1. Before any row, the **plan**: each column as wide as its template says, its header's
///    longest word and the caller's minimum need. When the columns would print below
///    ``plannedScale`` one page wide, they give up width, each the same share of what it has
///    above its floor (``proseFloor`` for texts, ``figureFloor`` for figures, its header's
///    longest word, its minimum); when even the floors would print below ``minimumScale``, they
///    keep their width and the sheet will print over several pages across. Texts wrap at the planned widths, so each row's
///    height (``rowHeight(lines:)``) is known as it is written, and so is the header row's.
/// 2. After the last row, ``resolve()``: a figure column becomes as wide as its widest figure
///    needs (wider or narrower than planned), a text column whose texts all fit narrows to the
///    widest, and an empty one to its header; no column narrows so far that its header needs
///    more lines than the header row has. Then the sheet prints fitted to one page's width if
///    that is legible, else at ``comfortableScale`` over as many pages across as it takes.
///
/// A sheet whose template asks for portrait turns landscape when its columns do not fit a
/// portrait page legibly.
///
/// ```swift
/// var layout = SheetLayout(widths: [10, 40, 14], headers: ["Entry", "Purpose", "Amount in EUR"], kinds: [.text, .text, .figures], landscape: true)
/// layout.headerLines                              // lines of the header row at the planned widths
/// layout.lines(of: "A purpose longer than its column", column: 1, bold: false)
/// layout.note(.number(SpreadsheetNumber(1_234_567.5)), style: money, column: 2)
/// let fit = layout.resolve()                      // widths to set, orientation, pages across
/// ```
public struct SheetLayout: Sendable {
    /// The smallest point size text may print at.
    public static let minimumPrintedSize = 7.0
    /// The body text's size (the workbooks' default font).
    public static let bodySize = 11.0
    /// The scale a sheet too wide for one page prints at, over pages across.
    public static let comfortableScale = 0.75
    /// The scale the plan makes room for, when the columns can give up enough width.
    public static let plannedScale = 0.70
    /// The smallest scale a sheet prints at: 11 pt at 66 % is 7.26 pt. LibreOffice rounds the
    /// scale it fits a sheet at down to a whole percent, so this keeps a margin above 7 pt.
    public static let minimumScale = 0.66
    /// A text column may be narrowed down to this width (or its template's, if smaller).
    public static let proseFloor = 14.0
    /// A figure column may be planned down to this width (or its template's, if smaller): a
    /// figure of nine digits with its separators. Wider figures widen it again at the end.
    public static let figureFloor = 11.0
    /// The height of one line of 11-point text in a row, and the most a row may be (Excel's).
    public static let lineHeight = 15.0
    public static let maximumRowHeight = 409.5
    /// The column width that shows content `width` digits wide in Excel (which lays a column out
    /// at 7 pixels a digit, where Calibri's digit is 7.44) and in LibreOffice, padding included.
    public static func fitting(_ width: Double) -> Double { width * 1.07 + 0.8 }

    /// The room for content inside a column: the inverse of ``fitting(_:)``.
    public static func room(_ width: Double) -> Double { max(0.5, (width - 0.8) / 1.07) }

    /// What a column holds, which decides how it may be narrowed and widened.
    public enum Kind: Sendable {
        /// Numbers and dates: they need their whole width, or show `###`.
        case figures
        /// Texts: they wrap at the planned width.
        case text
    }

    /// What one column needs.
    public struct Column: Sendable {
        /// Figures or texts.
        public var kind: Kind
        /// The template's width.
        public var preferred: Double
        /// The header label.
        public var header: String
        /// The widest word of the header label, set in bold.
        public var headerWord: Double
        /// The width rows are laid out at.
        public var planned: Double
        /// What the cells written to it need.
        public var measure = ColumnMeasure()
    }

    /// The columns in order.
    public private(set) var columns: [Column]
    /// The orientation of the plan (the template's, or landscape when portrait is too narrow).
    public private(set) var landscape: Bool
    /// The lines of the header row at the planned widths.
    public private(set) var headerLines: Int

    /// Plans the columns before any row is written. `minimums` are widths the caller needs
    /// kept (a column that labels running over from its neighbour must hold).
    public init(widths: [Double], headers: [String], kinds: [Kind], minimums: [Double] = [], landscape prefersLandscape: Bool) {
        var columns: [Column] = []
        for (index, width) in widths.enumerated() {
            let header = index < headers.count ? headers[index] : ""
            let kind = index < kinds.count ? kinds[index] : .text
            let word = TextWidth.longestWord(header, bold: true)
            columns.append(Column(kind: kind, preferred: width, header: header, headerWord: word, planned: width))
        }
        func minimum(_ index: Int) -> Double { index < minimums.count ? minimums[index] : 0 }
        let want = columns.indices.map { max(columns[$0].preferred, Self.fitting(columns[$0].headerWord), minimum($0)) }
        let floor = columns.indices.map { index in
            let column = columns[index]
            let least = column.kind == .figures ? Self.figureFloor : Self.proseFloor
            return max(Self.fitting(column.headerWord), min(column.preferred, least), minimum(index))
        }
        let wantPoints = Self.points(want)
        let floorPoints = Self.points(floor)
        var landscape = prefersLandscape
        let portrait = PageSetup(landscape: false).printableWidth
        if !landscape, wantPoints * Self.plannedScale > portrait, floorPoints * Self.plannedScale > portrait {
            landscape = true
        }
        let page = PageSetup(landscape: landscape).printableWidth
        let target = page / Self.plannedScale
        let planned: [Double]
        if wantPoints <= target {
            planned = want
        } else if floorPoints <= target {
            // Each column gives up the same share of its width above its floor.
            let share = (target - floorPoints) / (wantPoints - floorPoints)
            planned = zip(want, floor).map { wanted, least in (least + (wanted - least) * share).roundedDown(to: 0.25) }
        } else if floorPoints * Self.minimumScale <= page {
            planned = floor
        } else {
            // It will print over pages across: the columns keep their room.
            planned = want
        }
        for index in columns.indices {
            columns[index].planned = planned[index]
            columns[index].measure.textCap = planned[index]
        }
        self.columns = columns
        self.landscape = landscape
        headerLines = columns.map { Self.lines(of: $0.header, width: $0.planned, bold: true) }.max() ?? 1
    }

    /// The height of a row of `lines` lines of text, in points.
    public static func rowHeight(lines: Int) -> Double {
        min(maximumRowHeight, Double(max(1, lines)) * lineHeight)
    }

    /// The lines a text takes in a column at its planned width (1 for a column the plan does not know).
    public func lines(of text: String, column: Int, bold: Bool) -> Int {
        guard column >= 0, column < columns.count else { return 1 }
        return Self.lines(of: text, width: columns[column].planned, bold: bold)
    }

    /// Takes a cell's needs into account. Cells beyond the planned columns add text columns.
    public mutating func note(_ value: CellValue, style: CellStyle, column: Int) {
        guard column >= 0 else { return }
        while columns.count <= column {
            columns.append(Column(kind: .text, preferred: 8.43, header: "", headerWord: 0, planned: 8.43))
        }
        columns[column].measure.note(value, style: style)
    }

    /// The width in points that columns take on paper at full size, as LibreOffice and Excel lay
    /// out Calibri 11: about 5.55 points per digit and 4 points of padding per column.
    public static func points(_ widths: [Double]) -> Double {
        widths.reduce(0) { $0 + $1 * 5.6 + 4 }
    }

    /// The widths, orientation and pages across the written sheet prints with.
    public func resolve() -> ResolvedLayout {
        let widths = columns.map { column -> Double in
            // Never so narrow that the header needs more lines than the header row has.
            var least = Self.fitting(column.headerWord)
            while least < column.planned, Self.lines(of: column.header, width: least, bold: true) > headerLines { least += 0.5 }
            least = min(least, column.planned)
            let figures = column.measure.figures > 0 ? Self.fitting(column.measure.figures) : 0
            switch column.kind {
            case .figures:
                if column.measure.text > 0 { return max(column.planned, figures) }
                return max(least, figures, 2)
            case .text:
                if column.measure.fillIn && column.measure.text == 0 { return max(column.planned, figures) }
                // Narrowed to the widest text only when every text fitted one line as planned.
                let widest = Self.fitting(column.measure.text)
                if widest <= column.planned { return max(least, widest, figures, 2) }
                return max(column.planned, figures)
            }
        }
        var landscape = self.landscape
        let total = Self.points(widths)
        if !landscape, total * Self.minimumScale > PageSetup(landscape: false).printableWidth { landscape = true }
        let page = PageSetup(landscape: landscape).printableWidth
        if total * Self.minimumScale <= page {
            return ResolvedLayout(widths: widths, landscape: landscape, pagesWide: 1, scale: min(1, page / total))
        }
        // Too wide for one page: printed at the comfortable scale, the columns running over
        // pages across as they fall.
        return ResolvedLayout(widths: widths, landscape: landscape, pagesWide: nil, scale: Self.comfortableScale)
    }

    /// The lines a text wraps into at a column width: words (parted at spaces, and after
    /// hyphens and slashes, where LibreOffice also breaks) fill the ``room(_:)`` of each line in
    /// turn, and a word wider than the line is broken where the line ends.
    static func lines(of text: String, width: Double, bold: Bool) -> Int {
        let room = Self.room(width)
        var text = text
        return text.withUTF8 { bytes in
            // No character is wider than 1.9 digits.
            if Double(bytes.count) * 1.9 <= room, !bytes.contains(10) { return 1 }
            let factor = bold ? 1.06 : 1.0
            var lines = 1
            var used = 0.0
            var segment = 0.0
            var space = 0.0
            var index = 0
            while index <= bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 10
                index += 1
                let ends = byte == 32 || byte == 10 || index > bytes.count
                if !ends {
                    segment += TextWidth.advance(byte) * factor
                    if byte != 45 && byte != 47 { continue }
                }
                // A word (or a piece of one up to its hyphen) is placed on the line.
                if segment > 0 {
                    if used > 0, used + space + segment > room {
                        lines += 1
                        used = 0
                    } else if used > 0 {
                        used += space
                    }
                    if segment > room {
                        let full = (segment / room).rounded(.down)
                        let rest = segment - full * room
                        lines += Int(full) - (rest == 0 ? 1 : 0)
                        used = rest == 0 ? room : rest
                    } else {
                        used += segment
                    }
                    segment = 0
                    space = 0
                }
                if byte == 10, index <= bytes.count {
                    lines += 1
                    used = 0
                    space = 0
                } else if byte == 32, used > 0 {
                    space += TextWidth.advance(32) * factor
                }
            }
            return lines
        }
    }
}

/// How a sheet was fitted: the column widths, the orientation, whether it fits one page's
/// width, and the scale its text prints at (1 when it fits at full size; an estimate when
/// fitted, which the printing program works out).
public struct ResolvedLayout: Sendable, Equatable {
    /// Each column's width, in digit widths of the default font.
    public var widths: [Double]
    /// Whether the sheet prints landscape.
    public var landscape: Bool
    /// 1 when fitted to one page's width; nil when printed at ``scale`` over pages across.
    public var pagesWide: Int?
    /// The scale the body text prints at.
    public var scale: Double

    /// The page setup's fit.
    public var fit: PageSetup.Fit {
        pagesWide.map { .width(pages: $0) } ?? .scale(percent: Int((scale * 100).rounded()))
    }

    /// The body text's printed size in points.
    public var printedSize: Double { SheetLayout.bodySize * scale }
}

/// The widest things written to a column, in digit widths of the default font.
public struct ColumnMeasure: Sendable {
    /// The widest number or date as its number format shows it.
    public var figures = 0.0
    /// The widest text (its widest line), measured up to ``textCap``.
    public var text = 0.0
    /// Past this width the widest text makes no difference (the column's planned width, where
    /// longer texts wrap): texts are no longer measured once one reaches it.
    public var textCap = Double.infinity
    /// Whether the column has empty cells with a border or fill to write in (an auditor's comment).
    public var fillIn = false
    /// The number format last seen, read once for the run of cells that share it; the same for
    /// dates.
    private var format = NumberWidth.Format(nil)
    private var dateFormat: (format: String?, width: Double)?

    /// Nothing measured yet.
    public init() {}

    private mutating func figure(_ value: Double, style: CellStyle) {
        // A column of amounts settles its format only when the workbook closes: measured as it
        // shows a fraction, it is wide enough either way.
        let shown = style.columnFormat?.fraction ?? style.numberFormat
        if shown != format.format { format = NumberWidth.Format(shown) }
        figures = max(figures, format.width(value, bold: style.bold))
    }

    /// Takes a cell into account: a number, date or formula result as its format shows it, a
    /// text's widest line, an empty cell with a border or fill as room to write in.
    public mutating func note(_ value: CellValue, style: CellStyle) {
        switch value {
        case .text(let text):
            noteText(text, bold: style.bold)
        case .number(let number):
            figure(number.value, style: style)
        case .date:
            let width: Double
            if let known = dateFormat, known.format == style.numberFormat {
                width = known.width
            } else {
                width = NumberWidth.dateWidth(format: style.numberFormat)
                dateFormat = (style.numberFormat, width)
            }
            figures = max(figures, width)
        case .boolean:
            figures = max(figures, 5.5)
        case .formula(_, .number(let number)):
            figure(number.value, style: style)
        case .formula(_, .text(let text)):
            noteText(text, bold: style.bold)
        case .blank:
            if style.showsWhenEmpty { fillIn = true }
        }
    }

    private mutating func noteText(_ text: String, bold: Bool) {
        // No character is wider than 1.9 digits: a text whose bytes cannot beat the widest
        // cannot change anything.
        guard self.text < textCap, Double(text.utf8.count) * 1.9 > self.text else { return }
        self.text = max(self.text, TextWidth.measure(text, bold: bold).whole)
    }
}

/// Text widths in digit widths of Calibri (and its metric twin Carlito), from the advance widths
/// of its glyphs; a character outside ASCII counts as a digit.
enum TextWidth {
    /// Per ASCII byte, its advance over a digit's (1038/2048 em).
    static let ascii: [Double] = {
        var table = [Double](repeating: 1.0, count: 128)
        let lower: [Double] = [
            0.95, 1.04, 0.83, 1.04, 0.98, 0.6, 0.93, 1.04, 0.45, 0.47, 0.9, 0.45, 1.58, 1.04, 1.04, 1.04, 1.04, 0.69, 0.77, 0.66,
            1.04, 0.89, 1.41, 0.85, 0.89, 0.78,
        ]
        let upper: [Double] = [
            1.14, 1.07, 1.05, 1.21, 0.96, 0.91, 1.24, 1.23, 0.5, 0.63, 1.03, 0.83, 1.69, 1.27, 1.31, 1.02, 1.33, 1.07, 0.91, 0.96,
            1.27, 1.12, 1.76, 1.02, 0.96, 0.92,
        ]
        for (offset, width) in lower.enumerated() { table[97 + offset] = width }
        for (offset, width) in upper.enumerated() { table[65 + offset] = width }
        for (byte, width) in [
            (32, 0.45), (33, 0.5), (34, 0.7), (35, 0.98), (37, 1.41), (38, 1.35), (39, 0.43), (40, 0.6), (41, 0.6), (42, 0.96),
            (43, 0.96), (44, 0.5), (45, 0.6), (46, 0.5), (47, 0.76), (58, 0.53), (59, 0.53), (60, 0.96), (61, 0.96), (62, 0.96),
            (63, 0.88), (64, 1.71), (91, 0.6), (92, 0.76), (93, 0.6), (95, 0.96), (124, 0.45),
        ] as [(Int, Double)] {
            table[byte] = width
        }
        return table
    }()

    /// A byte's advance: an ASCII character's own, none for the continuation bytes of a
    /// character outside ASCII, and a digit's for its first byte.
    @inline(__always)
    static func advance(_ byte: UInt8) -> Double {
        byte < 128 ? ascii[Int(byte)] : (byte >= 0xC0 ? 1.0 : 0)
    }

    /// The width of a whole text (its widest line) and of its widest word (words part at spaces
    /// and line breaks).
    static func measure(_ text: String, bold: Bool) -> (whole: Double, longestWord: Double) {
        var text = text
        let (whole, longest) = text.withUTF8 { bytes -> (Double, Double) in
            var word = 0.0, longest = 0.0, line = 0.0, widest = 0.0
            for byte in bytes {
                if byte == 10 {
                    widest = max(widest, line)
                    longest = max(longest, word)
                    line = 0
                    word = 0
                    continue
                }
                let width = advance(byte)
                line += width
                if byte == 32 {
                    longest = max(longest, word)
                    word = 0
                } else {
                    word += width
                }
            }
            return (max(widest, line), max(longest, word))
        }
        let factor = bold ? 1.06 : 1.0
        return (whole * factor, longest * factor)
    }

    static func longestWord(_ text: String, bold: Bool) -> Double { measure(text, bold: bold).longestWord }
}

/// How wide a number prints in an Excel number format, in digit widths.
enum NumberWidth {
    /// The width of `value` shown in `format` (General when nil): its digits, thousands
    /// separators, decimals, sign, percent sign and literal text.
    static func width(_ value: Double, format: String?, bold: Bool) -> Double {
        Format(format).width(value, bold: bold)
    }

    /// A number format read once: its sections for positive and negative numbers.
    struct Format {
        var format: String?
        var general: Bool
        var positive: Shape
        var negative: Shape?

        init(_ format: String?) {
            self.format = format
            guard let format, !format.isEmpty, format.lowercased() != "general" else {
                general = true
                positive = Shape("")
                return
            }
            general = false
            let sections = format.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            positive = Shape(sections[0])
            negative = sections.count > 1 ? Shape(sections[1]) : nil
        }

        func width(_ value: Double, bold: Bool) -> Double {
            guard value.isFinite else { return 4 }
            let factor = bold ? 1.04 : 1.0
            if general {
                // General: up to 11 characters, scientific beyond.
                let text = value == value.rounded() && abs(value) < 1e11 ? String(Int64(value)) : String(value)
                return Double(min(text.count, 11)) * factor
            }
            var shape = positive
            var sign = value < 0 ? 0.6 : 0
            if value < 0, let negative {
                shape = negative
                sign = 0
            }
            var magnitude = abs(value) * (shape.percent ? 100 : 1)
            var scale = 1.0
            for _ in 0..<shape.decimals { scale *= 10 }
            magnitude = (magnitude * scale).rounded() / scale
            var digits = 1
            var bound = 10.0
            while magnitude >= bound, digits < 309 {
                digits += 1
                bound *= 10
            }
            digits = max(digits, shape.integerZeros)
            var width = Double(digits)
            if shape.thousands { width += Double((digits - 1) / 3) * 0.5 }
            if shape.decimals > 0 { width += 0.5 + Double(shape.decimals) }
            if shape.percent { width += 1.41 }
            width += shape.literal + sign
            return width * factor
        }
    }

    /// The width of a date in its format (`yyyy-mm-dd`: ten characters).
    static func dateWidth(format: String?) -> Double {
        guard let format, !format.isEmpty else { return 5 }  // the serial number
        var width = 0.0
        var quoted = false
        for character in format {
            if character == "\"" {
                quoted.toggle()
                continue
            }
            if quoted { width += 1; continue }
            switch character {
            case "y", "d", "h", "s": width += 1
            case "m": width += 1
            case "-", "/", ".", ":", " ": width += 0.6
            case "\\", "[", "]": break
            default: width += 1
            }
        }
        // "mmm" and longer month names run wider than their letters.
        if format.contains("mmmm") { width += 6 } else if format.contains("mmm") { width += 1 }
        return width
    }

    /// What a section of a number format shows besides the number itself.
    struct Shape {
        var decimals = 0
        var integerZeros = 0
        var thousands = false
        var percent = false
        /// The width of literal text (quoted, escaped, currency signs).
        var literal = 0.0

        init(_ section: String) {
            var afterPoint = false
            var quoted = false
            var escaped = false
            var bracket: String?
            for character in section {
                if escaped {
                    literal += 1
                    escaped = false
                    continue
                }
                if quoted {
                    if character == "\"" { quoted = false } else { literal += 1 }
                    continue
                }
                if var inside = bracket {
                    // [Red] and [>100] show nothing; [$€-x] shows its currency sign.
                    if character == "]" {
                        if inside.hasPrefix("$") { literal += Double(inside.dropFirst().prefix { $0 != "-" }.count) }
                        bracket = nil
                    } else {
                        inside.append(character)
                        bracket = inside
                    }
                    continue
                }
                switch character {
                case "\"": quoted = true
                case "\\": escaped = true
                case "[": bracket = ""
                case ".": afterPoint = true
                case "0", "#", "?":
                    if afterPoint { decimals += 1 } else if character == "0" { integerZeros += 1 }
                case ",": if !afterPoint { thousands = true }
                case "%": percent = true
                case "$", "€", "£", "-", "+", "(", ")", " ": literal += 0.8
                default: break
                }
            }
        }
    }
}

extension Double {
    /// Rounded down to a multiple of `step`.
    func roundedDown(to step: Double) -> Double { (self / step).rounded(.down) * step }
}
