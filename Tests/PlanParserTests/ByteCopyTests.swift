import Testing
@testable import PlanParser

/// The byte copies into room (Encoding/ByteCopy.swift): a copy past the room traps, one that fills it
/// is allowed, and copies of every length at every offset match a byte-at-a-time copy.
@Suite struct ByteCopyTests {
    /// `body` given the source bytes "A" ... "h" (40 of them) and a room of 48 bytes.
    private func withSourceAndRoom(_ body: ([UInt8], UnsafeMutableBufferPointer<UInt8>) -> Void) {
        let source = (0..<40).map { UInt8(0x41 + $0) }
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 48)
        defer { room.deallocate() }
        body(source, room)
    }

    /// A copy past the room traps (as an array subscript would) instead of writing on.
    @Test func copyPastTheRoomTraps() async {
        await #expect(processExitsWith: .failure) {
            let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4)
            var end = 2
            [1, 2, 3].withUnsafeBufferPointer { room.copy($0, at: &end) }
        }
    }

    /// A copy that fills the room exactly is allowed and moves the end past it.
    @Test func copyIntoTheLastByte() {
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4)
        defer { room.deallocate() }
        var end = 1
        [1, 2, 3].withUnsafeBufferPointer { room.copy($0, at: &end) }
        #expect(end == 4)
        #expect(Array(room[1...]) == [1, 2, 3])
    }

    /// Copies of every length from 0 to 40 bytes, at every offset of the room: the bytes
    /// land where a byte-at-a-time copy puts them, and no byte around them changes.
    @Test func copiesOfEveryLengthAtEveryOffset() {
        withSourceAndRoom { source, room in
            for length in 0...40 {
                for offset in 0...(48 - length) {
                    room.update(repeating: 0xEE)
                    var expected = [UInt8](repeating: 0xEE, count: 48)
                    for index in 0..<length { expected[offset + index] = source[index] }
                    var end = offset
                    source.withUnsafeBufferPointer { room.copy(UnsafeBufferPointer(rebasing: $0[..<length]), at: &end) }
                    #expect(end == offset + length)
                    #expect(Array(room) == expected, "length \(length) at \(offset)")
                }
            }
        }
    }

    /// Copies of ranges of every length from 0 to 24 bytes, from every start in the source and
    /// at every offset of the room (by two whole blocks where both hold sixteen bytes, else
    /// exactly): the bytes land where a byte-at-a-time copy puts them and none before them
    /// changes; past the sixteen bytes from the offset none changes either.
    @Test func rangeCopiesOfEveryLengthFromEveryStart() {
        withSourceAndRoom { source, room in
            for length in 0...24 {
                for start in 0...(40 - length) {
                    for offset in 0...(48 - length) {
                        room.update(repeating: 0xEE)
                        var end = offset
                        source.withUnsafeBufferPointer { room.copy(start..<start + length, of: $0, at: &end) }
                        #expect(end == offset + length)
                        #expect(Array(room[offset..<offset + length]) == Array(source[start..<start + length]), "length \(length) from \(start) at \(offset)")
                        #expect(room[..<offset].allSatisfy { $0 == 0xEE })
                        #expect(room[min(48, max(offset + length, offset + 16))...].allSatisfy { $0 == 0xEE })
                    }
                }
            }
        }
    }
}
