/// A weighted wish: a party's utility for an agreement is the sum of the
/// weights of the preferences it meets.
public struct Preference: PositionItem {
    /// The preference's name within its party.
    public var name: String
    /// Its weight (1 ... 10^9; default 1).
    public var weight: Int64
    /// The condition, resolved and type-checked.
    public var condition: Condition
    /// The condition as `parley fmt` prints it.
    public var expression: String
    /// Where the position comes from, if given.
    public var source: String?
    /// The line of the `prefer` keyword.
    public var line: Int
    /// The whole item's range.
    public var range: SourceRange

    /// Makes a preference.
    public init(name: String, weight: Int64, condition: Condition, expression: String, source: String?, line: Int, range: SourceRange) {
        self.name = name
        self.weight = weight
        self.condition = condition
        self.expression = expression
        self.source = source
        self.line = line
        self.range = range
    }
}
