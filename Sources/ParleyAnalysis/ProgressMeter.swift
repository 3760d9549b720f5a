import Synchronization

/// What a running analysis is doing, for a progress line: the stage (what
/// is being enumerated) and how many items it has found. The analysis
/// updates it; another thread (the command line's) may read it at any time.
public final class ProgressMeter: Sendable {
    private let state = Mutex<(stage: String, found: Int)>((stage: "starting", found: 0))

    /// A meter at the start.
    public init() {}

    /// The current stage and count.
    public var current: (stage: String, found: Int) {
        state.withLock { $0 }
    }

    /// Enters a stage, with nothing found yet.
    public func begin(_ stage: String) {
        state.withLock { $0 = (stage, 0) }
    }

    /// Sets how many items the current stage has found.
    public func found(_ count: Int) {
        state.withLock { $0.found = count }
    }
}
