/// A type-checked condition over the issues of a scenario, as the analysis
/// encodes it. Issues are referred to by their index in ``Scenario/issues``.
///
/// Chains are n-ary so that long written chains never make the tree deep:
/// `implies` folds to the right, `iff` to the left. Only parentheses and
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
    /// `a implies b implies c` as written: `a implies (b implies c)`.
    case implies([Condition])
    /// `a iff b iff c` as written: `(a iff b) iff c`.
    case iff([Condition])
    /// At least, at most or exactly `k` of the conditions hold.
    case count(CountKind, Int, [Condition])

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
        case .implies(let cs):
            var result = cs[cs.count - 1].holds(values)
            for c in cs.dropLast().reversed() { result = !c.holds(values) || result }
            return result
        case .iff(let cs):
            var result = cs[0].holds(values)
            for c in cs.dropFirst() { result = result == c.holds(values) }
            return result
        case .count(let kind, let k, let cs):
            let n = cs.reduce(0) { $0 + ($1.holds(values) ? 1 : 0) }
            switch kind {
            case .atLeast: return n >= k
            case .atMost: return n <= k
            case .exactly: return n == k
            }
        }
    }

    /// The indexes of the issues the condition mentions, ascending.
    public var mentionedIssues: [Int] {
        var found = Set<Int>()
        collectIssues(into: &found)
        return found.sorted()
    }

    private func collectIssues(into found: inout Set<Int>) {
        switch self {
        case .constant: break
        case .flag(let issue), .member(let issue, _): found.insert(issue)
        case .compare(let sum, _): for term in sum.terms { found.insert(term.issue) }
        case .not(let c): c.collectIssues(into: &found)
        case .all(let cs), .any(let cs), .implies(let cs), .iff(let cs), .count(_, _, let cs):
            for c in cs { c.collectIssues(into: &found) }
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
