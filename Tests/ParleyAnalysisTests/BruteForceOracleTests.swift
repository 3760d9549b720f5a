import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The engine against an independent oracle that enumerates every
/// agreement of small random scenarios, and every subset of their demands.
@Suite struct BruteForceOracleTests {
    /// A random small scenario using every construct of the language.
    /// With `utilities`, each party may hold a demand on some party's
    /// utility (`utility(p1) >= 3`, mirrored, or inside a disjunction),
    /// declared above or below that party.
    static func scenarioText(seed: UInt64, utilities: Bool = false) -> String {
        var rng = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        var enums: [(String, [String])] = [], bools: [String] = [], ints: [String] = []
        var text = ""
        for i in 0..<Int.random(in: 2...4, using: &rng) {
            switch Int.random(in: 0..<3, using: &rng) {
            case 0:
                let values = Array(["north", "south", "east"].prefix(Int.random(in: 1...3, using: &rng)))
                enums.append(("e\(i)", values))
                text += "issue e\(i): \(values.joined(separator: " | "))\n"
            case 1:
                bools.append("b\(i)")
                text += "issue b\(i): bool\n"
            default:
                let low = Int.random(in: -3...2, using: &rng)
                ints.append("n\(i)")
                text += "issue n\(i): \(low)..\(low + Int.random(in: 0...4, using: &rng))\n"
            }
        }
        func linear(_ depth: Int) -> String {
            if depth == 0 || Bool.random(using: &rng) {
                return !ints.isEmpty && Int.random(in: 0..<3, using: &rng) > 0 ? pick(ints) : String(Int.random(in: 0...4, using: &rng))
            }
            return pick(["\(linear(depth - 1)) + \(linear(depth - 1))", "\(linear(depth - 1)) - \(linear(depth - 1))",
                         "\(Int.random(in: 1...3, using: &rng)) * \(linear(depth - 1))", "-(\(linear(depth - 1)))"])
        }
        func condition(_ depth: Int) -> String {
            if depth == 0 || Int.random(in: 0..<3, using: &rng) == 0 {
                var atoms = ["true", "false", "\(linear(1)) \(pick(["==", "!=", "<", "<=", ">", ">="])) \(linear(1))"]
                if let (e, values) = enums.randomElement(using: &rng) {
                    atoms.append("\(e) \(pick(["==", "!="])) \(pick(values))")
                    atoms.append("\(e) \(pick(["in", "not in"])) {\(values.shuffled(using: &rng).prefix(Int.random(in: 1...values.count, using: &rng)).joined(separator: ", "))}")
                }
                if let b = bools.randomElement(using: &rng) { atoms += [b, "\(b) == \(pick(["true", "false"]))", b] }
                return pick(atoms)
            }
            let n = Int.random(in: 1...3, using: &rng)
            let items = (0..<n).map { _ in condition(depth - 1) }
            return pick([
                "\(condition(depth - 1)) and \(condition(depth - 1))", "\(condition(depth - 1)) or \(condition(depth - 1))",
                "(\(condition(depth - 1)) implies \(condition(depth - 1)))", "(\(condition(depth - 1)) iff \(condition(depth - 1)))",
                "not \(condition(depth - 1))",
                "\(pick(["atleast", "atmost", "exactly"])) \(Int.random(in: 0...n, using: &rng)) of {\(items.joined(separator: ", "))}",
            ])
        }
        let partyCount = Int.random(in: 2...3, using: &rng)
        for p in 0..<partyCount {
            text += "party p\(p) {\n"
            for d in 0..<Int.random(in: 1...4, using: &rng) {
                text += "  demand d\(d) cost \(Int.random(in: 0...3, using: &rng)): \(condition(2))\n"
            }
            if utilities, Bool.random(using: &rng) {
                let utility = "utility(p\(Int.random(in: 0..<partyCount, using: &rng)))"
                let r = Int.random(in: 0...8, using: &rng)
                let op = pick(["==", "!=", "<", "<=", ">", ">="])
                text += "  demand u cost \(Int.random(in: 0...3, using: &rng)): " + pick([
                    "\(utility) \(op) \(r)", "\(r) \(op) \(utility)", "\(utility) >= \(r)", "(\(utility) >= \(r)) or \(condition(1))",
                ]) + "\n"
            }
            for q in 0..<Int.random(in: 0...3, using: &rng) {
                text += "  prefer q\(q) weight \(Int.random(in: 1...5, using: &rng)): \(condition(1))\n"
            }
            text += "}\n"
        }
        return text
    }

    /// Everything the oracle needs: every agreement, and for each the set of
    /// demands it meets as a bit mask.
    struct Oracle {
        let issues: [ParleyModel.Issue]
        let demands: [(party: Int, name: String, cost: Int64, condition: Condition)]
        var agreements: [[Int64]] = []
        var masks: [UInt32] = []

        init(scenario: Scenario) {
            issues = scenario.issues
            demands = scenario.parties.enumerated().flatMap { p, party in party.demands.map { (p, "\(party.name).\($0.name)", $0.cost, $0.condition) } }
            var current: [Int64] = []
            func values(_ issue: ParleyModel.Issue) -> [Int64] {
                switch issue.domain {
                case .values(let names): return (0..<Int64(names.count)).map { $0 }
                case .bool: return [0, 1]
                case .integers(let low, let high): return Array(low...high)
                }
            }
            func walk(_ i: Int) {
                if i == issues.count {
                    agreements.append(current)
                    var mask: UInt32 = 0
                    for (d, demand) in demands.enumerated() where demand.condition.holds(current) { mask |= 1 << UInt32(d) }
                    masks.append(mask)
                    return
                }
                for v in values(issues[i]) {
                    current.append(v)
                    walk(i + 1)
                    current.removeLast()
                }
            }
            walk(0)
        }

        func satisfiable(_ subset: UInt32) -> Bool { masks.contains { $0 & subset == subset } }
        var all: UInt32 { demands.isEmpty ? 0 : UInt32((1 << demands.count) - 1) }
        func names(_ subset: UInt32) -> [DemandID] {
            demands.indices.filter { subset & (1 << UInt32($0)) != 0 }.map { DemandID(qualified: demands[$0].name) }.sorted()
        }
        func cost(_ subset: UInt32) -> Int64 {
            demands.indices.filter { subset & (1 << UInt32($0)) != 0 }.reduce(0) { $0 + demands[$1].cost }
        }
        /// Minimal unsatisfiable subsets.
        var conflicts: [UInt32] {
            (UInt32(0)...all).filter { s in
                !satisfiable(s) && demands.indices.allSatisfy { d in s & (1 << UInt32(d)) == 0 || satisfiable(s & ~(1 << UInt32(d))) }
            }
        }
        /// Minimal sets whose removal leaves the rest satisfiable.
        var corrections: [UInt32] {
            (UInt32(0)...all).filter { s in
                satisfiable(all & ~s) && demands.indices.allSatisfy { d in s & (1 << UInt32(d)) == 0 || !satisfiable(all & ~(s & ~(1 << UInt32(d)))) }
            }
        }
    }

    @Test func engineAgreesWithBruteForceOnEveryKey() throws {
        var infeasible = 0
        // Plain scenarios, then scenarios with `utility(p)` demands.
        for (seed, utilities) in (UInt64(1)...500).map({ ($0, false) }) + (UInt64(1)...200).map({ ($0 &+ 70_000, true) }) {
            let text = BruteForceOracleTests.scenarioText(seed: seed, utilities: utilities)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0, "seed \(seed)\n\(text)")
            let oracle = Oracle(scenario: scenario)
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            let feasible = oracle.satisfiable(oracle.all)
            #expect(analysis.feasible == feasible, "seed \(seed)")
            #expect(analysis.complete, "seed \(seed)")
            // Overlap and count.
            let meeting = oracle.agreements.indices.filter { oracle.masks[$0] == oracle.all }.map { oracle.agreements[$0] }
            #expect(analysis.agreements.count == BigCount(UInt64(meeting.count)), "seed \(seed)\n\(text)")
            for (i, issue) in scenario.issues.enumerated() {
                let values = Set(meeting.map { $0[i] }).sorted()
                let expected: IssueOverlap
                switch issue.domain {
                case .values: expected = .values(values.map { Int($0) })
                case .bool: expected = .flags(values.map { $0 == 1 })
                case .integers(let low, let high):
                    var set = IntervalSet.empty(low, high)
                    for v in values { set.insert(v...v) }
                    expected = .intervals(set.intervals)
                }
                #expect(analysis.overlap[i] == expected, "seed \(seed) issue \(issue.name)\n\(text)")
            }
            if let example = analysis.agreements.example {
                #expect(oracle.demands.allSatisfy { $0.condition.holds(example) }, "seed \(seed)")
            }
            // Parties, pairs, coalitions.
            func partyMask(_ parties: [Int]) -> UInt32 {
                oracle.demands.indices.filter { parties.contains(oracle.demands[$0].party) }.reduce(0) { $0 | 1 << UInt32($1) }
            }
            #expect(analysis.consistent == scenario.parties.indices.map { oracle.satisfiable(partyMask([$0])) }, "seed \(seed)")
            for pair in analysis.pairs {
                let a = scenario.parties.firstIndex { $0.name == pair.parties[0] }!, b = scenario.parties.firstIndex { $0.name == pair.parties[1] }!
                #expect(pair.compatible == oracle.satisfiable(partyMask([a, b])), "seed \(seed)")
            }
            let n = scenario.parties.count
            let agreeing = (0..<(1 << n)).filter { set in oracle.satisfiable(partyMask((0..<n).filter { set & (1 << $0) != 0 })) }
            let maximal = agreeing.filter { set in !agreeing.contains { $0 != set && $0 & set == set } }
            let coalitions = maximal.map { set in (0..<n).filter { set & (1 << $0) != 0 }.map { scenario.parties[$0].name }.sorted(by: codePointOrder) }
            #expect(Set(analysis.coalitions) == Set(coalitions), "seed \(seed)")
            // Conflicts and concessions.
            let conflicts = oracle.conflicts.map { Conflict(demands: oracle.names($0)) }
            #expect(Set(analysis.conflicts) == Set(conflicts), "seed \(seed)\n\(text)")
            #expect(analysis.conflicts.count == conflicts.count, "seed \(seed)")
            if !feasible {
                infeasible += 1
                let corrections = oracle.corrections.map { Concession(demands: oracle.names($0), cost: oracle.cost($0)) }.sorted()
                #expect(analysis.concessionsTotal == BigCount(UInt64(corrections.count)), "seed \(seed)\n\(text)")
                #expect(analysis.concessions == Array(corrections.prefix(100)), "seed \(seed)\n\(text)")
                // Duality: every concession hits every conflict, and every
                // dispute's concessions are minimal hitting sets.
                for concession in analysis.concessions {
                    #expect(analysis.conflicts.allSatisfy { !Set($0.demands).isDisjoint(with: concession.demands) }, "seed \(seed)")
                }
                for dispute in analysis.disputes {
                    for concession in dispute.concessions {
                        for dropped in concession.demands {
                            let smaller = Set(concession.demands).subtracting([dropped])
                            #expect(dispute.conflicts.contains { analysis.conflicts[$0].demands.allSatisfy { !smaller.contains($0) } }, "seed \(seed)")
                        }
                    }
                }
            } else {
                #expect(analysis.concessionsTotal == .zero)
            }
        }
        #expect(infeasible > 50)
    }

    /// The Pareto front, focal points and deal prices by enumeration.
    @Test func bestCompromisesAgreeWithBruteForce() throws {
        var withPreferences = 0
        for (seed, withUtilities) in (UInt64(1)...300).map({ ($0, false) }) + (UInt64(1)...150).map({ ($0 &+ 80_000, true) }) {
            let text = BruteForceOracleTests.scenarioText(seed: seed &+ 10_000, utilities: withUtilities)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0, "seed \(seed)")
            if scenario.parties.contains(where: { !$0.preferences.isEmpty }) { withPreferences += 1 }
            // Odd seeds by the solver's guided improvement, even ones by the
            // fastest method (these small spaces are listed or merged).
            var options = AnalysisOptions()
            if seed % 2 == 1 { options.frontMethod = .solver }
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties, options: options)
            let oracle = Oracle(scenario: scenario)
            func utilities(_ agreement: [Int64]) -> [Int64] {
                scenario.parties.map { party in party.preferences.reduce(0) { $0 + ($1.condition.holds(agreement) ? $1.weight : 0) } }
            }
            /// The front's vectors (descending) among agreements meeting `mask`.
            func front(_ mask: UInt32) -> [[Int64]] {
                let vectors = Set(oracle.agreements.indices.filter { oracle.masks[$0] & mask == mask }.map { utilities(oracle.agreements[$0]) })
                let optimal = vectors.filter { v in !vectors.contains { w in w != v && zip(w, v).allSatisfy { $0 >= $1 } } }
                return optimal.sorted { $0.lexicographicallyPrecedes($1, by: >) }
            }
            func check(_ best: [Compromise], _ focal: FocalPoints?, mask: UInt32, _ label: String) {
                let expected = front(mask)
                #expect(best.map(\.utilities) == expected, "seed \(seed) \(label)\n\(text)")
                for c in best {
                    #expect(utilities(c.agreement) == c.utilities, "seed \(seed)")
                    #expect(oracle.demands.indices.allSatisfy { mask & (1 << UInt32($0)) == 0 || oracle.demands[$0].condition.holds(c.agreement) })
                }
                guard let focal, !expected.isEmpty else {
                    #expect(focal == nil && expected.isEmpty, "seed \(seed) \(label)")
                    return
                }
                let weights = scenario.parties.map { $0.preferences.reduce(Int64(0)) { $0 + $1.weight } }
                func total(_ v: [Int64]) -> Int64 { v.reduce(0, +) }
                // Normalised utilities compared exactly, by cross-multiplication.
                func nash(_ v: [Int64]) -> Int128 { v.indices.reduce(Int128(1)) { weights[$1] == 0 ? $0 : $0 * Int128(v[$1]) } }
                func egalitarian(_ a: [Int64], _ b: [Int64]) -> Int {
                    func minimum(_ v: [Int64]) -> (Int128, Int128) {
                        v.indices.filter { weights[$0] > 0 }.reduce((Int128(1), Int128(1))) { m, p in
                            Int128(v[p]) * m.1 < m.0 * Int128(weights[p]) ? (Int128(v[p]), Int128(weights[p])) : m
                        }
                    }
                    let x = minimum(a), y = minimum(b)
                    return x.0 * y.1 == y.0 * x.1 ? 0 : x.0 * y.1 > y.0 * x.1 ? 1 : -1
                }
                func argmax(_ compare: ([Int64], [Int64]) -> Int) -> [Int64] {
                    expected.dropFirst().reduce(expected[0]) { current, v in
                        let c = compare(v, current)
                        if c != 0 { return c > 0 ? v : current }
                        if total(v) != total(current) { return total(v) > total(current) ? v : current }
                        return v.lexicographicallyPrecedes(current, by: >) ? v : current
                    }
                }
                #expect(focal.maxTotal.utilities == argmax { total($0) == total($1) ? 0 : total($0) > total($1) ? 1 : -1 }, "seed \(seed) \(label)")
                #expect(focal.nash.utilities == argmax { nash($0) == nash($1) ? 0 : nash($0) > nash($1) ? 1 : -1 }, "seed \(seed) \(label)")
                #expect(focal.egalitarian.utilities == argmax(egalitarian), "seed \(seed) \(label)")
            }
            if analysis.feasible == true {
                check(analysis.best, analysis.focal, mask: oracle.all, "best")
                #expect(analysis.dealPrices.isEmpty)
            } else {
                #expect(analysis.best.isEmpty && analysis.focal == nil)
                let corrections = oracle.corrections.map { Concession(demands: oracle.names($0), cost: oracle.cost($0)) }
                let cheapest = corrections.map(\.cost).min()
                #expect(Set(analysis.dealPrices.map(\.concession)) == Set(corrections.filter { $0.cost == cheapest }), "seed \(seed)")
                for price in analysis.dealPrices {
                    let conceded = oracle.demands.indices.filter { price.concession.demands.contains(DemandID(qualified: oracle.demands[$0].name)) }
                    let mask = conceded.reduce(oracle.all) { $0 & ~(1 << UInt32($1)) }
                    check(price.best, price.focal, mask: mask, "deal price \(price.concession.demands)")
                }
            }
        }
        #expect(withPreferences > 200)
    }
}
