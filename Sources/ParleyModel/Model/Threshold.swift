/// A demand that is one threshold on a number: `LINEAR op K` (or `K op
/// LINEAR`) with op one of `< <= > >=` and exactly one side free of issues,
/// whose constant K can be moved (the analysis' shifts, extensions-1.1
/// part B). Stored mirrored as needed so that the issue side comes first:
/// `600 >= army` is `army <= 600`.
public struct Threshold: Hashable, Sendable {
    /// The side that mentions issues, as a sum.
    public var sum: LinearSum
    /// How it compares with the constant, the issue side first.
    public var relation: Relation
    /// The constant side's value.
    public var constant: Int64

    /// Makes a threshold.
    public init(sum: LinearSum, relation: Relation, constant: Int64) {
        self.sum = sum
        self.relation = relation
        self.constant = constant
    }

    /// Whether moving the constant up weakens the demand (`x <= K`, `x < K`).
    public var weakensUpwards: Bool { relation == .less || relation == .lessEqual }

    /// The same demand with the constant moved to `value`: `sum - value
    /// relation 0`, or nil when that constant does not fit in 64 bits.
    public func condition(at value: Int64) -> Condition? {
        let (shifted, overflow) = sum.constant.subtractingReportingOverflow(value)
        guard !overflow else { return nil }
        return .compare(LinearSum(terms: sum.terms, constant: shifted), relation)
    }
}
