/// Phrases as printed (UTF-8), with the bytes they start with, so that a word no phrase
/// starts like is passed over at one look-up.
struct PhraseList {
    /// The phrases' UTF-8 bytes, in the order given.
    let phrases: [[UInt8]]
    /// Whether some phrase starts with the byte, by byte value.
    let startsWithByte: [Bool]

    /// The list of `list`'s phrases (none of them empty).
    init(_ list: [String]) {
        phrases = list.map { Array($0.utf8) }
        var table = [Bool](repeating: false, count: 256)
        for phrase in phrases { table[Int(phrase[0])] = true }
        startsWithByte = table
    }
}
