// The keys of every model type, in the contract's order (docs/OUTPUT.md), for ``JSONWriter``.
// They are the keys of the types' `Codable` conformances, which users' encoders get:
// `GoldenTests.foundationEncoderAgrees` checks that both write the same values. Each
// `write(to:)` writes its value as one JSON object.

extension PlanDocument: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("schemaVersion", schemaVersion)
            json.field("source", source)
            json.field("document", document)
            json.field("preamble", preamble)
            json.field("sections", sections)
            json.field("closing", closing)
            json.field("citations", citations)
            json.field("tasks", tasks)
            json.field("assignments", assignments)
            json.field("signers", signers)
            json.field("recipients", recipients)
            json.field("archive", archive)
            json.field("appendices", appendices)
            json.field("attachments", attachments)
            json.field("abbreviations", abbreviations)
            json.field("footnotes", footnotes)
            json.field("diagnostics", diagnostics)
            json.field("zones", zones)
        }
    }
}

extension SourceInfo: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("name", name)
            json.field("bytes", bytes)
            json.field("encoding", encoding)
            json.field("lines", lines)
        }
    }
}

extension DocumentHeader: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("type", type)
            json.field("number", number)
            json.field("symbol", symbol)
            json.field("issuer", issuer)
            json.field("place", place)
            json.field("date", date)
            json.field("title", title)
            json.field("attachedTo", attachedTo)
        }
    }
}

extension DocumentType: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("name", name)
        }
    }
}

extension IssueDate: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("year", year)
            json.field("month", month)
            json.field("day", day)
            json.field("iso", iso)
        }
    }
}

extension TextBlock: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("text", text)
            json.field("line", line)
        }
    }
}

extension Section: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("number", number)
            json.field("title", title)
            json.field("kinds", kinds)
            json.field("line", line)
            json.field("body", body)
            json.field("children", children)
        }
    }
}

extension SectionKind: JSONWritable {}

extension BodyItem: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("marker", marker)
            json.field("text", text)
            json.field("line", line)
            json.field("children", children)
        }
    }
}

extension Citation: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("type", type)
            json.field("number", number)
            json.field("date", date)
            json.field("issuer", issuer)
            json.field("subject", subject)
            json.field("amends", amends)
            json.field("lines", lines)
        }
    }
}

extension PlanTask: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("number", number)
            json.field("group", group)
            json.field("content", content)
            json.field("lead", lead)
            json.field("support", support)
            json.field("timeline", timeline)
            json.field("source", source)
            json.field("line", line)
            json.field("output", output)
            json.field("budget", budget)
            json.field("notes", notes)
            json.field("due", due)
        }
    }
}

extension Due: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("kind", kind)
            json.field("year", year)
            json.field("month", month)
            json.field("day", day)
            json.field("quarter", quarter)
            json.field("text", text)
        }
    }
}

extension Due.Kind: JSONWritable {}

extension Assignment: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("unit", unit)
            json.field("duties", duties)
            json.field("line", line)
        }
    }
}

extension Signer: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("authority", authority)
            json.field("position", position)
            json.field("name", name)
            json.field("line", line)
            json.field("role", role)
        }
    }
}

extension Authority: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("form", form)
            json.field("of", of)
        }
    }
}

extension Recipient: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("name", name)
            json.field("note", note)
            json.field("line", line)
        }
    }
}

extension Archive: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("text", text)
            json.field("units", units)
            json.field("line", line)
            json.field("copies", copies)
            json.field("code", code)
        }
    }
}

extension Appendix: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("heading", heading)
            json.field("title", title)
            json.field("attachedTo", attachedTo)
            json.field("line", line)
            json.field("tables", tables)
            json.field("text", text)
        }
    }
}

extension Table: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("columns", columns)
            json.field("rows", rows)
            json.field("line", line)
        }
    }
}

extension Abbreviation: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("short", short)
            json.field("long", long)
            json.field("line", line)
        }
    }
}

extension Footnote: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("number", number)
            json.field("text", text)
            json.field("line", line)
        }
    }
}

extension Diagnostic: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("severity", severity)
            json.field("code", code)
            json.field("message", message)
            json.field("line", line)
        }
    }
}

extension Diagnostic.Severity: JSONWritable {}

extension Zone: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("kind", kind)
            json.field("line", line)
            json.field("endLine", endLine)
        }
    }
}

extension Zone.Kind: JSONWritable {}

extension PlanFailure: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("source", source)
            json.field("error", error)
        }
    }
}

extension PlanFailure.Source: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("name", name)
            json.field("bytes", bytes)
        }
    }
}

extension PlanFailure.Failure: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("code", code)
            json.field("message", message)
        }
    }
}
