/// A lexical token: its kind and the bytes it covers.
public struct Token: Hashable, Sendable {
    /// What kind of token.
    public var kind: TokenKind
    /// The bytes it covers in the source.
    public var range: SourceRange
}

/// The kinds of token of the scenario language.
public enum TokenKind: Hashable, Sendable {
    case identifier
    case keyword(Keyword)
    /// An integer literal; its value is `nil` when it has more than 18 digits.
    case integer(Int64?)
    /// A string literal; ``Lexer/stringValue`` holds its decoded text.
    case string
    case punctuation(Punctuation)
    case endOfFile

    /// How a message names this kind of token.
    var description: String {
        switch self {
        case .identifier: "a name"
        case .keyword(let k): "'\(k.rawValue)'"
        case .integer: "an integer"
        case .string: "a string"
        case .punctuation(let p): "'\(p.rawValue)'"
        case .endOfFile: "the end of the file"
        }
    }
}

/// The reserved words of the language.
public enum Keyword: String, CaseIterable, Sendable {
    case scenario, issue, party, demand, prefer, weight, cost, source, whatif, concede
    case bool, `in`, not, and, or, implies, iff, `true`, `false`, atleast, atmost, exactly, of
}

/// Punctuation and operators.
public enum Punctuation: String, Sendable {
    case colon = ":", bar = "|", dotDot = "..", leftBrace = "{", rightBrace = "}"
    case leftParen = "(", rightParen = ")", comma = ",", dot = "."
    case equal = "==", notEqual = "!=", lessEqual = "<=", greaterEqual = ">="
    case less = "<", greater = ">", plus = "+", minus = "-", star = "*", at = "@"
}

/// A `#` comment, kept so that `parley fmt` can put it back.
public struct Comment: Hashable, Sendable {
    /// The comment's text, from `#` to the end of the line (no line break).
    public var text: String
    /// Where it is.
    public var range: SourceRange
    /// Whether code precedes it on its line.
    public var trailing: Bool
}
