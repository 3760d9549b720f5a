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

    /// The values in both sets (of the same issue).
    public func intersection(_ other: IssueOverlap) -> IssueOverlap {
        switch (self, other) {
        case (.values(let a), .values(let b)): return .values(a.filter { b.contains($0) })
        case (.flags(let a), .flags(let b)): return .flags(a.filter { b.contains($0) })
        case (.intervals(let a), .intervals(let b)):
            var result: [ClosedRange<Int64>] = []
            var i = 0, j = 0
            while i < a.count && j < b.count {
                let low = max(a[i].lowerBound, b[j].lowerBound), high = min(a[i].upperBound, b[j].upperBound)
                if low <= high { result.append(low...high) }
                if a[i].upperBound < b[j].upperBound { i += 1 } else { j += 1 }
            }
            return .intervals(result)
        default: return self
        }
    }

    /// The values of `self` not in `other` (of the same issue).
    public func subtracting(_ other: IssueOverlap) -> IssueOverlap {
        switch (self, other) {
        case (.values(let a), .values(let b)): return .values(a.filter { !b.contains($0) })
        case (.flags(let a), .flags(let b)): return .flags(a.filter { !b.contains($0) })
        case (.intervals(let a), .intervals(let b)):
            guard let low = a.first?.lowerBound, let high = a.last?.upperBound else { return .intervals([]) }
            let remove = IntervalSet(low: low, high: high, intervals: b).complement()
            return .intervals(IntervalSet(low: low, high: high, intervals: a).intersection(remove).intervals)
        default: return self
        }
    }

    /// How many values the set holds (at most 2^64 - 1 is exact; the
    /// widest ranges saturate).
    public var count: UInt64 {
        switch self {
        case .values(let list): UInt64(list.count)
        case .flags(let list): UInt64(list.count)
        case .intervals(let list): list.reduce(0) { total, range in
            let (sum, overflow) = total.addingReportingOverflow(UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1)
            return overflow ? .max : sum
        }
        }
    }
}
