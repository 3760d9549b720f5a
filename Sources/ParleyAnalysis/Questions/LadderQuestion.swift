import ParleyModel
import ParleySAT

/// Is each fallback weaker than the step before it? Every agreement meeting
/// level k-1 must meet level k (extensions-1.1 part B): one solver call per
/// step, asking for an agreement that meets the step before and not this
/// one, on an encoding of the ladder's own issues.
enum LadderQuestion {
    /// The steps that are not weaker, or could not be proven so, over every
    /// demand of the baseline and every demand a what-if states.
    static func ask(_ scenario: Scenario, options: AnalysisOptions) -> [LadderProblem] {
        var problems: [LadderProblem] = []
        var seen = Set<SourceRange>()
        func check(_ demand: Demand, of party: String) {
            // A demand a what-if leaves alone is the baseline's, checked once.
            guard !demand.fallbacks.isEmpty, seen.insert(demand.range).inserted else { return }
            let levels = [demand.condition] + demand.fallbacks.map(\.condition)
            let own = Array(Set(levels.flatMap(\.mentionedIssues))).sorted()
            let position = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
            let encoding = ScenarioEncoding(issues: own.map { scenario.issues[$0] })
            encoding.solver.deadline = options.deadline
            encoding.solver.stopSignal = options.stop
            let literals = levels.map { encoding.literal(for: $0.renumbered(position)) }
            for k in 1..<levels.count {
                let answer = encoding.solver.solve(assuming: [literals[k - 1], !literals[k]])
                guard answer != .unsatisfiable else { continue }
                problems.append(LadderProblem(
                    demand: DemandID(party: party, name: demand.name), level: k, range: demand.fallbacks[k - 1].range,
                    unproven: answer == .unknown))
            }
        }
        for party in scenario.parties {
            for demand in party.demands { check(demand, of: party.name) }
        }
        for whatIf in scenario.whatIfs {
            for case .demand(let p, let demand) in whatIf.changes { check(demand, of: scenario.parties[p].name) }
        }
        return problems.sorted { $0.range.start < $1.range.start }
    }
}
