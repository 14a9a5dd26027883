import ArgumentParser
import ArkaBooks
import ArkaCore
import Foundation

struct SaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sale", abstract: "Record a sale of the social business, or void one.", subcommands: [Add.self, VoidSale.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record one sale: a line or more, how it was paid, its fiscal invoice.",
            discussion: """
                Each --item is PRODUCT:QUANTITY, or PRODUCT:QUANTITY@PRICE when the price charged is not \
                the list price. The sale posts the money received (to the till, the bank or the card \
                account), the revenue less VAT, the VAT when the business is registered, and, for goods \
                kept in stock, their cost. Without --id the sale is numbered S-YYYYMMDD-NNN. A sale of \
                goods beyond the stock on hand is recorded and flagged.

                Examples:
                  arka sale add --ledger sb.arka --date 2024-03-05 --item BUKE:40 --item BYREK:12 --payment cash
                  arka sale add --ledger sb.arka --date 2024-03-06 --item CATER:35@650 --payment bank \\
                      --invoice 112/2024 --nivf 0b6e2c9a-5d0e-4c1e-9a51-6f7a4c2b9d10 --customer "Bashkia Mallakastër"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @Option(name: .long, help: ArgumentHelp("The day of the sale.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .customLong("item"), help: ArgumentHelp("A line of the sale.", valueName: "PRODUCT:QTY[@PRICE]"))
        var items: [String] = []
        @Option(name: .long, help: "How it was paid: cash, bank or card.") var payment: String = "cash"
        @Option(name: .long, help: "The sale's number (default S-YYYYMMDD-NNN).") var id: String?
        @Option(name: .long, help: "The fiscal invoice's number.") var invoice: String?
        @Option(name: .long, help: "The fiscal invoice's NIVF.") var nivf: String?
        @Option(name: .long, help: "The customer, when known.") var customer: String?
        @Option(name: .long, parsing: .unconditional, help: "Words for the journal (default: the lines sold).") var description: String?

        func validate() throws {
            if items.isEmpty { throw ValidationError(tr("A sale needs at least one --item PRODUCT:QUANTITY.")) }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let sale = Sale(
                id: id ?? "", date: try LedgerDate.parse(date, field: "--date"), description: description,
                items: try items.map { try Self.item($0, currency: books.baseCurrency) }, payment: try PaymentMethod.parse(payment, field: "--payment"),
                invoice: invoice, nivf: nivf, customer: customer)
            let (stored, priced, flags) = try books.record(sale, counted: afterCount.counted, signature: user.signature)
            let total = try Money.sum(priced.map(\.amount), currency: books.baseCurrency)
            let lines = Sentence.plural(priced.count, "1 line", "\(priced.count) lines")
            say("Recorded sale \(stored.entry.id) of \(sale.date): \(total.tableText) \(books.baseCurrency.code) by \(sale.payment.rawValue), \(lines).")
            for flag in flags { say("Flag: \(flag.sentence).") }
        }

        /// Reads `PRODUCT:QUANTITY[@PRICE]`.
        static func item(_ text: String, currency: Currency) throws -> SaleItem {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ArkaError(.missingValue, "an item is PRODUCT:QUANTITY or PRODUCT:QUANTITY@PRICE, like BUKE:40", field: "--item", value: text)
            }
            let amounts = parts[1].split(separator: "@", maxSplits: 1).map(String.init)
            return SaleItem(
                product: parts[0], quantity: try Quantity.parse(amounts.first ?? "", field: "--item"),
                unitPrice: try amounts.count == 2 ? Money.parse(amounts[1], currency: currency, field: "--item") : nil)
        }
    }

    struct VoidSale: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "Void a sale made by mistake: post its reversal.",
            discussion: """
                The reversal negates every posting of the sale (the money, the revenue, the VAT and the \
                cost of goods), is dated --date (not before the sale, not in a closed month) and records \
                the reason. Sales by product, the stock on hand and the bank matching read the reversal, \
                so the sale leaves them and its goods are back on hand; arka reverse of a sale does the \
                same. The reversal is numbered SALE-void unless --id says otherwise.

                Example:
                  arka sale void --ledger sb.arka S-20240305-002 --date 2024-03-05 --reason "Rung up twice"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @Argument(help: ArgumentHelp("The sale's id.", valueName: "sale")) var sale: String
        @Option(name: .long, help: ArgumentHelp("The reversal's date.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: "Why the sale is void.") var reason: String
        @Option(name: .long, help: ArgumentHelp("The reversal's own id (default SALE-void).", valueName: "id")) var id: String?

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let voided = try books.voidSale(
                sale, date: try LedgerDate.parse(date, field: "--date"), reason: reason, newID: id, counted: afterCount.counted, signature: user.signature)
            let voidedSale: Sentence = "Voided sale \(sale) by \(voided.reversal.entry.id) dated \(voided.reversal.entry.date): \(voided.total.tableText) \(books.baseCurrency.code) back out of \(voided.account)"
            let products = books.products
            let returned = voided.returned.map { "\(BusinessIndicators.quantityText($0.quantityThousandths)) \(products[$0.product]?.unit ?? "") \($0.product)" }
            say(returned.isEmpty ? "\(voidedSale)." : "\(voidedSale); back in stock: \(returned.joined(separator: ", ")).")
        }
    }
}
