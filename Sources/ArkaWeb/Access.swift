import ArkaBooks

/// What a page or a form is about, for the rights of each role (as Manager.io gives rights a
/// tab): the server asks ``Access/allows(_:_:)`` before it reads or writes anything.
enum Area: Sendable, Equatable {
    /// The dashboard, the statements, the register and the entries: the books read.
    case books
    /// Agreements, equipment, calls and rankings.
    case grants
    /// The donor workbooks' downloads.
    case workbooks
    /// The shop's pages: the till, today's sales, the month's sales and cash flow.
    case shop
    /// A sale, a cash count or a shop expense recorded.
    case shopWrite
    /// A reversal of an entry, with its reason.
    case booksWrite
}

/// The rights of the roles (``UserRole``).
enum Access {
    /// Whether `role` may use `area`.
    ///
    /// ```swift
    /// Access.allows(.clerk, .books)      // false: the shop's pages only
    /// Access.allows(.viewer, .shopWrite) // false: a viewer writes nothing
    /// ```
    static func allows(_ role: UserRole, _ area: Area) -> Bool {
        switch (role, area) {
        case (.admin, _), (.officer, _): true
        case (.committee, .books), (.committee, .grants), (.committee, .workbooks), (.committee, .shop): true
        case (.committee, _): false
        case (.clerk, .shop), (.clerk, .shopWrite): true
        case (.clerk, _): false
        case (.viewer, .books), (.viewer, .grants), (.viewer, .workbooks), (.viewer, .shop): true
        case (.viewer, _): false
        }
    }
}
