/// One pass over input bytes that tells whether they can be used as they are: valid UTF-8
/// (by ``UTF8Validity``'s rules) free of ``MojibakeFingerprint``'s signs of a legacy
/// encoding; and whether they hold combining marks (U+0300...U+036F, lead bytes CC and CD)
/// that NFC would compose. Ordinary Unicode Vietnamese, which is precomposed, is plain and has none.
struct UTF8Survey {
    /// Valid UTF-8 without a sign of a legacy encoding. The survey stops at the first byte
    /// that says otherwise: what follows it is left to the decoder.
    private(set) var isPlainUnicode = true
    /// Whether a combining mark was seen (before the survey stopped).
    private(set) var hasCombiningMarks = false
    /// Where the survey stopped (the byte count when the bytes are plain): a sequence
    /// starts there, and the bytes before it are valid UTF-8.
    private(set) var stop = 0

    /// Surveys `bytes` in one pass: ``UTF8Automaton/surveyBeforeMarks`` reads up to the
    /// stop or the first mark's lead byte (in valid UTF-8, CC and CD are only ever leads);
    /// from a lead byte there, ``UTF8Automaton/survey`` reads on to the stop, and the mark
    /// counts if it passes the mark's sequence.
    init(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { bytes in
            stop = UTF8Automaton.surveyBeforeMarks.validEnd(of: bytes, from: 0)
            if stop < bytes.count && bytes[stop] & 0xFE == 0xCC {
                let mark = stop
                stop = UTF8Automaton.survey.validEnd(of: bytes, from: mark)
                hasCombiningMarks = stop > mark
            }
            isPlainUnicode = stop == bytes.count
        }
    }
}
