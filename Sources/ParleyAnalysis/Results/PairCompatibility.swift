/// Whether two parties' demands admit a common agreement.
public struct PairCompatibility: Hashable, Sendable {
    /// The two parties' names, in declaration order.
    public var parties: [String]
    /// nil when the computation was cut by a limit.
    public var compatible: Bool?
}
