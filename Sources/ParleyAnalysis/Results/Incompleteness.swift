/// Which part of an analysis a limit cut: the report's keys of that name.
public enum AnalysisPart: String, Hashable, Sendable {
    case conflicts, disputes, agreements, overlap, best, focal, dealPrices, pairs, coalitions, parties
    case common, gaps, ranges, shifts
}

/// What cut a part of an analysis short.
public enum CutReason: String, Hashable, Sendable {
    /// An enumeration limit (`--limit`, `--count-limit`).
    case limit
    /// The wall-clock bound (`--timeout`).
    case timeout
    /// Ctrl-C.
    case interrupted
}

/// Why part of an analysis is incomplete.
public struct Incompleteness: Hashable, Sendable {
    /// Which part was cut.
    public var part: AnalysisPart
    /// What cut it.
    public var reason: CutReason

    /// An entry for a part and a reason.
    public init(part: AnalysisPart, reason: CutReason) {
        self.part = part
        self.reason = reason
    }
}
