import ArkaCore

extension RateList {
    /// The rates in the chosen format; JSON is a list of objects (kind, currency, period, rate, source).
    public func rendered(as format: OutputFormat) -> String {
        let columns = ["kind", "currency", "period", "rate", "source"]
        let values = rows.map { [$0.kind.rawValue, $0.currency, $0.period, $0.rate, $0.source] }
        switch format {
        case .json: return JSONText.objects(columns, values)
        case .csv: return CSVText.table(columns, values)
        case .text:
            guard !rows.isEmpty else { return tr("The ledger has no exchange rates.") + "\n" }
            var table = TextTable(columns: [("Kind", .left), ("Currency", .left), ("Period", .left), ("Rate", .right), ("Source", .left)])
            for row in values { table.add(row) }
            return tr("Booking rates are units per 1 \(base.code); reporting rates, units per 1 \(reporting.code).") + "\n\n" + table.render()
        }
    }
}
