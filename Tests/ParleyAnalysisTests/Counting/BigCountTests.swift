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
}
