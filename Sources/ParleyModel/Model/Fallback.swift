/// A step of a demand's fallback ladder: a weaker position its party would
/// settle for, at a price (extensions-1.1 part B).
///
/// Level 0 of a demand is its stated condition, level k its k-th fallback,
/// and "withdrawn" lies past the last level. Each step admits every
/// agreement the one before it admits (the analysis proves it); its cost is
/// the whole price to the party of settling there, not an increment.
public struct Fallback: Hashable, Sendable {
    /// What settling here costs the party: the low end when a range.
    public var cost: Int64
    /// The high end of a cost range (`cost LO..HI`), nil for a point cost.
    public var costMax: Int64?
    /// The condition, resolved and type-checked.
    public var condition: Condition
    /// The condition as `parley fmt` prints it.
    public var expression: String
    /// Where the position comes from, if given.
    public var source: String?
    /// The line of the `fallback` word.
    public var line: Int
    /// The whole step's range; it starts at the `fallback` word.
    public var range: SourceRange
    /// When the step is one threshold on a number, that threshold.
    public var threshold: Threshold?

    /// Makes a step.
    public init(
        cost: Int64, costMax: Int64? = nil, condition: Condition, expression: String, source: String?, line: Int, range: SourceRange,
        threshold: Threshold? = nil
    ) {
        self.threshold = threshold
        self.cost = cost
        self.costMax = costMax
        self.condition = condition
        self.expression = expression
        self.source = source
        self.line = line
        self.range = range
    }
}
