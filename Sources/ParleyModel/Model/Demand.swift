/// A red line: a condition every agreement acceptable to its party must meet.
public struct Demand: PositionItem {
    /// The demand's name within its party.
    public var name: String
    /// What conceding it costs its party (0 ... 10^9; default 1).
    public var cost: Int64
    /// The condition, resolved and type-checked.
    public var condition: Condition
    /// The condition as `parley fmt` prints it.
    public var expression: String
    /// Where the position comes from, if given.
    public var source: String?
    /// The line of the `demand` keyword.
    public var line: Int
    /// The whole item's range.
    public var range: SourceRange

    /// Makes a demand.
    public init(name: String, cost: Int64, condition: Condition, expression: String, source: String?, line: Int, range: SourceRange) {
        self.name = name
        self.cost = cost
        self.condition = condition
        self.expression = expression
        self.source = source
        self.line = line
        self.range = range
    }
}
