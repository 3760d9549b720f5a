// The CDCL loop: propagate; on a conflict learn a clause and backjump; else
// check budgets, restarts and reduction, then decide (assumptions first, in
// order, each on a decision level of its own, as in MiniSat).

extension SolverEngine {
    /// Searches until an answer or a budget runs out. Leaves the assignment
    /// in place (``solve(assuming:)`` reads the model, then cancels).
    mutating func search() -> SolveResult {
        var conflictsThisCall = 0
        var restartIndex = 0
        var steps = 0
        if stopSignal?.isRaised == true { return .unknown }
        if let deadline, ContinuousClock.now >= deadline { return .unknown }
        while true {
            let restartBudget = Int(Luby.term(2, restartIndex) * 100)
            restartIndex += 1
            var conflictsThisRestart = 0
            while true {
                let conflict = propagate()
                if conflict != ClauseArena.none {
                    statistics.conflicts += 1
                    conflictsThisCall += 1
                    conflictsThisRestart += 1
                    if decisionLevel == 0 {
                        isConsistent = false
                        return .unsatisfiable
                    }
                    let (clause, level) = analyze(conflict)
                    cancel(to: level)
                    learn(clause)
                    decayActivities()
                    continue
                }
                steps += 1
                if let limit = conflictLimit, conflictsThisCall >= limit { return .unknown }
                if steps & 255 == 0 {
                    if let deadline, ContinuousClock.now >= deadline { return .unknown }
                    if stopSignal?.isRaised == true { return .unknown }
                }
                if conflictsThisRestart >= restartBudget {
                    statistics.restarts += 1
                    cancel(to: 0)
                    break
                }
                if statistics.conflicts >= nextReduce {
                    nextReduce = statistics.conflicts + 2000 + reduceIncrement * (statistics.conflicts / 2000)
                    reduceLearnts()
                }
                var next = Literal.undefined
                while decisionLevel < assumptions.count {
                    let assumption = assumptions[decisionLevel]
                    let value = values[assumption.index]
                    if value > 0 {
                        trailLimits.append(trail.count)  // already true: an empty level
                    } else if value < 0 {
                        core = Array(Set(analyzeFinal(!assumption))).sorted()
                        return .unsatisfiable
                    } else {
                        next = assumption
                        break
                    }
                }
                if next == Literal.undefined {
                    next = pickBranchLiteral()
                    if next == Literal.undefined { return .satisfiable }
                }
                statistics.decisions += 1
                trailLimits.append(trail.count)
                assign(next, reason: ClauseArena.none)
            }
        }
    }

    /// Adds a learnt clause and asserts its first literal.
    private mutating func learn(_ clause: [Literal]) {
        statistics.learntClauses += 1
        if clause.count == 1 {
            assign(clause[0], reason: ClauseArena.none)
            return
        }
        let c = arena.add(clause, learnt: true)
        learnts.append(c)
        attach(c)
        bumpClause(c)
        assign(clause[0], reason: c)
    }

    /// The unassigned variable of highest activity, with its saved phase.
    private mutating func pickBranchLiteral() -> Literal {
        while !heap.isEmpty {
            let v = heap.removeMax(activity)
            if values[2 * Int(v)] == 0 {
                return Variable(v).literal(negated: savedPhase[Int(v)])
            }
        }
        return Literal.undefined
    }
}
