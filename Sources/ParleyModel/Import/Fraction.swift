/// An exact rational number `numerator / denominator` over 128-bit
/// integers, always reduced with a positive denominator: the weights,
/// evaluations and reservation values of a GENIUS file, read from their
/// decimal text without rounding.
///
/// Arithmetic reports overflow by returning nil rather than trapping.
public struct Fraction: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The numerator (any sign).
    public private(set) var numerator: Int128
    /// The denominator, at least 1.
    public private(set) var denominator: Int128

    /// Zero.
    public static let zero = Fraction(reduced: 0, 1)

    private init(reduced numerator: Int128, _ denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `numerator / denominator`, reduced; nil when the denominator is 0.
    public init?(_ numerator: Int128, _ denominator: Int128) {
        guard denominator != 0 else { return nil }
        let divisor = Fraction.gcd(numerator.magnitude, denominator.magnitude)
        var n = numerator / Int128(divisor)
        var d = denominator / Int128(divisor)
        if d < 0 {
            n = -n
            d = -d
        }
        self.init(reduced: n, d)
    }

    /// An integer.
    public init(_ value: Int128) {
        self.init(reduced: value, 1)
    }

    /// Parses a decimal number as GENIUS writes it: an optional sign,
    /// digits with an optional fraction part, an optional exponent
    /// (`0.25`, `-3`, `.5`, `1.0E-4`); nil for anything else or when the
    /// value does not fit.
    public init?(decimal text: String) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var numerator: Int128 = 0
        var scale = 0
        var digits = 0
        var mantissaDigits = 0
        var seenPoint = false
        while let byte = bytes.first {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= 0x30 && byte <= 0x39 {
                // Leading zeros cost nothing; 36 significant digits fit.
                mantissaDigits += 1
                if numerator != 0 || byte != 0x30 { digits += 1 }
                guard digits <= 36 else { return nil }
                numerator = numerator * 10 + Int128(byte - 0x30)
                if seenPoint { scale += 1 }
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        guard mantissaDigits > 0 else { return nil }
        var exponent = 0
        if let first = bytes.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            guard let value = Int(String(decoding: bytes, as: UTF8.self)), abs(value) <= 40 else { return nil }
            exponent = value
            bytes = []
        }
        guard bytes.isEmpty else { return nil }
        let power = exponent - scale
        guard let magnitude = Fraction.powerOfTen(abs(power)) else { return nil }
        let signed = negative ? -numerator : numerator
        if power >= 0 {
            let (product, overflow) = signed.multipliedReportingOverflow(by: magnitude)
            guard !overflow else { return nil }
            self.init(product)
        } else {
            self.init(signed, magnitude)
        }
    }

    private static func powerOfTen(_ exponent: Int) -> Int128? {
        var result: Int128 = 1
        for _ in 0..<exponent {
            let (next, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = next
        }
        return result
    }

    /// The greatest common divisor (gcd(0, 0) is 1, so that dividing by it is safe).
    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }

    /// The least common multiple of two positive integers, or nil on overflow.
    static func lcm(_ a: Int128, _ b: Int128) -> Int128? {
        let (product, overflow) = (a / Int128(gcd(a.magnitude, b.magnitude))).multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }

    /// `self * other`, or nil on overflow.
    public func multiplied(by other: Fraction) -> Fraction? {
        // Cross-reduce first, so that only what must grow grows.
        let g1 = Int128(Fraction.gcd(numerator.magnitude, other.denominator.magnitude))
        let g2 = Int128(Fraction.gcd(other.numerator.magnitude, denominator.magnitude))
        let (n, o1) = (numerator / g1).multipliedReportingOverflow(by: other.numerator / g2)
        let (d, o2) = (denominator / g2).multipliedReportingOverflow(by: other.denominator / g1)
        guard !o1, !o2 else { return nil }
        return Fraction(n, d)
    }

    /// `self / other`, or nil on overflow or division by zero.
    public func divided(by other: Fraction) -> Fraction? {
        guard other.numerator != 0 else { return nil }
        guard let inverse = Fraction(other.denominator, other.numerator) else { return nil }
        return multiplied(by: inverse)
    }

    /// `self + other`, or nil on overflow.
    public func adding(_ other: Fraction) -> Fraction? {
        guard let common = Fraction.lcm(denominator, other.denominator) else { return nil }
        let (a, o1) = numerator.multipliedReportingOverflow(by: common / denominator)
        let (b, o2) = other.numerator.multipliedReportingOverflow(by: common / other.denominator)
        guard !o1, !o2 else { return nil }
        let (sum, o3) = a.addingReportingOverflow(b)
        guard !o3 else { return nil }
        return Fraction(sum, common)
    }

    /// The smallest integer at least this number.
    public var ceiling: Int128 {
        let quotient = numerator / denominator
        return numerator % denominator > 0 ? quotient + 1 : quotient
    }

    /// Compares exactly: by cross multiplication when the products fit,
    /// else by integer parts and then the remainders' reciprocals.
    public static func < (a: Fraction, b: Fraction) -> Bool {
        let (l, o1) = a.numerator.multipliedReportingOverflow(by: b.denominator)
        let (r, o2) = b.numerator.multipliedReportingOverflow(by: a.denominator)
        if !o1 && !o2 { return l < r }
        // Continued-fraction style: compare integer parts, then the
        // reciprocals of the remainders the other way round.
        let (qa, ra) = a.numerator.quotientAndRemainder(dividingBy: a.denominator)
        let (qb, rb) = b.numerator.quotientAndRemainder(dividingBy: b.denominator)
        let fa = ra < 0 ? qa - 1 : qa
        let fb = rb < 0 ? qb - 1 : qb
        if fa != fb { return fa < fb }
        let restA = ra < 0 ? ra + a.denominator : ra
        let restB = rb < 0 ? rb + b.denominator : rb
        if restA == 0 || restB == 0 { return restA < restB }
        guard let x = Fraction(a.denominator, restA), let y = Fraction(b.denominator, restB) else { return false }
        return y < x
    }

    /// `n/d`, or `n` for an integer.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }
}
