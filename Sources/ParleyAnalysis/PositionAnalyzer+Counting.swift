import ParleyModel
import ParleySAT

extension PositionAnalyzer {
    /// The exact number of agreements meeting every demand, counting
    /// assignments to all issues.
    ///
    /// Issues no demand mentions multiply the count by their domain sizes.
    /// The rest fall into independent parts (issues linked by demands), each
    /// counted on its own and multiplied. Within a part, every model is
    /// grown into a cube: each issue in turn is let range over its whole
    /// domain (or, for an integer issue, the widest interval around its
    /// value) as long as every demand of the part still holds throughout
    /// and the cube stays clear of the cubes already counted (both checked
    /// by ``BoxEvaluator``). The cube's size is added and the cube blocked,
    /// so the next model lies outside it. Cubes are disjoint and cover
    /// every model, so the sum is exact.
    func countAgreements() -> BigCount {
        var total = BigCount.one
        var mentioned = Set<Int>()
        for part in independentParts(Array(demands.indices)) {
            let partIssues = Array(Set(part.flatMap { demands[$0].issues })).sorted()
            mentioned.formUnion(partIssues)
            total = total * countPart(part, issues: partIssues)
            if total.isZero { return total }
        }
        for (i, issue) in issues.enumerated() where !mentioned.contains(i) {
            total = total * BigCount(issue.domain.size)
        }
        return total
    }

    private func domainRange(_ issue: Int) -> ClosedRange<Int64> {
        switch issues[issue].domain {
        case .values(let names): return 0...Int64(names.count - 1)
        case .bool: return 0...1
        case .integers(let low, let high): return low...high
        }
    }

    /// The bit mask of every value of an issue with named values or a bool
    /// issue (0 for integer issues and domains of over 64 values).
    private func fullMask(_ issue: Int) -> UInt64 {
        let size = issues[issue].domain.size
        switch issues[issue].domain {
        case .integers: return 0
        default: return size >= 64 ? 0 : (UInt64(1) << size) - 1
        }
    }

    private func countPart(_ part: [Int], issues partIssues: [Int]) -> BigCount {
        let activation = encoding.circuit.fresh()
        defer { encoding.solver.addClause([!activation]) }
        var conditions = part.map { demands[$0].condition }
        // Which conditions mention each issue: widening one issue can only
        // change those, and every condition holds throughout the box before.
        var conditionsOf: [Int: [Int]] = [:]
        for (index, demand) in part.enumerated() {
            for issue in demands[demand].issues { conditionsOf[issue, default: []].append(index) }
        }
        var count = BigCount.zero
        var cubes = 0
        while true {
            let answer = solve(part, extra: [activation])
            if answer == .unknown {
                markCut("agreements", "timeout")
                return count
            }
            guard answer == .satisfiable else { return count }
            let model = encoding.decode(encoding.solver.model)
            var box = BoxEvaluator(ranges: model.map { $0...$0 }, masks: model.indices.map { issue in
                fullMask(issue) == 0 ? 0 : UInt64(1) << UInt64(model[issue])
            })
            for issue in partIssues {
                // Widening is work outside the solver, which checks the
                // deadline itself: check it here too, or a large part could
                // run past --timeout and ignore Ctrl-C. The cube in hand is
                // left out, so the count stays a lower bound.
                if outOfTime() {
                    markCut("agreements", "timeout")
                    return count
                }
                func holdsThroughout() -> Bool {
                    (conditionsOf[issue] ?? []).allSatisfy { box.evaluate(conditions[$0]) == true }
                }
                let fixed = box.ranges[issue]
                let fixedMask = box.masks[issue]
                box.ranges[issue] = domainRange(issue)
                box.masks[issue] = fullMask(issue)
                if holdsThroughout() { continue }
                guard case .integers = issues[issue].domain else {
                    // The values that each hold throughout, if together
                    // they do too; else the model's value alone.
                    box.ranges[issue] = fixed
                    var mask: UInt64 = 0
                    if fixedMask != 0 {
                        for value in 0..<64 where fullMask(issue) & (UInt64(1) << UInt64(value)) != 0 {
                            box.masks[issue] = UInt64(1) << UInt64(value)
                            if holdsThroughout() { mask |= UInt64(1) << UInt64(value) }
                        }
                        box.masks[issue] = mask
                        if mask == 0 || !holdsThroughout() { box.masks[issue] = fixedMask }
                    } else {
                        box.masks[issue] = 0
                    }
                    continue
                }
                // Widest interval around the value: shrinking a box never
                // turns a condition that holds throughout into one that
                // does not, so both ends can be found by bisection.
                let value = fixed.lowerBound
                let full = domainRange(issue)
                var low = full.lowerBound
                var high = value
                while low < high {
                    let middle = low + (high - low) / 2
                    box.ranges[issue] = middle...value
                    if holdsThroughout() { high = middle } else { low = middle + 1 }
                }
                let start = low
                low = value
                high = full.upperBound
                while low < high {
                    let middle = low + (high - low + 1) / 2
                    box.ranges[issue] = start...middle
                    if holdsThroughout() { low = middle } else { high = middle - 1 }
                }
                box.ranges[issue] = start...low
            }
            var size = BigCount.one
            var clause = [!activation]
            var outside: [Condition] = []
            for issue in partIssues {
                let range = box.ranges[issue]
                let mask = box.masks[issue]
                let values = mask != 0 ? UInt64(mask.nonzeroBitCount) : UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
                size = size * BigCount(values)
                if mask != 0 ? mask == fullMask(issue) : range == domainRange(issue) { continue }
                switch issues[issue].domain {
                case .values, .bool:
                    let chosen = mask != 0
                        ? (0..<64).filter { mask & (UInt64(1) << UInt64($0)) != 0 }
                        : [Int(range.lowerBound)]
                    for value in 0..<Int(issues[issue].domain.size) where !chosen.contains(value) {
                        clause.append(encoding.equals(issue: issue, value: Int64(value)))
                    }
                    if case .bool = issues[issue].domain {
                        outside.append(chosen == [1] ? .not(.flag(issue: issue)) : .flag(issue: issue))
                    } else {
                        outside.append(.not(.member(issue: issue, values: chosen)))
                    }
                case .integers(_, let high):
                    clause.append(!encoding.atLeast(issue: issue, range.lowerBound))
                    if range.upperBound < high { clause.append(encoding.atLeast(issue: issue, range.upperBound + 1)) }
                    outside.append(.any([
                        .compare(LinearSum(terms: [.init(issue: issue, coefficient: 1)], constant: -range.lowerBound), .less),
                        .compare(LinearSum(terms: [.init(issue: issue, coefficient: 1)], constant: -range.upperBound), .greater),
                    ]))
                }
            }
            count = count + size
            cubes += 1
            options.progress?.found(cubes)
            if outside.isEmpty { return count }
            encoding.solver.addClause(clause)
            // Later cubes must stay clear of this one.
            let blocked = Condition.any(outside)
            for issue in blocked.mentionedIssues { conditionsOf[issue, default: []].append(conditions.count) }
            conditions.append(blocked)
            if cubes >= options.countLimit {
                markCut("agreements", "limit")
                return count
            }
        }
    }
}
