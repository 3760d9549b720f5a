/// Prints an expression in canonical form: tokens separated by single
/// spaces, parentheses exactly as written, unary minus and set braces
/// attached (`-x`, `{a, b}`), integers without leading zeros. This text is
/// what `parley fmt` writes and what reports show as an item's `expression`.
public enum ExpressionPrinter {
    /// The canonical text of an expression.
    public static func text(_ expression: ExpressionSyntax) -> String {
        var out = ""
        out.reserveCapacity(64)
        write(expression, to: &out)
        return out
    }

    static func write(_ expression: ExpressionSyntax, to out: inout String) {
        switch expression {
        case .integer(let value, _):
            out += value.map(String.init) ?? "0"
        case .name(let name):
            out += name.text
        case .boolean(let value, _):
            out += value ? "true" : "false"
        case .parenthesized(let inner, _):
            out += "("
            write(inner, to: &out)
            out += ")"
        case .prefix(let isNot, let count, let operand, _):
            for _ in 0..<count { out += isNot ? "not " : "-" }
            write(operand, to: &out)
        case .chain(let operands, let operators):
            write(operands[0], to: &out)
            for (op, operand) in zip(operators, operands.dropFirst()) {
                out += " \(op.kind.rawValue) "
                write(operand, to: &out)
            }
        case .comparison(let left, let op, let right, _):
            write(left, to: &out)
            out += " \(op.rawValue) "
            write(right, to: &out)
        case .membership(let left, let negated, let values, _):
            write(left, to: &out)
            out += negated ? " not in {" : " in {"
            out += values.map(\.text).joined(separator: ", ")
            out += "}"
        case .count(let kind, let k, let items, _):
            out += "\(kind.rawValue) \(k.value ?? 0) of {"
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                write(item, to: &out)
            }
            out += "}"
        }
    }
}
