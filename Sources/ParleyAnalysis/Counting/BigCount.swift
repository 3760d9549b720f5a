/// A non-negative integer of any size, for agreement and concession counts
/// (150 free issues of 1,001 values each already make a number of 451
/// digits). Only what counting needs: addition, multiplication and decimal
/// printing.
///
/// Values below 2^128 are held inline, with no heap storage: the agreement
/// counter adds and multiplies such counts at every box and caches one per
/// component, where an array per value cost an allocation each time (and
/// most of the counter's reference counting). Larger values are
/// little-endian limbs of 32 bits.
public struct BigCount: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The value, when it is below 2^128 (then `limbs` is empty); else 0.
    private var small: UInt128
    /// The value's limbs, least significant first, without trailing zero
    /// limbs, when it is 2^128 or more (so at least five); else empty.
    /// One form per value, so that the synthesised equality holds.
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
        small = value
        limbs = []
    }

    /// A count from limbs (least significant first, trailing zeros
    /// allowed), in its one form.
    private init(limbs value: [UInt32]) {
        var value = value
        while value.last == 0 { value.removeLast() }
        if value.count <= 4 {
            var wide: UInt128 = 0
            for (index, limb) in value.enumerated() { wide |= UInt128(limb) << (32 * UInt128(index)) }
            small = wide
            limbs = []
        } else {
            small = 0
            limbs = value
        }
    }

    /// The value as limbs, least significant first (small values too).
    private var allLimbs: [UInt32] {
        guard limbs.isEmpty else { return limbs }
        var result: [UInt32] = []
        var rest = small
        while rest > 0 {
            result.append(UInt32(truncatingIfNeeded: rest))
            rest >>= 32
        }
        return result
    }

    /// Whether it is zero.
    public var isZero: Bool { limbs.isEmpty && small == 0 }

    /// The value, if it fits in 64 bits.
    public var uint64Value: UInt64? {
        guard limbs.isEmpty, small <= UInt128(UInt64.max) else { return nil }
        return UInt64(small)
    }

    /// The sum.
    public static func + (a: BigCount, b: BigCount) -> BigCount {
        if a.limbs.isEmpty && b.limbs.isEmpty {
            let (sum, overflow) = a.small.addingReportingOverflow(b.small)
            if !overflow { return BigCount(wide: sum) }
        }
        let x = a.allLimbs, y = b.allLimbs
        var result: [UInt32] = []
        result.reserveCapacity(max(x.count, y.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(x.count, y.count) {
            let sum = UInt64(i < x.count ? x[i] : 0) + UInt64(i < y.count ? y[i] : 0) + carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry > 0 { result.append(UInt32(carry)) }
        return BigCount(limbs: result)
    }

    /// The product.
    public static func * (a: BigCount, b: BigCount) -> BigCount {
        guard !a.isZero, !b.isZero else { return .zero }
        if a.limbs.isEmpty && b.limbs.isEmpty {
            // Two 64-bit values (the usual case) multiply in one full-width
            // step; wider ones when the product stays below 2^128.
            if a.small >> 64 == 0 && b.small >> 64 == 0 {
                let (high, low) = UInt64(a.small).multipliedFullWidth(by: UInt64(b.small))
                return BigCount(wide: UInt128(high) << 64 | UInt128(low))
            }
            let (product, overflow) = a.small.multipliedReportingOverflow(by: b.small)
            if !overflow { return BigCount(wide: product) }
        }
        let x = a.allLimbs, y = b.allLimbs
        var product = [UInt32](repeating: 0, count: x.count + y.count)
        for i in x.indices {
            var carry: UInt64 = 0
            let factor = UInt64(x[i])
            for j in y.indices {
                let t = factor * UInt64(y[j]) + UInt64(product[i + j]) + carry
                product[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + y.count
            while carry > 0 {
                let t = UInt64(product[k]) + carry
                product[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        return BigCount(limbs: product)
    }

    public static func < (a: BigCount, b: BigCount) -> Bool {
        // A value with limbs is at least 2^128, above every inline one.
        if a.limbs.isEmpty || b.limbs.isEmpty {
            return a.limbs.isEmpty && (!b.limbs.isEmpty || a.small < b.small)
        }
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }

    /// Every decimal digit.
    public var description: String {
        if limbs.isEmpty { return String(small) }
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
