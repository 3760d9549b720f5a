/// One thing an agreement settles, with the values it can take.
public struct Issue: Hashable, Sendable {
    /// The issue's name, as used in conditions.
    public var name: String
    /// Its optional human-readable label.
    public var label: String?
    /// The values it can take.
    public var domain: Domain
    /// Where it is declared.
    public var range: SourceRange

    /// Makes an issue.
    public init(name: String, label: String?, domain: Domain, range: SourceRange) {
        self.name = name
        self.label = label
        self.domain = domain
        self.range = range
    }
}
