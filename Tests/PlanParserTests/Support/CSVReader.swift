/// Reads RFC 4180 CSV back into records of fields, to check what the CSV writers wrote.
/// Strict: records must end with CRLF, and a quote may only open or close a field.
enum CSVReader {
    enum Failure: Error { case malformed(at: Int) }

    static func records(_ bytes: [UInt8]) throws -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = 0
        var quoted = false
        var fieldStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                guard fieldStart else { throw Failure.malformed(at: index) }
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
                fieldStart = true
                index += 1
                continue
            } else if byte == 0x0D {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else { throw Failure.malformed(at: index) }
                fields.append(String(decoding: field, as: UTF8.self))
                records.append(fields)
                (fields, field, fieldStart) = ([], [], true)
                index += 2
                continue
            } else if byte == 0x0A {
                throw Failure.malformed(at: index)
            } else {
                field.append(byte)
            }
            fieldStart = false
            index += 1
        }
        guard field.isEmpty, fields.isEmpty, !quoted else { throw Failure.malformed(at: index) }
        return records
    }
}
