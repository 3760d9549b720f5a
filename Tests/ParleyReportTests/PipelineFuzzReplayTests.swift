import Foundation
import Testing
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// Replays the pipeline fuzzing corpus and every saved crash: each valid,
/// small input is analysed under the fuzz target's limits and rendered in
/// every format; the example agreement must meet every demand.
@Suite struct FuzzReplayTests {
    /// The Tests folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func inputs(_ folder: String) -> [URL] {
        let directory = root.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { !$0.hasSuffix(".md") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test func pipelineCorpusAndRegressionsReplay() throws {
        let files = Self.inputs("FuzzCorpus/pipeline") + Self.inputs("FuzzRegressions/pipeline")
        #expect(files.count >= 30)
        var analysed = 0
        for url in files {
            // (A fuzzer running beside the tests may replace corpus files.)
            guard let data = try? Data(contentsOf: url) else { continue }
            let file = SourceFile(name: url.lastPathComponent, bytes: [UInt8](data))
            let (loaded, diagnostics) = ScenarioChecker.load(file)
            guard let scenario = loaded, diagnostics.isEmpty, scenario.issues.count <= 12, scenario.parties.count <= 6,
                  scenario.parties.reduce(0, { $0 + $1.demands.count + $1.preferences.count }) <= 24 else { continue }
            analysed += 1
            var options = AnalysisOptions()
            options.limit = 20
            options.countLimit = 2_000
            options.concessionsShown = 10
            options.deadline = .now + .milliseconds(500)
            options.support = true
            guard Analyzer.verifyLadders(scenario, options: options).isEmpty else { continue }
            let report = Analyzer.report(scenario, file: "fuzz", options: options)
            let document = ReportComposer.compose(report)
            #expect(!TextRenderer().render(document).isEmpty)
            #expect(!MarkdownRenderer().render(document).isEmpty)
            #expect(HTMLRenderer().render(document).hasSuffix("</html>\n"))
            #expect((try? JSONSerialization.jsonObject(with: Data(JSONReport.render(report).utf8))) != nil, "\(url.lastPathComponent)")
            if let example = report.analysis.agreements.example {
                #expect(scenario.parties.allSatisfy { $0.demands.allSatisfy { $0.condition.holds(example) } }, "\(url.lastPathComponent)")
            }
        }
        #expect(analysed > 10)
    }
}
