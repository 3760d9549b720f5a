/// A flag that asks running solves to stop, safe to raise from a signal
/// handler: raising it is a single store to memory allocated up front.
/// A solve that sees it raised answers `unknown`.
public final class StopSignal: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Int32>

    /// Makes a lowered flag.
    public init() {
        storage = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        storage.initialize(to: 0)
    }

    deinit {
        storage.deallocate()
    }

    /// Whether the flag has been raised.
    public var isRaised: Bool { storage.pointee != 0 }

    /// Raises the flag.
    public func raise() {
        storage.pointee = 1
    }
}
