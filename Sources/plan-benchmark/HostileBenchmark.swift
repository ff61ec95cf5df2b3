import HostileInputs
import PlanParser

/// Parses each hostile input at 1 MB and 10 MB, then the three big cases of the issue
/// (100 MB of text, a 10 MB line, a million bullets), through the validating entry the
/// CLI uses; prints MB/s for the parse and for parse + JSON, and the 10x/1x time ratio.
func benchmarkHostileInputs() {
    func measure(_ input: HostileInput, size: Int) -> (bytes: Int, parse: Double, total: Double) {
        let bytes = input.bytes(size: size)
        var document: PlanDocument?
        let parse = seconds { document = try? PlanDocument(validating: bytes, sourceName: input.rawValue) }
        let write = seconds { _ = document?.jsonBytes().count }
        return (bytes.count, parse, parse + write)
    }
    func row(_ name: String, _ result: (bytes: Int, parse: Double, total: Double), ratio: String) {
        let megabytes = Double(result.bytes) / 1e6
        let label = name.padding(to: 36)
        print("  \(label) \(Int(megabytes.rounded())) MB   parse \(Int(megabytes / result.parse)) MB/s   parse + JSON \(Int(megabytes / result.total)) MB/s\(ratio)")
    }
    print("plan-benchmark --hostile: one run each, through PlanDocument(validating:)")
    for input in HostileInput.allCases {
        let small = measure(input, size: 1_000_000)
        let large = measure(input, size: 10_000_000)
        row(input.rawValue + " (1x)", small, ratio: "")
        row(input.rawValue + " (10x)", large, ratio: "   time 10x/1x: \(Int((large.parse / small.parse).rounded()))")
    }
    row("100 MB of text (plain plan)", measure(.plainPlan, size: 100_000_000), ratio: "")
    row("a 10 MB line", measure(.oneLongLine, size: 10_000_000), ratio: "")
    row("a million bullets", measure(.manyBullets, size: 4_000_000), ratio: "")
}

private extension String {
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
