import ArkaCore
import ArkaStore
import Foundation

/// The heads of a ledger's two hash chains at a moment, to be kept away from the ledger:
/// printed in the audit file, mailed to the donor, written on the audit pack's cover.
///
/// The chains inside the file prove that no posted entry or recorded row was changed unless
/// someone also recomputed every hash after it; nothing inside the file can prove that. A digest
/// kept elsewhere can: a ledger still "extends" a digest when its journal still holds entry
/// number `entries` with hash `head`, and its record log record `records` with hash
/// `recordHead`. A journal cut back, or a chain recomputed from a changed row on, fails
/// (`arka verify --digest FILE`). This is SQL Server's ledger digest, kept outside the database.
///
/// ```swift
/// let digest = try ledger.digest(at: "2026-12-05T10:00:00Z")
/// try digest.text.write(toFile: "books.digest", atomically: true, encoding: .utf8)
/// let again = try LedgerDigest.parse(digest.text, file: "books.digest")   // == digest
/// ```
public struct LedgerDigest: Sendable, Equatable {
    /// The ledger's file name, as a reminder for the reader (not checked).
    public var ledger: String
    /// When the digest was taken (ISO 8601, UTC).
    public var takenAt: String
    /// The journal's last entry: its sequence number (the number of entries) and hash.
    public var journal: JournalHead
    /// The record log's last seal: the number of the last record it covers, and its hash.
    public var records: JournalHead
    /// The hash of the journal's first entry, which tells these books from any other (nil while
    /// the journal is empty).
    public var firstEntry: String?

    public init(ledger: String, takenAt: String, journal: JournalHead, records: JournalHead, firstEntry: String? = nil) {
        self.ledger = ledger
        self.takenAt = takenAt
        self.journal = journal
        self.records = records
        self.firstEntry = firstEntry
    }

    /// The first line of a digest file, which tells it from any other file.
    public static let firstLine = "# Arka ledger digest"

    /// The keys of a digest's `key: value` lines, in the order a digest file holds them: words
    /// of the file format, the same in every language.
    public static let keys = ["ledger", "taken", "first_entry", "entries", "head", "records", "record_head"]

    /// The digest as its file holds it: a comment line of advice after ``firstLine``, then
    /// ``record``'s lines.
    public var text: String {
        """
        \(Self.firstLine): keep it away from the ledger, and check the ledger against it with
        #   arka verify --ledger \(ledger) --digest FILE
        \(keyLines)

        """
    }

    /// The digest without advice: ``firstLine`` and the `key: value` lines, which is all
    /// ``parse(_:file:)`` needs. A workbook's cover shows this, with the advice in its own words.
    public var record: String { "\(Self.firstLine)\n\(keyLines)" }

    private var keyLines: String {
        let values = [ledger, takenAt, firstEntry, String(journal.sequence), journal.hash, String(records.sequence), records.hash]
        return zip(Self.keys, values).compactMap { key, value in value.map { "\(key): \($0)" } }.joined(separator: "\n")
    }

    /// Reads a digest file (``parse(_:file:)``).
    /// - Throws: ``ArkaError/Kind/io`` when the file cannot be read; ``ArkaError/Kind/badText``
    ///   for bytes that are not UTF-8; what ``parse(_:file:)`` throws.
    public static func read(file: String) throws -> LedgerDigest {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ArkaError(.io, "cannot read the digest", location: SourceLocation(file: file))
        }
        guard let text = String(bytes: data, encoding: .utf8) else {
            throw ArkaError(.badText, "the digest is not UTF-8 text", location: SourceLocation(file: file))
        }
        return try parse(text, file: file)
    }

    /// Reads a digest file's text; every value is held to the text rule (``TextLimit``).
    /// - Throws: ``ArkaError/Kind/invalidInput`` naming the file, the line and the field when
    ///   the text is not a digest (a missing key, a count that is not a number, a hash that is
    ///   not 64 hexadecimal digits).
    public static func parse(_ text: String, file: String) throws -> LedgerDigest {
        guard text.hasPrefix(firstLine) else {
            throw ArkaError(.badDigest, "not a digest written by arka digest (its first line is not \"\(firstLine)\")", location: SourceLocation(file: file, line: 1))
        }
        var values: [String: (value: String, line: Int)] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            do {
                try TextLimit.check(value, field: key == "ledger" ? "ledger" : "code", limit: key == "ledger" ? .path : .reference)
            } catch let error as ArkaError {
                throw error.at(file: file, line: index + 1)
            }
            values[key] = (value, index + 1)
        }
        func value(_ key: String) throws -> (value: String, line: Int) {
            guard let found = values[key] else {
                throw ArkaError(.badDigest, "the digest has no \(key) line", location: SourceLocation(file: file))
            }
            return found
        }
        func count(_ key: String) throws -> Int64 {
            let found = try value(key)
            guard let number = Int64(found.value), number >= 0 else {
                throw ArkaError(.badDigest, "not a count", location: SourceLocation(file: file, line: found.line, field: key, value: TextLimit.preview(found.value)))
            }
            return number
        }
        func hash(_ key: String) throws -> String {
            let found = try value(key)
            guard found.value.utf8.count == 64, found.value.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
                throw ArkaError(.badDigest, "not a SHA-256 hash (64 hexadecimal digits)", location: SourceLocation(file: file, line: found.line, field: key, value: TextLimit.preview(found.value)))
            }
            return found.value
        }
        return LedgerDigest(
            ledger: try value("ledger").value, takenAt: try value("taken").value,
            journal: JournalHead(sequence: try count("entries"), hash: try hash("head")),
            records: JournalHead(sequence: try count("records"), hash: try hash("record_head")),
            firstEntry: values["first_entry"] == nil ? nil : try hash("first_entry"))
    }
}

extension Ledger {
    /// The ledger's digest now: the heads of the journal and of the record log, read in one
    /// snapshot.
    ///
    /// ```swift
    /// print(try ledger.digest(at: Signature.now().timestamp).text)
    /// ```
    /// - Throws: ``ArkaError/Kind/io`` when the ledger cannot be read.
    public func digest(at timestamp: String) throws -> LedgerDigest {
        try store.read { db in
            let view = LedgerView(db)
            let journal = try view.head()
            return LedgerDigest(
                ledger: (path as NSString).lastPathComponent, takenAt: timestamp, journal: journal, records: try view.recordHead(),
                firstEntry: journal.sequence == 0 ? nil : try view.entryHash(at: 1))
        }
    }
}

extension LedgerView {
    /// What the ledger lacks to extend `digest`, first problem first; empty when the ledger
    /// still holds the entry and the record the digest names, with their hashes.
    /// - Throws: a database error.
    public func problems(extending digest: LedgerDigest, named name: String) throws -> [String] {
        var problems: [String] = []
        let taken = "the digest \(name) (taken \(digest.takenAt))"
        if let first = digest.firstEntry, try entryHash(at: 1) != first {
            return ["entry #1 is not the first entry named by \(taken): the digest was taken of other books (\(digest.ledger)), or the journal was rewritten from its first entry and its chain recomputed"]
        }
        switch try entryHash(at: digest.journal.sequence) {
        case nil:
            problems.append(tr("the journal no longer holds entry #\(digest.journal.sequence) named by \(taken): entries were removed from its end"))
        case let hash? where hash != digest.journal.hash:
            problems.append(tr("entry #\(digest.journal.sequence) is not the one named by \(taken): the journal was rewritten and its chain recomputed"))
        default: break
        }
        switch try recordHash(at: digest.records.sequence) {
        case nil:
            problems.append(tr("the record log no longer holds the seal of record #\(digest.records.sequence) named by \(taken): records were removed from its end"))
        case let hash? where hash != digest.records.hash:
            problems.append(tr("the seal of record #\(digest.records.sequence) is not the one named by \(taken): the record log was rewritten and its chain recomputed"))
        default: break
        }
        return problems
    }
}
