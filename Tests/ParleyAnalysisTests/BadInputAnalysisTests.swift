import Testing
@testable import ParleyAnalysis
import ParleyModel

/// The bad-input catalogue, for the analysis: extreme but valid scenarios
/// give the right result.
@Suite struct BadInputAnalysisTests {
    func load(_ text: String) throws -> Scenario {
        try #require(ScenarioChecker.load(SourceFile(name: "t", text: text)).0)
    }

    @Test func eighteenDigitRangesAreAnalysedExactly() throws {
        let scenario = try load("""
        issue x: -999999999999999999..999999999999999999
        issue y: -999999999999999999..999999999999999999
        party p { demand d: x + y >= 5 and x - y < 3 }
        party q { demand e: x <= -999999999999999990 }
        whatif all { concede p.d  concede q.e }
        """)
        let report = Analyzer.report(scenario, file: "t")
        #expect(report.analysis.overlap == [
            .intervals([-999_999_999_999_999_994...(-999_999_999_999_999_990)]),
            .intervals([999_999_999_999_999_995...999_999_999_999_999_999]),
        ])
        #expect(report.analysis.agreements.count == BigCount(15))
        // Conceding every demand leaves every agreement: (2 * 10^18 - 1)^2.
        #expect(report.whatIfs[0].analysis.agreements.count.description == "3999999999999999996000000000000000001")
    }

    @Test func twoHundredPartiesAreAnalysedWithDefaultLimits() throws {
        var text = "issue b: bool\nissue x: 0..100\n"
        for p in 0..<200 { text += "party p\(p) { demand d: x >= \(p % 50) and b }\n" }
        text += "party last { demand no: not b }\n"
        let analysis = Analyzer.analyze(issues: try load(text).issues, parties: try load(text).parties)
        #expect(analysis.feasible == false)
        #expect(analysis.complete)
        #expect(analysis.conflicts.count == 200)
        #expect(analysis.coalitions.count == 2)
        #expect(analysis.concessionsTotal == BigCount(2))
    }
}
