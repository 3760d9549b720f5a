import ParleyModel

/// Counts exactly the agreements meeting a set of conditions, the way
/// #SAT solvers count models (exhaustive search with component
/// decomposition and caching: Bacchus, Dalmao and Pitassi 2003; sharpSAT,
/// Thurley 2006), but over issues and their values instead of clauses:
///
/// - A *box* gives each issue a set of values left: a range for integer
///   issues, a bit mask for named values and bools. ``BoxEvaluator``
///   decides which conditions hold throughout the box (dropped), fail
///   throughout (the box counts zero), or are undecided.
/// - Undecided conditions that share no *free* issue (one with more than
///   one value left) that they still depend on (one in an undecided atom)
///   are independent components: each is counted on its own and the counts
///   multiplied. Free issues no undecided condition depends on multiply the
///   count by their number of values.
/// - A condition left depending on one named-value or bool issue alone
///   narrows that issue to the values it allows before anything is split
///   (unit propagation, for boxes), so that the issue stops linking the
///   other conditions once it has one value left.
/// - A component is counted by splitting the issue most of its conditions
///   still depend on, and adding up the pieces: named values and bools one value at
///   a time (the values for which every condition holds in one piece), an
///   integer at the points where one of its comparisons turns from
///   undecided to decided, given the other issues' ranges (exactly where
///   the comparison flips when the others are fixed), or in halves when
///   there are none.
/// - A component's count is cached under its conditions and the values its
///   issues have left: fixing one issue often leaves parts that were met
///   before under another value of it. The key is a compact signature of
///   64-bit words, looked up without allocating (``ComponentCache``).
///
/// The counter is exact when ``cut`` is nil. Past `countLimit` boxes
/// (partial assignments) in one call, splits nested ``depthLimit`` deep, or
/// past the deadline, it stops and what it returns is a lower bound.
final class AgreementCounter {
    /// The search and all its state (``BoxCounter``).
    private var counter: BoxCounter

    /// Boxes split in the current call.
    var boxes: Int { counter.boxes }
    /// Why the current call stopped early, if it did.
    var cut: CutReason? { counter.cut }

    /// A counter for agreements on issues of these domains. Callers do well
    /// to split conditions into their top-level conjuncts first: `a and b`
    /// as two conditions may fall into different components.
    /// - Parameters:
    ///   - options: `countLimit` bounds the boxes one call of
    ///     ``count(_:over:)`` may split; the deadline, the stop signal and
    ///     the progress meter are heeded.
    ///   - depthLimit: the deepest splits may nest. Each level takes about
    ///     900 bytes of stack (measured in a release build), so the default
    ///     of 4,000 stays within half of the main thread's 8 MB.
    ///   - stopsAtFirstAgreement: for a counter asked only whether any
    ///     agreement exists: a split stops adding up its pieces at the
    ///     first that counts, so that a count of zero stays exact but any
    ///     other count (and every count cached) is only a lower bound, and
    ///     an agreement is found without counting all the others.
    init(domains: [Domain], conditions: [Condition], options: AnalysisOptions, depthLimit: Int = 4_000, stopsAtFirstAgreement: Bool = false) {
        counter = BoxCounter(
            domains: domains, conditions: conditions, options: options, depthLimit: depthLimit, stopsAtFirstAgreement: stopsAtFirstAgreement)
    }

    /// The number of assignments to `issues` that meet every condition
    /// listed (indexes into the counter's conditions, ascending; they may
    /// mention only these issues). A lower bound if ``cut`` is set after.
    /// `boxLimit` lowers `countLimit` for this call (a quick try before
    /// another method); components counted are cached either way.
    func count(_ conditionIndexes: [Int], over issues: [Int], boxLimit: Int? = nil) -> BigCount {
        counter.count(conditionIndexes, over: issues, boxLimit: boxLimit)
    }

    /// Some of one issue's values: a range of an integer issue's, or the
    /// bits of a mask of a named-value or bool issue's (bit k: the k-th
    /// value; for domains of fewer than 64 values, which the counter keeps
    /// as masks, ``BoxCounter/fullMask(_:)``).
    enum Values {
        case range(ClosedRange<Int64>)
        case mask(UInt64)
    }

    /// ``count(_:over:boxLimit:)`` with one of the issues limited to some
    /// of its values; the issue has its whole domain again after the call.
    func count(_ conditionIndexes: [Int], over issues: [Int], boxLimit: Int? = nil, limiting issue: Int, to values: Values) -> BigCount {
        counter.count(conditionIndexes, over: issues, boxLimit: boxLimit, limiting: issue, to: values)
    }
}
