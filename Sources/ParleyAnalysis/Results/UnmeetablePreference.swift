import ParleyModel

/// A preference that no agreement can meet: its condition is false for
/// every value of its issues, so its weight never counts.
public struct UnmeetablePreference: Hashable, Sendable {
    /// The preference, by party and name.
    public var preference: DemandID
    /// Where it is written (it starts at its `prefer` word).
    public var range: SourceRange
}
