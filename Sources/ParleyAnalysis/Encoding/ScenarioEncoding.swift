import ParleyModel
import ParleySAT

/// A scenario's issues and conditions as clauses on one solver.
///
/// - An issue with named values is one literal per value, exactly one true.
/// - A bool issue is one literal.
/// - An integer issue `lo..hi` is the binary number `x - lo` in
///   ceil(log2(hi - lo + 1)) bits, constrained to at most `hi - lo`: a range
///   of a million values costs 20 variables, not a million.
/// - A linear comparison `sum rel 0` becomes an adder network over the bits
///   (a negative coefficient works on the negated bits) and a comparator
///   with a constant.
/// - `atleast`/`atmost`/`exactly k of {...}` is a sequential counter for a
///   short list and a cardinality network pruned to the outputs k and
///   k + 1 for a long one.
/// - Every condition gets a literal equivalent to it, so conditions can be
///   negated, nested and assumed.
final class ScenarioEncoding {
    /// How one issue is represented.
    enum IssueVariables {
        case values([Literal])
        case flag(Literal)
        case integer(bits: [Literal], low: Int64, high: Int64)
    }

    let solver: Solver
    let circuit: Circuit
    let issues: [Issue]
    private(set) var variables: [IssueVariables] = []
    /// With `recording`, the length of the solver's clause log after each
    /// issue's clauses (the first entry of the log is the constant's).
    private(set) var issueClauseEnds: [Int] = []

    /// - Parameter recording: log every clause (``Solver/clauseLog``), to
    ///   write the problem out.
    init(issues: [Issue], recording: Bool = false) {
        self.issues = issues
        let solver = Solver()
        if recording { solver.clauseLog = [] }
        self.solver = solver
        circuit = Circuit(solver: solver)
        for issue in issues {
            defer { if recording { issueClauseEnds.append(solver.clauseLog?.count ?? 0) } }
            switch issue.domain {
            case .values(let names):
                let literals = names.map { _ in circuit.fresh() }
                solver.addClause(literals)
                addAtMostOne(literals)
                variables.append(.values(literals))
            case .bool:
                variables.append(.flag(circuit.fresh()))
            case .integers(let low, let high):
                let span = UInt64(bitPattern: high &- low)
                let width = span == 0 ? 0 : 64 - span.leadingZeroBitCount
                let bits = (0..<width).map { _ in circuit.fresh() }
                if width < 64, span != (UInt64(1) << width) - 1 {
                    solver.addClause([!circuit.atLeast(bits, Int128(span) + 1)])
                }
                variables.append(.integer(bits: bits, low: low, high: high))
            }
        }
    }

    /// Lists up to this long are counted by the sequential counter, whose
    /// n·(k + 1) gates are few there; longer ones by a cardinality network
    /// (``Circuit/counts(_:thresholds:)``), whose size grows as n log² k.
    static let longestCountedSequentially = 8

    /// At most one literal true: pairwise for a few, a sequential counter
    /// (Sinz 2005) for more.
    private func addAtMostOne(_ literals: [Literal]) {
        if literals.count <= 6 {
            for i in literals.indices {
                for j in (i + 1)..<literals.count { solver.addClause(!literals[i], !literals[j]) }
            }
            return
        }
        var previous = literals[0]
        for literal in literals.dropFirst() {
            let seen = circuit.fresh()
            solver.addClause(!previous, seen)
            solver.addClause(!literal, seen)
            solver.addClause(!previous, !literal)
            previous = seen
        }
    }

    /// A literal equivalent to the condition.
    func literal(for condition: Condition) -> Literal {
        switch condition {
        case .constant(let value):
            return circuit.constant(value)
        case .flag(let issue):
            guard case .flag(let literal) = variables[issue] else { preconditionFailure("not a bool issue") }
            return literal
        case .member(let issue, let values):
            guard case .values(let literals) = variables[issue] else { preconditionFailure("not an enum issue") }
            return circuit.or(values.map { literals[$0] })
        case .compare(let sum, let relation):
            return compare(sum, relation)
        case .not(let inner):
            return !literal(for: inner)
        case .all(let parts):
            return circuit.and(parts.map { literal(for: $0) })
        case .any(let parts):
            return circuit.or(parts.map { literal(for: $0) })
        case .parity(let parts, let odd):
            var result = literal(for: parts[0])
            for part in parts.dropFirst() { result = circuit.xor(result, literal(for: part)) }
            return odd ? result : !result
        case .count(let kind, let k, let parts):
            let inputs = parts.map { literal(for: $0) }
            guard inputs.count > Self.longestCountedSequentially else {
                let counts = circuit.atLeastCounts(inputs, upTo: min(k + 1, inputs.count + 1))
                let atLeastK = counts[k]
                let atLeastMore = k + 1 < counts.count ? counts[k + 1] : circuit.falseLiteral
                switch kind {
                case .atLeast: return atLeastK
                case .atMost: return !atLeastMore
                case .exactly: return circuit.and(atLeastK, !atLeastMore)
                }
            }
            switch kind {
            case .atLeast: return circuit.counts(inputs, thresholds: [k])[0]
            case .atMost: return !circuit.counts(inputs, thresholds: [k + 1])[0]
            case .exactly:
                let counts = circuit.counts(inputs, thresholds: [k, k + 1])
                return circuit.and(counts[0], !counts[1])
            }
        case .utility(let bound):
            let utility = weightedSum(bound.conditions.map { literal(for: $0) }, weights: bound.weights)
            return comparison(utility, -Int128(bound.bound), bound.relation)
        }
    }

    /// A party's utility as an unsigned binary number (least significant
    /// bit first): each literal weighs its weight when true, summed with
    /// the adder networks of linear arithmetic. The one encoding of a
    /// utility, for the best compromises and for `utility(p)` demands alike.
    func weightedSum(_ literals: [Literal], weights: [Int64]) -> [Literal] {
        var total: [Literal] = []
        for (literal, weight) in zip(literals, weights) {
            let term = circuit.multiply([literal], by: UInt64(weight))
            total = total.isEmpty ? term : circuit.add(total, term)
        }
        return total
    }

    /// `sum relation 0` as `V + C relation 0`, where V is an unsigned adder
    /// network over the issues' bits and C a constant.
    private func compare(_ sum: LinearSum, _ relation: Relation) -> Literal {
        let (value, offset) = sumBits(sum.terms)
        return comparison(value, offset + Int128(sum.constant), relation)
    }

    /// The terms of a sum as an unsigned number V in bits (least
    /// significant first) and the constant C with `terms = V + C`. A caller
    /// comparing one sum with many constants (the shifts' bisection) builds
    /// the network once and compares it many times.
    func sumBits(_ terms: [LinearSum.Term]) -> (bits: [Literal], offset: Int128) {
        var offset: Int128 = 0
        var value: [Literal] = []
        for term in terms {
            guard case .integer(let bits, let low, _) = variables[term.issue] else { preconditionFailure("not an integer issue") }
            let coefficient = Int128(term.coefficient)
            offset += coefficient * Int128(low)
            let scaled: [Literal]
            if coefficient > 0 {
                scaled = circuit.multiply(bits, by: UInt64(term.coefficient))
            } else {
                // c * y = |c| * (2^w - 1 - y) - |c| * (2^w - 1), and the
                // negated bits spell 2^w - 1 - y.
                let magnitude = term.coefficient.magnitude
                scaled = circuit.multiply(bits.map { !$0 }, by: magnitude)
                offset -= Int128(magnitude) * ((Int128(1) << bits.count) - 1)
            }
            value = value.isEmpty ? scaled : circuit.add(value, scaled)
        }
        return (value, offset)
    }

    /// A literal for `V + offset relation 0`.
    func comparison(_ value: [Literal], _ offset: Int128, _ relation: Relation) -> Literal {
        let atLeastZero = circuit.atLeast(value, -offset)
        let atLeastOne = circuit.atLeast(value, -offset + 1)
        switch relation {
        case .greaterEqual: return atLeastZero
        case .greater: return atLeastOne
        case .lessEqual: return !atLeastOne
        case .less: return !atLeastZero
        case .equal: return circuit.and(atLeastZero, !atLeastOne)
        case .notEqual: return !circuit.and(atLeastZero, !atLeastOne)
        }
    }

    /// The literal for `issue == value` (a domain index, 0/1, or an integer).
    func equals(issue: Int, value: Int64) -> Literal {
        switch variables[issue] {
        case .values(let literals): return literals[Int(value)]
        case .flag(let literal): return value != 0 ? literal : !literal
        case .integer(let bits, let low, _):
            let y = Int128(value) - Int128(low)
            return circuit.and(circuit.atLeast(bits, y), !circuit.atLeast(bits, y + 1))
        }
    }

    /// The literal for `issue >= value` on an integer issue.
    func atLeast(issue: Int, _ value: Int64) -> Literal {
        guard case .integer(let bits, let low, _) = variables[issue] else { preconditionFailure("not an integer issue") }
        return circuit.atLeast(bits, Int128(value) - Int128(low))
    }

    /// Each issue's value in the solver's last model (domain index, 0/1, or
    /// the integer).
    func decodeModel() -> [Int64] {
        decode(solver.model)
    }

    /// Each issue's value in a model kept from an earlier call.
    func decode(_ model: [Bool]) -> [Int64] {
        variables.map { variables in
            switch variables {
            case .values(let literals):
                return Int64(literals.firstIndex { $0.isTrue(in: model) } ?? 0)
            case .flag(let literal):
                return literal.isTrue(in: model) ? 1 : 0
            case .integer(let bits, let low, _):
                return low &+ BinaryNumber.value(of: bits, in: model)
            }
        }
    }
}
