import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `arka sync` killed outright (SIGKILL, a power cut, a lost connection) at random points while
/// it sends: the centre keeps all of a sync or none of it, and the next run completes it.
@Suite("arka sync killed")
struct CentralSyncKillTests {
    @Test func aSyncKilledAtRandomKeepsAllOrNothingAndTheNextRunCompletesIt() throws {
        guard let url = ProcessInfo.processInfo.environment["ARKA_TEST_DATABASE_URL"], !url.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("ARKA_TEST_DATABASE_URL is not set: run the tests with bash Tests/central-cluster.sh run (make test does)")
            }
            return
        }
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-sync-killed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let small = GoldenTests.cases.appendingPathComponent("fixtures/small").path
        let office = "KILL-" + UUID().uuidString.prefix(8)
        func run(_ command: String) throws -> GoldenCase.Step { try GoldenTests.run(command, in: folder, arka: arka) }
        /// Entries `first..<first + count` of `ledger`, each a transfer between the two euro accounts.
        func post(_ first: Int, _ count: Int, to ledger: String = "office") throws {
            var csv = "entry,date,description,account,amount,currency,fund\n"
            for number in first..<first + count {
                csv += "\(ledger)-\(number),2023-09-\(String(format: "%02d", 1 + number % 28)),Transfer \(number),5121,\(1 + number % 97).00,EUR,EU\n"
                csv += "\(ledger)-\(number),,,7410,-\(1 + number % 97).00,EUR,EU\n"
            }
            try csv.write(to: folder.appendingPathComponent("\(ledger)-\(first).csv"), atomically: true, encoding: .utf8)
            let posted = try run("arka post --ledger \(ledger).arka \(ledger)-\(first).csv")
            try #require(posted.status == 0, "posting: \(posted.stderr)")
        }
        /// The number of the office's entries the centre holds.
        func held() throws -> Int {
            let digest = try run("arka central digest --database '\(url)' --office \(office) 2>&1 || true")
            let line = digest.stdout.split(separator: "\n").first { $0.hasPrefix("office: ") }
            return line.flatMap { Int($0.split(separator: " ")[2]) } ?? 0
        }
        #expect(try run("arka init --ledger office.arka --from '\(small)' && arka init --ledger timing.arka --from '\(small)' && arka central init --database '\(url)'").status == 0)
        try post(0, 3_000)
        try post(0, 3_000, to: "timing")
        // How long a whole sync of such books takes, timed on books like them under another code:
        // the kills land anywhere from the start to a little after a sync of the books as they grow.
        let started = Date()
        #expect(try run("arka sync --ledger timing.arka --office \(office)-T --to '\(url)'").status == 0)
        let whole = Date().timeIntervalSince(started)
        var sent = 0
        var next = 3_000
        var heads: Set<Int> = [0]
        for _ in 0..<20 {
            let process = Process()
            process.executableURL = arka
            process.arguments = ["sync", "--ledger", folder.appendingPathComponent("office.arka").path, "--office", office, "--to", url]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // A sync's time grows with the books it sends: the window grows with them.
            let latest = UInt32(max(0.2, whole * 1.6 * Double(next) / 3_000) * 1_000_000)
            usleep(UInt32.random(in: 20_000...latest))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // All of the sync, or none of it.
            let now = try held()
            let total = try Int(run("sqlite3 office.arka 'SELECT COUNT(*) FROM entry'").stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            #expect(now == sent || now == total, "the centre holds \(now) entries: neither the \(sent) before nor the \(total) of the office")
            sent = now
            heads.insert(now)
            try post(next, 100)
            next += 100
        }
        let last = try run("arka sync --ledger office.arka --office \(office) --to '\(url)'")
        #expect(last.status == 0, "\(last.stderr)")
        let total = try Int(run("sqlite3 office.arka 'SELECT COUNT(*) FROM entry'").stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(try held() == total)
        let digest = try run("arka central digest --database '\(url)' --office \(office) --output centre.digest && arka central verify --database '\(url)' --digest centre.digest")
        #expect(digest.status == 0, "\(digest.stdout)\(digest.stderr)")
        // The kills landed at more than one point: before a commit, and after one.
        #expect(heads.count > 1)
    }
}
