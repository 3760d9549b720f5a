/// `utility(p) relation bound`: a party's utility, the sum of the weights
/// of its preferences an agreement meets, compared with a constant (a
/// reservation value: `utility(seller) >= 40`).
///
/// It names the party; the preferences it sums are those the party holds
/// in the positions being analysed (the baseline's, or a what-if's after
/// its changes), bound by ``Condition/bindingUtilities(to:)``. Bound, it is
/// self-contained: every evaluator and the encoding read ``weights`` and
/// ``conditions`` and never look the party up.
public struct UtilityBound: Hashable, Sendable {
    /// The party whose utility is compared.
    public var party: String
    /// How the utility compares with ``bound``.
    public var relation: Relation
    /// The constant it is compared with.
    public var bound: Int64
    /// The weights of the party's preferences, in the party's order.
    public var weights: [Int64]
    /// Their conditions, in the same order.
    public var conditions: [Condition]

    /// Makes a bound, not yet bound to any preferences when `weights` and
    /// `conditions` are empty.
    public init(party: String, relation: Relation, bound: Int64, weights: [Int64] = [], conditions: [Condition] = []) {
        self.party = party
        self.relation = relation
        self.bound = bound
        self.weights = weights
        self.conditions = conditions
    }

    /// The utility when each preference's condition holds or not.
    public func utility(_ holds: (Condition) -> Bool) -> Int64 {
        var total: Int64 = 0
        for (weight, condition) in zip(weights, conditions) where holds(condition) { total += weight }
        return total
    }

    /// Whether the comparison holds for a utility.
    public func holds(utility: Int64) -> Bool {
        relation.holds(utility.compare(with: bound))
    }
}

extension Int64 {
    /// -1, 0 or 1 as self is below, at or above `other`: a sign that
    /// ``Relation/holds(_:)`` reads as `self - other`, without overflow.
    func compare(with other: Int64) -> Int64 {
        self < other ? -1 : self > other ? 1 : 0
    }
}
