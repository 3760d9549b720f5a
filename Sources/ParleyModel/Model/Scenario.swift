/// A checked scenario: the issues an agreement must settle, the parties'
/// positions, and the what-ifs. Every name is resolved and every condition
/// type-checked; nothing in it can fail to make sense.
public struct Scenario: Sendable {
    /// The `scenario "..."` title, if given.
    public var title: String?
    /// The issues, in declaration order. Conditions refer to them by index.
    public var issues: [Issue]
    /// The parties, in declaration order.
    public var parties: [Party]
    /// The what-ifs, in file order.
    public var whatIfs: [WhatIf]

    /// Makes a scenario.
    public init(title: String?, issues: [Issue], parties: [Party], whatIfs: [WhatIf]) {
        self.title = title
        self.issues = issues
        self.parties = parties
        self.whatIfs = whatIfs
    }

    /// The index of the issue with that name.
    public func issueIndex(named name: String) -> Int? {
        issues.firstIndex { $0.name == name }
    }

    /// The index of the party with that name.
    public func partyIndex(named name: String) -> Int? {
        parties.firstIndex { $0.name == name }
    }
}
