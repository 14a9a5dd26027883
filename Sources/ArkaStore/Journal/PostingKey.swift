/// A posting's key in the `posting` table: its entry's sequence and its place in the entry, as
/// one integer, `sequence << 16 | position`. An entry's postings are then one range of keys, in
/// their order, and a posting names its entry without a column of its own. This type is the only
/// place that knows the layout; queries take their SQL from it.
///
/// ```swift
/// let key = PostingKey(entry: 7, position: 2)
/// key.rawValue                          // 458754
/// key.entry                             // 7
/// PostingKey.sql(postingsOf: "e.seq", key: "p.id")   // "p.id BETWEEN e.seq << 16 AND (e.seq << 16) | 65535"
/// ```
public struct PostingKey: Hashable, Comparable, Sendable {
    /// The key as the `posting` table's `id` holds it.
    public let rawValue: Int64

    /// How many bits the position takes: an entry holds at most 65,535 postings (`EntryRules.maximumPostings`).
    static let positionBits: Int64 = 16

    /// The key of the posting at `position` (from 0) of the entry numbered `entry`.
    public init(entry: Int64, position: Int) {
        rawValue = entry << Self.positionBits | Int64(position)
    }

    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// The sequence number of the posting's entry.
    public var entry: Int64 { rawValue >> Self.positionBits }

    /// The posting's place in its entry, from 0.
    public var position: Int { Int(rawValue & 0xFFFF) }

    public static func < (left: PostingKey, right: PostingKey) -> Bool { left.rawValue < right.rawValue }

    /// The keys of every posting of the entries numbered `entries`: from the first entry's first
    /// posting to the last entry's last, whole entries only (an open end stays open).
    public static func keys(ofEntries entries: ClosedRange<Int64>) -> ClosedRange<Int64> {
        let last = entries.upperBound >= Int64.max >> positionBits ? Int64.max : entries.upperBound << positionBits | 0xFFFF
        return (entries.lowerBound << positionBits)...last
    }

    // MARK: SQL

    /// A condition true for the postings of the entry whose sequence is `entry` (a column or an
    /// expression), on the key column `key`: a range of the primary key, so SQLite seeks it.
    static func sql(postingsOf entry: String, key: String) -> String {
        "\(key) BETWEEN \(entry) << 16 AND (\(entry) << 16) | 65535"
    }

    /// The sequence of the entry of the posting whose key is `key`.
    static func sql(entryOf key: String) -> String { "\(key) >> 16" }

    /// The first key of the entry whose sequence is `entry` (a column, an expression or `?`).
    static func sql(firstKeyOf entry: String) -> String { "(\(entry) << 16)" }
}
