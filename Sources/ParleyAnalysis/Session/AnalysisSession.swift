import ParleyModel
import ParleySAT

/// One set of demands encoded on one solver, for the questions to ask.
///
/// Every demand gets a literal equivalent to its condition and a selector
/// literal `s` with the clause `¬s ∨ condition`: assuming a set of
/// selectors switches exactly those demands on. Each question (feasibility,
/// conflicts, overlap, ...) is then a series of solver calls under
/// assumptions on the same clauses, so learnt clauses carry over from one
/// question to the next. The session holds no results: each question
/// returns its own, with its own cuts.
final class AnalysisSession {
    /// A demand with its literals.
    struct Demand {
        /// The demand as given.
        var position: PositionDemand
        /// The issues its condition mentions, or any of its fallbacks does,
        /// ascending: independent parts are built from every level, so that
        /// a fallback on an issue the stated condition leaves alone joins
        /// the right part.
        var issues: [Int]
        /// Equivalent to the demand's condition.
        var literal: Literal
        /// Assumed to switch the demand on.
        var selector: Literal

        var id: DemandID { position.id }
        var party: Int { position.party }
        var condition: Condition { position.condition }
    }

    /// The issues the conditions refer to, by index.
    let issues: [Issue]
    /// The demands the session was built for, in the order given.
    let demands: [Demand]
    /// Limits, deadline, stop signal and progress meter.
    let options: AnalysisOptions
    /// The clauses.
    let encoding: ScenarioEncoding

    /// Encodes the issues and the demands.
    init(issues: [Issue], demands positions: [PositionDemand], options: AnalysisOptions) {
        self.issues = issues
        self.options = options
        let encoding = ScenarioEncoding(issues: issues)
        encoding.solver.deadline = options.deadline
        encoding.solver.stopSignal = options.stop
        self.encoding = encoding
        demands = positions.map { position in
            let literal = encoding.literal(for: position.condition)
            let selector = encoding.circuit.fresh()
            encoding.solver.addClause(!selector, literal)
            let issues = position.fallbacks.isEmpty
                ? position.condition.mentionedIssues
                : Array(Set(([position.condition] + position.fallbacks.map(\.condition)).flatMap(\.mentionedIssues))).sorted()
            return Demand(position: position, issues: issues, literal: literal, selector: selector)
        }
        hasFallbacks = positions.contains { !$0.fallbacks.isEmpty }
    }

    /// Whether some demand has a fallback ladder.
    let hasFallbacks: Bool
    /// The literals of each demand's fallback levels, encoded when first
    /// asked for: (equivalent to the level's condition, selector).
    private var levelLiterals: [Int: [(literal: Literal, selector: Literal)]] = [:]

    /// The selector and condition literal of a demand at a level (0 is the
    /// stated condition's).
    func level(_ level: Int, of d: Int) -> (literal: Literal, selector: Literal) {
        if level == 0 { return (demands[d].literal, demands[d].selector) }
        if let known = levelLiterals[d] { return known[level - 1] }
        let encoded = demands[d].position.fallbacks.map { step -> (literal: Literal, selector: Literal) in
            let literal = encoding.literal(for: step.condition)
            let selector = encoding.circuit.fresh()
            encoding.solver.addClause(!selector, literal)
            return (literal, selector)
        }
        levelLiterals[d] = encoded
        return encoded[level - 1]
    }

    /// Every demand's index.
    var allDemands: [Int] { Array(demands.indices) }

    /// The indexes of the demands held by these parties.
    func demands(ofParties parties: [Int]) -> [Int] {
        demands.indices.filter { parties.contains(demands[$0].party) }
    }

    /// Solves with the given demands switched on and extra literals assumed.
    func solve(_ demandIndexes: [Int], extra: [Literal] = []) -> SolveResult {
        encoding.solver.solve(assuming: demandIndexes.map { demands[$0].selector } + extra)
    }

    /// The agreement of the solver's last model.
    func lastModel() -> [Int64] {
        encoding.decodeModel()
    }

    /// Groups of demands connected through the issues they mention; a
    /// conflict never spans two groups.
    func independentParts(_ indexes: [Int]) -> [[Int]] {
        var sets = UnionFind(count: indexes.count)
        var ownerOfIssue: [Int: Int] = [:]
        for (position, demand) in indexes.enumerated() {
            for issue in demands[demand].issues {
                if let other = ownerOfIssue[issue] { sets.union(position, other) } else { ownerOfIssue[issue] = position }
            }
        }
        return sets.groups().map { group in group.map { indexes[$0] } }
    }

    /// A session of its own for some of the demands, over the issues they
    /// mention only, and those issues' indexes here (ascending). Nothing but
    /// these demands constrains these issues, so questions about them alone
    /// can be asked there, where each solver call assigns the variables of a
    /// few issues rather than those of the whole scenario.
    func subsession(for chosen: [Int]) -> (session: AnalysisSession, issues: [Int]) {
        let own = Array(Set(chosen.flatMap { demands[$0].issues })).sorted()
        let position = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
        let renumbered = chosen.map { d in
            var demand = demands[d].position
            demand.condition = demand.condition.renumbered(position)
            // Subsessions ask about the stated conditions only.
            demand.fallbacks = []
            demand.threshold = nil
            return demand
        }
        return (AnalysisSession(issues: own.map { issues[$0] }, demands: renumbered, options: options), own)
    }

    /// A fresh record of cuts for one question.
    func cuts() -> Cuts { Cuts(stop: options.stop) }
}
