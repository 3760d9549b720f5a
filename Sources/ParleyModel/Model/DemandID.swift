/// The identity of a demand across the layers: its party's name and its own
/// name, written `party.name` (the qualified name the reports use).
///
/// Results name demands by this value, never by text; only the JSON writer
/// and the renderers turn it into `party.name`. The order is the report
/// contract's: qualified names compared by Unicode code point. Comparing the
/// party first and then the name gives that order, because `.` sorts below
/// every character an identifier may hold.
public struct DemandID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The party's name.
    public var party: String
    /// The demand's name within its party.
    public var name: String

    /// Names the demand `name` of party `party`.
    public init(party: String, name: String) {
        self.party = party
        self.name = name
    }

    /// `party.name`.
    public var qualifiedName: String { "\(party).\(name)" }

    /// `party.name`.
    public var description: String { qualifiedName }

    /// Code-point order of the qualified names.
    public static func < (a: DemandID, b: DemandID) -> Bool {
        if a.party != b.party { return codePointOrder(a.party, b.party) }
        return codePointOrder(a.name, b.name)
    }
}

/// Code-point order of strings, the order the report contract gives names.
public func codePointOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}
