/// A type-checked condition over the issues of a scenario, as the analysis
/// encodes it. Issues are referred to by their index in ``Scenario/issues``.
///
/// Chains are n-ary so that long written chains never make the tree deep.
/// The checker normalises the two chains whose grouping matters, so that no
/// interpreter has to fold them: `a implies b implies c` (grouped to the
/// right) is `any([not a, not b, c])`, and `a iff b iff c` (grouped to the
/// left) is a ``parity(_:odd:)`` of its operands. Only parentheses and
/// `of {...}` lists nest, and the parser bounds those.
public enum Condition: Hashable, Sendable {
    /// Always true or always false.
    case constant(Bool)
    /// A bool issue is true.
    case flag(issue: Int)
    /// An enumerated issue takes one of these values (indexes into its
    /// domain, ascending, no repeats).
    case member(issue: Int, values: [Int])
    /// `sum relation 0`, over integer issues.
    case compare(LinearSum, Relation)
    /// Negation.
    indirect case not(Condition)
    /// All hold (at least one operand).
    case all([Condition])
    /// At least one holds (at least one operand).
    case any([Condition])
    /// An odd number of the conditions hold (`odd`), or an even number
    /// (at least two operands). `a iff b` is an even parity: both or neither.
    case parity([Condition], odd: Bool)
    /// At least, at most or exactly `k` of the conditions hold.
    case count(CountKind, Int, [Condition])
    /// A party's utility compared with a constant (`utility(p) >= 40`);
    /// it mentions every issue of the party's preferences.
    case utility(UtilityBound)

    /// Evaluates the condition under an agreement: `values[i]` is issue i's
    /// value (a domain index for enum issues, 0/1 for bool, the integer
    /// itself for integer issues). Used by tests and oracles, never in the
    /// solver's loops.
    public func holds(_ values: [Int64]) -> Bool {
        switch self {
        case .constant(let b): return b
        case .flag(let issue): return values[issue] != 0
        case .member(let issue, let set): return set.contains(Int(values[issue]))
        case .compare(let sum, let relation): return relation.holds(sum.value(values))
        case .not(let c): return !c.holds(values)
        case .all(let cs): return cs.allSatisfy { $0.holds(values) }
        case .any(let cs): return cs.contains { $0.holds(values) }
        case .parity(let cs, let odd):
            return cs.reduce(false) { $0 != $1.holds(values) } == odd
        case .count(let kind, let k, let cs):
            let n = cs.reduce(0) { $0 + ($1.holds(values) ? 1 : 0) }
            switch kind {
            case .atLeast: return n >= k
            case .atMost: return n <= k
            case .exactly: return n == k
            }
        case .utility(let bound):
            return bound.holds(utility: bound.utility { $0.holds(values) })
        }
    }

    /// The indexes of the issues the condition mentions, ascending.
    public var mentionedIssues: [Int] {
        var found = Set<Int>()
        collectIssues(into: &found)
        return found.sorted()
    }

    /// The condition `a iff b iff ...` stands for, chained as written
    /// (grouped to the left): `(a iff b) iff c` holds exactly when an odd
    /// number of the three hold, and in general when the number that hold
    /// has the parity of the number of operands.
    public static func equivalence(_ operands: [Condition]) -> Condition {
        .parity(operands, odd: operands.count % 2 == 1)
    }

    /// The condition `a implies b implies ...` stands for, chained as
    /// written (grouped to the right): some premise fails or the last holds.
    public static func implication(_ operands: [Condition]) -> Condition {
        .any(operands.dropLast().map { .not($0) } + [operands[operands.count - 1]])
    }

    private func collectIssues(into found: inout Set<Int>) {
        switch self {
        case .constant: break
        case .flag(let issue), .member(let issue, _): found.insert(issue)
        case .compare(let sum, _): for term in sum.terms { found.insert(term.issue) }
        case .not(let c): c.collectIssues(into: &found)
        case .all(let cs), .any(let cs), .parity(let cs, _), .count(_, _, let cs):
            for c in cs { c.collectIssues(into: &found) }
        case .utility(let bound):
            for c in bound.conditions { c.collectIssues(into: &found) }
        }
    }
}

/// How a linear sum compares with zero.
public enum Relation: String, Hashable, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<="
    case greater = ">", greaterEqual = ">="

    /// Whether `value relation 0` holds.
    public func holds(_ value: Int64) -> Bool {
        switch self {
        case .equal: value == 0
        case .notEqual: value != 0
        case .less: value < 0
        case .lessEqual: value <= 0
        case .greater: value > 0
        case .greaterEqual: value >= 0
        }
    }
}
