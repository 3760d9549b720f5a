import ParleyModel

/// Demands written as `"party.name"` in tests, as the reports print them.
extension DemandID: ExpressibleByStringLiteral {
    /// The demand a qualified name `party.name` names (split at the first dot).
    public init(qualified: String) {
        let pieces = qualified.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        self.init(party: String(pieces[0]), name: pieces.count > 1 ? String(pieces[1]) : "")
    }

    public init(stringLiteral qualified: String) {
        self.init(qualified: qualified)
    }
}
