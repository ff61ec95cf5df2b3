extension DocumentHeader {
    /// The number and symbol as a document is cited: "36/KH-UBND"; "/KH-UBND" when the
    /// number is left blank (as printed, "Số: /KH-UBND"); the number alone without a
    /// symbol; `nil` when neither is known.
    var numberSymbol: String? {
        switch (number, symbol) {
        case let (number?, symbol?): number + "/" + symbol
        case let (nil, symbol?): "/" + symbol
        case let (number?, nil): number
        case (nil, nil): nil
        }
    }
}
