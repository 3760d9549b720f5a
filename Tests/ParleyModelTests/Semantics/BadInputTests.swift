import Testing
@testable import ParleyModel
import ParleyTestSupport

/// The bad-input catalogue: whatever the file holds, the front end answers
/// with a scenario or with diagnostics at a line and column, never a crash.
@Suite struct BadInputTests {
    func check(_ bytes: [UInt8]) -> (Scenario?, [String]) {
        let file = SourceFile(name: "t", bytes: bytes)
        let (scenario, diagnostics) = ScenarioChecker.load(file)
        return (scenario, diagnostics.map { "\(file.location(of: $0.range.start)) \($0.identifier)" })
    }

    @Test func emptyFileIsAnEmptyScenario() {
        let (scenario, diagnostics) = check([])
        #expect(diagnostics.isEmpty)
        #expect(scenario?.issues.isEmpty == true)
    }

    @Test func onlyCommentsIsAnEmptyScenario() {
        let (scenario, diagnostics) = check(Array("# nothing\n   # here either\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(scenario?.parties.isEmpty == true)
    }

    @Test func binaryGarbageGivesDiagnosticsNotACrash() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let (scenario, diagnostics) = check(bytes)
            // Either a scenario or at least one diagnostic with a position.
            #expect(scenario != nil || !diagnostics.isEmpty)
            #expect(diagnostics.allSatisfy { !$0.hasPrefix("0:") })
        }
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        #expect(check(Array("issue b: bool\n# caf".utf8) + [0xC3, 0x28]).1 == ["2:6 invalid-utf8"])
    }

    @Test func nulBytesAreReportedWhereTheyAre() {
        #expect(check(Array("issue b:".utf8) + [0] + Array(" bool\n".utf8)).1 == ["1:9 nul-byte"])
    }

    @Test func tabsCountOneColumn() {
        #expect(check(Array("\t\tissue b: bool $\n".utf8)).1 == ["1:17 unexpected-character"])
    }

    @Test func aFiftyMegabyteLineIsRead() {
        let bytes = Array("issue b: bool # ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 50_000_000) + Array("\nparty p { demand d: b }\n".utf8)
        let (scenario, diagnostics) = check(bytes)
        #expect(diagnostics.isEmpty)
        #expect(scenario?.parties.first?.demands.first?.line == 2)
    }

    @Test func thirtyDigitIntegerIsAnError() {
        #expect(check(Array("issue x: 0..123456789012345678901234567890\n".utf8)).1 == ["1:13 integer-too-long"])
    }

    @Test func eighteenDigitRangeBoundsAreAccepted() {
        let (scenario, diagnostics) = check(Array("issue x: -999999999999999999..999999999999999999\nparty p { demand d: x >= 0 }\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(scenario?.issues.first?.domain == .integers(min: -999_999_999_999_999_999, max: 999_999_999_999_999_999))
    }

    @Test func coefficientTimesRangeOverflowIsAnError() {
        #expect(check(Array("issue x: 0..999999999999999999\nparty p { demand d: 10 * x > 0 }\n".utf8)).1 == ["2:21 overflow"])
    }

    @Test func tenThousandPartiesCheck() {
        var text = "issue b: bool\n"
        for p in 0..<10_000 { text += "party p\(p) { demand d: b }\n" }
        let (scenario, diagnostics) = check(Array(text.utf8))
        #expect(diagnostics.isEmpty)
        #expect(scenario?.parties.count == 10_000)
    }

    @Test func duplicateEverythingIsReportedOnce() {
        let text = """
        scenario "a"
        scenario "b"
        issue e: x | x
        issue e: bool
        party p { demand d: true demand d: true prefer d: true }
        party p { }
        whatif w { concede p.d concede p.d }
        whatif w { }

        """
        #expect(check(Array(text.utf8)).1 == [
            "2:1 duplicate-scenario", "3:14 duplicate-value", "4:7 duplicate-issue",
            "5:33 duplicate-item", "5:48 duplicate-item", "6:7 duplicate-party",
            "7:34 changed-twice", "8:8 duplicate-whatif",
        ])
    }

    /// Mistakes from other languages and the integer-set extension, each
    /// one error at its place; the mangled variants never crash.
    @Test func mistakenOperatorsSeparatorsAndIntegerSetsGiveOneErrorEach() {
        let issues = "issue x: 0..1000000\nissue b: bool\n"
        let cases: [(String, String)] = [
            ("b && b", "3:23 symbol-operator"), ("b || b", "3:23 symbol-operator"), ("x = 3", "3:23 single-equals"),
            ("x <= 600,000", "3:26 digit-separator"), ("x <= 1_000", "3:26 digit-separator"),
            ("x in {1, 1..3}", "3:30 repeated-value"), ("x in {9..2}", "3:27 reversed-range"), ("x in {b}", "3:27 type-mismatch"),
        ]
        for (condition, expected) in cases {
            let (scenario, diagnostics) = check(Array((issues + "party p { demand d: \(condition) }\n").utf8))
            #expect(scenario == nil, "\(condition)")
            #expect(diagnostics == [expected], "\(condition)")
        }
        for mangled in ["x in {1..}", "x in {..3}", "x in {-}", "x in {1,,2}", "b &", "b |", "x ==", "x <= 1_", "x <= 1,00", "x in {1, 2"] {
            let (scenario, diagnostics) = check(Array((issues + "party p { demand d: \(mangled) }\n").utf8))
            #expect(scenario == nil && !diagnostics.isEmpty, "\(mangled)")
        }
    }

    @Test func aHundredThousandWhatIfChainIsResolvedWithoutRecursion() {
        var text = "issue x: 0..100\nparty p { demand d: x >= 1 }\nwhatif w0 { demand p.d: x >= 2 }\n"
        for k in 1..<100_000 { text += "whatif w\(k) extends w\(k - 1) { }\n" }
        text += "whatif loop_a extends loop_b { }\nwhatif loop_b extends loop_a { }\nwhatif stray extends nowhere { }\n"
        let (scenario, diagnostics) = check(Array(text.utf8))
        #expect(scenario == nil)
        #expect(diagnostics == ["100003:15 whatif-cycle", "100005:22 unknown-whatif"])
    }

    @Test func utilityDemandsAtTheirExtremes() {
        // An 18-digit bound, a party without preferences, parentheses to
        // the limit, a thousand heavy preferences: all accepted.
        var text = "issue x: 0..9\nparty none { }\nparty p {\n"
        text += "  demand far: utility(p) >= 999999999999999999\n  demand empty: utility(none) <= -999999999999999999\n"
        text += "  demand deep: " + String(repeating: "(", count: 63) + "utility(p)" + String(repeating: ")", count: 63) + " > 0\n"
        for k in 0..<1_000 { text += "  prefer q\(k) weight 1000000000: x != \(k % 10)\n" }
        text += "}\n"
        let (scenario, diagnostics) = check(Array(text.utf8))
        #expect(diagnostics.isEmpty)
        #expect(scenario?.parties[1].demands.map(\.condition.mentionedIssues) == [[0], [], [0]])
        // Cut short anywhere, a utility is a syntax error, never a crash.
        for cut in ["utility", "utility(", "utility(p", "utility(p)", "utility(p) >=", "utility()", "utility(p)(q) >= 1"] {
            let (scenario, diagnostics) = check(Array("party p {\n  demand d: \(cut)\n}\n".utf8))
            #expect(scenario == nil && !diagnostics.isEmpty, "\(cut)")
        }
    }
}
