import Testing
@testable import ParleyModel
import ParleyTestSupport

@Suite struct StatementParsingTests {
    @Test func workedExampleParsesToItsModel() throws {
        let scenario = try load(toyText)
        #expect(scenario.title == "Toy border talks")
        #expect(scenario.issues.map(\.name) == ["border", "neutral", "troops"])
        #expect(scenario.issues[0].domain == .values(["north", "middle", "south"]))
        #expect(scenario.issues[0].label == "Where the line runs")
        #expect(scenario.issues[1].domain == .bool)
        #expect(scenario.issues[2].domain == .integers(min: 0, max: 100))
        #expect(scenario.parties.map(\.name) == ["east", "west"])
        let east = scenario.parties[0]
        #expect(east.demands.map(\.name) == ["line", "pledge"])
        #expect(east.demands[0].source == "East minister, March")
        #expect(east.demands[0].line == 8)
        #expect(east.demands[1].cost == 3)
        #expect(east.preferences[0].weight == 2)
        #expect(east.preferences[0].expression == "troops <= 40")
        let swap = scenario.whatIfs[0]
        #expect(swap.changes.count == 2)
        #expect(swap.changes.map { $0.text(in: scenario) } == ["concede west.no_pledge", "demand east.cap: troops >= 60"])
    }

    @Test func whatIfsApplyToTheBaseline() throws {
        let scenario = try load(toyText)
        let positions = scenario.positions(applying: scenario.whatIfs[0])
        #expect(positions[1].demands.map(\.name) == ["line", "army"])
        #expect(positions[0].demands.map(\.name) == ["line", "pledge", "cap"])
    }

    @Test func replacedItemsKeepTheirPlaceAndDefaults() throws {
        let scenario = try load("""
        issue b: bool
        whatif w { demand p.one: not b  prefer p.like weight 1: b }
        party p { demand one cost 5: b source "s"  demand two: b  prefer like weight 4: b }
        """)
        let positions = scenario.positions(applying: scenario.whatIfs[0])
        #expect(positions[0].demands.map(\.name) == ["one", "two"])
        #expect(positions[0].demands[0].cost == 1)
        #expect(positions[0].demands[0].source == nil)
        #expect(positions[0].preferences[0].weight == 1)
    }

    @Test func negativeRangesAndLabels() throws {
        let scenario = try load("issue t \"Temp \\\"C\\\"\": -40..-10\n")
        #expect(scenario.issues[0].domain == .integers(min: -40, max: -10))
        #expect(scenario.issues[0].label == "Temp \"C\"")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let file = SourceFile(name: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("issue b: bool\r\nparty p {\r\n  demand d: b\r\n}\r\n".utf8))
        let (scenario, diagnostics) = ScenarioChecker.load(file)
        #expect(diagnostics.isEmpty)
        #expect(scenario?.parties[0].demands[0].line == 3)
    }

    @Test func stringEscapesAreDecoded() throws {
        let scenario = try load("issue b: bool\nparty p { demand d: b source \"a\\tb\\nc\\\\ “q” ✓\" }\n")
        #expect(scenario.parties[0].demands[0].source == "a\tb\nc\\ “q” ✓")
    }
}

/// The worked example of the language contract, as bundled in scenarios/.
let toyText: String = {
    // A missing file fails every test that reads it, with this message.
    guard let file = try? Repository.file("scenarios/toy.parley") else { return "missing scenarios/toy.parley" }
    return String(decoding: file.bytes, as: UTF8.self)
}()
