import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// The worked example of the language contract (scenarios/toy.parley)
/// gives exactly the stated results.
@Suite struct WorkedExampleTests {
    let scenario: Scenario

    init() throws {
        scenario = try #require(try Repository.scenario("toy"))
    }

    @Test func baselineIsInfeasibleWithOneConflict() {
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.feasible == false)
        #expect(analysis.overlap == [.values([]), .flags([]), .intervals([])])
        #expect(analysis.conflicts == [Conflict(demands: ["east.pledge", "west.no_pledge"])])
        #expect(analysis.disputes.count == 1)
        #expect(analysis.disputes[0].issues == ["neutral"])
        #expect(analysis.concessions == [Concession(demands: ["west.no_pledge"], cost: 1), Concession(demands: ["east.pledge"], cost: 3)])
        #expect(analysis.concessionsTotal == BigCount(2))
        #expect(analysis.pairs == [PairCompatibility(parties: ["east", "west"], compatible: false)])
        #expect(analysis.coalitions == [["east"], ["west"]])
    }

    @Test func swapWhatIfOpensADeal() {
        let parties = scenario.positions(applying: scenario.whatIfs[0])
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: parties)
        #expect(analysis.feasible == true)
        #expect(analysis.overlap == [.values([1]), .flags([true]), .intervals([60...100])])
        #expect(analysis.agreements.count == BigCount(41))
        #expect(analysis.agreements.exact)
        #expect(analysis.conflicts.isEmpty)
        #expect(analysis.concessionsTotal == .zero)
        // No agreement left has troops <= 40: one utility vector, 0 and 0.
        #expect(analysis.best.map(\.utilities) == [[0, 0]])
    }

    @Test func infeasibleBaselineHasNoBestButDealPrices() {
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        #expect(analysis.best.isEmpty)
        #expect(analysis.focal == nil)
        #expect(analysis.dealPrices.map(\.concession) == [Concession(demands: ["west.no_pledge"], cost: 1)])
        // With west.no_pledge conceded, west.army still needs 50 or more
        // troops, so east's preference for at most 40 stays unmet.
        #expect(analysis.dealPrices.first?.best.map(\.utilities) == [[0, 0]])
    }
}
