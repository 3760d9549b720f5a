/// A non-negative integer of any size, for agreement and concession counts
/// (150 free issues of 1,001 values each already make a number of 451
/// digits). Little-endian limbs of 32 bits; only what counting needs:
/// addition, multiplication and decimal printing.
public struct BigCount: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Limbs, least significant first, without trailing zero limbs.
    private var limbs: [UInt32]

    /// Zero.
    public static let zero = BigCount(0)
    /// One.
    public static let one = BigCount(1)

    /// A count from a machine integer.
    public init(_ value: UInt64) {
        self.init(wide: UInt128(value))
    }

    /// A count from a 128-bit integer (labelled: beside the unlabelled
    /// 64-bit one, a literal such as `BigCount(0)` would be ambiguous).
    public init(wide value: UInt128) {
        limbs = []
        var rest = value
        while rest > 0 {
            limbs.append(UInt32(truncatingIfNeeded: rest))
            rest >>= 32
        }
    }

    /// Whether it is zero.
    public var isZero: Bool { limbs.isEmpty }

    /// The value, if it fits in 64 bits.
    public var uint64Value: UInt64? {
        guard limbs.count <= 2 else { return nil }
        var value: UInt64 = 0
        for (index, limb) in limbs.enumerated() { value |= UInt64(limb) << (32 * UInt64(index)) }
        return value
    }

    /// The sum.
    public static func + (a: BigCount, b: BigCount) -> BigCount {
        var result = BigCount(0)
        result.limbs.reserveCapacity(max(a.limbs.count, b.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(a.limbs.count, b.limbs.count) {
            let sum = UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
            result.limbs.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry > 0 { result.limbs.append(UInt32(carry)) }
        return result
    }

    /// The product.
    public static func * (a: BigCount, b: BigCount) -> BigCount {
        guard !a.isZero, !b.isZero else { return .zero }
        var product = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in a.limbs.indices {
            var carry: UInt64 = 0
            let x = UInt64(a.limbs[i])
            for j in b.limbs.indices {
                let t = x * UInt64(b.limbs[j]) + UInt64(product[i + j]) + carry
                product[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + b.limbs.count
            while carry > 0 {
                let t = UInt64(product[k]) + carry
                product[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        while product.last == 0 { product.removeLast() }
        var result = BigCount(0)
        result.limbs = product
        return result
    }

    public static func < (a: BigCount, b: BigCount) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }

    /// Every decimal digit.
    public var description: String {
        guard !isZero else { return "0" }
        var rest = limbs
        var chunks: [UInt32] = []  // base 10^9, least significant first
        while !rest.isEmpty {
            var remainder: UInt64 = 0
            for i in stride(from: rest.count - 1, through: 0, by: -1) {
                let value = remainder << 32 | UInt64(rest[i])
                rest[i] = UInt32(value / 1_000_000_000)
                remainder = value % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while rest.last == 0 { rest.removeLast() }
        }
        var text = String(chunks[chunks.count - 1])
        for chunk in chunks.dropLast().reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }
}
