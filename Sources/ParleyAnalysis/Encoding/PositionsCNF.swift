import ParleyModel
import ParleySAT

/// The clauses the analysis solves for one set of positions, written out
/// for a solver outside Parley (`parley-bench cnf`, for the pysat reference
/// of Scripts/pysat-reference.py): the scenario's own encoding
/// (``ScenarioEncoding``), with each issue's literals, a selector and a
/// literal per demand, and the clauses in blocks. Literals are DIMACS
/// numbers.
public struct PositionsCNF: Sendable {
    /// An issue's literals.
    public enum IssueLiterals: Sendable {
        /// One literal per named value, in domain order.
        case values([Int])
        /// The bool's literal.
        case flag(Int)
        /// The bits of `value - low`, least significant first.
        case integer(bits: [Int], low: Int64, high: Int64)
    }

    /// A demand's place in the clauses.
    public struct DemandLiterals: Sendable {
        /// Its party's index.
        public var party: Int
        /// Its qualified name.
        public var id: DemandID
        /// Its cost (the low end of a range).
        public var cost: Int64
        /// Assuming it imposes the demand (the clause `-selector literal`).
        public var selector: Int
        /// Equivalent to the demand's condition.
        public var literal: Int
    }

    /// How many variables the clauses use.
    public var variableCount: Int
    /// Per issue, in declaration order.
    public var issues: [IssueLiterals]
    /// Every demand, party by party, in declaration order.
    public var demands: [DemandLiterals]
    /// The clauses in blocks: `constant`, then `issue I` for each issue,
    /// then `demand K` for each demand (its gates and its selector clause).
    /// A block mentions only its own variables, its issues' and the
    /// constant's, so that any group of demands can be rebuilt alone.
    public var blocks: [(label: String, clauses: [[Int]])]

    /// The encoding of these positions on these issues. Fallback ladders
    /// are left out: only each demand's own condition.
    public init(issues: [Issue], parties: [Party]) {
        let encoding = ScenarioEncoding(issues: issues, recording: true)
        func numbers(_ range: Range<Int>) -> [[Int]] {
            (encoding.solver.clauseLog ?? [])[range].map { $0.map(\.dimacs) }
        }
        var blocks = [(label: "constant", clauses: numbers(0..<1))]
        var start = 1
        for (i, end) in encoding.issueClauseEnds.enumerated() {
            blocks.append(("issue \(i)", numbers(start..<end)))
            start = end
        }
        var demands: [DemandLiterals] = []
        for (p, party) in parties.enumerated() {
            for demand in party.demands {
                let literal = encoding.literal(for: demand.condition)
                let selector = encoding.circuit.fresh()
                encoding.solver.addClause(!selector, literal)
                let end = encoding.solver.clauseLog?.count ?? 0
                blocks.append(("demand \(demands.count)", numbers(start..<end)))
                start = end
                demands.append(DemandLiterals(
                    party: p, id: DemandID(party: party.name, name: demand.name), cost: demand.cost,
                    selector: selector.dimacs, literal: literal.dimacs))
            }
        }
        self.issues = encoding.variables.map { variables in
            switch variables {
            case .values(let literals): .values(literals.map(\.dimacs))
            case .flag(let literal): .flag(literal.dimacs)
            case .integer(let bits, let low, let high): .integer(bits: bits.map(\.dimacs), low: low, high: high)
            }
        }
        self.demands = demands
        self.blocks = blocks
        variableCount = encoding.solver.variableCount
    }
}
