import ArkaCore
import ArkaFiles
import Foundation

/// How a file from a bank or from a spreadsheet is read as one of Arka's CSV files: its field
/// separator, its decimal comma, its day-first dates, its column names, a signed amount made of
/// two columns, rows to skip above the header, and lines newest first. A profile is data, a YAML
/// file (hledger's CSV rules are the model); `--profile NAME` on `post`, `sales import`,
/// `expense import` and `bank import` names one.
///
/// ```yaml
/// name: bank-bkt
/// description: Statement export of Banka Kombëtare Tregtare (CSV)
/// separator: ";"
/// decimal_comma: true
/// day_first: true
/// skip_rows: 3
/// newest_first: true
/// columns:
///   data e veprimit: date
///   përshkrimi: description
///   gjendja: balance
/// amount:
///   plus: kredi
///   minus: debi
/// ```
///
/// A file read through a profile gives the rows the command's own columns would: a date
/// `31.01.2024` reads as `2024-01-31`, an amount `1.234,50` as `1234.50`, `kredi` less `debi`
/// as `amount`. Every refusal still names the file's own line.
public struct ImportProfile: Sendable, Equatable {
    public var name: String
    public var description: String
    /// The byte between fields: `,`, `;` or a tab.
    public var separator: UInt8 = UInt8(ascii: ",")
    /// Amounts written `1.234,50` (or `1 234,50`): the comma is the decimal mark.
    public var decimalComma = false
    /// Dates written day first: `31.01.2024`, `31/01/2024`, `31-01-2024`.
    public var dayFirst = false
    /// Lines above the header (a bank's title, the account, the period), skipped.
    public var skipRows = 0
    /// A statement's lines come newest first: they are read in the other order.
    public var newestFirst = false
    /// The file's character encoding when it is not UTF-8: a "CSV" an older Excel saves in the
    /// Windows code page of its locale (`windows-1250` for Albanian), read and turned to UTF-8
    /// before anything else; nil for UTF-8.
    public var encoding: TextEncoding?

    /// An encoding a profile may name, other than UTF-8.
    public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
        case windows1250 = "windows-1250"
        case windows1252 = "windows-1252"
        case iso88592 = "iso-8859-2"
        case iso88591 = "iso-8859-1"

        var foundation: String.Encoding {
            switch self {
            case .windows1250: .windowsCP1250
            case .windows1252: .windowsCP1252
            case .iso88592: .isoLatin2
            case .iso88591: .isoLatin1
            }
        }

        /// The file's bytes as UTF-8.
        /// - Throws: ``ArkaError/Kind/badText`` naming the file when its bytes are not text in this encoding.
        func utf8(_ data: Data, file: String) throws -> Data {
            // UTF-8 with letters beyond ASCII is never Windows text that happens to decode: read
            // as this encoding, its letters would turn into others without a word.
            if data.contains(where: { $0 >= 0x80 }), String(data: data, encoding: .utf8) != nil {
                throw ArkaError(
                    .badText, "the file is UTF-8 text, not \(rawValue) as its import profile says: read it through a profile without an encoding",
                    location: SourceLocation(file: file))
            }
            guard let text = String(data: data, encoding: foundation) else {
                throw ArkaError(.badText, "the file is not \(rawValue) text, as its import profile says", location: SourceLocation(file: file))
            }
            return Data(text.utf8)
        }
    }
    /// The file's column names (as written, any case) and the command's column each one is.
    public var columns: [String: String] = [:]
    /// The file's columns Arka has no use for (a value date, the bank's reference): skipped.
    public var ignored: Set<String> = []
    /// The file's columns whose difference is the signed amount: `plus` less `minus`.
    public var amount: (plus: String, minus: String)? {
        get { amountColumns.map { ($0[0], $0[1]) } }
        set { amountColumns = newValue.map { [$0.plus, $0.minus] } }
    }
    private var amountColumns: [String]?

    /// The command's columns holding numbers, read with the profile's decimal mark.
    static let numericColumns: Set<String> = ["amount", "balance", "rate", "price", "unit_price", "quantity", "vat", "counted"]

    public init(name: String, description: String = "") {
        self.name = name
        self.description = description
    }

    /// The keys a profile file takes.
    static let keys = ["name", "description", "separator", "decimal_comma", "day_first", "skip_rows", "newest_first", "encoding", "columns", "ignore", "amount"]

    /// Reads a profile file.
    /// - Throws: ``ArkaError/Kind/badSetting`` naming the file, line and key of each problem.
    public static func load(file: String) throws -> ImportProfile {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ArkaError(.io, "cannot read the import profile", location: SourceLocation(file: file))
        }
        guard let node = try YAMLNode.compose(yaml: try YAMLNode.readText(data, file: file), file: file, kind: .badSetting) else {
            throw ArkaError(.badSetting, "the import profile is empty; it names at least its name", location: SourceLocation(file: file))
        }
        let entries = try YAMLNode(node: node, path: "", file: file, kind: .badSetting).entries(allowed: keys)
        guard let nameNode = entries["name"] else {
            throw ArkaError(.badSetting, "a profile needs a name", location: SourceLocation(file: file, field: "name"))
        }
        var profile = ImportProfile(name: try nameNode.scalar(), description: try entries["description"]?.scalar() ?? "")
        if let node = entries["separator"] {
            profile.separator = try node.parse { text in
                switch text {
                case ",": return UInt8(ascii: ",")
                case ";": return UInt8(ascii: ";")
                case "tab", "\t": return UInt8(ascii: "\t")
                default: throw ArkaError(.badSetting, "the separator is \",\", \";\" or tab")
                }
            }
        }
        profile.decimalComma = try entries["decimal_comma"]?.boolean() ?? false
        profile.dayFirst = try entries["day_first"]?.boolean() ?? false
        profile.skipRows = try entries["skip_rows"]?.integer(in: 0...100) ?? 0
        profile.newestFirst = try entries["newest_first"]?.boolean() ?? false
        if let node = entries["encoding"] {
            profile.encoding = try node.parse { text in
                let name = text.lowercased()
                if ["utf-8", "utf8"].contains(name) { return nil }
                guard let encoding = TextEncoding(rawValue: name) else {
                    throw ArkaError(.badSetting, "the encoding is utf-8, \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return encoding
            }
        }
        if let node = entries["columns"] {
            for entry in try node.entryList() {
                profile.columns[Self.folded(entry.key)] = try entry.node.scalar().trimmingSpaces.lowercased()
            }
        }
        if let node = entries["ignore"] {
            profile.ignored = Set(try node.sequence().map { Self.folded(try $0.scalar()) })
        }
        if let node = entries["amount"] {
            let parts = try node.entries(allowed: ["plus", "minus"])
            guard let plus = parts["plus"], let minus = parts["minus"] else {
                throw node.error("amount names the column added (plus) and the one taken away (minus)")
            }
            profile.amount = (Self.folded(try plus.scalar()), Self.folded(try minus.scalar()))
        }
        return profile
    }

    /// A header name as profiles compare them: trimmed, in lower case.
    static func folded(_ name: String) -> String { name.trimmingSpaces.lowercased() }

    /// The command's column a header name of the file stands for (itself when the profile does
    /// not rename it).
    func column(for header: String) -> String {
        let name = Self.folded(header)
        return columns[name] ?? name
    }

    /// Whether the profile reads a file with this header for a command taking `known` columns
    /// and needing `required` ones: every column of the file becomes one the command takes (or is
    /// ignored, or is a part of the amount), and every required one is there.
    func reads(header: [String], known: Set<String>, required: [String]) -> Bool {
        var found: Set<String> = []
        for name in header.map(Self.folded) where !name.isEmpty {
            if ignored.contains(name) { continue }
            if let parts = amount, known.contains("amount"), name == parts.plus || name == parts.minus {
                found.insert("amount")
                continue
            }
            let column = column(for: name)
            guard known.contains(column) else { return false }
            found.insert(column)
        }
        return required.allSatisfy(found.contains)
    }

    /// A field of `column` as the command reads it: a day-first date as `YYYY-MM-DD`, a number
    /// with a decimal comma with a point; anything it cannot read is left as written, for the
    /// command's own check to name.
    func normalized(_ text: String, column: String) -> String {
        if column == "date", dayFirst { return Self.dayFirstDate(text) ?? text }
        guard Self.numericColumns.contains(column) else { return text }
        return decimalComma ? Self.decimalPoint(text) : Self.ungrouped(text)
    }

    /// `31.01.2024`, `31/1/2024` or `31-01-2024` as `2024-01-31`; nil for anything else.
    static func dayFirstDate(_ text: String) -> String? {
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), Int(parts[2]) != nil
        else { return nil }
        return "\(parts[2])-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// `1,234.50` or `1 234.50` as `1234.50`: commas and spaces group thousands, the point is the
    /// decimal mark. A number grouped otherwise is left as written, for the amount's own check to
    /// refuse.
    static func ungrouped(_ text: String) -> String {
        regrouped(text, group: ",", decimal: ".") ?? text
    }

    /// `1.234,50` or `1 234,50` as `1234.50`: points and spaces group thousands, the comma is the
    /// decimal mark. A number grouped otherwise (`25.5`, `1.00,00`: a point typed as a decimal
    /// mark) is left as written, for the amount's own check to refuse: it is never read as
    /// another number.
    static func decimalPoint(_ text: String) -> String {
        regrouped(text, group: ".", decimal: ",") ?? text
    }

    /// The number with its groups of thousands joined and its decimal mark a point; nil when a
    /// group separator is not followed by exactly three digits before the next separator or the
    /// decimal mark, or the decimal mark appears twice.
    private static func regrouped(_ text: String, group: Character, decimal: Character) -> String? {
        let separators: Set<Character> = [group, " ", "\u{A0}", "\u{202F}", "'"]
        let trimmed = text.trimmingSpaces
        var out = ""
        var digitsSinceSeparator = 0
        var inGroups = false
        var seenDecimal = false
        for character in trimmed {
            if separators.contains(character) {
                guard !seenDecimal, digitsSinceSeparator > 0, !inGroups || digitsSinceSeparator == 3 else { return nil }
                inGroups = true
                digitsSinceSeparator = 0
            } else if character == decimal {
                guard !seenDecimal, !inGroups || digitsSinceSeparator == 3 else { return nil }
                seenDecimal = true
                out.append(".")
            } else {
                if character.isNumber { digitsSinceSeparator += 1 }
                out.append(character)
            }
        }
        if inGroups, !seenDecimal, digitsSinceSeparator != 3 { return nil }
        return out
    }
}

extension ImportProfile {
    /// The folder of the profiles Arka ships (`templates/profiles`), found from the running `arka`.
    static var shippedFolder: String? { ShippedFiles.find("templates/profiles", holding: "excel-sq.yaml") }

    /// The profile `name`: a YAML file at that path, else `NAME.yaml` in a `profiles` folder
    /// beside the ledger, else one Arka ships.
    ///
    /// ```swift
    /// let profile = try ImportProfile.named("bank-bkt", besideLedger: "books.arka")
    /// ```
    /// - Throws: ``ArkaError/Kind/io`` when there is none, naming the profiles shipped;
    ///   ``ArkaError/Kind/badSetting`` for a profile file that does not read.
    public static func named(_ name: String, besideLedger ledger: String?) throws -> ImportProfile {
        var places: [String] = []
        if name.hasSuffix(".yaml") || name.contains("/") { places.append(name) }
        if let ledger { places.append(((ledger as NSString).deletingLastPathComponent as NSString).appendingPathComponent("profiles/\(name).yaml")) }
        if let shipped = shippedFolder { places.append((shipped as NSString).appendingPathComponent("\(name).yaml")) }
        guard let found = places.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ArkaError(
                .io,
                "no such import profile: give a profile file, or NAME of profiles/NAME.yaml beside the ledger, or one shipped with arka (\(shippedNames.joined(separator: ", ")))",
                location: SourceLocation(field: "--profile", value: name))
        }
        return try load(file: found)
    }

    /// The names of the profiles Arka ships.
    public static var shippedNames: [String] {
        guard let folder = shippedFolder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The shipped profiles that read the file at `path`: its line after the profile's skipped
    /// rows, split at the profile's separator, has the profile's columns. What a refusal of the
    /// file's header suggests.
    static func suggestions(forFile path: String, known: Set<String>, required: [String]) -> [String] {
        guard let folder = shippedFolder, path != "-", let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: 8192) else { return [] }
        let lines = String(decoding: start, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return shippedNames.filter { name in
            guard let profile = try? load(file: (folder as NSString).appendingPathComponent("\(name).yaml")), profile.skipRows < lines.count else {
                return false
            }
            let header = lines[profile.skipRows].split(separator: Character(UnicodeScalar(profile.separator)), omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces.trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{FEFF}")) }
            return profile.reads(header: header, known: known, required: required)
        }
    }
}
