import Foundation
import Testing
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// The report opens with a summary a reader can hand over: at most 15 lines
/// of text before the details, with the verdict and each dispute's cheapest
/// way out.
@Suite struct SummaryTests {
    static let scenarios: [String] = {
        let directory = GoldenReportTests.repository.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".parley") }.map { String($0.dropLast(".parley".count)) }.sorted()
    }()

    /// `a`, `a and b`, `a, b and c`.
    static func series(_ words: [String]) -> String {
        words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
    }

    /// The text before the first section heading.
    static func summary(_ text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let details = lines.firstIndex(of: "The scenario") else { return [] }
        return Array(lines[..<details])
    }

    @Test(arguments: scenarios)
    func textOpensWithAtMostFifteenLines(_ name: String) throws {
        let report = try GoldenReportTests.report(name)
        let text = TextRenderer(all: true).render(ReportComposer.compose(report))
        let summary = Self.summary(text).filter { !$0.isEmpty }
        #expect(!summary.isEmpty, "\(name): no summary before the details")
        #expect(summary.count <= 15, "\(name): \(summary.count) lines\n\(summary.joined(separator: "\n"))")
    }

    @Test(arguments: scenarios)
    func summaryNamesEachListedDisputesCheapestWayOut(_ name: String) throws {
        let report = try GoldenReportTests.report(name)
        let analysis = report.analysis
        let text = TextRenderer(all: true, width: 1_000).render(ReportComposer.compose(report))
        let summary = Self.summary(text).joined(separator: "\n")
        switch analysis.feasible {
        case false?:
            #expect(summary.contains("No agreement satisfies every party: \(analysis.conflicts.count) conflict"), "\(name)")
            guard analysis.disputes.count > 1 else { return }
            for dispute in analysis.disputes.prefix(3) {
                let cheapest = try #require(dispute.concessions.first)
                // The first paying party in declaration order opens the phrase.
                let paying = Set(cheapest.demands.map(\.party) + cheapest.moves.map(\.demand.party))
                let party = try #require(report.scenario.parties.first { paying.contains($0.name) })
                #expect(summary.contains("\(Self.series(dispute.issues)): \(party.label ?? party.name)"), "\(name): \(dispute.issues)")
            }
        default:
            #expect(summary.contains("An agreement satisfies every party") || summary.contains("unknown"), "\(name)")
        }
    }

    @Test func markdownAndHTMLOpenWithTheSameSummary() throws {
        let document = ReportComposer.compose(try GoldenReportTests.report("ukraine-2025-11"))
        let markdown = MarkdownRenderer(all: true).render(document)
        let html = HTMLRenderer().render(document)
        for output in [markdown, html] {
            let summary = try #require(output.range(of: "dispute by dispute"))
            let details = try #require(output.range(of: "The scenario"))
            #expect(summary.lowerBound < details.lowerBound)
        }
        #expect(markdown.components(separatedBy: "\n").prefix { !$0.hasPrefix("## ") }.count <= 15)
    }
}
