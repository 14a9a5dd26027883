import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import Hummingbird

/// The shop on a phone: `GET /NAME/shop` shows the till, today's entries, and the forms that
/// record a sale (the products as buttons: a tap puts one in the basket, a second records the
/// sale), a cash count and an expense. `POST /NAME/shop/sale|count|expense` write through the
/// engine, each once however many times it is sent (its idempotency key).
extension WebFace {
    private struct ProductButton: Sendable {
        var code, name, price: String
    }

    private struct BasketLine: Sendable {
        var code, name, quantity, amount: String
    }

    private struct Choice: Sendable {
        var code, label: String
        var checked: Bool
    }

    private struct AccountChoice: Sendable {
        var code, name: String
        var selected: Bool
    }

    private struct Tile: Sendable {
        var label, value: String
    }

    private struct ShopModel: Sendable {
        var mayWrite: Bool
        var saleAction, countAction, expenseAction, csrf, key, countKey, expenseKey, date: String
        var saleTitle, totalLabel, dateLabel, recordSale, todayTitle, countTitle, countedLabel, noteLabel, recordCount: String
        var expenseTitle, whatLabel, supplierLabel, amountLabel, accountLabel, recordExpense: String
        var products: [ProductButton]
        var basket: [BasketLine]
        var hasBasket: Bool
        var total: String
        var payments: [Choice]
        var expensePayments: [Choice]
        var expenseAccounts: [AccountChoice]
        var tiles: [Tile]
        var today: String
        var error, countError, expenseError: String?
        var saleErrors, countErrors, expenseErrors: [String: String]
        var saleAfterCount, countAfterCount, expenseAfterCount: Bool
        var afterCountLabel: String
        var counted, note, description, supplier, amount: String
    }

    /// What a shop form sent back to be shown again: its fields and its errors.
    struct ShopForms: Sendable {
        var sale: WebForm?
        var saleErrors = FormErrors()
        var count: WebForm?
        var countErrors = FormErrors()
        var expense: WebForm?
        var expenseErrors = FormErrors()
    }

    /// The fields of the shop's forms, beside which their errors are shown.
    static let saleFields: Set<String> = ["date", "payment", "products"]
    static let countFields: Set<String> = ["date", "counted", "note"]
    static let expenseFields: Set<String> = ["date", "description", "supplier", "amount", "account", "paid"]

    func shop(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await visit(request, context, area: .shop) { visit in
            guard visit.served.isBusiness else { throw Refusal(status: .notFound, sentence: "These books keep no shop.") }
            return try await shopPage(visit, forms: ShopForms(), status: .ok)
        }
    }

    private func shopPage(_ visit: Visit, forms: ShopForms, status: HTTPResponse.Status) async throws -> Response {
        let role = visit.role
        let base = visit.base
        let csrf = visit.session.csrf
        let body = try await visit.served.read(visit.language) { ledger -> String in
            let profile = try ledger.businessProfile()
            let today = try Self.today()
            let sale = forms.sale
            let day = (sale?["date"]).flatMap { try? LedgerDate.parse($0) } ?? today
            let products = ledger.products.values.filter { ($0.listedFrom ?? day) <= day }.sorted { $0.code < $1.code }
            let code = ledger.baseCurrency.code
            // The basket: the quantities sent, and one more of the product tapped.
            var quantities: [(String, String)] = []
            for (product, quantity) in sale?.withPrefix("qty.") ?? [] where ledger.products[product] != nil {
                quantities.append((product, quantity.trimmingCharacters(in: .whitespaces)))
            }
            if let added = sale?["add"], ledger.products[added] != nil {
                if let index = quantities.firstIndex(where: { $0.0 == added }) {
                    let more = (try? Quantity.parse(quantities[index].1)).map { $0.value.text } ?? "0"
                    quantities[index].1 = Self.plusOne(more)
                } else {
                    quantities.append((added, "1"))
                }
            }
            var basket: [BasketLine] = []
            var total = ""
            let items = quantities.compactMap { product, text -> SaleItem? in
                guard let quantity = try? Quantity.parse(text, field: "quantity"), !text.hasPrefix("0") || text.contains(".") else { return nil }
                return SaleItem(product: product, quantity: quantity)
            }
            if let priced = try? ledger.price(Sale(id: "", date: day, items: items, payment: .cash)), !priced.isEmpty {
                basket = priced.map { line in
                    BasketLine(
                        code: line.product, name: ledger.products[line.product]?.name(in: Language.current) ?? line.product, quantity: line.quantity.description,
                        amount: line.amount.tableText)
                }
                total = (try? Money.sum(priced.map(\.amount), currency: ledger.baseCurrency)).map { "\($0.tableText) \(code)" } ?? ""
            } else {
                basket = quantities.map { BasketLine(code: $0.0, name: ledger.products[$0.0]?.name(in: Language.current) ?? $0.0, quantity: $0.1, amount: "") }
            }
            let payment = sale?["payment"] ?? "cash"
            let balance = try ledger.trialBalance(asOf: today, grouping: .account)
            let tiles = balance.lines.filter { profile.moneyAccounts.contains($0.account.code) }.map {
                Tile(label: $0.account.name(in: Language.current), value: "\($0.balance.tableText) \($0.balance.currency.code)")
            }
            // The day's last entries, newest first; each links to its page for a role that reads the books.
            let found = try ledger.find(PostingFilter(), account: nil, from: today, to: today)
            let shown = Array(found.suffix(Self.todayShown).reversed())
            let ids = Set(shown.map(\.id))
            let links = Access.allows(role, .books)
            var todayReport = ReportView(ReportLayout.of { shown.rendered(as: .text, filter: PostingFilter()) }, people: try Self.people(ledger, role)) { text in
                links && ids.contains(text) ? base + "/entry/" + Self.pathEscaped(text) : nil
            }.html
            if found.count > shown.count {
                todayReport += "<p class=\"note\">" + HTML.escaped(tr("The last \(shown.count) of today's \(found.count) entries; the register shows them all.")) + "</p>"
            }
            let chart = ledger.context.chart
            let expenseAccounts = chart.accounts.filter { $0.type == .expense && !chart.isHeading($0.code) }
            let chosenAccount = forms.expense?["account"]
            let paid = forms.expense?["paid"] ?? "cash"
            let methods: [(PaymentMethod, String)] = [(.cash, tr("cash")), (.bank, tr("bank")), (.card, tr("card"))]
            return Self.render(
                "shop",
                ShopModel(
                    mayWrite: Access.allows(role, .shopWrite), saleAction: base + "/shop/sale", countAction: base + "/shop/count",
                    expenseAction: base + "/shop/expense", csrf: csrf, key: sale?["key"] ?? Self.newKey(), countKey: forms.count?["key"] ?? Self.newKey(),
                    expenseKey: forms.expense?["key"] ?? Self.newKey(), date: day.description, saleTitle: tr("Record a sale"), totalLabel: tr("Total"),
                    dateLabel: tr("Date"), recordSale: tr("Record the sale"), todayTitle: tr("Today's entries"), countTitle: tr("Count the till"),
                    countedLabel: tr("Cash counted (\(code))"), noteLabel: tr("Note (why it differs)"), recordCount: tr("Record the count"),
                    expenseTitle: tr("Record an expense"), whatLabel: tr("What was bought"), supplierLabel: tr("Supplier"),
                    amountLabel: tr("Amount (\(code))"), accountLabel: tr("Account"), recordExpense: tr("Record the expense"),
                    products: products.map { ProductButton(code: $0.code, name: $0.name(in: Language.current), price: "\($0.price(on: day).tableText) \(code)") },
                    basket: basket, hasBasket: !basket.isEmpty, total: total,
                    payments: methods.map { Choice(code: $0.0.rawValue, label: $0.1, checked: $0.0.rawValue == payment) },
                    expensePayments: methods.map { Choice(code: $0.0.rawValue, label: $0.1, checked: $0.0.rawValue == paid) },
                    expenseAccounts: expenseAccounts.map { AccountChoice(code: $0.code, name: $0.name(in: Language.current), selected: $0.code == chosenAccount) },
                    tiles: tiles, today: todayReport, error: forms.saleErrors.summary, countError: forms.countErrors.summary,
                    expenseError: forms.expenseErrors.summary, saleErrors: forms.saleErrors.fields, countErrors: forms.countErrors.fields,
                    expenseErrors: forms.expenseErrors.fields, saleAfterCount: forms.saleErrors.countedCash, countAfterCount: forms.countErrors.countedCash,
                    expenseAfterCount: forms.expenseErrors.countedCash, afterCountLabel: tr("Record it as a correction after the cash count"),
                    counted: forms.count?["counted"] ?? "", note: forms.count?["note"] ?? "", description: forms.expense?["description"] ?? "",
                    supplier: forms.expense?["supplier"] ?? "", amount: forms.expense?["amount"] ?? ""))
        }
        return page(
            title: "Shop", body: body, language: visit.language, served: visit.served, visit: visit, status: status,
            notice: status == .ok ? sessions.takeNotice(visit.token) : nil)
    }

    /// The day it is where the books are kept.
    /// - Throws: ``ArkaError/Kind/badDate`` for a clock outside the years 1900 to 9999.
    static func today() throws -> LedgerDate {
        guard let today = Signature.today() else {
            throw ArkaError(.badDate, "the system clock is outside the years 1900 to 9999", location: SourceLocation(field: "clock"))
        }
        return today
    }

    /// How many of the day's entries the shop shows.
    static let todayShown = 30

    /// A quantity's text plus one (a whole quantity; a fraction keeps its decimals).
    static func plusOne(_ text: String) -> String {
        if let whole = Int(text), whole < 1_000_000 { return String(whole + 1) }
        return text
    }

    /// `POST /NAME/shop/sale`: a tap on a product puts one more in the basket (nothing is
    /// written); "Record the sale" records it.
    func sale(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        guard form["record"] != nil else {
            return try await visit(request, context, area: .shopWrite, form: form) { visit in
                guard visit.served.isBusiness else { throw Refusal(status: .notFound, sentence: "These books keep no shop.") }
                return try await shopPage(visit, forms: ShopForms(sale: form), status: .ok)
            }
        }
        return try await writeForm(
            request, context, form: form, area: .shopWrite, shop: true, fields: Self.saleFields,
            refused: { visit, errors in try await self.shopPage(visit, forms: ShopForms(sale: form, saleErrors: errors), status: .unprocessableContent) }
        ) { ledger, visit in
            let date = try LedgerDate.parse(form["date"] ?? "", field: "date")
            var items: [SaleItem] = []
            for (product, text) in form.withPrefix("qty.") where !text.trimmingCharacters(in: .whitespaces).isEmpty {
                let quantity = try Quantity.parse(text.trimmingCharacters(in: .whitespaces), field: "quantity of \(product)")
                if quantity.value.text == "0" { continue }
                items.append(SaleItem(product: product, quantity: quantity))
            }
            guard !items.isEmpty else { throw ArkaError(.missingValue, "choose at least one product for the sale", location: SourceLocation(field: "products")) }
            let sale = Sale(id: "", date: date, items: items, payment: try PaymentMethod.parse(form["payment"] ?? "cash", field: "payment"))
            let (stored, priced, flags) = try ledger.record(sale, counted: form.counted, signature: Signature.now(user: visit.session.user))
            let total = try Money.sum(priced.map(\.amount), currency: ledger.baseCurrency)
            let lines = Sentence.plural(priced.count, "1 line", "\(priced.count) lines")
            var said = tr("Recorded sale \(stored.entry.id) of \(sale.date): \(total.tableText) \(ledger.baseCurrency.code) by \(sale.payment.rawValue), \(lines).")
            for flag in flags { said += " " + tr("Flag: \(flag.sentence).") }
            return WriteOutcome(said: said, next: visit.base + "/shop")
        }
    }

    /// `POST /NAME/shop/count`: the cash counted in the till at the end of a day.
    func cashCount(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        return try await writeForm(
            request, context, form: form, area: .shopWrite, shop: true, fields: Self.countFields,
            refused: { visit, errors in try await self.shopPage(visit, forms: ShopForms(count: form, countErrors: errors), status: .unprocessableContent) }
        ) { ledger, visit in
            let date = try LedgerDate.parse(form["date"] ?? "", field: "date")
            let counted = try Money.parse(form["counted"] ?? "", currency: ledger.baseCurrency, field: "counted")
            let (count, entry) = try ledger.countCash(
                on: date, counted: counted, note: form["note"], afterCount: form.counted, signature: Signature.now(user: visit.session.user))
            let code = ledger.baseCurrency.code
            let countedSentence: Sentence = "Cash count \(count.date) on \(count.account): counted \(count.counted.tableText) \(code), books \(count.expected.tableText) \(code)"
            guard let entry else { return WriteOutcome(said: tr("\(countedSentence): agrees."), next: visit.base + "/shop") }
            let amount = try count.difference.magnitude()
            let said = count.verdict == "short"
                ? tr("\(countedSentence): short by \(amount.tableText) \(code), posted as \(entry.entry.id).")
                : tr("\(countedSentence): over by \(amount.tableText) \(code), posted as \(entry.entry.id).")
            return WriteOutcome(said: said, next: visit.base + "/shop")
        }
    }

    /// `POST /NAME/shop/expense`: an expense of the shop, paid from the till, the bank or a card.
    func expense(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(request)
        return try await writeForm(
            request, context, form: form, area: .shopWrite, shop: true, fields: Self.expenseFields,
            refused: { visit, errors in try await self.shopPage(visit, forms: ShopForms(expense: form, expenseErrors: errors), status: .unprocessableContent) }
        ) { ledger, visit in
            let expense = Expense(
                id: "", date: try LedgerDate.parse(form["date"] ?? "", field: "date"), description: form["description"] ?? "",
                supplier: form["supplier"] ?? "", amount: try Money.parse(form["amount"] ?? "", currency: ledger.baseCurrency, field: "amount"),
                account: form["account"] ?? "", paidFrom: try PaymentMethod.parse(form["paid"] ?? "cash", field: "paid"))
            let stored = try ledger.record(expense, counted: form.counted, signature: Signature.now(user: visit.session.user))
            return WriteOutcome(
                said: tr("Recorded \(stored.entry.id): \(expense.amount.tableText) \(ledger.baseCurrency.code) to \(expense.supplier) from \(expense.paidFrom.rawValue), on \(expense.account)."),
                next: visit.base + "/shop")
        }
    }
}
