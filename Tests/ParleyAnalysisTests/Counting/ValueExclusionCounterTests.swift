import Testing
@testable import ParleyAnalysis
import ParleyModel
import ParleyTestSupport

/// Values proven impossible by counting the agreements that take them.
@Suite struct ValueExclusionCounterTests {
    static func counter(_ text: String, boxLimit: Int = ValueExclusionCounter.boxLimit) throws -> (ValueExclusionCounter, Scenario) {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "e", text: text)).0, "\(text)")
        let counter = ValueExclusionCounter(
            domains: scenario.issues.map(\.domain), conditions: scenario.parties.flatMap { $0.demands.map(\.condition) },
            options: AnalysisOptions(), boxLimit: boxLimit)
        return (counter, scenario)
    }

    @Test func anEquationRulesOutTheOddValuesOfOneIssue() throws {
        var (counter, _) = try Self.counter("""
            issue x: 0..100
            issue y: 0..100
            party p {
              demand d: x + 2 * y == 50
            }
            """)
        let answer1 = counter.excludes(0, ranges: [1...1, 37...37, 99...99])
        #expect(answer1)
        let answer2 = counter.excludes(0, ranges: [1...1, 50...50])
        #expect(!answer2)
        let answer3 = counter.excludes(0, ranges: [1...2])
        #expect(!answer3)
        let answer4 = counter.excludes(0, ranges: [51...100])
        #expect(answer4)
    }

    @Test func aNamedValueIsRuledOutWithOrWithoutTheOtherIssues() throws {
        var (counter, _) = try Self.counter("""
            issue e: a | b | c
            issue x: 0..100
            party p {
              demand d1: e != b
              demand d2: e == a or x > 150
            }
            """)
        let answer5 = counter.excludes(0, values: [1])
        #expect(answer5)
        let answer6 = counter.excludes(0, values: [1, 2])
        #expect(answer6)
        let answer7 = counter.excludes(0, values: [0, 2])
        #expect(!answer7)
    }

    @Test func countsCutByTheBoxLimitSoonStopTheProofs() throws {
        // With one box a count, x = 7 is ruled out by d1 without a split
        // (a count that ends, earning a credit); x in 8...1000 is not
        // settled, and once the cut counts have spent the credit, the
        // counter proves nothing more.
        var (counter, _) = try Self.counter("""
            issue x: 0..1000
            issue y: 0..1000
            issue z: 0..1000
            party p {
              demand d1: x != 7
              demand d2: x + y + z == 1000
            }
            """, boxLimit: 1)
        let before = counter.excludes(0, ranges: [7...7])
        #expect(before)
        for spent in 1...(ValueExclusionCounter.initialCredit + 1) {
            let cut = counter.excludes(0, ranges: [8...1000])
            #expect(!cut)
            #expect(counter.credit == ValueExclusionCounter.initialCredit + 1 - spent)
        }
        let after = counter.excludes(0, ranges: [7...7])
        #expect(!after)
    }
}
