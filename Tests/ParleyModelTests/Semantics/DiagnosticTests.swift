import Testing
@testable import ParleyModel

/// Every error of the language spec's list, each at its exact line and column.
@Suite struct DiagnosticTests {
    let issues = "issue e: north | south\nissue b: bool\nissue x: 0..10\n"

    func demandError(_ expression: String) -> [String] {
        diagnose(issues + "party p {\n  demand d: \(expression)\n}\n")
    }

    @Test func unknownIssueSuggestsTheClosest() {
        #expect(demandError("ee == north") == ["5:13 unknown-issue"])
        let file = SourceFile(name: "t", text: issues + "party p { demand d: bb }\n")
        #expect(ScenarioChecker.load(file).1.first?.message == "unknown issue 'bb'; did you mean 'b'?")
    }

    @Test func unknownValueSuggestsTheClosest() {
        #expect(demandError("e == nrth") == ["5:18 unknown-value"])
        let file = SourceFile(name: "t", text: issues + "party p { demand d: e == nrth }\n")
        #expect(ScenarioChecker.load(file).1.first?.message == "'nrth' is not a value of issue 'e'; did you mean 'north'?")
    }

    @Test func valueOfAnotherIssue() {
        #expect(diagnose("issue e: a | b\nissue f: c | d\nparty p { demand d: e in {a, c} }\n") == ["3:30 value-of-other-issue"])
    }

    @Test func unknownPartyAndDemandInWhatIfs() {
        let text = issues + "party p { demand d: b }\nwhatif w {\n  concede q.d\n  concede p.dd\n}\n"
        #expect(diagnose(text) == ["6:11 unknown-party", "7:13 unknown-demand"])
        let file = SourceFile(name: "t", text: text)
        #expect(ScenarioChecker.load(file).1.map(\.message) == ["unknown party 'q'; did you mean 'p'?", "unknown demand 'p.dd'; did you mean 'p.d'?"])
    }

    @Test func duplicateNames() {
        #expect(diagnose("issue e: a | a\nissue e: bool\n") == ["1:14 duplicate-value", "2:7 duplicate-issue"])
        #expect(diagnose("issue b: bool\nparty p { demand d: b  prefer d: b }\nparty p { }\n") == ["2:31 duplicate-item", "3:7 duplicate-party"])
        #expect(diagnose("issue b: bool\nparty b { }\n") == ["2:7 issue-party-clash"])
        #expect(diagnose("whatif w { }\nwhatif w { }\nwhatif cli { }\n") == ["2:8 duplicate-whatif", "3:8 reserved-whatif"])
    }

    @Test func repeatedValueInASet() {
        #expect(demandError("e in {north, north}") == ["5:26 repeated-value"])
    }

    @Test func typeMismatches() {
        #expect(demandError("x == north") == ["5:18 type-mismatch"])
        #expect(demandError("b + 1 > 0") == ["5:13 type-mismatch"])
        #expect(demandError("e < north") == ["5:15 type-mismatch"])
        #expect(demandError("x") == ["5:13 type-mismatch"])
        #expect(demandError("true == b") == ["5:13 type-mismatch"])
        #expect(demandError("b == 1") == ["5:18 type-mismatch"])
        #expect(demandError("x * x > 1") == ["5:15 product-of-issues"])
    }

    @Test func emptyOrReversedRange() {
        #expect(diagnose("issue x: 5..4\n") == ["1:10 reversed-range"])
    }

    @Test func concedeOfAPreferenceSaysItIsOne() {
        #expect(diagnose("issue b: bool\nparty p { prefer l: b }\nwhatif w { concede p.l }\n") == ["3:22 concede-preference"])
        #expect(message("issue b: bool\nparty p { prefer l: b }\nwhatif w { concede p.l }\n")
            == "'p.l' is a preference; only demands can be conceded (change a preference with 'prefer')")
    }

    @Test func concedeUnderTheWrongPartyNamesTheOwner() {
        let text = "issue b: bool\nparty p { demand army: b }\nparty q { demand d: b }\nwhatif w { concede q.army }\n"
        #expect(diagnose(text) == ["4:20 unknown-demand"])
        #expect(message(text) == "unknown demand 'q.army': 'army' is a demand of party 'p'; did you mean 'p.army'?")
    }

    /// The first diagnostic's message.
    func message(_ text: String) -> String? {
        ScenarioChecker.load(SourceFile(name: "t", text: text)).1.first?.message
    }

    @Test func symbolOperatorsSayWhichWordToUseOnce() {
        #expect(demandError("b && b") == ["5:15 symbol-operator"])
        #expect(demandError("b & b") == ["5:15 symbol-operator"])
        #expect(demandError("b || not b") == ["5:15 symbol-operator"])
        #expect(message(issues + "party p { demand d: b || b }\n") == "'||' is not an operator here; use 'or'")
    }

    @Test func singleEqualsAsksForDoubleOnce() {
        #expect(demandError("x = 5") == ["5:15 single-equals"])
        #expect(message(issues + "party p { demand d: x = 5 }\n") == "'=' is not a comparison; did you mean '=='?")
    }

    @Test func digitSeparatorsSayHowToWriteTheNumber() {
        #expect(demandError("x <= 1_000") == ["5:18 digit-separator"])
        #expect(message("issue x: 0..1000000\nparty p { demand d: x <= 600,000 }\n") == "digit separators are not allowed in '600,000'; write 600000")
        // In a set a comma separates elements, spaced or not.
        #expect(diagnose("issue e: a | b | c\nparty p { demand d: e in {a,b} }\n").isEmpty)
    }

    @Test func weightOnADemandAndCostOnAPreferenceAreNamed() {
        #expect(diagnose(issues + "party p { demand d weight 2: b }\n") == ["4:20 amount-mismatch"])
        #expect(diagnose(issues + "party p { prefer q cost 2: b }\n") == ["4:20 amount-mismatch"])
        #expect(message(issues + "party p { demand d weight 2: b }\n")?.hasPrefix("demands take 'cost', not 'weight'") == true)
    }

    @Test func sourceBeforeTheColonSaysWhereItGoes() {
        #expect(diagnose(issues + "party p { demand d source \"x\": b }\n") == ["4:20 source-before-colon"])
    }

    @Test func integerSetsRejectRepeatsOverlapsAndNames() {
        #expect(demandError("x in {1, 3..5, 4}") == ["5:28 repeated-value"])
        #expect(demandError("x in {1, 1}") == ["5:22 repeated-value"])
        #expect(demandError("x in {5..3}") == ["5:19 reversed-range"])
        #expect(demandError("x in {1, north}") == ["5:22 type-mismatch"])
        #expect(demandError("e in {north, 2}") == ["5:26 type-mismatch"])
        #expect(demandError("x in {0..10, -1}").isEmpty)
    }

    @Test func aMissingBraceIsOneErrorWhereTheNextStatementStarts() {
        let text = "issue b: bool\nparty p { demand d: b\nparty r { demand e: not b }\nwhatif w { concede r.e }\n"
        #expect(diagnose(text) == ["3:1 syntax"])
    }

    @Test func unterminatedString() {
        #expect(diagnose("scenario \"abc\n") .first == "1:10 unterminated-string")
    }

    @Test func integersOutOfRange() {
        #expect(diagnose("issue x: 0..1234567890123456789\n") == ["1:13 integer-too-long"])
        #expect(diagnose("issue b: bool\nparty p { demand d cost 1000000001: b }\n") == ["2:25 cost-out-of-range"])
        #expect(diagnose("issue b: bool\nparty p { prefer d weight 0: b }\n") == ["2:27 weight-out-of-range"])
    }

    @Test func arithmeticOverflow() {
        #expect(diagnose("issue x: 0..999999999999999999\nparty p { demand d: x * 100 > 0 }\n") == ["2:21 overflow"])
        #expect(diagnose("issue x: -999999999999999999..999999999999999999\nissue y: -999999999999999999..999999999999999999\nparty p { demand d: x * 9 - y * 9 > 0 }\n") == ["3:21 overflow"])
    }

    @Test func countLargerThanItsList() {
        #expect(demandError("atleast 3 of {b, b}") == ["5:21 count-out-of-range"])
        #expect(demandError("atmost -1 of {b}") == ["5:20 count-out-of-range"])
    }

    @Test func nestingBeyondTheLimitIsRefused() {
        let deep = String(repeating: "(", count: 100_000) + "b" + String(repeating: ")", count: 100_000)
        #expect(demandError(deep) == ["5:77 nesting-too-deep"])
    }

    @Test func issueUsedBeforeItsDeclaration() {
        #expect(diagnose("party p { demand d: b }\nissue b: bool\n") == ["1:21 issue-used-before-declaration"])
    }

    @Test func whatIfChangesKeepTheirKind() {
        #expect(diagnose("issue b: bool\nparty p { prefer l: b }\nwhatif w { demand p.l: b }\n") == ["3:12 kind-mismatch"])
        #expect(diagnose("issue b: bool\nparty p { demand d: b }\nwhatif w { concede p.d\n demand p.d: b }\n") == ["4:11 changed-twice"])
    }

    @Test func lexicalErrors() {
        #expect(diagnose("issue b: bool $\n") == ["1:15 unexpected-character"])
        #expect(diagnose("scenario \"a\\qb\"\n") == ["1:12 invalid-escape"])
        let file = SourceFile(name: "t", bytes: Array("# ok\n# é bad: ".utf8) + [0xFF, 0x0A, 0x00])
        #expect(ScenarioChecker.load(file).1.map { "\(file.location(of: $0.range.start)) \($0.identifier)" } == ["2:10 invalid-utf8", "3:1 nul-byte"])
    }

    @Test func columnsCountCodePoints() {
        #expect(diagnose("scenario \"ÄÖ✓\" issue b: bool $\n") == ["1:30 unexpected-character"])
    }

    @Test func keywordsCannotBeNames() {
        #expect(diagnose("issue of: bool\n") == ["1:7 keyword-as-name"])
    }

    @Test func everyErrorInTheFileIsReported() {
        let text = """
        issue e: north | south
        issue x: 9..1
        party p {
          demand a: e == west
          demand b: q > 1
          demand c: (e == north
          demand d: atleast 5 of {true}
        }
        whatif w { concede p.zz }

        """
        #expect(diagnose(text) == ["2:10 reversed-range", "4:18 unknown-value", "5:13 unknown-issue", "7:3 syntax", "7:21 count-out-of-range", "9:22 unknown-demand"])
    }

    @Test func rendererShowsTheLineAndACaret() {
        let file = SourceFile(name: "f.parley", text: "issue b: bool\nparty p {\n\tdemand d: bb\n}\n")
        let text = DiagnosticRenderer().render(ScenarioChecker.load(file).1, in: file)
        #expect(text == "f.parley:3:12: error: unknown issue 'bb'; did you mean 'b'?\n\tdemand d: bb\n\t          ^\n")
    }

    @Test func fallbackCostsMayNotFallNorPassTheWithdrawalCost() {
        let head = "issue x: 0..10\nparty p {\n"
        #expect(diagnose(head + "  demand d cost 5: x <= 3\n    fallback cost 3: x <= 5\n    fallback cost 2: x <= 7\n}\n") == ["5:19 fallback-cost-decreases"])
        #expect(diagnose(head + "  demand d cost 2: x <= 3\n    fallback cost 3: x <= 5\n}\n") == ["4:19 fallback-cost-above-withdrawal"])
        // Under a cost 0 demand a fallback must say cost 0: an omitted cost is 1.
        #expect(diagnose(head + "  demand d cost 0: x <= 3\n    fallback: x <= 5\n}\n") == ["4:5 fallback-cost-above-withdrawal"])
        #expect(diagnose(head + "  demand d cost 0: x <= 3\n    fallback cost 0: x <= 5\n}\n") == [])
        // Ranges: low ends and high ends compared separately.
        #expect(diagnose(head + "  demand d cost 2..6: x <= 3\n    fallback cost 1..7: x <= 5\n}\n") == ["4:19 fallback-cost-above-withdrawal"])
        #expect(diagnose(head + "  demand d cost 2..6: x <= 3\n    fallback cost 1..5: x <= 5\n    fallback cost 2..4: x <= 6\n}\n") == ["5:19 fallback-cost-decreases"])
    }

    @Test func costRanges() throws {
        #expect(diagnose("issue b: bool\nparty p { demand d cost 5..3: b }\n") == ["2:25 reversed-cost-range"])
        #expect(diagnose("issue b: bool\nparty p { demand d cost 1..1000000001: b }\n") == ["2:28 cost-out-of-range"])
        let scenario = try load("issue b: bool\nparty p { demand d cost 3..3: b }\n")
        #expect(scenario.parties[0].demands[0].cost == 3 && scenario.parties[0].demands[0].costMax == 3)
    }

    @Test func aFallbackOnAPreferenceIsOneError() {
        let file = SourceFile(name: "t", text: "issue b: bool\nparty p {\n  prefer q: b fallback: not b\n  demand d: b\n}\n")
        let diagnostics = ScenarioChecker.load(file).1
        #expect(diagnostics.map { "\(file.location(of: $0.range.start)) \($0.identifier)" } == ["3:15 fallback-on-preference"])
        #expect(diagnostics[0].message == "only demands have fallbacks; a preference is weighed, not conceded")
    }

    @Test func settlingPastTheLadderIsAnError() {
        let text = "issue x: 0..10\nparty p { demand d: x <= 3 fallback: x <= 5 demand e: x >= 1 }\nwhatif w { concede p.d@2\n concede p.e@1 }\n"
        let file = SourceFile(name: "t", text: text)
        let diagnostics = ScenarioChecker.load(file).1
        #expect(diagnostics.map { "\(file.location(of: $0.range.start)) \($0.identifier)" } == ["3:24 no-such-fallback", "4:14 no-such-fallback"])
        #expect(diagnostics.map(\.message) == [
            "'p.d' has 1 fallback; @2 must be between 1 and 1", "'p.e' has no fallbacks; concede it whole with 'concede p.e'",
        ])
    }

    @Test func fallbackIsAnOrdinaryNameElsewhere() throws {
        let scenario = try load("issue fallback: 0..5\nparty p { demand fallback: fallback <= 3 fallback: fallback <= 4 }\n")
        #expect(scenario.parties[0].demands[0].name == "fallback")
        #expect(scenario.parties[0].demands[0].fallbacks.map(\.expression) == ["fallback <= 4"])
    }

    @Test func aThresholdIsFoundWhereverTheConstantStands() throws {
        let issues = "issue x: 0..10\nissue y: 0..10\n"
        func threshold(_ condition: String) throws -> Threshold? {
            try load(issues + "party p { demand d: \(condition) }\n").parties[0].demands[0].threshold
        }
        let t = try #require(try threshold("(2 * 300) >= (x + y)"))
        #expect(t.constant == 600 && t.relation == .lessEqual && t.weakensUpwards)
        #expect(try threshold("x + 3 > 10")?.relation == .greater)
        #expect(try threshold("x + 3 > 10")?.constant == 10)
        #expect(try threshold("x == 3") == nil)
        #expect(try threshold("x <= y") == nil)
        #expect(try threshold("x <= 3 and y >= 2") == nil)
    }
}
