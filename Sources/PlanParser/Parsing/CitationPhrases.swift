/// The words that shape a reference to another document, as folded keys.
enum CitationPhrases {
    /// Type names that may precede a number ("Nghị định số ..."), longest first, with the
    /// canonical name. "Văn bản" maps to `nil`: its type comes from the symbol.
    static let typeNames: [TypeName] = {
        var names = DocumentTypes.all.map { $0.name }
        names += ["Bộ luật", "Pháp lệnh", "Hiến pháp", "Kết luận", "Thông tri", "Nghị quyết liên tịch", "Điều lệ", "Lệnh"]
        var table = names.map { TypeName(key: Folding.key($0), name: $0) }
        table.append(TypeName(key: Folding.key("Thông báo kết luận"), name: "Thông báo"))
        table.append(TypeName(key: Folding.key("Văn bản"), name: nil))
        return table.sorted { $0.key.count > $1.key.count }
    }()

    /// A type name's folded key and canonical name.
    struct TypeName {
        let key: [UInt8]
        let name: String?
    }

    /// A type cited by name: a law ("Luật Đất đai năm 2013") or a programme with a bare
    /// number ("Đề án 06").
    struct NamedType {
        let bytes: [UInt8]
        let name: String
        let isProgramme: Bool
    }

    /// The named types by their first byte, which no two of them share: "Bộ luật", "Luật",
    /// "Pháp lệnh", "Hiến pháp" (laws), "Đề án", "Chương trình" (programmes).
    static let namedTypes: [NamedType?] = {
        var table = [NamedType?](repeating: nil, count: 256)
        for name in ["Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp"] {
            table[Int(name.utf8.first!)] = NamedType(bytes: Array(name.utf8), name: name, isProgramme: false)
        }
        for name in ["Đề án", "Chương trình"] {
            table[Int(name.utf8.first!)] = NamedType(bytes: Array(name.utf8), name: name, isProgramme: true)
        }
        return table
    }()
    /// Words that may follow a programme's number ("Đề án 06 của Chính phủ"); others make
    /// it a count ("Đề án 1 triệu ha", "Chương trình 5 năm").
    static let programmeFollowers = words(["của", "về", "và", "tại", "theo", "trên", "đã", "được", "là", "do", "cho", "với"])
    /// Two words before "Luật" that make it part of another name: "Đại học Luật", "Công ty Luật".
    static let namesBeforeLaw: [[UInt8]] = ["dai hoc", "cong ty", "van phong", "truong khoa"].map { Array($0.utf8) }

    /// Words that end an issuer ("của Chính phủ về ...") and may start a subject without
    /// "về": lower-case verbs and linking words, as printed (folding would confuse "thì"
    /// with "thị", "từ" with "tư").
    static let issuerStops = words([
        "về", "v/v", "hướng dẫn", "quy định", "ban hành", "sửa đổi", "bổ sung", "phê duyệt",
        "triển khai", "thực hiện", "tiếp tục", "tăng cường", "đẩy mạnh", "nâng cao", "chỉ đạo",
        "giao", "thông qua", "kết luận", "tổng kết", "thành lập", "kiện toàn", "công bố",
        "hủy bỏ", "huỷ bỏ", "điều chỉnh", "phân bổ", "xây dựng", "tổ chức", "quy chế",
    ] + nonSubjectStopWords)

    /// Issuer stops that do not start a subject: linking words, and verbs that no organ's
    /// name or title holds ("của Bộ trưởng Bộ Tài chính thành mức thuế suất mới", "của Tỉnh
    /// uỷ có quy mô"). They come after the other stops, so that "thành lập" is matched before
    /// "thành"; and "thành" of a name is no stop (``nameAfterInto``).
    private static let nonSubjectStopWords = [
        "đã", "được", "tại", "theo", "nhằm", "để", "trong", "là", "cho", "lên", "thì", "và các", "trên", "khoảng",
        "với", "đến", "từ", "thuộc", "đối với", "gồm", "như", "cùng", "kèm", "sau", "trước", "khi",
        "thành", "có",
    ]
    /// "thành" ("into"), an issuer stop unless a word of ``nameAfterInto`` follows it.
    static let into: StaticString = "thành"
    /// The words that make "thành" part of a name, folded (also misspelt: "UBND thành phổ"):
    /// "thành phố", "thành ủy", "thành viên", "thành đoàn".
    static let nameAfterInto: [[UInt8]] = ["pho", "uy", "vien", "doan"].map { Array($0.utf8) }
    /// Verbs that end an issuer even when capitalized ("của Văn phòng Chính phủ Kết luận
    /// Phiên họp ..."): none of them can be part of an issuer's name.
    static let capitalizedIssuerStops = words([
        "hướng dẫn", "quy định", "ban hành", "sửa đổi", "bổ sung", "phê duyệt", "triển khai", "thực hiện",
        "tiếp tục", "tăng cường", "đẩy mạnh", "nâng cao", "thông qua", "kết luận", "tổng kết", "thành lập",
        "kiện toàn", "hủy bỏ", "huỷ bỏ", "điều chỉnh", "phân bổ", "quy chế",
    ])
    /// Words that, after a comma, start a new clause rather than continue a subject
    /// ("..., UBND tỉnh ban hành Kế hoạch").
    static let clauseStarts = words([
        "UBND", "Ủy ban", "Uỷ ban", "Sở", "Ban", "Hội đồng", "Chủ tịch", "Thường trực", "Thành ủy", "Thành uỷ",
        "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Đảng ủy", "Đảng uỷ", "Mặt trận", "HĐND",
    ])
    /// Lower-case words that, after a comma, start a new clause: "…, trên cơ sở …".
    static let lowerCaseClauseStarts = words([
        "trên cơ sở", "trong đó", "theo đó", "đồng thời", "căn cứ", "vì vậy", "do đó", "qua đó", "tuy nhiên",
        "nhằm", "để",
    ])
    /// "ngày", which may bring the date after the issuer. It, ``and``, ``of`` and ``matter``
    /// are static strings: read without a lazy-global check, which the words of an issuer
    /// or a name asked for each word.
    static let day: StaticString = "ngày"

    /// Type codes used in citations beyond ND 30's: the Party's "KL" (Kết luận).
    static let extraCodes = ["KL": "Kết luận"]
    /// Issuer stops that do not start a subject.
    static let nonSubjectStops = nonSubjectStopWords.map { Array($0.utf8) }

    /// Positions (folded) that a comma may join to a second title: "Bộ trưởng, Chủ nhiệm
    /// Văn phòng Chính phủ".
    static let positions: [[UInt8]] = [
        "bo truong", "chu tich", "thu tuong", "pho thu tuong", "truong ban", "giam doc",
        "chanh van phong", "cuc truong", "tong cuc truong", "thu truong",
    ].map { Array($0.utf8) }

    /// Words that end the name of a law ("Luật Việc làm trên địa bàn ..."), as printed.
    static let nameStops = words([
        "ngày", "năm", "số", "của", "do", "đã", "được", "về", "tại", "theo", "trên", "đối với",
        "với", "cho", "trong", "từ", "đến", "khi", "thì", "là", "sẽ", "đang", "này", "để", "nhằm",
        "có", "ước tăng", "sát với", "tạo", "mới", "các", "những", "phải", "cần", "bảo đảm", "đảm bảo",
        "và các", "và những", "và văn", "sửa đổi", "hướng dẫn", "quy định", "thực hiện", "triển khai",
        "hiện nay", "vào", "gồm", "thuộc", "ban hành", "hiện hành", "và pháp luật", "khoảng", "như", "năm:",
    ])

    /// Second halves of law names written "X, Y": "Luật Phòng, chống tham nhũng".
    static let nameCommaContinuations = words(["chống", "sử dụng", "công chức", "khen thưởng", "viên chức"])

    /// The conjunction "và".
    static let and: StaticString = "và"
    /// "của", which introduces the issuer.
    static let of: StaticString = "của"
    /// "tại": "đề nghị của Sở ... tại Tờ trình số ..." (the issuer before the mention).
    static let at: StaticString = "tại"
    /// "về" and "v/v", which introduce the subject.
    static let about = words(["về", "v/v", "V/v"])
    /// "việc", dropped after "về".
    static let matter: StaticString = "việc"

    /// The phrase list of `list`.
    private static func words(_ list: [String]) -> PhraseList { PhraseList(list) }

    /// Phrases that introduce the documents amending the one before: "(được sửa đổi,
    /// bổ sung tại ...)".
    static let amendments: [[UInt8]] = ["sua doi", "bo sung"].map { Array($0.utf8) }

    /// Words before a number that make it a form, table or appendix number.
    static let notDocuments: [[UInt8]] = ["mau", "bieu", "bieu mau", "phu luc", "bang"].map { Array($0.utf8) }
}
