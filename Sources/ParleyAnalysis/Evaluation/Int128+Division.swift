extension Int128 {
    /// The quotient rounded towards negative infinity (Swift's `/` rounds
    /// towards zero): where a comparison `c * x + r >= 0` starts or stops
    /// holding is a floor or a ceiling of `-r / c`.
    func floorDivided(by divisor: Int128) -> Int128 {
        let (quotient, remainder) = truncatingDivision(by: divisor)
        return (remainder != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The quotient rounded towards positive infinity.
    func ceilingDivided(by divisor: Int128) -> Int128 {
        -(-self).floorDivided(by: divisor)
    }

    /// The quotient rounded towards zero and the remainder, as `/` and `%`
    /// give them, in one step. When both operands fit in 64 bits (in the
    /// plane count, nearly always) the processor divides; 128-bit `/` and
    /// `%` are each a call into the runtime's software division.
    func truncatingDivision(by divisor: Int128) -> (quotient: Int128, remainder: Int128) {
        if let a = Int64(exactly: self), let d = Int64(exactly: divisor), !(a == .min && d == -1) {
            let (quotient, remainder) = a.quotientAndRemainder(dividingBy: d)
            return (Int128(quotient), Int128(remainder))
        }
        return quotientAndRemainder(dividingBy: divisor)
    }
}
