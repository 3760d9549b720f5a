import Foundation
import ParleySAT

/// Ctrl-C during an analysis: the SIGINT handler raises a flag that every
/// solver call watches; the analysis then finishes at once with what it has,
/// marked incomplete, and the command exits 130.
enum Interruption {
    /// The flag the handler raises.
    static let signal = StopSignal()

    /// Installs the handler and returns the flag.
    static func install() -> StopSignal {
        Foundation.signal(SIGINT) { _ in Interruption.signal.raise() }
        return signal
    }
}
