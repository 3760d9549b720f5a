import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// Fallback ladders against brute force (extensions-1.1 part B): every
/// level assignment and every agreement of small random scenarios
/// enumerated for the minimal concessions, their order and costs, each
/// dispute's list and the global one; every constant tried for the shifts.
@Suite struct LadderOracleTests {
    /// A random scenario where some demands have a ladder of one or two
    /// steps, each weaker by construction (`(step before) or (something)`),
    /// with costs that never fall and never pass the withdrawal cost.
    static func scenarioText(seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        let base = BruteForceOracleTests.scenarioText(seed: seed &+ 150_000)
        let conditions = base.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  demand "), let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[line.index(colon, offsetBy: 2)...])
        }
        var laddered = 0
        return base.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("  demand "), laddered < 3, Bool.random(using: &rng),
                  let costRange = line.range(of: " cost "), let colon = line.firstIndex(of: ":") else { return String(line) }
            laddered += 1
            let withdrawal = Int(line[costRange.upperBound..<colon]) ?? 1
            var previous = String(line[line.index(colon, offsetBy: 2)...])
            var cost = 0
            var steps = String(line)
            for _ in 0..<Int.random(in: 1...2, using: &rng) {
                cost = Int.random(in: cost...max(cost, withdrawal), using: &rng)
                let weaker = "(\(previous)) or (\(conditions.randomElement(using: &rng)!))"
                steps += "\n    fallback cost \(cost): \(weaker)"
                previous = weaker
            }
            return steps
        }.joined(separator: "\n")
    }

    /// Every demand's conditions by level, each agreement's truth table.
    struct Oracle {
        var demands: [(id: DemandID, levels: [Condition], costs: [Int64], threshold: Threshold?)] = []
        var agreements: [[Int64]] = []
        /// holds[a][d][level]
        var holds: [[[Bool]]] = []

        init(_ scenario: Scenario) {
            for party in scenario.parties {
                for d in party.demands {
                    demands.append((DemandID(party: party.name, name: d.name), [d.condition] + d.fallbacks.map(\.condition),
                                    d.fallbacks.map(\.cost) + [d.cost], d.threshold))
                }
            }
            agreements = EvaluatorTests.agreements(scenario.issues.map { EvaluatorTests.values($0.domain) })
            holds = agreements.map { a in demands.map { d in d.levels.map { $0.holds(a) } } }
        }

        /// Whether the demands (indexes) at the given levels (past the
        /// last: withdrawn) admit an agreement.
        func sufficient(_ chosen: [Int], _ levels: [Int]) -> Bool {
            holds.contains { row in zip(chosen, levels).allSatisfy { d, level in level >= demands[d].levels.count || row[d][level] } }
        }

        /// Every minimal sufficient level assignment of the chosen demands.
        func minimal(_ chosen: [Int]) -> [Concession] {
            var result: [Concession] = []
            var levels = chosen.map { _ in 0 }
            func visit(_ k: Int) {
                if k == chosen.count {
                    guard sufficient(chosen, levels) else { return }
                    // Minimal: lowering any one level by one is not sufficient.
                    for j in chosen.indices where levels[j] > 0 {
                        var lower = levels
                        lower[j] -= 1
                        if sufficient(chosen, lower) { return }
                    }
                    var withdrawn: [DemandID] = [], moves: [FallbackMove] = []
                    var cost: Int64 = 0
                    for (j, d) in chosen.enumerated() where levels[j] > 0 {
                        cost += demands[d].costs[levels[j] - 1]
                        if levels[j] == demands[d].levels.count { withdrawn.append(demands[d].id) } else {
                            moves.append(FallbackMove(demand: demands[d].id, fallback: levels[j]))
                        }
                    }
                    result.append(Concession(demands: withdrawn, moves: moves, cost: cost))
                    return
                }
                for level in 0...demands[chosen[k]].levels.count {
                    levels[k] = level
                    visit(k + 1)
                }
                levels[k] = 0
            }
            visit(0)
            return result.sorted()
        }
    }

    @Test func minimalConcessionsAgreeWithBruteForce() throws {
        var withLadders = 0, moved = 0
        for seed in UInt64(1)...200 {
            let text = Self.scenarioText(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "l", text: text)).0, "seed \(seed)\n\(text)")
            #expect(Analyzer.verifyLadders(scenario).isEmpty, "seed \(seed): a ladder built weaker is refused")
            let oracle = Oracle(scenario)
            guard oracle.demands.count <= 9 else { continue }
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            guard analysis.feasible == false else { continue }
            if analysis.hasFallbacks { withLadders += 1 }
            let expected = oracle.minimal(Array(oracle.demands.indices))
            #expect(analysis.concessionsTotal == BigCount(UInt64(expected.count)), "seed \(seed)\n\(text)")
            #expect(analysis.concessions == Array(expected.prefix(100)), "seed \(seed)\n\(text)")
            moved += expected.filter { !$0.moves.isEmpty }.count
            let index = Dictionary(uniqueKeysWithValues: oracle.demands.enumerated().map { ($1.id, $0) })
            for dispute in analysis.disputes {
                let members = dispute.demands.compactMap { index[$0] }
                #expect(dispute.concessions == oracle.minimal(members), "seed \(seed) dispute \(dispute.demands)\n\(text)")
            }
            // The deal prices are the cheapest global concessions.
            let cheapest = expected.first?.cost
            #expect(analysis.dealPrices.map(\.concession) == expected.filter { $0.cost == cheapest }.prefix(100).map { $0 }, "seed \(seed)")
        }
        #expect(withLadders > 40)
        #expect(moved > 40)
    }

    /// Integer issues and thresholds on them, written every way the
    /// contract allows (`x <= K`, `K > x + y`, `(x) >= 2 * 3`), beside
    /// demands that are no thresholds.
    static func thresholdText(seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        var text = "issue x: 0..9\nissue y: -3..5\nissue b: bool\n"
        let sides = ["x", "y", "x + y", "2 * x", "x - y", "(x)"]
        for p in 0..<Int.random(in: 2...3, using: &rng) {
            text += "party p\(p) {\n"
            for d in 0..<Int.random(in: 1...3, using: &rng) {
                let side = sides.randomElement(using: &rng)!
                let op = ["<", "<=", ">", ">="].randomElement(using: &rng)!
                let k = Int.random(in: -4...12, using: &rng)
                let constant = Bool.random(using: &rng) ? "\(k)" : "2 * \(k / 2)"
                let condition: String
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: condition = "\(constant) \(op) \(side)"
                case 1: condition = "b or x != \(k)"
                default: condition = "\(side) \(op) \(constant)"
                }
                text += "  demand d\(d): \(condition)\n"
            }
            text += "}\n"
        }
        return text
    }

    @Test func shiftsAgreeWithTryingEveryConstant() throws {
        var shifted = 0, none = 0
        for seed in UInt64(1)...300 {
            let text = seed.isMultiple(of: 3) ? Self.scenarioText(seed: seed &+ 7_000) : Self.thresholdText(seed: seed)
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: "l", text: text)).0)
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            let oracle = Oracle(scenario)
            let index = Dictionary(uniqueKeysWithValues: oracle.demands.enumerated().map { ($1.id, $0) })
            for dispute in analysis.disputes {
                let members = dispute.demands.compactMap { index[$0] }
                var expected: [Shift] = []
                for d in members {
                    guard let threshold = oracle.demands[d].threshold else { continue }
                    let others = members.filter { $0 != d }
                    let step: Int64 = threshold.weakensUpwards ? 1 : -1
                    var to: Int64?
                    var k = threshold.constant
                    // Any constant past ±60 satisfies the comparison over these small domains.
                    for _ in 0..<120 {
                        k += step
                        guard let moved = threshold.condition(at: k) else { break }
                        if oracle.agreements.indices.contains(where: { a in
                            moved.holds(oracle.agreements[a]) && others.allSatisfy { oracle.holds[a][$0][0] }
                        }) {
                            to = k
                            break
                        }
                    }
                    expected.append(Shift(demand: oracle.demands[d].id, from: threshold.constant, to: to))
                }
                #expect(dispute.shifts == expected.sorted(), "seed \(seed) dispute \(dispute.demands)\n\(text)")
                shifted += expected.filter { $0.to != nil }.count
                none += expected.filter { $0.to == nil }.count
            }
        }
        #expect(shifted > 30)
        #expect(none > 5)
    }

    @Test func thirtyIndependentClashesWithLaddersStaySmall() throws {
        var text = ""
        for k in 0..<30 { text += "issue x\(k): 0..1000\n" }
        text += "party a {\n"
        for k in 0..<30 { text += "  demand cap\(k) cost 5: x\(k) <= 600\n    fallback cost 2: x\(k) <= 700\n    fallback cost 3: x\(k) <= 800\n" }
        text += "}\nparty b {\n"
        for k in 0..<30 { text += "  demand floor\(k) cost 4: x\(k) >= 800\n" }
        text += "}\n"
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "t", text: text)).0)
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.disputes.count == 30)
        // Each clash: b drops its floor (4), or a settles at fallback 2 (3).
        #expect(analysis.disputes.allSatisfy { $0.concessions.count == 2 && $0.concessions[0].cost == 3 })
        #expect(analysis.concessionsTotal == BigCount(1) * BigCount(UInt64(1) << 30))
        #expect(analysis.concessions.first?.cost == 90)
        #expect(analysis.concessions.first?.moves.count == 30)
        #expect(analysis.disputes[0].shifts == [
            Shift(demand: "a.cap0", from: 600, to: 800), Shift(demand: "b.floor0", from: 800, to: 600),
        ])
    }
}
