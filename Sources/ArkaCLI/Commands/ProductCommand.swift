import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore

/// `arka product`: the social business's products, added after `init`, and their prices from a day.
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product", abstract: "List the products, add products, and change a price from a day, on the record.",
        subcommands: [List.self, Add.self, Price.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the products with their prices on a day (default: today) and every price change.",
            discussion: """
                Example:
                  arka product list --ledger sb.arka --date 2024-03-01
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions
        @Option(name: .long, help: ArgumentHelp("The day whose prices are shown (default: today).", valueName: "YYYY-MM-DD")) var date: String?

        func run() throws {
            guard let day = try parseDate(date, option: "date") ?? Signature.today() else { return }
            // A product added from a later day is not on the list yet on `day`.
            let products = try ledger.read { $0.products.values.filter { ($0.listedFrom ?? day) <= day }.sorted { $0.code < $1.code } }
            emit(products.rendered(as: output.format, on: day))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add products from a date, with a reason.",
            discussion: """
                One product from the options, or many from --file (products.csv's columns: \\
                code,name,unit,price,income_account[,unit_cost][,name_sq]). A product with a unit cost is \\
                kept in stock. The change is recorded with its date, reason, user and time, and verify covers it.

                Examples:
                  arka product add --ledger sb.arka --code AKULLORE --name "Ice cream" --name-sq Akullore --unit cup \\
                      --price 150 --income-account 7013 --date 2024-06-01 --reason "Summer menu"
                  arka product add --ledger sb.arka --file summer.csv --date 2024-06-01 --reason "Summer menu"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of products.", valueName: "file")) var file: String?
        @Option(name: .long, help: ArgumentHelp("The product's code.", valueName: "code")) var code: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Its name.", valueName: "text")) var name: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Its name in Albanian.", valueName: "text")) var nameSq: String?
        @Option(name: .long, help: ArgumentHelp("What one is counted in: loaf, piece, kg.", valueName: "unit")) var unit: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The list price of one unit.", valueName: "amount")) var price: String?
        @Option(name: .long, help: ArgumentHelp("The income account its sales go to.", valueName: "code")) var incomeAccount: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The cost of one unit, for a product kept in stock.", valueName: "amount"))
        var unitCost: String?
        @Option(name: .long, help: ArgumentHelp("From when it holds.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why the product is added.", valueName: "text")) var reason: String

        func validate() throws {
            if file != nil, [code, name, nameSq, unit, price, incomeAccount, unitCost].contains(where: { $0 != nil }) {
                throw ValidationError(tr("Give --file, or one product with --code, --name, --unit, --price and --income-account, not both."))
            }
            if file == nil, [code, name, unit, price, incomeAccount].contains(where: { $0 == nil }) {
                throw ValidationError(tr("Name the product with --code, --name, --unit, --price and --income-account, or give --file."))
            }
        }

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            let books = try ledger.openForWriting(writing)
            let changes: [DefinitionChange]
            if let file {
                changes = try books.addProducts(file: file, date: day, reason: reason, signature: user.signature)
            } else if let code, let name, let unit, let price, let incomeAccount {
                let base = books.baseCurrency
                let product = Product(
                    code: code, name: name, nameAlbanian: nameSq, unit: unit, price: try Money.parse(price, currency: base, field: "--price"),
                    incomeAccount: incomeAccount, unitCost: try unitCost.map { try Money.parse($0, currency: base, field: "--unit-cost") })
                changes = try books.addProducts([product], date: day, reason: reason, signature: user.signature)
            } else {
                return
            }
            emit(changes.rendered())
        }
    }

    struct Price: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "price",
            abstract: "Change a product's list price from a day on, with a reason.",
            discussion: """
                Sales recorded from now on, dated that day or later and without a price of their own, \\
                are priced at it; a sale already posted keeps its amount. A mistaken price is corrected \\
                by another change (for one day, the later one holds); both stay on the record.

                Example:
                  arka product price --ledger sb.arka --product BUKE --price 120 --date 2024-03-01 --reason "Flour went up"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("The product's code.", valueName: "code")) var product: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The new list price of one unit.", valueName: "amount")) var price: String
        @Option(name: .long, help: ArgumentHelp("The first day of the new price.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Why the price changes.", valueName: "text")) var reason: String

        func run() throws {
            guard let day = try parseDate(date, option: "date") else { return }
            let books = try ledger.openForWriting(writing)
            let amount = try Money.parse(price, currency: books.baseCurrency, field: "--price")
            let change = try books.changePrice(of: product, to: amount, from: day, reason: reason, signature: user.signature)
            emit([change].rendered())
        }
    }
}
