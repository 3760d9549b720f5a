import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleySAT

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

/// Limits: a cut analysis says what was cut and lists only verified items.
@Suite struct LimitTests {
    @Test func countLimitMakesTheCountALowerBound() throws {
        var text = ""
        for i in 0..<12 { text += "issue x\(i): 0..100\n" }
        text += "party p {\n"
        for i in 0..<11 { text += "  demand d\(i): x\(i) + x\(i + 1) <= 100\n" }
        text += "}\n"
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "t", text: text)).0)
        var options = AnalysisOptions()
        options.countLimit = 3
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties, options: options)
        #expect(analysis.agreements.exact == false)
        #expect(analysis.incomplete.contains(Incompleteness(part: .agreements, reason: .limit)))
        #expect(analysis.complete == false)
        #expect(analysis.feasible == true)
    }

    @Test func conflictLimitKeepsOnlyVerifiedConflicts() throws {
        var text = "issue b: bool\nparty no { demand n: not b }\n"
        for p in 0..<10 { text += "party p\(p) { demand d: b }\n" }
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "t", text: text)).0)
        var options = AnalysisOptions()
        options.limit = 4
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties, options: options)
        #expect(analysis.conflicts.count == 4)
        #expect(analysis.conflicts.allSatisfy { $0.demands.count == 2 && $0.demands.contains("no.n") })
        #expect(analysis.concessionsTotal == nil)
        #expect(analysis.incomplete.contains(Incompleteness(part: .conflicts, reason: .limit)))
    }

    @Test func raisedStopMarksTheAnalysisInterrupted() throws {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "t", text: "issue b: bool\nparty p { demand d: b }\n")).0)
        var options = AnalysisOptions()
        options.stop = StopSignal()
        options.stop?.raise()
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties, options: options)
        #expect(analysis.feasible == nil)
        #expect(analysis.incomplete.allSatisfy { $0.reason == .interrupted })
        #expect(!analysis.complete)
    }
}
