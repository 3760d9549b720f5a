import Testing
@testable import ParleyModel

/// `whatif NAME extends OTHER` (extensions-1.1 part D): chains, the
/// positions they give, and the errors.
@Suite struct WhatIfStackingTests {
    let base = """
    issue x: 0..10
    issue b: bool
    party p {
      demand low: x <= 3
      demand flag: b
      prefer small: x <= 1
    }
    party q {
      demand high: x >= 7
    }

    """

    @Test func aChainAppliesEachStepToThePositionsBeforeIt() throws {
        let scenario = try load(base + """
        whatif a { demand p.low: x <= 6 }
        whatif b extends a { demand q.high: x >= 6 }
        whatif c "Third" extends b { concede p.flag }
        """)
        #expect(scenario.whatIfs.map(\.extends) == [nil, "a", "b"])
        let c = scenario.positions(applying: scenario.whatIfs[2])
        #expect(c[0].demands.map(\.expression) == ["x <= 6"])
        #expect(c[1].demands.map(\.expression) == ["x >= 6"])
        #expect(scenario.chain(of: scenario.whatIfs[2]).map(\.name) == ["a", "b", "c"])
    }

    @Test func aChangeReplacesTheBasesVersion() throws {
        let scenario = try load(base + "whatif a { demand p.low cost 2: x <= 6 }\nwhatif b extends a { demand p.low: x <= 8 }\n")
        let positions = scenario.positions(applying: scenario.whatIfs[1])
        #expect(positions[0].demands.map(\.expression) == ["x <= 8", "b"])
        #expect(positions[0].demands[0].cost == 1)
    }

    @Test func aDemandConcededByTheBaseAndAddedAgainComesLast() throws {
        let scenario = try load(base + "whatif a { concede p.low }\nwhatif b extends a { demand p.low: x <= 5 }\n")
        let positions = scenario.positions(applying: scenario.whatIfs[1])
        #expect(positions[0].demands.map(\.name) == ["flag", "low"])
    }

    @Test func concedeNamesADemandOfTheBasesPositions() {
        // a adds p.extra: b may concede it; c may not concede p.low twice.
        let text = base + "whatif a { demand p.extra: b\n concede p.low }\nwhatif b extends a { concede p.extra }\nwhatif c extends a { concede p.low }\n"
        #expect(diagnose(text) == ["14:32 unknown-demand"])
    }

    @Test func anUnknownBaseIsSuggested() {
        let file = SourceFile(name: "t", text: base + "whatif geneva { }\nwhatif plus extends genva { }\n")
        let diagnostics = ScenarioChecker.load(file).1
        #expect(diagnostics.map(\.identifier) == ["unknown-whatif"])
        #expect(diagnostics.first?.message == "unknown what-if 'genva'; did you mean 'geneva'?")
        #expect(file.location(of: diagnostics[0].range.start).description == "12:21")
    }

    @Test func aCycleIsReportedOnceAtItsFirstWhatIf() {
        let file = SourceFile(name: "t", text: base + "whatif a extends c { }\nwhatif b extends a { }\nwhatif c extends b { }\nwhatif d extends d { }\n")
        let diagnostics = ScenarioChecker.load(file).1
        #expect(diagnostics.map(\.identifier) == ["whatif-cycle", "whatif-cycle"])
        #expect(diagnostics[0].message.contains("(a extends c extends b extends a)"))
        #expect(file.location(of: diagnostics[0].range.start).description == "11:10")
        #expect(diagnostics[1].message.contains("(d extends d)"))
    }

    @Test func theKindRuleLooksAtTheBaselineEvenWhenTheBaseConceded() {
        let text = base + "whatif a { concede p.low }\nwhatif b extends a { prefer p.low: x <= 2 }\n"
        #expect(diagnose(text) == ["12:22 kind-mismatch"])
    }

    @Test func extendsIsAnOrdinaryNameElsewhere() throws {
        let scenario = try load("issue extends: bool\nparty p { demand extends: extends }\nwhatif w extends x { }\nwhatif x { concede p.extends }\n")
        #expect(scenario.issues.map(\.name) == ["extends"])
        #expect(scenario.whatIfs.map(\.extends) == ["x", nil])
    }

    @Test func formattingKeepsTheChain() throws {
        let text = base + "whatif a \"A\" { demand p.low: x <= 6 }\nwhatif b \"B\"   extends   a { concede p.flag }\n"
        let file = SourceFile(name: "t", text: text)
        let formatted = Formatter.format(Parser.parse(file).0, in: file)
        #expect(formatted.contains("whatif b \"B\" extends a {\n  concede p.flag\n}"))
        #expect(meaning(try load(formatted)) == meaning(try load(text)))
    }
}
