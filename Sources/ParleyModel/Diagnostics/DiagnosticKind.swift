/// The catalogue of every diagnostic the front end can produce: its
/// identifier and its message, kept in one place so that wording stays
/// consistent and each identifier is stable.
public enum DiagnosticKind: Sendable {
    // Lexical
    case invalidUTF8
    case nulByte
    case unexpectedCharacter(String)
    case unterminatedString
    case invalidEscape(String)
    case integerTooLong
    case integerOutOfRange(limit: String)

    // Syntax
    case expected(String, found: String)
    case keywordAsName(String)
    case nestingTooDeep(limit: Int)
    case scenarioNotFirst
    case duplicateScenario
    case chainedComparison
    case emptyDomain

    // Names
    case unknownIssue(String, suggestion: String?)
    case unknownValue(String, issue: String, suggestion: String?)
    case valueOfOtherIssue(String, issue: String, owner: String)
    case unknownParty(String, suggestion: String?)
    case unknownDemand(String, suggestion: String?)
    case unknownItem(String, suggestion: String?)
    case issueUsedBeforeDeclaration(String)
    case duplicateIssue(String)
    case duplicateParty(String)
    case issuePartyClash(String)
    case duplicateValue(String)
    case duplicateItem(String)
    case duplicateWhatIf(String)
    case reservedWhatIf(String)
    case repeatedValueInSet(String)
    case changedTwice(String)
    case kindMismatch(String, isDemand: Bool)

    // Types and ranges
    case typeMismatch(String)
    case reversedRange(min: Int64, max: Int64)
    case overflow
    case countOutOfRange(k: Int64, count: Int)
    case costOutOfRange
    case weightOutOfRange
    case productOfIssues

    /// The identifier scripts and tests match on.
    public var identifier: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        case .nulByte: "nul-byte"
        case .unexpectedCharacter: "unexpected-character"
        case .unterminatedString: "unterminated-string"
        case .invalidEscape: "invalid-escape"
        case .integerTooLong: "integer-too-long"
        case .integerOutOfRange: "integer-out-of-range"
        case .expected: "syntax"
        case .keywordAsName: "keyword-as-name"
        case .nestingTooDeep: "nesting-too-deep"
        case .scenarioNotFirst: "scenario-not-first"
        case .duplicateScenario: "duplicate-scenario"
        case .chainedComparison: "chained-comparison"
        case .emptyDomain: "empty-domain"
        case .unknownIssue: "unknown-issue"
        case .unknownValue: "unknown-value"
        case .valueOfOtherIssue: "value-of-other-issue"
        case .unknownParty: "unknown-party"
        case .unknownDemand: "unknown-demand"
        case .unknownItem: "unknown-item"
        case .issueUsedBeforeDeclaration: "issue-used-before-declaration"
        case .duplicateIssue: "duplicate-issue"
        case .duplicateParty: "duplicate-party"
        case .issuePartyClash: "issue-party-clash"
        case .duplicateValue: "duplicate-value"
        case .duplicateItem: "duplicate-item"
        case .duplicateWhatIf: "duplicate-whatif"
        case .reservedWhatIf: "reserved-whatif"
        case .repeatedValueInSet: "repeated-value"
        case .changedTwice: "changed-twice"
        case .kindMismatch: "kind-mismatch"
        case .typeMismatch: "type-mismatch"
        case .reversedRange: "reversed-range"
        case .overflow: "overflow"
        case .countOutOfRange: "count-out-of-range"
        case .costOutOfRange: "cost-out-of-range"
        case .weightOutOfRange: "weight-out-of-range"
        case .productOfIssues: "product-of-issues"
        }
    }

    /// Every kind here is an error; warnings may come later.
    public var severity: Diagnostic.Severity { .error }

    /// The one-line message.
    public var message: String {
        func didYouMean(_ suggestion: String?) -> String {
            suggestion.map { "; did you mean '\($0)'?" } ?? ""
        }
        switch self {
        case .invalidUTF8:
            return "invalid UTF-8 byte; save the file as UTF-8"
        case .nulByte:
            return "NUL byte in the file; remove it"
        case .unexpectedCharacter(let c):
            return "unexpected character '\(c)'"
        case .unterminatedString:
            return "unterminated string; close it with '\"' on the same line"
        case .invalidEscape(let e):
            return "invalid escape '\\\(e)' in string; use \\\", \\\\, \\n or \\t"
        case .integerTooLong:
            return "integer literal has more than 18 digits"
        case .integerOutOfRange(let limit):
            return "integer out of range; \(limit)"
        case .expected(let what, let found):
            return "expected \(what), found \(found)"
        case .keywordAsName(let k):
            return "'\(k)' is a keyword and cannot be used as a name"
        case .nestingTooDeep(let limit):
            return "expression nested too deeply (more than \(limit) levels of parentheses or lists); split it into several demands"
        case .scenarioNotFirst:
            return "'scenario' must be the first statement of the file"
        case .duplicateScenario:
            return "the scenario title is given more than once"
        case .chainedComparison:
            return "comparisons do not chain; join them with 'and'"
        case .emptyDomain:
            return "an issue needs at least one value"
        case .unknownIssue(let n, let s):
            return "unknown issue '\(n)'\(didYouMean(s))"
        case .unknownValue(let v, let issue, let s):
            return "'\(v)' is not a value of issue '\(issue)'\(didYouMean(s))"
        case .valueOfOtherIssue(let v, let issue, let owner):
            return "'\(v)' is a value of issue '\(owner)', not of issue '\(issue)'"
        case .unknownParty(let n, let s):
            return "unknown party '\(n)'\(didYouMean(s))"
        case .unknownDemand(let n, let s):
            return "unknown demand '\(n)'\(didYouMean(s))"
        case .unknownItem(let n, let s):
            return "unknown demand or preference '\(n)'\(didYouMean(s))"
        case .issueUsedBeforeDeclaration(let n):
            return "issue '\(n)' is used before it is declared; move its declaration up"
        case .duplicateIssue(let n):
            return "issue '\(n)' is declared twice"
        case .duplicateParty(let n):
            return "party '\(n)' is declared twice"
        case .issuePartyClash(let n):
            return "'\(n)' names both an issue and a party; issues and parties share one namespace"
        case .duplicateValue(let v):
            return "value '\(v)' appears twice in the domain"
        case .duplicateItem(let n):
            return "'\(n)' is declared twice in this party"
        case .duplicateWhatIf(let n):
            return "what-if '\(n)' is declared twice"
        case .reservedWhatIf(let n):
            return "'\(n)' is reserved for the command line's --concede; choose another name"
        case .repeatedValueInSet(let v):
            return "value '\(v)' is repeated in the set"
        case .changedTwice(let n):
            return "'\(n)' is changed twice in this what-if; a what-if may touch an item once"
        case .kindMismatch(let n, let isDemand):
            return isDemand
                ? "'\(n)' is a preference; change it with 'prefer', not 'demand'"
                : "'\(n)' is a demand; change it with 'demand', not 'prefer'"
        case .typeMismatch(let detail):
            return "type mismatch: \(detail)"
        case .reversedRange(let lo, let hi):
            return "empty range \(lo)..\(hi); the minimum must not exceed the maximum"
        case .overflow:
            return "the bounds of this arithmetic overflow 64-bit integers"
        case .countOutOfRange(let k, let count):
            return "count \(k) is out of range; it must be between 0 and \(count), the number of conditions"
        case .costOutOfRange:
            return "cost must be between 0 and 1000000000"
        case .weightOutOfRange:
            return "weight must be between 1 and 1000000000"
        case .productOfIssues:
            return "product of two terms that both mention issues; the arithmetic must be linear"
        }
    }
}
