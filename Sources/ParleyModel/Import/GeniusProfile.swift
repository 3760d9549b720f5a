/// A GENIUS utility profile of one party over a ``GeniusDomain``: a linear
/// additive utility `u(x) = sum_i w_i * e_i(x_i) / max_v e_i(v)` with the
/// weights as written (GENIUS does not renormalise them), a reservation
/// value, and a discount factor (kept, but Parley has no time).
///
/// Every number is the exact fraction its decimal text spells.
public struct GeniusProfile: Sendable {
    /// The file, as named on the command line.
    public var file: SourceFile
    /// Each domain issue's weight, in the domain's issue order.
    public var weights: [Fraction]
    /// Each domain issue's evaluation of each of its values, in the
    /// domain's orders.
    public var evaluations: [[Fraction]]
    /// The reservation value (0 when the file has none).
    public var reservation: Fraction
    /// The discount factor, if the file gives one.
    public var discount: Fraction?

    /// Makes a profile.
    public init(file: SourceFile, weights: [Fraction], evaluations: [[Fraction]], reservation: Fraction, discount: Fraction?) {
        self.file = file
        self.weights = weights
        self.evaluations = evaluations
        self.reservation = reservation
        self.discount = discount
    }

    /// What value `value` of issue `issue` adds to the utility: `w_i *
    /// e_i(v) / max_v e_i(v)`, 0 when every evaluation of the issue is 0;
    /// nil when the exact product does not fit in 128 bits.
    public func contribution(issue: Int, value: Int) -> Fraction? {
        let maximum = evaluations[issue].max() ?? .zero
        guard maximum > .zero else { return .zero }
        return weights[issue].multiplied(by: evaluations[issue][value]).flatMap { $0.divided(by: maximum) }
    }
}
