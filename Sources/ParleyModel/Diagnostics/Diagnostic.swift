/// One problem found in a scenario file.
///
/// A diagnostic carries a stable identifier (for scripts and tests), a
/// message, the range it is about, and optional notes that point elsewhere
/// ("first declared here").
public struct Diagnostic: Hashable, Sendable {
    /// How serious the problem is.
    public enum Severity: String, Sendable {
        /// The file is invalid.
        case error
        /// The file is valid, but something is probably a mistake.
        case warning
        /// Extra information attached to another diagnostic.
        case note
    }

    /// A secondary location attached to a diagnostic.
    public struct Note: Hashable, Sendable {
        /// What the note says.
        public var message: String
        /// Where it points.
        public var range: SourceRange
    }

    /// The catalogue entry: identifier, severity and message.
    public var kind: DiagnosticKind
    /// The offending bytes; the caret points at the first.
    public var range: SourceRange
    /// Secondary locations.
    public var notes: [Note]

    /// Makes a diagnostic from a catalogue entry.
    public init(_ kind: DiagnosticKind, at range: SourceRange, notes: [Note] = []) {
        self.kind = kind
        self.range = range
        self.notes = notes
    }

    /// The severity.
    public var severity: Severity { kind.severity }
    /// A stable, kebab-case identifier, e.g. `unknown-issue`.
    public var identifier: String { kind.identifier }
    /// The message, one line, without location.
    public var message: String { kind.message }
}
