import ArkaBooks
import ArkaCore
import ArkaStore
import ArkaTestSupport
import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import ArkaCentral

/// The centre on PostgreSQL: made by `init`, kept as the offices sent it, extended by `sync` only
/// with books that verify and extend what it holds, and proved by `verify` against a digest.
@Suite(.serialized) struct CentralTests {
    @Test func initMakesTheCentreOnceAndTheApplicationRoleMayOnlyReadAndInsert() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        #expect(try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) } == ["v1 offices and their journals", "v2 pseudonymous journals, totals and registers"])
        #expect(try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) } == [])
        let books = try CentralBooks.shared.get()
        var app = owner
        app.user = CentralSchema.appRole
        let result = try await CentralCluster.with(app) { try await CentralSync.sync(ledger: books.project, office: "MALL", to: $0) }
        #expect(result.sent > 0)
        // The application role: no UPDATE, no DELETE, no TRUNCATE.
        for statement in ["UPDATE arka.posting SET amount = amount + 1", "DELETE FROM arka.entry", "TRUNCATE arka.sync"] {
            let said = await CentralCluster.refusal(app, statement)
            #expect(said?.contains("permission denied") == true, "\(statement): \(said ?? "accepted")")
        }
        // The owner: refused by the triggers.
        for statement in ["UPDATE arka.posting SET amount = amount + 1", "DELETE FROM arka.entry", "TRUNCATE arka.office CASCADE"] {
            let said = await CentralCluster.refusal(owner, statement)
            #expect(said?.contains("the centre keeps what the offices sent as they sent it") == true, "\(statement): \(said ?? "accepted")")
        }
        // An entry forged by hand, not linked to the one before it, is refused by the centre itself.
        let forged = await CentralCluster.refusal(
            app,
            """
            INSERT INTO arka.entry (office, seq, id, date, description, posted_by, posted_at, canonical, prev_hash, hash)
            VALUES ('MALL', \(result.head.sequence + 1), 'FORGED', '2024-01-01', 'x', 'x', 'x', 'x'::bytea, repeat('a', 64), repeat('b', 64))
            """)
        #expect(forged?.contains("does not link to the entry before it") == true)
    }

    @Test func bothDemoLedgersSyncOnceAndTheCentreHoldsTheirChains() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        for (path, office) in [(books.project, "MALL"), (books.shop, "SHOP")] {
            let first = try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: path, office: office, to: $0) }
            let (head, records) = try LedgerStore.open(at: path, access: .read).view { (try $0.head(), try $0.recordHead()) }
            #expect(first.sent == head.sequence && first.head.sequence == head.sequence && first.number == 1)
            #expect(first.records > 0 && first.records <= records.sequence)
            // Again: nothing to send, nothing stored.
            let again = try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: path, office: office, to: $0) }
            #expect(again == SyncResult(office: office, sent: 0, records: 0, head: first.head, number: nil))
        }
        let digest = try await CentralCluster.with(owner) { try await CentralDigest.take(from: $0, at: "2026-12-06T10:00:00Z") }
        #expect(digest.offices.map(\.code) == ["MALL", "SHOP"])
        let read = try CentralCluster.roundTrip(digest)
        #expect(read == digest)
        let verification = try await CentralCluster.with(owner) { try await CentralVerification.verify($0, against: read) }
        #expect(verification.problems == [])
        #expect(verification.offices == digest.offices)
        // The postings the centre holds add up as the office's do, per currency.
        let sums = try await CentralCluster.with(owner) { centre in
            try await centre.rows("SELECT COUNT(*), COALESCE(SUM(base_amount), 0)::bigint FROM arka.posting WHERE office = 'MALL'").first.map { try $0.decode((Int64, Int64).self) }
        }
        var postings: Int64 = 0
        try LedgerStore.open(at: books.project, access: .read).view { try $0.forEachEntry { postings += Int64($0.entry.postings.count) } }
        #expect(sums?.0 == postings)
        #expect(sums?.1 == 0)
    }

    @Test func booksChangedAfterTheyWereSentAreRefusedAndNothingIsStored() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        let office = try CentralBooks.copy(books.shop)
        let sent = try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: office, office: "SHOP", to: $0) }
        let digest = try await CentralCluster.with(owner) { try await CentralDigest.take(from: $0, at: "2026-12-06T10:00:00Z") }

        // An amount changed behind arka's back, the triggers dropped and put back.
        let changed = try CentralBooks.copy(office)
        try Intruder.change(changed) { db in try db.execute(sql: "UPDATE posting SET amount = amount + 100 WHERE id = (SELECT MIN(id) FROM posting)") }
        let refusedChange = await CentralCluster.failure { try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: changed, office: "SHOP", to: $0) } }
        #expect(refusedChange?.kind == .brokenJournal)
        #expect(
            refusedChange?.reason
                == "the postings of the office's first \(sent.head.sequence) entries are not those the centre holds: an amount was changed after it was sent; nothing of this sync is stored: examine the books with arka verify")
        // So with the whole of verify first.
        let verified = await CentralCluster.failure {
            try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: changed, office: "SHOP", to: $0, verifyAll: true) }
        }
        #expect(verified?.reason.hasPrefix("the office's books do not verify") == true)

        // The triggers dropped (and not put back).
        let unguarded = try CentralBooks.copy(office)
        try Intruder.change(unguarded, keepingTriggersDropped: true) { _ in }
        let refusedUnguarded = await CentralCluster.failure {
            try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: unguarded, office: "SHOP", to: $0) }
        }
        #expect(refusedUnguarded?.kind == .brokenJournal)
        #expect(refusedUnguarded?.reason.contains("another program changed the ledger behind arka's back") == true)

        // A sale recorded after the sync, then changed behind arka's back before it was sent.
        let later = try CentralBooks.copy(office)
        _ = try Ledger.open(at: later).record(
            Sale(id: "S-LATER", date: try LedgerDate.parse("2024-12-20"), items: [SaleItem(product: "BUKE", quantity: try Quantity.parse("1"))], payment: .card),
            signature: Signature(user: "tester", timestamp: "2025-02-01T10:00:00Z"))
        try Intruder.change(later) { db in
            try db.execute(sql: "UPDATE posting SET amount = amount * 2 WHERE entry_seq = (SELECT MAX(seq) FROM entry)")
        }
        let refusedLater = await CentralCluster.failure {
            try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: later, office: "SHOP", to: $0) }
        }
        #expect(
            refusedLater?.reason
                == "the office's entry #\(sent.head.sequence + 1) (S-LATER) is not what its hash says: the books were changed behind arka's back; nothing of this sync is stored: examine them with arka verify")

        // The last entry removed.
        let shortened = try CentralBooks.copy(office)
        try Intruder.change(shortened) { db in
            try db.execute(sql: "DELETE FROM posting WHERE entry_seq = (SELECT MAX(seq) FROM entry)")
            try db.execute(sql: "DELETE FROM entry_document WHERE entry_seq = (SELECT MAX(seq) FROM entry)")
            try db.execute(sql: "DELETE FROM entry WHERE seq = (SELECT MAX(seq) FROM entry)")
        }
        #expect(await CentralCluster.failure { try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: shortened, office: "SHOP", to: $0) } }?.kind == .brokenJournal)

        // Other books under the office's code: the first entry differs.
        let other = await CentralCluster.failure { try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: books.project, office: "SHOP", to: $0) } }
        #expect(other?.kind == .badSetting || other?.kind == .brokenJournal)

        // The centre is as the first sync left it.
        let after = try await CentralCluster.with(owner) { try await CentralDigest.take(from: $0, at: "2026-12-06T10:00:00Z") }
        #expect(after.offices == digest.offices)
        #expect(after.offices.first?.head == sent.head)
    }

    @Test func oneOfficesBooksUnderASecondCodeOrAnotherCaseAreRefused() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        let sent = try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: books.shop, office: "SHOP", to: $0) }
        // The same books, and a copy of them: counted twice, every consolidated figure would double.
        for (path, code) in [(books.shop, "SHOP2"), (try CentralBooks.copy(books.shop), "BALLSH")] {
            let twice = await CentralCluster.failure { try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: path, office: code, to: $0) } }
            #expect(twice?.kind == .badSetting)
            #expect(twice?.reason == "the centre holds these books as office SHOP (their first entry is its first): one office's books are sent under one code")
        }
        // Another office's books under a code that differs by its case only.
        let shop = try CentralBooks.shop(builtAt: "2025-02-01T10:00:00Z")
        let cased = await CentralCluster.failure { try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: shop, office: "shop", to: $0) } }
        #expect(cased?.reason == "the centre holds office SHOP: an office's code names one office whatever its case")
        // The centre holds one office, as the first sync left it.
        let digest = try await CentralCluster.with(owner) { try await CentralDigest.take(from: $0, at: "2026-12-06T10:00:00Z") }
        #expect(digest.offices.map(\.code) == ["SHOP"])
        #expect(digest.offices.first?.head == sent.head)
    }

    @Test func booksOfTheSameCurrencyThatDoNotExtendTheCentreAreRefusedNamingTheFirstEntry() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        let first = try CentralBooks.copy(books.shop)
        _ = try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: first, office: "SHOP", to: $0) }
        // The same books, and a sale recorded in one copy, another sale in the other: both extend
        // the centre's head; once one is sent, the other forks from it at the same entry.
        let second = try CentralBooks.copy(books.shop)
        let signature = Signature(user: "tester", timestamp: "2025-02-01T10:00:00Z")
        for (path, loaves) in [(first, "1"), (second, "2")] {
            let ledger = try Ledger.open(at: path)
            _ = try ledger.record(
                Sale(id: "S-FORK", date: try LedgerDate.parse("2024-12-20"), items: [SaleItem(product: "BUKE", quantity: try Quantity.parse(loaves))], payment: .card),
                signature: signature)
        }
        let sent = try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: first, office: "SHOP", to: $0) }
        #expect(sent.sent == 1)
        let fork = await CentralCluster.failure { try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: second, office: "SHOP", to: $0) } }
        #expect(fork?.kind == .brokenJournal)
        #expect(fork?.reason == "the office's entry #\(sent.head.sequence) (S-FORK) is not the entry #\(sent.head.sequence) (S-FORK) the centre holds: the books were changed after they were sent; nothing of this sync is stored")
    }

    @Test func threeOfficesSyncingAtOnceAllLandAndEveryChainVerifies() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        // Three offices' books of their own (the same books under two codes are refused).
        let offices = try ["FIER", "BERAT", "VLORE"].enumerated().map { index, code in
            (code, try CentralBooks.shop(builtAt: "2025-01-3\(index)T10:00:00Z"))
        }
        let signature = Signature(user: "tester", timestamp: "2025-02-01T10:00:00Z")
        for round in 1...20 {
            for (code, path) in offices {
                let ledger = try Ledger.open(at: path)
                _ = try ledger.record(
                    Sale(id: "S-\(code)-\(round)", date: try LedgerDate.parse("2024-12-20"), items: [SaleItem(product: "BUKE", quantity: try Quantity.parse("1"))], payment: .card),
                    signature: signature)
            }
            // Each office's sync, and a second sync of the first office, all at once.
            let results = try await withThrowingTaskGroup(of: SyncResult.self) { group in
                for (code, path) in offices + [offices[0]] {
                    group.addTask { try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: path, office: code, to: $0) } }
                }
                return try await group.reduce(into: [SyncResult]()) { $0.append($1) }
            }
            #expect(results.count == 4)
            // The two syncs of one office take turns: one sends, the other finds nothing to send.
            let fier = results.filter { $0.office == "FIER" }.map(\.sent).sorted()
            #expect(fier.count == 2 && fier[0] == 0 && fier[1] > 0)
            #expect(results.filter { $0.office != "FIER" }.allSatisfy { $0.sent > 0 })
        }
        let verification = try await CentralCluster.with(owner) { try await CentralVerification.verify($0) }
        #expect(verification.problems == [])
        for (code, path) in offices {
            let head = try LedgerStore.open(at: path, access: .read).view { try $0.head() }
            #expect(verification.offices.first { $0.code == code }?.head.sequence == head.sequence)
        }
        // Every sync of every office is numbered on, one after another.
        let syncs = try await CentralCluster.with(owner) { centre in
            try await centre.rows("SELECT office, COUNT(*), MAX(number) FROM arka.sync GROUP BY office ORDER BY office").map { try $0.decode((String, Int64, Int64).self) }
        }
        #expect(syncs.allSatisfy { $0.1 == $0.2 })
        #expect(syncs.map(\.0) == ["BERAT", "FIER", "VLORE"])
    }

    @Test func verifyFindsAnEntryChangedInTheCentreAndADigestItNoLongerHolds() async throws {
        guard let owner = try await CentralCluster.freshDatabase() else { return }
        _ = try await CentralCluster.with(owner) { try await CentralSchema.migrate($0) }
        let books = try CentralBooks.shared.get()
        _ = try await CentralCluster.with(owner) { try await CentralSync.sync(ledger: books.shop, office: "SHOP", to: $0) }
        let digest = try await CentralCluster.with(owner) { try await CentralDigest.take(from: $0, at: "2026-12-06T10:00:00Z") }
        // The owner switches the guard off and changes an entry's stored form.
        try await CentralCluster.with(owner) { centre in
            try await centre.rows("ALTER TABLE arka.entry DISABLE TRIGGER keep_as_sent")
            try await centre.rows("UPDATE arka.entry SET canonical = canonical || 'x'::bytea WHERE office = 'SHOP' AND seq = 3")
            try await centre.rows("ALTER TABLE arka.entry ENABLE TRIGGER keep_as_sent")
        }
        let verification = try await CentralCluster.with(owner) { try await CentralVerification.verify($0, against: digest) }
        #expect(!verification.passes)
        #expect(verification.problems.first?.hasPrefix("office SHOP: entry #3 (") == true)
        #expect(verification.problems.first?.hasSuffix(") is not what its hash says") == true)

        // A total the reports read, changed by the owner: verify names it.
        try await CentralCluster.with(owner) { centre in
            try await centre.rows("ALTER TABLE arka.total DISABLE TRIGGER keep_as_sent")
            try await centre.rows(
                "UPDATE arka.total SET debit = debit + 1 WHERE ctid = (SELECT ctid FROM arka.total WHERE office = 'SHOP' AND account = '5310' ORDER BY month, fund LIMIT 1)")
            try await centre.rows("ALTER TABLE arka.total ENABLE TRIGGER keep_as_sent")
        }
        let totals = try await CentralCluster.with(owner) { try await CentralVerification.verify($0, against: digest) }
        let changed = totals.problems.filter { $0.contains("totals") }
        #expect(changed.count == 1)
        #expect(changed.first?.hasPrefix("office SHOP: the totals of 5310 ALL") == true)
        #expect(changed.first?.hasSuffix("are not the sums of its postings") == true)

        // A posting row the reports read, changed by the owner: not what its entry's form holds.
        try await CentralCluster.with(owner) { centre in
            try await centre.rows("ALTER TABLE arka.posting DISABLE TRIGGER keep_as_sent")
            try await centre.rows("UPDATE arka.posting SET amount = amount + 1 WHERE office = 'SHOP' AND seq = 5 AND position = 0")
            try await centre.rows("ALTER TABLE arka.posting ENABLE TRIGGER keep_as_sent")
        }
        let postings = try await CentralCluster.with(owner) { try await CentralVerification.verify($0, against: digest) }
        let id = try await CentralCluster.with(owner) { centre in
            try await centre.rows("SELECT id FROM arka.entry WHERE office = 'SHOP' AND seq = 5").first.map { try $0.decode(String.self) }
        }
        #expect(postings.problems.contains("office SHOP: the postings of entry #5 (\(id ?? "")) are not those its form holds"))
    }
}

/// The throwaway cluster the tests run against (`Tests/central-cluster.sh`, which `make test`
/// and CI start): a fresh database of it for each test.
enum CentralCluster {
    /// A new database on the test cluster, as its owner; nil (the test skipped) when no cluster
    /// runs here, which fails the test when CI is set.
    static func freshDatabase() async throws -> CentralAddress? {
        guard let url = ProcessInfo.processInfo.environment["ARKA_TEST_DATABASE_URL"], !url.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("ARKA_TEST_DATABASE_URL is not set: run the tests with bash Tests/central-cluster.sh run (make test does)")
            }
            return nil
        }
        var address = try CentralAddress.parse(url)
        let name = "arka_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await with(address) { try await $0.rows(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) ENCODING 'UTF8' TEMPLATE template0")) }
        address.database = String(name)
        return address
    }

    /// Runs `body` with a connection to `address`, closed after.
    @discardableResult
    static func with<T: Sendable>(_ address: CentralAddress, _ body: (CentralConnection) async throws -> T) async throws -> T {
        let centre = try await CentralConnection.open(address)
        do {
            let result = try await body(centre)
            await centre.close()
            return result
        } catch {
            await centre.close()
            throw error
        }
    }

    /// What the centre said refusing `statement`, or nil when it was accepted.
    static func refusal(_ address: CentralAddress, _ statement: String) async -> String? {
        await failure { try await with(address) { try await $0.rows(PostgresQuery(unsafeSQL: statement)) } }?.reason
    }

    /// The ``ArkaError`` `body` threw, or nil.
    static func failure<T>(_ body: () async throws -> T) async -> ArkaError? {
        do {
            _ = try await body()
            return nil
        } catch let error as ArkaError {
            return error
        } catch {
            return ArkaError(.io, "\(String(describing: error))")
        }
    }

    /// `digest` written to a file and read back.
    static func roundTrip(_ digest: CentralDigest) throws -> CentralDigest {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("centre-\(UUID().uuidString).digest").path
        try digest.text.write(toFile: file, atomically: true, encoding: .utf8)
        return try CentralDigest.read(file: file)
    }
}

/// The demo's two ledgers, built once, and copies of them to change.
enum CentralBooks {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let shared: Result<(project: String, shop: String), any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-central-books-\(UUID().uuidString)").path
        let signature = Signature(user: "builder", timestamp: "2025-01-31T10:00:00Z")
        let project = try DemoBooks.build(from: repository.appendingPathComponent("ledgers/mallakaster").path, into: folder, signature: signature)
        let shop = try BusinessDemo.build(from: repository.appendingPathComponent("ledgers/social-business").path, into: folder, signature: signature)
        return (project.ledger.path, shop.ledger.path)
    }

    /// The social business's demo books built anew, each entry posted at `builtAt`: books of
    /// their own, not a copy of another office's.
    static func shop(builtAt: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-central-shop-\(UUID().uuidString)").path
        let signature = Signature(user: "builder", timestamp: builtAt)
        return try BusinessDemo.build(from: repository.appendingPathComponent("ledgers/social-business").path, into: folder, signature: signature)
            .ledger.path
    }

    /// A copy of the ledger at `path`, in a folder of its own.
    static func copy(_ path: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-central-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let copy = folder + "/" + (path as NSString).lastPathComponent
        try Ledger.open(at: path, access: .read).backup(to: copy)
        return copy
    }
}
