import Foundation
import Testing

/// The command line's exit codes (docs/spec/cli.md), from the built
/// `parley` and `parley-sat` binaries run as a user runs them.
@Suite struct ExitCodeTests {
    /// The folder of the built products: the test bundle sits beside them.
    static let products: URL = {
        let bundle = Bundle.main.bundleURL
        return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a product with arguments (and optional standard input); its exit
    /// status, standard output and standard error.
    static func run(
        _ product: String, _ arguments: [String], input: String? = nil, environment extra: [String: String] = [:]
    ) throws -> (code: Int32, out: String, err: String) {
        let executable = products.appendingPathComponent(product)
        #expect(FileManager.default.isExecutableFile(atPath: executable.path), "no \(product) at \(executable.path)")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    static func temporaryFile(_ text: String, _ name: String = "t.parley") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-exit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func aValidFileChecksCleanAndAConflictIsAFindingNotAnError() throws {
        #expect(try Self.run("parley", ["check", "scenarios/toy.parley"]).code == 0)
        #expect(try Self.run("parley", ["report", "scenarios/toy.parley", "--format", "json"]).code == 0)
    }

    @Test func anInvalidFileExits65WithItsDiagnostics() throws {
        let bad = try Self.temporaryFile("issue b: bool\nparty p { demand d: bb }\n")
        let result = try Self.run("parley", ["check", bad])
        #expect(result.code == 65)
        #expect(result.err.contains(":2:21: error: unknown issue 'bb'; did you mean 'b'?"))
        #expect(try Self.run("parley", ["report", bad]).out.isEmpty)
    }

    @Test func aMissingFileExits66EvenBesideAnInvalidOne() throws {
        let bad = try Self.temporaryFile("issue b: bool\nparty p { demand d: bb }\n")
        #expect(try Self.run("parley", ["check", "/nonexistent/x.parley"]).code == 66)
        #expect(try Self.run("parley", ["check", bad, "/nonexistent/x.parley"]).code == 66)
    }

    @Test func usageErrorsExit64WithASuggestion() throws {
        let command = try Self.run("parley", ["chek", "scenarios/toy.parley"])
        #expect(command.code == 64 && command.err.contains("did you mean 'check'?"))
        let option = try Self.run("parley", ["check", "--fromat", "json", "scenarios/toy.parley"])
        #expect(option.code == 64 && option.err.contains("did you mean '--format'?"))
        let whatIf = try Self.run("parley", ["report", "scenarios/toy.parley", "--whatif", "swpa"])
        #expect(whatIf.code == 64 && whatIf.err.contains("did you mean 'swap'?"))
        let concede = try Self.run("parley", ["report", "scenarios/toy.parley", "--concede", "west.no_pldge"])
        #expect(concede.code == 64 && concede.err.contains("did you mean 'west.no_pledge'?"))
        #expect(try Self.run("parley", ["report", "scenarios/toy.parley", "--format", "yaml"]).code == 64)
        #expect(try Self.run("parley", []).code == 64)
    }

    @Test func helpAndVersionExit0() throws {
        #expect(try Self.run("parley", ["--help"]).code == 0)
        #expect(try Self.run("parley", ["help", "report"]).code == 0)
        #expect(try Self.run("parley", ["--version"]).out.hasPrefix("parley "))
    }

    @Test func anUnwritableOutputExits73() throws {
        #expect(try Self.run("parley", ["report", "scenarios/toy.parley", "--output", "/nonexistent/dir/r.json"]).code == 73)
    }

    @Test func aPDFOutputExits64AndSaysToPrintTheHTML() throws {
        let result = try Self.run("parley", ["report", "scenarios/toy.parley", "--output", "/tmp/parley-report.pdf"])
        #expect(result.code == 64)
        #expect(result.err.contains("--output /tmp/parley-report.html"))
        #expect(result.err.contains("print it from a browser"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/parley-report.pdf"))
    }

    @Test func anOutputExtensionOfNoKnownFormatNeedsFormat() throws {
        #expect(try Self.run("parley", ["report", "scenarios/toy.parley", "--output", "/tmp/parley-report.docx"]).code == 64)
        let path = NSTemporaryDirectory() + "parley-report-\(ProcessInfo.processInfo.processIdentifier).out"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.run("parley", ["report", "scenarios/toy.parley", "--output", path, "--format", "json"]).code == 0)
    }

    @Test func aFileReportIsCompleteWhereTheTerminalViewSummarises() throws {
        var text = "issue x: 0..40\nparty a {\n"
        for i in 0..<15 { text += "  demand lo\(i): x >= \(20 + i)\n" }
        text += "}\nparty b {\n  demand hi: x <= 5\n}\n"
        let file = try Self.temporaryFile(text, "many.parley")
        let path = NSTemporaryDirectory() + "parley-many-\(ProcessInfo.processInfo.processIdentifier).md"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.run("parley", ["report", file, "--output", path]).code == 0)
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!markdown.contains("shows them)"))
        #expect(markdown.contains("lo14"))
        let terminal = try Self.run("parley", ["report", file, "--format", "markdown"]).out
        #expect(terminal.contains("more (`--all` shows them)"))
    }

    @Test func onlyTheHTMLReportHasTheExplainAppendix() throws {
        let html = try Self.run("parley", ["report", "scenarios/toy.parley", "--format", "html"])
        #expect(html.code == 0)
        #expect(html.out.contains("Appendix: why each excluded value is ruled out"))
        let markdown = try Self.run("parley", ["report", "scenarios/toy.parley", "--format", "markdown"])
        #expect(!markdown.out.contains("Appendix"))
    }

    @Test func textWrapsToColumns() throws {
        let file = "scenarios/ukraine-2025-11.parley"
        let narrow = try Self.run("parley", ["report", file, "--format", "text"], environment: ["COLUMNS": "60"]).out
        let lines = narrow.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines.contains { $0.count > 50 })
        let wide = try Self.run("parley", ["report", file, "--format", "text"], environment: ["COLUMNS": "140"]).out
        #expect(wide.split(separator: "\n").contains { $0.count > 100 })
    }

    @Test func warningsExit0AndUnderStrict65() throws {
        let file = try Self.temporaryFile("issue x: 0..10\nissue spare: bool\nparty p { demand d: x <= 20\n prefer q: x > 10 }\n")
        let plain = try Self.run("parley", ["check", file])
        #expect(plain.code == 0)
        #expect(plain.err.contains("warning: this comparison holds for every value of issue 'x'"))
        #expect(plain.err.contains("warning: no demand or preference mentions issue 'spare'"))
        #expect(plain.err.contains("warning: no agreement can meet preference 'p.q'"))
        #expect(try Self.run("parley", ["check", "--strict", file]).code == 65)
        #expect(try Self.run("parley", ["check", "--strict", "scenarios/toy.parley"]).code == 0)
    }

    @Test func aCutAnalysisExits75OnlyUnderStrict() throws {
        var text = ""
        for i in 0..<12 { text += "issue x\(i): 0..100\n" }
        text += "party p {\n"
        for i in 0..<11 { text += "  demand d\(i): x\(i) + x\(i + 1) <= 100\n" }
        let file = try Self.temporaryFile(text + "}\n")
        #expect(try Self.run("parley", ["report", file, "--count-limit", "3", "--format", "json"]).code == 0)
        let strict = try Self.run("parley", ["report", file, "--count-limit", "3", "--strict", "--format", "json"])
        #expect(strict.code == 75)
        #expect(strict.out.contains("\"reason\": \"limit\""))
    }

    @Test func standardInputIsNamedStdin() throws {
        let result = try Self.run("parley", ["check", "-"], input: "issue b: bool\nparty p { demand d: bb }\n")
        #expect(result.code == 65 && result.err.hasPrefix("<stdin>:2:21: error:"))
    }

    @Test func parleySatUsesTheCompetitionCodes() throws {
        #expect(try Self.run("parley-sat", ["Tests/ParleySATTests/Resources/satlib/uf50-01.cnf"]).code == 10)
        #expect(try Self.run("parley-sat", ["Tests/ParleySATTests/Resources/satlib/uuf50-01.cnf"]).code == 20)
        let malformed = try Self.temporaryFile("p cnf 2 1\n1 3 0\n", "bad.cnf")
        #expect(try Self.run("parley-sat", [malformed]).code == 1)
    }

    @Test func diffExitsLikeReport() throws {
        let rounds = "Tests/ParleyReportTests/Resources/rounds"
        let both = try Self.run("parley", ["diff", "\(rounds)/round1.parley", "\(rounds)/round2.parley", "--format", "json"])
        #expect(both.code == 0 && both.out.contains("\"schema\": \"parley-diff/1\""))
        let bad = try Self.temporaryFile("issue b: bool\nparty p { demand d: bb }\n")
        let invalid = try Self.run("parley", ["diff", "\(rounds)/round1.parley", bad])
        #expect(invalid.code == 65 && invalid.out.isEmpty && invalid.err.contains("unknown issue 'bb'"))
        #expect(try Self.run("parley", ["diff", "\(rounds)/round1.parley", "/nonexistent/r.parley"]).code == 66)
        #expect(try Self.run("parley", ["diff", "\(rounds)/round1.parley"]).code == 64)
    }

    @Test func extendsBasesTheCommandLineWhatIfOnANamedOne() throws {
        let file = try Self.temporaryFile("""
        issue x: 0..10
        party p { demand low: x <= 3 }
        party q { demand high: x >= 7
                  demand odd: x != 5 }
        whatif geneva { demand p.low: x <= 6 }
        """)
        let stacked = try Self.run("parley", ["report", file, "--concede", "q.high", "--extends", "geneva", "--format", "json"])
        #expect(stacked.code == 0)
        #expect(stacked.out.contains("\"extends\": \"geneva\""))
        let typo = try Self.run("parley", ["report", file, "--concede", "q.high", "--extends", "genva"])
        #expect(typo.code == 64 && typo.err.contains("did you mean 'geneva'?"))
        #expect(try Self.run("parley", ["report", file, "--extends", "geneva"]).code == 64)
        let text = try Self.run("parley", ["whatif", file, "--concede", "q.high", "--extends", "geneva"])
        #expect(text.code == 0 && text.out.contains("Against geneva:") && text.out.contains("Against the baseline:"))
    }

    @Test func aLadderThatIsNotWeakerIsInvalidEverywhere() throws {
        let file = try Self.temporaryFile("issue x: 0..10\nparty p {\n  demand d cost 5: x <= 3\n    fallback cost 2: x <= 2\n}\n")
        for command in ["check", "report", "whatif"] {
            let result = try Self.run("parley", [command, file])
            #expect(result.code == 65, "\(command)")
            #expect(result.err.contains(":4:5: error: fallback 1 admits less than the step before it"), "\(command)")
            #expect(result.out.isEmpty || command == "check", "\(command): a partial report")
        }
    }

    @Test func settlingPastTheLadderOnTheCommandLineIsAUsageError() throws {
        let file = try Self.temporaryFile("issue x: 0..10\nparty p { demand d: x <= 3 fallback: x <= 5 }\nparty q { demand e: x >= 6 }\n")
        let past = try Self.run("parley", ["report", file, "--concede", "p.d@2"])
        #expect(past.code == 64 && past.err.contains("@2 must be between 1 and 1"))
        let settled = try Self.run("parley", ["report", file, "--concede", "p.d@1", "--format", "json"])
        #expect(settled.code == 0 && settled.out.contains("\"concede p.d@1\""))
    }

    @Test func importGeniusWritesACheckedScenarioAndNamesTheElementOfAnError() throws {
        let domain = try Self.temporaryFile("""
        <?xml version="1.0"?>
        <negotiation_template><utility_space><objective index="0" name="root">
          <issue index="1" name="Price" type="discrete"><item index="1" value="low"/><item index="2" value="high"/></issue>
          <issue index="2" name="Delivery date" type="discrete"><item index="1" value="May"/><item index="2" value="June"/></issue>
        </objective></utility_space></negotiation_template>
        """, "domain.xml")
        let buyer = try Self.temporaryFile("""
        <utility_space><reservation value="0.5"/><objective index="0" name="root">
          <issue index="1" name="Price"><item value="low" evaluation="4"/><item value="high" evaluation="1"/></issue>
          <issue index="2" name="Delivery date"><item value="May" evaluation="1"/><item value="June" evaluation="0"/></issue>
          <weight index="1" value="0.75"/><weight index="2" value="0.25"/>
        </objective></utility_space>
        """, "buyer.xml")
        let seller = try Self.temporaryFile("""
        <utility_space><objective index="0" name="root">
          <issue index="1" name="Price"><item value="low" evaluation="0"/><item value="high" evaluation="2"/></issue>
          <issue index="2" name="Delivery date"><item value="May" evaluation="0"/><item value="June" evaluation="2"/></issue>
          <weight index="1" value="0.5"/><weight index="2" value="0.5"/>
        </objective></utility_space>
        """, "seller.xml")
        let imported = try Self.run("parley", ["import", "genius", domain, buyer, seller])
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("issue delivery_date \"Delivery date\": may | june"))
        #expect(imported.out.contains("demand reservation: utility(buyer) >= 8 source \"reservation value 0.5\""))
        #expect(imported.out.contains("prefer price_low weight 9: price == low"))
        #expect(imported.out.contains("prefer price_high_or_better weight 3: price in {low, high}"))
        let written = try Self.temporaryFile("", "imported.parley")
        #expect(try Self.run("parley", ["import", "genius", domain, buyer, seller, "--output", written]).code == 0)
        #expect(try Self.run("parley", ["check", written]).code == 0)
        #expect(try Self.run("parley", ["fmt", written]).out == imported.out)
        let report = try Self.run("parley", ["report", written, "--format", "json"])
        #expect(report.code == 0 && report.out.contains("\"feasible\": true"))

        let broken = try Self.temporaryFile("<utility_space><objective>\n  <issue index=\"1\" name=\"Colour\"/>\n</objective></utility_space>\n", "broken.xml")
        let failed = try Self.run("parley", ["import", "genius", domain, broken])
        #expect(failed.code == 65)
        #expect(failed.err.hasPrefix("\(broken):2:3: error: unknown issue 'Colour'"), "\(failed.err)")
        #expect(failed.err.contains("(in <issue>)"))
        #expect(try Self.run("parley", ["import", "genius", domain, "/nonexistent/p.xml"]).code == 66)
        #expect(try Self.run("parley", ["import", "geni", domain, buyer]).code == 64)
        #expect(try Self.run("parley", ["import", "genius", domain]).code == 64)
    }
}
