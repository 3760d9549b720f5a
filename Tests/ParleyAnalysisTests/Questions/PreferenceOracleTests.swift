import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// Which preferences no agreement can meet, against brute force over every
/// agreement of small random scenarios (and a few made unmeetable on
/// purpose).
@Suite struct PreferenceOracleTests {
    @Test func unmeetablePreferencesAreExactlyThoseNoAgreementMeets() throws {
        var unmeetableSeen = 0
        for seed in UInt64(1)...120 {
            var text = BruteForceOracleTests.scenarioText(seed: seed &+ 40_000)
            // Every third scenario gets a preference that contradicts itself.
            if seed % 3 == 0 {
                text += "party extra {\n  prefer never: false and true\n}\n"
            }
            guard let scenario = ScenarioChecker.load(SourceFile(name: "r", text: text)).0 else { continue }
            let oracle = BruteForceOracleTests.Oracle(scenario: scenario)
            var expected: [DemandID] = []
            for party in scenario.parties {
                for preference in party.preferences where !oracle.agreements.contains(where: { preference.condition.holds($0) }) {
                    expected.append(DemandID(party: party.name, name: preference.name))
                }
            }
            let found = Analyzer.unmeetablePreferences(scenario).map(\.preference)
            #expect(Set(found) == Set(expected), "seed \(seed)\n\(text)")
            unmeetableSeen += expected.count
        }
        #expect(unmeetableSeen > 10)
    }
}
