/// How far apart the parties are on an integer issue without common ground:
/// the shortest interval that meets every consistent party's acceptable
/// values, and who sits on either side of it.
public struct Gap: Hashable, Sendable {
    /// The issue's index.
    public var issue: Int
    /// The shortest interval holding a value every consistent party
    /// accepts on its own (the leftmost when several are shortest).
    public var between: ClosedRange<Int64>
    /// The consistent parties that accept no value above the interval's
    /// low end (by index, in declaration order).
    public var below: [Int]
    /// The consistent parties that accept no value below its high end.
    public var above: [Int]

    /// The interval's length, `high - low` (it may exceed 64 bits' signed
    /// range on the widest domains).
    public var size: UInt64 { UInt64(bitPattern: between.upperBound &- between.lowerBound) }
}
