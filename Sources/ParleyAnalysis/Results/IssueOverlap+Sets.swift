import ParleyModel

extension IssueOverlap {
    /// No value of an issue with this domain.
    public static func none(of domain: Domain) -> IssueOverlap {
        switch domain {
        case .values: .values([])
        case .bool: .flags([])
        case .integers: .intervals([])
        }
    }

    /// Every value of an issue with this domain.
    public static func all(of domain: Domain) -> IssueOverlap {
        switch domain {
        case .values(let names): .values(Array(names.indices))
        case .bool: .flags([false, true])
        case .integers(let low, let high): .intervals([low...high])
        }
    }

    /// Whether the set holds no value.
    public var isEmpty: Bool {
        switch self {
        case .values(let list): list.isEmpty
        case .flags(let list): list.isEmpty
        case .intervals(let list): list.isEmpty
        }
    }

    /// Whether the set holds a value (a domain index, 0/1, or the integer).
    public func contains(_ value: Int64) -> Bool {
        switch self {
        case .values(let list): list.contains(Int(value))
        case .flags(let list): list.contains(value != 0)
        case .intervals(let list): list.contains { $0.contains(value) }
        }
    }
}
