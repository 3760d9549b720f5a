import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// `parley diff` against direct comparisons: generated scenarios and a
/// mutated copy of each.
@Suite struct RoundComparisonTests {
    /// A copy of the text with some demands changed, dropped or renamed.
    static func mutated(_ text: String, seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("  demand ") else { return String(line) }
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: return ""  // dropped
            case 1: return line.replacingOccurrences(of: "demand d", with: "demand renamed_d")
            case 2: return line.replacingOccurrences(of: " cost ", with: " cost 1").replacingOccurrences(of: "cost 1", with: "cost 7", options: [], range: nil)
            case 3: return line.hasSuffix("true") ? String(line.dropLast(4)) + "false" : String(line) + " or true"
            default: return String(line)
            }
        }.joined(separator: "\n")
    }

    static func report(_ text: String) throws -> ScenarioAnalysis {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0, "\(text)")
        return Analyzer.report(scenario, file: "r", whatIfs: [])
    }

    @Test func conflictsAndPositionsAreTheSetDifferences() throws {
        var changedSomething = 0
        for seed in UInt64(1)...150 {
            let oldText = BruteForceOracleTests.scenarioText(seed: seed &+ 120_000)
            let old = try Self.report(oldText), new = try Self.report(Self.mutated(oldText, seed: seed))
            let diff = RoundComparison.compare(old, new)
            #expect(Set(diff.addedConflicts) == Set(new.analysis.conflicts).subtracting(old.analysis.conflicts), "seed \(seed)")
            #expect(Set(diff.removedConflicts) == Set(old.analysis.conflicts).subtracting(new.analysis.conflicts), "seed \(seed)")
            #expect(diff.keptConflicts == Set(new.analysis.conflicts).intersection(old.analysis.conflicts).count)
            func items(_ s: Scenario) -> [DemandID: String] {
                var result: [DemandID: String] = [:]
                for party in s.parties {
                    for d in party.demands { result[DemandID(party: party.name, name: d.name)] = "d \(d.cost) \(d.expression)" }
                    for q in party.preferences { result[DemandID(party: party.name, name: q.name)] = "p \(q.weight) \(q.expression)" }
                }
                return result
            }
            let before = items(old.scenario), after = items(new.scenario)
            func kind(_ text: String?) -> Character? { text?.first }
            #expect(Set(diff.addedItems) == Set(after.keys.filter { kind(before[$0]) != kind(after[$0]) }), "seed \(seed)")
            #expect(Set(diff.removedItems) == Set(before.keys.filter { kind(after[$0]) != kind(before[$0]) }), "seed \(seed)")
            #expect(Set(diff.changedItems.map(\.id)) == Set(after.keys.filter {
                kind(before[$0]) == kind(after[$0]) && before[$0] != after[$0]
            }), "seed \(seed)")
            #expect(diff.cheapest.old == RoundComparison.cheapest(old.analysis) && diff.cheapest.new == RoundComparison.cheapest(new.analysis))
            if !diff.nothingChanged { changedSomething += 1 }
        }
        #expect(changedSomething > 100)
    }

    @Test func aFileComparedWithItselfHasNoChange() throws {
        for seed in UInt64(1)...50 {
            let report = try Self.report(BruteForceOracleTests.scenarioText(seed: seed))
            let diff = RoundComparison.compare(report, report)
            #expect(diff.nothingChanged, "seed \(seed)")
            #expect(diff.keptConflicts == report.analysis.conflicts.count)
        }
    }

    @Test func overlapsOfAChangedDomainCompareByValueNames() throws {
        let old = try Self.report("issue e: a | b | c\nparty p { demand d: e in {b, c} }\n")
        let new = try Self.report("issue e: c | b | a\nparty p { demand d: e in {b, c} }\n")
        let diff = RoundComparison.compare(old, new)
        #expect(diff.changedIssues == ["e"])
        #expect(diff.overlap.isEmpty && diff.common.isEmpty)
        #expect(diff.changedItems.isEmpty)
    }
}
