import ParleySAT

/// The parts one question had to leave incomplete, each once, in the order
/// met. Each question keeps its own and returns it with its answer; the
/// analysis lists them all.
struct Cuts {
    private let stop: StopSignal?
    /// The entries, in the order met.
    private(set) var entries: [Incompleteness] = []

    /// An empty record; `stop` tells a timeout from an interruption.
    init(stop: StopSignal?) {
        self.stop = stop
    }

    /// Records that `part` was cut. A solve stopped by Ctrl-C answers like
    /// one past its deadline, so a timeout while the stop signal is raised
    /// is recorded as an interruption.
    mutating func add(_ part: AnalysisPart, _ reason: CutReason) {
        let entry = Incompleteness(part: part, reason: reason == .timeout && stop?.isRaised == true ? .interrupted : reason)
        if !entries.contains(entry) { entries.append(entry) }
    }

    /// Records another question's cuts.
    mutating func add(_ other: Cuts) {
        for entry in other.entries { add(entry.part, entry.reason) }
    }

    /// Whether `part` was cut.
    func contains(_ part: AnalysisPart) -> Bool {
        entries.contains { $0.part == part }
    }
}
