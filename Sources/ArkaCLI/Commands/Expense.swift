import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation

struct ExpenseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expense", abstract: "Record the social business's costs and purchases.", subcommands: [Add.self, Import.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record one expense or purchase, paid from the till or the bank.",
            discussion: """
                --account is the expense (or equipment) account; goods kept in stock are bought with \
                arka stock purchase, which records their quantities. Spending charged to the \
                start-up grant names its fund and business-plan line (--fund SU --line 2); without \
                --fund the expense is the business's own. Without --id it is numbered P-YYYYMMDD-NNN.

                Example:
                  arka expense add --ledger sb.arka --date 2024-03-04 --supplier "Mulliri Ballsh" --nipt K81512034P \\
                      --description "Flour, 20 sacks" --amount 36000 --account 6011 --paid-from cash --invoice 331/2024
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @Option(name: .long, help: ArgumentHelp("The day it was paid.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, help: "Who was paid.") var supplier: String
        @Option(name: .long, help: "The supplier's NIPT.") var nipt: String?
        @Option(name: .long, parsing: .unconditional, help: "What was bought.") var description: String
        @Option(name: .long, parsing: .unconditional, help: "The amount paid.") var amount: String
        @Option(name: .long, help: ArgumentHelp("The account it is charged to.", valueName: "code")) var account: String
        @Option(name: .long, help: "Paid from cash or bank.") var paidFrom: String
        @Option(name: .long, help: ArgumentHelp("The fund it is charged to (default: the business's own).", valueName: "code")) var fund: String?
        @Option(name: .customLong("budget-line"), help: ArgumentHelp("The budget line of the grant's business plan it is charged to.", valueName: "line")) var line: String?
        @Option(name: .long, help: "The invoice's number.") var invoice: String?
        @Option(name: .long, help: "The invoice's NIVF.") var nivf: String?
        @Option(name: .long, help: "The entry's id (default P-YYYYMMDD-NNN).") var id: String?

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let expense = Expense(
                id: id ?? "", date: try LedgerDate.parse(date, field: "--date"), description: description, supplier: supplier, taxID: nipt,
                amount: try Money.parse(amount, currency: books.baseCurrency, field: "--amount"), account: account,
                paidFrom: try PaymentMethod.parse(paidFrom, field: "--paid-from"), fund: fund, budgetLine: line, invoice: invoice, nivf: nivf)
            let stored = try books.record(expense, counted: afterCount.counted, signature: user.signature)
            let recorded: Sentence = "Recorded \(stored.entry.id): \(expense.amount.tableText) \(books.baseCurrency.code) to \(supplier) from \(expense.paidFrom.rawValue), on \(account)"
            switch (stored.entry.postings[0].fund, line) {
            case let (fund?, line?): say("\(recorded) to fund \(fund) line \(line).")
            case let (fund?, nil): say("\(recorded) to fund \(fund).")
            default: say("\(recorded).")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Import a CSV file of expenses, all or nothing.",
            discussion: """
                Columns: date,description,supplier,amount,account,paid_from and optionally id,nipt,fund,budget_line,invoice,nivf.

                Example:
                  arka expense import --ledger sb.arka purchases-march.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @OptionGroup var profile: ProfileOptions
        @Argument(help: ArgumentHelp("The CSV file.", valueName: "file")) var file: String

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let (count, total, batch) = try books.importExpenses(file: file, profile: try profile.resolved(ledger: ledger), counted: afterCount.counted, signature: user.signature)
            emit(tr(Sentence.plural(count, "Recorded 1 expense from \(file): \(total.tableText) \(books.baseCurrency.code).", "Recorded \(count) expenses from \(file): \(total.tableText) \(books.baseCurrency.code).")) + "\n" + (batch.map(ImportBatch.undoLine) ?? ""))
        }
    }
}
