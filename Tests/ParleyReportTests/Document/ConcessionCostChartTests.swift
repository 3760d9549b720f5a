import Testing
@testable import ParleyReport
import ParleyAnalysis
import ParleyModel

/// The concession-cost chart reads without the table: each bar says what
/// it withdraws or settles, and each party's share names that party's moves.
@Suite struct ConcessionCostChartTests {
    @Test func everyBarNamesWhatItWithdrawsOrSettles() throws {
        let report = try GoldenReportTests.report("ukraine-2025-11")
        let concessions = report.analysis.concessions
        let svg = ConcessionCostChart.draw(concessions: concessions, parties: report.scenario.parties).svg
        for concession in concessions.prefix(ConcessionCostChart.maximumBars) {
            let what = Phrasing.tags(concession)
            #expect(svg.contains(">\(what.count <= 80 ? what : String(what.prefix(79)) + "…")</text>"), "\(what)")
        }
    }

    @Test func aShareOfSettlingOnlyNamesItsOwnParty() throws {
        let report = try GoldenReportTests.report("ukraine-2025-11")
        // A concession where Russia only settles at fallbacks.
        let settling = try #require(report.analysis.concessions.first { c in
            c.moves.contains { $0.demand.party == "russia" } && !c.demands.contains { $0.party == "russia" }
        })
        let svg = ConcessionCostChart.draw(concessions: [settling], parties: report.scenario.parties).svg
        #expect(svg.contains("<title>Russia settles"))
        #expect(svg.contains(">Russia</text>"), "the legend lists a party that only settles")
    }
}
