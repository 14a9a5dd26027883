import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird

/// `GET /NAME/register?account=…&fund=…&line=…&counterparty=…&document=…&text=…&from=…&to=…&after=…`:
/// the register, newest first, a page of 50 postings at a time; each links to its entry. A page
/// of a million-entry ledger reads its own postings (``Ledger/registerPage(account:from:to:filter:after:size:)``).
extension WebFace {
    private struct RegisterRow: Sendable {
        var href, date, entry, account, description, fund, line, amount, balance: String
    }

    private struct AccountChoice: Sendable {
        var code, name: String
    }

    private struct RegisterModel: Sendable {
        var accountLabel, fundLabel, lineLabel, partyLabel, documentLabel, textLabel, fromLabel, toLabel, show: String
        var account, fund, line, counterparty, document, text, from, to: String
        var accounts: [AccountChoice]
        var summary: String?
        var columns: [ReportLayout.Table.Column]
        var rows: [RegisterRow]
        var newer, older: String?
        var newerLabel, olderLabel, pageLabel: String
        var error: String?
    }

    /// The page's size: postings a page.
    static let registerPageSize = 50

    func register(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .books) { visit in
            let query = request.uri.queryParameters
            func field(_ name: String) -> String? { query.get(name).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
            let account = field("account")
            let filter = {
                var filter = PostingFilter()
                filter.fund = field("fund")
                filter.budgetLine = field("line")
                filter.counterparty = field("counterparty")
                filter.document = field("document")
                filter.text = field("text")
                return filter
            }()
            let fromText = field("from")
            let toText = field("to")
            let after = field("after").flatMap(RegisterCursor.init(text:))
            let role = visit.role
            let base = visit.base
            let path = request.uri.path
            let body = try await visit.served.read(visit.language) { ledger -> String in
                let people = try Self.people(ledger, role)
                var model = RegisterModel(
                    accountLabel: tr("Account"), fundLabel: tr("Fund"), lineLabel: tr("Budget line"), partyLabel: tr("Counterparty"),
                    documentLabel: tr("Document"), textLabel: tr("Text"), fromLabel: tr("From"), toLabel: tr("To"), show: tr("Show"),
                    account: account ?? "", fund: filter.fund ?? "", line: filter.budgetLine ?? "", counterparty: filter.counterparty ?? "",
                    document: filter.document ?? "", text: filter.text ?? "", from: fromText ?? "", to: toText ?? "",
                    accounts: ledger.context.chart.accounts.map { AccountChoice(code: $0.code, name: $0.name(in: Language.current)) },
                    summary: nil,
                    columns: [
                        .init(title: tr("Date"), isFigure: false), .init(title: tr("Entry"), isFigure: false), .init(title: tr("Account"), isFigure: false),
                        .init(title: tr("Description"), isFigure: false), .init(title: tr("Fund"), isFigure: false), .init(title: tr("Line"), isFigure: false),
                        .init(title: tr("Amount"), isFigure: true), .init(title: tr("Balance"), isFigure: true),
                    ],
                    rows: [], newer: nil, older: nil, newerLabel: tr("Newest"), olderLabel: tr("Older"), pageLabel: "", error: nil)
                do {
                    let from = try fromText.map { try LedgerDate.parse($0, field: "from") }
                    let to = try toText.map { try LedgerDate.parse($0, field: "to") }
                    let page = try ledger.registerPage(
                        account: account, from: from, to: to, filter: filter, after: after, size: Self.registerPageSize, people: people)
                    model.rows = page.lines.map { line in
                        let posting = line.posting
                        return RegisterRow(
                            href: base + "/entry/" + Self.pathEscaped(posting.entryID), date: posting.date.description, entry: posting.entryID,
                            account: posting.account, description: posting.description, fund: posting.fund ?? "", line: posting.budgetLine ?? "",
                            amount: "\(posting.amount.tableText) \(posting.amount.currency.code)",
                            balance: line.runningBalance.map { "\($0.tableText) \($0.currency.code)" } ?? "")
                    }
                    var kept = query.map { ($0.key, $0.value) }.filter { $0.0 != "after" }.map { "\($0)=\(Self.queryEscaped(String($1)))" }
                    if let older = page.older {
                        kept.append("after=\(older.text)")
                        model.older = path + "?" + kept.joined(separator: "&")
                    }
                    if after != nil {
                        model.newer = path + "?" + query.map { ($0.key, $0.value) }.filter { $0.0 != "after" }.map { "\($0)=\(Self.queryEscaped(String($1)))" }.joined(separator: "&")
                    }
                    model.pageLabel = model.rows.isEmpty ? tr("No postings.") : tr("\(model.rows.count) postings, newest first")
                    if !filter.isEmpty { model.summary = tr("Kept: \(filter.described). A filtered page shows no running balance.") }
                } catch let error as ArkaError {
                    model.summary = error.text(in: Language.current)
                }
                return Self.render("register", model)
            }
            return page(title: "Register", body: body, language: visit.language, served: visit.served, visit: visit)
        }
    }

    /// `text` escaped for one segment of a path.
    static func pathEscaped(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
