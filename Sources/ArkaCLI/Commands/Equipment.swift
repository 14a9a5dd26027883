import ArgumentParser
import ArkaBooks
import ArkaCore

struct Equipment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "equipment",
        abstract: "Equipment bought for handover to grant recipients: the asset register, purchases, handovers, returns.",
        subcommands: [List.self, Purchase.self, Handover.self, Return.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "The asset register: each item, its cost, its recipient and handover.",
            discussion: """
                Items whose cost is above ownership_document_threshold (ledger.yaml, 5,000.00 by default) \
                are flagged: their transfer-of-ownership document goes with the final report.

                Example:
                  arka equipment --ledger books.arka --format csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            emit(try ledger.read { try $0.equipmentRegister().rendered(as: output.format) })
        }
    }

    struct Purchase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "purchase",
            abstract: "Buy equipment for handover: one entry per invoice, into the stock account.",
            discussion: """
                A file holds one row per item with the columns \
                tag,description,supplier,invoice,date,amount,currency,fund,budget_line,credit_account and \
                optionally serial,nivf; the rows of one invoice, one after another, make one entry. \
                credit_account is the supplier's payable or the bank that paid.

                Examples:
                  arka equipment purchase --ledger books.arka --file purchases.csv
                  arka equipment purchase --ledger books.arka --tag EQ-041 --description "Bread oven" \\
                      --supplier "Furra Tek shpk (L72405581R)" --invoice FT-2024-09 --date 2024-02-05 \\
                      --amount 185000 --currency ALL --fund EU --budget-line 3.3 --paid-from 4010
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of items.", valueName: "file")) var file: String?
        @Option(name: .long) var tag: String?
        @Option(name: .long, parsing: .unconditional) var description: String?
        @Option(name: .long) var serial: String?
        @Option(name: .long, help: "The supplier, with its NIPT.") var supplier: String?
        @Option(name: .long) var invoice: String?
        @Option(name: .long, help: "The fiscal invoice's NIVF.") var nivf: String?
        @Option(name: .long, help: ArgumentHelp("The invoice date.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(name: .long, parsing: .unconditional) var amount: String?
        @Option(name: .long) var currency: String?
        @Option(name: .long) var fund: String?
        @Option(name: .long) var budgetLine: String?
        @Option(name: .customLong("paid-from"), help: ArgumentHelp("The account paid from: the supplier's payable, or the paying bank.", valueName: "code")) var creditAccount: String?

        func validate() throws {
            if file == nil,
                [tag, description, supplier, invoice, date, amount, currency, fund, budgetLine, creditAccount].contains(where: { $0 == nil })
            {
                throw ValidationError(
                    tr("An item needs --tag, --description, --supplier, --invoice, --date, --amount, --currency, --fund, --budget-line and --paid-from (or --file)."))
            }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            if let file {
                let count = try books.purchaseEquipment(file: file, signature: user.signature)
                say(Sentence.plural(count, "Bought 1 item from \(file) into stock.", "Bought \(count) items from \(file) into stock."))
                return
            }
            let item = EquipmentItem(
                tag: tag!, description: description!, serial: serial, supplier: supplier!, invoice: invoice!, nivf: nivf,
                purchaseDate: try LedgerDate.parse(date!, field: "--date"),
                cost: try Money.parse(amount!, currency: try Currency(code: currency!), field: "--amount"), fund: fund!,
                budgetLine: budgetLine!)
            let entry = try books.purchaseEquipment([item], creditAccount: creditAccount!, signature: user.signature)
            say("Bought \(item.tag) (\(item.cost)) into stock, entry \(entry).")
        }
    }

    struct Handover: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "handover",
            abstract: "Hand items over to an agreement's recipient, under a handover protocol.",
            discussion: """
                Posts the grant expense on the agreement's fund and budget line against the stock, at each \
                item's purchase rate, and consumes the agreement's commitment. An item is handed over once; \
                the items' cost may not exceed what the agreement has left; a date after the action's end \
                (action_end in ledger.yaml) needs --after-end. A file holds the columns \
                protocol,date,agreement,tag,signatories, one row per item.

                Examples:
                  arka equipment handover --ledger books.arka --agreement IGA-2023-01 --tags EQ-001,EQ-002 \\
                      --date 2023-12-05 --protocol HP-2023-01 --signatories "A. Hoxha (recipient); E. Kola (MFCC)"
                  arka equipment handover --ledger books.arka --file handovers.csv
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("A CSV file of handovers.", valueName: "file")) var file: String?
        @Option(name: .long) var agreement: String?
        @Option(name: .long, help: ArgumentHelp("The items' tags, separated by commas.", valueName: "tags")) var tags: String?
        @Option(name: .long, help: ArgumentHelp("The handover date.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(name: .long, help: "The handover protocol's number.") var `protocol`: String?
        @Option(name: .long, help: "Who signed the protocol.") var signatories: String?
        @Flag(name: .long, help: "Allow a handover after the action's end.") var afterEnd = false

        func validate() throws {
            if file == nil, [agreement, tags, date, `protocol`, signatories].contains(where: { $0 == nil }) {
                throw ValidationError(tr("A handover needs --agreement, --tags, --date, --protocol and --signatories (or --file)."))
            }
        }

        func run() throws {
            let books = try ledger.openForWriting(writing)
            if let file {
                let count = try books.handOver(file: file, afterEnd: afterEnd, signature: user.signature)
                say(Sentence.plural(count, "Handed over 1 item from \(file).", "Handed over \(count) items from \(file)."))
                return
            }
            let list = tags!.split(separator: ",").map { $0.trimmingSpaces }
            let stored = try books.handOver(
                tags: list, agreement: agreement!, date: try LedgerDate.parse(date!, field: "--date"), protocol: `protocol`!,
                signatories: signatories!, afterEnd: afterEnd, signature: user.signature)
            say("Handed over \(list.joined(separator: ", ")) under \(agreement!) as entry \(stored.entry.id) (#\(stored.sequence)).")
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "return",
            abstract: "Take items handed over back into stock: a handover to the wrong recipient, an item sent back.",
            discussion: """
                Posts the stock against the grant expense at each item's own cost and rate, one entry per \
                handover, and gives the agreement the items' cost back; the items can then be handed \
                over again. A whole handover can also be reversed with `arka reverse`.

                Example:
                  arka equipment return --ledger books.arka --tags EQ-003 --date 2024-01-15 \
                      --reason "Handed to the wrong farm"
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var user: UserOptions
        @OptionGroup var writing: WriteOptions
        @Option(name: .long, help: ArgumentHelp("The items' tags, separated by commas.", valueName: "tags")) var tags: String
        @Option(name: .long, help: ArgumentHelp("The day the items came back.", valueName: "YYYY-MM-DD")) var date: String
        @Option(name: .long, parsing: .unconditional, help: "Why they came back.") var reason: String
        @Option(name: .long, help: "The entry's id (one handover only; RET- and the protocol by default).") var id: String?

        func run() throws {
            let list = tags.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            guard !list.isEmpty else {
                throw ArkaError(.missingValue, "name the items to take back", field: "--tags", value: tags)
            }
            let entries = try ledger.openForWriting(writing).returnEquipment(
                tags: list, date: try LedgerDate.parse(date, field: "--date"), reason: reason, id: id, signature: user.signature)
            for stored in entries {
                let items = stored.entry.postings.count / 2
                say(Sentence.plural(items, "Returned 1 item to stock as \(stored.entry.id) (#\(stored.sequence)).", "Returned \(items) items to stock as \(stored.entry.id) (#\(stored.sequence))."))
            }
        }
    }
}
