import ArkaBooks
import Testing

@testable import ArkaWeb

/// The rights of the roles, as the issue states them.
@Suite struct AccessTests {
    @Test func aClerkOpensTheShopOnly() {
        #expect(Access.allows(.clerk, .shop))
        #expect(Access.allows(.clerk, .shopWrite))
        #expect(!Access.allows(.clerk, .books))
        #expect(!Access.allows(.clerk, .booksWrite))
        #expect(!Access.allows(.clerk, .workbooks))
    }

    @Test func aViewerReadsEverythingAndWritesNothing() {
        for area in [Area.books, .grants, .workbooks, .shop] { #expect(Access.allows(.viewer, area)) }
        #expect(!Access.allows(.viewer, .shopWrite))
        #expect(!Access.allows(.viewer, .booksWrite))
    }

    @Test func onlyTheOfficeSeesNames() {
        #expect(UserRole.allCases.filter(\.seesNames) == [.admin, .officer])
    }
}
