import Foundation
import Testing
@testable import ParleyModel

/// Replays the fuzzing corpus and every saved crash through the front end:
/// each input gives a scenario or diagnostics, and a valid one survives a
/// fmt round trip.
@Suite struct FuzzReplayTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func inputs(_ folder: String) -> [URL] {
        let directory = root.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { !$0.hasSuffix(".md") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test func corpusAndRegressionsReplay() throws {
        let files = FuzzReplayTests.inputs("FuzzCorpus/frontend") + FuzzReplayTests.inputs("FuzzRegressions/frontend")
        #expect(files.count > 100)
        var valid = 0
        for url in files {
            // (A fuzzer running beside the tests may replace corpus files.)
            guard let data = try? Data(contentsOf: url) else { continue }
            let file = SourceFile(name: url.lastPathComponent, bytes: [UInt8](data))
            let (syntax, syntaxDiagnostics) = Parser.parse(file)
            let (scenario, semanticDiagnostics) = ScenarioChecker.check(syntax, in: file)
            let diagnostics = syntaxDiagnostics + semanticDiagnostics
            #expect((scenario != nil && diagnostics.isEmpty) || !diagnostics.isEmpty, "\(url.lastPathComponent)")
            guard diagnostics.isEmpty else { continue }
            valid += 1
            let formatted = Formatter.format(syntax, in: file)
            let again = SourceFile(name: "again", text: formatted)
            let (syntax2, d2) = Parser.parse(again)
            #expect(d2.isEmpty, "\(url.lastPathComponent)")
            #expect(Formatter.format(syntax2, in: again) == formatted, "\(url.lastPathComponent)")
        }
        #expect(valid > 10)
    }
}
