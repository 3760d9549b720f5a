import Testing
@testable import ParleyModel

/// The warnings of `parley check`: a valid file that probably says less
/// (or more) than its author meant.
@Suite struct WarningTests {
    let issues = "issue army_cap: 0..1200\nissue days: 0..365\nissue e: a | b | c\n"

    /// The warnings of a file whose party holds the given demands, with
    /// `e` mentioned so that it is not unused.
    func warnings(_ items: String) -> [String] {
        let file = SourceFile(name: "t", text: issues + "party p {\n\(items)\n  prefer uses: e == a and army_cap > 0 and days > 0\n}\n")
        let (scenario, diagnostics) = ScenarioChecker.load(file)
        #expect(scenario != nil, "warnings never make a file invalid")
        return diagnostics.filter { $0.severity == .warning }.map { "\(file.location(of: $0.range.start)) \($0.identifier)" }
    }

    @Test func aComparisonTrueForTheWholeDomainIsAlwaysTrue() {
        #expect(warnings("  demand d: army_cap <= 1500") == ["5:22 always-true"])
        #expect(warnings("  demand d: army_cap + days >= 0") == ["5:29 always-true"])
    }

    @Test func aComparisonFalseForTheWholeDomainIsNeverTrue() {
        #expect(warnings("  demand d: days == 400") == ["5:18 never-true"])
        #expect(warnings("  demand d: army_cap > 1200") == ["5:22 never-true"])
    }

    @Test func aComparisonThatCutsTheDomainIsNotWarned() {
        #expect(warnings("  demand d: army_cap <= 1199 and days != 0").isEmpty)
    }

    @Test func aSetListingEveryValueIsAlwaysTrue() {
        #expect(warnings("  demand d: e in {c, a, b}") == ["5:13 always-true"])
        #expect(warnings("  demand d: e not in {a, b, c}") == ["5:13 never-true"])
        #expect(warnings("  demand d: army_cap in {0..600, 601..1200}") == ["5:13 always-true"])
        #expect(warnings("  demand d: e in {a, b}").isEmpty)
    }

    @Test func anIntegerSetOutsideTheDomainIsNeverTrue() {
        #expect(warnings("  demand d: days in {400, 500..600}") == ["5:13 never-true"])
    }

    @Test func anIssueNoItemMentionsIsUnused() {
        let file = SourceFile(name: "t", text: "issue a: bool\nissue spare: bool\nparty p { demand d: a }\n")
        let diagnostics = ScenarioChecker.load(file).1
        #expect(diagnostics.map { "\(file.location(of: $0.range.start)) \($0.identifier)" } == ["2:1 unused-issue"])
        #expect(diagnostics.first?.message == "no demand or preference mentions issue 'spare'; remove it or state the positions on it")
    }

    @Test func anIssueOnlyAWhatIfMentionsIsUsed() {
        let file = SourceFile(name: "t", text: "issue a: bool\nissue later: bool\nparty p { demand d: a }\nwhatif w { demand p.e: later }\n")
        #expect(ScenarioChecker.load(file).1.isEmpty)
    }
}
