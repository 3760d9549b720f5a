extension Int128 {
    /// The quotient rounded towards negative infinity (Swift's `/` rounds
    /// towards zero): where a comparison `c * x + r >= 0` starts or stops
    /// holding is a floor or a ceiling of `-r / c`.
    func floorDivided(by divisor: Int128) -> Int128 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The quotient rounded towards positive infinity.
    func ceilingDivided(by divisor: Int128) -> Int128 {
        -(-self).floorDivided(by: divisor)
    }
}
