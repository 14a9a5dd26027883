/// A calendar day as the books know it: `YYYY-MM-DD`, no time, no time zone.
///
/// ```swift
/// let day = try LedgerDate.parse("2024-02-29")
/// day.month            // 2024-02
/// ```
public struct LedgerDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// - Throws: ``ArkaError/Kind/badDate`` unless the text is a real day written `YYYY-MM-DD`.
    public static func parse(_ text: String, field: String = "date") throws -> LedgerDate {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else {
            throw ArkaError(.badDate, "a date is written YYYY-MM-DD, like 2024-03-31", field: field, value: text)
        }
        guard (1...12).contains(month), day >= 1, day <= LedgerMonth.daysIn(month: month, year: year), year >= 1900
        else {
            throw ArkaError(.badDate, "no such day in the calendar", field: field, value: text)
        }
        return LedgerDate(year: year, month: month, day: day)
    }

    /// The day written `YYYY-MM-DD` in `bytes` of UTF-8, or nil when they are not a real day:
    /// for a reader that holds a stored date's bytes and no `String` (a listing of a million rows).
    ///
    /// ```swift
    /// Array("2024-02-29".utf8).withUnsafeBufferPointer { LedgerDate(utf8: $0) }   // 2024-02-29
    /// ```
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10), year >= 1900,
            (1...12).contains(month), day >= 1, day <= LedgerMonth.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The month this day falls in.
    public var ledgerMonth: LedgerMonth { LedgerMonth(year: year, month: month) }

    /// The day before (2024-03-01 → 2024-02-29): a balance "before the period" is one on this day.
    public var dayBefore: LedgerDate {
        if day > 1 { return LedgerDate(year: year, month: month, day: day - 1) }
        let previous = month == 1 ? LedgerMonth(year: year - 1, month: 12) : LedgerMonth(year: year, month: month - 1)
        return previous.lastDay
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar): what day differences are counted in.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The day `dayNumber` days after 1970-01-01 (the inverse of ``dayNumber``), or nil outside
    /// the years a ledger takes (1900 to 9999).
    ///
    /// ```swift
    /// LedgerDate(dayNumber: 19_723)   // 2024-01-01
    /// ```
    public init?(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        guard (-25_567...2_932_896).contains(dayNumber) else { return nil }
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day `days` days later (earlier when negative), or nil outside the years a ledger takes.
    ///
    /// ```swift
    /// try LedgerDate.parse("2024-12-31").adding(days: 60)   // 2025-03-01
    /// ```
    public func adding(days: Int) -> LedgerDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : LedgerDate(dayNumber: sum)
    }

    /// `YYYY-MM-DD`, written digit by digit: dates are formatted for every entry stored.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func digit(_ index: Int, _ value: Int) { buffer[index] = UInt8(ascii: "0") + UInt8(value % 10) }
            digit(0, year / 1000)
            digit(1, year / 100)
            digit(2, year / 10)
            digit(3, year)
            buffer[4] = UInt8(ascii: "-")
            digit(5, month / 10)
            digit(6, month)
            buffer[7] = UInt8(ascii: "-")
            digit(8, day / 10)
            digit(9, day)
            return 10
        }
    }

    public static func < (lhs: LedgerDate, rhs: LedgerDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A calendar month, `YYYY-MM`: the unit of period closing and of monthly exchange rates.
///
/// ```swift
/// let august = try LedgerMonth.parse("2023-08")
/// august.lastDay      // 2023-08-31
/// ```
public struct LedgerMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// - Throws: ``ArkaError/Kind/badDate`` unless the text is a month written `YYYY-MM`.
    public static func parse(_ text: String, field: String = "month") throws -> LedgerMonth {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = LedgerDate.number(bytes[0..<4]), let month = LedgerDate.number(bytes[5..<7])
        else {
            throw ArkaError(.badDate, "a month is written YYYY-MM, like 2024-03", field: field, value: text)
        }
        guard (1...12).contains(month), year >= 1900 else {
            throw ArkaError(.badDate, "no such month in the calendar", field: field, value: text)
        }
        return LedgerMonth(year: year, month: month)
    }

    init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var firstDay: LedgerDate { LedgerDate(year: year, month: month, day: 1) }
    /// The month counted from year 0: `year * 12 + month - 1`, so that months subtract.
    public var ordinal: Int { year * 12 + month - 1 }

    /// The month of an ``ordinal``.
    public init(ordinal: Int) {
        self.init(year: ordinal / 12, month: ordinal % 12 + 1)
    }

    /// The month before this one.
    public var previous: LedgerMonth { month == 1 ? LedgerMonth(year: year - 1, month: 12) : LedgerMonth(year: year, month: month - 1) }
    /// January of the month's year.
    public var january: LedgerMonth { LedgerMonth(year: year, month: 1) }
    /// The month after this one.
    public var next: LedgerMonth { month == 12 ? LedgerMonth(year: year + 1, month: 1) : LedgerMonth(year: year, month: month + 1) }
    public var lastDay: LedgerDate { LedgerDate(year: year, month: month, day: Self.daysIn(month: month, year: year)) }

    /// `YYYY-MM`, written digit by digit.
    public var description: String {
        String(unsafeUninitializedCapacity: 7) { buffer in
            let digits: [Int] = [year / 1000 % 10, year / 100 % 10, year / 10 % 10, year % 10, -1, month / 10, month % 10]
            for (index, digit) in digits.enumerated() {
                buffer[index] = digit < 0 ? UInt8(ascii: "-") : UInt8(ascii: "0") + UInt8(digit)
            }
            return 7
        }
    }

    public static func < (lhs: LedgerMonth, rhs: LedgerMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

extension LedgerDate {
    /// Stands for a date not read yet, while an entry is assembled from rows that failed.
    public static let placeholder = LedgerDate(year: 1, month: 1, day: 1)
}
