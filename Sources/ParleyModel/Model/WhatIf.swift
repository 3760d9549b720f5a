/// A named set of hypothetical changes to the baseline positions.
public struct WhatIf: Hashable, Sendable {
    /// The what-if's name (`cli` is reserved for the command line).
    public var name: String
    /// Its optional human-readable label.
    public var label: String?
    /// The what-if whose positions it starts from (`extends OTHER`); nil
    /// when it starts from the baseline.
    public var extends: String?
    /// The changes, in written order.
    public var changes: [Change]
    /// Where it is declared.
    public var range: SourceRange

    /// Makes a what-if.
    public init(name: String, label: String?, extends: String? = nil, changes: [Change], range: SourceRange) {
        self.name = name
        self.label = label
        self.extends = extends
        self.changes = changes
        self.range = range
    }
}
