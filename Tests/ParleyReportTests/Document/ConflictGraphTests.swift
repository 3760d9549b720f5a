import Foundation
import Testing
@testable import ParleyReport
import ParleyAnalysis
import ParleyModel

/// The conflict graph stays readable with many parties: numbered as the
/// list is, headers whole, and no line through a label.
@Suite struct ConflictGraphTests {
    static let source = """
        issue a: bool
        issue b: bool
        issue n: 0..10
        party uk "United Kingdom (E3)" { demand yes_a: a
          demand big: n >= 8 }
        party fr "France (E3)" { demand no_a: not a
          demand mid: n <= 6 }
        party de "Germany (E3)" { demand yes_b: b
          demand small: n <= 2 }
        party us "United States" { demand no_b: not b
          demand cap: n >= 4 }
        party ir "Iran" { demand both: a and b }
        """

    static func svg() throws -> (String, Analysis) {
        let scenario = try #require(ScenarioChecker.load(SourceFile(name: "g", bytes: Array(source.utf8))).0)
        let analysis = Analyzer.analyze(issues: scenario.issues, parties: scenario.parties)
        return (ConflictGraph.draw(conflicts: analysis.conflicts, parties: scenario.parties).svg, analysis)
    }

    /// Every `<text>` element: its x, anchor and content.
    static func texts(_ svg: String) -> [(x: Double, anchor: String, text: String)] {
        let pattern = try! NSRegularExpression(pattern: "<text x=\"([-0-9.]+)\" y=\"[-0-9.]+\" font-size=\"[0-9.]+\" text-anchor=\"([a-z]+)\"[^>]*>([^<]*)</text>")
        let range = NSRange(svg.startIndex..., in: svg)
        return pattern.matches(in: svg, range: range).map { m in
            (Double(svg[Range(m.range(at: 1), in: svg)!])!, String(svg[Range(m.range(at: 2), in: svg)!]), String(svg[Range(m.range(at: 3), in: svg)!]))
        }
    }

    @Test func everyConflictIsNumberedAsInTheList() throws {
        let (svg, analysis) = try Self.svg()
        #expect(analysis.conflicts.count >= 4)
        let numbers = Self.texts(svg).filter { $0.anchor == "middle" }.map(\.text)
        #expect(numbers == (1...analysis.conflicts.count).map(String.init))
    }

    @Test func partyHeadersAreWhole() throws {
        let (svg, _) = try Self.svg()
        let shown = Set(Self.texts(svg).map(\.text))
        for label in ["United Kingdom (E3)", "France (E3)", "Germany (E3)", "United States", "Iran"] {
            #expect(shown.contains(label), "\(label)")
        }
    }

    @Test func labelsFaceOutwardsSoNoLineCrossesOne() throws {
        let (svg, _) = try Self.svg()
        let numbers = Self.texts(svg).filter { $0.anchor == "middle" }
        let hubX = try #require(numbers.first?.x)
        // Every line runs between the two columns of dots.
        let linePattern = try NSRegularExpression(pattern: "<line x1=\"([-0-9.]+)\" y1=\"[-0-9.]+\" x2=\"([-0-9.]+)\"")
        let xs = linePattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).flatMap { m in
            [1, 2].map { Double(svg[Range(m.range(at: $0), in: svg)!])! }
        }
        let (leftDots, rightDots) = (try #require(xs.min()), try #require(xs.max()))
        for text in Self.texts(svg) where text.anchor != "middle" {
            // A label ends left of the left dots, or starts right of the right ones.
            if text.anchor == "end" { #expect(text.x <= leftDots + 8 && text.x < hubX, "\(text.text)") }
            if text.anchor == "start" { #expect(text.x >= rightDots - 8 && text.x > hubX, "\(text.text)") }
        }
    }

    @Test func longLabelsAreShortenedWithTheirFullTextAsTooltip() {
        let long = String(repeating: "x", count: 40)
        #expect(ConflictGraph.shortened(long).count == ConflictGraph.labelLimit + 1)
        #expect(ConflictGraph.shortened("short") == "short")
    }
}
