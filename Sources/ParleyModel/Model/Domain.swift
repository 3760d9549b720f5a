/// The values an issue can take.
public enum Domain: Hashable, Sendable {
    /// Named values, in declared order (at least one, no repeats).
    case values([String])
    /// `false` or `true`.
    case bool
    /// Every integer from `min` to `max` inclusive (`min <= max`).
    case integers(min: Int64, max: Int64)

    /// The number of values, exactly (an integer range may hold up to 2^64).
    public var size: UInt64 {
        switch self {
        case .values(let names): UInt64(names.count)
        case .bool: 2
        case .integers(let low, let high): UInt64(bitPattern: high &- low) &+ 1
        }
    }

    /// The domain's kind as the report names it: `enum`, `bool` or `int`.
    public var kindName: String {
        switch self {
        case .values: "enum"
        case .bool: "bool"
        case .integers: "int"
        }
    }

    /// How a value of this domain is written: a value's name, `true` or
    /// `false`, or the integer. `value` is a domain index, 0/1, or the
    /// integer itself (an index outside the names is written as a number).
    public func valueText(_ value: Int64) -> String {
        switch self {
        case .values(let names): names.indices.contains(Int(value)) ? names[Int(value)] : String(value)
        case .bool: value == 0 ? "false" : "true"
        case .integers: String(value)
        }
    }
}
