/// A document an entry rests on: an invoice, its fiscal code, a payment order, a handover
/// protocol, or any other reference the finance officer keeps.
///
/// In files several references share one field, separated by `;`, each optionally prefixed by
/// its kind: `invoice:F-2023/114; nivf:4e8f...; payment-order:PO-77`.
///
/// ```swift
/// let refs = try DocumentReference.parseList("invoice:F-114; nivf:0b6e2c9a-5d0e-4c1e-9a51-6f7a4c2b9d10")
/// ```
public struct DocumentReference: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case invoice
        /// The NIVF the Albanian tax authority gives a fiscalised invoice (a 36-character UUID).
        case nivf
        case paymentOrder = "payment-order"
        case handoverProtocol = "handover"
        /// A bank transfer or statement reference.
        case bank
        case document

        /// The kind a word names: its own name, or the Albanian word a finance officer writes
        /// (`fatura`, `urdhër-pagese`, `procesverbal`, `banka`, `dokument`), any case; nil for
        /// another word.
        public init?(word: some StringProtocol) {
            let word = word.trimmingSpaces.lowercased()
            if let kind = Kind(rawValue: word) {
                self = kind
                return
            }
            switch word {
            case "fatura", "faturë", "fature", "faturë tatimore": self = .invoice
            case "urdhër-pagese", "urdher-pagese", "urdhër pagese", "urdher pagese", "urdhërpagesë": self = .paymentOrder
            case "procesverbal", "procesverbali", "dorëzim", "dorezim": self = .handoverProtocol
            case "banka", "bankë": self = .bank
            case "dokument", "dokumenti": self = .document
            default: return nil
            }
        }
    }

    public var kind: Kind
    public var reference: String

    public init(kind: Kind, reference: String) {
        self.kind = kind
        self.reference = reference
    }

    /// Reads `kind:reference` pairs separated by `;`; the kind is one of ``Kind`` or its Albanian
    /// word (``Kind/init(word:)``). Text without a known kind (`receipt:R-88`, `payroll:2024-04`)
    /// is a `document` and keeps its whole text, so that nothing of the reference is lost.
    /// - Throws: ``ArkaError/Kind/badAmount`` never; ``ArkaError/Kind/inconsistentEntry`` for an
    ///   NIVF that is not a UUID.
    public static func parseList(_ text: String, field: String = "document") throws -> [DocumentReference] {
        var result: [DocumentReference] = []
        for piece in text.split(separator: ";") {
            let item = piece.trimmingSpaces
            guard !item.isEmpty else { continue }
            var reference = DocumentReference(kind: .document, reference: item)
            if let colon = item.firstIndex(of: ":") {
                let word = item[..<colon].trimmingSpaces
                if let kind = Kind(word: word) {
                    reference = DocumentReference(kind: kind, reference: item[item.index(after: colon)...].trimmingSpaces)
                }
            }
            if reference.kind == .nivf && !isUUID(reference.reference) {
                throw ArkaError(
                    .inconsistentEntry, "an NIVF is the 36-character code of the fiscal invoice, like 4e8f1c2a-...",
                    field: field, value: reference.reference)
            }
            guard !reference.reference.isEmpty else {
                throw ArkaError(.missingValue, "the \(reference.kind.rawValue) reference is empty", field: field, value: item)
            }
            result.append(reference)
        }
        return result
    }

    /// The list written back the way ``parseList(_:field:)`` reads it.
    public static func format(_ references: [DocumentReference]) -> String {
        references.map { $0.kind == .document ? $0.reference : "\($0.kind.rawValue):\($0.reference)" }
            .joined(separator: "; ")
    }

    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                if byte != UInt8(ascii: "-") { return false }
            } else if !((48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)) {
                return false
            }
        }
        return true
    }
}

extension String {
    /// The text without spaces, tabs and line breaks at either end; the string itself when it has none.
    public var trimmingSpaces: String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        // Every field of every file read passes here: look at the two end bytes where they lie.
        let isTrimmed = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty || (!isSpace(bytes[0]) && !isSpace(bytes[bytes.count - 1]))
        }
        if isTrimmed ?? false { return self }
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        return Substring(self).trimmingSpaces
    }
}

extension StringProtocol {
    /// The text without spaces, tabs and new lines at either end.
    /// Spaces, tabs and line breaks are ASCII, so this works on UTF-8 bytes and leaves any
    /// other text untouched.
    public var trimmingSpaces: String {
        let text = Substring(self)
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(text) }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(text[start..<end])
    }
}
