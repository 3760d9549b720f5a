import Testing
@testable import ParleyAnalysis

/// Big counts from machine integers, against products and known decimals.
@Suite struct BigCountTests {
    @Test func aWideCountEqualsTheProductOfItsHalves() {
        let value = (UInt128(0xDEAD_BEEF_0123_4567) << 64) | UInt128(0x89AB_CDEF_FEDC_BA98)
        let halves = BigCount(0xDEAD_BEEF_0123_4567) * BigCount(UInt64(1) << 32) * BigCount(UInt64(1) << 32)
            + BigCount(0x89AB_CDEF_FEDC_BA98)
        #expect(BigCount(wide: value) == halves)
    }

    @Test func twoToTheHundredPrintsInDecimal() {
        #expect(BigCount(wide: UInt128(1) << 100).description == "1267650600228229401496703205376")
    }

    @Test func aSumPastTwoToThe128EqualsTheSquareOfTwoToThe64() {
        let sum = BigCount(wide: UInt128.max) + BigCount(1)
        let square = BigCount(wide: UInt128(1) << 64) * BigCount(wide: UInt128(1) << 64)
        #expect(sum == square)
        #expect(sum.hashValue == square.hashValue)
        #expect(sum.description == "340282366920938463463374607431768211456")
    }

    @Test func aCountPastTwoToThe128IsAboveEveryInlineOne() {
        let large = BigCount(wide: UInt128.max) * BigCount(2)
        #expect(BigCount(wide: UInt128.max) < large)
        #expect(!(large < BigCount(wide: UInt128.max)))
        #expect(BigCount(3) < BigCount(5) && !(BigCount(5) < BigCount(3)))
        #expect(!(large < large))
    }

    @Test func productsOfWideFactorsMatchTheirDecimalValue() {
        let tenTo20 = BigCount(10_000_000_000) * BigCount(10_000_000_000)
        #expect(tenTo20.description == "100000000000000000000")
        #expect((tenTo20 * tenTo20).description == "1" + String(repeating: "0", count: 40))
        #expect((tenTo20 * BigCount(7)).description == "700000000000000000000")
        #expect(tenTo20.uint64Value == nil && BigCount(42).uint64Value == 42)
    }

    @Test func additionCarriesAcrossLimbsOfLargeCounts() {
        let twoTo160 = BigCount(wide: UInt128(1) << 80) * BigCount(wide: UInt128(1) << 80)
        let almost = twoTo160 + BigCount(wide: UInt128.max)
        // 2^160 + 2^128 - 1, then + 1 gives 2^160 + 2^128.
        #expect((almost + BigCount(1)) == twoTo160 + BigCount(wide: UInt128(1) << 127) + BigCount(wide: UInt128(1) << 127))
        #expect((BigCount(0) + twoTo160) == twoTo160 && (twoTo160 * BigCount(0)).isZero)
    }
}
