import Testing
@testable import ParleyAnalysis
import ParleyTestSupport

/// Union, intersection and complement of interval sets against the same
/// operations on sets of integers, over small universes (one touching the
/// 64-bit limits), and that every result keeps the canonical form:
/// disjoint, ascending, non-adjacent intervals inside the universe.
@Suite struct IntervalSetTests {
    static func random(_ low: Int64, _ high: Int64, using rng: inout SeededGenerator) -> IntervalSet {
        var set = IntervalSet.empty(low, high)
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            let a = Int64.random(in: low...high, using: &rng)
            let b = Int64(min(Int128(high), Int128(a) + Int128(Int64.random(in: 0...5, using: &rng))))
            set.insert(a...b)
        }
        return set
    }

    static func members(_ set: IntervalSet) -> Set<Int64> {
        var result = Set<Int64>()
        for interval in set.intervals { for value in interval { result.insert(value) } }
        return result
    }

    static func isCanonical(_ set: IntervalSet) -> Bool {
        for (k, interval) in set.intervals.enumerated() {
            if interval.lowerBound < set.low || interval.upperBound > set.high { return false }
            if k > 0 && Int128(set.intervals[k - 1].upperBound) + 1 >= Int128(interval.lowerBound) { return false }
        }
        return true
    }

    @Test func operationsAgreeWithSetsOfIntegers() {
        for seed in UInt64(1)...600 {
            var rng = SeededGenerator(seed: seed)
            let (low, high): (Int64, Int64) = seed % 3 == 0 ? (Int64.max - 20, Int64.max) : seed % 3 == 1 ? (Int64.min, Int64.min + 20) : (-10, 15)
            let a = IntervalSetTests.random(low, high, using: &rng)
            let b = IntervalSetTests.random(low, high, using: &rng)
            let universe = Set(low...high)
            let (x, y) = (IntervalSetTests.members(a), IntervalSetTests.members(b))
            for (result, expected) in [(a.union(b), x.union(y)), (a.intersection(b), x.intersection(y)), (a.complement(), universe.subtracting(x))] {
                #expect(IntervalSetTests.members(result) == expected, "seed \(seed)")
                #expect(IntervalSetTests.isCanonical(result), "seed \(seed): \(result.intervals)")
            }
        }
    }
}
