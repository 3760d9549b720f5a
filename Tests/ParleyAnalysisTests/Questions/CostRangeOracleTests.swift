import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// Cost ranges against brute force (extensions-1.1 part C): both flags of
/// every concession judged by trying every cost vector on the grid of the
/// ranges' ends (the extreme points decide both definitions), and tipping
/// points found by raising one cost a step at a time.
@Suite struct CostRangeOracleTests {
    /// A small random scenario (with fallback ladders in some) whose costs
    /// are redrawn as ranges in about half the places.
    static func scenario(seed: UInt64, ranges: Bool = true) throws -> Scenario {
        var rng = SeededGenerator(seed: seed &+ 90_000)
        let text = LadderOracleTests.scenarioText(seed: seed)
        var scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0, "seed \(seed)\n\(text)")
        guard ranges else { return scenario }
        func redraw(_ cost: inout Int64, _ costMax: inout Int64?) {
            guard Bool.random(using: &rng) else { return }
            cost = Int64.random(in: 0...5, using: &rng)
            costMax = cost + Int64.random(in: 0...4, using: &rng)
        }
        for p in scenario.parties.indices {
            for d in scenario.parties[p].demands.indices {
                var demand = scenario.parties[p].demands[d]
                redraw(&demand.cost, &demand.costMax)
                for k in demand.fallbacks.indices {
                    var step = demand.fallbacks[k]
                    redraw(&step.cost, &step.costMax)
                    demand.fallbacks[k] = step
                }
                scenario.parties[p].demands[d] = demand
            }
        }
        return scenario
    }

    /// A move (demand, level) and its cost range, read from the model.
    struct Move: Hashable {
        var demand: DemandID
        var level: Int
    }

    /// Every move's cost range, read from the scenario, not the session.
    static func ranges(_ scenario: Scenario) -> [Move: (Int64, Int64)] {
        var ranges: [Move: (Int64, Int64)] = [:]
        for party in scenario.parties {
            for d in party.demands {
                let id = DemandID(party: party.name, name: d.name)
                ranges[Move(demand: id, level: d.fallbacks.count + 1)] = (d.cost, d.costMax ?? d.cost)
                for (k, step) in d.fallbacks.enumerated() { ranges[Move(demand: id, level: k + 1)] = (step.cost, step.costMax ?? step.cost) }
            }
        }
        return ranges
    }

    static func moves(of concession: Concession, in scenario: Scenario) -> [Move] {
        let ladders = Dictionary(scenario.parties.flatMap { p in p.demands.map { (DemandID(party: p.name, name: $0.name), $0.fallbacks.count) } },
                                 uniquingKeysWith: { a, _ in a })
        return concession.demands.map { Move(demand: $0, level: (ladders[$0] ?? 0) + 1) }
            + concession.moves.map { Move(demand: $0.demand, level: $0.fallback) }
    }

    /// Both flags of each concession of a list by trying every vector of
    /// range ends over the moves the list makes; nil when too many moves.
    static func bruteForceFlags(_ list: [Concession], in scenario: Scenario) -> [(possibly: Bool, necessarily: Bool)]? {
        let ranges = Self.ranges(scenario)
        let sets = list.map { Set(moves(of: $0, in: scenario)) }
        let used = Array(Set(sets.flatMap { $0 })).sorted { ($0.demand, $0.level) < ($1.demand, $1.level) }
        guard used.count <= 12 else { return nil }
        let position = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
        // costs[v][c]: concession c's cost under vector v.
        var costs: [[Int64]] = []
        for vector in 0..<(1 << used.count) {
            let price = used.indices.map { i in vector & (1 << i) == 0 ? ranges[used[i]]!.0 : ranges[used[i]]!.1 }
            costs.append(sets.map { $0.reduce(0) { $0 + price[position[$1]!] } })
        }
        return list.indices.map { a in
            let others = list.indices.filter { $0 != a }
            let necessarily = costs.allSatisfy { row in others.allSatisfy { row[a] <= row[$0] } }
            let possibly = others.allSatisfy { b in costs.contains { $0[a] <= $0[b] } }
            return (possibly, necessarily)
        }
    }

    @Test func flagsAgreeWithEveryCostVector() throws {
        var lists = 0, onlyPossibly = 0, notPossibly = 0, necessarily = 0, global = 0
        for seed in UInt64(1)...250 {
            let scenario = try Self.scenario(seed: seed)
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            guard analysis.feasible == false, analysis.incomplete.isEmpty else { continue }
            var judged = analysis.disputes.map(\.concessions)
            if let total = analysis.concessionsTotal, total <= BigCount(UInt64(analysis.concessions.count)) {
                judged.append(analysis.concessions)
                global += 1
            }
            for list in judged {
                guard let expected = Self.bruteForceFlags(list, in: scenario) else { continue }
                lists += 1
                for (concession, flags) in zip(list, expected) {
                    #expect(concession.possiblyCheapest == flags.possibly, "seed \(seed): \(concession.tags)")
                    #expect(concession.necessarilyCheapest == flags.necessarily, "seed \(seed): \(concession.tags)")
                    if flags.possibly && !flags.necessarily { onlyPossibly += 1 }
                    if !flags.possibly { notPossibly += 1 }
                    if flags.necessarily { necessarily += 1 }
                }
            }
            // A deal price carries its global entry's flags.
            for deal in analysis.dealPrices {
                let entry = analysis.concessions.first { $0 == deal.concession }
                #expect(deal.concession.possiblyCheapest == entry?.possiblyCheapest, "seed \(seed)")
                #expect(deal.concession.necessarilyCheapest == entry?.necessarilyCheapest, "seed \(seed)")
            }
        }
        // The cases were all met: each flag both ways, on global lists too.
        #expect(lists > 100)
        #expect(global > 40)
        #expect(onlyPossibly > 30)
        #expect(notPossibly > 30)
        #expect(necessarily > 30)
    }

    @Test func pointCostsMakeBothFlagsMeanOfMinimalCost() throws {
        for seed in UInt64(1)...120 {
            let scenario = try Self.scenario(seed: seed, ranges: false)
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            #expect(!analysis.hasCostRanges)
            for list in analysis.disputes.map(\.concessions) {
                let cheapest = list.map(\.cost).min()
                for concession in list {
                    #expect(concession.possiblyCheapest == (concession.cost == cheapest), "seed \(seed)")
                    #expect(concession.necessarilyCheapest == (concession.cost == cheapest), "seed \(seed)")
                }
            }
        }
    }

    /// Raises one move's cost a unit at a time over the complete global
    /// list until a concession without it is strictly cheaper than the
    /// cheapest one: the last cost at which it still was is the limit.
    static func bruteForceTipping(
        _ cheapest: Concession, move: Move, list: [Concession], in scenario: Scenario
    ) -> (limit: Int64?, rivals: [Concession]) {
        let rivals = list.filter { !moves(of: $0, in: scenario).contains(move) }
        guard !rivals.isEmpty else { return (nil, []) }
        let base = ranges(scenario)[move]!.0
        var raise: Int64 = 0
        while cheapest.cost + raise + 1 <= rivals.map(\.cost).min()! { raise += 1 }
        let best = rivals.map(\.cost).min()!
        return (base + raise, rivals.filter { $0.cost == best })
    }

    @Test func tippingPointsAgreeWithRaisingOneCostAtATime() throws {
        var points = 0, never = 0, runners = 0
        for seed in UInt64(1)...250 {
            let scenario = try Self.scenario(seed: seed, ranges: seed.isMultiple(of: 2))
            let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
            guard analysis.feasible == false, analysis.incomplete.isEmpty,
                  let total = analysis.concessionsTotal, total <= BigCount(UInt64(analysis.concessions.count)),
                  let minimum = analysis.concessions.first?.cost else { continue }
            let cheapest = analysis.concessions.filter { $0.cost == minimum }
            var expected = 0
            for concession in cheapest {
                for move in Self.moves(of: concession, in: scenario) {
                    expected += 1
                    let fallback = concession.demands.contains(move.demand) ? nil : move.level
                    let point = analysis.tippingPoints.first {
                        $0.concession == concession && $0.demand == move.demand && $0.fallback == fallback
                    }
                    let (limit, rivals) = Self.bruteForceTipping(concession, move: move, list: analysis.concessions, in: scenario)
                    #expect(point?.limit == limit, "seed \(seed): \(concession.tags) \(move)")
                    #expect(point?.cost == Self.ranges(scenario)[move]?.0, "seed \(seed)")
                    if let next = point?.next {
                        #expect(rivals.contains(next), "seed \(seed): \(next.tags) is one of the cheapest without \(move)")
                        points += 1
                    } else {
                        #expect(rivals.isEmpty, "seed \(seed)")
                        never += 1
                    }
                }
            }
            #expect(analysis.tippingPoints.count == expected, "seed \(seed)")
            let runner = analysis.concessions.first { $0.cost > minimum }
            #expect(analysis.runnerUp?.concession == runner, "seed \(seed)")
            #expect(analysis.runnerUp?.mustFallBy == runner.map { $0.cost - minimum }, "seed \(seed)")
            if runner != nil { runners += 1 }
        }
        #expect(points > 50)
        #expect(never > 5)
        #expect(runners > 30)
    }

    @Test func aMillionConcessionSetsAreJudgedWithoutListingThem() throws {
        var text = ""
        for k in 0..<20 { text += "issue x\(k): 0..10\n" }
        text += "party a {\n"
        for k in 0..<20 { text += "  demand cap\(k) cost \(k == 0 ? "1..5" : "1..2"): x\(k) <= 3\n" }
        text += "}\nparty b {\n"
        for k in 0..<20 { text += "  demand floor\(k) cost \(k == 0 ? "2..3" : "3..4"): x\(k) >= 7\n" }
        text += "}\n"
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "m", text: text)).0)
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.concessionsTotal == BigCount(1 << 20))
        let first = try #require(analysis.concessions.first)
        // Giving up every cap is cheapest for some costs (cap0's 1..5 may
        // undercut floor0's 2..3) but not whatever they are.
        #expect(first.demands.allSatisfy { $0.party == "a" })
        #expect(first.possiblyCheapest == true)
        #expect(first.necessarilyCheapest == false)
        // Conceding floor0 instead is possibly cheapest too; conceding any
        // other floor is not.
        let withFloor0 = analysis.concessions.first { $0.demands.contains(DemandID(party: "b", name: "floor0")) && $0.demands.count == 20 && $0.demands.filter { $0.party == "b" }.count == 1 }
        #expect(withFloor0?.possiblyCheapest == true)
        #expect(analysis.concessions.filter { $0.demands.contains { $0.party == "b" && $0.name != "floor0" } }.allSatisfy { $0.possiblyCheapest == false })
    }
}
