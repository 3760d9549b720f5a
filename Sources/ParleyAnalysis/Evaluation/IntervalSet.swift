/// A set of integers inside a universe `low...high`, as disjoint,
/// ascending, non-adjacent intervals.
struct IntervalSet: Equatable {
    let low: Int64
    let high: Int64
    private(set) var intervals: [ClosedRange<Int64>]

    init(low: Int64, high: Int64, intervals: [ClosedRange<Int64>] = []) {
        self.low = low
        self.high = high
        self.intervals = []
        for interval in intervals { insert(interval) }
    }

    static func full(_ low: Int64, _ high: Int64) -> IntervalSet {
        IntervalSet(low: low, high: high, intervals: [low...high])
    }

    static func empty(_ low: Int64, _ high: Int64) -> IntervalSet {
        IntervalSet(low: low, high: high)
    }

    var isEmpty: Bool { intervals.isEmpty }

    func contains(_ value: Int64) -> Bool {
        intervals.contains { $0.contains(value) }
    }

    /// The number of integers in the set.
    var count: UInt64 {
        intervals.reduce(0) { $0 &+ UInt64(bitPattern: $1.upperBound &- $1.lowerBound) &+ 1 }
    }

    /// Adds an interval (clamped to the universe), merging as needed.
    mutating func insert(_ interval: ClosedRange<Int64>) {
        let lower = max(interval.lowerBound, low)
        let upper = min(interval.upperBound, high)
        guard lower <= upper else { return }
        var merged = lower...upper
        var result: [ClosedRange<Int64>] = []
        for existing in intervals {
            let touches = existing.upperBound >= merged.lowerBound &- 1 && merged.upperBound >= existing.lowerBound &- 1
                && !(existing.upperBound == Int64.max && merged.lowerBound == Int64.min)
            if touches || existing.overlaps(merged) {
                merged = min(existing.lowerBound, merged.lowerBound)...max(existing.upperBound, merged.upperBound)
            } else {
                result.append(existing)
            }
        }
        result.append(merged)
        result.sort { $0.lowerBound < $1.lowerBound }
        intervals = result
    }

    func union(_ other: IntervalSet) -> IntervalSet {
        var result = self
        for interval in other.intervals { result.insert(interval) }
        return result
    }

    func complement() -> IntervalSet {
        var result = IntervalSet.empty(low, high)
        var next = low
        var exhausted = false
        for interval in intervals {
            if interval.lowerBound > next { result.insert(next...(interval.lowerBound - 1)) }
            if interval.upperBound == high { exhausted = true; break }
            next = interval.upperBound + 1
        }
        if !exhausted && next <= high { result.insert(next...high) }
        return result
    }

    func intersection(_ other: IntervalSet) -> IntervalSet {
        complement().union(other.complement()).complement()
    }

    /// The boundaries where membership can change: every interval's first
    /// value and the value after its last.
    var breakpoints: [Int64] {
        var points: [Int64] = []
        for interval in intervals {
            points.append(interval.lowerBound)
            if interval.upperBound < high { points.append(interval.upperBound + 1) }
        }
        return points
    }
}
