import Foundation
import Testing
@testable import ParleyReport
import ParleyAnalysis
import ParleyModel

/// The HTML's appendix says what `explain` would of each excluded value, so
/// that its reader need not run a command.
@Suite struct AppendixTests {
    static func report(_ source: String) throws -> ScenarioAnalysis {
        let (scenario, diagnostics) = ScenarioChecker.load(SourceFile(name: "a.parley", bytes: Array(source.utf8)))
        let checked = try #require(scenario, "\(diagnostics)")
        var options = AnalysisOptions()
        options.support = true
        return Analyzer.report(checked, file: "a.parley", explainExcluded: true, options: options)
    }

    static func prose(_ report: ScenarioAnalysis) -> String {
        TextRenderer(colour: false, all: true).render(ReportComposer.compose(report))
    }

    @Test func eachValueOutsideTheCommonGroundIsExplainedWithItsSets() throws {
        let report = try GoldenReportTests.report("toy", explained: true)
        let text = Self.prose(report)
        let appendix = try #require(text.range(of: "Appendix: why each excluded value is ruled out")).upperBound
        let tail = String(text[appendix...])
        #expect(tail.contains("border = north"))
        #expect(tail.contains("east.line"))
        #expect(tail.contains("border = south"))
        // troops is wide: its excluded run 0..49 is explained by its first value.
        #expect(tail.contains("troops = 0"))
        #expect(tail.contains("west.army"))
        #expect(!tail.contains("border = middle"), "common ground is not excluded")
    }

    @Test func aFeasibleScenarioExplainsTheValuesOutsideTheOverlap() throws {
        let report = try Self.report("""
            issue x: 0..5
            issue y: a | b
            party p {
              demand low: x <= 2
            }
            party q {
              demand yes: y == a
            }
            """)
        let explained = try #require(report.excludedValues)
        #expect(explained.map(\.issue) == [0, 1])
        #expect(explained[0].values.map(\.value) == [3, 4, 5])
        #expect(explained[1].values.map(\.value) == [1])
        #expect(explained.allSatisfy { $0.values.allSatisfy { $0.possible == false && $0.excludedBy.count == 1 } })
    }

    @Test func theAppendixStopsAtItsLimitAndSaysSo() throws {
        let report = try Self.report("""
            issue a: 0..60
            issue b: 0..60
            issue c: 0..60
            party p {
              demand a0: a == 0
              demand b0: b == 0
              demand c0: c == 0
            }
            """)
        #expect(report.excludedValues?.map(\.issue) == [0, 1])
        #expect(report.excludedValuesSkipped == 1)
        #expect(Self.prose(report).contains("1 more issue was not explained: the appendix explains at most \(Analyzer.appendixLimit) values."))
    }

    @Test func withoutTheAskTheReportHasNoAppendix() throws {
        let text = TextRenderer(colour: false, all: true).render(ReportComposer.compose(try GoldenReportTests.report("toy")))
        #expect(!text.contains("Appendix"))
    }
}
