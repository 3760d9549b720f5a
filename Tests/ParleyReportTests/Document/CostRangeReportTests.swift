import Testing
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// How the readable reports show cost ranges: the ranges themselves, how
/// sure each cheapest verdict is, the tipping points and the whiskers of
/// the cost chart.
@Suite struct CostRangeReportTests {
    /// Two independent disputes; `west.lo` and `east.hi` overlap in cost,
    /// so which side gives way on `a` depends on the numbers, while on `b`
    /// Eastland's demand is cheaper whatever they are.
    static let source = """
        scenario "Ranges"
        issue a: bool
        issue b: bool
        party west "Westland" {
          demand lo cost 2..6: a source "assumption: a guess"
          demand bee cost 3: b
        }
        party east "Eastland" {
          demand hi cost 4..5: not a
          demand nob cost 1..2: not b
        }
        """

    static func document() throws -> ReportDocument {
        let file = SourceFile(name: "ranges.parley", bytes: Array(source.utf8))
        let scenario = try #require(ScenarioChecker.load(file).0)
        var options = AnalysisOptions()
        options.support = true
        return ReportComposer.compose(Analyzer.report(scenario, file: "ranges.parley", options: options))
    }

    static func text() throws -> String {
        TextRenderer(colour: false, all: true).render(try document())
    }

    /// The text with its wrapped lines joined again, for sentences.
    static func prose() throws -> String {
        try text().split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " ")
    }

    @Test func headlineGivesTheRangeAndSaysTheCheapestIsOnlyPossibly() throws {
        let text = try Self.prose()
        #expect(text.contains("cheapest concession costs 3..8 (Westland drops lo; Eastland drops nob), the cheapest only for some costs within the ranges"))
    }

    @Test func concessionTableHasACheapestColumnAndSharesAsRanges() throws {
        let text = try Self.text()
        #expect(text.contains("Cheapest?"))
        #expect(text.contains("Westland 2..6, Eastland 1..2  for some costs"))
        // Westland's bee and lo cost at least 5, more than lo and nob ever do.
        #expect(text.contains("5..9  west.bee, west.lo (Westland)   Westland 5..9                 -"))
    }

    @Test func disputeEntriesSayWhichWayOutIsNecessarilyCheapest() throws {
        let text = try Self.text()
        #expect(text.contains("cost 1..2: Eastland drops nob (necessarily the cheapest here)"))
        #expect(text.contains("cost 2..6: Westland drops lo (the cheapest here for some costs)"))
    }

    @Test func tippingPointsNameTheBoundAndTheConcessionThatTakesOver() throws {
        let text = try Self.text()
        #expect(text.contains("while west.lo costs at most 4 (now 2); above that, Eastland drops hi and nob is cheapest"))
        #expect(text.contains("while east.nob costs at most 3 (now 1); above that, Westland drops bee and lo is cheapest"))
        #expect(text.contains("would be cheapest if its costs fell by 2 in"))
    }

    @Test func conflictHeadingCountsItsDemandsOnAssumptions() throws {
        let text = try Self.text()
        #expect(text.contains("1. Over a (1 of its demands rests on assumptions):"))
        #expect(text.contains("(west.lo, cost 2..6)"))
    }

    @Test func assumptionSectionGivesTheCheapestAsARange() throws {
        let text = try Self.prose()
        #expect(text.contains("Without west.lo: 1 conflict instead of 2 and the cheapest concession would cost 1..2 instead of 3..8."))
    }

    @Test func costChartDrawsWhiskersToTheHighEnd() throws {
        let html = HTMLRenderer().render(try Self.document())
        #expect(html.contains("stroke=\"#424242\""))
        #expect(html.contains(">3..8</text>"))
    }
}
