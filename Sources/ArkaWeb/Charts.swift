import ArkaCore

/// Charts drawn on the server as SVG: no script, readable on a phone, printable. Amounts stay
/// in minor units; only the drawing's geometry is scaled.
enum Charts {
    /// One row of the budget execution chart: a fund's heading with its budget, what is
    /// committed and what is spent, in one currency's minor units.
    struct BudgetBar: Sendable {
        var label: String
        var budget: Money
        var committed: Money
        var spent: Money
    }

    /// Horizontal bars, one a row: the budget as a frame, the spent part filled, the committed
    /// part after it hatched in a lighter tone, and the figures written under the label.
    static func budgetExecution(_ bars: [BudgetBar], legend: (budget: String, committed: String, spent: String)) -> String {
        let width = 480
        let labelWidth = 0
        let rowHeight = 46
        let top = 28
        let height = top + rowHeight * bars.count + 8
        let largest = bars.map { max($0.budget.minorUnits, $0.committed.minorUnits.addingReportingOverflow($0.spent.minorUnits).partialValue) }.max() ?? 1
        func scaled(_ value: Int64) -> Int { scale(value, of: max(largest, 1), to: width - 16) }
        var svg = "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(xml(legend.budget)), \(xml(legend.committed)), \(xml(legend.spent))\">"
        svg += legendItems([(legend.budget, "#ffffff", "#5b6472"), (legend.spent, "#0b5cad", "#0b5cad"), (legend.committed, "#9cc3ea", "#9cc3ea")], y: 14)
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            let spent = scaled(max(0, bar.spent.minorUnits))
            let committed = scaled(max(0, bar.committed.minorUnits))
            let budget = scaled(max(0, bar.budget.minorUnits))
            svg += "<text x=\"\(8 + labelWidth)\" y=\"\(y + 12)\">\(xml(bar.label))</text>"
            svg += "<rect x=\"8\" y=\"\(y + 17)\" width=\"\(spent)\" height=\"14\" fill=\"#0b5cad\"/>"
            svg += "<rect x=\"\(8 + spent)\" y=\"\(y + 17)\" width=\"\(committed)\" height=\"14\" fill=\"#9cc3ea\"/>"
            svg += "<rect x=\"8\" y=\"\(y + 16)\" width=\"\(max(budget, 1))\" height=\"16\" fill=\"none\" stroke=\"#5b6472\"/>"
            svg += "<text x=\"8\" y=\"\(y + 44)\" font-size=\"11\" fill=\"#5b6472\">\(xml(legend.spent)) \(xml(bar.spent.tableText)) · \(xml(legend.committed)) \(xml(bar.committed.tableText)) · \(xml(legend.budget)) \(xml(bar.budget.tableText)) \(bar.budget.currency.code)</text>"
        }
        return svg + "</svg>"
    }

    /// One month of the cash-flow chart: the money in, the money out, and the cash at its end.
    struct CashMonth: Sendable {
        var label: String
        var inflow: Money
        var outflow: Money
        var closing: Money?
    }

    /// Paired columns a month, money in and money out; each month's title says its figures and
    /// the cash at its end.
    static func cashFlow(_ months: [CashMonth], legend: (inflow: String, outflow: String, closing: String)) -> String {
        let columnWidth = 52
        let chartHeight = 160
        let top = 28
        let width = max(320, 16 + columnWidth * months.count)
        let height = top + chartHeight + 24
        let largest = max(1, months.map { max($0.inflow.minorUnits.magnitude, $0.outflow.minorUnits.magnitude) }.max().map { Int64(clamping: $0) } ?? 1)
        var svg = "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(xml(legend.inflow)), \(xml(legend.outflow))\">"
        svg += legendItems([(legend.inflow, "#1f7a3a", "#1f7a3a"), (legend.outflow, "#b3261e", "#b3261e")], y: 14)
        let base = top + chartHeight
        svg += "<line x1=\"8\" y1=\"\(base)\" x2=\"\(width - 8)\" y2=\"\(base)\" stroke=\"#5b6472\"/>"
        for (index, month) in months.enumerated() {
            let x = 12 + index * columnWidth
            let inflow = scale(Int64(clamping: month.inflow.minorUnits.magnitude), of: largest, to: chartHeight)
            let outflow = scale(Int64(clamping: month.outflow.minorUnits.magnitude), of: largest, to: chartHeight)
            let closing = month.closing.map { ", \(legend.closing) \($0.tableText)" } ?? ""
            svg += "<g><title>\(xml(month.label)): \(xml(legend.inflow)) \(xml(month.inflow.tableText)), \(xml(legend.outflow)) \(xml(month.outflow.tableText))\(xml(closing))</title>"
            svg += "<rect x=\"\(x)\" y=\"\(base - inflow)\" width=\"18\" height=\"\(inflow)\" fill=\"#1f7a3a\"/>"
            svg += "<rect x=\"\(x + 20)\" y=\"\(base - outflow)\" width=\"18\" height=\"\(outflow)\" fill=\"#b3261e\"/>"
            svg += "<text x=\"\(x)\" y=\"\(base + 16)\" font-size=\"11\">\(xml(month.label))</text></g>"
        }
        return svg + "</svg>"
    }

    private static func legendItems(_ items: [(String, String, String)], y: Int) -> String {
        var x = 8
        var svg = ""
        for (label, fill, stroke) in items {
            svg += "<rect x=\"\(x)\" y=\"\(y - 10)\" width=\"12\" height=\"12\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"\(y)\">\(xml(label))</text>"
            x += 24 + label.count * 7
        }
        return svg
    }

    /// `value` of `largest` as a length of at most `length` pixels (integer arithmetic; a value
    /// whose product would not fit is scaled down first).
    static func scale(_ value: Int64, of largest: Int64, to length: Int) -> Int {
        guard largest > 0, value > 0 else { return 0 }
        let (product, overflow) = value.multipliedReportingOverflow(by: Int64(length))
        let scaled = overflow ? value / max(1, largest / Int64(length)) : product / largest
        return Int(min(Int64(length), max(0, scaled)))
    }

    /// `text` escaped for SVG's text and attributes.
    static func xml(_ text: String) -> String { HTML.escaped(text) }
}
