/// Whether one value of one issue can be part of an agreement meeting every
/// demand, and why not when it cannot.
public struct ValueExplanation: Hashable, Sendable {
    /// The issue's index in the scenario.
    public var issue: Int
    /// The value: a domain index, 0/1 for a bool, or the integer.
    public var value: Int64
    /// Whether some agreement meeting every demand takes the value; nil when
    /// a limit cut the question.
    public var possible: Bool?
    /// One such agreement, when possible.
    public var example: [Int64]?
    /// When not possible: every minimal set of demands that rules the value
    /// out (a conflict of the scenario plus `issue = value` that contains
    /// the value, without it), smallest first.
    public var excludedBy: [Conflict]
    /// The parties whose own demands, each party on its own, rule the value
    /// out (by index, in declaration order); nil when not asked. A party
    /// whose demands cannot hold at all rules out every value.
    public var excludingParties: [Int]?
    /// What was cut, and why.
    public var incomplete: [Incompleteness]
}
