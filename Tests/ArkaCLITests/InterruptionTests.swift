import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `arka` interrupted while it holds a file under a hidden name: the signal handlers remove the
/// file, the command ends by the signal (a shell's status 130, 143 or 129), and nothing is left
/// in the folder but what was there before.
///
/// The commands are stopped at their staging point by `ARKA_TEST_HOLD_AT_STAGING`, which makes
/// `arka` say "holding PATH" on standard error and wait there for a signal: the kill lands at a
/// known moment, not by chance.
@Suite("arka interrupted")
struct InterruptionTests {
    enum Command: String, CaseIterable, CustomTestStringConvertible {
        case initLedger = "init"
        case exportJournal = "export journal"
        case exportWorkbook = "export xlsx"

        var testDescription: String { rawValue }
    }

    static let signals: [(name: String, number: Int32)] = [("SIGINT", SIGINT), ("SIGTERM", SIGTERM), ("SIGHUP", SIGHUP)]

    /// A folder outside the repository holding a small ledger with an earlier journal export and
    /// workbook, which an interrupted export must leave exactly as they were.
    struct Books {
        var folder: URL
        var arka: URL

        init() throws {
            arka = try #require(GoldenTests.executable, "build arka first: swift build")
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-interrupted-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let small = GoldenTests.cases.appendingPathComponent("fixtures/small").path
            let setup = try GoldenTests.run(
                "arka init --ledger books.arka --from '\(small)' && arka post --ledger books.arka '\(small)/postings.csv' "
                    + "&& arka export journal --ledger books.arka --output books.journal "
                    + "&& arka export xlsx --ledger books.arka --report trial-balance --output tb.xlsx --templates '\(GoldenTests.repository.path)/templates/workbooks'",
                in: folder, arka: arka)
            try #require(setup.status == 0, "setting up the books: \(setup.stderr)")
        }

        /// The names in the folder, hidden ones included, with each file's bytes; SQLite's own
        /// `-wal` and `-shm` beside the ledger, which a killed reader leaves and the next opening
        /// folds back, are left out, once checked to hold no written page.
        func contents() throws -> [String: Data] {
            var result: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".arka-test-") {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                if name.hasSuffix(".arka-shm") { continue }
                if name.hasSuffix(".arka-wal") {
                    #expect(data.isEmpty, "\(name): an interrupted export writes nothing to the ledger")
                    continue
                }
                result[name] = data
            }
            return result
        }

        /// The command's arguments, every path absolute (the command runs in the test's folder).
        func arguments(_ command: Command) -> [String] {
            func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
            switch command {
            case .initLedger: return ["init", "--ledger", path("new.arka"), "--from", GoldenTests.cases.appendingPathComponent("fixtures/small").path]
            case .exportJournal: return ["export", "journal", "--ledger", path("books.arka"), "--output", path("books.journal")]
            case .exportWorkbook:
                return [
                    "export", "xlsx", "--ledger", path("books.arka"), "--report", "trial-balance", "--output", path("tb.xlsx"), "--templates",
                    GoldenTests.repository.appendingPathComponent("templates/workbooks").path,
                ]
            }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Starts `arka` with the hold set and the three signals at their default
    /// action whatever this process inherited (a shell ignores SIGINT in a background job), waits
    /// until it says it holds its staging file, and returns its process id and that file's name.
    static func startHolding(_ arguments: [String], in books: Books) throws -> (pid: pid_t, staging: String) {
        let errors = books.folder.appendingPathComponent(".arka-test-stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in signals { sigaddset(&defaults, signal.number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var environment = ProcessInfo.processInfo.environment
        environment["ARKA_TEST_HOLD_AT_STAGING"] = "1"
        environment["ARKA_USER"] = "finance-officer"
        environment["ARKA_LEDGER"] = nil
        let argv = ([books.arka.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, books.arka.path, &actions, &attributes, argv, envp)
        try #require(spawned == 0, "posix_spawn: \(String(cString: strerror(spawned)))")
        // The hold is reached within seconds; a minute allows for a loaded machine.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            if let line = said.split(separator: "\n").first(where: { $0.hasPrefix("holding ") }) {
                return (pid, String(line.dropFirst("holding ".count)))
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                Issue.record("arka \(arguments.joined(separator: " ")) ended (status \(status)) before it held its staging file: \(said)")
                return (0, "")
            }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        Issue.record("arka \(arguments.joined(separator: " ")) never reached its staging file")
        return (0, "")
    }

    /// Waits for the process and returns the signal that ended it (0 when it exited).
    static func endingSignal(_ pid: pid_t) -> (signal: Int32, exitStatus: Int32) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (0, (status >> 8) & 0xff) : (signal, 0)
    }

    @Test(
        "an interrupting signal removes the staging file and ends the command by that signal",
        arguments: Command.allCases, signals.map(\.name))
    func interrupted(command: Command, signalName: String) throws {
        let books = try Books()
        defer { books.remove() }
        let before = try books.contents()
        let (pid, staging) = try Self.startHolding(books.arguments(command), in: books)
        guard pid > 0 else { return }
        let name = URL(fileURLWithPath: staging).lastPathComponent
        let expectedName: String
        switch command {
        case .initLedger: expectedName = ".new.arka.creating-\(pid)"
        case .exportJournal: expectedName = ".books.journal.\(pid).tmp"
        case .exportWorkbook: expectedName = ".tb.xlsx.\(pid).partial"
        }
        #expect(name == expectedName)
        #expect(FileManager.default.fileExists(atPath: books.folder.appendingPathComponent(name).path), "the staging file is there while held")
        let number = try #require(Self.signals.first { $0.name == signalName }?.number)
        kill(pid, number)
        let ended = Self.endingSignal(pid)
        #expect(ended.signal == number, "ended by \(signalName), so that a shell reports \(128 + number)")
        #expect(128 + ended.signal == [SIGINT: 130, SIGTERM: 143, SIGHUP: 129][number])
        let after = try books.contents()
        #expect(after.keys.sorted() == before.keys.sorted(), "nothing new is left in the folder")
        #expect(after == before, "the earlier exports and the ledger are as they were")
    }

    @Test("a held command that is killed outright leaves its staging file, and the next init removes it")
    func killedOutright() throws {
        let books = try Books()
        defer { books.remove() }
        let before = try books.contents()
        let (pid, staging) = try Self.startHolding(books.arguments(.initLedger), in: books)
        guard pid > 0 else { return }
        kill(pid, SIGKILL)
        #expect(Self.endingSignal(pid).signal == SIGKILL)
        let name = URL(fileURLWithPath: staging).lastPathComponent
        #expect(try books.contents().keys.sorted() == (before.keys + [name]).sorted(), "SIGKILL cannot be caught: the staging file stays")
        let again = try GoldenTests.run(
            "arka init --ledger again.arka --from '\(GoldenTests.cases.path)/fixtures/small'", in: books.folder, arka: books.arka)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try books.contents().keys.sorted() == (before.keys + ["again.arka"]).sorted(), "the process is gone, so init removed its file")
    }
}
