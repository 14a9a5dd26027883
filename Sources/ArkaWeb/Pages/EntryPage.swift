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
    }

    private struct EntryModel: Sendable {
        var report: String
        var reverse: ReverseForm?
    }

    func entry(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .books) { visit in
            try await entryPage(visit, id: context.parameters.get("entry") ?? "", form: nil, errors: [], status: .ok)
        }
    }

    private func entryPage(_ visit: Visit, id: String, form: WebForm?, errors: [(field: String?, text: String)], status: HTTPResponse.Status) async throws -> Response {
        let role = visit.role
        let base = visit.base
        let csrf = visit.session.csrf
        let model = try await visit.served.read(visit.language) { ledger -> EntryModel? in
            guard let detail = try? ledger.entryDetail(id: id) else { return nil }
            let people = try Self.people(ledger, role)
            let layout = ReportLayout.of { detail.rendered(as: .text) }
            let report = Self.render("report", ReportView(layout, people: people) { text in
                text == detail.reversedBy || text == detail.stored.entry.reversal?.of ? base + "/entry/" + Self.pathEscaped(text) : nil
            })
            var reverse: ReverseForm?
            if Access.allows(role, .booksWrite), detail.reversedBy == nil, detail.stored.entry.reversal == nil {
                reverse = ReverseForm(
                    action: base + "/entry/" + Self.pathEscaped(id) + "/reverse", csrf: csrf, key: form?["key"] ?? Self.newKey(),
                    date: form?["date"] ?? Signature.today()?.description ?? "", reason: form?["reason"] ?? "",
                    reverseTitle: tr("Reverse this entry"), dateLabel: tr("Date of the reversal"), reasonLabel: tr("Reason"),
                    reverseButton: tr("Post the reversal"),
                    error: errors.filter { $0.field == nil }.map(\.text).joined(separator: " ").nilIfEmpty,
                    dateError: errors.filter { $0.field == "date" }.map(\.text).first,
                    reasonError: errors.filter { $0.field == "reason" }.map(\.text).first)
            }
            return EntryModel(report: report, reverse: reverse)
        }
        guard let model else { throw Refusal(status: .notFound, sentence: "The books have no entry \(id).") }
        return page(
            title: "Entry \(id)", body: Self.render("entry", model), language: visit.language, served: visit.served, visit: visit, status: status,
            notice: status == .ok ? sessions.takeNotice(visit.token) : nil)
    }

    func reverse(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        return try await visit(request, context, area: .booksWrite, form: form) { visit in
            let id = context.parameters.get("entry") ?? ""
            let request = try Self.requestKey(form, visit)
            let user = visit.session.user
            do {
                let reversal = try await visit.served.write(visit.language, request: request) { ledger in
                    let date = try LedgerDate.parse(form["date"] ?? "", field: "date")
                    return try ledger.reverse(entryID: id, date: date, reason: form["reason"] ?? "", newID: nil, signature: Signature.now(user: user)).entry.id
                }
                sessions.tell(visit.token, Sentence("Posted \(reversal), the reversal of \(id).").text(in: visit.language))
                return Response.redirect(to: visit.base + "/entry/" + Self.pathEscaped(reversal))
            } catch let repeated as RepeatedRequest {
                return try await repeatedAnswer(repeated, visit)
            } catch let error as ArkaError {
                let field = ["date", "reason"].first { error.location.field == $0 }
                return try await entryPage(visit, id: id, form: form, errors: [(field, field == nil ? error.text(in: visit.language) : error.sentence.text(in: visit.language))], status: .unprocessableContent)
            }
        }
    }

    /// The answer to a form sent again: nothing was written this time; the first write's entries
    /// are named, and the page goes where the first answer went.
    func repeatedAnswer(_ repeated: RepeatedRequest, _ visit: Visit, then path: String? = nil) async throws -> Response {
        let ids = try await visit.served.read(visit.language) { ledger in try repeated.sequences.map { try ledger.entryIDs(sequences: $0) } ?? [] }
        let list = ids.joined(separator: ", ")
        sessions.tell(
            visit.token,
            (ids.isEmpty
                ? Sentence("This form was sent before and recorded once, at \(repeated.answeredAt); nothing more was written.")
                : Sentence("This form was sent before and recorded once, at \(repeated.answeredAt), as \(list); nothing more was written.")).text(in: visit.language))
        return Response.redirect(to: path ?? (ids.first.map { visit.base + "/entry/" + Self.pathEscaped($0) } ?? visit.base))
    }
}

extension String {
    /// Nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
