/// The number of agreements meeting every demand.
public struct AgreementCount: Hashable, Sendable {
    /// The count, or a lower bound when not exact.
    public var count: BigCount
    /// False when a limit cut the counting.
    public var exact: Bool
    /// One agreement meeting every demand: each issue's value (domain
    /// index, 0/1 or integer); nil when there is none.
    public var example: [Int64]?
    /// Per issue, every value it can take with the rest of the example
    /// fixed, still meeting every demand; nil when there is no example.
    public var exampleRanges: [IssueOverlap]?
}
