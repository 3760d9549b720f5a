import Testing
@testable import ParleyReport
import ParleyAnalysis
import ParleyModel

/// Tables name demands by qualified name with the party's label beside,
/// and parties by labels short enough for a column, with a legend.
@Suite struct TableLabelsTests {
    static func party(_ name: String, _ label: String?) -> Party {
        Party(name: name, label: label, demands: [], preferences: [], range: SourceRange(start: 0, end: 0))
    }

    @Test func aShortLabelIsShownWhole() {
        let labels = TableLabels(parties: [Self.party("russia", "Russia"), Self.party("us", "United States")])
        #expect(labels.label("russia") == "Russia")
        #expect(labels.label("us") == "United States")
        #expect(labels.legend() == nil)
    }

    @Test func aLongLabelLosesItsRemarksOrBecomesItsInitials() {
        #expect(TableLabels.shortened("United States (Holbrooke)") == "United States")
        #expect(TableLabels.shortened("Democratic Unionist Party (Foster)") == "DUP")
        #expect(TableLabels.shortened("France, Germany, the UK and the EU") == "FGUKEU")
        #expect(TableLabels.shortened("Bundesverfassungsgerichtshof") == "Bundesverfass…")
    }

    @Test func shortenedLabelsThatClashFallBackToThePartysName() {
        let labels = TableLabels(parties: [
            Self.party("dup", "Democratic Unionist Party (Foster)"), Self.party("dup2", "Democratic Unionist Party (Paisley)"),
        ])
        #expect(labels.label("dup") == "dup")
        #expect(labels.label("dup2") == "dup2")
    }

    @Test func theLegendGivesEachShortenedLabelInFull() {
        let labels = TableLabels(parties: [Self.party("dup", "Democratic Unionist Party (Foster)"), Self.party("uk", "UK")])
        #expect(labels.legend() == "Tables shorten long labels: DUP = Democratic Unionist Party (Foster).")
    }

    @Test func demandsAreGroupedByPartyWithTheLabelBeside() {
        let labels = TableLabels(parties: [Self.party("russia", "Russia"), Self.party("ukraine", "Ukraine")])
        let demands = [DemandID(party: "russia", name: "donetsk"), DemandID(party: "russia", name: "luhansk"), DemandID(party: "ukraine", name: "keep")]
        #expect(labels.names(demands) == "russia.donetsk, russia.luhansk (Russia), ukraine.keep (Ukraine)")
        #expect(labels.demand(demands[2]) == "ukraine.keep (Ukraine)")
    }

    @Test func everyTableOfTheReportPutsLabelsBesideNames() throws {
        let text = TextRenderer(colour: false, all: true).render(ReportComposer.compose(try GoldenReportTests.report("ukraine-2025-11")))
        #expect(text.contains("deferred, open: russia.no_nato (Russia)"), "the common-ground table")
        #expect(text.contains("russia (Russia)  "), "the pairs table")
        #expect(text.contains("Russia (of 6)"), "the compromise table")
        #expect(text.contains("1. Europe, Turkey, Ukraine, United States"), "coalitions in prose use labels")
        #expect(!text.contains("Tables shorten"), "no label is shortened, so no legend")
    }

    @Test func aReportWithLongLabelsShortensThemInTablesWithALegend() throws {
        let text = TextRenderer(colour: false, all: true).render(ReportComposer.compose(try GoldenReportTests.report("good-friday-1998")))
        let prose = text.split(separator: "\n").joined(separator: " ")
        #expect(prose.contains("Tables shorten long labels: UUP = Ulster Unionist Party (Trimble)"))
        #expect(text.contains("(UUP)"))
    }
}
