import ArkaCore
import Foundation

extension ThirdPartyRegister {
    /// The register in the chosen format, recipients by name (the office's own screen and files;
    /// the workbook for outsiders shows pseudonyms).
    public func rendered(as format: OutputFormat) -> String {
        let header = [
            "agreement", "date", "recipient", "name", "scheme", "call", "score", "rank", "currency", "amount", "given", "given_base",
            "running_total", "cap", "handover", "status",
        ]
        func fields(_ row: Row) -> [String] {
            [
                row.agreement.number, row.agreement.date.description, row.agreement.recipient, row.recipient?.name ?? "", row.agreement.scheme,
                row.award?.call ?? "", row.award?.score?.description ?? "", row.award.map { String($0.rank) } ?? "",
                row.agreement.amount.currency.code, row.agreement.amount.decimalText, row.position.consumed.decimalText,
                row.givenBase.decimalText, row.runningTotal.decimalText, row.scheme?.capPerRecipient.decimalText ?? "",
                row.protocols.joined(separator: "; "), row.position.status,
            ]
        }
        switch format {
        case .csv: return CSVText.table(header, rows.map(fields))
        case .json: return JSONText.objects(header, rows.map(fields))
        case .text:
            var table = TextTable(columns: [
                ("Agreement", .left), ("Date", .left), ("Recipient", .left), ("Scheme", .left), ("Call", .left), ("Score", .right),
                ("Rank", .right), ("Given", .right), ("", .left), (tr("Given \(base.code)"), .right), ("Running total", .right),
                ("Handover", .left), ("Status", .left),
            ])
            for row in rows {
                let who = row.recipient.map { "\($0.name) (\(row.agreement.recipient))" } ?? row.agreement.recipient
                table.add([
                    .text(row.agreement.number), .text(row.agreement.date.description), .text(who), .text(row.agreement.scheme),
                    .text(row.award?.call ?? ""), .text(row.award?.score?.description ?? ""), .text(row.award.map { String($0.rank) } ?? ""),
                    .money(row.position.consumed), .text(row.position.consumed.currency.code), .money(row.givenBase), .money(row.runningTotal),
                    .text(row.protocols.joined(separator: "; ")), .text(tr(row.position.statusSaid)),
                ])
            }
            table.rule()
            table.add([.text(tr("Total")), "", "", "", "", "", "", "", "", .money(totalGiven), "", "", ""])
            let title = asOf.map { tr("Register of support to third parties, as of \($0), in \(base.code)") }
                ?? tr("Register of support to third parties, in \(base.code)")
            return title + "\n\n" + table.render()
        }
    }
}
