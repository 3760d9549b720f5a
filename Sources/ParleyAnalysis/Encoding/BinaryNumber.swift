import ParleySAT

/// Reading the unsigned binary numbers the encoding builds (an integer
/// issue's offset from its minimum, a party's utility) out of a model.
enum BinaryNumber {
    /// The number the bits (least significant first) spell in the model.
    static func value(of bits: [Literal], in model: [Bool]) -> Int64 {
        var total: Int64 = 0
        for (i, bit) in bits.enumerated() where bit.isTrue(in: model) { total |= Int64(1) << i }
        return total
    }
}
