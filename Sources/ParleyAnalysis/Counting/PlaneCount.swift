/// The count of a component whose undecided atoms leave two free integer
/// issues, x and y, in closed form rather than value by value.
///
/// Once every other issue is fixed, each atom on y holds on one side of a
/// boundary ⌊(slope·x + offset) / divisor⌋ (``PlaneBoundary``), and each
/// atom on x alone on one side of a cut. Between consecutive cuts, and the
/// points where two boundaries cross or one leaves y's range, the
/// boundaries keep their order, so the y-range splits into the same pieces
/// for every x of the run, each piece meeting the conditions throughout or
/// nowhere. A piece's size summed over the run is a difference of two
/// floor sums, computed in O(log) steps; its truth is read at one point
/// inside it. The work grows with the number of atoms squared, not with
/// the width of the ranges.
///
/// An equation or inequation in both x and y (`x + 2·y == 17`) holds on
/// a line rather than on one side of one: it gives two parallel
/// boundaries, one apart, the piece between them one value wide at the x
/// where the line meets whole numbers and empty elsewhere. Its size is
/// summed like any other piece; only its truth needs an x where it is not
/// empty, looked for near the run's ends (else the count is left to
/// ``BoxCounter``'s sweep).
enum PlaneCount {
    /// The largest magnitude of a coefficient, constant or end of a range
    /// counted in the plane: with it, every product and floor sum of
    /// ``PlaneBoundary`` stays within 128 bits (2^40 cubed is 2^120).
    static let magnitudeLimit: UInt128 = 1 << 40

    /// The agreements of the box on x and y meeting the conditions whose
    /// nodes are `roots`, and the number of runs of x counted (each one a
    /// box against the limit); nil when an atom is not of a kind handled
    /// here. The box is left as it was.
    static func count(_ roots: [Int], x: Int, y: Int, box: inout FlatBoxEvaluator) -> (count: BigCount, runs: Int)? {
        var boundaries: [PlaneBoundary] = []
        var cuts: [Int128] = []
        for root in roots {
            guard box.planeBoundaries(of: root, x: x, y: y, into: &boundaries, cuts: &cuts) else { return nil }
        }
        let xRange = box.ranges[x]
        let yRange = box.ranges[y]
        let (xLow, xHigh) = (Int128(xRange.lowerBound), Int128(xRange.upperBound))
        let (yLow, yEnd) = (Int128(yRange.lowerBound), Int128(yRange.upperBound) + 1)
        for end in [xLow, xHigh, yLow, yEnd] where end.magnitude > magnitudeLimit { return nil }
        for boundary in boundaries
        where boundary.slope.magnitude > magnitudeLimit || boundary.offset.magnitude > magnitudeLimit {
            return nil
        }
        // Every x from which the pieces may change: the cuts of atoms on x
        // alone, where a boundary enters or leaves y's range, and where two
        // boundaries cross.
        for (i, boundary) in boundaries.enumerated() {
            if let cut = boundary.flip(at: yLow) { cuts.append(cut) }
            if let cut = boundary.flip(at: yEnd) { cuts.append(cut) }
            for other in boundaries[(i + 1)...] {
                if let cut = boundary.crossing(other) { cuts.append(cut) }
            }
        }
        cuts.removeAll { $0 <= xLow || $0 > xHigh }
        cuts.sort()
        var starts = [xLow]
        for cut in cuts where cut != starts[starts.count - 1] { starts.append(cut) }

        let saved = (xRange, yRange)
        defer { (box.ranges[x], box.ranges[y]) = saved }
        var total = BigCount.zero
        var pieces: [PlaneBoundary] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] - 1 : xHigh
            guard let run = countRun(from: start, through: end, boundaries, yLow, yEnd, roots, x, y, &box, &pieces) else {
                return nil
            }
            total = total + run
        }
        return (total, starts.count)
    }

    /// The count over x = start...end, a run in which no boundary crosses
    /// another or an end of y's range. Nil if the run turns out not to be
    /// one (a guard: the cuts make it one).
    private static func countRun(
        from start: Int128, through end: Int128, _ boundaries: [PlaneBoundary], _ yLow: Int128, _ yEnd: Int128,
        _ roots: [Int], _ x: Int, _ y: Int, _ box: inout FlatBoxEvaluator, _ pieces: inout [PlaneBoundary]
    ) -> BigCount? {
        // The boundaries in y's range, bottom to top, between its two ends;
        // those outside it split nothing.
        pieces.removeAll(keepingCapacity: true)
        pieces.append(.constant(yLow))
        for boundary in boundaries {
            let first = boundary.value(at: start)
            let last = boundary.value(at: end)
            let (low, high) = (min(first, last), max(first, last))
            if high <= yLow || low >= yEnd { continue }
            guard low >= yLow && high <= yEnd else { return nil }
            pieces.append(boundary)
        }
        pieces.append(.constant(yEnd))
        pieces[1..<(pieces.count - 1)].sort { $0.isBelow($1, from: start, through: end) }

        let length = end - start + 1
        var total = BigCount.zero
        var below = yLow * length
        for k in 0..<(pieces.count - 1) {
            let above = pieces[k + 1].sum(from: start, through: end)
            let size = above - below
            defer { below = above }
            guard size >= 0 else { return nil }
            if size == 0 { continue }
            guard let at = pointOfPiece(pieces[k], pieces[k + 1], from: start, through: end) else { return nil }
            box.ranges[x] = Int64(at)...Int64(at)
            let yValue = Int64(pieces[k].value(at: at))
            box.ranges[y] = yValue...yValue
            var holds = true
            for root in roots where box.evaluate(root) != true {
                holds = false
                break
            }
            if holds { total = total + BigCount(wide: UInt128(size)) }
        }
        return total
    }

    /// The most values of x tried, from each end of a run, for a point of
    /// a piece that is empty at both ends.
    private static let pointSearchLimit: Int128 = 64

    /// An x of the run at which the piece between the two boundaries is
    /// not empty. The ends are tried first: the gap between two lines is
    /// linear, so it is widest at one of them, and a gap of 1 or more
    /// holds a value. A piece narrower than 1 throughout may hold values
    /// only at scattered x; after a short search from both ends, nil (the
    /// caller then leaves the count to the sweep, which is exact).
    private static func pointOfPiece(_ lower: PlaneBoundary, _ upper: PlaneBoundary, from start: Int128, through end: Int128) -> Int128? {
        func holdsValues(_ at: Int128) -> Bool { upper.value(at: at) > lower.value(at: at) }
        if holdsValues(start) { return start }
        if holdsValues(end) { return end }
        var step: Int128 = 1
        while step <= pointSearchLimit && start + step <= end - step {
            if holdsValues(start + step) { return start + step }
            if holdsValues(end - step) { return end - step }
            step += 1
        }
        return nil
    }
}
