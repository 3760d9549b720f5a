import ParleyModel

/// How far one threshold of a dispute must move, on its own, for the
/// dispute's demands to admit an agreement (extensions-1.1 part B): "the
/// cap would have to rise from 600 to 800".
public struct Shift: Hashable, Comparable, Sendable {
    /// The demand whose constant moves.
    public var demand: DemandID
    /// The constant as written.
    public var from: Int64
    /// The nearest constant that resolves the dispute; nil when none does.
    public var to: Int64?

    /// How far: `|to - from|`; nil when no move resolves the dispute.
    public var by: UInt64? { to.map { UInt64((Int128($0) - Int128(from)).magnitude) } }

    /// The report's order: smallest move first, those without one last,
    /// then by name.
    public static func < (a: Shift, b: Shift) -> Bool {
        switch (a.by, b.by) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.demand < b.demand
        }
    }
}
