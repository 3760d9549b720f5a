/// Turns statements into a ``Scenario``: resolves every name, checks every
/// type, range and bound, and reports every problem it finds.
///
/// Statements are checked one at a time, in file order (issues must be
/// declared above their use, so nothing later is needed), except what-ifs,
/// which may name parties declared below them and are resolved at the end;
/// so are names that were unknown where used, to tell "declared later" from
/// "unknown". Checking goes on after an error (the faulty item is left out),
/// so that one run reports all of them; but a file with any error yields no
/// scenario.
public struct ScenarioChecker {
    let file: SourceFile
    var diagnostics: [Diagnostic] = []

    /// Where each issue was first declared, by name.
    var issueIndexByName: [String: Int] = [:]
    var issues: [Issue] = []
    /// ``issues`` reduced to what type checking needs.
    var issueKinds: [IssueKind] = []
    /// Every value name, mapped to the first issue that declares it (for
    /// "this value belongs to another issue").
    var valueOwner: [String: Int] = [:]
    /// Issues whose declaration had an error: their uses are not reported
    /// again as unknown.
    var invalidIssues: Set<String> = []
    var partyIndexByName: [String: Int] = [:]
    var parties: [Party] = []

    var whatIfSyntaxes: [WhatIfSyntax] = []
    /// Reused by the expression printer.
    var printBuffer: [UInt8] = []
    /// Names that were not issues where they were used, with the offset of
    /// the use; judged at the end.
    var unknownNames: [(NameSyntax, Int)] = []
    /// The party of every `utility(p)` in a demand; judged at the end.
    var utilityParties: [NameSyntax] = []

    /// Starts checking a file's statements.
    public init(file: SourceFile) {
        self.file = file
    }

    /// Checks a parsed file.
    /// - Returns: the scenario when the file is valid (warnings allowed),
    ///   and the semantic diagnostics (sorted by position).
    public static func check(_ syntax: SyntaxFile, in file: SourceFile) -> (Scenario?, [Diagnostic]) {
        var checker = ScenarioChecker(file: file)
        for statement in syntax.statements { checker.add(statement) }
        let scenario = checker.finish(title: syntax.title?.value)
        let sorted = checker.diagnostics.sorted { $0.range.start < $1.range.start }
        return (sorted.contains { $0.severity == .error } ? nil : scenario, sorted)
    }

    /// Reads, parses and checks a file in one pass, statement by statement,
    /// so that no statement's syntax tree outlives its check.
    /// - Returns: the scenario when the file is valid; every diagnostic, sorted.
    public static func load(_ file: SourceFile) -> (Scenario?, [Diagnostic]) {
        var parser = Parser(file: file)
        var checker = ScenarioChecker(file: file)
        while let statement = parser.nextStatement() { checker.add(statement) }
        let scenario = checker.finish(title: parser.title?.value)
        var all = (parser.allDiagnostics + checker.diagnostics).sorted { $0.range.start < $1.range.start }
        let invalid = all.contains { $0.severity == .error }
        // Items with errors are left out, so their issues look unused: say
        // nothing about that until the errors are fixed.
        if invalid { all.removeAll { $0.identifier == "unused-issue" } }
        return (invalid ? nil : scenario, all)
    }

    mutating func report(_ kind: DiagnosticKind, _ range: SourceRange, note: (String, SourceRange)? = nil) {
        var diagnostic = Diagnostic(kind, at: range)
        if let (message, at) = note { diagnostic.notes.append(.init(message: message, range: at)) }
        diagnostics.append(diagnostic)
    }

    /// Checks one statement.
    public mutating func add(_ statement: StatementSyntax) {
        switch statement {
        case .issue(let issue): declare(issue)
        case .party(let party): declare(party)
        case .whatIf(let whatIf): whatIfSyntaxes.append(whatIf)
        }
    }

    /// Resolves the what-ifs and judges the names left unknown.
    /// - Returns: the scenario (valid only when no diagnostic was reported).
    public mutating func finish(title: String?) -> Scenario {
        for (name, usedAt) in unknownNames {
            if issueIndexByName[name.text] != nil {
                report(.issueUsedBeforeDeclaration(name.text), name.range)
            } else if invalidIssues.contains(name.text) {
                continue
            } else if let owner = valueOwner[name.text] {
                let issue = issues[owner].name
                report(.typeMismatch("'\(name.text)' is a value of issue '\(issue)', not an issue; compare the issue with it, e.g. '\(issue) == \(name.text)'"), name.range)
            } else {
                let visible = issues.filter { $0.range.start < usedAt }.map(\.name)
                report(.unknownIssue(name.text, suggestion: NameSuggestion.closest(to: name.text, among: visible)), name.range)
            }
        }
        unknownNames = []
        var accepted: [WhatIfSyntax] = []
        var whatIfNames: [String: SourceRange] = [:]
        for syntax in whatIfSyntaxes {
            if syntax.name.text == WhatIf.commandLineName {
                report(.reservedWhatIf(WhatIf.commandLineName), syntax.name.range)
                continue
            }
            if let first = whatIfNames[syntax.name.text] {
                report(.duplicateWhatIf(syntax.name.text), syntax.name.range, note: ("first declared here", first))
                continue
            }
            whatIfNames[syntax.name.text] = syntax.name.range
            accepted.append(syntax)
        }
        // `utility(p)` sums the preferences p holds where the demand is
        // analysed: the baseline's here, a what-if's in its positions.
        parties = parties.bindingUtilities()
        let bases = whatIfBases(accepted)
        // Each what-if is checked against the positions it starts from, so
        // bases go first.
        var positions: [String: [Party]] = [:]
        var resolved: [String: WhatIf] = [:]
        for index in accepted.indices {
            // The unresolved what-ifs down to this one, its farthest base first
            // (a loop, not recursion: chains may be long).
            var pending = [index]
            while let base = bases[pending[pending.count - 1]], resolved[accepted[base].name.text] == nil { pending.append(base) }
            for next in pending.reversed() where resolved[accepted[next].name.text] == nil {
                let syntax = accepted[next]
                let start = bases[next].flatMap { positions[accepted[$0].name.text] } ?? parties
                var whatIf = resolve(syntax, startingFrom: start)
                whatIf.extends = bases[next].map { accepted[$0].name.text }
                resolved[syntax.name.text] = whatIf
                positions[syntax.name.text] = Scenario.applying(whatIf.changes, to: start)
            }
        }
        let whatIfs = accepted.compactMap { resolved[$0.name.text] }
        for party in utilityParties where partyIndexByName[party.text] == nil {
            report(.unknownParty(party.text, suggestion: NameSuggestion.closest(to: party.text, among: parties.map(\.name))), party.range)
        }
        warnUnused(whatIfs)
        return Scenario(title: title, issues: issues, parties: parties, whatIfs: whatIfs)
    }

    /// Warns at each issue that no demand, fallback or preference mentions,
    /// in the baseline or in any what-if.
    private mutating func warnUnused(_ whatIfs: [WhatIf]) {
        var mentioned = Set<Int>()
        func note(_ demand: Demand) {
            mentioned.formUnion(demand.condition.mentionedIssues)
            for fallback in demand.fallbacks { mentioned.formUnion(fallback.condition.mentionedIssues) }
        }
        for party in parties {
            party.demands.forEach(note)
            for preference in party.preferences { mentioned.formUnion(preference.condition.mentionedIssues) }
        }
        for whatIf in whatIfs {
            for change in whatIf.changes {
                switch change {
                case .demand(_, let demand): note(demand)
                case .preference(_, let preference): mentioned.formUnion(preference.condition.mentionedIssues)
                case .concede: break
                }
            }
        }
        for (index, issue) in issues.enumerated() where !mentioned.contains(index) {
            report(.unusedIssue(issue.name), issue.range)
        }
    }

    // MARK: Issues

    private mutating func declare(_ syntax: IssueSyntax) {
        let name = syntax.name.text
        if let first = issueIndexByName[name] {
            report(.duplicateIssue(name), syntax.name.range, note: ("first declared here", issues[first].range))
            return
        }
        invalidIssues.insert(name)
        if let party = partyIndexByName[name] {
            report(.issuePartyClash(name), syntax.name.range, note: ("the party is declared here", parties[party].range))
            return
        }
        let domain: Domain
        switch syntax.domain {
        case .bool:
            domain = .bool
        case .values(let values):
            var seen: [String: SourceRange] = [:]
            var names: [String] = []
            for value in values {
                if let first = seen[value.text] {
                    report(.duplicateValue(value.text), value.range, note: ("first listed here", first))
                    continue
                }
                seen[value.text] = value.range
                names.append(value.text)
            }
            domain = .values(names)
        case .range(let low, let high):
            guard let min = low.value, let max = high.value else { return }
            if min > max {
                report(.reversedRange(min: min, max: max), low.range.union(high.range))
                return
            }
            domain = .integers(min: min, max: max)
        }
        invalidIssues.remove(name)
        issueIndexByName[name] = issues.count
        if case .values(let names) = domain {
            for value in names where valueOwner[value] == nil { valueOwner[value] = issues.count }
        }
        issues.append(Issue(name: name, label: syntax.label?.value, domain: domain, range: syntax.range))
        issueKinds.append(IssueKind(issues[issues.count - 1]))
    }

    // MARK: Parties

    private mutating func declare(_ syntax: PartySyntax) {
        let name = syntax.name.text
        if let first = partyIndexByName[name] {
            report(.duplicateParty(name), syntax.name.range, note: ("first declared here", parties[first].range))
            return
        }
        if let issue = issueIndexByName[name] {
            report(.issuePartyClash(name), syntax.name.range, note: ("the issue is declared here", issues[issue].range))
            return
        }
        var party = Party(name: name, label: syntax.label?.value, demands: [], preferences: [], range: syntax.range)
        var itemNames: [String: SourceRange] = [:]
        for item in syntax.items {
            if let first = itemNames[item.name.text] {
                report(.duplicateItem(item.name.text), item.name.range, note: ("first declared here", first))
                continue
            }
            itemNames[item.name.text] = item.name.range
            switch checkItem(item) {
            case .demand(_, let demand)?: party.demands.append(demand)
            case .preference(_, let preference)?: party.preferences.append(preference)
            default: break
            }
        }
        partyIndexByName[name] = parties.count
        parties.append(party)
    }

    /// Checks a demand or preference; the party index of the result is
    /// filled in by the caller where it matters.
    private mutating func checkItem(_ item: ItemSyntax, party: Int = 0) -> Change? {
        var amount: Int64 = 1
        var amountMax: Int64?
        if item.isDemand {
            guard let (low, high) = checkCost(item.amount, item.amountMax) else { return nil }
            (amount, amountMax) = (low, high)
        } else if let given = item.amount {
            guard let value = given.value else { return nil }
            if !(1...1_000_000_000).contains(value) {
                report(.weightOutOfRange, given.range)
                return nil
            }
            amount = value
        }
        guard let (condition, text, threshold) = checkCondition(item.condition, usedAt: item.keyword.start, allowsUtility: item.isDemand)
        else { return nil }
        let line = file.line(of: item.keyword.start)
        guard item.isDemand else {
            return .preference(party: party, Preference(
                name: item.name.text, weight: amount, condition: condition, expression: text,
                source: item.source?.value, line: line, range: item.range))
        }
        var fallbacks: [Fallback] = []
        var failed = false
        for step in item.fallbacks {
            guard let (low, high) = checkCost(step.cost, step.costMax),
                  let (stepCondition, stepText, stepThreshold) = checkCondition(step.condition, usedAt: item.keyword.start)
            else {
                failed = true
                continue
            }
            // Costs may not fall along the ladder, nor pass the price of
            // withdrawing the demand; with ranges, low ends and high ends
            // each by the same rule.
            let previous = fallbacks.last.map { ($0.cost, $0.costMax ?? $0.cost) }
            let at = step.cost?.range ?? step.keyword
            if let (previousLow, previousHigh) = previous, low < previousLow || (high ?? low) < previousHigh {
                report(.fallbackCostDecreases, at)
                failed = true
            } else if low > amount || (high ?? low) > (amountMax ?? amount) {
                report(.fallbackCostAboveWithdrawal(amountMax.map { "\(amount)..\($0)" } ?? String(amount)), at)
                failed = true
            }
            fallbacks.append(Fallback(
                cost: low, costMax: high, condition: stepCondition, expression: stepText, source: step.source?.value,
                line: file.line(of: step.keyword.start), range: step.range, threshold: stepThreshold))
        }
        if failed { return nil }
        return .demand(party: party, Demand(
            name: item.name.text, cost: amount, costMax: amountMax, condition: condition, expression: text,
            source: item.source?.value, line: line, range: item.range, fallbacks: fallbacks, threshold: threshold))
    }

    /// A cost as written (`cost C` or `cost LO..HI`; 1 when omitted), or nil
    /// after reporting why not.
    private mutating func checkCost(_ low: SignedIntegerSyntax?, _ high: SignedIntegerSyntax?) -> (Int64, Int64?)? {
        guard let low else { return (1, nil) }
        guard let lowValue = low.value else { return nil }
        guard (0...1_000_000_000).contains(lowValue) else {
            report(.costOutOfRange, low.range)
            return nil
        }
        guard let high else { return (lowValue, nil) }
        guard let highValue = high.value else { return nil }
        guard (0...1_000_000_000).contains(highValue) else {
            report(.costOutOfRange, high.range)
            return nil
        }
        guard lowValue <= highValue else {
            report(.reversedCostRange(low: lowValue, high: highValue), low.range.union(high.range))
            return nil
        }
        return (lowValue, highValue)
    }

    /// A condition checked, its canonical text, and its threshold when it
    /// is one; nil after reporting why not.
    private mutating func checkCondition(_ expression: ExpressionSyntax, usedAt: Int, allowsUtility: Bool = true) -> (Condition, String, Threshold?)? {
        var expressionChecker = ExpressionChecker(
            issues: issues, issueIndexByName: issueIndexByName, valueOwner: valueOwner,
            invalidIssues: invalidIssues, kinds: issueKinds, usedAt: usedAt)
        expressionChecker.allowsUtility = allowsUtility
        let condition = expressionChecker.condition(expression)
        diagnostics += expressionChecker.diagnostics
        unknownNames += expressionChecker.unknownNames
        utilityParties += expressionChecker.utilityParties
        guard let condition else { return nil }
        let threshold = expressionChecker.threshold(of: expression)
        return (condition, ExpressionPrinter.text(expression, scratch: &printBuffer), threshold)
    }

    // MARK: What-ifs

    /// For each what-if, the index of the one it extends: nil when it starts
    /// from the baseline, names an unknown what-if, or is part of a cycle
    /// (each reported, a cycle once, at the `extends` of its first what-if
    /// in file order).
    private mutating func whatIfBases(_ syntaxes: [WhatIfSyntax]) -> [Int?] {
        let index = Dictionary(uniqueKeysWithValues: syntaxes.enumerated().map { ($1.name.text, $0) })
        var bases: [Int?] = syntaxes.map { syntax in
            guard let (name, _) = syntax.extends else { return nil }
            return index[name.text]
        }
        for syntax in syntaxes {
            guard let (name, _) = syntax.extends, index[name.text] == nil else { continue }
            report(.unknownWhatIf(name.text, suggestion: NameSuggestion.closest(
                to: name.text, among: syntaxes.map(\.name.text).filter { $0 != syntax.name.text })), name.range)
        }
        // Each what-if extends at most one: follow every chain once,
        // marking what-ifs on the current path (1) and done (2), so that a
        // cycle is met as a what-if already on the path.
        var inCycle = Set<Int>()
        var state = [UInt8](repeating: 0, count: syntaxes.count)
        for start in syntaxes.indices where state[start] == 0 {
            var path: [Int] = []
            var position: [Int: Int] = [:]
            var current: Int? = start
            while let at = current, state[at] == 0 {
                state[at] = 1
                position[at] = path.count
                path.append(at)
                current = bases[at]
            }
            if let repeated = current, state[repeated] == 1, let from = position[repeated] {
                let cycle = Array(path[from...])
                inCycle.formUnion(cycle)
                // The cycle told from its what-if that comes first in the file.
                if let first = cycle.indices.min(by: { cycle[$0] < cycle[$1] }), let keyword = syntaxes[cycle[first]].extends?.keyword {
                    let rotated = Array(cycle[first...] + cycle[..<first])
                    report(.whatIfCycle(rotated.map { syntaxes[$0].name.text }), keyword)
                }
            }
            for at in path { state[at] = 2 }
        }
        for member in inCycle { bases[member] = nil }
        return bases
    }

    /// Resolves a what-if's changes against the positions it starts from.
    private mutating func resolve(_ syntax: WhatIfSyntax, startingFrom start: [Party]) -> WhatIf {
        var changes: [Change] = []
        var touched: [String: SourceRange] = [:]
        for change in syntax.changes {
            let partyName: NameSyntax
            let itemName: NameSyntax
            switch change {
            case .concede(let p, let d, _, _):
                partyName = p
                itemName = d
            case .item(let item):
                partyName = item.party ?? item.name
                itemName = item.name
            }
            guard let partyIndex = partyIndexByName[partyName.text] else {
                report(.unknownParty(partyName.text, suggestion: NameSuggestion.closest(
                    to: partyName.text, among: parties.map(\.name))), partyName.range)
                continue
            }
            let qualified = "\(partyName.text).\(itemName.text)"
            if let first = touched[qualified] {
                report(.changedTwice(qualified), itemName.range, note: ("first changed here", first))
                continue
            }
            touched[qualified] = change.range
            let party = parties[partyIndex]
            switch change {
            case .concede(_, _, let level, _):
                switch DemandLookup.resolve(party: partyName.text, demand: itemName.text, in: start) {
                case .found(let p, let d):
                    let demand = start[p].demands[d]
                    if let level {
                        guard let k = level.value else { continue }
                        guard demand.fallbacks.indices.contains(Int(k) - 1) else {
                            report(.noSuchFallback(qualified, level: k, count: demand.fallbacks.count), level.range)
                            continue
                        }
                        changes.append(.concede(party: p, demand: demand.name, level: Int(k)))
                    } else {
                        changes.append(.concede(party: p, demand: demand.name, level: nil))
                    }
                case .unknownDemand(let suggestion?) where suggestion.name == itemName.text:
                    report(.demandOfOtherParty(qualified, owner: suggestion.party), partyName.range)
                case .unknownDemand(let suggestion):
                    report(.unknownDemand(qualified, suggestion: suggestion?.qualifiedName), itemName.range)
                case .preference:
                    report(.concedePreference(qualified), itemName.range)
                case .unknownParty:
                    break  // reported above
                }
            case .item(let item):
                // The kind is the baseline item's, or, for an item a base
                // added, that one's.
                let isDemand = party.demands.contains { $0.name == itemName.text }
                    || start[partyIndex].demands.contains { $0.name == itemName.text }
                let isPreference = party.preferences.contains { $0.name == itemName.text }
                    || start[partyIndex].preferences.contains { $0.name == itemName.text }
                if item.isDemand && isPreference || !item.isDemand && isDemand {
                    report(.kindMismatch(qualified, isDemand: item.isDemand), item.keyword)
                    continue
                }
                if let checked = checkItem(item, party: partyIndex) { changes.append(checked) }
            }
        }
        return WhatIf(name: syntax.name.text, label: syntax.label?.value, changes: changes, range: syntax.range)
    }
}
