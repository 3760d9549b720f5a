import Foundation
import ParleyAnalysis
import Synchronization

/// The one-line progress indicator on standard error: shown only when
/// standard error is a terminal and the analysis has run for a second; it
/// says what is being enumerated and how much is found, and is erased when
/// the analysis ends.
final class ProgressLine: Sendable {
    /// What the analysis reports to.
    let meter = ProgressMeter()
    private let finished = Mutex(false)
    private let done = DispatchSemaphore(value: 0)

    /// Starts watching the meter if standard error is a terminal; nil when
    /// it is not (nothing is printed then).
    static func start() -> ProgressLine? {
        guard isatty(2) == 1 else { return nil }
        let line = ProgressLine()
        Thread.detachNewThread { line.watch() }
        return line
    }

    private func watch() {
        let start = ContinuousClock.now
        var shown = false
        while !finished.withLock({ $0 }) {
            Thread.sleep(forTimeInterval: 0.2)
            let elapsed = ContinuousClock.now - start
            guard elapsed >= .seconds(1), !finished.withLock({ $0 }) else { continue }
            let (stage, found) = meter.current
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let count = found > 0 ? ": \(found) found" : ""
            let text = "parley: \(stage)\(count) (\(Int(seconds)) s)"
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text.prefix(100))".utf8))
            shown = true
        }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        done.signal()
    }

    /// Stops the indicator and erases its line.
    func stop() {
        finished.withLock { $0 = true }
        done.wait()
    }
}
