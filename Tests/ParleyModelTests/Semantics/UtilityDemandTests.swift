import Testing
@testable import ParleyModel

/// `utility(p) >= R` in a demand: parsed, checked, formatted, bound to the
/// preferences p holds where the demand is analysed, and its errors.
@Suite struct UtilityDemandTests {
    static let text = """
    issue a: x | y | z
    issue n: 0..5
    issue unrelated: bool

    party p {
      demand enough: utility(p) >= 3
      demand other cost 2: (10 > utility(q)) or n == 0
      prefer ax weight 2: a == x
      prefer nn weight 2: n >= 3
    }

    party q {
      prefer ay weight 3: a == y
      prefer bound: unrelated
    }

    whatif w {
      prefer p.ax weight 5: a == z
      demand q.reach: utility(p) == 2 + 3
    }

    """

    @Test func parsesChecksAndBindsToThePreferencesOfItsParty() throws {
        let scenario = try load(Self.text)
        let enough = scenario.parties[0].demands[0]
        guard case .utility(let bound) = enough.condition else {
            Issue.record("not a utility: \(enough.condition)")
            return
        }
        #expect(bound.party == "p" && bound.relation == .greaterEqual && bound.bound == 3)
        #expect(bound.weights == [2, 2])
        #expect(bound.conditions == scenario.parties[0].preferences.map(\.condition))
        // It mentions every issue of p's preferences, and is no threshold.
        #expect(enough.condition.mentionedIssues == [0, 1])
        #expect(enough.threshold == nil)
        // A party declared below, the constant on the left: mirrored.
        guard case .any(let parts) = scenario.parties[0].demands[1].condition, case .utility(let other) = parts[0] else {
            Issue.record("not a disjunction of a utility")
            return
        }
        #expect(other.party == "q" && other.relation == .less && other.bound == 10 && other.weights == [3, 1])
        #expect(scenario.parties[0].demands[1].condition.mentionedIssues == [0, 1, 2])
        // In the what-if, p's utility is over p's changed preferences.
        let positions = scenario.positions(applying: scenario.whatIfs[0])
        guard case .utility(let changed) = positions[0].demands[0].condition,
              case .utility(let reach) = positions[1].demands[0].condition else {
            Issue.record("what-if positions lost their utilities")
            return
        }
        #expect(changed.weights == [5, 2] && changed.conditions == positions[0].preferences.map(\.condition))
        #expect(reach.party == "p" && reach.relation == .equal && reach.bound == 5 && reach.weights == [5, 2])
    }

    @Test func holdsSumsTheWeightsMet() throws {
        let scenario = try load(Self.text)
        let enough = scenario.parties[0].demands[0].condition
        // a, n, unrelated
        #expect(!enough.holds([1, 0, 0]))
        #expect(!enough.holds([0, 2, 0]))
        #expect(enough.holds([0, 3, 0]))
        #expect(enough.holds([2, 5, 1]) == false)
    }

    @Test func formatsAsWritten() throws {
        let file = SourceFile(name: "u.parley", text: Self.text)
        let (syntax, diagnostics) = Parser.parse(file)
        #expect(diagnostics.isEmpty)
        let formatted = Formatter.format(syntax, in: file)
        #expect(formatted.contains("demand enough: utility(p) >= 3"))
        #expect(formatted.contains("demand other cost 2: (10 > utility(q)) or n == 0"))
        #expect(formatted.contains("demand q.reach: utility(p) == 2 + 3"))
        #expect(formatted == Self.text)
    }

    @Test func utilityIsAnOrdinaryNameElsewhere() throws {
        #expect(diagnose("issue utility: 0..3\nparty p {\n  prefer q: utility(p) >= 1 or utility == 0\n}\n") == ["3:13 utility-in-preference"])
        let valid = try load("issue utility: 0..3\nparty p {\n  demand d: utility >= 2\n}\n")
        #expect(valid.parties[0].demands[0].condition.mentionsUtility == false)
    }

    @Test func errors() {
        let prefix = "issue n: 0..5\nparty p {\n  prefer q: n > 1\n"
        #expect(diagnose(prefix + "  prefer r: utility(p) >= 1\n}\n") == ["4:13 utility-in-preference"])
        #expect(diagnose(prefix + "  demand d: utility(pp) >= 1\n}\n") == ["4:21 unknown-party"])
        #expect(diagnose(prefix + "  demand d: utility(p)\n}\n") == ["4:13 type-mismatch"])
        #expect(diagnose(prefix + "  demand d: utility(p) + 1 >= 2\n}\n") == ["4:13 type-mismatch"])
        #expect(diagnose(prefix + "  demand d: utility(p) >= n\n}\n") == ["4:27 type-mismatch"])
        #expect(diagnose(prefix + "  demand d: utility(p) >= utility(p)\n}\n") == ["4:27 type-mismatch"])
        #expect(diagnose(prefix + "  demand d: utility(3) >= 1\n}\n") == ["4:21 syntax"])
        #expect(diagnose(prefix + "  demand d: utility(p >= 1\n}\n") == ["4:23 syntax"])
        #expect(diagnose(prefix + "}\nwhatif w {\n  demand p.e: utility(z) >= 1\n}\n") == ["6:23 unknown-party"])
    }
}
