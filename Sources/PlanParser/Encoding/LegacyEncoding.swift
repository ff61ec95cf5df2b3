/// The 8-bit Vietnamese encodings the decoder recognizes, in the order ties are broken.
enum LegacyEncoding: Int, CaseIterable {
    case tcvn3, vni, windows1258

    /// The value of `source.encoding`.
    var name: String {
        switch self {
        case .tcvn3: return "tcvn3"
        case .vni: return "vni"
        case .windows1258: return "windows-1258"
        }
    }

    /// The name in diagnostics.
    var title: String {
        switch self {
        case .tcvn3: return "TCVN3 (ABC)"
        case .vni: return "VNI-Windows"
        case .windows1258: return "Windows-1258"
        }
    }
}
