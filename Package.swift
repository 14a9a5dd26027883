// swift-tools-version: 6.1
// Arka: a double-entry ledger for a donor-funded action and the social business it funds.

import PackageDescription

let package = Package(
    name: "Arka",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "arka", targets: ["ArkaCLI"]),
        .library(name: "ArkaBooks", targets: ["ArkaBooks"]),
        .library(name: "ArkaWorkbook", targets: ["ArkaWorkbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The web face (`arka serve`): the server, its sessions and bcrypt, its page templates.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The programme's centre on PostgreSQL (`arka central`, `arka sync`).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The speed helpers of the package's hot paths (a byte hash, a set of codes, an in-place
        // permutation, a range's parts): `package` access, not part of any public surface.
        .target(name: "ArkaCollections"),
        // Money, accounts, entries and the rules that make an entry postable: pure values, no I/O.
        .target(name: "ArkaCore", dependencies: ["ArkaCollections"]),
        // The one YAML loader: a node with its file, dotted path and line, under the text rule.
        // Every YAML file (settings, business profile, scoring grid, workbook template) reads through it.
        .target(
            name: "ArkaFiles",
            dependencies: ["ArkaCore", .product(name: "Yams", package: "Yams")]),
        // Scoring grids, applications, evaluations, ranking and allocation: pure, no I/O.
        .target(
            name: "ArkaRules",
            dependencies: ["ArkaCore", "ArkaCollections", "ArkaFiles", .product(name: "Yams", package: "Yams")]),
        // The SQLite settings that only C can make (sqlite3_config is variadic).
        .target(
            name: "CSQLiteSettings",
            linkerSettings: [.linkedLibrary("sqlite3")]),
        // The list of files being written under a hidden name, and the signal handlers that
        // remove them when a command is interrupted (a handler may only call what C can).
        .target(name: "CStagingFiles"),
        // The SQLite file: schema, migrations, the append-only journal and its hash chain.
        .target(
            name: "ArkaStore",
            dependencies: [
                "ArkaCore", "ArkaCollections", "CSQLiteSettings", "CStagingFiles",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The engine: ledger definitions, checked writes, reports, exports.
        .target(
            name: "ArkaBooks",
            dependencies: [
                "ArkaCore", "ArkaCollections", "ArkaFiles", "ArkaStore", "ArkaRules",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // libxlsxwriter from the system (Debian: libxlsxwriter-dev), for the donor workbooks.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),
        // The donor workbooks: a small safe face over libxlsxwriter and the workbooks built from
        // the ledger's reports and the layouts under templates/workbooks.
        .target(
            name: "ArkaWorkbook",
            dependencies: [
                "ArkaCore", "ArkaFiles", "ArkaStore", "ArkaRules", "ArkaBooks", "CXLSXWriter",
                .product(name: "Yams", package: "Yams"),
            ]),
        // The web face: pages rendered on the server from ArkaBooks' reports, forms that write
        // through the same engine, users and their roles, sessions, CSRF and idempotency keys.
        .target(
            name: "ArkaWeb",
            dependencies: [
                "ArkaCore", "ArkaStore", "ArkaBooks", "ArkaWorkbook", "ArkaRules", "ArkaCentral",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The programme's centre: the offices' journals kept in PostgreSQL as they were sent,
        // each chain checked by the server itself, digests kept outside both.
        .target(
            name: "ArkaCentral",
            dependencies: [
                "ArkaCore", "ArkaStore", "ArkaBooks",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The `arka` command line: parse, call ArkaBooks, print.
        .executableTarget(
            name: "ArkaCLI",
            dependencies: [
                "ArkaBooks", "ArkaWorkbook", "ArkaWeb", "ArkaCentral",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // What several test targets share: an older arka's ledger made from a new one, an intruder.
        .target(
            name: "ArkaTestSupport",
            dependencies: ["ArkaStore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ArkaTestSupport"),
        .testTarget(
            name: "ArkaCoreTests",
            dependencies: [
                "ArkaCore", "ArkaCollections",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "ArkaRulesTests",
            dependencies: [
                "ArkaRules",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "ArkaStoreTests",
            dependencies: [
                "ArkaStore", "ArkaBooks", "ArkaTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                // The progress handler that counts a report's SQLite work.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "ArkaBooksTests",
            dependencies: [
                "ArkaBooks",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "ArkaWorkbookTests",
            dependencies: [
                "ArkaWorkbook", "ArkaBooks", "ArkaRules", .product(name: "Yams", package: "Yams"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Run by path (`WorkbookReader.tool`, `PrintedWorkbookTests.tool`), not bundled.
            exclude: ["Tools"]),
        .testTarget(
            name: "ArkaWebTests",
            dependencies: [
                "ArkaWeb", "ArkaBooks", "ArkaCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "ArkaCentralTests",
            dependencies: [
                "ArkaCentral", "ArkaBooks", "ArkaCore", "ArkaStore", "ArkaTestSupport", "ArkaWeb", "ArkaWorkbook",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "ArkaCLITests",
            dependencies: ["ArkaCore", "ArkaBooks", "ArkaWorkbook", "ArkaTestSupport"],
            // Browser/ holds the browser test's script, run by path with Python and Selenium.
            exclude: ["Browser"],
            resources: [.copy("Cases")]),
    ]
)
