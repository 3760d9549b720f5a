import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The closed-form count of two free integer issues (``PlaneCount``) and
/// its floor sums, against sums and counts taken point by point.
@Suite struct PlaneCountTests {
    @Test func floorSumMatchesTheSumTermByTerm() {
        var rng = SeededGenerator(seed: 20)
        for _ in 0..<2_000 {
            let count = Int128(Int.random(in: 0...60, using: &rng))
            let divisor = Int128(Int.random(in: 1...40, using: &rng))
            let slope = Int128(Int.random(in: -90...90, using: &rng))
            let offset = Int128(Int.random(in: -500...500, using: &rng))
            var expected: Int128 = 0
            for i in 0..<count { expected += (slope * i + offset).floorDivided(by: divisor) }
            #expect(
                PlaneBoundary.floorSum(count: count, divisor: divisor, slope: slope, offset: offset) == expected,
                "n \(count) m \(divisor) a \(slope) b \(offset)")
        }
    }

    @Test func floorSumOfAWideRunStaysExact() {
        // Σ ⌊(3i + 1) / 7⌋ over 7·10^11 terms. With i = 7p + r the term is
        // 3p + ⌊(3r + 1) / 7⌋: each period repeats the first one's floors,
        // raised by 3p seven times.
        let periods: Int128 = 100_000_000_000
        var onePeriod: Int128 = 0
        for r in Int128(0)..<7 { onePeriod += (3 * r + 1) / 7 }
        let expected = periods * onePeriod + 21 * (periods * (periods - 1) / 2)
        #expect(PlaneBoundary.floorSum(count: 7 * periods, divisor: 7, slope: 3, offset: 1) == expected)
    }

    /// A random scenario of two integer issues, sometimes an enum, and up
    /// to four demands of comparisons over both (equations and inequations
    /// among them).
    static func scenarioText(seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
        let xLow = Int.random(in: -200...50, using: &rng)
        let yLow = Int.random(in: -50...50, using: &rng)
        var text = "issue x: \(xLow)..\(xLow + Int.random(in: 0...400, using: &rng))\n"
        text += "issue y: \(yLow)..\(yLow + Int.random(in: 0...120, using: &rng))\n"
        let withEnum = Bool.random(using: &rng)
        if withEnum { text += "issue e: a | b | c\n" }
        func atom() -> String {
            var atoms = [
                "\(pick(["", "2 * ", "-3 * ", "-", "5 * "]))x + \(pick(["", "7 * ", "-2 * ", "-"]))y "
                    + "\(pick(["<", "<=", ">", ">="])) \(Int.random(in: -300...300, using: &rng))",
                "\(pick(["", "2 * ", "-3 * ", "4 * "]))x + \(pick(["", "3 * ", "-2 * ", "-"]))y "
                    + "\(pick(["==", "!="])) \(Int.random(in: -300...300, using: &rng))",
                "x \(pick(["<", ">=", "==", "!="])) \(Int.random(in: -100...300, using: &rng))",
                "y \(pick(["<=", ">", "==", "!="])) \(Int.random(in: -20...100, using: &rng))",
            ]
            if withEnum { atoms.append("e \(pick(["in", "not in"])) {\(pick(["a", "b", "a, c"]))}") }
            return pick(atoms)
        }
        func condition(_ depth: Int) -> String {
            if depth == 0 || Int.random(in: 0..<3, using: &rng) == 0 { return atom() }
            let (first, second) = (condition(depth - 1), condition(depth - 1))
            return pick(["(\(first) and \(second))", "(\(first) or \(second))", "not (\(first))", "(\(first) iff \(second))"])
        }
        text += "party p {\n"
        for d in 0..<Int.random(in: 1...4, using: &rng) { text += "  demand d\(d): \(condition(2))\n" }
        return text + "}\n"
    }

    @Test func countsOfTwoIntegerIssuesAgreeWithBruteForce() throws {
        #expect(try AgreementCounterTests.checkAgainstBruteForce(seeds: 1...300, PlaneCountTests.scenarioText) > 100)
    }

    @Test func twoWideIntegerIssuesTakeFewBoxesNotOnePerValue() throws {
        // Comparisons over both issues, 3,001 values each: the count comes
        // from a few runs of x (between the lines' crossings), not from
        // fixing one issue value by value.
        let text = """
        issue x: -1000..2000
        issue y: 0..3000
        party p {
          demand d1: 2 * x + -3 * y <= 1000 or y > 2500
          demand d2: x + y >= 500
          demand d3: x != 7
        }
        """
        var expected: UInt64 = 0
        for x in -1000...2000 where x != 7 {
            for y in 0...3000 where (2 * x - 3 * y <= 1000 || y > 2500) && x + y >= 500 { expected += 1 }
        }
        let (counted, cut, boxes) = try AgreementCounterTests.countWithBoxes(text, workLimit: 1000)
        #expect(cut == nil)
        #expect(boxes <= 40)
        #expect(counted == BigCount(expected))
    }

    @Test func anEquationInBothIssuesIsCountedInClosedForm() throws {
        // 3x - 2y == 7 meets whole numbers at every other x: y = (3x - 7) / 2
        // for odd x. Over 3,001 values each the count comes from a few runs
        // of x, where a sweep would fix one issue value by value.
        let text = """
        issue x: -1000..2000
        issue y: 0..3000
        party p {
          demand d1: 3 * x + -2 * y == 7
          demand d2: x + y != 1003 and y < 2500
        }
        """
        var expected: UInt64 = 0
        for x in -1000...2000 where (3 * x - 7) % 2 == 0 {
            let y = (3 * x - 7) / 2
            if (0...3000).contains(y) && x + y != 1003 && y < 2500 { expected += 1 }
        }
        let (counted, cut, boxes) = try AgreementCounterTests.countWithBoxes(text, workLimit: 1000)
        #expect(cut == nil)
        #expect(boxes <= 40)
        #expect(counted == BigCount(expected))
    }

    @Test func threeIntegerIssuesAreCountedByFixingTheNarrowest() throws {
        // x + y + z <= 150 over 0..150 each (the narrowest, z, has 101
        // values 0..100): the triples with sum at most 150 and z <= 100.
        // Each value of z leaves a plane count of a few runs of x, not the
        // 151 values of x (15,251 boxes in all).
        let text = """
        issue x: 0..150
        issue y: 0..150
        issue z: 0..100
        party p {
          demand d1: x + y + z <= 150
        }
        """
        var expected: UInt64 = 0
        for z in 0...100 {
            let rest = UInt64(150 - z)
            expected += (rest + 1) * (rest + 2) / 2
        }
        let (counted, cut, boxes) = try AgreementCounterTests.countWithBoxes(text, workLimit: 1000)
        #expect(cut == nil)
        #expect(boxes <= 500)
        #expect(counted == BigCount(expected))
    }
}
