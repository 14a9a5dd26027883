/// A fast hash of byte strings for the tables an import looks up once or more a posting:
/// FxHash's step a word at a time, then a final mix, so that the low bits that pick a slot
/// depend on every byte.
///
/// Not SipHash, as Swift's `Hasher` is: these tables hold a ledger's own codes, not text an
/// attacker chooses, and `Hasher` was half of each lookup.
///
/// ```swift
/// var hash = ByteHash()
/// hash.add(bytes)      // each text after its length, so that ("ab", "c") ≠ ("a", "bc")
/// let slot = hash.value & (slots - 1)
/// ```
package struct ByteHash {
    @usableFromInline var state: UInt64 = 0

    @inlinable package init() {}

    /// Adds a text: its length, then its bytes.
    @inlinable package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        step(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            step(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var last: UInt64 = 0
            for index in offset..<bytes.count { last = last << 8 | UInt64(bytes[index]) }
            step(last)
        }
    }

    /// Adds a string's UTF-8 bytes, as ``add(_:)-(UnsafeRawBufferPointer)`` does.
    @inlinable package mutating func add(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) == nil {
            Array(text.utf8).withUnsafeBytes { add($0) }
        }
    }

    @inlinable mutating func step(_ word: UInt64) {
        state = ((state << 5 | state >> 59) ^ word) &* 0x517C_C1B7_2722_0A95
    }

    /// The hash, mixed so that every bit of it depends on every byte added.
    @inlinable package var value: Int {
        var mixed = state ^ (state >> 32)
        mixed &*= 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 32))
    }
}
