import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ParleyAnalysis
import ParleyModel
import ParleyReport

/// The readable reports of the toy and Ukraine scenarios against golden
/// files (regenerate with Scripts/update-golden.sh and review the diff).
@Suite struct GoldenReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The report of a bundled scenario; `explained` adds the HTML's
    /// appendix, as `parley report --format html` does.
    static func report(_ name: String, explained: Bool = false) throws -> ScenarioAnalysis {
        let path = "scenarios/\(name).parley"
        let bytes = try [UInt8](Data(contentsOf: repository.appendingPathComponent(path)))
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: path, bytes: bytes)).0)
        var options = AnalysisOptions()
        options.support = true
        return Analyzer.report(scenario, file: path, explainExcluded: explained, options: options)
    }

    static func golden(_ file: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Resources/golden/\(file)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: ["toy", "ukraine-2025-11", "job-offer"])
    func textMatchesGolden(_ name: String) throws {
        let text = TextRenderer(colour: false, all: true).render(ReportComposer.compose(try Self.report(name)))
        #expect(text == (try Self.golden("\(name).txt")))
    }

    @Test(arguments: ["toy", "ukraine-2025-11", "job-offer"])
    func markdownMatchesGolden(_ name: String) throws {
        let markdown = MarkdownRenderer(all: true).render(ReportComposer.compose(try Self.report(name)))
        #expect(markdown == (try Self.golden("\(name).md")))
    }

    @Test(arguments: ["toy", "ukraine-2025-11", "job-offer"])
    func htmlMatchesGolden(_ name: String) throws {
        let html = HTMLRenderer().render(ReportComposer.compose(try Self.report(name, explained: true)))
        #expect(html == (try Self.golden("\(name).html")))
    }

    static func diff(_ rounds: [String]) throws -> [ScenarioDiff] {
        let reports = try rounds.map { name -> ScenarioAnalysis in
            let path = "Tests/ParleyReportTests/Resources/rounds/\(name).parley"
            let bytes = try [UInt8](Data(contentsOf: repository.appendingPathComponent(path)))
            let scenario = try #require(ScenarioChecker.load(SourceFile(name: path, bytes: bytes)).0)
            return Analyzer.report(scenario, file: path, whatIfs: [])
        }
        return zip(reports, reports.dropFirst()).map { RoundComparison.compare($0, $1) }
    }

    @Test func diffMatchesGoldenInEveryFormat() throws {
        let document = DiffComposer.compose(try Self.diff(["round1", "round2"])[0])
        #expect(TextRenderer(all: true).render(document) == (try Self.golden("diff-1-2.txt")))
        #expect(MarkdownRenderer(all: true).render(document) == (try Self.golden("diff-1-2.md")))
        #expect(HTMLRenderer().render(document) == (try Self.golden("diff-1-2.html")))
        #expect(DiffJSON.render(try Self.diff(["round1", "round2"])[0]) == (try Self.golden("diff-1-2.json")))
    }

    @Test func timelineMatchesGoldenWithItsChart() throws {
        let steps = try Self.diff(["round1", "round2", "round3"])
        let html = HTMLRenderer().render(DiffComposer.compose(timeline: steps))
        #expect(html == (try Self.golden("timeline-1-2-3.html")))
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        let titles = try document.nodes(forXPath: "//*[local-name()='svg']/*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles == ["Timeline of the rounds"])
        #expect(DiffJSON.render(timeline: steps) == (try Self.golden("timeline-1-2-3.json")))
    }

    @Test func whatIfTextMatchesGolden() throws {
        let text = TextRenderer().render(ReportComposer.composeWhatIfs(try Self.report("toy")))
        #expect(text == (try Self.golden("toy-whatif.txt")))
    }

    @Test(arguments: ["toy", "ukraine-2025-11"])
    func htmlIsWellFormedXMLWithTheFourPictures(_ name: String) throws {
        let html = HTMLRenderer().render(ReportComposer.compose(try Self.report(name, explained: true)))
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        let titles = try document.nodes(forXPath: "//*[local-name()='svg']/*[local-name()='title']").compactMap(\.stringValue)
        for picture in ["Compatibility of the parties, pair by pair", "Conflict graph", "Values allowed per issue", "Concession costs"] {
            #expect(titles.contains(picture), "\(name): no \(picture)")
        }
        #expect(!html.contains("<script"))
        // Self-contained: the only URL is the SVG namespace, nothing is fetched.
        #expect(html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg\"") })
        #expect(!html.contains("https://"))
    }

    @Test func feasibleHTMLShowsTheBarsTheHeatMapAndTheParetoFrontier() throws {
        let html = HTMLRenderer().render(ReportComposer.compose(try Self.report("job-offer")))
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        let titles = try document.nodes(forXPath: "//*[local-name()='svg']/*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains("Values allowed per issue"))
        #expect(titles.contains("Compatibility of the parties, pair by pair"))
        #expect(titles.contains("Pareto frontier"))
        #expect(!titles.contains("Conflict graph"))
    }

    @Test func textLinesFitOneHundredColumns() throws {
        let text = TextRenderer(colour: false, all: true).render(ReportComposer.compose(try Self.report("ukraine-2025-11")))
        let widest = text.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= TextRenderer.width)
    }

    @Test func colourOnlyWhenAsked() throws {
        let document = ReportComposer.compose(try Self.report("toy"))
        #expect(!TextRenderer(colour: false).render(document).contains("\u{1B}["))
        #expect(TextRenderer(colour: true).render(document).contains("\u{1B}[1;31m"))
    }

    @Test func sameReportSameBytes() throws {
        let first = HTMLRenderer().render(ReportComposer.compose(try Self.report("ukraine-2025-11")))
        let second = HTMLRenderer().render(ReportComposer.compose(try Self.report("ukraine-2025-11")))
        #expect(first == second)
    }
}
