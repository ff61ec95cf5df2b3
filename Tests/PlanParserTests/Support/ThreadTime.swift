#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CPU time of the calling thread for the best of `runs` runs of `body`, in seconds:
/// the linearity tests compare such times, which other processes on a busy machine do not
/// stretch as they do the wall clock.
func bestThreadSeconds(of runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
    func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    var best = Double.infinity
    for _ in 0..<runs {
        let start = threadSeconds()
        try body()
        best = min(best, threadSeconds() - start)
    }
    return best
}
