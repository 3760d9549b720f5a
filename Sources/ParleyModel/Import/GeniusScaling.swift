/// The integer weights that reproduce GENIUS utilities on one common scale.
///
/// Each profile p, issue i and value v contribute `c = w_i * e_i(v) / max
/// e_i`, an exact fraction. Exactly: with L the least common multiple of
/// every denominator (over all profiles, so one scale serves them all) and
/// g the greatest common divisor of every `c * L`, the weight `c * L / g`
/// is an integer and `u_p = utility(p) * g / L` exactly. When the largest
/// such weight passes the language's weight limit, every contribution is
/// instead scaled by `S = floor(limit / max c)` and rounded to the nearest
/// integer: the smallest rounding the limit allows, each utility then
/// within half a unit per issue of `S * u_p`.
public struct GeniusScaling: Sendable {
    /// The largest weight a preference may have.
    public static let weightLimit: Int128 = 1_000_000_000

    /// `weights[p][i][v]`: the weight of value v of issue i for profile p
    /// (0 for no preference).
    public var weights: [[[Int64]]]
    /// GENIUS utility per unit of weight: `u_p = utility(p) * unit`.
    public var unit: Fraction
    /// Whether the weights are exact (else rounded).
    public var exact: Bool
    /// When rounded: for each profile, the most `utility(p)` can differ
    /// from `u_p / unit` over all agreements (the sum over issues of the
    /// largest rounding error of the issue's values), in weight units.
    public var roundingBound: [Fraction]

    /// Scales the profiles of a domain.
    /// - Throws: ``ImportError`` when a contribution does not fit in 128-bit
    ///   fractions (at the profile's file).
    public init(domain: GeniusDomain, profiles: [GeniusProfile]) throws(ImportError) {
        var contributions: [[[Fraction]]] = []
        for profile in profiles {
            var issues: [[Fraction]] = []
            for (i, issue) in domain.issues.enumerated() {
                var row: [Fraction] = []
                for v in issue.values.indices {
                    guard let c = profile.contribution(issue: i, value: v) else {
                        throw ImportError("the weight and evaluations of issue '\(issue.name)' are too precise to multiply exactly",
                                          in: profile.file, at: profile.file.contentStart, element: nil)
                    }
                    row.append(c)
                }
                issues.append(row)
            }
            contributions.append(issues)
        }
        let all = contributions.flatMap { $0.flatMap { $0 } }.filter { $0 > .zero }
        if let exact = GeniusScaling.exactly(contributions, all) {
            self = exact
            return
        }
        let largest = all.max() ?? Fraction(1)
        guard let ratio = Fraction(GeniusScaling.weightLimit).divided(by: largest) else {
            throw ImportError("the utilities are too precise to scale", in: domain.file, at: domain.file.contentStart, element: nil)
        }
        // S = floor(limit / largest), at least 1.
        let scale = max(Int128(1), ratio.numerator / ratio.denominator)
        var bounds: [Fraction] = []
        var weights: [[[Int64]]] = []
        for profile in contributions {
            var bound = Fraction.zero
            var rows: [[Int64]] = []
            for issue in profile {
                var worst = Fraction.zero
                var row: [Int64] = []
                for c in issue {
                    // Nearest integer to c * S, halves up.
                    let scaled = c.multiplied(by: Fraction(scale)) ?? .zero
                    let rounded = (2 * scaled.numerator + scaled.denominator) / (2 * scaled.denominator)
                    row.append(Int64(min(rounded, GeniusScaling.weightLimit)))
                    let error = Fraction(rounded * scaled.denominator - scaled.numerator, scaled.denominator) ?? .zero
                    let magnitude = error < .zero ? (Fraction(-error.numerator, error.denominator) ?? .zero) : error
                    if worst < magnitude { worst = magnitude }
                }
                bound = bound.adding(worst) ?? bound
                rows.append(row)
            }
            bounds.append(bound)
            weights.append(rows)
        }
        self.weights = weights
        self.unit = Fraction(1, scale) ?? Fraction(1)
        self.exact = false
        self.roundingBound = bounds
    }

    private init(weights: [[[Int64]]], unit: Fraction) {
        self.weights = weights
        self.unit = unit
        self.exact = true
        self.roundingBound = weights.map { _ in .zero }
    }

    /// The exact scaling, or nil when it passes the weight limit or 128 bits.
    private static func exactly(_ contributions: [[[Fraction]]], _ all: [Fraction]) -> GeniusScaling? {
        var common: Int128 = 1
        for c in all {
            guard let next = Fraction.lcm(common, c.denominator) else { return nil }
            common = next
        }
        var divisor: UInt128 = 0
        for c in all {
            let (n, overflow) = c.numerator.multipliedReportingOverflow(by: common / c.denominator)
            guard !overflow else { return nil }
            divisor = divisor == 0 ? n.magnitude : Fraction.gcd(divisor, n.magnitude)
        }
        let g = Int128(divisor == 0 ? 1 : divisor)
        var weights: [[[Int64]]] = []
        for profile in contributions {
            var rows: [[Int64]] = []
            for issue in profile {
                var row: [Int64] = []
                for c in issue {
                    let w = c.numerator * (common / c.denominator) / g
                    guard w <= weightLimit else { return nil }
                    row.append(Int64(w))
                }
                rows.append(row)
            }
            weights.append(rows)
        }
        guard let unit = Fraction(g, common) else { return nil }
        return GeniusScaling(weights: weights, unit: unit)
    }

    /// The smallest integer utility meeting a reservation value `r` on the
    /// exact scale (`utility(p) * unit >= r`), or nil when rounded.
    public func reservationThreshold(_ r: Fraction) -> Int128? {
        guard exact, let t = r.divided(by: unit) else { return nil }
        return t.ceiling
    }
}
