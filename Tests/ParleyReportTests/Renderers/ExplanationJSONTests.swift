import Foundation
import Testing
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// `parley explain --format json`: the explanation, value by value, as the
/// project's `parley-explain/1` document.
@Suite struct ExplanationJSONTests {
    static func document(_ name: String, issue: String) throws -> (IssueExplanation, [String: Any]) {
        let scenario = try GoldenReportTests.report(name).scenario
        let index = try #require(scenario.issueIndex(named: issue))
        let explanation = Analyzer.explain(scenario, issue: index)
        let text = ExplanationJSON.render(scenario, file: "f", explanation: explanation)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (explanation, object)
    }

    @Test func everyValueIsListedWithWhetherItIsPossible() throws {
        let (explanation, object) = try Self.document("toy", issue: "border")
        #expect(object["schema"] as? String == "parley-explain/1")
        #expect(object["issue"] as? String == "border")
        let values = try #require(object["values"] as? [[String: Any]])
        #expect(values.map { $0["value"] as? String } == ["north", "middle", "south"])
        #expect(values.map { $0["possible"] as? Bool } == explanation.values.map(\.possible))
    }

    @Test func anExcludedValueListsTheDemandSetsAgainstIt() throws {
        let (explanation, object) = try Self.document("toy", issue: "troops")
        let values = try #require(object["values"] as? [[String: Any]])
        for (entry, expected) in zip(values, explanation.values) where expected.possible == false {
            let sets = try #require(entry["excludedBy"] as? [[String]])
            #expect(sets == expected.excludedBy.map { $0.demands.map(\.qualifiedName) })
            #expect(entry["example"] is NSNull)
        }
        #expect(object["complete"] as? Bool == true)
    }
}
