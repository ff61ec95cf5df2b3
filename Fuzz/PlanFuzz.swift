// libFuzzer target over the parse entry points (issue 6): compiled with the library's
// sources by scripts/fuzz (`swiftc -sanitize=fuzzer,address`), not by SwiftPM.

/// Parses the input as the CLI does (`PlanDocument(validating:)`), and with
/// `PlanDocument(parsing:)` when that differs (a refused input, NULs), writing the JSON
/// of each: any crash, trap or memory error is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func planFuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count == 0 ? [] : Array(UnsafeRawBufferPointer(start: start, count: count))
    let validated = try? PlanDocument(validating: bytes, sourceName: "fuzz")
    _ = validated?.jsonBytes(pretty: true)
    if validated == nil || bytes.contains(0) {
        _ = PlanDocument(parsing: bytes, sourceName: "fuzz").jsonBytes(pretty: false)
    }
    return 0
}
