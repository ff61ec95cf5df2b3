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
}

extension CitationMention {
    /// A mention of the document `number` or `name` names, from `start` to `headEnd`, before
    /// its fields are read. Made by the memberwise initializer (an extension keeps it), which
    /// builds the mention in place: an initializer setting the fields one by one built it in
    /// a temporary, copied it whole and destroyed it (393 times on the Unicode files).
    init(type: String?, number: CitationNumber?, name: String?, line: Int, start: Int, headEnd: Int) {
        self.init(type: type, number: number, name: name, subject: name, line: line, start: start, headEnd: headEnd, end: headEnd)
    }
}
