import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The front by listing every agreement against brute force, on random
/// positions that couple issues (utility demands included), and where the
/// listing stops applying.
@Suite struct EnumeratedFrontTests {
    @Test func theListedFrontIsBruteForcesWithAWitnessEach() throws {
        var coupled = 0
        for seed in UInt64(1)...300 {
            let text = BruteForceOracleTests.scenarioText(seed: seed &+ 30_000, utilities: seed % 2 == 0)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0, "seed \(seed)")
            let demands = scenario.parties.flatMap { $0.demands.map(\.condition) }
            if AdditiveFront(issues: scenario.issues, demands: demands, parties: scenario.parties) == nil { coupled += 1 }
            let listing = try #require(EnumeratedFront(issues: scenario.issues, demands: demands, parties: scenario.parties), "seed \(seed)")
            let points = try #require(listing.front(options: AnalysisOptions()))
            let sorted = points.sorted { $0.utilities.lexicographicallyPrecedes($1.utilities, by: >) }
            #expect(sorted.map(\.utilities) == AdditiveFrontTests.bruteForceFront(scenario), "seed \(seed)\n\(text)")
            for point in points {
                #expect(demands.allSatisfy { $0.holds(point.agreement) }, "seed \(seed)")
                let utilities = scenario.parties.map { party in
                    party.preferences.reduce(Int64(0)) { $0 + ($1.condition.holds(point.agreement) ? $1.weight : 0) }
                }
                #expect(utilities == point.utilities, "seed \(seed)")
            }
        }
        #expect(coupled > 200)
    }

    @Test func largeSpacesAreLeftToTheSolver() throws {
        func listing(_ text: String) throws -> EnumeratedFront? {
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0)
            return EnumeratedFront(issues: scenario.issues, demands: scenario.parties.flatMap { $0.demands.map(\.condition) }, parties: scenario.parties)
        }
        #expect(try listing("issue x: 0..2097151\nparty p { prefer a: x >= 1 }\n") != nil)
        #expect(try listing("issue x: 0..2097152\nparty p { prefer a: x >= 1 }\n") == nil)
        #expect(try listing("issue x: 0..2000\nissue y: 0..2000\nparty p { demand d: x == y }\n") == nil)
        #expect(try listing("issue x: -999999999999999999..999999999999999999\nparty p { demand d: x > 0 }\n") == nil)
        // A million agreements, but too many tables over all issues to fill.
        var many = "issue x: 0..999\nissue y: 0..999\nparty p {\n"
        for k in 0..<9 { many += "  demand d\(k): x + y != \(k)\n" }
        #expect(try listing(many + "}\n") == nil)
        #expect(try listing("issue x: 0..999\nissue y: 0..999\nparty p {\n  demand d: x + y != 3\n}\n") != nil)
    }
}
