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

    /// The member nearest to `value` (the lower on a tie); nil when the
    /// set is empty.
    func nearest(to value: Int64) -> Int64? {
        var best: Int64?
        var bestDistance = UInt64.max
        for interval in intervals {
            let candidate = min(max(value, interval.lowerBound), interval.upperBound)
            let distance = candidate.magnitudeOfDifference(from: value)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
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
            // Overlapping or adjacent, in 128 bits so that neither end wraps.
            let touches = Int128(existing.upperBound) + 1 >= Int128(merged.lowerBound)
                && Int128(merged.upperBound) + 1 >= Int128(existing.lowerBound)
            if touches {
                merged = min(existing.lowerBound, merged.lowerBound)...max(existing.upperBound, merged.upperBound)
            } else {
                result.append(existing)
            }
        }
        result.append(merged)
        result.sort { $0.lowerBound < $1.lowerBound }
        intervals = result
    }

    /// The union (within this set's universe), by one merge of the two
    /// ascending lists: linear, where inserting interval by interval took
    /// a pass and a sort for each.
    func union(_ other: IntervalSet) -> IntervalSet {
        if other.intervals.isEmpty { return self }
        var result = IntervalSet.empty(low, high)
        result.intervals.reserveCapacity(intervals.count + other.intervals.count)
        var i = 0, j = 0
        while i < intervals.count || j < other.intervals.count {
            let next: ClosedRange<Int64>
            if j == other.intervals.count || (i < intervals.count && intervals[i].lowerBound <= other.intervals[j].lowerBound) {
                next = intervals[i]
                i += 1
            } else {
                next = other.intervals[j]
                j += 1
            }
            let lower = max(next.lowerBound, low)
            let upper = min(next.upperBound, high)
            guard lower <= upper else { continue }
            if let last = result.intervals.last, lower <= last.upperBound || (last.upperBound < Int64.max && lower == last.upperBound + 1) {
                result.intervals[result.intervals.count - 1] = last.lowerBound...max(last.upperBound, upper)
            } else {
                result.intervals.append(lower...upper)
            }
        }
        return result
    }

    /// The values of the universe outside the set: the gaps between its
    /// intervals, which are never adjacent to one another.
    func complement() -> IntervalSet {
        var result = IntervalSet.empty(low, high)
        var next = low
        var exhausted = false
        for interval in intervals {
            if interval.lowerBound > next { result.intervals.append(next...(interval.lowerBound - 1)) }
            if interval.upperBound == high { exhausted = true; break }
            next = interval.upperBound + 1
        }
        if !exhausted && next <= high { result.intervals.append(next...high) }
        return result
    }

    /// The intersection: one sweep over both lists when they share a
    /// universe (values outside the other set's universe count as in it).
    func intersection(_ other: IntervalSet) -> IntervalSet {
        guard other.low == low && other.high == high else {
            return complement().union(other.complement()).complement()
        }
        var result = IntervalSet.empty(low, high)
        var i = 0, j = 0
        while i < intervals.count && j < other.intervals.count {
            let a = intervals[i], b = other.intervals[j]
            let lower = max(a.lowerBound, b.lowerBound)
            let upper = min(a.upperBound, b.upperBound)
            if lower <= upper { result.intervals.append(lower...upper) }
            if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
        }
        return result
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

extension Int64 {
    /// |self - other|, which always fits in 64 unsigned bits.
    fileprivate func magnitudeOfDifference(from other: Int64) -> UInt64 {
        self >= other ? UInt64(bitPattern: self &- other) : UInt64(bitPattern: other &- self)
    }
}
