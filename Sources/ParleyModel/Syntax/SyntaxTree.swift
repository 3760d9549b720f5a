/// The syntax tree of a scenario file: what was written, with every node's
/// source range, before names are resolved or types checked. `parley fmt`
/// prints it back; ``ScenarioChecker`` turns it into a ``Scenario``.
public struct SyntaxFile: Sendable {
    /// The `scenario "Title"` statement, if any.
    public var title: StringLiteralSyntax?
    /// The range of the whole `scenario` statement.
    public var titleStatement: SourceRange?
    /// Every other statement in order.
    public var statements: [StatementSyntax]
    /// Every comment in the file, in order.
    public var comments: [Comment]
}

/// A name as written, with its range.
public struct NameSyntax: Hashable, Sendable {
    /// The identifier.
    public var text: String
    /// Where it is.
    public var range: SourceRange
}

/// A string literal: its decoded value and its range.
public struct StringLiteralSyntax: Hashable, Sendable {
    /// The decoded text.
    public var value: String
    /// Where it is, quotes included.
    public var range: SourceRange
}

/// An `INT` of the grammar: an integer literal with at most one leading minus.
public struct SignedIntegerSyntax: Hashable, Sendable {
    /// The value; nil when the literal was too long (already reported).
    public var value: Int64?
    /// Where it is, minus included.
    public var range: SourceRange
}

/// A top-level statement other than `scenario`.
public enum StatementSyntax: Sendable {
    case issue(IssueSyntax)
    case party(PartySyntax)
    case whatIf(WhatIfSyntax)

    /// The statement's whole range.
    public var range: SourceRange {
        switch self {
        case .issue(let s): s.range
        case .party(let s): s.range
        case .whatIf(let s): s.range
        }
    }
}

/// `issue NAME ["Label"] : DOMAIN`.
public struct IssueSyntax: Sendable {
    public var name: NameSyntax
    public var label: StringLiteralSyntax?
    public var domain: DomainSyntax
    public var range: SourceRange
}

/// The domain of an issue as written.
public enum DomainSyntax: Sendable {
    case values([NameSyntax])
    case bool(SourceRange)
    case range(SignedIntegerSyntax, SignedIntegerSyntax)
}

/// `party NAME ["Label"] { ITEM* }`.
public struct PartySyntax: Sendable {
    public var name: NameSyntax
    public var label: StringLiteralSyntax?
    public var items: [ItemSyntax]
    public var range: SourceRange
}

/// A demand or preference, in a party or as a what-if change.
public struct ItemSyntax: Sendable {
    /// True for `demand`, false for `prefer`.
    public var isDemand: Bool
    /// The `demand`/`prefer` keyword.
    public var keyword: SourceRange
    /// The party, in a what-if change (`demand PARTY.NAME`).
    public var party: NameSyntax?
    public var name: NameSyntax
    /// The `cost` or `weight` given, if any.
    public var amount: SignedIntegerSyntax?
    /// The high end of a cost range (`cost LO..HI`), if given.
    public var amountMax: SignedIntegerSyntax?
    public var condition: ExpressionSyntax
    public var source: StringLiteralSyntax?
    /// A demand's fallback positions, in order.
    public var fallbacks: [FallbackSyntax] = []
    public var range: SourceRange
}

/// `fallback [cost COST] : EXPR [source "..."]` after a demand.
public struct FallbackSyntax: Sendable {
    /// The `fallback` word.
    public var keyword: SourceRange
    /// The cost given (the low end of a range), if any.
    public var cost: SignedIntegerSyntax?
    /// The high end of a cost range, if given.
    public var costMax: SignedIntegerSyntax?
    public var condition: ExpressionSyntax
    public var source: StringLiteralSyntax?
    public var range: SourceRange
}

/// `whatif NAME ["Label"] [extends OTHER] { CHANGE* }`.
public struct WhatIfSyntax: Sendable {
    public var name: NameSyntax
    public var label: StringLiteralSyntax?
    /// The what-if it builds on (`extends OTHER`), and the range of the
    /// `extends` word.
    public var extends: (name: NameSyntax, keyword: SourceRange)?
    public var changes: [ChangeSyntax]
    public var range: SourceRange
}

/// One change of a what-if.
public enum ChangeSyntax: Sendable {
    /// `concede PARTY.NAME`, or `concede PARTY.NAME@K` (settle at fallback K).
    case concede(party: NameSyntax, demand: NameSyntax, level: SignedIntegerSyntax?, range: SourceRange)
    /// `demand PARTY.NAME ...` or `prefer PARTY.NAME ...`.
    case item(ItemSyntax)

    /// The change's whole range.
    public var range: SourceRange {
        switch self {
        case .concede(_, _, _, let range): range
        case .item(let item): item.range
        }
    }
}

/// Binary operators, grouped by precedence level.
public enum BinaryOperator: String, Sendable {
    case iff, implies, or, and
    case plus = "+", minus = "-", times = "*"
}

/// A binary operator as written in a chain.
public struct OperatorSyntax: Sendable {
    /// Which operator.
    public var kind: BinaryOperator
    /// Where it is.
    public var range: SourceRange
}

/// Comparison operators.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<="
    case greater = ">", greaterEqual = ">="
}

/// `atleast`, `atmost`, `exactly`.
public enum CountKind: String, Sendable, Hashable {
    case atLeast = "atleast", atMost = "atmost", exactly = "exactly"
}

/// One element of an `in {...}` set: a value name, or, for an integer
/// issue, an integer or a range `LO..HI` (a project extension).
public enum SetElementSyntax: Sendable {
    case value(NameSyntax)
    case integer(SignedIntegerSyntax)
    case range(SignedIntegerSyntax, SignedIntegerSyntax)

    /// Where it is written.
    public var range: SourceRange {
        switch self {
        case .value(let name): name.range
        case .integer(let n): n.range
        case .range(let lo, let hi): lo.range.union(hi.range)
        }
    }
}

/// An expression as written. Chains of one precedence level are kept flat
/// (`a and b and c` is one node with three operands) and runs of one prefix
/// operator are one node with a count, so that long chains never make the
/// tree deep; only parentheses and `of {...}` lists nest, and the parser
/// bounds that. Only the cases that hold a single sub-expression are
/// `indirect`: leaves are stored inline, saving an allocation per leaf.
public enum ExpressionSyntax: Sendable {
    case integer(Int64?, SourceRange)
    case name(NameSyntax)
    case boolean(Bool, SourceRange)
    indirect case parenthesized(ExpressionSyntax, SourceRange)
    /// `not` (isNot) or unary `-`, `count` times in a row.
    indirect case prefix(isNot: Bool, count: Int, operand: ExpressionSyntax, range: SourceRange)
    /// A chain of one precedence level: `operands.count == operators.count + 1`.
    case chain(operands: [ExpressionSyntax], operators: [OperatorSyntax])
    indirect case comparison(ExpressionSyntax, ComparisonOperator, ExpressionSyntax, operatorRange: SourceRange)
    indirect case membership(ExpressionSyntax, negated: Bool, values: [SetElementSyntax], range: SourceRange)
    case count(CountKind, SignedIntegerSyntax, [ExpressionSyntax], range: SourceRange)
    /// `utility(PARTY)`: a party's utility, which compares only with a
    /// number (`utility` is a contextual keyword, a name anywhere else).
    case utility(party: NameSyntax, range: SourceRange)

    /// The range of the whole expression.
    public var range: SourceRange {
        switch self {
        case .integer(_, let r), .boolean(_, let r), .parenthesized(_, let r): return r
        case .name(let n): return n.range
        case .prefix(_, _, let operand, let r): return r.union(operand.range)
        case .chain(let operands, _): return operands[0].range.union(operands[operands.count - 1].range)
        case .comparison(let l, _, let r, _): return l.range.union(r.range)
        case .membership(let l, _, _, let r): return l.range.union(r)
        case .count(_, _, _, let r), .utility(_, let r): return r
        }
    }
}
