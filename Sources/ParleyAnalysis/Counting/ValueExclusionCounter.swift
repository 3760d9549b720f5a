import ParleyModel

/// Proves that no agreement meeting some demands gives an issue any of
/// some values, by counting the agreements that do: an exact count of
/// zero is the proof.
///
/// The overlap asks such questions by the thousand ("an agreement in which
/// this issue takes a value not seen yet?"), and most answers are no. The
/// solver proves each no by a search over the binary encoding of the sums
/// (on a demand with an equation over three wide integers, some 6 ms a
/// question), where the agreement counter settles a part of a few issues
/// in closed form or by sweeping, in about 500 boxes (1 ms). A count that
/// its box limit cuts proves nothing, and the solver is asked as before;
/// each such cut spends one of a few credits, each count that ends earns
/// one back, and without credit the counter is not tried again on these
/// demands: where counting does not pay, it soon stops costing. Only zero
/// or not matters, so the counter stops at the first agreement it meets
/// (`stopsAtFirstAgreement`): on large-5001 that ended all 31 counts the
/// limit used to cut, a quarter of a second of its report.
struct ValueExclusionCounter {
    private let counter: AgreementCounter
    private let conditions: [Int]
    private let issues: [Int]
    private let domains: [Domain]
    /// Cut counts still allowed (see above).
    private(set) var credit = ValueExclusionCounter.initialCredit

    /// The most boxes one count may take by default: about 3 ms, the time
    /// of a solver's proof on the demands that need the most boxes.
    static let boxLimit = 2_048
    /// The cut counts allowed before the first that ends.
    static let initialCredit = 4
    /// The most credit counts that end can build up.
    static let maximumCredit = 16

    /// The most boxes one count of this counter may take.
    private let boxLimit: Int

    /// A counter for agreements over the issues of these domains meeting
    /// every condition, each count held to `boxLimit` boxes.
    init(domains: [Domain], conditions: [Condition], options: AnalysisOptions, boxLimit: Int = ValueExclusionCounter.boxLimit) {
        self.boxLimit = boxLimit
        let conjuncts = conditions.flatMap(\.conjuncts)
        counter = AgreementCounter(domains: domains, conditions: conjuncts, options: options, stopsAtFirstAgreement: true)
        self.conditions = Array(conjuncts.indices)
        issues = Array(domains.indices)
        self.domains = domains
    }

    /// True if no agreement gives the integer `issue` a value in any of
    /// the ranges; false if some agreement does, or if that is not known.
    mutating func excludes(_ issue: Int, ranges: [ClosedRange<Int64>]) -> Bool {
        guard credit > 0, case .integers = domains[issue] else { return false }
        for range in ranges where !isEmpty(issue, .range(range)) { return false }
        return true
    }

    /// True if no agreement gives the named-value or bool `issue` any of
    /// the values (domain indexes); false if some agreement does, or if
    /// that is not known (also for domains the counter keeps as ranges,
    /// of 64 values or more).
    mutating func excludes(_ issue: Int, values: [Int64]) -> Bool {
        guard credit > 0, !values.isEmpty, BoxCounter.fullMask(domains[issue]) != 0 else { return false }
        return isEmpty(issue, .mask(values.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }))
    }

    private mutating func isEmpty(_ issue: Int, _ values: AgreementCounter.Values) -> Bool {
        let count = counter.count(conditions, over: issues, boxLimit: boxLimit, limiting: issue, to: values)
        if counter.cut != nil {
            credit -= 1
            return false
        }
        credit = min(credit + 1, ValueExclusionCounter.maximumCredit)
        return count.isZero
    }
}
