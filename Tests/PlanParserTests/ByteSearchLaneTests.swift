import Testing
@testable import PlanParser

/// `ByteSearch.firstLane`, which picks the word of the first set lane without a branch,
/// against the lanes read one by one.
@Suite struct ByteSearchLaneTests {
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
