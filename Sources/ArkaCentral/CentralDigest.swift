import ArkaBooks
import ArkaCore
import ArkaStore
import Foundation
import PostgresNIO

/// The heads of every office's chain at the centre, to keep outside both the offices and the
/// centre (printed, mailed to the donor, in the auditor's file), as SQL Server keeps a ledger
/// table's digests outside the database: `arka central verify --digest FILE` then proves that the
/// centre still holds everything the digest saw, unchanged.
///
/// ```
/// # Arka centre digest
/// taken: 2026-12-06T14:00:00Z
/// office: FIER 1234 9f2c…
/// ```
public struct CentralDigest: Sendable, Equatable {
    /// One office's head: how many entries the centre held and the last one's hash.
    public struct Office: Sendable, Equatable {
        public var code: String
        public var head: JournalHead
    }

    public var takenAt: String
    public var offices: [Office]

    /// The first line of a centre's digest file.
    public static let firstLine = OutputFile.Kind.centreDigestFirstLine

    /// The digest as its file holds it.
    public var text: String {
        var lines = [
            Self.firstLine + ": keep it away from the centre and the offices, and check the centre against it with",
            "#   arka central verify --database URL --digest FILE",
            "taken: \(takenAt)",
        ]
        lines += offices.map { "office: \($0.code) \($0.head.sequence) \($0.head.hash)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The heads the centre holds now, of one office or of all of them.
    /// - Throws: ``ArkaError/Kind/io`` with the centre's sentence.
    public static func take(from centre: CentralConnection, office: String? = nil, at takenAt: String) async throws -> CentralDigest {
        try await CentralSchema.requireCurrent(centre)
        let rows = try await centre.rows(
            """
            SELECT o.code, COALESCE(e.seq, 0), COALESCE(e.hash, repeat('0', 64))
            FROM arka.office o
            LEFT JOIN LATERAL (SELECT seq, hash FROM arka.entry WHERE office = o.code ORDER BY seq DESC LIMIT 1) e ON true
            WHERE \(office ?? "") = '' OR o.code = \(office ?? "")
            ORDER BY o.code
            """)
        let offices = try rows.map { row in
            let (code, sequence, hash) = try row.decode((String, Int64, String).self)
            return Office(code: code, head: JournalHead(sequence: sequence, hash: hash))
        }
        if let office, offices.isEmpty {
            throw ArkaError(.badSetting, "the centre holds no office \(office)", field: "--office", value: office)
        }
        return CentralDigest(takenAt: takenAt, offices: offices)
    }

    /// Reads a centre's digest file.
    /// - Throws: ``ArkaError/Kind/io`` when it cannot be read; ``ArkaError/Kind/badDigest`` naming
    ///   the file and line of what is not a centre's digest.
    public static func read(file: String) throws -> CentralDigest {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ArkaError(.io, "cannot read the digest", location: SourceLocation(file: file))
        }
        guard let text = String(bytes: data, encoding: .utf8), text.hasPrefix(firstLine) else {
            throw ArkaError(.badDigest, "not a centre's digest written by arka central digest (its first line is not \"\(firstLine)\")", location: SourceLocation(file: file, line: 1))
        }
        var digest = CentralDigest(takenAt: "", offices: [])
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.hasPrefix("#") && !line.isEmpty {
            let location = SourceLocation(file: file, line: index + 1)
            if line.hasPrefix("taken:") {
                let taken = line.dropFirst("taken:".count).trimmingCharacters(in: .whitespaces)
                do {
                    try TextLimit.check(taken, field: "taken", limit: .reference)
                } catch let error as ArkaError {
                    throw error.at(file: file, line: index + 1)
                }
                digest.takenAt = taken
                continue
            }
            let parts = line.split(separator: " ")
            guard parts.count == 4, parts[0] == "office:", String(parts[1]).range(of: CentralSync.officeCode, options: .regularExpression) != nil,
                let count = Int64(parts[2]), count >= 0, parts[3].utf8.count == 64, parts[3].allSatisfy(\.isHexDigit)
            else {
                throw ArkaError(.badDigest, "not a line of a centre's digest: office: CODE ENTRIES HASH", location: location)
            }
            digest.offices.append(Office(code: String(parts[1]), head: JournalHead(sequence: count, hash: String(parts[3]))))
        }
        return digest
    }
}

/// What `arka central verify` found: each office's chain recomputed in the database (every link,
/// every hash from the entry's canonical form), the posting rows the reports read against the
/// forms they came with, the monthly totals summed again from the postings, and the centre against
/// a digest kept elsewhere.
public struct CentralVerification: Sendable, Equatable {
    public var offices: [CentralDigest.Office]
    /// What is wrong, one sentence each, in the order found; empty when the centre is intact.
    public var problems: [String]
    public var passes: Bool { problems.isEmpty }

    /// Recomputes every office's chain where it is kept (the hashes are made by the database
    /// server from the stored canonical forms) and compares the centre with `digest`.
    /// - Throws: ``ArkaError/Kind/io`` with the centre's sentence.
    public static func verify(_ centre: CentralConnection, against digest: CentralDigest? = nil) async throws -> CentralVerification {
        try await CentralSchema.requireCurrent(centre)
        var problems: [String] = []
        let broken = try await centre.rows(
            """
            SELECT office, seq, id, links, holds, in_order FROM (
                SELECT office, seq, id,
                    prev_hash = COALESCE(lag(hash) OVER w, repeat('0', 64)) AS links,
                    hash = encode(sha256(convert_to(prev_hash, 'UTF8') || canonical), 'hex') AS holds,
                    seq = row_number() OVER w AS in_order
                FROM arka.entry WINDOW w AS (PARTITION BY office ORDER BY seq)) checked
            WHERE NOT (links AND holds AND in_order)
            ORDER BY office, seq LIMIT 100
            """)
        for row in broken {
            let (office, sequence, id, links, holds, inOrder) = try row.decode((String, Int64, String, Bool, Bool, Bool).self)
            if !inOrder {
                problems.append(tr("office \(office): entry #\(sequence) (\(id)) does not follow the entry before it: an entry is missing"))
            } else if !links {
                problems.append(tr("office \(office): entry #\(sequence) (\(id)) does not link to the entry before it"))
            } else if !holds {
                problems.append(tr("office \(office): entry #\(sequence) (\(id)) is not what its hash says"))
            }
        }
        problems += try await postingProblems(centre)
        problems += try await totalsProblems(centre)
        let now = try await CentralDigest.take(from: centre, at: "")
        if let digest {
            let held = Dictionary(now.offices.map { ($0.code, $0.head) }, uniquingKeysWith: { first, _ in first })
            for office in digest.offices {
                guard let head = held[office.code] else {
                    problems.append(tr("office \(office.code): the digest of \(digest.takenAt) names it, and the centre no longer holds it"))
                    continue
                }
                if head.sequence < office.head.sequence {
                    problems.append(tr("office \(office.code): the digest of \(digest.takenAt) saw \(office.head.sequence) entries, the centre holds \(head.sequence)"))
                    continue
                }
                guard office.head.sequence > 0 else { continue }
                let hash = try await centre.rows("SELECT hash FROM arka.entry WHERE office = \(office.code) AND seq = \(office.head.sequence)").first
                    .map { try $0.decode(String.self) }
                if hash != office.head.hash {
                    problems.append(tr("office \(office.code): entry #\(office.head.sequence) is not the one the digest of \(digest.takenAt) saw"))
                }
            }
        }
        return CentralVerification(offices: now.offices, problems: problems)
    }

    /// The monthly totals (`arka.total`, what each sync added) that are not the sums of the
    /// postings they stand for: per office, month, account, currency, fund and budget line.
    /// - Throws: ``ArkaError/Kind/io`` with the centre's sentence.
    static func totalsProblems(_ centre: CentralConnection) async throws -> [String] {
        let differing = try await centre.rows(
            """
            SELECT COALESCE(t.office, p.office), COALESCE(t.month, p.month), COALESCE(t.account, p.account), COALESCE(t.currency, p.currency),
                COALESCE(t.fund, p.fund), COALESCE(t.budget_line, p.budget_line)
            FROM (SELECT office, month, account, currency, fund, budget_line,
                         SUM(debit) AS debit, SUM(credit) AS credit, SUM(base_debit) AS base_debit, SUM(base_credit) AS base_credit
                  FROM arka.total GROUP BY 1, 2, 3, 4, 5, 6) t
            FULL JOIN (SELECT p.office, to_char(e.date, 'YYYY-MM') AS month, p.account, p.currency, COALESCE(p.fund, '') AS fund,
                              COALESCE(p.budget_line, '') AS budget_line,
                              SUM(GREATEST(p.amount, 0)) AS debit, SUM(GREATEST(-p.amount, 0)) AS credit,
                              SUM(GREATEST(p.base_amount, 0)) AS base_debit, SUM(GREATEST(-p.base_amount, 0)) AS base_credit
                       FROM arka.posting p JOIN arka.entry e ON e.office = p.office AND e.seq = p.seq
                       -- The entries of syncs that kept totals (a centre before v2 kept none).
                       WHERE EXISTS (SELECT 1 FROM arka.sync s WHERE s.office = p.office AND s.record_hash IS NOT NULL
                                     AND p.seq BETWEEN s.first_seq AND s.last_seq)
                       GROUP BY 1, 2, 3, 4, 5, 6) p
              ON (t.office, t.month, t.account, t.currency, t.fund, t.budget_line) = (p.office, p.month, p.account, p.currency, p.fund, p.budget_line)
            WHERE (t.debit, t.credit, t.base_debit, t.base_credit) IS DISTINCT FROM (p.debit, p.credit, p.base_debit, p.base_credit)
            ORDER BY 1, 2, 3, 4, 5, 6 LIMIT 20
            """)
        return try differing.map { row in
            let (office, month, account, currency, fund, line) = try row.decode((String, String, String, String, String, String).self)
            let key = [account, currency, fund, line].filter { !$0.isEmpty }.joined(separator: " ")
            return tr("office \(office): the totals of \(key) in \(month) are not the sums of its postings")
        }
    }

    /// The entries whose posting rows (what the reports read) are not the postings their
    /// canonical form holds (what the hash covers), each read back from its form.
    /// - Throws: ``ArkaError/Kind/io`` with the centre's sentence.
    static func postingProblems(_ centre: CentralConnection) async throws -> [String] {
        var problems: [String] = []
        let offices = try await centre.rows("SELECT code, base_currency FROM arka.office ORDER BY code").map { try $0.decode((String, String).self) }
        for (office, baseCode) in offices {
            let base = try Currency(code: baseCode)
            var next: Int64 = 1
            while problems.count < 20 {
                let entries = try await centre.rows(
                    "SELECT seq, id, canonical FROM arka.entry WHERE office = \(office) AND seq >= \(next) ORDER BY seq LIMIT \(CentralSync.batch)"
                ).map { row in
                    let (sequence, id, form) = try row.decode((Int64, String, ByteBuffer).self)
                    return (sequence, id, Array(form.readableBytesView))
                }
                guard let last = entries.last?.0 else { break }
                var rows: [Int64: [String]] = [:]
                for row in try await centre.rows(
                    """
                    SELECT seq, position, account, amount, currency, fund, budget_line, base_amount FROM arka.posting
                    WHERE office = \(office) AND seq BETWEEN \(next) AND \(last) ORDER BY seq, position
                    """)
                {
                    let (sequence, position, account, amount, currency, fund, line, baseAmount) = try row.decode(
                        (Int64, Int32, String, Int64, String, String?, String?, Int64).self)
                    rows[sequence, default: []].append("\(position) \(account) \(amount) \(currency) \(fund ?? "-") \(line ?? "-") \(baseAmount)")
                }
                for (sequence, id, form) in entries {
                    let held: [String]
                    do {
                        let postings = try CanonicalForm.read(form, base: base).entry.postings
                        held = postings.enumerated().map { position, posting in
                            "\(position) \(posting.account) \(posting.amount.minorUnits) \(posting.amount.currency.code) \(posting.fund ?? "-") \(posting.budgetLine ?? "-") \(posting.baseAmount.minorUnits)"
                        }
                    } catch {
                        problems.append(tr("office \(office): entry #\(sequence) (\(id)) holds a form that does not read"))
                        continue
                    }
                    if held != rows[sequence] ?? [] {
                        problems.append(tr("office \(office): the postings of entry #\(sequence) (\(id)) are not those its form holds"))
                    }
                }
                next = last + 1
            }
        }
        return problems
    }
}
