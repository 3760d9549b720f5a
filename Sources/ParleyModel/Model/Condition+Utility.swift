extension Condition {
    /// Whether any `utility(p)` comparison occurs in the condition.
    public var mentionsUtility: Bool {
        switch self {
        case .constant, .flag, .member, .compare: return false
        case .utility: return true
        case .not(let inner): return inner.mentionsUtility
        case .all(let cs), .any(let cs), .parity(let cs, _), .count(_, _, let cs): return cs.contains { $0.mentionsUtility }
        }
    }

    /// The condition with every `utility(p)` comparison summing the
    /// preferences party p holds in `parties` (none when p is not there,
    /// which the checker rules out).
    public func bindingUtilities(to parties: [Party]) -> Condition {
        guard mentionsUtility else { return self }
        switch self {
        case .constant, .flag, .member, .compare: return self
        case .utility(var bound):
            let preferences = parties.first { $0.name == bound.party }?.preferences ?? []
            bound.weights = preferences.map(\.weight)
            bound.conditions = preferences.map(\.condition)
            return .utility(bound)
        case .not(let inner): return .not(inner.bindingUtilities(to: parties))
        case .all(let cs): return .all(cs.map { $0.bindingUtilities(to: parties) })
        case .any(let cs): return .any(cs.map { $0.bindingUtilities(to: parties) })
        case .parity(let cs, let odd): return .parity(cs.map { $0.bindingUtilities(to: parties) }, odd: odd)
        case .count(let kind, let k, let cs): return .count(kind, k, cs.map { $0.bindingUtilities(to: parties) })
        }
    }
}

extension Party {
    /// Every demand's condition and fallbacks with their `utility(p)`
    /// comparisons bound to the preferences in `parties`.
    mutating func bindUtilities(to parties: [Party]) {
        for d in demands.indices where demands[d].condition.mentionsUtility || demands[d].fallbacks.contains(where: { $0.condition.mentionsUtility }) {
            demands[d].condition = demands[d].condition.bindingUtilities(to: parties)
            for f in demands[d].fallbacks.indices {
                demands[d].fallbacks[f].condition = demands[d].fallbacks[f].condition.bindingUtilities(to: parties)
            }
        }
    }
}

extension [Party] {
    /// The positions with every demand's `utility(p)` bound to these
    /// positions' own preferences.
    func bindingUtilities() -> [Party] {
        var result = self
        for p in result.indices { result[p].bindUtilities(to: self) }
        return result
    }
}
