import Foundation
import Testing

/// The pages in a real browser: headless Chromium at a phone's size drives `arka serve` on the
/// demo books (`Browser/phone.py`, Selenium): a clerk records a sale with two taps and sees it in
/// today's entries and the month's cash flow; a viewer downloads the audit pack by pseudonym.
/// The screenshots are kept in `.build/test-artefacts/browser/`. With CI set, a missing
/// Chromium, chromedriver or Selenium fails the test.
@Suite("arka serve in a browser")
struct BrowserTests {
    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    static let script = GoldenTests.repository.appendingPathComponent("Tests/ArkaCLITests/Browser/phone.py")
    static let artefacts = GoldenTests.repository.appendingPathComponent(".build/test-artefacts/browser")

    /// Whether the python3 the cases run finds Selenium.
    static func hasSelenium(arka: URL) -> Bool {
        (try? GoldenTests.run("python3 -c 'import selenium'", in: FileManager.default.temporaryDirectory, arka: arka).status) == 0
    }

    @Test func aClerkSellsOnAPhoneAndAViewerDownloadsTheAuditPack() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.chromium), FileManager.default.isExecutableFile(atPath: Self.chromedriver) else {
            GoldenTests.missingPeer("Chromium and its driver (Debian's chromium and chromium-driver) are")
            return
        }
        let arka = try #require(GoldenTests.executable, "build arka first: swift build")
        guard Self.hasSelenium(arka: arka) else {
            GoldenTests.missingPeer("Selenium (python3 -m pip install 'selenium<4.52') is")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arka-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let setup = try GoldenTests.run(
            "arka demo --out demo > demo.log && printf 'clerk-pass-1\\n' | arka user add --ledger demo/social-business.arka drita --role clerk "
                + "&& printf 'viewer-pass-1\\n' | arka user add --ledger demo/mallakaster.arka auditor --role viewer",
            in: folder, arka: arka)
        try #require(setup.status == 0, "\(setup.stderr)")

        // The server on a free port, with the clock as it is (the sale is dated today).
        let server = Process()
        server.executableURL = arka
        server.arguments = ["serve", "--ledger", "project=demo/mallakaster.arka", "--ledger", "shop=demo/social-business.arka", "--listen", "127.0.0.1:0"]
        server.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for name in ["SOURCE_DATE_EPOCH", "ARKA_LANG", "ARKA_LEDGER"] { environment[name] = nil }
        server.environment = environment
        let said = Pipe()
        server.standardOutput = said
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        var output = ""
        let deadline = Date().addingTimeInterval(60)
        while !output.contains("/; stop"), Date() < deadline {
            let chunk = said.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            output += String(decoding: chunk, as: UTF8.self)
        }
        let address = try #require(output.range(of: "http://127.0.0.1:[0-9]+", options: .regularExpression).map { String(output[$0]) }, "the server said: \(output)")

        try? FileManager.default.removeItem(at: Self.artefacts)
        let browser = try GoldenTests.run(
            "CHROMEDRIVER=\(Self.chromedriver) CHROMIUM=\(Self.chromium) ARKA_CLERK=drita:clerk-pass-1 ARKA_VIEWER=auditor:viewer-pass-1 "
                + "python3 '\(Self.script.path)' \(address) '\(Self.artefacts.path)' '\(folder.appendingPathComponent("downloads").path)'",
            in: folder, arka: arka)
        #expect(browser.status == 0, "\(browser.stdout)\(browser.stderr)")
        for shot in ["1-shop.png", "2-basket.png", "3-sale-recorded.png", "4-month.png", "5-dashboard.png", "6-workbooks.png"] {
            #expect(FileManager.default.fileExists(atPath: Self.artefacts.appendingPathComponent(shot).path), "no screenshot \(shot)")
        }
        server.terminate()
        server.waitUntilExit()
        let verify = try GoldenTests.run("arka verify --ledger demo/social-business.arka", in: folder, arka: arka)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }
}
