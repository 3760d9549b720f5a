import Testing
@testable import ParleyReport
import ParleyAnalysis
import ParleyModel

/// The parallel-coordinates plot reads without the table: every line is
/// numbered as in the compromise table, focal points are named, each axis
/// is ticked, and no two labels overlap.
@Suite struct ParetoChartTests {
    /// The Ukraine scenario's first deal price: five parties, so parallel coordinates.
    static func chart() throws -> (svg: String, best: [Compromise]) {
        let report = try GoldenReportTests.report("ukraine-2025-11")
        let price = try #require(report.analysis.dealPrices.first)
        #expect(price.best.count > 1)
        return (ParetoChart.draw(best: price.best, parties: report.scenario.parties, focal: price.focal).svg, price.best)
    }

    @Test func everyLineIsNumberedAsInTheTable() throws {
        let (svg, best) = try Self.chart()
        for k in 1...best.count {
            #expect(svg.contains(">\(k)</text>") || svg.contains(">\(k): "), "line \(k)")
            #expect(svg.contains("<title>\(k)"), "line \(k)'s tooltip")
        }
    }

    @Test func focalPointsAreNamedAtTheirLines() throws {
        let (svg, _) = try Self.chart()
        for rule in ["greatest total", "Nash", "egalitarian"] {
            #expect(svg.contains(rule), "\(rule)")
        }
    }

    @Test func eachAxisIsTickedAtZeroHalfAndItsMost() throws {
        let (svg, _) = try Self.chart()
        // Russia's preferences weigh 6 in all: ticks 0, 3 and 6 under its label.
        #expect(svg.contains(">Russia</text>"))
        #expect(svg.contains(">(of 6)</text>"))
        for tick in ["0", "3", "6"] { #expect(svg.contains(" text-anchor=\"end\">\(tick)</text>"), "\(tick)") }
    }

    @Test func spreadLabelsKeepTheirGapAndStayInRange() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let count = Int.random(in: 1...30, using: &generator)
            let ys = (0..<count).map { _ in Double(Int.random(in: 0...100, using: &generator)) }
            let placed = ParetoChart.spreadLabels(ys, gap: 11, within: 0...150)
            let sorted = placed.sorted()
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(b - a >= 11 - 1e-9, "\(ys) → \(placed)") }
            #expect(sorted.first! >= 0)
            // With room enough, nothing is pushed past the range's end.
            if Double(count - 1) * 11 <= 150 { #expect(sorted.last! <= 150 + 1e-9, "\(ys) → \(placed)") }
        }
    }

    @Test func aLabelWithRoomStaysBesideItsLine() {
        #expect(ParetoChart.spreadLabels([20, 80], gap: 11, within: 0...150) == [23, 83])
    }
}
