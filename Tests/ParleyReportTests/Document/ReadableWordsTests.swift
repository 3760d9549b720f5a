import Testing
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// Words and pictures a reader can follow without the manual: utilities
/// explained where they are shown, and a heat-map whose diagonal is not
/// the "unknown" colour.
@Suite struct ReadableWordsTests {
    static func text(_ name: String) throws -> String {
        let lines = TextRenderer(all: true, width: 1_000).render(ReportComposer.compose(try GoldenReportTests.report(name)))
        return lines
    }

    @Test func compromiseTablesGiveEachPartysMostAndExplainNormalising() throws {
        let report = try GoldenReportTests.report("job-offer")
        let text = try Self.text("job-offer")
        for party in report.scenario.parties {
            let most = party.preferences.reduce(Int64(0)) { $0 + $1.weight }
            #expect(text.contains("\(party.name) (of \(most))"), "\(party.name)")
        }
        #expect(text.contains("its normalised utility is that share of its most (0 to 1)"))
    }

    @Test func focalPointsSayWhatEachRulePicks() throws {
        let text = try Self.text("job-offer")
        #expect(text.contains("Greatest total utility (the most weight met in all, whoever gets it)"))
        #expect(text.contains("Nash bargaining (the greatest product of normalised utilities"))
        #expect(text.contains("Egalitarian (the worst-off party's normalised utility as high as it can be)"))
    }

    @Test func heatMapDiagonalIsNotTheUnknownColour() throws {
        let html = HTMLRenderer().render(ReportComposer.compose(try GoldenReportTests.report("ukraine-2025-11")))
        // Each party against itself carries the title "NAME: consistent".
        let report = try GoldenReportTests.report("ukraine-2025-11")
        for party in report.scenario.parties {
            let cell = try #require(html.range(of: "<title>\(party.name): consistent</title>"), "\(party.name)")
            let before = html[html.startIndex..<cell.lowerBound].suffix(200)
            #expect(before.contains("fill=\"#90caf9\"") && !before.hasSuffix("fill=\"#bdbdbd\">"), "\(party.name)")
        }
        #expect(html.contains(">itself</text>"))
    }

    @Test func theHTMLNeverTellsItsReaderToRunACommand() throws {
        for name in ["toy", "ukraine-2025-11", "job-offer"] {
            let html = HTMLRenderer().render(ReportComposer.compose(try GoldenReportTests.report(name, explained: true)))
            for phrase in ["parley ", "--all", "--concede", "--format", "run '"] {
                #expect(!html.contains(phrase), "\(name): \(phrase)")
            }
        }
    }
}
