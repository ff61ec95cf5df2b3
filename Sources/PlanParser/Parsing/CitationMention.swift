/// One mention of another document in a text unit, before mentions of the same document
/// are merged into a `Citation`.
struct CitationMention {
    var type: String?
    /// The number-symbol, or `nil` for a document cited by name.
    var number: CitationNumber?
    /// The name of a document cited without a number: "Luật Đất đai", "Đề án 06".
    var name: String?
    var date: IssueDate?
    var issuer: String?
    var subject: String?
    /// Numbers of the documents this one amends.
    var amends: [String] = []
    /// The line of the number (or the name).
    var line: Int
    /// Where the mention starts: its type word, "số", or the number.
    var start: Int
    /// Where the number or the name ends.
    var headEnd: Int
    /// Where the mention (its date, issuer and subject) ends.
    var end: Int
    /// Where the subject starts, when there is one.
    var subjectStart: Int?
    /// Whether the subject ran up to the next mention without punctuation between.
    var subjectRunsIntoNext = false

    init(type: String?, number: CitationNumber?, name: String?, line: Int, start: Int, headEnd: Int) {
        self.type = type
        self.number = number
        self.name = name
        self.subject = name
        self.line = line
        self.start = start
        self.headEnd = headEnd
        self.end = headEnd
    }
}
