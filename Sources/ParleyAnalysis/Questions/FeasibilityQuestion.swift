/// Is there an agreement meeting every demand? One solver call with every
/// demand switched on.
enum FeasibilityQuestion {
    /// The answer, and one such agreement.
    struct Answer {
        /// nil when the call was cut.
        var feasible: Bool?
        /// The agreement found, when feasible.
        var example: [Int64]?
        var cuts: Cuts
    }

    static func ask(_ session: AnalysisSession) -> Answer {
        var cuts = session.cuts()
        session.options.progress?.begin("feasibility")
        switch session.solve(session.allDemands) {
        case .satisfiable: return Answer(feasible: true, example: session.lastModel(), cuts: cuts)
        case .unsatisfiable: return Answer(feasible: false, example: nil, cuts: cuts)
        case .unknown:
            cuts.add(.agreements, .timeout)
            return Answer(feasible: nil, example: nil, cuts: cuts)
        }
    }
}
