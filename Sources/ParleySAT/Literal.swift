/// A propositional variable, numbered from 0.
public struct Variable: Hashable, Comparable, Sendable {
    /// The variable's index.
    public var index: Int32

    /// Makes a variable from its index.
    public init(_ index: Int32) {
        self.index = index
    }

    /// The positive or negative literal of this variable.
    public func literal(negated: Bool = false) -> Literal {
        Literal(raw: UInt32(index) << 1 | (negated ? 1 : 0))
    }

    public static func < (a: Variable, b: Variable) -> Bool { a.index < b.index }
}

/// A variable or its negation, packed as `2 * variable + sign` so that a
/// literal indexes arrays directly and its negation is one bit away.
public struct Literal: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `2 * variable + (negated ? 1 : 0)`.
    public var raw: UInt32

    /// Makes a literal from its packed form.
    @inlinable public init(raw: UInt32) {
        self.raw = raw
    }

    /// Makes a literal from a DIMACS number (non-zero; negative means negated).
    public init(dimacs: Int) {
        precondition(dimacs != 0, "0 is not a DIMACS literal")
        raw = UInt32(abs(dimacs) - 1) << 1 | (dimacs < 0 ? 1 : 0)
    }

    /// The literal's variable.
    @inlinable public var variable: Variable { Variable(Int32(raw >> 1)) }
    /// Whether this is the negative literal.
    @inlinable public var isNegated: Bool { raw & 1 == 1 }
    /// The literal as an array index.
    @inlinable public var index: Int { Int(raw) }
    /// The DIMACS number of the literal.
    public var dimacs: Int { (Int(raw >> 1) + 1) * (isNegated ? -1 : 1) }

    /// The negation.
    @inlinable public static prefix func ! (literal: Literal) -> Literal {
        Literal(raw: literal.raw ^ 1)
    }

    public static func < (a: Literal, b: Literal) -> Bool { a.raw < b.raw }

    public var description: String { String(dimacs) }

    /// Whether the literal is true in a model (values by variable index, as
    /// ``Solver/model`` holds them); false for a variable past its end.
    @inlinable public func isTrue(in model: [Bool]) -> Bool {
        let v = Int(raw >> 1)
        return v < model.count && model[v] != isNegated
    }

    /// A literal that is never a real one, for "none".
    public static let undefined = Literal(raw: UInt32.max)
}
