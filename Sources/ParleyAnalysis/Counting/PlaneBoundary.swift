/// Where an atom over two free integer issues x and y changes its truth,
/// as a function of x: the least y on the other side, ⌊(slope·x + offset) /
/// divisor⌋, for an atom that holds on one side of a line in the (x, y)
/// plane (a comparison `a·x + b·y + c >= 0`, or a bound on y alone when the
/// slope is 0).
///
/// The plane count (``PlaneCount``) sums such boundaries over runs of x in
/// closed form; they are kept in 128 bits with magnitudes bounded by
/// ``PlaneCount/magnitudeLimit`` so that no sum overflows.
struct PlaneBoundary {
    var slope: Int128
    var offset: Int128
    /// Positive.
    var divisor: Int128

    /// A boundary that does not depend on x.
    static func constant(_ y: Int128) -> PlaneBoundary {
        PlaneBoundary(slope: 0, offset: y, divisor: 1)
    }

    /// The boundary's y at this x.
    func value(at x: Int128) -> Int128 {
        (slope * x + offset).floorDivided(by: divisor)
    }

    /// The sum of the boundary's y over x = low...high.
    func sum(from low: Int128, through high: Int128) -> Int128 {
        PlaneBoundary.floorSum(count: high - low + 1, divisor: divisor, slope: slope, offset: slope * low + offset)
    }

    /// The first x from which the boundary's y is at least `y`, if the
    /// slope rises, or the first x from which it is below `y`, if it
    /// falls; nil when it does not depend on x. Either way: on each side of
    /// the x returned, the boundary stays on one side of `y`.
    func flip(at y: Int128) -> Int128? {
        // ⌊n / d⌋ >= y exactly when n >= y·d: where slope·x + offset
        // crosses y·divisor.
        PlaneBoundary.flip(slope: slope, offset: offset, threshold: y * divisor)
    }

    /// The first x from which `slope·x + offset >= threshold` holds
    /// (rising slope) or stops holding (falling slope); nil for slope 0.
    static func flip(slope: Int128, offset: Int128, threshold: Int128) -> Int128? {
        let needed = threshold - offset
        if slope > 0 { return needed.ceilingDivided(by: slope) }
        if slope < 0 { return (-needed).floorDivided(by: -slope) + 1 }
        return nil
    }

    /// The first x from which this boundary and the other change order as
    /// lines (before their slopes' rational values cross, one lies weakly
    /// below the other; from this x on, weakly above); nil if parallel.
    func crossing(_ other: PlaneBoundary) -> Int128? {
        // other - self, times both divisors: rises or falls through 0.
        PlaneBoundary.flip(
            slope: other.slope * divisor - slope * other.divisor,
            offset: other.offset * divisor - offset * other.divisor,
            threshold: 0)
    }

    /// Whether this boundary's line lies below the other's at the middle
    /// of x = low...high (between crossings, that orders them throughout).
    func isBelow(_ other: PlaneBoundary, from low: Int128, through high: Int128) -> Bool {
        // Both lines at (low + high) / 2, times 2 and both divisors.
        let twice = low + high
        return (slope * twice + 2 * offset) * other.divisor < (other.slope * twice + 2 * other.offset) * divisor
    }

    /// Σ ⌊(slope·i + offset) / divisor⌋ for i = 0..<count (divisor > 0),
    /// in O(log divisor) steps: the Euclid-like reduction of the floor sum
    /// (the lattice points under a line, counted by swapping the roles of
    /// the axes once the slope is below the divisor).
    static func floorSum(count: Int128, divisor: Int128, slope: Int128, offset: Int128) -> Int128 {
        var total: Int128 = 0
        var n = count
        var m = divisor
        var a = slope
        var b = offset
        // Negative or large slope and offset: take out their whole parts
        // so that 0 <= a, b < m.
        let wholeSlope = a.floorDivided(by: m)
        a -= wholeSlope * m
        total += wholeSlope * (n * (n - 1) / 2)
        let wholeOffset = b.floorDivided(by: m)
        b -= wholeOffset * m
        total += wholeOffset * n
        while n > 0 {
            if a >= m {
                let (whole, rest) = a.truncatingDivision(by: m)
                total += whole * (n * (n - 1) / 2)
                a = rest
            }
            if b >= m {
                let (whole, rest) = b.truncatingDivision(by: m)
                total += whole * n
                b = rest
            }
            let top = a * n + b
            if top < m { break }
            // The points under the line from the other axis: ⌊top / m⌋
            // columns, the remainder as the new offset.
            (n, b) = top.truncatingDivision(by: m)
            swap(&m, &a)
        }
        return total
    }
}
