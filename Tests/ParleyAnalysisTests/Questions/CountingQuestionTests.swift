import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The count of a whole analysis takes each part through the quick count,
/// the listing and the full counter in turn; each way gives the exact
/// count.
@Suite struct CountingQuestionTests {
    static func scenario(_ text: String) throws -> Scenario {
        try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0, "\(text)")
    }

    /// Whether the counter alone, held to the quick limit, stops early.
    static func quickCountIsCut(_ scenario: Scenario) -> Bool {
        let conditions = scenario.parties.flatMap { $0.demands.map(\.condition) }
        var options = AnalysisOptions()
        options.countLimit = CountingQuestion.quickLimit
        let counter = AgreementCounter(domains: scenario.issues.map(\.domain), conditions: conditions, options: options)
        _ = counter.count(Array(conditions.indices), over: Array(scenario.issues.indices))
        return counter.cut != nil
    }

    @Test func aPartPastTheQuickCountIsListedExactly() throws {
        // Six issues of ten values, all different: 10·9·8·7·6·5 agreements,
        // more boxes than the quick count allows, few enough to list.
        var text = (0..<6).map { "issue x\($0): 0..9\n" }.joined() + "party p {\n"
        for i in 0..<6 {
            for j in (i + 1)..<6 { text += "  demand d\(i)_\(j): x\(i) != x\(j)\n" }
        }
        let scenario = try CountingQuestionTests.scenario(text + "}\n")
        #expect(CountingQuestionTests.quickCountIsCut(scenario))
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.agreements.exact)
        #expect(analysis.agreements.count == BigCount(151_200))
    }

    @Test func aPartTooBigToListIsCountedWithTheFullLimit() throws {
        // A chain x0 + x1 <= 100, x1 + x2 <= 100, ... over twelve issues of
        // 101 values: 101^12 agreements to list, past the quick count.
        var text = (0..<12).map { "issue x\($0): 0..100\n" }.joined() + "party p {\n"
        for i in 0..<11 { text += "  demand d\(i): x\(i) + x\(i + 1) <= 100\n" }
        let scenario = try CountingQuestionTests.scenario(text + "}\n")
        #expect(CountingQuestionTests.quickCountIsCut(scenario))
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.agreements.exact)
        #expect(analysis.agreements.count == AgreementCounterTests.chainCount(issues: 12, sumAtMost: 100))
    }
}
