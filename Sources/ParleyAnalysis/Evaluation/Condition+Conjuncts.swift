import ParleyModel

extension Condition {
    /// The condition as a conjunction: the operands of nested `and`s, or the
    /// condition itself (none for `true`).
    var conjuncts: [Condition] {
        switch self {
        case .all(let parts): return parts.flatMap(\.conjuncts)
        case .constant(true): return []
        default: return [self]
        }
    }
}
