import ArgumentParser
import ArkaBooks
import ArkaCore
import ArkaStore

struct Grant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Financial support to third parties: agreements, their commitments, disbursements and cancellations.",
        discussion: """
            Recipients and schemes come with the ledger's definition (recipients.csv, schemes.csv). \
            Approving an agreement commits its amount against the scheme's budget line; the scheme's \
            minimum and maximum per recipient, the cap per recipient across all support (60,000 EUR by \
            default) and the scheme's envelope are enforced on running totals.
            """,
        subcommands: [Agreement.self, Disburse.self, Cancel.self, Receive.self, RegisterCommand.self])

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "receive",
            abstract: "In the social business's books: record a tranche of the start-up grant received.",
            discussion: """
                The amount is what the bank credited, in the business's currency; --original is what the                 project disbursed in its own (as its ledger shows it). The tranche goes to the grant's                 restricted fund. A file holds id,date,amount,agreement,reference[,original_amount,original_currency].

                Examples:
                  arka grant receive --ledger sb.arka --id GR-1 --date 2023-12-18 --amount 618600 \
                      --agreement SU-2023-01 --reference RBAL-EUR-2023-1215-04 --original "6000.00 EUR"
                  arka grant receive --ledger sb.arka --file tranches.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @OptionGroup var afterCount: AfterCountOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of tranches.", valueName: "file")) var file: String?
        @Option(name: .long, help: "The entry's id.") var id: String?
        @Option(name: .long, help: ArgumentHelp("The day the bank credited it.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(name: .long, parsing: .unconditional, help: "The amount credited, in the business's currency.") var amount: String?
        @Option(name: .long, help: "The project's grant agreement.") var agreement: String?
        @Option(name: .long, help: "The bank reference of the transfer.") var reference: String?
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("What the project sent, like \"6000.00 EUR\".", valueName: "amount currency")) var original: String?

        func validate() throws {
            if file == nil, [id, date, amount, agreement, reference].contains(where: { $0 == nil }) {
                throw ValidationError(tr("A tranche needs --id, --date, --amount, --agreement and --reference (or --file)."))
            }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            let entries: [StoredEntry]
            if let file {
                entries = try books.receiveGrant(file: file, counted: afterCount.counted, signature: user.signature)
            } else {
                var sent: Money?
                if let original {
                    let parts = original.split(separator: " ").map(String.init)
                    guard parts.count == 2 else {
                        throw ArkaError(.badAmount, "write the amount sent and its currency, like \"6000.00 EUR\"", field: "--original", value: original)
                    }
                    sent = try Money.parse(parts[0], currency: try Currency(code: parts[1]), field: "--original")
                }
                entries = try books.receiveGrant(
                    [GrantReceipt(
                        id: id!, date: try LedgerDate.parse(date!, field: "--date"), amount: try Money.parse(amount!, currency: books.baseCurrency, field: "--amount"),
                        agreement: agreement!, reference: reference!, original: sent)],
                    counted: afterCount.counted, signature: user.signature)
            }
            for entry in entries {
                say("Received \(entry.entry.postings[0].amount.tableText) \(books.baseCurrency.code) of the grant as \(entry.entry.id) on \(entry.entry.date), fund \(entry.entry.postings[0].fund ?? "-").")
            }
        }
    }

    struct Agreement: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agreement",
            abstract: "Approve agreements, list them, and close them as completed.", subcommands: [Add.self, List.self, Close.self])

        struct Close: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "close",
                abstract: "Record a delivered agreement as completed, releasing what it did not use.",
                discussion: """
                    For a grant whose items were handed over or whose tranches were paid: what its \
                    deliveries did not use (an in-kind grant's few euros left, say) stops being committed. \
                    A completed agreement takes no more tranches or handovers. It is not a cancellation: \
                    the agreement list, the third-parties register and the budget report show it as completed.

                    A file holds the columns agreement,date,reason and is closed whole or not at all.

                    Examples:
                      arka grant agreement close --ledger books.arka IGA-2023-01 --date 2024-01-31 \
                          --reason "All items handed over (HP-2023-01)"
                      arka grant agreement close --ledger books.arka --file closures.csv
                    """)

            @OptionGroup var ledger: LedgerOptions
            @OptionGroup var user: UserOptions
            @OptionGroup var writing: WriteOptions
            @Argument(help: "The agreement's number.") var agreement: String?
            @Option(name: .long, help: ArgumentHelp("A CSV file of agreements to close.", valueName: "file")) var file: String?
            @Option(name: .long, help: ArgumentHelp("The day it was completed.", valueName: "YYYY-MM-DD")) var date: String?
            @Option(name: .long, parsing: .unconditional, help: "Why it is complete: the last delivery, the final report.") var reason: String?

            func validate() throws {
                if file == nil, agreement == nil || date == nil || reason == nil {
                    throw ValidationError(tr("Closing an agreement needs its number, --date and --reason (or --file)."))
                }
            }

            func run() throws {
                let books = try ledger.openForWriting(writing)
                if let file {
                    let count = try books.closeAgreements(file: file, as: .completed, signature: user.signature)
                    say(Sentence.plural(count, "Completed 1 agreement from \(file).", "Completed \(count) agreements from \(file)."))
                    return
                }
                guard let agreement, let date, let reason else { return }
                try books.closeAgreement(
                    agreement, as: .completed, date: try LedgerDate.parse(date, field: "--date"), reason: reason, signature: user.signature)
                let released = try books.grantPositions().first { $0.agreement.number == agreement }?.released
                say(released.map { "Completed \(agreement) on \(date); \($0) it did not use is released." } ?? "Completed \(agreement) on \(date); nothing is released.")
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Approve an agreement (or a file of them, all or none).",
                discussion: """
                    A file holds the columns number,recipient,scheme,amount,date[,conditions].

                    Examples:
                      arka grant agreement add --ledger books.arka --number IGA-2023-07 --recipient R-07 \\
                          --scheme IGA --amount 1850.00 --date 2023-10-16
                      arka grant agreement add --ledger books.arka --file agreements.csv
                    """)

            @OptionGroup var ledger: LedgerOptions
            @OptionGroup var user: UserOptions
            @OptionGroup var writing: WriteOptions
            @Option(name: .long, help: ArgumentHelp("A CSV file of agreements.", valueName: "file")) var file: String?
            @Option(name: .long, help: "The agreement's number.") var number: String?
            @Option(name: .long, help: ArgumentHelp("The recipient's code.", valueName: "code")) var recipient: String?
            @Option(name: .long, help: ArgumentHelp("The scheme's code.", valueName: "code")) var scheme: String?
            @Option(name: .long, parsing: .unconditional, help: "The amount granted, in the scheme's currency.") var amount: String?
            @Option(name: .long, help: ArgumentHelp("The approval date.", valueName: "YYYY-MM-DD")) var date: String?
            @Option(name: .long, help: "The conditions of the grant.") var conditions: String?

            func validate() throws {
                if file == nil, [number, recipient, scheme, amount, date].contains(where: { $0 == nil }) {
                    throw ValidationError(tr("An agreement needs --number, --recipient, --scheme, --amount and --date (or --file)."))
                }
            }

            func run() throws {
                let books = try ledger.openForWriting(writing)
                if let file {
                    let count = try books.approveAgreements(file: file, signature: user.signature)
                    say(Sentence.plural(count, "Approved 1 agreement from \(file).", "Approved \(count) agreements from \(file)."))
                    return
                }
                let agreement = try books.agreement(
                    number: number!, recipient: recipient!, scheme: scheme!, amount: amount!, date: date!, conditions: conditions)
                try books.approveAgreement(agreement, signature: user.signature)
                say("Approved \(agreement.number): \(agreement.amount) to \(agreement.recipient) under \(agreement.scheme), committed on its budget line.")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List agreements with what they consumed and still commit.")

            @OptionGroup var ledger: LedgerOptions
            @OptionGroup var output: FormatOptions

            func run() throws {
                emit(
                    try ledger.read { books in
                        let (_, recipients) = try books.grantSchemesAndRecipients()
                        return try GrantRegister(positions: try books.grantPositions(), recipients: recipients).rendered(as: output.format)
                    })
            }
        }
    }

    struct Disburse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disburse",
            abstract: "Pay a tranche of a cash agreement (the start-up grant), or a file of tranches.",
            discussion: """
                Posts the grant expense on the scheme's fund and budget line against the paying account \
                and consumes the commitment; a tranche beyond what the agreement has left is refused. A \
                file holds the columns agreement,date,amount,reference,from_account and is paid whole or \
                not at all.

                Example:
                  arka grant disburse --ledger books.arka --agreement SU-2023-01 --date 2023-12-15 \\
                      --amount 6000.00 --reference RBAL-2023-1215-04 --paid-from 5121
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of tranches.", valueName: "file")) var file: String?
        @Option(name: .long, help: "The agreement's number.") var agreement: String?
        @Option(name: .long, help: ArgumentHelp("The payment date.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(name: .long, parsing: .unconditional, help: "The amount paid, in the scheme's currency.") var amount: String?
        @Option(name: .long, help: "The bank transfer reference.") var reference: String?
        @Option(name: .customLong("paid-from"), help: ArgumentHelp("The account paid from.", valueName: "code")) var fromAccount: String?

        func validate() throws {
            if file == nil, [agreement, date, amount, reference, fromAccount].contains(where: { $0 == nil }) {
                throw ValidationError(tr("A tranche needs --agreement, --date, --amount, --reference and --paid-from (or --file)."))
            }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            if let file {
                let count = try books.disburse(file: file, signature: user.signature)
                say(Sentence.plural(count, "Paid 1 tranche from \(file).", "Paid \(count) tranches from \(file)."))
                return
            }
            let currency = try books.agreementCurrency(agreement!)
            let stored = try books.disburse(
                agreement: agreement!, date: try LedgerDate.parse(date!, field: "--date"),
                amount: try Money.parse(amount!, currency: currency, field: "--amount"), reference: reference!, from: fromAccount!,
                signature: user.signature)
            say("Paid \(stored.entry.postings[0].amount) on \(agreement!) as entry \(stored.entry.id) (#\(stored.sequence)).")
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Cancel an agreement, releasing what it still commits.",
            discussion: """
                Example:
                  arka grant cancel --ledger books.arka IGA-2023-07 --date 2024-01-10 --reason "Recipient left the village"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Argument(help: "The agreement's number.") var agreement: String
        @Option(name: .long, help: ArgumentHelp("The cancellation date.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: "Why it is cancelled.") var reason: String

        func run() throws {
            try ledger.openForWriting(writing).cancelAgreement(
                agreement, date: try LedgerDate.parse(date, field: "--date"), reason: reason, signature: user.signature)
            say("Cancelled \(agreement); what it still committed is released.")
        }
    }
}
