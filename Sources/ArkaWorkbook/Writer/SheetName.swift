/// The name a worksheet gets from any wanted text (a template's name with a fund or call code
/// in it): one Excel accepts, and unique in its workbook. The sheet's cells keep the code as it
/// is; only the tab's name is made to fit.
///
/// Excel's rules: at most 31 characters; none of `[ ] : * ? / \`; not starting or ending with
/// an apostrophe; not empty; not `History` (Excel keeps it for itself); and no two sheets
/// whose names differ only in case. The name is made in steps, each deterministic:
/// 1. `[` and `]` become `(` and `)`, `: * ? / \` become `-`, control characters a space;
/// 2. apostrophes and spaces at either end are dropped; an empty name becomes `Sheet`;
/// 3. it is cut to 31 characters (counted as Excel counts them, in UTF-16 units, and never
///    inside a character);
/// 4. while it is taken (ignoring case) it gets ` (2)`, ` (3)`, … cutting its end to make room.
///
/// ```swift
/// var names = SheetNames()
/// names.claim("Ranking IGA/2023/02")                     // "Ranking IGA-2023-02"
/// names.claim("Ranking SOCIAL-BUSINESS-CALL-2024-01")    // "Ranking SOCIAL-BUSINESS-CALL-20"
/// names.claim("Ranking SOCIAL-BUSINESS-CALL-2024-02")    // "Ranking SOCIAL-BUSINESS-CAL (2)"
/// ```
public struct SheetNames: Sendable {
    /// Excel's longest sheet name, in UTF-16 units.
    public static let maximumLength = 31
    /// The characters Excel refuses in a sheet name.
    public static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The names given so far, folded for comparison, with `history` reserved.
    private var taken: Set<String> = [SheetNames.folded("History")]

    public init() {}

    /// A valid name for `wanted`, unique among the names claimed before; it is claimed.
    public mutating func claim(_ wanted: String) -> String {
        let base = Self.valid(wanted)
        var name = base
        var number = 1
        while taken.contains(Self.folded(name)) {
            number += 1
            let suffix = " (\(number))"
            name = Self.trimmed(Self.cut(base, to: Self.maximumLength - suffix.utf16.count)) + suffix
        }
        taken.insert(Self.folded(name))
        return name
    }

    /// Whether a name is one Excel accepts on its own (uniqueness aside).
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf16.count <= maximumLength && !name.contains(where: { forbidden.contains($0) || isControl($0) })
            && !name.hasPrefix("'") && !name.hasSuffix("'") && folded(name) != folded("History")
    }

    /// `wanted` with every character Excel refuses replaced, trimmed and cut to the length.
    public static func valid(_ wanted: String) -> String {
        var name = ""
        for character in wanted {
            switch character {
            case "[": name.append("(")
            case "]": name.append(")")
            case _ where forbidden.contains(character): name.append("-")
            case _ where isControl(character): name.append(" ")
            default: name.append(character)
            }
        }
        name = trimmed(cut(trimmed(name), to: maximumLength))
        return name.isEmpty ? "Sheet" : name
    }

    /// How names are compared: Excel takes `Ë` and `ë` for the same sheet.
    static func folded(_ name: String) -> String { name.lowercased() }

    static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// Without apostrophes and spaces at either end.
    static func trimmed(_ name: String) -> String {
        let drop: (Character) -> Bool = { $0 == "'" || $0 == " " }
        return String(name.drop(while: drop).reversed().drop(while: drop).reversed())
    }

    /// The longest start of `text` of at most `units` UTF-16 units that ends between characters.
    static func cut(_ text: String, to units: Int) -> String { text.prefix(utf16Units: units) }
}
