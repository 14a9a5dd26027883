/// A set of codes, or of pairs of codes (a fund and one of its budget lines), that answers
/// `contains` without SipHash: the entry rules ask it for every account, fund and budget line
/// of every posting of an import.
///
/// ```swift
/// var lines = CodeSet()
/// lines.insert("EU", "1.1")
/// lines.contains("EU", "1.1")   // true
/// lines.contains("EU", "1.2")   // false
/// ```
package struct CodeSet: Sendable {
    @usableFromInline var codes: [(first: String, second: String)] = []
    /// Open addressing: a slot holds a code's index plus one, or 0 when free. Its count is a
    /// power of two, kept at least twice the number of codes.
    @usableFromInline var slots = [Int32](repeating: 0, count: 16)

    package init() {}

    /// A set of single codes.
    package init<Codes: Sequence<String>>(_ codes: Codes) {
        for code in codes { insert(code) }
    }

    /// How many codes or pairs the set holds.
    package var count: Int { codes.count }

    /// Adds a code, or a pair of codes; a code already there is left as it is.
    package mutating func insert(_ first: String, _ second: String = "") {
        var slot = slot(of: first, second)
        let mask = slots.count - 1
        while slots[slot] != 0 {
            let code = codes[Int(slots[slot]) - 1]
            if code.first == first && code.second == second { return }
            slot = (slot + 1) & mask
        }
        codes.append((first, second))
        slots[slot] = Int32(codes.count)
        if 2 * codes.count > slots.count { grow() }
    }

    /// Whether the set holds the code, or the pair of codes.
    @inlinable package func contains(_ first: String, _ second: String = "") -> Bool {
        var slot = slot(of: first, second)
        let mask = slots.count - 1
        while slots[slot] != 0 {
            let code = codes[Int(slots[slot]) - 1]
            if code.first == first && code.second == second { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    @inlinable func slot(of first: String, _ second: String) -> Int {
        var hash = ByteHash()
        hash.add(first)
        hash.add(second)
        return hash.value & (slots.count - 1)
    }

    /// Doubles the slots and places every code again.
    private mutating func grow() {
        let codes = self.codes
        self.codes = []
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        for code in codes { insert(code.first, code.second) }
    }

}
