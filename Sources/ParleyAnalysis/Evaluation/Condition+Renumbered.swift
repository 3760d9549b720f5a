import ParleyModel

extension Condition {
    /// The same condition with every issue index `i` replaced by
    /// `position[i]` (every mentioned issue must have one): the condition
    /// over a subset of the issues, for a session of its own.
    func renumbered(_ position: [Int: Int]) -> Condition {
        switch self {
        case .constant: return self
        case .flag(let issue): return .flag(issue: position[issue]!)
        case .member(let issue, let values): return .member(issue: position[issue]!, values: values)
        case .compare(let sum, let relation):
            return .compare(LinearSum(
                terms: sum.terms.map { LinearSum.Term(issue: position[$0.issue]!, coefficient: $0.coefficient) },
                constant: sum.constant), relation)
        case .not(let inner): return .not(inner.renumbered(position))
        case .all(let parts): return .all(parts.map { $0.renumbered(position) })
        case .any(let parts): return .any(parts.map { $0.renumbered(position) })
        case .parity(let parts, let odd): return .parity(parts.map { $0.renumbered(position) }, odd: odd)
        case .count(let kind, let k, let parts): return .count(kind, k, parts.map { $0.renumbered(position) })
        case .utility(var bound):
            bound.conditions = bound.conditions.map { $0.renumbered(position) }
            return .utility(bound)
        }
    }
}
