/// A party to the negotiation and its position.
public struct Party: Hashable, Sendable {
    /// The party's name, as used in qualified names `party.item`.
    public var name: String
    /// Its optional human-readable label.
    public var label: String?
    /// Its red lines, in declaration order.
    public var demands: [Demand]
    /// Its weighted wishes, in declaration order.
    public var preferences: [Preference]
    /// Where it is declared.
    public var range: SourceRange

    /// Makes a party.
    public init(name: String, label: String?, demands: [Demand], preferences: [Preference], range: SourceRange) {
        self.name = name
        self.label = label
        self.demands = demands
        self.preferences = preferences
        self.range = range
    }
}
