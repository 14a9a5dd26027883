import Foundation

/// Finds known terms (names, personal ids, codes) in free text and replaces each with its
/// replacement, in one pass over the text.
///
/// A term matches whole words only, whatever their case and accents (`Ferma Kuçi` matches
/// `FERMA KUCI` and `ferma  kuçi` across a line break, not `Ferma Kuçija`); at one place the
/// longest term wins. Texts that hold no term's first word, nearly all of them, are only
/// scanned: the matcher runs on every text cell of a million-row listing.
///
/// ```swift
/// let matcher = NameMatcher(terms: [("R-01", "AP-3f9a1c07e2"), ("Ferma Hoxha", "AP-3f9a1c07e2")])
/// matcher.replacing(in: "Handover to Ferma Hoxha (R-01)")   // "Handover to AP-3f9a1c07e2"
/// matcher.replacing(in: "Bank charges")                       // nil: nothing to replace
/// ```
struct NameMatcher: Sendable {
    /// A term, folded: see ``fold(_:)``; a single space stands for any run of white space.
    struct Term: Sendable {
        var scalars: [UInt32]
        var replacement: String
        /// Whether it ends in a letter or digit, so that the text must not go on with one.
        var endsInWord: Bool
    }

    /// Terms by the hash of their first word, longest first.
    private let terms: [UInt64: [Term]]
    /// A bit per hash value modulo its size: a word whose bit is clear starts no term.
    private let filter: [UInt64]
    /// What replaces a term that stands for several people, if any.
    private let ambiguous: String?

    static let filterBits = 1 << 14

    /// - Parameters:
    ///   - terms: each term and what replaces it. Leading and trailing marks and spaces do not
    ///     count; a term of a single letter or digit is left out, as it would match a mere
    ///     initial or figure.
    ///   - ambiguous: what replaces a term that stands for several people, if any: a text that
    ///     gives it with a term that says who, just after it (`AP-? (AP-x)`, `AP-?, AP-x`),
    ///     keeps only the latter.
    init(terms given: [(term: String, replacement: String)], ambiguous: String? = nil) {
        var terms: [UInt64: [Term]] = [:]
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for (text, replacement) in given {
            guard let folded = Self.folded(text), let last = folded.last else { continue }
            var hash = Self.hashSeed
            for value in folded {
                guard Self.isWord(folded: value) else { break }
                hash = Self.hash(hash, value)
            }
            filter[Int(hash % UInt64(Self.filterBits)) / 64] |= 1 << (hash % 64)
            terms[hash, default: []].append(Term(scalars: folded, replacement: replacement, endsInWord: Self.isWord(folded: last)))
        }
        self.terms = terms.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
        self.filter = filter
        self.ambiguous = ambiguous
    }

    /// A term as the matcher compares it: folded, without marks, from its first letter or digit
    /// to its last character that is not a space, with one space for each run of white space;
    /// nil for a term of fewer than two letters or digits. Two terms that fold alike match the
    /// same texts.
    static func folded(_ text: String) -> [UInt32]? {
        var folded: [UInt32] = []
        for value in text.unicodeScalars.map(fold) where value != ignored {
            if folded.isEmpty, !isWord(folded: value) { continue }
            if value == space, folded.last == space { continue }
            folded.append(value)
        }
        while folded.last == space { folded.removeLast() }
        return folded.filter(isWord(folded:)).count >= 2 ? folded : nil
    }

    /// Whether there are no terms at all.
    var isEmpty: Bool { terms.isEmpty }

    /// The text with every term replaced, or nil when it holds none.
    func replacing(in text: String) -> String? {
        guard !terms.isEmpty, mayHoldTerm(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let folded = scalars.map(Self.fold)
        var out = String.UnicodeScalarView()
        var copied = 0
        var used: Set<String> = []
        var index = 0
        // Whether the letter or digit before `index` (marks do not count) ends a word there.
        var afterWord = false
        while index < scalars.count {
            let value = folded[index]
            if value == Self.ignored {
                index += 1
                continue
            }
            guard Self.isWord(folded: value), !afterWord else {
                afterWord = Self.isWord(folded: value)
                index += 1
                continue
            }
            var hash = Self.hashSeed
            var wordEnd = index
            while wordEnd < folded.count, Self.isWord(folded: folded[wordEnd]) || folded[wordEnd] == Self.ignored {
                if folded[wordEnd] != Self.ignored { hash = Self.hash(hash, folded[wordEnd]) }
                wordEnd += 1
            }
            guard let candidates = terms[hash], let (term, end) = candidates.lazy.compactMap({ term in
                Self.match(term, in: folded, at: index).map { (term, $0) }
            }).first else {
                index = wordEnd
                afterWord = true
                continue
            }
            out.append(contentsOf: scalars[copied..<index])
            out.append(contentsOf: term.replacement.unicodeScalars)
            used.insert(term.replacement)
            copied = end
            index = end
            afterWord = term.endsInWord
        }
        guard !used.isEmpty else { return nil }
        out.append(contentsOf: scalars[copied...])
        // A name given with its code (`Ferma Hoxha (R-01)`) becomes one pseudonym, not two.
        var result = String(out)
        for single in used where single != ambiguous {
            var pairs = ["\(single) (\(single))", "\(single), \(single)", "\(single) \(single)"]
            if let ambiguous, used.contains(ambiguous) {
                pairs += ["\(ambiguous) (\(single))", "\(ambiguous), \(single)", "\(ambiguous) \(single)"]
            }
            for pair in pairs where result.contains(pair) { result = result.replacingOccurrences(of: pair, with: single) }
        }
        return result
    }

    /// Where `term` ends (after any marks on its last letter) when it matches the text at
    /// `start`, else nil.
    private static func match(_ term: Term, in folded: [UInt32], at start: Int) -> Int? {
        var position = start
        func skipMarks() { while position < folded.count, folded[position] == ignored { position += 1 } }
        for value in term.scalars {
            skipMarks()
            guard position < folded.count else { return nil }
            if value == space {
                guard folded[position] == space else { return nil }
                while position < folded.count, folded[position] == space || folded[position] == ignored { position += 1 }
            } else {
                guard folded[position] == value else { return nil }
                position += 1
            }
        }
        skipMarks()
        if term.endsInWord, position < folded.count, isWord(folded: folded[position]) { return nil }
        return position
    }

    /// Scans the text's words without copying it: false when none can start a term.
    private func mayHoldTerm(_ text: String) -> Bool {
        var scan = WordScan(filter: filter)
        for scalar in text.unicodeScalars where scan.add(Self.fold(scalar)) { return true }
        return scan.finish()
    }

    /// ``mayHoldTerm(_:)`` of a text given as UTF-8 bytes, without making a string of it.
    func mayHoldTerm(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !terms.isEmpty else { return false }
        var scan = WordScan(filter: filter)
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            var value: UInt32
            let length: Int
            if lead < 0x80 {
                (value, length) = (UInt32(lead), 1)
            } else if lead < 0xE0 {
                (value, length) = (UInt32(lead & 0x1F), 2)
            } else if lead < 0xF0 {
                (value, length) = (UInt32(lead & 0x0F), 3)
            } else {
                (value, length) = (UInt32(lead & 0x07), 4)
            }
            guard index + length <= count else { break }
            for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            index += length
            let folded = value < 0x250 ? Self.latin[Int(value)] : Unicode.Scalar(value).map(Self.foldSlowly) ?? value
            if scan.add(folded) { return true }
        }
        return scan.finish()
    }

    /// The hash of each word of a text as it is scanned, checked against the filter.
    private struct WordScan {
        let filter: [UInt64]
        var hash = NameMatcher.hashSeed
        var inWord = false

        /// Adds a folded scalar; true when it ended a word that may start a term.
        mutating func add(_ value: UInt32) -> Bool {
            if value == NameMatcher.ignored { return false }
            if NameMatcher.isWord(folded: value) {
                hash = NameMatcher.hash(hash, value)
                inWord = true
                return false
            }
            return finish()
        }

        /// Ends the word being scanned, if any; true when it may start a term.
        mutating func finish() -> Bool {
            guard inWord else { return false }
            let hit = filter[Int(hash % UInt64(NameMatcher.filterBits)) / 64] & (1 << (hash % 64)) != 0
            hash = NameMatcher.hashSeed
            inWord = false
            return hit
        }
    }

    // MARK: Folding

    private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static func hash(_ hash: UInt64, _ value: UInt32) -> UInt64 { (hash ^ UInt64(value)) &* 0x100_0000_01b3 }

    /// The folded value of a combining mark: it is passed over, as if the text did not hold it.
    static let ignored: UInt32 = 0x7FFF_FFFF
    /// The folded value of any white space.
    static let space: UInt32 = 0x20
    /// The bit that marks a letter or digit in a folded value.
    private static let wordBit: UInt32 = 1 << 31

    /// Folded values of the scalars below U+0250 (Latin, with its accented letters).
    private static let latin: [UInt32] = (0..<0x250).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return UInt32(value) }
        return foldSlowly(scalar)
    }

    private static func foldSlowly(_ scalar: Unicode.Scalar) -> UInt32 {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return ignored
        default: break
        }
        if properties.isWhitespace { return space }
        // The letter without its accents (ç, ë and ç written as c and a combining cedilla are all c), in lowercase.
        var base = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        if base.properties.changesWhenLowercased, let lower = base.properties.lowercaseMapping.unicodeScalars.first,
            base.properties.lowercaseMapping.unicodeScalars.count == 1
        {
            base = lower
        }
        let word = base.properties.isAlphabetic || base.properties.numericType != nil
        return word ? base.value | wordBit : base.value
    }

    /// A scalar as terms and texts are compared: a letter without accents and in lowercase, with
    /// the top bit set for a letter or digit; ``space`` for white space; ``ignored`` for a
    /// combining mark.
    static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x250 { return latin[Int(value)] }
        return foldSlowly(scalar)
    }

    static func isWord(folded value: UInt32) -> Bool { value != ignored && value & wordBit != 0 }
}
