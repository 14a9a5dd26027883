import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird

/// `GET /NAME/entry/ID`: an entry's postings, documents, rates, hash, who posted it and when,
/// and its reversal; for a role that writes the books, the form that reverses it (there is no
/// edit: a correction is a reversal, with its reason). `POST /NAME/entry/ID/reverse` posts it.
extension WebFace {
    private struct ReverseForm: Sendable {
        var action, csrf, key, date, reason: String
        var reverseTitle, dateLabel, reasonLabel, reverseButton: String
        var error, dateError, reasonError: String?
        var afterCount: Bool
        var afterCountLabel: String
    }

    private struct EntryModel: Sendable {
        var report: String
        var reverse: ReverseForm?
        /// A refused reversal's sentences when the entry no longer offers the form (reversed since).
        var refusal: String?
    }

    func entry(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .books) { visit in
            try await entryPage(visit, id: Self.entryParameter(context), form: nil, errors: FormErrors(), status: .ok)
        }
    }

    private func entryPage(_ visit: Visit, id: String, form: WebForm?, errors: FormErrors, status: HTTPResponse.Status) async throws -> Response {
        let role = visit.role
        let base = visit.base
        let csrf = visit.session.csrf
        let model = try await visit.served.read(visit.language) { ledger -> EntryModel? in
            guard let detail = try? ledger.entryDetail(id: id) else { return nil }
            let people = try Self.people(ledger, role)
            let layout = ReportLayout.of { detail.rendered(as: .text) }
            let report = ReportView(layout, people: people) { text in
                text == detail.reversedBy || text == detail.stored.entry.reversal?.of ? base + "/entry/" + Self.pathEscaped(text) : nil
            }.html
            var reverse: ReverseForm?
            if Access.allows(role, .booksWrite), detail.reversedBy == nil, detail.stored.entry.reversal == nil {
                reverse = ReverseForm(
                    action: base + "/entry/" + Self.pathEscaped(id) + "/reverse", csrf: csrf, key: form?["key"] ?? Self.newKey(),
                    date: form?["date"] ?? Signature.today()?.description ?? "", reason: form?["reason"] ?? "",
                    reverseTitle: tr("Reverse this entry"), dateLabel: tr("Date of the reversal"), reasonLabel: tr("Reason"),
                    reverseButton: tr("Post the reversal"),
                    error: errors.summary, dateError: errors.fields["date"], reasonError: errors.fields["reason"], afterCount: errors.countedCash,
                    afterCountLabel: tr("Record it as a correction after the cash count"))
            }
            let refusal = reverse == nil ? [errors.summary, errors.fields["date"], errors.fields["reason"]].compactMap { $0 }.joined(separator: " ") : ""
            return EntryModel(report: report, reverse: reverse, refusal: refusal.isEmpty ? nil : refusal)
        }
        guard let model else { throw Refusal(status: .notFound, sentence: "The books have no entry \(id).") }
        return page(
            title: "Entry \(id)", body: Self.render("entry", model), language: visit.language, served: visit.served, visit: visit, status: status,
            notice: status == .ok ? sessions.takeNotice(visit.token) : nil)
    }

    /// The entry's id in the address, its escapes read (an id may hold letters like ç, spaces or a `/`).
    static func entryParameter(_ context: BasicRequestContext) -> String {
        let raw = context.parameters.get("entry") ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    func reverse(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        let id = Self.entryParameter(context)
        return try await writeForm(
            request, context, form: form, area: .booksWrite, shop: false, fields: ["date", "reason"],
            refused: { visit, errors in try await self.entryPage(visit, id: id, form: form, errors: errors, status: .unprocessableContent) }
        ) { ledger, visit in
            let date = try LedgerDate.parse(form["date"] ?? "", field: "date")
            let reversal = try ledger.reverse(
                entryID: id, date: date, reason: form["reason"] ?? "", newID: nil, counted: form.counted, signature: Signature.now(user: visit.session.user))
            return WriteOutcome(
                said: Sentence("Posted \(reversal.entry.id), the reversal of \(id).").text(in: visit.language),
                next: visit.base + "/entry/" + Self.pathEscaped(reversal.entry.id))
        }
    }
}
