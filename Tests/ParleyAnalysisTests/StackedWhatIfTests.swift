import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// A what-if that extends another is analysed as the one flat what-if its
/// changes and its base's make when merged by the rule of extensions-1.1
/// part D (a change to an item the base changed replaces the base's).
@Suite struct StackedWhatIfTests {
    /// The results of an analysis that do not depend on the order of the
    /// demands in their parties.
    static func outcome(_ analysis: Analysis) -> String {
        "\(String(describing: analysis.feasible)) \(analysis.overlap) \(String(describing: analysis.common)) \(String(describing: analysis.gaps)) "
            + "\(analysis.agreements.count) \(analysis.agreements.exact) \(analysis.pairs) \(analysis.coalitions) "
            + "\(analysis.conflicts) \(analysis.concessions.map { "\($0)" }.sorted()) \(String(describing: analysis.concessionsTotal)) "
            + "\(analysis.best.map(\.utilities))"
    }

    @Test func aStackedWhatIfEqualsItsChangesMergedFlat() throws {
        var compared = 0
        for seed in UInt64(1)...150 {
            let text = BruteForceOracleTests.scenarioText(seed: seed &+ 90_000)
            var scenario = try #require(ScenarioChecker.load(SourceFile(name: "r", text: text)).0)
            var rng = SeededGenerator(seed: seed)
            let conditions = scenario.parties.flatMap { $0.demands }
            guard !conditions.isEmpty else { continue }
            /// Random changes to the given positions: concede, replace or add.
            func changes(of positions: [Party]) -> [Change] {
                var result: [Change] = []
                var touched = Set<String>()
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let p = Int.random(in: 0..<positions.count, using: &rng)
                    let template = conditions.randomElement(using: &rng)!
                    if Bool.random(using: &rng), let demand = positions[p].demands.randomElement(using: &rng) {
                        guard touched.insert("\(p).\(demand.name)").inserted else { continue }
                        result.append(Bool.random(using: &rng)
                            ? .concede(party: p, demand: demand.name, level: nil)
                            : .demand(party: p, Demand(name: demand.name, cost: 2, condition: template.condition, expression: template.expression,
                                                       source: nil, line: 0, range: template.range)))
                    } else {
                        let name = "new\(Int.random(in: 0...2, using: &rng))"
                        guard touched.insert("\(p).\(name)").inserted,
                              !positions[p].preferences.contains(where: { $0.name == name }) else { continue }
                        result.append(.demand(party: p, Demand(name: name, cost: 1, condition: template.condition, expression: template.expression,
                                                               source: nil, line: 0, range: template.range)))
                    }
                }
                return result
            }
            let a = WhatIf(name: "a", label: nil, changes: changes(of: scenario.parties), range: SourceRange(start: 0, end: 0))
            scenario.whatIfs = [a]
            let b = WhatIf(name: "b", label: nil, extends: "a", changes: changes(of: scenario.positions(applying: a)), range: a.range)
            scenario.whatIfs = [a, b]
            // Merged: A's changes, each replaced by B's change to the same
            // item; B's other changes after them. Conceding an item A added
            // leaves no change; re-adding an item A conceded is a change
            // of the baseline's item.
            func key(_ change: Change) -> String {
                switch change {
                case .concede(let p, let name, _): "\(p).\(name)"
                case .demand(let p, let d): "\(p).\(d.name)"
                case .preference(let p, let q): "\(p).\(q.name)"
                }
            }
            var merged: [Change?] = a.changes
            for change in b.changes {
                if let index = merged.firstIndex(where: { $0.map(key) == key(change) }) {
                    if case .concede(let p, let name, _) = change, !scenario.parties[p].demands.contains(where: { $0.name == name }) {
                        merged[index] = nil
                    } else {
                        merged[index] = change
                    }
                } else {
                    merged.append(change)
                }
            }
            let flat = WhatIf(name: "flat", label: nil, changes: merged.compactMap { $0 }, range: a.range)
            let report = Analyzer.report(scenario, file: "r", whatIfs: ["b"], extra: flat)
            #expect(Self.outcome(report.whatIfs[0].analysis) == Self.outcome(report.whatIfs[1].analysis), "seed \(seed)\n\(text)")
            for (stacked, flatParty) in zip(report.whatIfs[0].parties, report.whatIfs[1].parties) {
                #expect(Set(stacked.demands.map(\.name)) == Set(flatParty.demands.map(\.name)), "seed \(seed)")
            }
            compared += 1
        }
        #expect(compared > 100)
    }

    @Test func theConcessionsOfAChainAddUp() throws {
        let text = """
        issue x: 0..10
        party p { demand low cost 2: x <= 3
                  demand odd cost 5: x != 4 }
        party q { demand high cost 3: x >= 7 }
        whatif a { concede p.low }
        whatif b extends a { concede q.high }
        whatif c extends b { demand p.low: x <= 9 }
        """
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "c", text: text)).0)
        let report = Analyzer.report(scenario, file: "c")
        #expect(report.whatIfs.map(\.conceded) == [
            Concession(demands: ["p.low"], cost: 2),
            Concession(demands: ["p.low", "q.high"], cost: 5),
            Concession(demands: ["q.high"], cost: 3),
        ])
        #expect(report.whatIfs.map(\.extends) == [nil, "a", "b"])
        #expect(report.whatIfs[1].changes == ["concede q.high"])
    }
}
