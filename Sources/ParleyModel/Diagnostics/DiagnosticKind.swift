/// One entry of the diagnostic catalogue: a stable identifier, a severity
/// and the one-line message, written together.
///
/// Every diagnostic the front end can produce is a static member below,
/// so that its identifier and its wording are kept in one place and stay
/// consistent; call sites name the entry (`.unknownIssue("x", suggestion: nil)`).
public struct DiagnosticKind: Hashable, Sendable {
    /// A stable, kebab-case identifier scripts and tests match on.
    public let identifier: String
    /// How serious it is.
    public let severity: Diagnostic.Severity
    /// The message, one line, without location.
    public let message: String

    private init(_ identifier: String, _ message: String, severity: Diagnostic.Severity = .error) {
        self.identifier = identifier
        self.severity = severity
        self.message = message
    }

    /// "; did you mean 'x'?" when there is a suggestion.
    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    // MARK: Lexical

    public static let invalidUTF8 = DiagnosticKind("invalid-utf8", "invalid UTF-8 byte; save the file as UTF-8")
    public static let nulByte = DiagnosticKind("nul-byte", "NUL byte in the file; remove it")
    public static func unexpectedCharacter(_ c: String) -> DiagnosticKind {
        DiagnosticKind("unexpected-character", "unexpected character '\(c)'")
    }
    public static let unterminatedString = DiagnosticKind(
        "unterminated-string", "unterminated string; close it with '\"' on the same line")
    public static func invalidEscape(_ e: String) -> DiagnosticKind {
        DiagnosticKind("invalid-escape", "invalid escape '\\\(e)' in string; use \\\", \\\\, \\n or \\t")
    }
    /// `&&`, `||` or `&` written for `and` and `or`.
    public static func symbolOperator(_ written: String, word: String) -> DiagnosticKind {
        DiagnosticKind("symbol-operator", "'\(written)' is not an operator here; use '\(word)'")
    }
    /// A single `=` where a comparison is expected.
    public static let singleEquals = DiagnosticKind("single-equals", "'=' is not a comparison; did you mean '=='?")
    /// `600,000` or `1_000`.
    public static func digitSeparator(_ written: String, plain: String) -> DiagnosticKind {
        DiagnosticKind("digit-separator", "digit separators are not allowed in '\(written)'; write \(plain)")
    }
    public static let integerTooLong = DiagnosticKind("integer-too-long", "integer literal has more than 18 digits")
    public static func integerOutOfRange(limit: String) -> DiagnosticKind {
        DiagnosticKind("integer-out-of-range", "integer out of range; \(limit)")
    }

    // MARK: Syntax

    public static func expected(_ what: String, found: String) -> DiagnosticKind {
        DiagnosticKind("syntax", "expected \(what), found \(found)")
    }
    public static func keywordAsName(_ k: String) -> DiagnosticKind {
        DiagnosticKind("keyword-as-name", "'\(k)' is a keyword and cannot be used as a name")
    }
    public static func nestingTooDeep(limit: Int) -> DiagnosticKind {
        DiagnosticKind("nesting-too-deep", "expression nested too deeply (more than \(limit) levels of parentheses or lists); split it into several demands")
    }
    public static let scenarioNotFirst = DiagnosticKind("scenario-not-first", "'scenario' must be the first statement of the file")
    public static let duplicateScenario = DiagnosticKind("duplicate-scenario", "the scenario title is given more than once")
    /// `demand d weight 2:` or `prefer p cost 2:`.
    public static func amountMismatch(isDemand: Bool) -> DiagnosticKind {
        DiagnosticKind("amount-mismatch", isDemand
            ? "demands take 'cost', not 'weight' (a weight belongs to a preference): demand NAME cost N: CONDITION"
            : "preferences take 'weight', not 'cost' (a cost belongs to a demand): prefer NAME weight N: CONDITION")
    }
    /// `demand d source "...": condition`.
    public static let sourceBeforeColon = DiagnosticKind(
        "source-before-colon", "'source' comes after the condition: demand NAME: CONDITION source \"...\"")
    public static let chainedComparison = DiagnosticKind("chained-comparison", "comparisons do not chain; join them with 'and'")
    public static let emptyDomain = DiagnosticKind("empty-domain", "an issue needs at least one value")

    // MARK: Names

    // MARK: Warnings (`parley check`; `--strict` makes them fail)

    /// A comparison that holds whatever the values of its issues.
    public static func alwaysTrue(issues: [String]) -> DiagnosticKind {
        DiagnosticKind("always-true", "this comparison holds for every value of \(listed(issues)); it constrains nothing (check the number)", severity: .warning)
    }
    /// A comparison that holds for no values of its issues.
    public static func neverTrue(issues: [String]) -> DiagnosticKind {
        DiagnosticKind("never-true", "this comparison holds for no value of \(listed(issues)); it can never be met (check the number)", severity: .warning)
    }
    /// `e in {...}` listing every value of `e` (or `not in` listing them all).
    public static func setListsEveryValue(_ issue: String, negated: Bool) -> DiagnosticKind {
        DiagnosticKind(negated ? "never-true" : "always-true", negated
            ? "the set lists every value of \(issue), so 'not in' it never holds"
            : "the set lists every value of \(issue), so 'in' it always holds; it constrains nothing", severity: .warning)
    }
    /// An issue no demand, fallback or preference mentions.
    public static func unusedIssue(_ issue: String) -> DiagnosticKind {
        DiagnosticKind("unused-issue", "no demand or preference mentions issue '\(issue)'; remove it or state the positions on it", severity: .warning)
    }
    /// A preference that no agreement can meet.
    public static func unmeetablePreference(_ name: String) -> DiagnosticKind {
        DiagnosticKind("unmeetable-preference", "no agreement can meet preference '\(name)' (its condition is false for every value of its issues); its weight counts for nothing", severity: .warning)
    }

    /// `issue 'a'`, `issues 'a' and 'b'`.
    private static func listed(_ issues: [String]) -> String {
        let quoted = issues.map { "'\($0)'" }
        if quoted.count <= 1 { return "issue \(quoted.first ?? "")" }
        return "issues " + quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
    }

    /// `concede r.d` where `d` is a demand of another party, `p`.
    public static func demandOfOtherParty(_ n: String, owner: String) -> DiagnosticKind {
        let name = n.split(separator: ".").last.map(String.init) ?? n
        return DiagnosticKind("unknown-demand", "unknown demand '\(n)': '\(name)' is a demand of party '\(owner)'; did you mean '\(owner).\(name)'?")
    }
    /// `concede p.q` where `q` is one of p's preferences.
    public static func concedePreference(_ n: String) -> DiagnosticKind {
        DiagnosticKind("concede-preference", "'\(n)' is a preference; only demands can be conceded (change a preference with 'prefer')")
    }
    public static func unknownIssue(_ n: String, suggestion: String?) -> DiagnosticKind {
        DiagnosticKind("unknown-issue", "unknown issue '\(n)'\(didYouMean(suggestion))")
    }
    public static func unknownValue(_ v: String, issue: String, suggestion: String?) -> DiagnosticKind {
        DiagnosticKind("unknown-value", "'\(v)' is not a value of issue '\(issue)'\(didYouMean(suggestion))")
    }
    public static func valueOfOtherIssue(_ v: String, issue: String, owner: String) -> DiagnosticKind {
        DiagnosticKind("value-of-other-issue", "'\(v)' is a value of issue '\(owner)', not of issue '\(issue)'")
    }
    public static func unknownParty(_ n: String, suggestion: String?) -> DiagnosticKind {
        DiagnosticKind("unknown-party", "unknown party '\(n)'\(didYouMean(suggestion))")
    }
    public static func unknownDemand(_ n: String, suggestion: String?) -> DiagnosticKind {
        DiagnosticKind("unknown-demand", "unknown demand '\(n)'\(didYouMean(suggestion))")
    }
    public static func issueUsedBeforeDeclaration(_ n: String) -> DiagnosticKind {
        DiagnosticKind("issue-used-before-declaration", "issue '\(n)' is used before it is declared; move its declaration up")
    }
    public static func duplicateIssue(_ n: String) -> DiagnosticKind {
        DiagnosticKind("duplicate-issue", "issue '\(n)' is declared twice")
    }
    public static func duplicateParty(_ n: String) -> DiagnosticKind {
        DiagnosticKind("duplicate-party", "party '\(n)' is declared twice")
    }
    public static func issuePartyClash(_ n: String) -> DiagnosticKind {
        DiagnosticKind("issue-party-clash", "'\(n)' names both an issue and a party; issues and parties share one namespace")
    }
    public static func duplicateValue(_ v: String) -> DiagnosticKind {
        DiagnosticKind("duplicate-value", "value '\(v)' appears twice in the domain")
    }
    public static func duplicateItem(_ n: String) -> DiagnosticKind {
        DiagnosticKind("duplicate-item", "'\(n)' is declared twice in this party")
    }
    public static func duplicateWhatIf(_ n: String) -> DiagnosticKind {
        DiagnosticKind("duplicate-whatif", "what-if '\(n)' is declared twice")
    }
    public static func reservedWhatIf(_ n: String) -> DiagnosticKind {
        DiagnosticKind("reserved-whatif", "'\(n)' is reserved for the command line's --concede; choose another name")
    }
    public static func unknownWhatIf(_ n: String, suggestion: String?) -> DiagnosticKind {
        DiagnosticKind("unknown-whatif", "unknown what-if '\(n)'\(didYouMean(suggestion))")
    }
    public static func whatIfCycle(_ cycle: [String]) -> DiagnosticKind {
        DiagnosticKind("whatif-cycle", "what-ifs extend each other in a cycle (\(cycle.joined(separator: " extends ")) extends \(cycle[0])); a what-if must start from the baseline or from one that does")
    }
    public static func repeatedValueInSet(_ v: String) -> DiagnosticKind {
        DiagnosticKind("repeated-value", "value '\(v)' is repeated in the set")
    }
    public static func changedTwice(_ n: String) -> DiagnosticKind {
        DiagnosticKind("changed-twice", "'\(n)' is changed twice in this what-if; a what-if may touch an item once")
    }
    public static func kindMismatch(_ n: String, isDemand: Bool) -> DiagnosticKind {
        DiagnosticKind("kind-mismatch", isDemand
            ? "'\(n)' is a preference; change it with 'prefer', not 'demand'"
            : "'\(n)' is a demand; change it with 'demand', not 'prefer'")
    }

    public static func utilityInPreference(_ party: String) -> DiagnosticKind {
        DiagnosticKind("utility-in-preference", "utility(\(party)) may appear only in a demand; a preference weighing a utility would make it depend on itself")
    }

    // MARK: Types and ranges

    public static func typeMismatch(_ detail: String) -> DiagnosticKind {
        DiagnosticKind("type-mismatch", "type mismatch: \(detail)")
    }
    public static func reversedRange(min: Int64, max: Int64) -> DiagnosticKind {
        DiagnosticKind("reversed-range", "empty range \(min)..\(max); the minimum must not exceed the maximum")
    }
    public static let overflow = DiagnosticKind("overflow", "the bounds of this arithmetic overflow 64-bit integers")
    public static func countOutOfRange(k: Int64, count: Int) -> DiagnosticKind {
        DiagnosticKind("count-out-of-range", "count \(k) is out of range; it must be between 0 and \(count), the number of conditions")
    }
    public static let costOutOfRange = DiagnosticKind("cost-out-of-range", "cost must be between 0 and 1000000000")
    public static func reversedCostRange(low: Int64, high: Int64) -> DiagnosticKind {
        DiagnosticKind("reversed-cost-range", "cost range \(low)..\(high) is empty; write the lower cost first")
    }
    public static let fallbackCostDecreases = DiagnosticKind(
        "fallback-cost-decreases", "a fallback may not cost less than the step before it; a step's cost is the whole price of settling there")
    public static func fallbackCostAboveWithdrawal(_ withdrawal: String) -> DiagnosticKind {
        DiagnosticKind("fallback-cost-above-withdrawal", "a fallback may not cost more than withdrawing the demand (cost \(withdrawal)); lower it or raise the demand's cost")
    }
    public static func noSuchFallback(_ demand: String, level: Int64, count: Int) -> DiagnosticKind {
        DiagnosticKind("no-such-fallback", count == 0
            ? "'\(demand)' has no fallbacks; concede it whole with 'concede \(demand)'"
            : "'\(demand)' has \(count) fallback\(count == 1 ? "" : "s"); @\(level) must be between 1 and \(count)")
    }
    public static let fallbackOnPreference = DiagnosticKind(
        "fallback-on-preference", "only demands have fallbacks; a preference is weighed, not conceded")
    public static func fallbackNotWeaker(level: Int) -> DiagnosticKind {
        DiagnosticKind("fallback-not-weaker", "fallback \(level) admits less than the step before it; each step must admit every agreement the one before admits")
    }
    public static func fallbackUnproven(level: Int) -> DiagnosticKind {
        DiagnosticKind("fallback-unproven", "fallback \(level) could not be proven weaker than the step before it within the time limit", severity: .warning)
    }
    public static let weightOutOfRange = DiagnosticKind("weight-out-of-range", "weight must be between 1 and 1000000000")
    public static let productOfIssues = DiagnosticKind(
        "product-of-issues", "product of two terms that both mention issues; the arithmetic must be linear")
}
