/// A red line: a condition every agreement acceptable to its party must meet.
public struct Demand: PositionItem {
    /// The demand's name within its party.
    public var name: String
    /// What withdrawing it costs its party (0 ... 10^9; default 1); the low
    /// end when a range.
    public var cost: Int64
    /// The high end of a cost range (`cost LO..HI`), nil for a point cost.
    public var costMax: Int64?
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
    /// Its fallback ladder, the first step first (empty for none).
    public var fallbacks: [Fallback]
    /// When the stated condition is one threshold on a number, that
    /// threshold (for the analysis' shifts).
    public var threshold: Threshold?

    /// Makes a demand.
    public init(
        name: String, cost: Int64, costMax: Int64? = nil, condition: Condition, expression: String, source: String?, line: Int,
        range: SourceRange, fallbacks: [Fallback] = [], threshold: Threshold? = nil
    ) {
        self.name = name
        self.cost = cost
        self.costMax = costMax
        self.fallbacks = fallbacks
        self.threshold = threshold
        self.condition = condition
        self.expression = expression
        self.source = source
        self.line = line
        self.range = range
    }
}

extension Demand {
    /// ` cost 3`, ` cost 2..5`, or nothing for the default: how `parley fmt`
    /// writes a cost.
    public static func costText(_ cost: Int64, _ costMax: Int64?, default: Int64) -> String {
        if let costMax { return " cost \(cost)..\(costMax)" }
        return cost == `default` ? "" : " cost \(cost)"
    }
}

extension Fallback {
    /// `fallback cost 2: army <= 700`, without the source: the step as the
    /// canonical text of a change lists it.
    public var text: String {
        "fallback\(Demand.costText(cost, costMax, default: 1)): \(expression)"
    }
}
