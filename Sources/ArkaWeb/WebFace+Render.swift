import ArkaBooks
import ArkaCore
import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// A link of the header: a section, or a language.
struct NavLink: Sendable {
    var href: String
    var label: String
    var current: Bool
    var code: String = ""
}

/// What the page template frames: the header and the page's own part.
struct Frame: Sendable {
    var language: String
    var title: String
    var css: String
    var home: String
    var ledgerTitle: String?
    var nav: [NavLink]
    var user: String?
    var role: String?
    var logout: String?
    var csrf: String?
    var signOut: String
    var languages: [NavLink]
    var notice: String?
    var body: String
}

/// A report laid out for the report template (``ReportLayout``).
struct ReportView: Sendable {
    struct Cell: Sendable {
        var text: String
        var isFigure: Bool
        var href: String?
    }

    struct Row: Sendable {
        var rule: Bool
        var cells: [Cell]
    }

    struct Table: Sendable {
        var columns: [ReportLayout.Table.Column]
        var rows: [Row]
    }

    struct Block: Sendable {
        var line: String?
        var table: Table?
    }

    var blocks: [Block]

    /// The view of `layout`; every text passed through `people` (the pseudonyms of a role that
    /// sees no names); an entry's id in a column titled `entryColumn` links to its page.
    init(_ layout: ReportLayout, people: Pseudonymizer?, entryLink: ((String) -> String?)? = nil) {
        func shown(_ text: String) -> String { people?.text(text) ?? text }
        blocks = layout.blocks.map { block in
            switch block {
            case .text(let line): return Block(line: shown(line), table: nil)
            case .table(let table):
                let rows = table.rows.map { row -> Row in
                    guard let row else { return Row(rule: true, cells: table.columns.map { _ in Cell(text: "", isFigure: false) }) }
                    return Row(
                        rule: false,
                        cells: zip(row, table.columns).map { text, column in
                            Cell(text: shown(text), isFigure: column.isFigure, href: column.isFigure ? nil : entryLink?(text))
                        })
                }
                return Block(line: nil, table: Table(columns: table.columns, rows: rows))
            }
        }
    }
}

extension ReportView {
    /// The report as HTML: a paragraph a line of prose, a table a table, figures aligned right.
    /// Written here, not by a template: a statement of a large ledger is thousands of cells, and
    /// a template engine that reflects on every cell takes ten times as long.
    var html: String {
        var out = ""
        out.reserveCapacity(4_096)
        for block in blocks {
            if let line = block.line {
                out += "<p class=\"line\">" + HTML.escaped(line) + "</p>\n"
            }
            guard let table = block.table else { continue }
            out += "<div class=\"scroll\"><table>\n<thead><tr>"
            for column in table.columns {
                out += (column.isFigure ? "<th class=\"num\">" : "<th>") + HTML.escaped(column.title) + "</th>"
            }
            out += "</tr></thead>\n<tbody>"
            for row in table.rows {
                out += row.rule ? "<tr class=\"rule\">" : "<tr>"
                for cell in row.cells {
                    out += cell.isFigure ? "<td class=\"num\">" : "<td>"
                    if let href = cell.href {
                        out += "<a href=\"" + HTML.escaped(href) + "\">" + HTML.escaped(cell.text) + "</a>"
                    } else {
                        out += HTML.escaped(cell.text)
                    }
                    out += "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
        }
        return out
    }
}

/// Text made safe for HTML and SVG: in an element or in a quoted attribute.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped.
    ///
    /// ```swift
    /// HTML.escaped("<b>Ferma \"Ura\"</b>")   // "&lt;b&gt;Ferma &quot;Ura&quot;&lt;/b&gt;"
    /// ```
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

extension WebFace {
    /// An HTML response with the headers every page carries: no caching of the books, no
    /// framing, no script, nothing loaded from elsewhere.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .cacheControl: "no-store",
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ]
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Renders `template` with `model` (in the language of the current task).
    static func render(_ template: String, _ model: Any) -> String {
        Templates.library.render(model, withTemplate: template) ?? ""
    }

    /// The whole page: the frame around `body`, said in `language`.
    func page(
        title: Sentence, body: String, language: Language, served: ServedLedger? = nil, visit: Visit? = nil, status: HTTPResponse.Status = .ok,
        notice: String? = nil
    ) -> Response {
        Language.speaking(language) {
            let here = visit?.path ?? served.map { "/" + $0.name } ?? "/"
            let nav: [NavLink] = visit.map { visit in
                Self.sections(visit).map { NavLink(href: visit.base + $0.path, label: tr($0.label), current: here.hasPrefix(visit.base + $0.path)) }
            } ?? []
            let frame = Frame(
                language: language.rawValue, title: tr(title), css: Self.css, home: served.map { "/" + $0.name } ?? "/", ledgerTitle: served?.title, nav: nav,
                user: visit?.session.user, role: visit.map { tr(Self.roleName($0.role)) }, logout: visit.map { $0.base + "/logout" },
                csrf: visit?.session.csrf, signOut: tr("Sign out"),
                languages: Language.allCases.map {
                    NavLink(href: "/language?to=\($0.rawValue)&back=" + Self.queryEscaped(here), label: $0.rawValue, current: $0 == language, code: $0.rawValue)
                },
                notice: notice, body: body)
            return Self.html(Self.render("page", frame), status: status)
        }
    }

    /// The sections a role opens, in the header's order.
    static func sections(_ visit: Visit) -> [(path: String, label: Sentence)] {
        var sections: [(String, Sentence, Area)] = [
            ("/dashboard", "Dashboard", .books), ("/statements", "Statements", .books), ("/register", "Register", .books),
            ("/grants", "Grants", .grants), ("/workbooks", "Workbooks", .workbooks),
        ]
        if visit.served.isBusiness { sections += [("/shop", "Shop", .shop), ("/shop/month", "Month", .shop)] }
        if visit.showsCentre { sections.append(("/centre", "Centre", .books)) }
        return sections.filter { Access.allows(visit.role, $0.2) }.map { ($0.0, $0.1) }
    }

    static func roleName(_ role: UserRole) -> Sentence {
        switch role {
        case .admin: "administrator"
        case .officer: "finance officer"
        case .committee: "grant committee"
        case .clerk: "shop clerk"
        case .viewer: "viewer"
        }
    }

    /// A page that says why a request was refused.
    func refusalPage(_ refusal: Refusal, language: Language, served: ServedLedger? = nil, visit: Visit? = nil) -> Response {
        struct Model { var sentence: String; var back: String?; var backLabel: String }
        let body = Language.speaking(language) {
            Self.render("refused", Model(sentence: tr(refusal.sentence), back: served.map { "/" + $0.name }, backLabel: tr("Back to the ledger's first page")))
        }
        return page(title: refusal.status == .notFound ? "Not found" : "Refused", body: body, language: language, served: served, visit: visit, status: refusal.status)
    }

    /// `GET /`: the ledgers served.
    func ledgerList(_ request: Request) -> Response {
        struct Item { var href, title, name: String }
        struct Model { var ledgers: [Item] }
        let language = Self.language(of: request)
        let body = Self.render("ledgers", Model(ledgers: ledgers.map { Item(href: "/\($0.name)/login", title: $0.title, name: $0.name) }))
        return page(title: "The books served here", body: body, language: language)
    }

    /// The pseudonyms a role that sees no names reads the books through; nil for a role that sees them.
    static func people(_ ledger: Ledger, _ role: UserRole) throws -> Pseudonymizer? {
        role.seesNames ? nil : try ledger.pseudonymizer()
    }
}
