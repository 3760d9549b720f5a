/// Reads a scenario file into a ``SyntaxFile``.
///
/// A recursive-descent parser with one token of lookahead. It never fails:
/// on a syntax error it records a diagnostic, skips to the next keyword that
/// can start a statement or item, and goes on, so that one run reports every
/// error. Every loop consumes at least one token per turn or stops at the end
/// of the file. Recursion happens only at parentheses and `of {...}` lists,
/// whose nesting is bounded by ``Parser/maximumNesting``.
public struct Parser {
    /// The deepest nesting of parentheses and `of {...}` lists accepted.
    /// The language asks for at least 64 levels as it counts them (every
    /// parenthesis and every operator level); each of our levels is at least
    /// one of those, so any expression of 64 levels or fewer is accepted.
    public static let maximumNesting = 64

    private var lexer: Lexer
    private var current: Token
    private var previousEnd: Int
    private var depth = 0
    private var diagnostics: [Diagnostic] = []
    private let file: SourceFile

    /// Thrown internally to unwind to the statement being parsed after a
    /// syntax error has been recorded.
    private struct Recovery: Error {}

    /// Parses a whole file.
    /// - Returns: the syntax tree, and every lexical and syntax diagnostic
    ///   sorted by position.
    public static func parse(_ file: SourceFile) -> (SyntaxFile, [Diagnostic]) {
        var parser = Parser(file: file)
        var statements: [StatementSyntax] = []
        while let statement = parser.nextStatement() { statements.append(statement) }
        return (parser.syntaxFile(statements), parser.allDiagnostics)
    }

    /// Starts parsing a file; call ``nextStatement()`` until it returns nil.
    public init(file: SourceFile) {
        self.file = file
        lexer = Lexer(file: file)
        current = lexer.next()
        previousEnd = current.range.start
    }

    /// The `scenario "..."` title read so far.
    public private(set) var title: StringLiteralSyntax?
    /// The range of the whole `scenario` statement.
    public private(set) var titleStatement: SourceRange?
    private var statementCount = 0

    /// Every lexical and syntax diagnostic so far, sorted by position.
    public var allDiagnostics: [Diagnostic] {
        (lexer.diagnostics + diagnostics).sorted { $0.range.start < $1.range.start }
    }

    /// A syntax file of the given statements with the title and comments read.
    public func syntaxFile(_ statements: [StatementSyntax]) -> SyntaxFile {
        SyntaxFile(title: title, titleStatement: titleStatement, statements: statements, comments: lexer.comments)
    }

    // MARK: Tokens

    private mutating func advance() {
        previousEnd = current.range.end
        current = lexer.next()
    }

    private func at(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }
    private func at(_ punctuation: Punctuation) -> Bool { current.kind == .punctuation(punctuation) }

    private func describeCurrent() -> String {
        switch current.kind {
        case .identifier: "'\(file.text(current.range))'"
        case .integer: "'\(file.text(current.range))'"
        default: current.kind.description
        }
    }

    private mutating func fail(expected: String) throws -> Never {
        if case .keyword(let k) = current.kind, expected.contains("name") {
            diagnostics.append(Diagnostic(.keywordAsName(k.rawValue), at: current.range))
        } else {
            diagnostics.append(Diagnostic(.expected(expected, found: describeCurrent()), at: current.range))
        }
        throw Recovery()
    }

    private mutating func expect(_ punctuation: Punctuation) throws -> SourceRange {
        guard at(punctuation) else { try fail(expected: "'\(punctuation.rawValue)'") }
        let range = current.range
        advance()
        return range
    }

    private mutating func expect(_ keyword: Keyword) throws -> SourceRange {
        guard at(keyword) else { try fail(expected: "'\(keyword.rawValue)'") }
        let range = current.range
        advance()
        return range
    }

    private mutating func name(_ what: String = "a name") throws -> NameSyntax {
        guard current.kind == .identifier else { try fail(expected: what) }
        let result = NameSyntax(text: file.text(current.range), range: current.range)
        advance()
        return result
    }

    private mutating func optionalString() -> StringLiteralSyntax? {
        guard current.kind == .string else { return nil }
        let result = StringLiteralSyntax(value: lexer.stringValue, range: current.range)
        advance()
        return result
    }

    /// `INT`: an integer literal with at most one leading minus.
    private mutating func signedInteger() throws -> SignedIntegerSyntax {
        let start = current.range.start
        var negative = false
        if at(.minus) {
            negative = true
            advance()
        }
        guard case .integer(let value) = current.kind else { try fail(expected: "an integer") }
        advance()
        return SignedIntegerSyntax(
            value: value.map { negative ? -$0 : $0 }, range: SourceRange(start: start, end: previousEnd))
    }

    // MARK: Statements

    private static func startsStatement(_ keyword: Keyword) -> Bool {
        keyword == .scenario || keyword == .issue || keyword == .party || keyword == .whatif
    }

    private static func startsItem(_ keyword: Keyword) -> Bool {
        keyword == .demand || keyword == .prefer || keyword == .concede
    }

    private var atStatementStart: Bool {
        if case .keyword(let k) = current.kind { return Parser.startsStatement(k) }
        return false
    }

    /// The next issue, party or what-if statement, or nil at the end of the
    /// file. `scenario` statements are taken in passing (see ``title``);
    /// statements with syntax errors are reported and skipped. Reading a
    /// file statement by statement lets a checker drop each one's syntax
    /// tree as soon as it is checked.
    public mutating func nextStatement() -> StatementSyntax? {
        while current.kind != .endOfFile {
            let start = current.range.start
            do {
                if at(.scenario) {
                    let keyword = current.range
                    advance()
                    guard let literal = optionalString() else { try fail(expected: "the scenario's title as a string") }
                    if title != nil {
                        diagnostics.append(Diagnostic(.duplicateScenario, at: keyword))
                    } else if statementCount > 0 {
                        diagnostics.append(Diagnostic(.scenarioNotFirst, at: keyword))
                    } else {
                        title = literal
                        titleStatement = SourceRange(start: start, end: previousEnd)
                    }
                } else if at(.issue) {
                    statementCount += 1
                    return .issue(try parseIssue())
                } else if at(.party) || at(.whatif) {
                    statementCount += 1
                    return try parseBlock(isParty: at(.party))
                } else {
                    try fail(expected: "'issue', 'party', 'whatif' or 'scenario'")
                }
            } catch {
                recover(from: start, toItem: false)
            }
        }
        return nil
    }

    /// Skips to the next statement keyword (or, inside a block, the next item
    /// keyword or the block's closing brace), first stepping over the
    /// offending token when the failed construct consumed nothing, so that
    /// every recovery makes progress.
    private mutating func recover(from start: Int, toItem: Bool) {
        depth = 0
        if current.range.start == start && current.kind != .endOfFile { advance() }
        var braces = 0
        while current.kind != .endOfFile {
            if case .keyword(let k) = current.kind {
                if Parser.startsStatement(k) { return }
                if toItem && Parser.startsItem(k) { return }
            }
            if at(.leftBrace) { braces += 1 }
            if at(.rightBrace) {
                if braces == 0 && toItem { return }
                braces -= 1
            }
            advance()
        }
    }

    private mutating func parseIssue() throws -> IssueSyntax {
        let start = current.range.start
        advance()
        let issueName = try name("the issue's name")
        let label = optionalString()
        _ = try expect(.colon)
        let domain: DomainSyntax
        if at(.bool) {
            domain = .bool(current.range)
            advance()
        } else if current.kind == .identifier {
            var values = [try name()]
            while at(.bar) {
                advance()
                values.append(try name("a value name"))
            }
            domain = .values(values)
        } else if at(.minus) || { if case .integer = current.kind { return true } else { return false } }() {
            let low = try signedInteger()
            _ = try expect(.dotDot)
            let high = try signedInteger()
            domain = .range(low, high)
        } else {
            try fail(expected: "a domain: value names separated by '|', 'bool', or a range MIN..MAX")
        }
        return IssueSyntax(name: issueName, label: label, domain: domain, range: SourceRange(start: start, end: previousEnd))
    }

    /// Parses `party ... { ITEM* }` or `whatif ... { CHANGE* }`; errors inside
    /// the block are recovered at the next item so the block's other items
    /// still get checked.
    private mutating func parseBlock(isParty: Bool) throws -> StatementSyntax {
        let start = current.range.start
        advance()
        let blockName = try name(isParty ? "the party's name" : "the what-if's name")
        let label = optionalString()
        // `extends` is a contextual keyword: version 1 has no other
        // continuation here than `{`, so a name `extends` cannot mean
        // anything else.
        var extends: (name: NameSyntax, keyword: SourceRange)?
        if !isParty, current.kind == .identifier, file.text(current.range) == "extends" {
            let keyword = current.range
            advance()
            extends = (try name("the name of the what-if it extends"), keyword)
        }
        _ = try expect(.leftBrace)
        var items: [ItemSyntax] = []
        var changes: [ChangeSyntax] = []
        while !at(.rightBrace) {
            if current.kind == .endOfFile || atStatementStart {
                try fail(expected: "'}' to close the \(isParty ? "party" : "what-if")")
            }
            let itemStart = current.range.start
            do {
                if isParty {
                    guard at(.demand) || at(.prefer) else { try fail(expected: "'demand', 'prefer' or '}'") }
                    items.append(try parseItem(inWhatIf: false))
                } else if at(.concede) {
                    let changeStart = current.range.start
                    advance()
                    let party = try name("the party's name")
                    _ = try expect(.dot)
                    let demand = try name("the demand's name")
                    var level: SignedIntegerSyntax?
                    if at(.at) {
                        advance()
                        level = try signedInteger()
                    }
                    changes.append(.concede(party: party, demand: demand, level: level, range: SourceRange(start: changeStart, end: previousEnd)))
                } else {
                    guard at(.demand) || at(.prefer) else { try fail(expected: "'concede', 'demand', 'prefer' or '}'") }
                    changes.append(.item(try parseItem(inWhatIf: true)))
                }
            } catch {
                recover(from: itemStart, toItem: true)
            }
        }
        advance()
        let range = SourceRange(start: start, end: previousEnd)
        if isParty {
            return .party(PartySyntax(name: blockName, label: label, items: items, range: range))
        }
        return .whatIf(WhatIfSyntax(name: blockName, label: label, extends: extends, changes: changes, range: range))
    }

    private mutating func parseItem(inWhatIf: Bool) throws -> ItemSyntax {
        let start = current.range.start
        let keyword = current.range
        let isDemand = at(.demand)
        advance()
        var party: NameSyntax?
        if inWhatIf {
            party = try name("the party's name")
            _ = try expect(.dot)
        }
        let itemName = try name(isDemand ? "the demand's name" : "the preference's name")
        var amount: SignedIntegerSyntax?
        var amountMax: SignedIntegerSyntax?
        if isDemand && at(.cost) {
            advance()
            (amount, amountMax) = try costRange()
        } else if !isDemand && at(.weight) {
            advance()
            amount = try signedInteger()
        }
        if at(isDemand ? .weight : .cost) {
            diagnostics.append(Diagnostic(.amountMismatch(isDemand: isDemand), at: current.range))
            throw Recovery()
        }
        if at(.source) {
            diagnostics.append(Diagnostic(.sourceBeforeColon, at: current.range))
            throw Recovery()
        }
        _ = try expect(.colon)
        depth = 0
        let condition = try expression()
        let source = try sourceClause()
        var fallbacks: [FallbackSyntax] = []
        // `fallback` is a contextual keyword: after a demand's condition or
        // source, version 1 has no continuation that starts with a name.
        while current.kind == .identifier, file.text(current.range) == "fallback" {
            let fallbackStart = current.range
            // Read one after a preference too, so that only this is reported.
            if !isDemand { diagnostics.append(Diagnostic(.fallbackOnPreference, at: fallbackStart)) }
            advance()
            var cost: SignedIntegerSyntax?
            var costMax: SignedIntegerSyntax?
            if at(.cost) {
                advance()
                (cost, costMax) = try costRange()
            }
            _ = try expect(.colon)
            depth = 0
            let fallbackCondition = try expression()
            let fallbackSource = try sourceClause()
            fallbacks.append(FallbackSyntax(
                keyword: fallbackStart, cost: cost, costMax: costMax, condition: fallbackCondition, source: fallbackSource,
                range: SourceRange(start: fallbackStart.start, end: previousEnd)))
        }
        return ItemSyntax(
            isDemand: isDemand, keyword: keyword, party: party, name: itemName, amount: amount, amountMax: amountMax,
            condition: condition, source: source, fallbacks: isDemand ? fallbacks : [], range: SourceRange(start: start, end: previousEnd))
    }

    /// `COST := INT | INT .. INT` (after `cost`).
    private mutating func costRange() throws -> (SignedIntegerSyntax, SignedIntegerSyntax?) {
        let low = try signedInteger()
        guard at(.dotDot) else { return (low, nil) }
        advance()
        return (low, try signedInteger())
    }

    /// `[source "..."]`.
    private mutating func sourceClause() throws -> StringLiteralSyntax? {
        guard at(.source) else { return nil }
        advance()
        guard current.kind == .string else { try fail(expected: "the source as a string") }
        return optionalString()
    }

    // MARK: Expressions, loosest first

    private mutating func expression() throws -> ExpressionSyntax {
        try chain(level: 0)
    }

    /// The binary levels, loosest first: iff, implies, or, and.
    private static let logicalLevels: [(Keyword, BinaryOperator)] = [
        (.iff, .iff), (.implies, .implies), (.or, .or), (.and, .and),
    ]

    private mutating func chain(level: Int) throws -> ExpressionSyntax {
        guard level < Parser.logicalLevels.count else { return try negation() }
        let (keyword, op) = Parser.logicalLevels[level]
        let first = try chain(level: level + 1)
        guard at(keyword) else { return first }
        var operands = [first]
        var operators: [OperatorSyntax] = []
        while at(keyword) {
            operators.append(OperatorSyntax(kind: op, range: current.range))
            advance()
            operands.append(try chain(level: level + 1))
        }
        return .chain(operands: operands, operators: operators)
    }

    private mutating func negation() throws -> ExpressionSyntax {
        guard at(.not) else { return try comparison() }
        let range = current.range
        var count = 0
        while at(.not) {
            count += 1
            advance()
        }
        return .prefix(isNot: true, count: count, operand: try comparison(), range: range)
    }

    private mutating func comparison() throws -> ExpressionSyntax {
        let left = try additive()
        if at(.in) || at(.not) {
            let negated = at(.not)
            let start = current.range.start
            advance()
            if negated { _ = try expect(.in) }
            _ = try expect(.leftBrace)
            var values = [try setElement()]
            while at(.comma) {
                advance()
                values.append(try setElement())
            }
            _ = try expect(.rightBrace)
            return .membership(left, negated: negated, values: values, range: SourceRange(start: start, end: previousEnd))
        }
        guard let op = comparisonOperator() else { return left }
        let operatorRange = current.range
        advance()
        let right = try additive()
        if comparisonOperator() != nil || at(.in) {
            diagnostics.append(Diagnostic(.chainedComparison, at: current.range))
            throw Recovery()
        }
        return .comparison(left, op, right, operatorRange: operatorRange)
    }

    /// A value name, an integer or an integer range `LO..HI`.
    private mutating func setElement() throws -> SetElementSyntax {
        guard at(.minus) || { if case .integer = current.kind { return true }; return false }() else {
            return .value(try name("a value name, an integer or a range LO..HI"))
        }
        let low = try signedInteger()
        guard at(.dotDot) else { return .integer(low) }
        advance()
        return .range(low, try signedInteger())
    }

    private func comparisonOperator() -> ComparisonOperator? {
        guard case .punctuation(let p) = current.kind else { return nil }
        switch p {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        default: return nil
        }
    }

    private mutating func additive() throws -> ExpressionSyntax {
        let first = try multiplicative()
        guard at(.plus) || at(.minus) else { return first }
        var operands = [first]
        var operators: [OperatorSyntax] = []
        while at(.plus) || at(.minus) {
            operators.append(OperatorSyntax(kind: at(.plus) ? .plus : .minus, range: current.range))
            advance()
            operands.append(try multiplicative())
        }
        return .chain(operands: operands, operators: operators)
    }

    private mutating func multiplicative() throws -> ExpressionSyntax {
        let first = try unaryMinus()
        guard at(.star) else { return first }
        var operands = [first]
        var operators: [OperatorSyntax] = []
        while at(.star) {
            operators.append(OperatorSyntax(kind: .times, range: current.range))
            advance()
            operands.append(try unaryMinus())
        }
        return .chain(operands: operands, operators: operators)
    }

    private mutating func unaryMinus() throws -> ExpressionSyntax {
        guard at(.minus) else { return try primary() }
        let range = current.range
        var count = 0
        while at(.minus) {
            count += 1
            advance()
        }
        return .prefix(isNot: false, count: count, operand: try primary(), range: range)
    }

    private mutating func enterNesting() throws {
        depth += 1
        if depth > Parser.maximumNesting {
            diagnostics.append(Diagnostic(.nestingTooDeep(limit: Parser.maximumNesting), at: current.range))
            throw Recovery()
        }
    }

    private mutating func primary() throws -> ExpressionSyntax {
        let range = current.range
        switch current.kind {
        case .integer(let value):
            advance()
            return .integer(value, range)
        case .identifier:
            let name = try name()
            // `utility(` is a contextual keyword: in version 1 no name is
            // ever followed by '(', so no valid file changes meaning.
            guard name.text == "utility", at(.leftParen) else { return .name(name) }
            advance()
            let party = try self.name("the name of a party")
            _ = try expect(.rightParen)
            return .utility(party: party, range: SourceRange(start: range.start, end: previousEnd))
        case .keyword(.true), .keyword(.false):
            let value = current.kind == .keyword(.true)
            advance()
            return .boolean(value, range)
        case .punctuation(.leftParen):
            try enterNesting()
            advance()
            let inner = try expression()
            _ = try expect(.rightParen)
            depth -= 1
            return .parenthesized(inner, SourceRange(start: range.start, end: previousEnd))
        case .keyword(let keyword) where keyword == .atleast || keyword == .atmost || keyword == .exactly:
            let kind: CountKind = keyword == .atleast ? .atLeast : keyword == .atmost ? .atMost : .exactly
            advance()
            let k = try signedInteger()
            _ = try expect(.of)
            try enterNesting()
            _ = try expect(.leftBrace)
            var items = [try expression()]
            while at(.comma) {
                advance()
                items.append(try expression())
            }
            _ = try expect(.rightBrace)
            depth -= 1
            return .count(kind, k, items, range: SourceRange(start: range.start, end: previousEnd))
        default:
            try fail(expected: "an expression")
        }
    }
}
