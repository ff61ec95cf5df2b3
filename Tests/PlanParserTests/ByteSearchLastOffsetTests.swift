import Testing
@testable import PlanParser

/// `ByteSearch.lastOffset`, eight bytes a step backwards, against a byte-at-a-time reading
/// over every range of random texts shorter and longer than a few steps.
@Suite struct ByteSearchLastOffsetTests {
    /// The last `byte` in `bytes[from..<to]`, a byte at a time.
    private func referenceOffset(of byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        (from..<to).last { bytes[$0] == byte }
    }

    @Test func lastOffsetFindsTheLastByteInEveryRange() {
        var generator = SplitMix64(seed: 41)
        for length in 0...40 {
            for _ in 0..<12 {
                // Few spaces (or none), so that long runs without one are searched too; the
                // bytes next to a space's value (0x1F, 0x21) and 0xA0, its value with the high
                // bit set, among the others.
                let bytes = (0..<length).map { _ -> UInt8 in
                    switch UInt8.random(in: 0...30, using: &generator) {
                    case 0: 0x20
                    case 1: 0x1F
                    case 2: 0x21
                    case 3: 0xA0
                    default: UInt8.random(in: 0...0xFF, using: &generator) | 0x40
                    }
                }
                bytes.withUnsafeBufferPointer { buffer in
                    for from in 0...length {
                        for to in from...length {
                            #expect(ByteSearch.lastOffset(of: 0x20, in: buffer, from: from, to: to)
                                == referenceOffset(of: 0x20, in: bytes, from: from, to: to), "\(bytes) from \(from) to \(to)")
                        }
                    }
                }
            }
        }
    }
}
