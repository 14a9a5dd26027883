import ArgumentParser
import ArkaBooks
import ArkaCore
import Foundation

struct Stock: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock",
        abstract: "Goods kept in stock: what is on hand, purchases with their quantities, counts.",
        discussion: """
            A product is kept in stock when products.csv gives it a unit_cost. Purchases add to what is \
            on hand, sales take from it, counts correct it, and a reversal undoes what its entry did. \
            Stock is valued at the unit cost, so its total equals the stock account's balance.
            """,
        subcommands: [List.self, Purchase.self, Count.self, Counts.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "The stock on hand per product, at unit cost, against the stock account.",
            discussion: """
                Example:
                  arka stock --ledger sb.arka --to 2024-12-31
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions
        @Option(name: .customLong("to"), help: ArgumentHelp("The day, at its end (default: every entry).", valueName: "YYYY-MM-DD")) var asOf: String?

        func run() throws {
            emit(try ledger.read { try $0.stock(asOf: try parseDate(asOf, option: "to")).rendered(as: output.format) })
        }
    }

    struct Purchase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "purchase",
            abstract: "Record a purchase of goods kept in stock, with its quantity.",
            discussion: """
                The goods go into the stock account at their unit cost (products.csv); what the purchase \
                cost more or less than that is a price difference to the cost of goods. --paid-from is \
                cash (the till), bank, or supplier (bought on credit, owed on the suppliers account of \
                business.yaml). Without --id the entry is numbered G-YYYYMMDD-NNN.

                A file has the columns date,supplier,product,quantity,amount,paid_from and optionally \
                id,nipt,invoice,nivf,fund,budget_line; rows sharing an id, one after another, are one \
                purchase. All of it is recorded, or nothing.

                Examples:
                  arka stock purchase --ledger sb.arka --product LENG --quantity 48 --amount 3360 --date 2024-03-01 \\
                      --supplier "Pije Freskuese Fier shpk" --nipt L03718012K --paid-from cash --invoice PF-03
                  arka stock purchase --ledger sb.arka --file drinks.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @Option(name: .long, help: ArgumentHelp("The product bought.", valueName: "code")) var product: String?
        @Option(name: .long, parsing: .unconditional, help: "How many, in the product's unit.") var quantity: String?
        @Option(name: .long, parsing: .unconditional, help: "What they cost together.") var amount: String?
        @Option(name: .long, help: ArgumentHelp("The day of the purchase.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(name: .long, help: "Who sold them.") var supplier: String?
        @Option(name: .long, help: "The supplier's NIPT.") var nipt: String?
        @Option(name: .long, help: "cash, bank or supplier (on credit).") var paidFrom: String?
        @Option(name: .long, help: "The invoice's number.") var invoice: String?
        @Option(name: .long, help: "The invoice's NIVF.") var nivf: String?
        @Option(name: .long, help: ArgumentHelp("The fund it is charged to (default: the business's own).", valueName: "code")) var fund: String?
        @Option(name: .customLong("budget-line"), help: ArgumentHelp("The budget line of the grant's business plan it is charged to.", valueName: "line")) var line: String?
        @Option(name: .long, help: "The entry's id (default G-YYYYMMDD-NNN).") var id: String?
        @Option(name: .long, help: ArgumentHelp("A CSV file of purchases instead.", valueName: "file")) var file: String?

        func validate() throws {
            if file == nil, [product, quantity, amount, date, supplier, paidFrom].contains(where: { $0 == nil }) {
                throw ValidationError(tr("A purchase needs --product, --quantity, --amount, --date, --supplier and --paid-from (or --file)."))
            }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let summary: StockPurchaseSummary
            if let file {
                summary = try books.importPurchases(file: file, counted: afterCount.counted, signature: user.signature)
            } else if let product, let quantity, let amount, let date, let supplier, let paidFrom {
                let purchase = StockPurchase(
                    id: id ?? "", date: try LedgerDate.parse(date, field: "--date"), supplier: supplier, taxID: nipt,
                    paidFrom: try PurchasePayment.parse(paidFrom, field: "--paid-from"), fund: fund, budgetLine: line, invoice: invoice, nivf: nivf,
                    lines: [
                        StockPurchaseLine(
                            product: product, quantity: try Quantity.parse(quantity, field: "--quantity"),
                            amount: try Money.parse(amount, currency: books.baseCurrency, field: "--amount"))
                    ])
                summary = try books.recordPurchase(purchase, counted: afterCount.counted, signature: user.signature)
            } else {
                return
            }
            let code = books.baseCurrency.code
            let purchases: Sentence = summary.purchases == 1 ? "purchase \(summary.entries[0])" : "\(summary.purchases) purchases"
            let lines = Sentence.plural(summary.lines, "1 line", "\(summary.lines) lines")
            let recorded: Sentence = "Recorded \(purchases) of goods for stock, \(lines): \(summary.paid.tableText) \(code) paid, \(summary.value.tableText) \(code) at unit cost"
            let difference = try summary.paid.subtracting(summary.value)
            say(difference.isZero ? "\(recorded)." : "\(recorded), price difference \(difference.tableText) \(code) to the cost of goods.")
        }
    }

    struct Count: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "count",
            abstract: "Record goods counted on the shelf at the end of a day.",
            discussion: """
                The books' quantity is what is on hand after every entry of the day. A difference is \
                posted at the unit cost between the stock account and the stock difference account \
                (stock_difference in business.yaml, else cost_of_goods), and needs a --note saying why; \
                a count that agrees is recorded too. A file has the columns date,product,counted[,note].

                Examples:
                  arka stock count --ledger sb.arka --date 2024-12-31 --product LENG --counted 46 --note "Two bottles broken"
                  arka stock count --ledger sb.arka --file year-end-count.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("The day counted, at its end.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(name: .long, help: ArgumentHelp("The product counted.", valueName: "code")) var product: String?
        @Option(name: .long, parsing: .unconditional, help: "How many are on the shelf.") var counted: String?
        @Option(name: .long, parsing: .unconditional, help: "Why the count differs from the books.") var note: String?
        @Option(name: .long, help: ArgumentHelp("A CSV file of counts instead.", valueName: "file")) var file: String?

        func validate() throws {
            if file == nil, [date, product, counted].contains(where: { $0 == nil }) {
                throw ValidationError(tr("A count needs --date, --product and --counted (or --file)."))
            }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let results: [StockCountResult]
            if let file {
                results = try books.countStock(file: file, signature: user.signature)
            } else if let date, let product, let counted {
                results = [
                    try books.countStock(
                        on: try LedgerDate.parse(date, field: "--date"), product: product,
                        countedThousandths: try StockCount.countedThousandths(counted, field: "--counted"), note: note, signature: user.signature)
                ]
            } else {
                return
            }
            let code = books.baseCurrency.code
            for result in results {
                let count = result.count
                let counted: Sentence = "Stock count \(count.date) of \(count.product): counted \(BusinessIndicators.quantityText(count.countedThousandths)) \(result.product.unit), books \(BusinessIndicators.quantityText(count.expectedThousandths))"
                if let entry = result.entry {
                    let value = try result.value.magnitude()
                    let difference = BusinessIndicators.quantityText(abs(count.differenceThousandths))
                    say(
                        count.differenceThousandths < 0
                            ? "\(counted): \(difference) missing, \(value.tableText) \(code) at unit cost, posted as \(entry)."
                            : "\(counted): \(difference) found, \(value.tableText) \(code) at unit cost, posted as \(entry).")
                } else {
                    say("\(counted): agrees.")
                }
            }
        }
    }

    struct Counts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "counts", abstract: "List the stock counts.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            emit(try ledger.read { try $0.stockCounts().rendered(as: output.format) })
        }
    }
}
