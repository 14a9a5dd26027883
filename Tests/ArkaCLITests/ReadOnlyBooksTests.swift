import ArkaTestSupport
import Foundation
import Testing

/// Books an auditor can open where they cannot be written: a read-only folder, a read-only
/// medium, a full disk. Every read command prints there what it prints on the books where they
/// were made; every write is refused in one sentence naming the ledger; the files are left
/// exactly as they were.
@Suite("Read-only books", .serialized)
final class ReadOnlyBooksTests {
    let folder: URL
    let arka: URL

    /// The read commands tried, each with what it is run on.
    static let reads = [
        "balance", "balance --by fund", "budget", "register --account 5100", "general-ledger", "grant register", "grant agreement list",
        "verify", "rates list", "period list", "export journal", "export journal --names", "equipment list",
    ]

    init() throws {
        arka = try #require(GoldenTests.executable, "build arka first: swift build")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-read-only-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: GoldenTests.cases.appendingPathComponent("fixtures"), to: folder.appendingPathComponent("fixtures"))
        try Data(
            """
            entry,date,description,account,amount,currency,fund,budget_line,counterparty,document
            K1,2023-09-20,Toner për printerin,6310,80.00,EUR,EU,3.1,Zyra shpk,invoice:ZS-9
            K1,,,5121,-80.00,EUR,EU,,,

            """.utf8
        ).write(to: folder.appendingPathComponent("more.csv"))
        for command in [
            "arka init --ledger books.arka --from fixtures/small", "arka post --ledger books.arka fixtures/small/postings.csv",
            "arka reverse --ledger books.arka E4 --date 2023-09-30 --reason 'Fatura u regjistrua dy herë'",
        ] {
            let result = try sh(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func sh(_ command: String) throws -> GoldenCase.Step {
        try GoldenTests.run(command, in: folder, arka: arka)
    }

    /// What each read command prints on the books where they were made.
    func expectedReads() throws -> [String: GoldenCase.Step] {
        var expected: [String: GoldenCase.Step] = [:]
        for command in Self.reads {
            let result = try sh("arka \(command) --ledger books.arka")
            #expect(result.status == 0, "\(command): \(result.stderr)")
            expected[command] = result
        }
        return expected
    }

    /// Runs every read command on the ledger at `path` and expects what it printed on the books.
    func expectReadsWork(at path: String, _ expected: [String: GoldenCase.Step], _ where_: String) throws {
        for command in Self.reads {
            let result = try sh("arka \(command) --ledger \(path)")
            #expect(result.status == 0, "\(where_): arka \(command): \(result.stderr)")
            #expect(result.stdout == expected[command]?.stdout, "\(where_): arka \(command)")
            #expect(result.stderr == "", "\(where_): arka \(command)")
        }
        let workbook = try sh("arka export xlsx --ledger \(path) --report audit-pack --output pack.xlsx")
        #expect(workbook.status == 0, "\(where_): audit pack: \(workbook.stderr)")
        #expect(workbook.stdout == "Wrote audit-pack to pack.xlsx\n", "\(where_): audit pack")
    }

    /// The files of a folder with their bytes.
    func contents(of path: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(path).path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(path).appendingPathComponent(name))
        }
        return files
    }

    /// Whether this machine lets the tests mount a file system (in a mount namespace of their
    /// own, which vanishes with them). Where it does not, a test that needs it is skipped, and
    /// fails instead under CI.
    func mountingAllowed() throws -> Bool {
        let probe = try sh("mkdir -p probe && unshare --mount --propagation private sh -c 'mount -t tmpfs -o size=1m tmpfs probe'")
        if probe.status == 0 { return true }
        if GoldenTests.underCI {
            Issue.record("this machine forbids mounting, and CI is set: the read-only medium test must run (\(probe.stderr))")
        } else {
            print("skipped: this machine forbids mounting a file system (\(probe.stderr)); with CI set this fails")
        }
        return false
    }

    @Test("in a read-only folder every read command works and leaves no file; a write is refused in one sentence; the ledger is unchanged")
    func readOnlyFolder() throws {
        let expected = try expectedReads()
        #expect(try sh("mkdir ro && cp books.arka ro/").status == 0)
        // Under root, permission bits do not stop a write: the folder is made immutable instead.
        let lock = getuid() == 0 ? "chattr +i ro" : "chmod 555 ro"
        let locked = try sh(lock)
        if locked.status != 0 {
            if GoldenTests.underCI { Issue.record("cannot make a read-only folder here (\(lock): \(locked.stderr)), and CI is set") }
            return
        }
        defer { _ = try? sh(getuid() == 0 ? "chattr -i ro" : "chmod 755 ro") }
        #expect(try sh("touch ro/probe").status != 0, "the folder takes no file")
        let before = try contents(of: "ro")
        try expectReadsWork(at: "ro/books.arka", expected, "read-only folder")
        let post = try sh("arka post --ledger ro/books.arka more.csv")
        #expect(post.status == 1)
        #expect(
            post.stderr
                == "error: ro/books.arka: this command writes to the ledger, but the ledger's folder is read-only; give write access to the folder, or copy the ledger to one you can write to\n"
        )
        let close = try sh("arka period close --ledger ro/books.arka 2023-08")
        #expect(close.stderr == post.stderr)
        // An export into the read-only folder says so of its output.
        let export = try sh("arka export journal --ledger ro/books.arka --output ro/books.journal")
        #expect(export.status == 1)
        #expect(
            export.stderr
                == "error: ro/books.journal: cannot write the file: the folder is not open to you for writing; choose a folder you can write to, or get write access to it\n"
        )
        #expect(try contents(of: "ro") == before)
        #expect(before.keys.sorted() == ["books.arka"])
    }

    @Test("a ledger an older arka made is upgraded by the first read where it can be written, and refused in one sentence where it cannot")
    func olderLedgerInReadOnlyFolder() throws {
        guard GoldenTests.available("sqlite3") else { return GoldenTests.missingPeer("sqlite3, which this test needs, is") }
        let expected = try expectedReads()
        // As an arka before funds named their donor reports left its ledgers.
        #expect(try sh("mkdir ro && cp books.arka ro/").status == 0)
        try OlderLedger.make(at: folder.appendingPathComponent("ro/books.arka").path, before: .fundReports)
        #expect(try sh("cp ro/books.arka older.arka").status == 0)
        let locked = try sh(getuid() == 0 ? "chattr +i ro" : "chmod 555 ro")
        guard locked.status == 0 else {
            if GoldenTests.underCI { Issue.record("cannot make a read-only folder here: \(locked.stderr)") }
            return
        }
        defer { _ = try? sh(getuid() == 0 ? "chattr -i ro" : "chmod 755 ro") }
        let refused = try sh("arka balance --ledger ro/books.arka")
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "error: ro/books.arka: the ledger was made by an older arka and must be upgraded once before it can be read, which needs write access, but the ledger's folder is read-only; give write access to the folder, or copy the ledger to one you can write to\n"
        )
        // Where it can be written, the first read upgrades it and reads it.
        let upgraded = try sh("arka balance --ledger older.arka")
        #expect(upgraded.status == 0, "\(upgraded.stderr)")
        #expect(upgraded.stdout == expected["balance"]?.stdout)
        #expect(try sh("sqlite3 older.arka \"SELECT COUNT(*) FROM grdb_migrations WHERE identifier = 'v11 fund reports'\"").stdout == "1\n")
    }

    @Test("on a read-only medium every read command works; a write is refused in one sentence")
    func readOnlyMedium() throws {
        guard try mountingAllowed() else { return }
        let expected = try expectedReads()
        let script = """
            set -e
            mkdir -p medium
            mount -t tmpfs -o size=8m tmpfs medium
            cp books.arka medium/
            mount -o remount,ro medium
            touch medium/probe 2>/dev/null && echo "the medium takes files" && exit 3
            for command in \(Self.reads.map { "'\($0)'" }.joined(separator: " ")); do
              arka $command --ledger medium/books.arka > "out-$command.txt" 2> "err-$command.txt" || echo "$command failed"
            done
            arka export xlsx --ledger medium/books.arka --report audit-pack --output pack.xlsx > out-pack.txt 2>&1 || echo "audit pack failed"
            arka post --ledger medium/books.arka more.csv > out-post.txt 2> err-post.txt && echo "post was not refused"
            ls -A medium > medium-files.txt
            cmp books.arka medium/books.arka || echo "the ledger changed"
            """
        let run = try sh("unshare --mount --propagation private sh -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))'")
        #expect(run.status == 0 && run.stdout == "" && run.stderr == "", "\(run.stdout)\n\(run.stderr)")
        for command in Self.reads {
            let out = try String(contentsOf: folder.appendingPathComponent("out-\(command).txt"), encoding: .utf8)
            let err = try String(contentsOf: folder.appendingPathComponent("err-\(command).txt"), encoding: .utf8)
            #expect(out == expected[command]?.stdout, "read-only medium: arka \(command)")
            #expect(err == "", "read-only medium: arka \(command)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("out-pack.txt"), encoding: .utf8) == "Wrote audit-pack to pack.xlsx\n")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("err-post.txt"), encoding: .utf8)
                == "error: medium/books.arka: this command writes to the ledger, but the ledger is on a read-only medium; copy it to a folder you can write to\n"
        )
        #expect(try String(contentsOf: folder.appendingPathComponent("medium-files.txt"), encoding: .utf8) == "books.arka\n")
    }

    @Test("on a full disk every read command works; a write says the disk is full; the ledger is unchanged")
    func fullDisk() throws {
        guard try mountingAllowed() else { return }
        let expected = try expectedReads()
        let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("books.arka").path)[.size] as? Int ?? 0
        let script = """
            set -e
            mkdir -p disk
            mount -t tmpfs -o size=\(size / 1024 + 512)k tmpfs disk
            cp books.arka disk/
            dd if=/dev/zero of=disk/filler bs=4096 2>/dev/null || true
            for command in \(Self.reads.map { "'\($0)'" }.joined(separator: " ")); do
              arka $command --ledger disk/books.arka > "out-$command.txt" 2> "err-$command.txt" || echo "$command failed"
            done
            arka post --ledger disk/books.arka more.csv > out-post.txt 2> err-post.txt && echo "post was not refused"
            arka export journal --ledger disk/books.arka --output disk/books.journal 2> err-journal.txt && echo "the export was not refused"
            ls -A disk > disk-files.txt
            cmp books.arka disk/books.arka || echo "the ledger changed"
            """
        let run = try sh("unshare --mount --propagation private sh -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))'")
        #expect(run.status == 0 && run.stdout == "" && run.stderr == "", "\(run.stdout)\n\(run.stderr)")
        for command in Self.reads {
            let out = try String(contentsOf: folder.appendingPathComponent("out-\(command).txt"), encoding: .utf8)
            let err = try String(contentsOf: folder.appendingPathComponent("err-\(command).txt"), encoding: .utf8)
            #expect(out == expected[command]?.stdout, "full disk: arka \(command)")
            #expect(err == "", "full disk: arka \(command)")
        }
        #expect(
            try String(contentsOf: folder.appendingPathComponent("err-post.txt"), encoding: .utf8)
                == "error: disk/books.arka: the disk holding the ledger is full; nothing was written: free some space and run the command again\n"
        )
        #expect(
            try String(contentsOf: folder.appendingPathComponent("err-journal.txt"), encoding: .utf8)
                == "error: disk/books.journal: cannot write the file: the disk is full; free some space and run the command again\n"
        )
        // No half-written export is left on the disk.
        #expect(try String(contentsOf: folder.appendingPathComponent("disk-files.txt"), encoding: .utf8).split(separator: "\n").filter { $0.contains("journal") } == [])
    }
}
