/// Resolves and type-checks one expression, producing a ``Condition``.
///
/// Arithmetic is folded into ``LinearSum``s as it is checked, tracking the
/// bounds of every sub-expression over the issues' ranges with overflow
/// detection, so that an expression whose bounds leave 64 bits is an error
/// here and can never trap later.
struct ExpressionChecker {
    let issues: [Issue]
    let issueIndexByName: [String: Int]
    let valueOwner: [String: Int]
    /// Names of issues whose declaration was invalid (already reported).
    let invalidIssues: Set<String>
    /// The offset of the item being checked: issues declared after it are
    /// not yet visible.
    let usedAt: Int
    var diagnostics: [Diagnostic] = []
    /// Names that are not (yet) issues, with the offset of the use: the
    /// scenario checker judges them once the whole file is read.
    var unknownNames: [(NameSyntax, Int)] = []
    /// Each issue's kind and where it is declared, as plain values: the
    /// checker's type decisions read these instead of copying domains.
    let kinds: [IssueKind]
    /// Whether `utility(p)` may appear (in demands, not in preferences).
    var allowsUtility = true
    /// Every `utility(p)` met, with its party's name as written: the
    /// scenario checker judges the names once every party is read.
    var utilityParties: [NameSyntax] = []

    init(issues: [Issue], issueIndexByName: [String: Int], valueOwner: [String: Int], invalidIssues: Set<String>, kinds: [IssueKind], usedAt: Int) {
        self.invalidIssues = invalidIssues
        self.issues = issues
        self.kinds = kinds
        self.issueIndexByName = issueIndexByName
        self.valueOwner = valueOwner
        self.usedAt = usedAt
    }

    /// A linear expression being checked: its folded form, its bounds, and
    /// whether its text mentions an issue (for the one-factor product rule).
    struct Linear {
        var terms: [LinearSum.Term]
        var constant: Int64
        var low: Int64
        var high: Int64
        var mentionsIssue: Bool
    }

    private mutating func report(_ kind: DiagnosticKind, _ range: SourceRange) {
        diagnostics.append(Diagnostic(kind, at: range))
    }

    // MARK: Names

    /// The issue a name refers to, or nil after reporting why not.
    private mutating func issue(_ name: NameSyntax) -> Int? {
        if let index = issueIndexByName[name.text] {
            if kinds[index].declaredAt > usedAt {
                report(.issueUsedBeforeDeclaration(name.text), name.range)
                return nil
            }
            return index
        }
        if !invalidIssues.contains(name.text) { unknownNames.append((name, usedAt)) }
        return nil
    }

    /// The index of a value in an enum issue's domain, or nil after reporting.
    private mutating func value(_ name: NameSyntax, of issue: Int) -> Int? {
        guard case .values(let names) = issues[issue].domain else { return nil }
        if let index = names.firstIndex(of: name.text) { return index }
        if let owner = valueOwner[name.text] {
            report(.valueOfOtherIssue(name.text, issue: issues[issue].name, owner: issues[owner].name), name.range)
        } else {
            report(.unknownValue(name.text, issue: issues[issue].name,
                                 suggestion: NameSuggestion.closest(to: name.text, among: names)), name.range)
        }
        return nil
    }

    // MARK: Conditions

    /// Checks an expression that must be a condition.
    mutating func condition(_ expression: ExpressionSyntax) -> Condition? {
        switch expression {
        case .boolean(let value, _):
            return .constant(value)
        case .integer(_, let range):
            report(.typeMismatch("an integer is not a condition; compare it, e.g. 'x >= 1'"), range)
            return nil
        case .name(let name):
            guard let index = issue(name) else { return nil }
            switch kinds[index].type {
            case .bool:
                return .flag(issue: index)
            case .values:
                report(.typeMismatch("'\(name.text)' has named values and is not a condition; compare it, e.g. '\(name.text) == VALUE' or '\(name.text) in {...}'"), name.range)
            case .integers:
                report(.typeMismatch("'\(name.text)' is an integer issue and is not a condition; compare it, e.g. '\(name.text) >= 1'"), name.range)
            }
            return nil
        case .parenthesized(let inner, _):
            return condition(inner)
        case .prefix(let isNot, let count, let operand, let range):
            guard isNot else {
                report(.typeMismatch("unary '-' applies to numbers, not conditions"), range)
                _ = condition(operand)
                return nil
            }
            guard let inner = condition(operand) else { return nil }
            return count % 2 == 0 ? inner : .not(inner)
        case .chain(let operands, let operators):
            if operators[0].kind == .plus || operators[0].kind == .minus || operators[0].kind == .times {
                report(.typeMismatch("arithmetic is not a condition; compare it with a number"), operators[0].range)
                return nil
            }
            var checked: [Condition] = []
            var failed = false
            for operand in operands {
                if let c = condition(operand) { checked.append(c) } else { failed = true }
            }
            if failed { return nil }
            switch operators[0].kind {
            case .and: return .all(checked)
            case .or: return .any(checked)
            case .implies: return .implication(checked)
            default: return .equivalence(checked)
            }
        case .comparison(let left, let op, let right, let operatorRange):
            return comparison(left, op, right, operatorRange)
        case .membership(let left, let negated, let values, _):
            guard case .name(let name) = left else {
                report(.typeMismatch("only an issue with named values can be tested with 'in'"), left.range)
                return nil
            }
            guard let index = issue(name) else { return nil }
            if case .integers = kinds[index].type {
                guard let member = integerMembership(issue: index, name: name, values, negated: negated) else { return nil }
                return negated ? .not(member) : member
            }
            guard case .values = kinds[index].type else {
                report(.typeMismatch("'\(name.text)' has no named values; 'in' tests issues with named values or integers"), name.range)
                return nil
            }
            var set: [Int] = []
            set.reserveCapacity(values.count)
            var failed = false
            for element in values {
                guard case .value(let value) = element else {
                    report(.typeMismatch("'\(name.text)' has named values; list value names, not numbers"), element.range)
                    failed = true
                    continue
                }
                guard let v = self.value(value, of: index) else { failed = true; continue }
                if set.contains(v) {
                    report(.repeatedValueInSet(value.text), value.range)
                    failed = true
                }
                set.append(v)
            }
            if failed { return nil }
            if case .values(let all) = issues[index].domain, set.count == all.count {
                report(.setListsEveryValue(name.text, negated: negated), name.range.union(values[values.count - 1].range))
            }
            let member = Condition.member(issue: index, values: set.sorted())
            return negated ? .not(member) : member
        case .utility(let party, let range):
            report(.typeMismatch("utility(\(party.text)) is a number, not a condition; compare it, e.g. 'utility(\(party.text)) >= 10'"), range)
            return nil
        case .count(let kind, let k, let items, _):
            var checked: [Condition] = []
            var failed = false
            for item in items {
                if let c = condition(item) { checked.append(c) } else { failed = true }
            }
            guard let kValue = k.value else { return nil }
            if kValue < 0 || kValue > Int64(items.count) {
                report(.countOutOfRange(k: kValue, count: items.count), k.range)
                return nil
            }
            if failed { return nil }
            return .count(kind, Int(kValue), checked)
        }
    }

    /// `x in {600, 800, 900..1000}` on an integer issue: the integers and
    /// ranges listed, as comparisons (a value equal to one, or within one).
    /// A repeated value or overlapping ranges are reported like a value
    /// repeated in a set of names.
    private mutating func integerMembership(issue index: Int, name: NameSyntax, _ values: [SetElementSyntax], negated: Bool) -> Condition? {
        var intervals: [(low: Int64, high: Int64, element: SetElementSyntax)] = []
        var failed = false
        for element in values {
            switch element {
            case .value(let value):
                report(.typeMismatch("'\(name.text)' is an integer issue; list integers or ranges LO..HI, not '\(value.text)'"), value.range)
                failed = true
            case .integer(let n):
                guard let v = n.value else { failed = true; continue }
                intervals.append((v, v, element))
            case .range(let lo, let hi):
                guard let low = lo.value, let high = hi.value else { failed = true; continue }
                guard low <= high else {
                    report(.reversedRange(min: low, max: high), element.range)
                    failed = true
                    continue
                }
                intervals.append((low, high, element))
            }
        }
        for (i, a) in intervals.enumerated() where intervals[..<i].contains(where: { $0.low <= a.high && a.low <= $0.high }) {
            report(.repeatedValueInSet(a.low == a.high ? String(a.low) : "\(a.low)..\(a.high)"), a.element.range)
            failed = true
        }
        if failed { return nil }
        if case .integers(let min, let max) = kinds[index].type {
            // Covered when the sorted intervals leave no gap from min to max.
            var next = min
            for interval in intervals.sorted(by: { $0.low < $1.low }) where interval.low <= next && interval.high >= next {
                next = interval.high == Int64.max ? interval.high : interval.high + 1
            }
            let whole = name.range.union(values[values.count - 1].range)
            if next > max {
                report(.setListsEveryValue(name.text, negated: negated), whole)
            } else if !intervals.contains(where: { $0.low <= max && $0.high >= min }) {
                report(negated ? .alwaysTrue(issues: [name.text]) : .neverTrue(issues: [name.text]), whole)
            }
        }
        let x = LinearSum.Term(issue: index, coefficient: 1)
        let conditions = intervals.sorted { $0.low < $1.low }.map { interval -> Condition in
            if interval.low == interval.high { return .compare(LinearSum(terms: [x], constant: -interval.low), .equal) }
            return .all([.compare(LinearSum(terms: [x], constant: -interval.low), .greaterEqual),
                         .compare(LinearSum(terms: [x], constant: -interval.high), .lessEqual)])
        }
        return conditions.count == 1 ? conditions[0] : .any(conditions)
    }

    /// The issue a bare name refers to when it is an issue of the given
    /// kind; nil, silently, for anything else.
    private func bareIssue(_ expression: ExpressionSyntax) -> (Int, NameSyntax)? {
        guard case .name(let name) = expression, let index = issueIndexByName[name.text] else { return nil }
        return (index, name)
    }

    private mutating func comparison(_ left: ExpressionSyntax, _ op: ComparisonOperator, _ right: ExpressionSyntax, _ operatorRange: SourceRange) -> Condition? {
        if left.utilityParty != nil || right.utilityParty != nil {
            return utilityComparison(left, op, right)
        }
        let equality = op == .equal || op == .notEqual
        if case .name(let name) = left, issueIndexByName[name.text] == nil {
            // An unknown issue: what it is compared with cannot be judged.
            _ = issue(name)
            return nil
        }
        if let (index, name) = bareIssue(left), kinds[index].declaredAt < usedAt {
            switch kinds[index].type {
            case .values:
                guard equality else {
                    report(.typeMismatch("'\(name.text)' has named values, which compare only with == and !="), operatorRange)
                    return nil
                }
                guard case .name(let valueName) = right else {
                    report(.typeMismatch("'\(name.text)' has named values and is compared with a value name, not \(right.isNumber ? "a number" : "an expression")"), right.range)
                    return nil
                }
                guard let v = value(valueName, of: index) else { return nil }
                let member = Condition.member(issue: index, values: [v])
                return op == .equal ? member : .not(member)
            case .bool:
                guard equality, case .boolean(let value, _) = right else {
                    report(.typeMismatch("bool issue '\(name.text)' compares only with == or != to true or false"), equality ? right.range : operatorRange)
                    return nil
                }
                return (value == (op == .equal)) ? .flag(issue: index) : .not(.flag(issue: index))
            case .integers:
                break
            }
        }
        if case .boolean = left {
            report(.typeMismatch("put the bool issue first: 'flag == true'"), left.range)
            return nil
        }
        let l = linear(left)
        let r = linear(right)
        guard let l, let r else { return nil }
        guard let difference = combine(l, r, subtract: true) else {
            report(.overflow, left.range.union(right.range))
            return nil
        }
        let relation = Self.relation(of: op)
        if !difference.terms.isEmpty { judgeBounds(difference, relation, operatorRange) }
        return .compare(LinearSum(terms: difference.terms, constant: difference.constant), relation)
    }

    /// The model's relation for a comparison operator as written.
    static func relation(of op: ComparisonOperator) -> Relation {
        switch op {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        }
    }

    /// Warns when `difference relation 0` holds over the whole range of
    /// the difference (always true) or nowhere in it (never true). The
    /// bounds are attained, each issue appearing once after folding, so an
    /// always-true verdict is exact; a never-true one may miss a case where
    /// only gaps of the range (as in `2 * x == 3`) fail.
    private mutating func judgeBounds(_ difference: Linear, _ relation: Relation, _ range: SourceRange) {
        let (low, high) = (difference.low, difference.high)
        let always: Bool, never: Bool
        switch relation {
        case .equal: (always, never) = (low == 0 && high == 0, low > 0 || high < 0)
        case .notEqual: (always, never) = (low > 0 || high < 0, low == 0 && high == 0)
        case .less: (always, never) = (high < 0, low >= 0)
        case .lessEqual: (always, never) = (high <= 0, low > 0)
        case .greater: (always, never) = (low > 0, high <= 0)
        case .greaterEqual: (always, never) = (low >= 0, high < 0)
        }
        guard always || never else { return }
        let names = difference.terms.map { issues[$0.issue].name }
        report(always ? .alwaysTrue(issues: names) : .neverTrue(issues: names), range)
    }

    /// `utility(p) op K` or `K op utility(p)`, K integer arithmetic without
    /// issues: a ``UtilityBound`` to be bound to p's preferences.
    private mutating func utilityComparison(_ left: ExpressionSyntax, _ op: ComparisonOperator, _ right: ExpressionSyntax) -> Condition? {
        let utilityOnLeft = left.utilityParty != nil
        guard let party = left.utilityParty ?? right.utilityParty else { return nil }
        let other = utilityOnLeft ? right : left
        if other.utilityParty != nil {
            report(.typeMismatch("two utilities cannot be compared with each other; compare each with a number"), other.range)
            return nil
        }
        guard allowsUtility else {
            report(.utilityInPreference(party.text), (utilityOnLeft ? left : right).range)
            return nil
        }
        guard let constant = linear(other) else { return nil }
        if constant.mentionsIssue {
            report(.typeMismatch("utility(\(party.text)) compares only with a number, not with issues"), other.range)
            return nil
        }
        utilityParties.append(party)
        var relation = Self.relation(of: op)
        if !utilityOnLeft {
            // `K op utility(p)` is `utility(p) op' K`.
            switch relation {
            case .less: relation = .greater
            case .lessEqual: relation = .greaterEqual
            case .greater: relation = .less
            case .greaterEqual: relation = .lessEqual
            case .equal, .notEqual: break
            }
        }
        return .utility(UtilityBound(party: party.text, relation: relation, bound: constant.constant))
    }

    /// The threshold a checked condition is, when it is one comparison
    /// `LINEAR op LINEAR` with op one of `< <= > >=` and exactly one side
    /// mentioning no issue (parentheses around it or its sides are
    /// transparent); nil otherwise.
    func threshold(of expression: ExpressionSyntax) -> Threshold? {
        var inner = expression
        while case .parenthesized(let enclosed, _) = inner { inner = enclosed }
        guard case .comparison(let left, let op, let right, _) = inner,
              left.utilityParty == nil, right.utilityParty == nil else { return nil }
        let relation: Relation
        switch op {
        case .less: relation = .less
        case .lessEqual: relation = .lessEqual
        case .greater: relation = .greater
        case .greaterEqual: relation = .greaterEqual
        case .equal, .notEqual: return nil
        }
        // A copy, so that checking the sides again reports nothing twice.
        var copy = self
        guard let l = copy.linear(left), let r = copy.linear(right), l.mentionsIssue != r.mentionsIssue else { return nil }
        if l.mentionsIssue {
            return Threshold(sum: LinearSum(terms: l.terms, constant: l.constant), relation: relation, constant: r.constant)
        }
        // `K op L` is `L op' K`, the comparison turned around.
        let mirrored: Relation = switch relation {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        default: .lessEqual
        }
        return Threshold(sum: LinearSum(terms: r.terms, constant: r.constant), relation: mirrored, constant: l.constant)
    }

    // MARK: Arithmetic

    /// Checks an expression that must be integer arithmetic.
    mutating func linear(_ expression: ExpressionSyntax) -> Linear? {
        switch expression {
        case .integer(let value, _):
            guard let value else { return nil }
            return Linear(terms: [], constant: value, low: value, high: value, mentionsIssue: false)
        case .boolean(_, let range):
            report(.typeMismatch("true and false are not numbers"), range)
            return nil
        case .name(let name):
            guard let index = issue(name) else { return nil }
            switch kinds[index].type {
            case .integers(let min, let max):
                return Linear(terms: [.init(issue: index, coefficient: 1)], constant: 0, low: min, high: max, mentionsIssue: true)
            case .bool:
                report(.typeMismatch("arithmetic on bool issue '\(name.text)'"), name.range)
            case .values:
                report(.typeMismatch("'\(name.text)' has named values; it cannot be used in arithmetic or compared with a number"), name.range)
            }
            return nil
        case .parenthesized(let inner, _):
            return linear(inner)
        case .prefix(let isNot, let count, let operand, let range):
            guard !isNot else {
                report(.typeMismatch("a condition is used as a number"), range)
                return nil
            }
            guard let value = linear(operand) else { return nil }
            // Negating twice is the identity, so only the parity counts.
            guard count % 2 == 1 else { return value }
            guard let negated = negate(value) else {
                report(.overflow, expression.range)
                return nil
            }
            return negated
        case .chain(let operands, let operators):
            guard operators[0].kind == .plus || operators[0].kind == .minus || operators[0].kind == .times else {
                report(.typeMismatch("a condition is used as a number"), operators[0].range)
                return nil
            }
            var values: [Linear] = []
            for operand in operands {
                guard let v = linear(operand) else { return nil }
                values.append(v)
            }
            var result = values[0]
            for (index, op) in operators.enumerated() {
                let next = values[index + 1]
                let combined: Linear?
                if op.kind == .times {
                    if result.mentionsIssue && next.mentionsIssue {
                        report(.productOfIssues, operators[index].range)
                        return nil
                    }
                    combined = result.mentionsIssue ? scale(result, by: next.constant) : scale(next, by: result.constant)
                } else {
                    combined = combine(result, next, subtract: op.kind == .minus)
                }
                guard let combined else {
                    report(.overflow, operands[0].range.union(operands[index + 1].range))
                    return nil
                }
                result = combined
            }
            return result
        case .comparison(_, _, _, let range):
            report(.typeMismatch("a comparison is used as a number"), range)
            return nil
        case .membership(_, _, _, let range), .count(_, _, _, let range):
            report(.typeMismatch("a condition is used as a number"), range)
            return nil
        case .utility(let party, let range):
            report(.typeMismatch("utility(\(party.text)) takes no part in arithmetic; compare it with a number: 'utility(\(party.text)) >= 10'"), range)
            return nil
        }
    }

    private func negate(_ value: Linear) -> Linear? {
        scale(value, by: -1)
    }

    /// `value * factor`, or nil on overflow.
    private func scale(_ value: Linear, by factor: Int64) -> Linear? {
        var terms: [LinearSum.Term] = []
        for term in value.terms {
            let (c, o) = term.coefficient.multipliedReportingOverflow(by: factor)
            if o { return nil }
            if c != 0 { terms.append(.init(issue: term.issue, coefficient: c)) }
        }
        let (constant, o1) = value.constant.multipliedReportingOverflow(by: factor)
        let (a, o2) = value.low.multipliedReportingOverflow(by: factor)
        let (b, o3) = value.high.multipliedReportingOverflow(by: factor)
        if o1 || o2 || o3 { return nil }
        return Linear(terms: terms, constant: constant, low: min(a, b), high: max(a, b), mentionsIssue: value.mentionsIssue)
    }

    /// `left + right` or `left - right`, or nil on overflow.
    private func combine(_ left: Linear, _ right: Linear, subtract: Bool) -> Linear? {
        let sign: Int64 = subtract ? -1 : 1
        var terms: [LinearSum.Term] = []
        var i = 0
        var j = 0
        while i < left.terms.count || j < right.terms.count {
            if j == right.terms.count || (i < left.terms.count && left.terms[i].issue < right.terms[j].issue) {
                terms.append(left.terms[i])
                i += 1
                continue
            }
            let (r, o) = right.terms[j].coefficient.multipliedReportingOverflow(by: sign)
            if o { return nil }
            if i < left.terms.count && left.terms[i].issue == right.terms[j].issue {
                let (sum, o2) = left.terms[i].coefficient.addingReportingOverflow(r)
                if o2 { return nil }
                if sum != 0 { terms.append(.init(issue: left.terms[i].issue, coefficient: sum)) }
                i += 1
            } else {
                terms.append(.init(issue: right.terms[j].issue, coefficient: r))
            }
            j += 1
        }
        let low: (Int64, Bool)
        let high: (Int64, Bool)
        let constant: (Int64, Bool)
        if subtract {
            low = left.low.subtractingReportingOverflow(right.high)
            high = left.high.subtractingReportingOverflow(right.low)
            constant = left.constant.subtractingReportingOverflow(right.constant)
        } else {
            low = left.low.addingReportingOverflow(right.low)
            high = left.high.addingReportingOverflow(right.high)
            constant = left.constant.addingReportingOverflow(right.constant)
        }
        if low.1 || high.1 || constant.1 { return nil }
        return Linear(terms: terms, constant: constant.0, low: low.0, high: high.0,
                      mentionsIssue: left.mentionsIssue || right.mentionsIssue)
    }
}

extension ExpressionSyntax {
    /// The party of `utility(p)`, parentheses around it transparent; nil
    /// for anything else.
    var utilityParty: NameSyntax? {
        var inner = self
        while case .parenthesized(let enclosed, _) = inner { inner = enclosed }
        guard case .utility(let party, _) = inner else { return nil }
        return party
    }

    /// Whether this is a number as written (a literal, possibly negated).
    var isNumber: Bool {
        switch self {
        case .integer: true
        case .prefix(false, _, let operand, _): operand.isNumber
        default: false
        }
    }
}

/// An issue's type and declaration offset, without names: trivially
/// copyable, so that type checking touches no reference counts.
struct IssueKind {
    enum IssueType {
        case values, bool
        case integers(min: Int64, max: Int64)
    }

    var type: IssueType
    var declaredAt: Int

    init(_ issue: Issue) {
        declaredAt = issue.range.start
        switch issue.domain {
        case .values: type = .values
        case .bool: type = .bool
        case .integers(let min, let max): type = .integers(min: min, max: max)
        }
    }
}
