import Testing
@testable import ParleyAnalysis

/// Floor, ceiling and truncating division of 128-bit integers, in and past
/// the 64-bit fast path, against the definitions.
@Suite struct Int128DivisionTests {
    /// Dividends and divisors on both sides of zero, near the 64-bit
    /// limits and past them.
    static let values: [Int128] = [
        -7, -6, -1, 1, 2, 3, 6, 7, 1_000_003,
        Int128(Int64.max), Int128(Int64.min), Int128(Int64.max) + 1, Int128(Int64.min) - 1,
        Int128(Int64.max) * 5 + 3, -(Int128(Int64.max) * 5 + 3),
    ]

    @Test func truncatingDivisionMatchesSlashAndPercent() {
        for a in Self.values + [0] {
            for d in Self.values {
                let (quotient, remainder) = a.truncatingDivision(by: d)
                #expect(quotient == a / d && remainder == a % d, "\(a) / \(d)")
            }
        }
    }

    @Test func floorAndCeilingBracketTheExactQuotient() {
        for a in Self.values + [0] {
            for d in Self.values {
                let floor = a.floorDivided(by: d)
                let ceiling = a.ceilingDivided(by: d)
                // floor·d <= a < (floor + 1)·d for d > 0, reversed for d < 0.
                let (low, high) = d > 0 ? (floor * d, (floor + 1) * d) : ((floor + 1) * d, floor * d)
                #expect(d > 0 ? (low <= a && a < high) : (low < a && a <= high), "floor \(a) / \(d)")
                #expect(ceiling == floor || ceiling == floor + 1, "ceiling \(a) / \(d)")
                #expect((ceiling == floor) == (a % d == 0), "ceiling \(a) / \(d)")
            }
        }
    }

    @Test func theMostNegative64BitValueOverMinusOneLeavesTheFastPath() {
        let (quotient, remainder) = Int128(Int64.min).truncatingDivision(by: -1)
        #expect(quotient == Int128(Int64.max) + 1 && remainder == 0)
    }
}
