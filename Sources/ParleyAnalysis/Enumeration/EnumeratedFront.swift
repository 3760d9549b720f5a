import ParleyModel

/// The Pareto front by listing every agreement, for outcome spaces small
/// enough to walk (at most ``outcomeLimit``) whose positions couple issues,
/// so that ``AdditiveFront`` does not apply: no solver call.
///
/// Each demand conjunct and each preference becomes a truth table over the
/// issues it mentions (built once with ``Condition/holds(_:)``), addressed
/// by a mixed-radix index of those issues' value positions; a `utility(p)`
/// comparison is judged from its own preferences' tables and weights
/// instead of a table over every issue it mentions. The walk then visits the agreements in order, an odometer over
/// the value positions, reading only flat arrays: the tables as bits, each
/// atom's issues and strides. Utility vectors of the agreements meeting
/// every demand are gathered and pruned to the nondominated ones every
/// ``chunk`` candidates (``AdditiveFront/nondominated(_:count:width:)``), so
/// memory stays bounded by the front.
struct EnumeratedFront {
    /// The most agreements the walk visits.
    static let outcomeLimit = 1 << 21
    /// How many candidates gather before a pruning.
    static let chunk = 1 << 15
    /// The most table entries all atoms may have together (each costs one
    /// evaluation of its condition to fill).
    static let tableBudget = 1 << 23
    /// The most steps the walk may take: agreements times the issues the
    /// atoms mention. Past either budget the solver is the better method.
    static let walkBudget = 1 << 27

    let issues: [Issue]
    let partyCount: Int
    /// Each issue's number of values.
    private var sizes: [Int] = []
    /// Each atom's issues and their strides into its table, flat; atom k's
    /// run is `atomStart[k]..<atomStart[k + 1]`.
    private var atomIssues: [Int] = []
    private var atomStrides: [Int] = []
    private var atomStart: [Int] = [0]
    /// Each atom's table as bits, flat; atom k's starts at `tableStart[k]`.
    private var tableBits: [UInt64] = []
    private var tableStart: [Int] = []
    /// The demand atoms (indexes of atoms), then the preference atoms with
    /// their party and weight.
    private var demandAtoms: [Int] = []
    private var preferenceAtoms: [Int] = []
    private var preferenceParty: [Int] = []
    private var preferenceWeight: [Int64] = []
    /// `utility(p) relation bound` demands: the comparison (a bound with no
    /// preferences attached), and its preferences as atoms with weights,
    /// demand j's run `utilityStart[j]..<utilityStart[j + 1]`.
    private var utilityBound: [UtilityBound] = []
    private var utilityAtoms: [Int] = []
    private var utilityWeights: [Int64] = []
    private var utilityStart: [Int] = [0]

    /// Prepares the walk, or nil when there are too many agreements.
    init?(issues: [Issue], demands: [Condition], parties: [Party]) {
        self.issues = issues
        partyCount = parties.count
        var total = 1
        for issue in issues {
            let size: Int
            switch issue.domain {
            case .values(let names): size = names.count
            case .bool: size = 2
            case .integers(let low, let high):
                let (span, overflow) = high.subtractingReportingOverflow(low)
                guard !overflow, span < Int64(EnumeratedFront.outcomeLimit) else { return nil }
                size = Int(span) + 1
            }
            sizes.append(size)
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow, product <= EnumeratedFront.outcomeLimit else { return nil }
            total = product
        }
        var atoms: [Condition] = []
        var utilityConditions: [[Condition]] = []
        for demand in demands.flatMap(\.conjuncts) {
            if case .utility(let bound) = demand {
                utilityBound.append(UtilityBound(party: bound.party, relation: bound.relation, bound: bound.bound))
                utilityConditions.append(bound.conditions)
                utilityWeights += bound.weights
                continue
            }
            atoms.append(demand)
        }
        let demandCount = atoms.count
        for conditions in utilityConditions { atoms += conditions }
        let utilityEnd = atoms.count
        for (p, party) in parties.enumerated() {
            for preference in party.preferences {
                atoms.append(preference.condition)
                preferenceParty.append(p)
                preferenceWeight.append(preference.weight)
            }
        }
        // Both budgets, before any table is filled.
        var entries = 0
        var steps = 0
        for atom in atoms {
            let mentioned = atom.mentionedIssues
            entries += mentioned.reduce(1) { $0 * sizes[$1] }
            steps += mentioned.count + 1
            guard entries <= EnumeratedFront.tableBudget, total * steps <= EnumeratedFront.walkBudget else { return nil }
        }
        for (k, atom) in atoms.enumerated() {
            let index = addAtom(atom)
            if k < demandCount {
                demandAtoms.append(index)
            } else if k < utilityEnd {
                utilityAtoms.append(index)
            } else {
                preferenceAtoms.append(index)
            }
        }
        for conditions in utilityConditions { utilityStart.append(utilityStart[utilityStart.count - 1] + conditions.count) }
    }

    /// The value an issue takes at a value position.
    private func value(_ issue: Int, at position: Int) -> Int64 {
        if case .integers(let low, _) = issues[issue].domain { return low + Int64(position) }
        return Int64(position)
    }

    /// Tabulates a condition over the issues it mentions; its atom index.
    private mutating func addAtom(_ condition: Condition) -> Int {
        let mentioned = condition.mentionedIssues
        var stride = 1
        for issue in mentioned {
            atomIssues.append(issue)
            atomStrides.append(stride)
            stride *= sizes[issue]
        }
        atomStart.append(atomIssues.count)
        tableStart.append(tableBits.count)
        let base = tableBits.count
        tableBits += [UInt64](repeating: 0, count: (stride + 63) / 64)
        var agreement = issues.indices.map { value($0, at: 0) }
        var digits = [Int](repeating: 0, count: mentioned.count)
        for entry in 0..<stride {
            if condition.holds(agreement) { tableBits[base + entry >> 6] |= 1 << UInt64(entry & 63) }
            // Next combination of the mentioned issues' values.
            var k = 0
            while k < digits.count {
                digits[k] += 1
                if digits[k] < sizes[mentioned[k]] {
                    agreement[mentioned[k]] = value(mentioned[k], at: digits[k])
                    break
                }
                digits[k] = 0
                agreement[mentioned[k]] = value(mentioned[k], at: 0)
                k += 1
            }
        }
        return tableStart.count - 1
    }

    /// Whether every `utility(p)` comparison holds at the value positions
    /// `digits`.
    private func meetsUtilities(_ digits: [Int]) -> Bool {
        for j in utilityBound.indices {
            var sum: Int64 = 0
            for a in utilityStart[j]..<utilityStart[j + 1] where holds(utilityAtoms[a], digits) { sum += utilityWeights[a] }
            if !utilityBound[j].holds(utility: sum) { return false }
        }
        return true
    }

    /// Whether atom k holds at the value positions `digits`.
    @inline(__always)
    private func holds(_ k: Int, _ digits: [Int]) -> Bool {
        var index = 0
        for j in atomStart[k]..<atomStart[k + 1] { index += digits[atomIssues[j]] * atomStrides[j] }
        return tableBits[tableStart[k] + index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// The front, by descending utility vector; nil when time ran out
    /// (asked every ``chunk`` agreements).
    func front(options: AnalysisOptions) -> [AdditiveFront.Point]? {
        let width = partyCount
        var digits = [Int](repeating: 0, count: issues.count)
        var vectors: [Int64] = []
        var ordinals: [Int] = []
        var utility = [Int64](repeating: 0, count: width)
        var ordinal = 0
        var visited = 0
        var more = true
        while more {
            let meets = meetsDemands(digits)
            if meets {
                for p in 0..<width { utility[p] = 0 }
                for (j, k) in preferenceAtoms.enumerated() where holds(k, digits) { utility[preferenceParty[j]] += preferenceWeight[j] }
                vectors += utility
                ordinals.append(ordinal)
                if ordinals.count >= EnumeratedFront.chunk { EnumeratedFront.prune(&vectors, &ordinals, width: width) }
            }
            visited += 1
            if visited & (EnumeratedFront.chunk - 1) == 0, options.isOutOfTime { return nil }
            // The odometer: the first issue turns fastest.
            ordinal += 1
            more = false
            for i in digits.indices {
                digits[i] += 1
                if digits[i] < sizes[i] {
                    more = true
                    break
                }
                digits[i] = 0
            }
        }
        EnumeratedFront.prune(&vectors, &ordinals, width: width)
        return ordinals.indices.map { k in
            var rest = ordinals[k]
            var agreement: [Int64] = []
            for i in issues.indices {
                agreement.append(value(i, at: rest % sizes[i]))
                rest /= sizes[i]
            }
            return AdditiveFront.Point(agreement: agreement, utilities: Array(vectors[(k * width)..<((k + 1) * width)]))
        }
    }

    /// Whether the agreement `digits` meets every demand, utility floors
    /// included.
    private func meetsDemands(_ digits: [Int]) -> Bool {
        for k in demandAtoms where !holds(k, digits) { return false }
        return utilityBound.isEmpty || meetsUtilities(digits)
    }

    /// How many agreements meet every demand (preferences play no part);
    /// nil when time ran out (asked every ``chunk`` agreements).
    func count(options: AnalysisOptions) -> Int? {
        var digits = [Int](repeating: 0, count: issues.count)
        var total = 0
        var visited = 0
        var more = true
        while more {
            let meets = meetsDemands(digits)
            if meets { total += 1 }
            visited += 1
            if visited & (EnumeratedFront.chunk - 1) == 0, options.isOutOfTime { return nil }
            more = false
            for i in digits.indices {
                digits[i] += 1
                if digits[i] < sizes[i] {
                    more = true
                    break
                }
                digits[i] = 0
            }
        }
        return total
    }

    /// Keeps the nondominated candidates, the first agreement of equal
    /// vectors (candidates are in walk order), in descending order.
    private static func prune(_ vectors: inout [Int64], _ ordinals: inout [Int], width: Int) {
        guard !ordinals.isEmpty else { return }
        let kept = AdditiveFront.nondominated(vectors, count: ordinals.count, width: width)
        var nextVectors: [Int64] = []
        nextVectors.reserveCapacity(kept.count * width)
        var nextOrdinals: [Int] = []
        // Survivors in walk order, so that earlier agreements keep winning ties.
        for k in kept.sorted() {
            nextVectors += vectors[(k * width)..<((k + 1) * width)]
            nextOrdinals.append(ordinals[k])
        }
        vectors = nextVectors
        ordinals = nextOrdinals
    }
}
