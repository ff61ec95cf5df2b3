/// How Vietnamese one decoded word looks: the measure the legacy detector compares the
/// readings of a word (and of a line) by.
///
/// A very common word scores 4, the shape of a syllable 2, and every scalar that is no
/// Vietnamese letter (a leftover `®`, `µ`, `ö`, a soft hyphen) costs 3.
struct WordScore {
    /// The word's score (see the type's comment).
    var score: Int
    /// One of ``commonWords`` (in any case), with no foreign scalar.
    var isCommon: Bool
    /// A plausible syllable, or a run of consonants ("NĐ", "HĐND"), with only Vietnamese
    /// letters: a reading worth keeping or switching to.
    var isClean: Bool
    /// Holds a scalar that is no Vietnamese letter.
    var isForeign: Bool

    /// The tables a score reads, read once by whoever scores many words and handed to each
    /// score: each is a lazy global, whose every read checks that it is made (a call).
    struct Tables {
        /// ``LetterFacts/table``.
        let letterFacts = LetterFacts.table
        /// The keys of ``WordScore/commonWords``.
        let commonKeys = WordScore.commonKeys
        /// ``SyllableShape/nuclei``.
        let nuclei = SyllableShape.nuclei
    }

    /// Scores a word by `tables` (read once by a caller that scores many words). Inlined
    /// into the legacy detector's loop over a word's readings.
    @inline(__always)
    init(_ word: some Collection<Unicode.Scalar>, tables: Tables) {
        self.init(word, letterFacts: tables.letterFacts, commonKeys: tables.commonKeys, nuclei: tables.nuclei)
    }

    /// Scores a word scored now and then: the tables are read where they lie (no ``Tables``
    /// made, whose copies of them would be counted references).
    init(_ word: some Collection<Unicode.Scalar>) {
        self.init(word, letterFacts: LetterFacts.table, commonKeys: Self.commonKeys, nuclei: SyllableShape.nuclei)
    }

    /// Scores a word in one pass over its scalars, without building arrays; each scalar's
    /// facts are one look-up (``LetterFacts``). From the first scalar that is no Vietnamese
    /// letter on, only such scalars are counted: the word is then neither common nor clean.
    @inline(__always)
    private init(_ word: some Collection<Unicode.Scalar>, letterFacts table: [LetterFacts], commonKeys: FixedKeyTable, nuclei: FixedKeyTable) {
        var shape = SyllableShape()
        var key = FNV1a.emptyKey
        var hasVowel = false
        var index = word.startIndex
        while index != word.endIndex {
            let facts = LetterFacts.of(word[index], in: table)
            guard facts.code != 0 else {
                score = -3 * word[index...].count { LetterFacts.of($0, in: table).code == 0 }
                (isCommon, isClean, isForeign) = (false, false, true)
                return
            }
            hasVowel = hasVowel || facts.isVowel
            key = FNV1a.key(key, adding: facts.folded)
            shape.append(code: facts.code, tone: facts.tone)
            word.formIndex(after: &index)
        }
        let plausible = shape.isPlausible(nuclei: nuclei)
        isCommon = commonKeys.value(of: key) != nil
        score = (isCommon ? 4 : 0) + (plausible ? 2 : 0)
        isClean = plausible || !hasVowel
        isForeign = false
    }

    /// The keys of ``commonWords`` (FNV-1a of their scalars), looked up by a word's key.
    private static let commonKeys = FixedKeyTable(commonWords.map { word in
        (word.unicodeScalars.reduce(FNV1a.emptyKey) { FNV1a.key($0, adding: $1.value) }, 1)
    })

    /// Whether a word of ASCII letters, `text[word]`, is one of ``commonWords`` in any case:
    /// how ``LegacyText`` tells one as it cuts the word, by its bytes packed and folded to
    /// lower case (a word's score looks its key up in its ``Tables``). `table` is
    /// ``commonASCIIWords``, read once by a caller that looks up many words (each read of
    /// the lazy global is a call).
    @inline(__always)
    static func isCommon(asciiWord word: Range<Int>, in text: UnsafeBufferPointer<UInt8>,
                         among table: FixedKeyTable) -> Bool {
        word.count <= 8 && table.value(of: folded(text.packedBytes(word))) != nil
    }

    /// Packed ASCII letters (``UnsafeBufferPointer/packedBytes(_:)``) folded to lower case;
    /// the zero bytes above the letters become spaces, which no letter folds to.
    @inline(__always)
    private static func folded(_ packed: UInt64) -> UInt64 { packed | 0x2020_2020_2020_2020 }

    /// The ``commonWords`` of ASCII letters (none has more than eight), packed and folded
    /// as ``isCommon(asciiWord:in:among:)`` reads a word.
    static let commonASCIIWords = FixedKeyTable(commonWords.filter { $0.utf8.allSatisfy(\.isASCIILetter) }.map { word in
        let bytes = Array(word.utf8)
        precondition(bytes.count <= 8, "a common ASCII word of at most eight letters")
        return (bytes.withUnsafeBufferPointer { folded($0.packedBytes(0..<$0.count)) }, 1)
    })

    /// Very common words of administrative Vietnamese (DOMAIN.md §9.4, extended).
    private static let commonWords: [String] = [
        "và", "của", "các", "được", "ngày", "tháng", "năm", "số", "người", "theo", "thực", "hiện",
        "kế", "hoạch", "nhân", "dân", "hành", "chính", "việt", "nam", "về", "việc", "cho", "có",
        "là", "không", "trong", "với", "đã", "để", "những", "này", "tỉnh", "huyện", "xã", "phố",
        "thành", "ủy", "uỷ", "ban", "quyết", "định", "điều", "công", "tác", "quản", "lý", "đất",
        "đồng", "sở", "bộ", "quy", "phát", "triển", "chủ", "tịch", "cộng", "hòa", "hoà", "hội",
        "nghĩa", "độc", "lập", "tự", "do", "hạnh", "phúc", "căn", "cứ", "nơi", "nhận", "lưu",
        "đơn", "vị", "đến", "từ", "tổ", "chức", "cơ", "quan", "nhà", "nước", "một", "trên", "tại",
        "phải", "đối", "nghị", "luật", "văn", "bản", "thông", "tin", "báo", "cáo", "tài", "kinh",
        "phí", "dự", "án", "xây", "dựng", "giai", "đoạn", "chỉ", "thị", "trình", "nội", "dung",
        "yêu", "cầu", "nhiệm", "vụ", "phối", "hợp", "đầu", "tư", "kiểm", "tra", "mục", "tiêu",
        "phần", "hệ", "thống", "ngành", "cấp", "trung", "ương", "vào", "khi", "sau", "như", "bảo",
        "đảm", "cán", "biện", "pháp", "giao", "trách", "địa", "phương", "thủ", "tướng", "phủ",
        "quốc", "gia", "sự", "nghiệp", "hoạt", "động", "phòng", "giám", "đốc", "thuế", "ký", "kèm",
    ]
}
