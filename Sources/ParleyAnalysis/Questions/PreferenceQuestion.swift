import ParleyModel
import ParleySAT

/// Can each preference be met at all? A preference whose condition is false
/// for every value of its issues adds nothing to any utility: one solver
/// call per preference, on an encoding of its own issues alone.
enum PreferenceQuestion {
    /// The preferences of the baseline and of every what-if's changes that
    /// no agreement can meet (a time limit leaves a preference unjudged).
    static func unmeetable(_ scenario: Scenario, options: AnalysisOptions) -> [UnmeetablePreference] {
        var found: [UnmeetablePreference] = []
        var seen = Set<SourceRange>()
        func check(_ preference: Preference, of party: String) {
            guard seen.insert(preference.range).inserted else { return }
            let own = preference.condition.mentionedIssues
            let position = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
            let encoding = ScenarioEncoding(issues: own.map { scenario.issues[$0] })
            encoding.solver.deadline = options.deadline
            encoding.solver.stopSignal = options.stop
            let literal = encoding.literal(for: preference.condition.renumbered(position))
            guard encoding.solver.solve(assuming: [literal]) == .unsatisfiable else { return }
            found.append(UnmeetablePreference(preference: DemandID(party: party, name: preference.name), range: preference.range))
        }
        for party in scenario.parties {
            for preference in party.preferences { check(preference, of: party.name) }
        }
        for whatIf in scenario.whatIfs {
            for case .preference(let p, let preference) in whatIf.changes { check(preference, of: scenario.parties[p].name) }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }
}
