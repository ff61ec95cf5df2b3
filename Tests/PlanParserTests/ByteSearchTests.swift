import Testing
@testable import PlanParser

/// `ByteSearch`, which reads eight or sixteen bytes a step, against searches a byte at a
/// time over every range of random texts shorter and longer than a few steps, and its lane
/// pick against the lanes read one by one.
@Suite struct ByteSearchTests {
    /// The first `byte` in `bytes[from..<to]`, a byte at a time.
    private func referenceOffset(of byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        (from..<to).first { bytes[$0] == byte }
    }

    @Test func firstOffsetFindsTheFirstByteInEveryRange() {
        var generator = SplitMix64(seed: 13)
        for length in 0...80 {
            for _ in 0..<12 {
                // Few "(" (or none), so that long runs without one are searched too.
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...40, using: &generator) == 0 ? UInt8(ascii: "(") : UInt8.random(in: 0x41...0xFF, using: &generator) }
                for from in 0...length {
                    for to in from...length {
                        #expect(ByteSearch.firstOffset(of: UInt8(ascii: "("), in: bytes, from: from, to: to)
                            == referenceOffset(of: UInt8(ascii: "("), in: bytes, from: from, to: to))
                    }
                }
                let slice = bytes[(length / 3)...]
                #expect(ByteSearch.firstIndex(of: UInt8(ascii: "("), in: slice) == slice.firstIndex(of: UInt8(ascii: "(")))
            }
        }
    }

    /// The first `first`, `second` or byte below `limit` in `bytes` from `index`, a byte at
    /// a time, or the end.
    private func referenceOffset(ofEither first: UInt8, or second: UInt8, orBelow limit: UInt8, in bytes: [UInt8], from index: Int) -> Int {
        (index..<bytes.count).first { bytes[$0] == first || bytes[$0] == second || bytes[$0] < limit } ?? bytes.count
    }

    @Test func firstOffsetFindsTheFirstOfTwoBytesOrOneBelowALimit() {
        var generator = SplitMix64(seed: 29)
        for limit: UInt8 in [0, 0x20, 0x80] {
            for length in 0...70 {
                for _ in 0..<10 {
                    // Mostly bytes none of the tests flags (0x80 and up, or 0x30...0x7F under a
                    // limit of 0x80), so that long runs are passed over, with a rare quote,
                    // backslash or control.
                    let bytes = (0..<length).map { _ -> UInt8 in
                        switch UInt8.random(in: 0...60, using: &generator) {
                        case 0: UInt8(ascii: "\"")
                        case 1: UInt8(ascii: "\\")
                        case 2: UInt8.random(in: 0...0x1F, using: &generator)
                        case 3: UInt8.random(in: 0x20...0x7F, using: &generator)
                        default: UInt8.random(in: 0x80...0xFF, using: &generator)
                        }
                    }
                    let expected = (0...length).map {
                        referenceOffset(ofEither: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), orBelow: limit, in: bytes, from: $0)
                    }
                    let found = bytes.withUnsafeBufferPointer { buffer in
                        (0...length).map {
                            ByteSearch.firstOffset(ofEither: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), orBelow: limit, in: buffer, from: $0)
                        }
                    }
                    #expect(found == expected, "limit \(limit), bytes \(bytes)")
                }
            }
        }
    }

    /// The last `byte` in `bytes[from..<to]`, a byte at a time.
    private func referenceLastOffset(of byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int? {
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
                                == referenceLastOffset(of: 0x20, in: bytes, from: from, to: to), "\(bytes) from \(from) to \(to)")
                        }
                    }
                }
            }
        }
    }

    /// `firstLane` picks the word of the first set lane without a branch.
    @Test func firstLaneIsTheLowestSetLaneOfEitherWord() {
        // No lane, every single lane, and every pair of lanes (a lane of each word included).
        var laneSets: [[Int]] = [[]]
        for first in 0..<16 {
            laneSets.append([first])
            for second in (first + 1)..<16 { laneSets.append([first, second]) }
        }
        for lanes in laneSets {
            var bytes = SIMD16<UInt8>(repeating: 0)
            for lane in lanes { bytes[lane] = 1 }
            let mask = bytes .== SIMD16<UInt8>(repeating: 1)
            let expected = (0..<16).first { mask[$0] }.map { 100 + $0 }
            #expect(ByteSearch.firstLane(of: mask, at: 100) == expected, "lanes \(lanes)")
        }
    }
}
