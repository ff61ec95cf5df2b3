/// Runs a job per input on up to `jobs` workers and hands the results over in input order,
/// with a bounded window: at most `window` inputs are started and not yet handed over, so
/// memory does not grow with the number of inputs (the inputs themselves are pulled one by
/// one from an iterator, also lazily). The library's ``PlanDocument/parseAll(_:maxConcurrency:)``
/// and the command line's batch both run on it (hence `package`).
package struct OrderedBatch<Job: Sendable, Result: Sendable> {
    /// How many jobs run at once.
    package var jobs: Int
    /// How many inputs may be started and not yet handed over.
    package var window: Int

    /// A batch of `jobs` workers (at least one), with a window of `window` inputs (at least
    /// one per worker; sixteen per worker by default, so that the workers go on past a long
    /// input until that many shorter ones wait behind it).
    package init(jobs: Int, window: Int? = nil) {
        let jobs = max(1, jobs)
        self.jobs = jobs
        self.window = max(jobs, window ?? (jobs > Int.max / 16 ? Int.max : 16 * jobs))
    }

    /// Runs `work` on every input of `inputs` and hands each result to `deliver`, in input
    /// order.
    package func run(
        _ inputs: inout some IteratorProtocol<Job>,
        work: @escaping @Sendable (Job) -> Result,
        deliver: (Result) -> Void
    ) async {
        // One worker: no tasks at all (and no thread hop) for the common single-file run.
        guard jobs > 1 else {
            while let job = inputs.next() { deliver(work(job)) }
            return
        }
        await withTaskGroup(of: (Int, Result).self) { group in
            var started = 0, delivered = 0, running = 0
            var exhausted = false
            var finished: [Int: Result] = [:]
            func startMore() {
                while !exhausted, running < jobs, started - delivered < window {
                    guard let job = inputs.next() else { exhausted = true; break }
                    let index = started
                    group.addTask { (index, work(job)) }
                    started += 1
                    running += 1
                }
            }
            startMore()
            while let (index, result) = await group.next() {
                running -= 1
                finished[index] = result
                while let next = finished.removeValue(forKey: delivered) {
                    deliver(next)
                    delivered += 1
                }
                startMore()
            }
        }
    }
}
