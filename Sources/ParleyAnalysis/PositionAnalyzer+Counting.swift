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

    private func countPart(_ part: [Int], issues partIssues: [Int]) -> BigCount {
        let activation = encoding.circuit.fresh()
        defer { encoding.solver.addClause([!activation]) }
        var conditions = part.map { demands[$0].condition }
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
            var box = BoxEvaluator(ranges: model.map { $0...$0 })
            func holdsThroughout() -> Bool {
                conditions.allSatisfy { box.evaluate($0) == true }
            }
            for issue in partIssues {
                let fixed = box.ranges[issue]
                box.ranges[issue] = domainRange(issue)
                if holdsThroughout() { continue }
                guard case .integers = issues[issue].domain else {
                    box.ranges[issue] = fixed
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
            for issue in partIssues {
                let range = box.ranges[issue]
                size = size * BigCount(UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1)
            }
            var clause = [!activation]
            var outside: [Condition] = []
            for issue in partIssues where box.ranges[issue] != domainRange(issue) {
                let range = box.ranges[issue]
                switch issues[issue].domain {
                case .values:
                    clause.append(!encoding.equals(issue: issue, value: range.lowerBound))
                    outside.append(.not(.member(issue: issue, values: [Int(range.lowerBound)])))
                case .bool:
                    clause.append(!encoding.equals(issue: issue, value: range.lowerBound))
                    outside.append(range.lowerBound == 1 ? .not(.flag(issue: issue)) : .flag(issue: issue))
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
            if outside.isEmpty { return count }
            encoding.solver.addClause(clause)
            // Later cubes must stay clear of this one.
            conditions.append(.any(outside))
            if cubes >= options.countLimit {
                markCut("agreements", "limit")
                return count
            }
        }
    }
}
