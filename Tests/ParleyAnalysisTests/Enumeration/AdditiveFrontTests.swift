import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The issue-by-issue Pareto front against brute force over every
/// agreement, on random additive positions (single-issue preferences and
/// demands, utility floors), and the positions it must leave to the solver.
@Suite struct AdditiveFrontTests {
    static func additiveScenario(seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        var text = ""
        var atomsOf: [[String]] = []
        for i in 0..<Int.random(in: 1...4, using: &rng) {
            switch Int.random(in: 0..<3, using: &rng) {
            case 0:
                let values = Array(["a", "b", "c", "d"].prefix(Int.random(in: 1...4, using: &rng)))
                text += "issue e\(i): \(values.joined(separator: " | "))\n"
                atomsOf.append(values.map { "e\(i) == \($0)" } + ["e\(i) in {\(values.prefix(2).joined(separator: ", "))}"])
            case 1:
                text += "issue b\(i): bool\n"
                atomsOf.append(["b\(i)", "not b\(i)"])
            default:
                let low = Int.random(in: -2...1, using: &rng)
                text += "issue n\(i): \(low)..\(low + Int.random(in: 0...5, using: &rng))\n"
                atomsOf.append(["n\(i) >= \(Int.random(in: -1...3, using: &rng))", "2 * n\(i) - 1 < \(Int.random(in: 0...6, using: &rng))", "n\(i) != 1"])
            }
        }
        let atoms = atomsOf.flatMap { $0 }
        let parties = Int.random(in: 1...3, using: &rng)
        for p in 0..<parties {
            text += "party p\(p) {\n"
            for q in 0..<Int.random(in: 0...5, using: &rng) {
                text += "  prefer q\(q) weight \(Int.random(in: 1...9, using: &rng)): \(atoms.randomElement(using: &rng)!)\n"
            }
            if Int.random(in: 0..<4, using: &rng) == 0 {
                let own = atomsOf.randomElement(using: &rng)!
                text += "  demand d: \(own.randomElement(using: &rng)!) or \(own.randomElement(using: &rng)!)\n"
            }
            if Int.random(in: 0..<3, using: &rng) == 0 {
                text += "  demand r: utility(p\(Int.random(in: 0..<parties, using: &rng))) \(["> ", ">="].randomElement(using: &rng)!) \(Int.random(in: 0...12, using: &rng))\n"
            }
            if Int.random(in: 0..<5, using: &rng) == 0 { text += "  prefer always weight 2: true\n" }
            text += "}\n"
        }
        return text
    }

    static func bruteForceFront(_ scenario: Scenario) -> [[Int64]] {
        var agreements: [[Int64]] = [[]]
        for issue in scenario.issues {
            let values: [Int64] = switch issue.domain {
            case .values(let names): (0..<Int64(names.count)).map { $0 }
            case .bool: [0, 1]
            case .integers(let low, let high): Array(low...high)
            }
            agreements = agreements.flatMap { prefix in values.map { prefix + [$0] } }
        }
        let demands = scenario.parties.flatMap { $0.demands.map(\.condition) }
        let vectors = Set(agreements.filter { a in demands.allSatisfy { $0.holds(a) } }.map { a in
            scenario.parties.map { party in party.preferences.reduce(Int64(0)) { $0 + ($1.condition.holds(a) ? $1.weight : 0) } }
        })
        return vectors.filter { v in !vectors.contains { w in w != v && zip(w, v).allSatisfy { $0 >= $1 } } }
            .sorted { $0.lexicographicallyPrecedes($1, by: >) }
    }

    @Test func theFrontIsBruteForcesWithAWitnessEach() throws {
        var nonEmpty = 0
        for seed in UInt64(1)...400 {
            let text = Self.additiveScenario(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "a", text: text)).0, "seed \(seed)\n\(text)")
            let demands = scenario.parties.flatMap { $0.demands.map(\.condition) }
            let method = try #require(AdditiveFront(issues: scenario.issues, demands: demands, parties: scenario.parties), "seed \(seed)\n\(text)")
            let points = try #require(method.front(options: AnalysisOptions()))
            let expected = Self.bruteForceFront(scenario)
            #expect(points.map(\.utilities) == expected, "seed \(seed)\n\(text)")
            for point in points {
                #expect(demands.allSatisfy { $0.holds(point.agreement) }, "seed \(seed)")
                let utilities = scenario.parties.map { party in
                    party.preferences.reduce(Int64(0)) { $0 + ($1.condition.holds(point.agreement) ? $1.weight : 0) }
                }
                #expect(utilities == point.utilities, "seed \(seed)")
            }
            if !points.isEmpty { nonEmpty += 1 }
            // The analysis takes this path and agrees with the solver's.
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            #expect(analysis.best.map(\.utilities) == expected, "seed \(seed)")
        }
        #expect(nonEmpty > 250)
    }

    @Test func theLimitKeepsTheFrontsFirstVectorsAndSaysSo() throws {
        for coupling in ["", "  demand d: x == y or x == 0\n"] {
            let text = "issue x: 0..5\nissue y: 0..5\nparty p {\n\(coupling)  prefer a weight 3: x >= 1\n  prefer b: x >= 4\n  prefer c: y >= 2\n}\n"
                + "party q {\n  prefer a weight 2: x <= 2\n  prefer b weight 5: y <= 1\n}\n"
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "l", text: text)).0)
            let full = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            var options = AnalysisOptions()
            options.limit = 2
            let cut = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties, options: options)
            #expect(full.best.count > 2 && full.complete, "\(coupling)")
            #expect(cut.best.map(\.utilities) == Array(full.best.prefix(2)).map(\.utilities), "\(coupling)")
            #expect(!cut.complete)
        }
    }

    @Test func nondominatedKeepsTheFirstOfEqualsInDescendingOrder() {
        // Three parties: (3,1,1) (1,3,1) (1,1,3) survive; (1,1,1) and the
        // repeated (3,1,1) do not.
        let vectors: [Int64] = [1, 1, 1, 3, 1, 1, 1, 3, 1, 3, 1, 1, 1, 1, 3]
        #expect(AdditiveFront.nondominated(vectors, count: 5, width: 3) == [1, 2, 4])
        #expect(AdditiveFront.nondominated([2, 2, 3, 1, 2, 2, 1, 3, 0, 0], count: 5, width: 2) == [1, 0, 3])
        #expect(AdditiveFront.nondominated([4, 7, 7], count: 3, width: 1) == [1])
    }

    @Test func couplingPositionsAreLeftToTheSolver() throws {
        func method(_ text: String) throws -> AdditiveFront? {
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0)
            return AdditiveFront(issues: scenario.issues, demands: scenario.parties.flatMap { $0.demands.map(\.condition) }, parties: scenario.parties)
        }
        let issues = "issue x: 0..3\nissue y: 0..3\n"
        #expect(try method(issues + "party p { prefer a: x + y >= 3 }\n") == nil)
        #expect(try method(issues + "party p { demand d: x == y\n prefer a: x >= 1 }\n") == nil)
        #expect(try method(issues + "party p { demand d: utility(p) <= 1\n prefer a: x >= 1 }\n") == nil)
        #expect(try method("issue x: 0..100000\nparty p { prefer a: x >= 1 }\n") == nil)
        #expect(try method(issues + "party p { demand d: x >= 1 and utility(p) > 0\n prefer a: x >= 2 }\n") != nil)
    }
}
