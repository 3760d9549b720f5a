import ParleyModel

/// What changed between two rounds of a negotiation: two scenario files
/// compared (extensions-1.1 part D, `parley diff`).
public struct ScenarioDiff: Sendable {
    /// One side of the comparison: the file as named and its title.
    public struct Side: Sendable {
        public var file: String
        public var title: String?
    }

    /// A demand or preference in both rounds that changed.
    public struct ChangedItem: Sendable {
        /// Its qualified name.
        public var id: DemandID
        /// Whether it is a demand (else a preference).
        public var isDemand: Bool
        /// Its canonical text in each round (`demand p.x cost 2: ...`).
        public var old: String
        public var new: String
    }

    /// A set of values of an issue in each round (an issue in both).
    public struct IssueChange: Sendable {
        /// The issue's name.
        public var issue: String
        /// Its values in the old round (of the old round's domain) and in
        /// the new; nil when that analysis was cut.
        public var old: IssueOverlap?
        public var new: IssueOverlap?
    }

    /// A value of each round.
    public struct Rounds<Value: Sendable>: Sendable {
        public var old: Value
        public var new: Value
    }

    public var old: Side
    public var new: Side
    /// Issue names: in NEW only (NEW's order), in OLD only (OLD's order),
    /// in both with a different domain (NEW's order).
    public var addedIssues: [String]
    public var removedIssues: [String]
    public var changedIssues: [String]
    /// Demands and preferences by qualified name: added and changed in
    /// NEW's declaration order, removed in OLD's. An item that changes
    /// kind is removed and added.
    public var addedItems: [DemandID]
    public var removedItems: [DemandID]
    public var changedItems: [ChangedItem]
    /// The two baselines' verdicts.
    public var feasible: Rounds<Bool?>
    /// The two agreement counts as the reports give them.
    public var agreements: Rounds<AgreementCount>
    /// Conflicts of NEW not in OLD, and of OLD not in NEW, as name sets, in
    /// the report's order; how many are in both.
    public var addedConflicts: [Conflict]
    public var removedConflicts: [Conflict]
    public var keptConflicts: Int
    /// The cost of the cheapest concession of each (0 when feasible; nil
    /// when unknown).
    public var cheapest: Rounds<Int64?>
    /// Issues in both whose overlap, or common ground, differs.
    public var overlap: [IssueChange]
    public var common: [IssueChange]
    /// The two baselines' analyses (for what renderers summarise).
    public var oldAnalysis: Analysis
    public var newAnalysis: Analysis
    /// The two scenarios.
    public var oldScenario: Scenario
    public var newScenario: Scenario

    /// False when a limit cut either analysis.
    public var complete: Bool { oldAnalysis.complete && newAnalysis.complete }

    /// Whether nothing changed at all.
    public var nothingChanged: Bool {
        addedIssues.isEmpty && removedIssues.isEmpty && changedIssues.isEmpty && addedItems.isEmpty && removedItems.isEmpty
            && changedItems.isEmpty && addedConflicts.isEmpty && removedConflicts.isEmpty && overlap.isEmpty && common.isEmpty
    }
}
